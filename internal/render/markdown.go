package render

import (
	"io"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/summary"
)

// Markdown writes the formatted brief (what the reader's copy key puts on the
// clipboard and `brief summarize --format markdown` prints).
//
// TEMPORARY: being written.
func Markdown(w io.Writer, a *article.Article, s summary.Summary) error {
	_, err := io.WriteString(w, "## "+a.Title+"\n")
	return err
}

// Text writes the same brief as Markdown without Markdown marks.
//
// TEMPORARY: being written.
func Text(w io.Writer, a *article.Article, s summary.Summary) error {
	_, err := io.WriteString(w, a.Title+"\n")
	return err
}

// QuoteMarkdown formats one quote with its attribution, source and date, as
// the reader's copy-quote key puts it on the clipboard.
//
// TEMPORARY: being written.
func QuoteMarkdown(a *article.Article, q summary.Quote) string {
	return "> \"" + q.Text + "\" — " + q.Speaker + "\n"
}
