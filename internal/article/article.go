// Package article turns news text of every kind (wire copy, Markdown, HTML
// pages, feed items, stdin) into one clean, sentence-indexed Article.
//
// The package does no analysis and imports no UI packages. All offsets are
// byte offsets into Article.Text, the sanitised text the loader produced; for
// a clean plain-text file that is the file's own bytes.
package article

import (
	"time"
)

// Format names an input format.
type Format int

// The input formats brief understands.
const (
	FormatAuto Format = iota
	FormatText
	FormatMarkdown
	FormatHTML
	FormatFeed
)

// String returns the format's name as used by the --format flag.
func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatMarkdown:
		return "markdown"
	case FormatHTML:
		return "html"
	case FormatFeed:
		return "feed"
	default:
		return "auto"
	}
}

// Span is a byte range [Start, End) of Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Sentence is one body sentence: its byte range and the index of the
// paragraph that holds it.
type Sentence struct {
	Span
	Paragraph int `json:"paragraph"`
}

// Dateline is the wire-copy opening such as "WASHINGTON (AA) - ".
type Dateline struct {
	Place  string `json:"place,omitempty"`
	Agency string `json:"agency,omitempty"`
	// Date is a date named in the dateline ("Aug 23"), as written.
	Date string `json:"date,omitempty"`
	// Span is the dateline's byte range in Text (zero when absent).
	Span Span `json:"-"`
}

// IsZero reports whether no dateline was found.
func (d Dateline) IsZero() bool { return d.Place == "" && d.Agency == "" }

// Article is one loaded news text. Every offset (paragraphs, sentences,
// spans) refers to Text, which has been sanitised: escape sequences and
// control characters removed, invalid UTF-8 replaced.
type Article struct {
	// Source is the path, URL or "-" the article came from, as given.
	Source string
	// Format is the format the article was parsed as.
	Format Format
	// Title is the headline, or "" when the text has none.
	Title string
	// TitleSpan is where the title stands in Text, when it does (a headline
	// line of wire copy); zero otherwise.
	TitleSpan Span
	// Byline names the author(s), without a leading "By".
	Byline string
	// Dateline holds the wire dateline, when there is one.
	Dateline Dateline
	// SiteName is the publisher's name from metadata, if any.
	SiteName string
	// URL is the article's link (http, https only), if known.
	URL string
	// Published is the publication date from the article itself; zero when
	// unknown. It is never guessed from file times.
	Published time.Time
	// Text is the sanitised article text all offsets refer to.
	Text string
	// Paragraphs are the body paragraphs, in order.
	Paragraphs []Span
	// Sentences are the body sentences, in order, each inside its paragraph.
	Sentences []Sentence
	// Teaser is true for feed items whose content looks like a summary of a
	// longer page at URL.
	Teaser bool
}

// SentenceText returns the text of sentence i.
func (a *Article) SentenceText(i int) string {
	s := a.Sentences[i]
	return a.Text[s.Start:s.End]
}

// SentenceAt returns the index of the sentence holding byte offset off, or
// -1 when off lies outside every sentence.
func (a *Article) SentenceAt(off int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a.Sentences) && a.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// Words returns an estimate of the body's word count.
func (a *Article) Words() int {
	n, in := 0, false
	for _, p := range a.Paragraphs {
		for _, c := range a.Text[p.Start:p.End] {
			sp := c == ' ' || c == '\n' || c == '\t'
			if !sp && !in {
				n++
			}
			in = !sp
		}
		in = false
	}
	return n
}

// ReadingTime returns the estimated reading time at 230 words a minute,
// at least one minute for a non-empty article.
func (a *Article) ReadingTime() time.Duration {
	w := a.Words()
	if w == 0 {
		return 0
	}
	m := (w + 229) / 230
	return time.Duration(m) * time.Minute
}
