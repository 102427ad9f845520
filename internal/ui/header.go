package ui

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/internal/render"
)

// title is the headline, or the lede clipped, for the window title.
func (m *Model) title() string {
	return ansi.Truncate(m.headline(), 80, "…")
}

// headline is the article's title, or its lede when it has none; the
// header clips it to the room it has.
func (m *Model) headline() string {
	a := m.e.A
	if a.Title != "" {
		return clean(a.Title)
	}
	if len(a.Sentences) > 0 {
		return clean(a.SentenceText(0))
	}
	return clean(a.Source)
}

// meta is the agency · place · date · reading time line.
func (m *Model) meta() string {
	a := m.e.A
	var parts []string
	for _, p := range []string{render.Publisher(a), render.Place(a), render.DateOf(a, m.e.S)} {
		if p != "" {
			parts = append(parts, clean(p))
		}
	}
	if rt := a.ReadingTime(); rt > 0 {
		parts = append(parts, fmt.Sprintf("%d min read", int(rt/time.Minute)))
	}
	return strings.Join(parts, " · ")
}

// shortMeta is the date and reading time, for narrow headers.
func (m *Model) shortMeta() string {
	a := m.e.A
	var parts []string
	if d := m.date(); !d.IsZero() {
		parts = append(parts, d.Format("2 Jan 2006"))
	}
	if rt := a.ReadingTime(); rt > 0 {
		parts = append(parts, fmt.Sprintf("%d min", int(rt/time.Minute)))
	}
	return clean(strings.Join(parts, " · "))
}

// date is the publication date, else the reference date the analysis
// used (from --date); zero when neither is known.
func (m *Model) date() time.Time {
	if !m.e.A.Published.IsZero() {
		return m.e.A.Published
	}
	return m.e.S.Reference
}

// clean drops control characters from metadata before it is drawn, so no
// field can smuggle escape sequences onto the screen.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

func (m *Model) header() []string {
	a := m.e.A
	meta := m.meta()
	head := m.headline()
	if ansi.StringWidth(meta)+min(ansi.StringWidth(head), 60)+3 > m.w {
		meta = m.shortMeta()
	}
	if ansi.StringWidth(meta)+min(ansi.StringWidth(head), 24)+3 > m.w {
		meta = "" // the title matters more
	}
	tw := max(m.w-ansi.StringWidth(meta)-3, 1)
	l1 := " " + m.st.Title.Render(ansi.Truncate(head, tw, "…"))
	l1 = fit(l1, m.w-ansi.StringWidth(meta)-1) + m.st.Meta.Render(meta) + " "
	if !m.lay.wide {
		return []string{fit(l1, m.w)}
	}
	by := ""
	if a.Byline != "" {
		by = "By " + clean(a.Byline)
	}
	src := clean(a.Source)
	if u := clean(a.URL); u != "" {
		src = ansi.SetHyperlink(u) + u + ansi.ResetHyperlink()
	}
	sw := min(ansi.StringWidth(src), m.w/2)
	l2 := fit(" "+m.st.Meta.Render(by), m.w-sw-1) + m.st.Meta.Render(ansi.Truncate(src, sw, "…")) + " "
	return []string{fit(l1, m.w), fit(l2, m.w)}
}
