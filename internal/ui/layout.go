package ui

import (
	"log"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Layout thresholds.
const (
	wideMin   = 120
	minWidth  = 20
	minHeight = 5
)

// rect is a screen rectangle.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// item is one entry of the quotes or timeline pane: its lines and the
// index of its first line in the pane.
type item struct {
	first int
	lines []string
	head  int // bytes of lines[0] styled as the head (speaker, date label)
}

// layout is everything derived from the window size: pane rectangles,
// widths and the per-width lines of the brief, quotes and timeline.
type layout struct {
	wide, tooSmall bool
	header         int
	body           rect
	art, quotes    rect
	timeline       rect
	artH           int // inner height of the article pane
	artW           int // glamour wrap width
	brief          []string
	briefW         []int // cell width of each brief line
	qItems         []item
	qLines         int
	eItems         []item
	eLines         int
	tabs           [4][2]int          // narrow tab bar: x range of each tab
	head           []string           // header lines (the narrow tab bar excluded)
	shortHelp      map[helpKey]string // short help per focus, untruncated
}

// relayout recomputes the layout for the window size and returns the
// command that renders the article at a new width, if needed.
func (m *Model) relayout() tea.Cmd {
	l := layout{}
	w, h := m.w, m.h
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		m.lay = l
		return nil
	}
	l.wide = w >= wideMin
	if l.wide {
		l.header = 2
		l.body = rect{0, l.header, w, h - l.header - 1}
		aw := w * 60 / 100
		l.art = rect{0, l.body.y, aw, l.body.h}
		qh := l.body.h / 2
		l.quotes = rect{aw, l.body.y, w - aw, qh}
		l.timeline = rect{aw, l.body.y + qh, w - aw, l.body.h - qh}
	} else {
		l.header = 2
		l.body = rect{0, l.header, w, h - l.header - 1}
		l.art, l.quotes, l.timeline = l.body, l.body, l.body
	}
	l.artH = max(l.art.h-2, 0)
	l.artW = max(l.art.w-4, 1)
	m.lay = l
	m.setBrief(m.briefBlock(l.artW, l.wide && m.folded, l.wide))
	m.lay.qItems, m.lay.qLines = m.quoteItems(max(l.quotes.w-6, 1))
	m.lay.eItems, m.lay.eLines = m.eventItems(max(l.timeline.w-6, 1))
	if l.wide {
		qh := splitHeight(l.body.h, max(m.lay.qLines, 1)+2, max(m.lay.eLines, 1)+2)
		m.lay.quotes.h = qh
		m.lay.timeline = rect{l.timeline.x, l.body.y + qh, l.timeline.w, l.body.h - qh}
	}
	if m.focus == paneBrief && l.wide {
		m.focus = paneArticle
	}
	m.keepVisible()
	if m.e.A != nil {
		m.lay.head = m.header()
		m.tabBar()
	}
	m.lay.shortHelp = map[helpKey]string{}
	return m.ensureRender()
}

// setBrief sets the brief block's lines and their widths.
func (m *Model) setBrief(lines []string) {
	m.lay.brief = lines
	m.lay.briefW = make([]int, len(lines))
	for i, l := range lines {
		m.lay.briefW[i] = cellWidth(l)
	}
}

// splitHeight divides h rows between the quotes and the timeline panes,
// which need qn and en rows: half each, unless one needs less.
func splitHeight(h, qn, en int) int {
	half := h / 2
	switch {
	case en < half:
		return h - max(en, min(4, half))
	case qn < half:
		return max(qn, min(4, half))
	}
	return half
}

// helpKey names one variant of the short help.
type helpKey struct {
	p      pane
	search bool
}

// shortHelp returns the short help for the focused pane, built once per
// layout.
func (m *Model) shortHelp() string {
	k := helpKey{m.focus, m.query != ""}
	if m.showAll {
		k = helpKey{paneHelpScreen, false}
	}
	if s, ok := m.lay.shortHelp[k]; ok {
		return s
	}
	m.help.SetWidth(0)
	s := m.help.ShortHelpView(m.keys.paneHelp(k.p, k.search))
	if m.lay.shortHelp != nil {
		m.lay.shortHelp[k] = s
	}
	return s
}

// ensureRender shows the cached rendering for the current width, or starts
// rendering it.
func (m *Model) ensureRender() tea.Cmd {
	if m.e.A == nil || m.lay.tooSmall {
		return nil
	}
	w := m.lay.artW
	if rd, ok := m.cache[w]; ok {
		if m.rd != rd {
			m.rd = rd
		}
		m.restoreTop()
		return nil
	}
	if m.pending[w] {
		return nil
	}
	m.pending[w] = true
	return renderCmd(m.gen, m.e.A, m.st.glamourCfg, w, m.lay.artH)
}

// handleRendered stores a finished rendering and shows it when it is for
// the current width.
func (m *Model) handleRendered(msg renderedMsg) {
	if msg.gen != m.gen {
		return
	}
	if msg.err != nil {
		delete(m.pending, msg.width)
		m.setStatus(msg.err.Error(), true)
		return
	}
	if msg.rd.partial {
		if _, done := m.cache[msg.width]; done || msg.width != m.lay.artW {
			return
		}
		m.rd = msg.rd
		m.restoreTop()
		m.logFirstFrame()
		return
	}
	delete(m.pending, msg.width)
	m.cache[msg.width] = msg.rd
	if msg.width == m.lay.artW {
		m.rd = msg.rd
		m.restoreTop()
		m.logFirstFrame()
	}
}

// logFirstFrame logs, once, how long after start the first frame with the
// article was ready (it is drawn right after this Update).
func (m *Model) logFirstFrame() {
	if m.drawn || m.opts.Start.IsZero() {
		return
	}
	m.drawn = true
	log.Printf("first full frame %v after start (%d lines at width %d, partial %v)",
		time.Since(m.opts.Start).Round(time.Millisecond), len(m.rd.lines), m.rd.width, m.rd.partial)
}

// keepVisible scrolls the quotes and timeline panes to their selections.
func (m *Model) keepVisible() {
	m.quoteTop = visibleTop(m.lay.qItems, m.quoteSel, m.quoteTop, max(m.lay.quotes.h-2, 0))
	m.eventTop = visibleTop(m.lay.eItems, m.eventSel, m.eventTop, max(m.lay.timeline.h-2, 0))
}

// visibleTop returns a scroll position that shows item sel in h lines.
func visibleTop(items []item, sel, top, h int) int {
	if sel < 0 || sel >= len(items) || h <= 0 {
		return max(top, 0)
	}
	first := items[sel].first
	last := first + len(items[sel].lines) - 1
	if last >= top+h {
		top = last - h + 1
		// Start the pane on a whole item (its label or speaker line)
		// when that still shows the selection.
		if k := itemAt(items, top); k >= 0 && items[k].first < top && k+1 <= sel {
			top = items[k+1].first
		}
	}
	if first < top {
		top = first
	}
	return max(top, 0)
}

// itemAt returns the item shown at pane line v, or -1.
func itemAt(items []item, v int) int {
	for i, it := range items {
		if v >= it.first && v < it.first+len(it.lines) {
			return i
		}
	}
	return -1
}

// paneAt returns the pane under screen cell (x, y), or -1.
func (m *Model) paneAt(x, y int) pane {
	l := m.lay
	if !l.wide {
		if l.body.contains(x, y) {
			return m.focus
		}
		return -1
	}
	switch {
	case l.art.contains(x, y):
		return paneArticle
	case l.quotes.contains(x, y):
		return paneQuotes
	case l.timeline.contains(x, y):
		return paneTimeline
	}
	return -1
}
