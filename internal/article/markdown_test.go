package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mdParas converts src with goldmark (lite false) or the line-based
// converter (lite true) and returns the title and paragraphs.
func mdParas(src string, lite bool) (string, []string) {
	var tb textBuilder
	if lite {
		title, rest := mdLeadingTitle(src)
		tb.addTitle(title)
		mdLite(&tb, rest)
	} else {
		a, err := parseMarkdownBytes([]byte(src))
		if err != nil {
			return "", nil
		}
		var ps []string
		for _, p := range a.Paragraphs {
			ps = append(ps, a.Text[p.Start:p.End])
		}
		return a.Title, ps
	}
	a := tb.article(FormatMarkdown)
	var ps []string
	for _, p := range a.Paragraphs {
		ps = append(ps, a.Text[p.Start:p.End])
	}
	return a.Title, ps
}

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string
		want  []string
	}{
		{"title and emphasis", "# The *big* day\n\nIt was **very** _hot_ and ~~cold~~ warm.\n", "The big day", []string{"It was very hot and cold warm."}},
		{"links and images", "See [the report](https://x.test/r) ![chart](c.png) and <https://x.test>.\n", "", []string{"See the report and https://x.test."}},
		{"lists", "Intro:\n\n- one\n- two\n\n1. three\n2. four\n", "", []string{"Intro:", "one", "two", "three", "four"}},
		{"headings are paragraphs", "Lead text.\n\n## Section\n\nMore text.\n", "", []string{"Lead text.", "Section", "More text."}},
		{"code fence kept", "Text.\n\n```go\nx := 1\ny := 2\n```\n", "", []string{"Text.", "x := 1\ny := 2"}},
		{"quote", "> Quoted words here.\n> Still quoted.\n", "", []string{"Quoted words here. Still quoted."}},
		{"soft breaks join", "A paragraph\nthat wraps.\n", "", []string{"A paragraph that wraps."}},
		{"snake_case stays", "Use the snake_case_name here.\n", "", []string{"Use the snake_case_name here."}},
		{"escapes and entities", "Price \\*not\\* 5 &amp; up.\n", "", []string{"Price *not* 5 & up."}},
		{"table", "| a | b |\n|---|---|\n| 1 | 2 |\n", "", []string{"a | b", "1 | 2"}},
	}
	for _, tc := range tests {
		for _, lite := range []bool{false, true} {
			name := tc.name + map[bool]string{false: "/goldmark", true: "/lite"}[lite]
			t.Run(name, func(t *testing.T) {
				title, got := mdParas(tc.in, lite)
				if title != tc.title || strings.Join(got, "\x00") != strings.Join(tc.want, "\x00") {
					t.Errorf("Markdown(%q) = %q, %q; want %q, %q", tc.in, title, got, tc.title, tc.want)
				}
			})
		}
	}
}

// TestMarkdownLiteMatchesGoldmark checks that the line-based converter
// used for large or hostile inputs gives the same text as goldmark on the
// fixtures.
func TestMarkdownLiteMatchesGoldmark(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.md")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, body, err := splitFrontMatter(b)
		if err != nil {
			t.Fatal(err)
		}
		_, g := mdParas(string(body), false)
		_, l := mdParas(string(body), true)
		if strings.Join(g, "\n") != strings.Join(l, "\n") {
			t.Errorf("%s: goldmark %q\nlite %q", f, g, l)
		}
	}
}

func TestMarkdownHostileIsFast(t *testing.T) {
	for _, p := range []string{">", "[a](", "*[_<`", "# a\n"} {
		in := strings.Repeat(p, (1<<20)/len(p))
		a, err := parseMarkdownBytes([]byte(in))
		if err == nil {
			checkInvariants(t, a)
		}
	}
}
