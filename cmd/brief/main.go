// Command brief is a terminal reader for news briefs.
package main

import (
	"context"
	"os"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "summarize" {
		os.Exit(runSummarize(context.Background(), args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(runReader(context.Background(), args, os.Stdin, os.Stdout, os.Stderr))
}
