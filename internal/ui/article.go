package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/internal/article"
)

// buildMarks collects the highlight spans of the open article by kind.
func (m *Model) buildMarks() {
	a, s := m.e.A, m.e.S
	for k := range m.marks {
		m.marks[k] = nil
	}
	for _, ks := range s.KeySentences {
		if ks.Sentence >= 0 && ks.Sentence < len(a.Sentences) {
			m.marks[markKey] = append(m.marks[markKey], a.Sentences[ks.Sentence].Span)
		}
	}
	sortSpans(m.marks[markKey])
	for _, q := range s.Quotes {
		m.marks[markQuote] = append(m.marks[markQuote], quoteSpan(a.Text, q.Span))
	}
	for _, f := range s.Figures {
		m.marks[markFigure] = append(m.marks[markFigure], f.Span)
	}
	// styleLine binary-searches each kind, so every list is kept in text
	// order whatever order the analysis reports them in.
	sortSpans(m.marks[markQuote])
	sortSpans(m.marks[markFigure])
	m.marks[markMatch] = m.matches
	m.updateSelMarks()
}

// updateSelMarks refreshes the single-span marks: the selected quote and
// event and the current search match.
func (m *Model) updateSelMarks() {
	m.marks[markSelQuote], m.marks[markCurMatch], m.marks[markSelEvent] = nil, nil, nil
	if ev := m.events(); m.eventSel >= 0 && m.eventSel < len(ev) {
		if k := ev[m.eventSel].Timex; k >= 0 && k < len(m.e.S.Timexes) {
			m.marks[markSelEvent] = []article.Span{m.e.S.Timexes[k].Span}
		}
	}
	if q := m.quotes(); m.quoteSel >= 0 && m.quoteSel < len(q) {
		m.marks[markSelQuote] = []article.Span{quoteSpan(m.e.A.Text, q[m.quoteSel].Span)}
	}
	if m.matchIdx >= 0 && m.matchIdx < len(m.matches) {
		m.marks[markCurMatch] = []article.Span{m.matches[m.matchIdx]}
	}
}

func sortSpans(sp []article.Span) {
	sort.Slice(sp, func(i, j int) bool { return sp[i].Start < sp[j].Start })
}

// quoteSpan widens a quote's span over the quote marks around it.
func quoteSpan(text string, sp article.Span) article.Span {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return article.Span{}
	}
	if r, n := utf8.DecodeLastRuneInString(text[:sp.Start]); strings.ContainsRune("\"“‘'«", r) {
		sp.Start -= n
	}
	rest := text[sp.End:]
	if r, n := utf8.DecodeRuneInString(strings.TrimLeft(rest, ",.;!?")); strings.ContainsRune("\"”’'»", r) {
		sp.End += len(rest) - len(strings.TrimLeft(rest, ",.;!?")) + n
	}
	return sp
}

// styleLine returns article line i with its highlights.
func (m *Model) styleLine(rd *rendered, i int) string {
	lo, hi := int(rd.lo[i]), int(rd.hi[i])
	if lo < 0 {
		return rd.lines[i]
	}
	var kinds []uint8
	offs := rd.offs[i]
	for k := markCount - 1; k > markNone; k-- {
		sp := m.marks[k]
		j := sort.Search(len(sp), func(x int) bool { return sp[x].End > lo })
		for ; j < len(sp) && sp[j].Start < hi; j++ {
			if kinds == nil {
				kinds = make([]uint8, len(offs))
			}
			for c, o := range offs {
				if o >= 0 && int(o) >= sp[j].Start && int(o) < sp[j].End && kinds[c] == 0 {
					kinds[c] = uint8(k)
				}
			}
		}
	}
	if kinds == nil {
		return rd.lines[i]
	}
	var b strings.Builder
	rs := rd.runes[i]
	links, urls := lineLinks(rd.lines[i], len(rs))
	link := func(c int) int16 {
		if links == nil {
			return -1
		}
		return links[c]
	}
	for c := 0; c < len(rs); {
		e := c + 1
		for e < len(rs) && kinds[e] == kinds[c] && (offs[e] < 0) == (offs[c] < 0) && link(e) == link(c) {
			e++
		}
		seg := string(rs[c:e])
		switch {
		case offs[c] >= 0 && kinds[c] == markNone:
			seg = m.st.text.wrap(seg)
		case offs[c] >= 0:
			seg = m.st.marks[kinds[c]].wrap(seg)
		}
		if l := link(c); l >= 0 {
			seg = ansi.SetHyperlink(urls[l]) + seg + ansi.ResetHyperlink()
		}
		b.WriteString(seg)
		c = e
	}
	return b.String()
}

// lineLinks maps each of the first n visible runes of a glamour line to
// the OSC 8 hyperlink around it (an index into urls), -1 for none, so a
// restyled line keeps its links. It returns nil when the line has none.
func lineLinks(line string, n int) ([]int16, []string) {
	if !strings.Contains(line, "\x1b]8;") {
		return nil, nil
	}
	idx := make([]int16, n)
	var urls []string
	cur, r := int16(-1), 0
	for i := 0; i < len(line); {
		if line[i] == 0x1b {
			j := skipEscape(line, i)
			if strings.HasPrefix(line[i:], "\x1b]8;") {
				body := strings.TrimSuffix(strings.TrimSuffix(line[i+4:j], "\x07"), "\x1b\\")
				cur = -1
				if k := strings.IndexByte(body, ';'); k >= 0 && k+1 < len(body) {
					urls = append(urls, body[k+1:])
					cur = int16(len(urls) - 1)
				}
			}
			i = j
			continue
		}
		_, size := utf8.DecodeRuneInString(line[i:])
		if r < n {
			idx[r] = cur
		}
		r++
		i += size
	}
	return idx, urls
}

// briefLen is the number of pane lines the brief block takes at the top of
// the article pane (wide layout only).
func (m *Model) briefLen() int {
	if !m.lay.wide {
		return 0
	}
	return len(m.lay.brief)
}

// articleLines is the article pane's total line count.
func (m *Model) articleLines() int {
	n := m.briefLen()
	if m.rd != nil {
		n += len(m.rd.lines)
	}
	return n
}

// articleLine returns pane line v of the article pane and its width.
func (m *Model) articleLine(v int) (string, int) {
	if b := m.briefLen(); v < b {
		return m.lay.brief[v], m.lay.briefW[v]
	} else if m.rd != nil && v-b < len(m.rd.lines) {
		return m.styleLine(m.rd, v-b), m.rd.cells[v-b]
	}
	return "", 0
}

// setTop scrolls the article pane to pane line v and records the text
// offset there, so a re-render at another width keeps the place.
func (m *Model) setTop(v int) {
	maxTop := max(m.articleLines()-m.lay.artH, 0)
	m.top = min(max(v, 0), maxTop)
	m.anchor = -1
	if m.rd != nil && m.top >= m.briefLen() {
		m.anchor = m.rd.offsetOf(m.top - m.briefLen())
	}
}

// restoreTop puts the article pane back at the recorded offset after a
// re-render or a layout change.
func (m *Model) restoreTop() {
	if m.rd == nil {
		return
	}
	if m.anchor < 0 {
		m.top = min(m.top, m.briefLen())
		return
	}
	anchor := m.anchor
	m.setTop(m.briefLen() + m.rd.lineOf(anchor))
	m.anchor = anchor
}

// showOffset scrolls the article so text offset off is visible with one
// line of context above it, and focuses the article in the narrow layout.
func (m *Model) showOffset(off int) {
	if !m.lay.wide {
		m.focus = paneArticle
	}
	if m.rd == nil {
		m.anchor = off
		return
	}
	line := m.briefLen() + m.rd.lineOf(off)
	m.setTop(line - 1)
	if m.rd.partial {
		m.anchor = off // go there when the whole article is rendered
	}
}

// search finds every case-insensitive occurrence of q in the text.
func search(text, q string) []article.Span {
	if q == "" {
		return nil
	}
	lt, lq := strings.ToLower(text), strings.ToLower(q)
	if len(lt) != len(text) || len(lq) != len(q) {
		lt, lq = text, q
	}
	var out []article.Span
	for i := 0; ; {
		j := strings.Index(lt[i:], lq)
		if j < 0 {
			return out
		}
		out = append(out, article.Span{Start: i + j, End: i + j + len(lq)})
		i += j + len(lq)
	}
}

// runSearch sets the query, finds the matches and goes to the first one at
// or after the current position.
func (m *Model) runSearch(q string) {
	if q == "" && m.query != "" {
		m.setStatus("search cleared", false)
	}
	m.query, m.matches, m.matchIdx = q, search(m.e.A.Text, q), -1
	m.marks[markMatch] = m.matches
	if len(m.matches) == 0 {
		m.updateSelMarks()
		if q != "" {
			m.setStatus("no match for “"+q+"”", true)
		}
		return
	}
	from := max(m.anchor, 0)
	m.matchIdx = sort.Search(len(m.matches), func(i int) bool { return m.matches[i].Start >= from })
	if m.matchIdx == len(m.matches) {
		m.matchIdx = 0
	}
	m.gotoMatch()
}

// stepMatch moves to the next (d = 1) or previous (d = -1) match.
func (m *Model) stepMatch(d int) {
	if len(m.matches) == 0 {
		if m.query != "" {
			m.setStatus("no match for “"+m.query+"”", true)
		} else {
			m.setStatus("no search yet: press / to search the article", true)
		}
		return
	}
	m.matchIdx = (m.matchIdx + d + len(m.matches)) % len(m.matches)
	m.gotoMatch()
}

func (m *Model) gotoMatch() {
	m.updateSelMarks()
	m.showOffset(m.matches[m.matchIdx].Start)
	m.setStatus(position("match", m.matchIdx+1, len(m.matches))+" for “"+m.query+"”", false)
}

func (m *Model) clearSearch() {
	m.query, m.matches, m.matchIdx = "", nil, -1
	m.marks[markMatch] = nil
	m.updateSelMarks()
}
