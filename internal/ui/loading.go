package ui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Loaded is what Options.Load returns: the articles that loaded, the
// status line to show with them, and the sources that failed (one line
// each).
type Loaded struct {
	Entries []Entry
	Status  string
	Errors  string
}

// loadedMsg carries the result of Options.Load.
type loadedMsg struct{ l Loaded }

// loadCmd runs load off the UI goroutine. The context is cancelled when
// the program ends, which aborts a slow fetch.
func loadCmd(ctx context.Context, load func(context.Context) Loaded) tea.Cmd {
	return func() tea.Msg { return loadedMsg{l: load(ctx)} }
}

// LoadErrors returns the sources that failed in Options.Load, one per
// line ("" when none failed or nothing was loaded late).
func (m *Model) LoadErrors() string { return m.loadErrs }

// Cancelled reports whether the user quit before Options.Load finished.
func (m *Model) Cancelled() bool { return m.cancelled }

// install makes the loaded entries the reader's: a list for several, the
// article for one.
func (m *Model) install(entries []Entry) {
	m.opts.Entries = entries
	if len(entries) > 1 {
		m.hasList, m.screen = true, screenList
		m.list = newArticleList(entries, m.st)
	}
	if len(entries) > 0 {
		m.openEntry(0)
	}
	if m.hasList {
		m.screen = screenList
		if m.w > 0 && m.h > 0 {
			m.list.SetSize(m.w, max(m.h-1, 1))
		}
	}
}

// handleLoaded opens what Options.Load returned, or shows why nothing
// loaded.
func (m *Model) handleLoaded(msg loadedMsg) tea.Cmd {
	if !m.loading {
		return nil
	}
	m.loading = false
	m.loadErrs = msg.l.Errors
	if len(msg.l.Entries) == 0 {
		m.failed = true
		e := firstLine(msg.l.Errors)
		if e == "" {
			e = "nothing to read"
		}
		m.setStatus(e, true)
		return nil
	}
	m.install(msg.l.Entries)
	m.setStatus(msg.l.Status, msg.l.Status != "")
	cmd := m.relayout()
	if m.e.Pending {
		cmd = tea.Batch(cmd, analyzeCmd(m.cur, m.e.A, m.opts.Analyze))
	}
	return cmd
}

// handleWaitKey handles keys on the loading and failure screens: quit
// and back end the program, the rest do nothing.
func (m *Model) handleWaitKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Quit) || key.Matches(msg, m.keys.Back) || msg.String() == "ctrl+c" {
		m.cancelled = m.loading
		return tea.Quit
	}
	return nil
}

// waitView is the loading screen (spinner and what is fetched) or the
// failure screen (the error and how to leave), centred.
func (m *Model) waitView() string {
	var lines []string
	if m.loading {
		lines = []string{m.spin.View() + " fetching " + clean(m.opts.Loading) + "…",
			m.st.Faint.Render("esc or q cancels")}
	} else {
		lines = []string{m.st.Error.Render("brief: "+clean(m.status)) + m.st.Faint.Render(" · press q to quit")}
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.w, "…")
	}
	block := lipgloss.JoinVertical(lipgloss.Center, lines...)
	return lipgloss.Place(m.w, m.h, lipgloss.Center, lipgloss.Center, block)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
