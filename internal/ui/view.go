package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// View implements tea.Model. It only lays out lines computed before: the
// article is rendered in a Cmd, never here.
func (m *Model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "brief"
	if m.e.A != nil {
		v.WindowTitle = "brief · " + m.title()
	}
	return v
}

func (m *Model) content() string {
	switch {
	case m.w == 0 || m.h == 0:
		return ""
	case m.lay.tooSmall:
		return tooSmall(m.w, m.h)
	case m.loading || m.failed:
		return m.waitView()
	case len(m.opts.Entries) == 0:
		return fit("nothing to read", m.w)
	case m.screen == screenList:
		return m.list.View() + "\n" + m.statusLine()
	}
	lines := make([]string, 0, m.h)
	lines = append(lines, m.lay.head...)
	if !m.lay.wide {
		lines = append(lines, m.tabBar())
	}
	if m.showAll {
		body, h := m.helpLines(), m.lay.body.h-2
		top := min(m.helpTop, max(len(body)-h, 0))
		title := "Help · ? or esc to close" + scrolled(top, len(body), h)
		lines = append(lines, box(title, body[top:], m.lay.body.w, m.lay.body.h, true, m.st)...)
	} else if m.lay.wide {
		left := m.articleBox()
		right := append(m.quotesBox(), m.timelineBox()...)
		for i := range left {
			r := ""
			if i < len(right) {
				r = right[i]
			}
			lines = append(lines, left[i]+r)
		}
	} else {
		switch m.focus {
		case paneBrief:
			b := m.lay.body
			lines = append(lines, box("Brief"+scrolled(m.briefTop, len(m.lay.brief), b.h-2), m.briefLines(m.briefTop, b.h-2), b.w, b.h, true, m.st)...)
		case paneQuotes:
			lines = append(lines, m.quotesBox()...)
		case paneTimeline:
			lines = append(lines, m.timelineBox()...)
		default:
			lines = append(lines, m.articleBox()...)
		}
	}
	lines = append(lines, m.statusLine())
	return strings.Join(lines, "\n")
}

// mouseHelp closes the full help: the mouse has no key bindings.
const mouseHelp = "mouse: the wheel scrolls the pane under the pointer; a click selects a quote, an event or a tab"

// helpLines is the body of the full help screen.
func (m *Model) helpLines() []string {
	body := append(m.fullHelp(m.lay.body.w-4), "")
	for _, l := range wrapIndent(mouseHelp, "", m.lay.body.w-4) {
		body = append(body, m.st.Meta.Render(l))
	}
	return body
}

// fullHelp lays the help columns out in as many rows as width w needs.
func (m *Model) fullHelp(w int) []string {
	m.help.SetWidth(0)
	var out []string
	var row [][]key.Binding
	flush := func() {
		if len(row) > 0 {
			if len(out) > 0 {
				out = append(out, "")
			}
			out = append(out, strings.Split(m.help.FullHelpView(row), "\n")...)
		}
		row = nil
	}
	for _, g := range m.keys.FullHelp() {
		if len(row) > 0 && ansi.StringWidth(strings.Split(m.help.FullHelpView(append(row, g)), "\n")[0]) > w {
			flush()
		}
		row = append(row, g)
	}
	flush()
	return out
}

// tooSmall is the notice for a terminal under 20×5.
func tooSmall(w, h int) string {
	msg := "terminal too small"
	if w < len(msg) {
		msg = "too small"
	}
	lines := make([]string, max(h, 1))
	lines[min(h/2, len(lines)-1)] = fit(strings.Repeat(" ", max((w-len(msg))/2, 0))+msg, w)
	for i := range lines {
		if lines[i] == "" {
			lines[i] = strings.Repeat(" ", max(w, 0))
		}
	}
	return strings.Join(lines, "\n")
}

// fit truncates or pads s to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := cellWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "")
		sw = ansi.StringWidth(s)
	}
	return s + strings.Repeat(" ", w-sw)
}

// box frames lines in a w×h border with a title; a focused box gets a
// heavy, coloured border.
func box(title string, lines []string, w, h int, focused bool, st Styles) []string {
	return boxFit(title, lines, w, h, focused, false, st)
}

// boxFit is box; with fitted, the lines are already exactly w-4 cells
// wide (or empty) and are not measured again.
func boxFit(title string, lines []string, w, h int, focused, fitted bool, st Styles) []string {
	out := make([]string, 0, max(h, 0))
	if w < 2 || h < 2 {
		for i := 0; i < h; i++ {
			out = append(out, strings.Repeat(" ", max(w, 0)))
		}
		return out
	}
	tl, tr, bl, br, hz, vt := "╭", "╮", "╰", "╯", "─", "│"
	g := st.borderOff
	if focused {
		tl, tr, bl, br, hz, vt = "┏", "┓", "┗", "┛", "━", "┃"
		g = st.borderOn
	}
	t := ""
	if w > 6 {
		t = ansi.Truncate(" "+title+" ", w-4, "…")
	}
	top := tl + hz + t + strings.Repeat(hz, max(w-3-ansi.StringWidth(t), 0)) + tr
	out = append(out, g.wrap(top))
	side := g.wrap(vt)
	for i := 0; i < h-2; i++ {
		l := ""
		if i < len(lines) {
			l = lines[i]
		}
		switch {
		case w >= 4 && fitted && l == "":
			l = strings.Repeat(" ", w-2)
		case w >= 4 && fitted:
			l = " " + l + " "
		case w >= 4:
			l = " " + fit(l, w-4) + " "
			fallthrough
		default:
			l = fit(l, w-2)
		}
		out = append(out, side+l+side)
	}
	out = append(out, g.wrap(bl+strings.Repeat(hz, w-2)+br))
	return out
}

func (m *Model) articleBox() []string {
	r := m.lay.art
	h := m.lay.artH
	lines := make([]string, 0, h)
	switch {
	case m.rd == nil && len(m.pending) > 0:
		lines = append(lines, m.st.Meta.Render("rendering…"))
	default:
		inner := max(r.w-4, 0)
		for v := m.top; v < m.top+h && v < m.articleLines(); v++ {
			l, lw := m.articleLine(v)
			if lw > inner {
				l, lw = ansi.Truncate(l, inner, ""), cellWidth(ansi.Truncate(l, inner, ""))
			}
			lines = append(lines, l+strings.Repeat(" ", max(inner-lw, 0)))
		}
	}
	title := "Article"
	if m.rd != nil && m.rd.partial {
		title += " · rendering the rest…"
	}
	if m.fetching {
		title += " · fetching the full page " + m.spin.View()
	}
	title += scrolled(m.top, m.articleLines(), h)
	return boxFit(title, lines, r.w, r.h, m.focus == paneArticle, m.rd != nil, m.st)
}

// quotesBox draws the Quotes pane.
func (m *Model) quotesBox() []string {
	return m.listBox("Quotes", m.lay.quotes, m.lay.qItems, m.lay.qLines, m.quoteSel, m.quoteTop,
		len(m.quotes()), "No quotes in this article", paneQuotes)
}

// timelineBox draws the Timeline pane.
func (m *Model) timelineBox() []string {
	return m.listBox("Timeline", m.lay.timeline, m.lay.eItems, m.lay.eLines, m.eventSel, m.eventTop,
		len(m.events()), "No dated events in this article", paneTimeline)
}

// listBox draws a pane of selectable items (quotes or events) in r, with
// a note while the analysis runs or when there are no items.
func (m *Model) listBox(name string, r rect, items []item, total, sel, top, n int, empty string, p pane) []string {
	lines := m.itemLines(items, total, sel, top, max(r.h-2, 0))
	switch {
	case m.e.Pending:
		lines = []string{m.st.Meta.Render("analysing…")}
	case n == 0:
		lines = []string{m.st.Meta.Render(empty)}
	}
	return box(name+m.count(n), lines, r.w, r.h, m.focus == p, m.st)
}

var tabNames = [4]string{"Article", "Brief", "Quotes", "Timeline"}

// count is " (n)" for a pane title, " (…)" while the analysis runs.
func (m *Model) count(n int) string {
	if m.e.Pending {
		return " (…)"
	}
	return fmt.Sprintf(" (%d)", n)
}

// tabLabels names the narrow layout's tabs, shorter at each level: with
// counts, without them, then only the focused tab named. The numbers stay,
// as they are the keys.
func (m *Model) tabLabels(level int) [4]string {
	var out [4]string
	for i, name := range tabNames {
		label := fmt.Sprintf("%d %s", i+1, name)
		switch {
		case level == 0 && i == 2:
			label += m.count(len(m.quotes()))
		case level == 0 && i == 3:
			label += m.count(len(m.events()))
		case level == 2 && pane(i) != m.focus:
			label = fmt.Sprint(i + 1)
		}
		out[i] = label
	}
	return out
}

// tabBar draws the narrow layout's tabs, as short as the width needs so
// the focused tab stays in view, and records where each one is.
func (m *Model) tabBar() string {
	var labels [4]string
	for level := range 3 {
		labels = m.tabLabels(level)
		w := 0
		for _, l := range labels {
			w += len(l) + 2
		}
		if w <= m.w {
			break
		}
	}
	var b strings.Builder
	x := 0
	for i, name := range labels {
		st := m.st.tabOff
		if pane(i) == m.focus {
			st = m.st.tabOn
		}
		w := len(name) + 2
		m.lay.tabs[i] = [2]int{x, x + w}
		x += w
		b.WriteString(st.wrap(name))
	}
	return fit(b.String(), m.w)
}

// statusLine is the bottom line: short help on the left, position and
// the last message on the right (or the search prompt).
func (m *Model) statusLine() string {
	if m.searching {
		return fit(m.input.View(), m.w)
	}
	var right []string
	if m.screen == screenReader {
		if n := len(m.quotes()); m.quoteSel >= 0 && n > 0 {
			right = append(right, position("quote", m.quoteSel+1, n))
		}
		if n := len(m.events()); m.eventSel >= 0 && n > 0 && m.focus == paneTimeline {
			if pos := position("event", m.eventSel+1, n); !strings.HasPrefix(m.status, pos) {
				right = append(right, pos)
			}
		}
	}
	msg := strings.Join(right, " · ")
	if m.status != "" && cellWidth(msg)+3+cellWidth(m.status) > m.w-2 {
		msg = "" // the message matters more than the position
	}
	if m.status != "" {
		st := m.st.meta
		if m.statusErr {
			st = m.st.err
		}
		if msg != "" {
			msg += " · "
		}
		msg = m.st.meta.wrap(msg) + st.wrap(m.status)
	} else {
		msg = m.st.meta.wrap(msg)
	}
	// The message wins over the key hints: a new user must be able to
	// read what happened; the hints get what is left, or nothing.
	rw := min(cellWidth(msg), max(m.w-2, 0))
	if cellWidth(msg) > rw {
		msg = ansi.Truncate(msg, max(rw-1, 0), "") + "…"
	}
	var left string
	if lw := m.w - rw - 3; m.screen == screenReader && lw >= minHints {
		left = m.shortHelp()
		if cellWidth(left) > lw {
			left = ansi.Truncate(left, lw-1, "") + "…"
		}
	}
	return fit(" "+left, m.w-rw-1) + msg + " "
}

// minHints is the narrowest room worth showing key hints in.
const minHints = 12

// scrolled is " · 37%" for a pane of h lines showing n lines from top:
// how far down it is, 0% at the top; empty when everything shows.
func scrolled(top, n, h int) string {
	if n <= h || h <= 0 {
		return ""
	}
	return fmt.Sprintf(" · %d%%", min(100, max(top, 0)*100/(n-h)))
}

// position formats "what i/n".
func position(what string, i, n int) string { return fmt.Sprintf("%s %d/%d", what, i, n) }
