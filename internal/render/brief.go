package render

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/summary"
)

// MaxQuotes is how many quotes the formatted brief lists.
const MaxQuotes = 5

// MaxFigures is how many figures the formatted brief lists.
const MaxFigures = 6

// titleWidth is where a title derived from the lede is clipped, in runes.
const titleWidth = 80

// Brief is the formatted brief as plain strings, shared by the Markdown and
// text writers and by the reader's brief box.
type Brief struct {
	// Title is the headline, or the clipped lede when there is none.
	Title string
	// Meta is "Agency · Place · Byline · Fri 23 Aug 2024" (parts omitted
	// when unknown).
	Meta string
	// Points are the key sentences.
	Points []string
	// Figures are "more than 93,000 wounded"-style lines.
	Figures []string
	// Quotes are the selected quotes with their speakers.
	Quotes []BriefQuote
	// Timeline holds "Fri 16 Aug" labels with their events.
	Timeline []BriefEvent
	// Source is the article's link, or its source name when it has none.
	Source string
}

// BriefQuote is a quote and who said it.
type BriefQuote struct {
	Text, Speaker string
}

// BriefEvent is one timeline entry.
type BriefEvent struct {
	Label, Event string
}

// NewBrief selects and formats what the brief shows.
func NewBrief(a *article.Article, s summary.Summary) Brief {
	b := Brief{Title: Title(a), Meta: Meta(a, s), Source: a.URL}
	if b.Source == "" {
		b.Source = a.Source
	}
	for _, k := range s.KeySentences {
		b.Points = append(b.Points, oneLine(a.SentenceText(k.Sentence)))
	}
	for _, f := range s.Figures {
		if len(b.Figures) == MaxFigures {
			break
		}
		b.Figures = append(b.Figures, FigureLine(f))
	}
	for _, q := range pickQuotes(s.Quotes, MaxQuotes) {
		b.Quotes = append(b.Quotes, BriefQuote{Text: oneLine(q.Text), Speaker: q.Speaker})
	}
	for _, e := range s.Timeline {
		b.Timeline = append(b.Timeline, BriefEvent{Label: e.Label, Event: oneLine(e.Event)})
	}
	return b
}

// Title returns the article's headline, or its lede clipped to a title's
// length when it has none; "" for an empty article.
func Title(a *article.Article) string {
	if a.Title != "" {
		return a.Title
	}
	if len(a.Sentences) == 0 {
		return ""
	}
	return Clip(oneLine(a.SentenceText(0)), titleWidth)
}

// Meta returns the agency, place, byline and date of a, joined by " · ".
func Meta(a *article.Article, s summary.Summary) string {
	var parts []string
	for _, p := range []string{Publisher(a), Place(a), a.Byline, DateOf(a, s)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// Publisher returns the wire agency of the dateline, else the site name.
func Publisher(a *article.Article) string {
	if a.Dateline.Agency != "" {
		return a.Dateline.Agency
	}
	return a.SiteName
}

// Place returns the dateline's place in title case ("WASHINGTON" →
// "Washington").
func Place(a *article.Article) string { return titleCase(a.Dateline.Place) }

// DateOf returns the date to show for a: its publication date, else the
// dateline's date as written, else the reference date the analysis used;
// "" when none is known.
func DateOf(a *article.Article, s summary.Summary) string {
	switch {
	case !a.Published.IsZero():
		return Date(a.Published)
	case a.Dateline.Date != "":
		return a.Dateline.Date
	case !s.Reference.IsZero():
		return Date(s.Reference)
	}
	return ""
}

// Date formats a date the way the brief shows it: "Fri 23 Aug 2024".
func Date(t time.Time) string { return t.Format("Mon 2 Jan 2006") }

// FigureLine formats a figure with what it counts: "more than 93,000
// Palestinians wounded". The counted words are added only when the figure's
// own text does not already hold them.
func FigureLine(f summary.Figure) string {
	line := oneLine(f.Text)
	if f.Counts != "" && !strings.Contains(strings.ToLower(line), strings.ToLower(f.Counts)) {
		line += " " + f.Counts
	}
	return line
}

// pickQuotes returns up to n quotes for the brief: full quotes before
// partial ones, then longer before shorter, kept in article order.
func pickQuotes(qs []summary.Quote, n int) []summary.Quote {
	if len(qs) <= n {
		return qs
	}
	keep := make([]bool, len(qs))
	for pass := 0; pass < 2 && n > 0; pass++ {
		for n > 0 {
			best := -1
			for i, q := range qs {
				if keep[i] || q.Partial != (pass == 1) {
					continue
				}
				if best < 0 || len(q.Text) > len(qs[best].Text) {
					best = i
				}
			}
			if best < 0 {
				break
			}
			keep[best] = true
			n--
		}
	}
	var out []summary.Quote
	for i, q := range qs {
		if keep[i] {
			out = append(out, q)
		}
	}
	return out
}

// Clip shortens s to at most n runes, ending at a word boundary with "…".
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := len(r)
	for i := len(r) - 1; i > n/2; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}

// oneLine folds runs of white space, newlines included, into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// titleCase turns "WASHINGTON" into "Washington" and "NEW YORK" into
// "New York"; mixed-case input is kept.
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// Size formats a byte count for status lines: "812 B", "1.4 KB".
func Size(n int) string {
	if n < 1024 {
		return strconv.Itoa(n) + " B"
	}
	return strconv.FormatFloat(float64(n)/1024, 'f', 1, 64) + " KB"
}
