package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/summary"
)

// fixture builds a small analysed article by hand, so these tests do not
// depend on the analysis engine.
func fixture() (*article.Article, summary.Summary) {
	text := "Ferry fares rise [again]\nOSLO (NWS) - Fares will rise by 12% in July, the *operator* said.\n\"We had no choice,\" Kari Dahl said.\n"
	a := &article.Article{
		Source: "ferry.txt", Title: "Ferry fares rise [again]", Byline: "Dana Whit",
		Dateline:  article.Dateline{Place: "OSLO", Agency: "NWS"},
		Published: time.Date(2025, 6, 13, 0, 0, 0, 0, time.UTC),
		Text:      text,
	}
	s1 := strings.Index(text, "Fares")
	e1 := strings.Index(text, "said.") + len("said.")
	s2 := strings.Index(text, "\"We")
	e2 := len(text) - 1
	a.Paragraphs = []article.Span{{Start: s1 - len("OSLO (NWS) - "), End: e1}, {Start: s2, End: e2}}
	a.Sentences = []article.Sentence{{Span: article.Span{Start: s1, End: e1}}, {Span: article.Span{Start: s2, End: e2}, Paragraph: 1}}
	q := strings.Index(text, "We had")
	s := summary.Summary{
		Reference:    a.Published,
		KeySentences: []summary.KeySentence{{Sentence: 0, Score: 0.9}},
		Figures: []summary.Figure{{Span: article.Span{Start: strings.Index(text, "12%"), End: strings.Index(text, "12%") + 3},
			Text: "12%", Value: 12, HasValue: true, Unit: "%", Counts: "fare rise"}},
		Quotes: []summary.Quote{{Span: article.Span{Start: q, End: q + len("We had no choice")},
			Text: "We had no choice", Speaker: "Kari Dahl", Sentence: 1}},
		Timeline: []summary.Event{{Date: "2025-07", EndDate: "2025-07", Label: "Jul 2025", Event: "Fares rise by 12%"}},
	}
	return a, s
}

func TestMarkdown(t *testing.T) {
	a, s := fixture()
	var buf bytes.Buffer
	if err := Markdown(&buf, a, s); err != nil {
		t.Fatal(err)
	}
	want := "## Ferry fares rise \\[again\\]\n" +
		"*NWS · Oslo · Dana Whit · Fri 13 Jun 2025*\n\n" +
		"**Key points**\n- Fares will rise by 12% in July, the \\*operator\\* said.\n\n" +
		"**Figures**\n- 12% fare rise\n\n" +
		"**Quotes**\n> “We had no choice” — Kari Dahl\n\n" +
		"**Timeline**\n- Jul 2025 — Fares rise by 12%\n\n" +
		"Source: ferry.txt\n"
	if got := buf.String(); got != want {
		t.Errorf("Markdown() =\n%s\nwant\n%s", got, want)
	}
}

func TestText(t *testing.T) {
	a, s := fixture()
	var buf bytes.Buffer
	if err := Text(&buf, a, s); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	for _, want := range []string{"Ferry fares rise [again]\n", "  • Fares will rise by 12% in July, the *operator* said.\n",
		"  “We had no choice” — Kari Dahl\n", "  Jul 2025 — Fares rise by 12%\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("Text() missing %q in\n%s", want, got)
		}
	}
}

func TestJSONOffsets(t *testing.T) {
	a, s := fixture()
	var buf bytes.Buffer
	if err := JSON(&buf, a, s); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 1 {
		t.Fatalf("JSON() wrote %d lines, want 1", n)
	}
	var d struct {
		Sentences []struct {
			Start, End int
			Text       string
		}
		Quotes []struct {
			Start, End int
			Text       string
			Speaker    *string
		}
		Published *string
	}
	if err := json.Unmarshal(buf.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Sentences {
		if a.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence [%d,%d) = %q, text %q", s.Start, s.End, a.Text[s.Start:s.End], s.Text)
		}
	}
	if len(d.Quotes) != 1 || a.Text[d.Quotes[0].Start:d.Quotes[0].End] != d.Quotes[0].Text || *d.Quotes[0].Speaker != "Kari Dahl" {
		t.Errorf("quotes = %+v", d.Quotes)
	}
	if d.Published == nil || *d.Published != "2025-06-13" {
		t.Errorf("published = %v, want 2025-06-13", d.Published)
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"the quick brown fox jumps", 12, "the quick…"},
		{"abcdefghijklmnop", 8, "abcdefg…"},
	}
	for _, tc := range tests {
		if got := Clip(tc.in, tc.n); got != tc.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestQuoteMarkdown(t *testing.T) {
	a, s := fixture()
	a.URL = "https://example.org/ferry"
	got := QuoteMarkdown(a, s.Quotes[0])
	want := "> “We had no choice” — Kari Dahl\n\n*Ferry fares rise \\[again\\]* · NWS · Oslo · Dana Whit · Fri 13 Jun 2025 · <https://example.org/ferry>\n"
	if got != want {
		t.Errorf("QuoteMarkdown() = %q, want %q", got, want)
	}
}
