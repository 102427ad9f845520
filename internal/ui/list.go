package ui

import (
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"github.com/brief-reader/brief/internal/article"
)

// listItem is one article in the list screen.
type listItem struct {
	idx         int
	title, desc string
}

// Title implements list.DefaultItem.
func (i listItem) Title() string { return i.title }

// Description implements list.DefaultItem.
func (i listItem) Description() string { return i.desc }

// FilterValue implements list.Item.
func (i listItem) FilterValue() string { return i.title + " " + i.desc }

func newDelegate(st Styles) list.DefaultDelegate {
	d := list.NewDefaultDelegate()
	d.Styles = list.NewDefaultItemStyles(st.Theme != ThemeLight)
	return d
}

// entryItem describes entry i: title, then source · date — first key
// sentence.
func entryItem(i int, e Entry) listItem {
	a := e.A
	title := a.Title
	if title == "" && len(a.Sentences) > 0 {
		title = a.SentenceText(0)
	}
	if title == "" {
		title = a.Source
	}
	var parts []string
	if src := source(a); src != "" && src == a.Source && !strings.Contains(src, "://") {
		parts = append(parts, filepath.Base(src)) // the folder is known
	} else if src != "" {
		parts = append(parts, src)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 Jan 2006"))
	}
	if a.Teaser {
		parts = append(parts, "teaser")
	}
	desc := strings.Join(parts, " · ")
	if len(e.S.KeySentences) > 0 {
		if k := e.S.KeySentences[0].Sentence; k >= 0 && k < len(a.Sentences) {
			desc += " — " + a.SentenceText(k)
		}
	}
	return listItem{idx: i, title: clean(title), desc: clean(desc)}
}

// source names where an article comes from: site, agency or source.
func source(a *article.Article) string {
	switch {
	case a.SiteName != "":
		return a.SiteName
	case a.Dateline.Agency != "":
		return a.Dateline.Agency
	}
	return a.Source
}

func newArticleList(entries []Entry, st Styles) list.Model {
	items := make([]list.Item, len(entries))
	for i, e := range entries {
		items[i] = entryItem(i, e)
	}
	l := list.New(items, newDelegate(st), 80, 20)
	l.Title = "brief" // the status bar below counts the articles
	l.SetStatusBarItemName("article", "articles")
	l.DisableQuitKeybindings()
	return l
}

// handleListKey handles a key on the list screen: the filter input gets
// keys first; enter opens the selected article.
func (m *Model) handleListKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.list.FilterState() != list.Filtering {
		switch {
		case msg.String() == "ctrl+c", key.Matches(msg, m.keys.Quit):
			return tea.Quit
		case msg.String() == "enter":
			it, ok := m.list.SelectedItem().(listItem)
			if !ok {
				return nil
			}
			return m.openFromList(it.idx)
		}
	}
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	return cmd
}

// openFromList opens entry i; a feed teaser gets its full page fetched.
func (m *Model) openFromList(i int) tea.Cmd {
	m.openEntry(i)
	m.setStatus("", false)
	cmd := m.relayout()
	a := m.e.A
	if a.Teaser && a.URL != "" {
		m.fetching = true
		return tea.Batch(cmd, m.spin.Tick, fetchCmd(m.opts.Context, i, a, m.opts.Analyze))
	}
	return cmd
}

// handleFetched replaces a teaser by its full page, or reports the
// failure and keeps the teaser.
func (m *Model) handleFetched(msg fetchedMsg) tea.Cmd {
	if msg.idx == m.cur {
		m.fetching = false
	}
	if msg.err != nil {
		if msg.idx == m.cur {
			// The link is in the header already; the cause comes first.
			cause := strings.TrimPrefix(msg.err.Error(), m.e.A.URL+": ")
			m.setStatus("showing the teaser; the full page failed: "+cause, true)
		}
		return nil
	}
	m.opts.Entries[msg.idx] = msg.e
	if m.hasList {
		m.list.SetItem(m.listPos(msg.idx), entryItem(msg.idx, msg.e))
	}
	if msg.idx != m.cur || m.screen != screenReader {
		return nil
	}
	m.openEntry(msg.idx)
	m.setStatus("full page loaded", false)
	return m.relayout()
}

// listPos is the list index of entry i (items are never reordered).
func (m *Model) listPos(i int) int { return i }
