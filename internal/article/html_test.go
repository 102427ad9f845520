package article

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"paragraphs", "<p>One  two\nthree.</p><p>Four.</p>", []string{"One two three.", "Four."}},
		{"inline marks", "<p>A <b>bold</b> and <a href='x'>linked</a> word.</p>", []string{"A bold and linked word."}},
		{"br splits", "Line one.<br>Line two.<br/><br/>Line three.", []string{"Line one.", "Line two.", "Line three."}},
		{"lists", "<ul><li>First</li><li>Second</li></ul>", []string{"First", "Second"}},
		{"entities", "<p>Fish &amp; chips &mdash; &#8220;hot&#8221;</p>", []string{"Fish & chips — “hot”"}},
		{"scripts dropped", "<p>Keep</p><script>drop()</script><style>p{}</style><img src=x alt=drop>", []string{"Keep"}},
		{"table rows", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", []string{"a | b", "c | d"}},
		{"pre keeps lines", "<pre>x = 1\ny = 2\n</pre>", []string{"x = 1\ny = 2"}},
		{"plain text", "First paragraph.\n\nSecond paragraph.", []string{"First paragraph.", "Second paragraph."}},
		{"escape codes", "<p>Red \x1b[31malert\x1b[0m here.</p>", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var tb textBuilder
			htmlToText(&tb, tc.in)
			var got []string
			text := tb.buf.String()
			for _, p := range tb.paras {
				got = append(got, text[p.Start:p.End])
			}
			if tc.want == nil {
				if strings.ContainsRune(text, 0x1b) {
					t.Errorf("htmlToText(%q) kept an escape byte: %q", tc.in, text)
				}
				return
			}
			if strings.Join(got, "\x00") != strings.Join(tc.want, "\x00") {
				t.Errorf("htmlToText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseHTMLMeta(t *testing.T) {
	page := `<html><head><title>Storm closes schools</title>
<meta property="og:url" content="https://example.com/og">
<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2022-01-05"}]</script>
</head><body><article><h1>Storm closes schools</h1>
<p>Schools across the county closed on Wednesday as a storm brought heavy snow and winds of up to 90 km/h, officials said.</p>
<p>Most roads were passable by the afternoon, but rural bus routes stayed suspended until Thursday morning.</p>
</article></body></html>`
	a, err := ParseHTML(strings.NewReader(page), "https://example.com/page")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a)
	if got := a.Published.Format("2006-01-02"); got != "2022-01-05" {
		t.Errorf("Published = %s, want 2022-01-05", got)
	}
	if a.URL != "https://example.com/og" {
		t.Errorf("URL = %q, want the og:url", a.URL)
	}
	if len(a.Paragraphs) != 2 {
		t.Errorf("got %d paragraphs, want 2", len(a.Paragraphs))
	}
}

func BenchmarkParseHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/article.html")
	if err != nil {
		b.Fatal(err)
	}
	// Grow the article to about 1 MB of paragraphs.
	i := bytes.Index(page, []byte("<p>The coastal"))
	j := bytes.Index(page, []byte("</article>"))
	body := page[i:j]
	var big bytes.Buffer
	big.Write(page[:j])
	for big.Len() < 1<<20 {
		big.Write(body)
	}
	big.Write(page[j:])
	for _, tc := range []struct {
		name string
		data []byte
	}{{"article", page}, {"1MB", big.Bytes()}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseHTML(bytes.NewReader(tc.data), ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Library extends hours | Town Post", "Town Post", "Library extends hours"},
		{"Library extends hours - town post", "Town Post", "Library extends hours"},
		{"Library extends hours — Town Post", "Town Post", "Library extends hours"},
		{"Left - Right debate heats up", "Town Post", "Left - Right debate heats up"},
		{"Library extends hours | Town Post", "", "Library extends hours | Town Post"},
		{"Town Post", "Town Post", "Town Post"},
	}
	for _, tc := range tests {
		if got := stripSiteName(tc.title, tc.site); got != tc.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}
