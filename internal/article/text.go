package article

import (
	"io"
	"strings"
)

// ParseText parses plain-text wire copy.
//
// TEMPORARY: paragraphs are non-empty lines; no headline/byline/dateline yet.
func ParseText(r io.Reader) (*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	a := &Article{Format: FormatText, Text: string(b)}
	off := 0
	for _, line := range strings.SplitAfter(a.Text, "\n") {
		end := off + len(strings.TrimRight(line, "\r\n"))
		if strings.TrimSpace(line) != "" {
			a.Paragraphs = append(a.Paragraphs, Span{off, end})
		}
		off += len(line)
	}
	for i, p := range a.Paragraphs {
		for _, s := range SplitSentences(a.Text, p) {
			a.Sentences = append(a.Sentences, Sentence{Span: s, Paragraph: i})
		}
	}
	return a, nil
}
