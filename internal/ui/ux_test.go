package ui

import (
	"slices"
	"strings"
	"testing"
)

// TestMarkStylesNotEmpty checks every highlight kind has a visible style in
// every theme (underlined styles used to come out empty).
func TestMarkStylesNotEmpty(t *testing.T) {
	for _, th := range []Theme{ThemeDark, ThemeLight, ThemeNone} {
		st := DefaultStyles(th)
		for k := markNone + 1; k < markCount; k++ {
			if g := st.marks[k]; g.pre == "" || g.post == "" {
				t.Errorf("theme %s: mark %d has no style: %q", th, k, g)
			}
		}
	}
}

// TestUnsortedFiguresHighlight checks figures reported out of text order
// are still highlighted.
func TestUnsortedFiguresHighlight(t *testing.T) {
	e := fixture(t)
	slices.Reverse(e.S.Figures)
	m, _ := newTestModel(t, 160, 48, e)
	fig := m.st.marks[markFigure]
	for _, f := range m.e.S.Figures {
		l := m.styleLine(m.rd, m.rd.lineOf(f.Start))
		if !strings.Contains(l, fig.pre+f.Text) {
			t.Errorf("figure %q not highlighted: %q", f.Text, l)
		}
	}
}
