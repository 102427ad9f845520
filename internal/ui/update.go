package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
)

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		if m.hasList {
			m.list.SetSize(max(m.w, 1), max(m.h-1, 1))
		}
		return m, m.relayout()
	case tea.BackgroundColorMsg:
		return m, m.setTheme(msg.IsDark())
	case renderedMsg:
		m.handleRendered(msg)
		return m, nil
	case fetchedMsg:
		return m, m.handleFetched(msg)
	case analyzedMsg:
		return m, m.handleAnalyzed(msg)
	case nativeCopiedMsg:
		m.handleNativeCopied(msg.err)
		return m, nil
	case openedMsg:
		m.handleOpened(msg)
		return m, nil
	case loadedMsg:
		return m, m.handleLoaded(msg)
	case spinner.TickMsg:
		if !m.fetching && !m.loading {
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case tea.KeyPressMsg:
		if m.loading || m.failed {
			return m, m.handleWaitKey(msg)
		}
	}
	if m.loading || m.failed {
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		m.handleWheel(tea.Mouse(msg))
		return m, nil
	case tea.MouseClickMsg:
		m.handleClick(tea.Mouse(msg))
		return m, nil
	case tea.KeyPressMsg:
		if m.screen == screenList {
			return m, m.handleListKey(msg)
		}
		return m, m.handleKey(msg)
	}
	if m.screen == screenList {
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(msg)
		return m, cmd
	}
	if m.searching {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	return m, nil
}

// handleAnalyzed installs the analysis of a long article, keeping the
// reading place.
func (m *Model) handleAnalyzed(msg analyzedMsg) tea.Cmd {
	if e := &m.opts.Entries[msg.idx]; e.A == msg.a {
		e.S, e.Pending = msg.s, false
	}
	if m.e.A != msg.a {
		return nil
	}
	m.e.S, m.e.Pending = msg.s, false
	m.buildMarks()
	anchor, inBrief := m.anchor, m.anchor < 0
	cmd := m.relayout()
	if !inBrief {
		m.anchor = anchor
		m.restoreTop()
	}
	return cmd
}

// setTheme follows the terminal background when the theme is "auto".
func (m *Model) setTheme(dark bool) tea.Cmd {
	if !m.autoBG {
		return nil
	}
	t := ThemeLight
	if dark {
		t = ThemeDark
	}
	if t == m.st.Theme {
		return nil
	}
	m.st = DefaultStyles(t)
	m.help.Styles = m.st.Help
	m.gen++
	m.cache, m.pending = map[int]*rendered{}, map[int]bool{}
	if m.hasList {
		m.list.SetDelegate(newDelegate(m.st))
	}
	return m.relayout()
}

// handleKey handles a key in the reader. A text input gets keys first,
// then the help screen, then the global bindings.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.keys
	if m.searching {
		return m.handleSearchKey(msg)
	}
	if m.showAll {
		return m.handleHelpKey(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.showAll, m.helpTop = true, 0
	case key.Matches(msg, k.Back):
		switch {
		case m.query != "":
			m.clearSearch()
			m.setStatus("search cleared", false)
		case m.hasList:
			m.screen = screenList
			m.setStatus("", false)
		}
	case key.Matches(msg, k.NextQuote):
		m.stepQuote(1)
	case key.Matches(msg, k.PrevQuote):
		m.stepQuote(-1)
	case key.Matches(msg, k.NextEvent):
		m.stepEvent(1)
	case key.Matches(msg, k.PrevEvent):
		m.stepEvent(-1)
	case key.Matches(msg, k.Speaker):
		m.cycleSpeaker()
	case key.Matches(msg, k.Jump):
		m.jumpSelected()
	case key.Matches(msg, k.NextPane):
		m.cycleFocus(1)
	case key.Matches(msg, k.PrevPane):
		m.cycleFocus(-1)
	case key.Matches(msg, k.TabArticle):
		m.focus = paneArticle
	case key.Matches(msg, k.TabBrief):
		m.focusBrief()
	case key.Matches(msg, k.TabQuotes):
		m.focus = paneQuotes
	case key.Matches(msg, k.TabTimeline):
		m.focus = paneTimeline
	case key.Matches(msg, k.Search):
		m.searching = true
		m.input.SetValue("")
		m.input.SetWidth(max(m.w-4, 1))
		return m.input.Focus()
	case key.Matches(msg, k.NextMatch):
		m.stepMatch(1)
	case key.Matches(msg, k.PrevMatch):
		m.stepMatch(-1)
	case key.Matches(msg, k.Fold):
		return m.toggleFold()
	case key.Matches(msg, k.CopyBrief):
		return m.copyBrief()
	case key.Matches(msg, k.CopyQuote):
		return m.copyQuote()
	case key.Matches(msg, k.Open):
		if m.e.A.URL == "" {
			m.setStatus("this article has no link", true)
			return nil
		}
		return openURLCmd(m.e.A.URL)
	default:
		m.scrollKey(msg)
	}
	return nil
}

// handleHelpKey handles a key on the full help screen: the scroll keys
// move it (it may be taller than a small terminal), ? and esc close it.
func (m *Model) handleHelpKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.keys
	h := max(m.lay.body.h-2, 1)
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help, k.Back):
		m.showAll = false
	}
	d, _ := m.scrollDelta(msg, h)
	m.helpTop = min(max(m.helpTop+d, 0), max(len(m.helpLines())-h, 0))
	return nil
}

func (m *Model) handleSearchKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "enter":
		m.searching = false
		m.input.Blur()
		m.runSearch(m.input.Value())
		return nil
	case "esc":
		m.searching = false
		m.input.Blur()
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return cmd
}

// toggleFold folds or unfolds the brief box, keeping the reading place.
func (m *Model) toggleFold() tea.Cmd {
	if !m.lay.wide {
		// The narrow layout has the brief in its own tab: z shows it,
		// and z again goes back to the article.
		if m.focus == paneBrief {
			m.focus = paneArticle
		} else {
			m.focusBrief()
		}
		return nil
	}
	m.folded = !m.folded
	anchor, inBrief := m.anchor, m.anchor < 0
	cmd := m.relayout()
	if inBrief {
		m.setTop(0)
	} else {
		m.anchor = anchor
		m.restoreTop()
	}
	return cmd
}

func (m *Model) focusBrief() {
	if m.lay.wide {
		m.focus = paneArticle
		m.folded = false
		m.setBrief(m.briefBlock(m.lay.artW, false, true))
		m.setTop(0)
		return
	}
	m.focus = paneBrief
}

// cycleFocus moves focus to the next or previous pane (tab in the narrow
// layout).
func (m *Model) cycleFocus(d int) {
	order := []pane{paneArticle, paneQuotes, paneTimeline}
	if !m.lay.wide {
		order = []pane{paneArticle, paneBrief, paneQuotes, paneTimeline}
	}
	i := 0
	for j, p := range order {
		if p == m.focus {
			i = j
		}
	}
	m.focus = order[(i+d+len(order))%len(order)]
}

// scrollDelta returns how many lines a scrolling key moves, page lines for
// a page, and whether msg is a scrolling key at all.
func (m *Model) scrollDelta(msg tea.KeyPressMsg, page int) (int, bool) {
	k := &m.keys
	switch {
	case key.Matches(msg, k.Down):
		return 1, true
	case key.Matches(msg, k.Up):
		return -1, true
	case key.Matches(msg, k.PageDown):
		return page, true
	case key.Matches(msg, k.PageUp):
		return -page, true
	case key.Matches(msg, k.Top):
		return -1 << 30, true
	case key.Matches(msg, k.Bottom):
		return 1 << 30, true
	}
	return 0, false
}

// scrollKey scrolls the focused pane, or moves the selection in the quotes
// and timeline panes.
func (m *Model) scrollKey(msg tea.KeyPressMsg) {
	d, ok := m.scrollDelta(msg, max(m.lay.artH-1, 1))
	if !ok {
		return
	}
	m.scrollPane(m.focus, d)
}

// scrollPane scrolls pane p by d lines (selection steps in list panes).
func (m *Model) scrollPane(p pane, d int) {
	switch p {
	case paneArticle:
		m.setTop(m.top + d)
	case paneBrief:
		m.briefTop = min(max(m.briefTop+d, 0), max(len(m.lay.brief)-m.lay.body.h+2, 0))
	case paneQuotes:
		m.quoteSel = clampSel(m.quoteSel, d, len(m.quotes()))
		m.updateSelMarks()
		m.keepVisible()
		if m.lay.wide && m.quoteSel >= 0 {
			m.selectQuote(m.quoteSel) // the article beside follows
		}
	case paneTimeline:
		m.eventSel = clampSel(m.eventSel, d, len(m.events()))
		m.updateSelMarks()
		m.keepVisible()
		if m.lay.wide && m.eventSel >= 0 {
			m.selectEvent(m.eventSel)
		}
	}
}

// clampSel moves selection sel by d within n items; from no selection a
// step down selects the first item.
func clampSel(sel, d, n int) int {
	if n == 0 {
		return -1
	}
	if sel < 0 && d > 0 {
		return 0
	}
	return min(max(sel+max(min(d, n), -n), 0), n-1)
}

// handleWheel scrolls the pane under the pointer.
func (m *Model) handleWheel(ms tea.Mouse) {
	if m.screen != screenReader || m.lay.tooSmall || m.showAll {
		return
	}
	p := m.paneAt(ms.X, ms.Y)
	if p < 0 {
		return
	}
	d := 3
	if ms.Button == tea.MouseWheelUp {
		d = -3
	} else if ms.Button != tea.MouseWheelDown {
		return
	}
	switch p {
	case paneQuotes:
		m.quoteTop = min(max(m.quoteTop+d, 0), max(m.lay.qLines-m.lay.quotes.h+2, 0))
	case paneTimeline:
		m.eventTop = min(max(m.eventTop+d, 0), max(m.lay.eLines-m.lay.timeline.h+2, 0))
	default:
		m.scrollPane(p, d)
	}
}

// handleClick focuses the pane under the pointer and selects the quote or
// event clicked; a click on a narrow tab switches to it.
func (m *Model) handleClick(ms tea.Mouse) {
	if m.screen != screenReader || m.lay.tooSmall || m.showAll || ms.Button != tea.MouseLeft {
		return
	}
	if !m.lay.wide && ms.Y == 1 {
		for i, t := range m.lay.tabs {
			if ms.X >= t[0] && ms.X < t[1] {
				m.focus = pane(i)
			}
		}
		return
	}
	p := m.paneAt(ms.X, ms.Y)
	switch p {
	case paneQuotes:
		r := m.lay.quotes
		if i := itemAt(m.lay.qItems, m.quoteTop+ms.Y-r.y-1); i >= 0 {
			m.focus = paneQuotes
			m.selectQuote(i)
		}
	case paneTimeline:
		r := m.lay.timeline
		if i := itemAt(m.lay.eItems, m.eventTop+ms.Y-r.y-1); i >= 0 {
			m.focus = paneTimeline
			m.selectEvent(i)
		}
	case paneArticle:
		m.focus = paneArticle
	}
}
