// Package sample embeds the sample brief that `brief` opens when it is given
// no article: an original wire story written for brief.
package sample

import _ "embed"

// Name is the source name shown for the sample brief.
const Name = "sample:port-strike.txt"

// Text is the sample brief, plain-text wire copy.
//
//go:embed port-strike.txt
var Text string
