package article

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// invariantErr checks what every loader guarantees about an Article.
func invariantErr(a *Article) error {
	if !utf8.ValidString(a.Text) {
		return fmt.Errorf("Text is not valid UTF-8")
	}
	for _, f := range []string{a.Title, a.Byline, a.SiteName, a.URL, a.Dateline.Place, a.Dateline.Agency, a.Dateline.Date} {
		if !utf8.ValidString(f) {
			return fmt.Errorf("field %q is not valid UTF-8", f)
		}
		if i := badByte(f, false); i >= 0 {
			return fmt.Errorf("field %q has control byte %#x", f, f[i])
		}
	}
	if i := badByte(a.Text, true); i >= 0 {
		return fmt.Errorf("Text has control byte %#x at %d", a.Text[i], i)
	}
	n := len(a.Text)
	inRange := func(s Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }
	if !inRange(a.TitleSpan) || !inRange(a.Dateline.Span) {
		return fmt.Errorf("title %v or dateline %v out of range (len %d)", a.TitleSpan, a.Dateline.Span, n)
	}
	last := 0
	for i, p := range a.Paragraphs {
		if !inRange(p) || p.Start < last || p.Len() == 0 {
			return fmt.Errorf("paragraph %d %v out of range or order (prev end %d, len %d)", i, p, last, n)
		}
		last = p.End
	}
	last = 0
	for i, s := range a.Sentences {
		if s.Paragraph < 0 || s.Paragraph >= len(a.Paragraphs) {
			return fmt.Errorf("sentence %d: bad paragraph %d", i, s.Paragraph)
		}
		p := a.Paragraphs[s.Paragraph]
		if s.Start < p.Start || s.End > p.End || s.Start >= s.End || s.Start < last {
			return fmt.Errorf("sentence %d %v not inside paragraph %v or out of order (prev end %d)", i, s.Span, p, last)
		}
		if i > 0 && s.Paragraph < a.Sentences[i-1].Paragraph {
			return fmt.Errorf("sentence %d: paragraph goes back", i)
		}
		last = s.End
	}
	return nil
}

// badByte returns the index of a control or escape byte in s (C0 except \n
// and \t when multiline, DEL, and C1 controls), or -1.
func badByte(s string, multiline bool) int {
	for i, r := range s {
		switch {
		case r == '\n' || r == '\t':
			if !multiline {
				return i
			}
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			return i
		}
	}
	return -1
}

// seed adds the testdata files with the given extensions to f.
func seed(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob("testdata/*" + ext)
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(b)
			}
		}
	}
}

// checkFuzz fails when a parsed article breaks an invariant.
func checkFuzz(t *testing.T, arts []*Article) {
	t.Helper()
	for _, a := range arts {
		if err := invariantErr(a); err != nil {
			t.Fatal(err)
		}
	}
}

func FuzzParseText(f *testing.F) {
	seed(f, ".txt")
	f.Add([]byte("LONDON, Aug 23 (Reuters) - A.\n\nB\x1b[31m red \x9b2J\r\nC"))
	f.Add([]byte("Headline\nBy Jane Roe\nPublished: 1 May 2024\nCAIRO (AP) — x"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseText(bytes.NewReader(b))
		if err != nil {
			return
		}
		checkFuzz(t, []*Article{a})
	})
}

func FuzzParseMarkdown(f *testing.F) {
	seed(f, ".md")
	f.Add([]byte("---\ntitle: x\n---\n# H\n\n* a [b](c) ![i](j)\n\n```\ncode\n```\n<div>x</div>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// The line-based converter that takes over for large inputs.
		var tb textBuilder
		title, rest := mdLeadingTitle(Sanitize(string(b)))
		tb.addTitle(title)
		mdLite(&tb, rest)
		checkFuzz(t, []*Article{tb.article(FormatMarkdown)})
		a, err := ParseMarkdown(bytes.NewReader(b))
		if err != nil {
			return
		}
		checkFuzz(t, []*Article{a})
	})
}

func FuzzParseHTML(f *testing.F) {
	seed(f, ".html")
	f.Add([]byte("<html><body><article><p>One. Two.</p><p>Three \x1b]0;x\x07 four.</p></article></body></html>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseHTML(bytes.NewReader(b), "https://example.com/a")
		if err != nil {
			return
		}
		checkFuzz(t, []*Article{a})
		if bytes.Contains([]byte(a.Text), []byte("<p>")) && !bytes.Contains(b, []byte("&lt;p")) {
			t.Fatalf("tag left in text: %q", a.Text)
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	seed(f, ".xml", ".json")
	f.Fuzz(func(t *testing.T, b []byte) {
		arts, _ := ParseFeed(bytes.NewReader(b))
		checkFuzz(t, arts)
	})
}

func FuzzParseAuto(f *testing.F) {
	seed(f, ".txt", ".md", ".html", ".xml", ".json")
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	f.Add([]byte("Caf\xe9 au lait.\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		arts, _ := Parse(bytes.NewReader(b), FormatAuto)
		checkFuzz(t, arts)
	})
}
