package ui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
)

// Theme names the colour scheme: ThemeDark, ThemeLight or ThemeNone (no
// colour, for NO_COLOR and tests).
type Theme string

// The themes.
const (
	ThemeDark  Theme = "dark"
	ThemeLight Theme = "light"
	ThemeNone  Theme = "none"
)

// mark kinds for highlights in the article text, lowest priority first.
const (
	markNone = iota
	markKey
	markQuote
	markFigure
	markSelEvent
	markSelQuote
	markMatch
	markCurMatch
	markCount
)

// sgr is a style's opening and closing escape sequences, so hot paths can
// wrap text without calling lipgloss.
type sgr struct{ pre, post string }

// sgrOf extracts the escape sequences around text rendered with s.
// It renders one letter: lipgloss drops a NUL placeholder when the style
// underlines (underlining goes rune by rune), which left figures, the
// selected event and colourless search matches unstyled.
func sgrOf(s lipgloss.Style) sgr {
	out := s.Render("x")
	i := strings.LastIndexByte(out, 'x')
	if i < 0 {
		return sgr{}
	}
	return sgr{out[:i], out[i+1:]}
}

func (g sgr) wrap(s string) string {
	if g.pre == "" {
		return s
	}
	return g.pre + s + g.post
}

// Styles holds every style of the reader, built by DefaultStyles.
type Styles struct {
	Theme      Theme
	Title      lipgloss.Style
	Meta       lipgloss.Style
	Faint      lipgloss.Style
	Error      lipgloss.Style
	BorderOn   lipgloss.Style
	BorderOff  lipgloss.Style
	PaneTitle  lipgloss.Style
	TabOn      lipgloss.Style
	TabOff     lipgloss.Style
	BriefHead  lipgloss.Style
	Speaker    lipgloss.Style
	Selected   lipgloss.Style
	Label      lipgloss.Style
	Figures    lipgloss.Style
	Text       lipgloss.Style
	Help       help.Styles
	marks      [markCount]sgr
	meta, err  sgr
	speaker    sgr
	selected   sgr
	tabOn      sgr
	tabOff     sgr
	text       sgr
	borderOn   sgr
	borderOff  sgr
	glamourCfg gansi.StyleConfig
}

type palette struct {
	accent, dim, key, quote, figure, selFg, selBg, match, text, err color.Color
}

// DefaultStyles builds the styles for a theme.
func DefaultStyles(t Theme) Styles {
	c := lipgloss.Color
	var p palette
	switch t {
	case ThemeLight:
		p = palette{c("27"), c("244"), c("22"), c("90"), c("166"), c("231"), c("25"), c("228"), c("235"), c("160")}
	case ThemeNone:
	default:
		t = ThemeDark
		p = palette{c("75"), c("244"), c("114"), c("219"), c("214"), c("16"), c("117"), c("58"), c("252"), c("203")}
	}
	ns := lipgloss.NewStyle
	s := Styles{Theme: t}
	s.Title = ns().Bold(true).Foreground(p.accent)
	s.Meta = ns().Foreground(p.dim)
	s.Faint = ns().Foreground(p.dim).Faint(p.dim == nil)
	s.Error = ns().Foreground(p.err).Bold(true)
	s.BorderOn = ns().Foreground(p.accent).Bold(true)
	s.BorderOff = ns().Foreground(p.dim)
	s.PaneTitle = ns().Bold(true)
	s.TabOn = ns().Bold(true).Reverse(true).Padding(0, 1)
	s.TabOff = ns().Foreground(p.dim).Padding(0, 1)
	s.BriefHead = ns().Bold(true).Foreground(p.accent)
	s.Speaker = ns().Bold(true)
	s.Selected = ns().Foreground(p.accent).Bold(true)
	s.Label = ns().Foreground(p.figure)
	s.Figures = ns().Foreground(p.figure)
	s.Text = ns().Foreground(p.text)
	s.Help = help.DefaultStyles(t != ThemeLight)
	s.marks[markKey] = sgrOf(ns().Bold(true).Foreground(p.key))
	s.marks[markQuote] = sgrOf(ns().Italic(true).Foreground(p.quote))
	s.marks[markFigure] = sgrOf(ns().Bold(true).Underline(true).Foreground(p.figure))
	s.marks[markSelEvent] = sgrOf(ns().Underline(true).Bold(true).Foreground(p.accent))
	if t == ThemeNone {
		// Attributes only: key sentences bold, quotes italic, figures
		// underlined, search matches reversed, so no two kinds look alike.
		s.marks[markFigure] = sgrOf(ns().Underline(true))
		s.marks[markSelQuote] = sgrOf(ns().Reverse(true).Italic(true))
		s.marks[markMatch] = sgrOf(ns().Reverse(true))
		s.marks[markCurMatch] = sgrOf(ns().Reverse(true).Bold(true).Underline(true))
	} else {
		s.marks[markSelQuote] = sgrOf(ns().Foreground(p.selFg).Background(p.selBg).Bold(true))
		s.marks[markMatch] = sgrOf(ns().Background(p.match))
		s.marks[markCurMatch] = sgrOf(ns().Reverse(true).Bold(true))
	}
	s.text = sgrOf(s.Text)
	s.meta, s.err = sgrOf(s.Meta), sgrOf(s.Error)
	s.speaker, s.selected = sgrOf(s.Speaker), sgrOf(s.Selected)
	s.tabOn, s.tabOff = sgrOf(s.TabOn), sgrOf(s.TabOff)
	s.borderOn = sgrOf(s.BorderOn)
	s.borderOff = sgrOf(s.BorderOff)
	s.glamourCfg = glamourConfig(t)
	return s
}

// glamourConfig returns the glamour style for a theme with the document
// margins removed: the panes draw their own frame.
func glamourConfig(t Theme) gansi.StyleConfig {
	var cfg gansi.StyleConfig
	switch t {
	case ThemeLight:
		cfg = styles.LightStyleConfig
	case ThemeNone:
		cfg = styles.NoTTYStyleConfig
	default:
		cfg = styles.DarkStyleConfig
	}
	zero := uint(0)
	cfg.Document.Margin = &zero
	cfg.Document.BlockPrefix = ""
	cfg.Document.BlockSuffix = ""
	return cfg
}
