package render

import (
	"bufio"
	"io"
	"strings"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/summary"
)

// Markdown writes the formatted brief: what the reader's copy key puts on
// the clipboard and `brief summarize --format markdown` prints. Article
// text is escaped so that it reads as written wherever it is pasted.
func Markdown(w io.Writer, a *article.Article, s summary.Summary) error {
	return writeMarkdown(w, NewBrief(a, s))
}

func writeMarkdown(w io.Writer, b Brief) error {
	bw := bufio.NewWriter(w)
	if b.Title != "" {
		bw.WriteString("## " + escape(b.Title) + "\n")
	}
	if b.Meta != "" {
		bw.WriteString("*" + escape(b.Meta) + "*\n")
	}
	section := func(name string, n int, item func(i int) string) {
		if n == 0 {
			return
		}
		bw.WriteString("\n**" + name + "**\n")
		for i := 0; i < n; i++ {
			bw.WriteString(item(i) + "\n")
		}
	}
	section("Key points", len(b.Points), func(i int) string { return "- " + escape(b.Points[i]) })
	section("Figures", len(b.Figures), func(i int) string { return "- " + escape(b.Figures[i]) })
	section("Quotes", len(b.Quotes), func(i int) string {
		q := b.Quotes[i]
		return "> “" + escape(q.Text) + "”" + attribution(q.Speaker, escape)
	})
	section("Timeline", len(b.Timeline), func(i int) string {
		e := b.Timeline[i]
		return "- " + escape(e.Label) + " — " + escape(e.Event)
	})
	if b.Source != "" {
		src := b.Source
		if SafeLink(src) {
			src = "<" + src + ">"
		} else {
			src = escape(src)
		}
		bw.WriteString("\nSource: " + src + "\n")
	}
	return bw.Flush()
}

// QuoteMarkdown formats one quote with its attribution, the article's title,
// source and date, as the reader's copy-quote key puts it on the clipboard.
func QuoteMarkdown(a *article.Article, q summary.Quote) string {
	var sb strings.Builder
	sb.WriteString("> “" + escape(oneLine(q.Text)) + "”" + attribution(q.Speaker, escape) + "\n")
	var src []string
	if t := Title(a); t != "" {
		src = append(src, "*"+escape(t)+"*")
	}
	if m := Meta(a, summary.Summary{}); m != "" {
		src = append(src, escape(m))
	}
	if SafeLink(a.URL) {
		src = append(src, "<"+a.URL+">")
	}
	if len(src) > 0 {
		sb.WriteString("\n" + strings.Join(src, " · ") + "\n")
	}
	return sb.String()
}

// attribution returns " — Speaker", or "" when the speaker is unknown.
func attribution(speaker string, esc func(string) string) string {
	if speaker == "" {
		return ""
	}
	return " — " + esc(speaker)
}

// SafeLink reports whether u is an http or https link that can be shown as
// a Markdown autolink.
func SafeLink(u string) bool {
	return (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) &&
		!strings.ContainsAny(u, " <>\n")
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`,
)

// escape backslash-escapes the characters Markdown would read as marks.
func escape(s string) string { return mdEscaper.Replace(s) }
