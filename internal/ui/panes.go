package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

const maxFigures = 8

// maxLabel is the widest timeline date label column: "Thu 13 Mar, night"
// fits.
const maxLabel = 18

// wrapIndent wraps s to width w: the first line starts with first, the
// others with an indent as wide as first.
func wrapIndent(s, first string, w int) []string {
	ind := strings.Repeat(" ", ansi.StringWidth(first))
	inner := max(w-len(ind), 1)
	lines := strings.Split(ansi.Wrap(s, inner, ""), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = ind + lines[i]
		}
	}
	return lines
}

// briefBlock builds the brief's lines: the key sentences and the figures,
// or one summary line when folded. trailer adds the blank line that parts
// it from the article.
func (m *Model) briefBlock(w int, folded, trailer bool) []string {
	a, s := m.e.A, m.e.S
	if a == nil {
		return nil
	}
	var out []string
	head := m.st.BriefHead.Render("▌Brief")
	if folded {
		out = append(out, head+m.st.Meta.Render(fmt.Sprintf(" · %d key points, %d figures (z to unfold)",
			len(s.KeySentences), len(s.Figures))))
	} else {
		out = append(out, head)
		for _, ks := range s.KeySentences {
			if ks.Sentence < 0 || ks.Sentence >= len(a.Sentences) {
				continue
			}
			out = append(out, wrapIndent(a.SentenceText(ks.Sentence), "• ", w)...)
		}
		switch {
		case m.e.Pending:
			out = append(out, m.st.Meta.Render("analysing…"))
		case len(s.KeySentences) == 0:
			out = append(out, m.st.Meta.Render("(no key sentences)"))
		}
		var figs []string
		for i, f := range s.Figures {
			if i == maxFigures {
				figs = append(figs, "…")
				break
			}
			t := f.Text
			if f.Counts != "" && !strings.Contains(t, f.Counts) {
				t += " " + f.Counts
			}
			figs = append(figs, t)
		}
		if len(figs) > 0 {
			for _, l := range wrapIndent(strings.Join(figs, " · "), "  ", w) {
				out = append(out, m.st.Figures.Render(l))
			}
		}
	}
	if trailer {
		out = append(out, "")
	}
	return out
}

// quoteItems lays the quotes out at width w.
func (m *Model) quoteItems(w int) ([]item, int) {
	qs := m.quotes()
	items := make([]item, len(qs))
	n := 0
	for i, q := range qs {
		who := q.Speaker
		if who == "" {
			who = "unknown speaker"
		}
		head := who
		if q.Cue != "" {
			head += " · " + q.Cue
		}
		lines := []string{ansi.Truncate(head, w, "…")}
		text := "“" + q.Text + "”"
		if q.Partial {
			text = "…" + text + "…"
		}
		body := wrapIndent(text, "  ", w)
		if len(body) > 2 {
			body = body[:2]
			body[1] = ansi.Truncate(body[1], w-1, "") + "…"
		}
		lines = append(lines, body...)
		items[i] = item{first: n, lines: lines, head: len(lines[0])}
		n += len(lines)
	}
	return items, n
}

// eventItems lays the timeline out at width w: a label column and the
// event.
func (m *Model) eventItems(w int) ([]item, int) {
	evs := m.events()
	lw := 0
	for _, e := range evs {
		lw = max(lw, ansi.StringWidth(e.Label))
	}
	lw = min(lw, maxLabel, w/3)
	items := make([]item, len(evs))
	n := 0
	for i, e := range evs {
		what := e.Event
		if what == "" && e.Sentence >= 0 && e.Sentence < len(m.e.A.Sentences) {
			what = m.e.A.SentenceText(e.Sentence)
		}
		label := ansi.Truncate(e.Label, lw, "…")
		label += strings.Repeat(" ", lw-ansi.StringWidth(label))
		lines := wrapIndent(what, label+"  ", w)
		if len(lines) > 2 {
			lines = lines[:2]
			lines[1] = ansi.Truncate(lines[1], w-1, "") + "…"
		}
		items[i] = item{first: n, lines: lines, head: len(label)}
		n += len(lines)
	}
	return items, n
}

// itemLines returns h lines of a list pane from line top, with the
// selected item marked.
func (m *Model) itemLines(items []item, total, sel, top, h int) []string {
	out := make([]string, 0, h)
	k := itemAt(items, top)
	for v := top; v < top+h && v < total && k >= 0 && k < len(items); v++ {
		it := items[k]
		li := v - it.first
		line := it.lines[li]
		mark := "  "
		if li == 0 {
			hs := m.st.speaker
			if k == sel {
				mark, hs = m.st.selected.wrap("▸ "), m.st.selected
			}
			h := min(it.head, len(line))
			line = hs.wrap(line[:h]) + line[h:]
		}
		out = append(out, mark+line)
		if li == len(it.lines)-1 {
			k++
		}
	}
	return out
}

// briefLines returns h lines of the narrow Brief tab from line top.
func (m *Model) briefLines(top, h int) []string {
	b := m.lay.brief
	top = min(max(top, 0), len(b))
	return b[top:min(top+h, len(b))]
}
