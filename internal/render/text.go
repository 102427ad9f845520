package render

import (
	"bufio"
	"io"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/summary"
)

// Text writes the formatted brief without Markdown marks, for plain
// terminals and pipes.
func Text(w io.Writer, a *article.Article, s summary.Summary) error {
	b := NewBrief(a, s)
	bw := bufio.NewWriter(w)
	if b.Title != "" {
		bw.WriteString(b.Title + "\n")
	}
	if b.Meta != "" {
		bw.WriteString(b.Meta + "\n")
	}
	section := func(name string, n int, item func(i int) string) {
		if n == 0 {
			return
		}
		bw.WriteString("\n" + name + "\n")
		for i := 0; i < n; i++ {
			bw.WriteString(item(i) + "\n")
		}
	}
	section("Key points", len(b.Points), func(i int) string { return "  • " + b.Points[i] })
	section("Figures", len(b.Figures), func(i int) string { return "  • " + b.Figures[i] })
	section("Quotes", len(b.Quotes), func(i int) string {
		q := b.Quotes[i]
		return "  “" + q.Text + "”" + attribution(q.Speaker, func(s string) string { return s })
	})
	section("Timeline", len(b.Timeline), func(i int) string {
		e := b.Timeline[i]
		return "  " + e.Label + " — " + e.Event
	})
	if b.Source != "" {
		bw.WriteString("\nSource: " + b.Source + "\n")
	}
	return bw.Flush()
}
