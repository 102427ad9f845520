package ui

import (
	"context"
	"errors"
	"os/exec"
	"runtime"

	tea "charm.land/bubbletea/v2"
	gansi "charm.land/glamour/v2/ansi"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/summary"
)

// renderedMsg carries an article rendered at one width.
type renderedMsg struct {
	gen   int
	width int
	rd    *rendered
	err   error
}

// fetchedMsg carries the full page of a teaser feed item.
type fetchedMsg struct {
	idx int
	e   Entry
	err error
}

// analyzedMsg carries the analysis of entry idx.
type analyzedMsg struct {
	idx int
	a   *article.Article
	s   summary.Summary
}

// analyzeCmd analyses a off the UI goroutine.
func analyzeCmd(idx int, a *article.Article, opts summary.Options) tea.Cmd {
	return func() tea.Msg {
		return analyzedMsg{idx: idx, a: a, s: summary.Analyze(a, opts)}
	}
}

// nativeCopiedMsg reports the native clipboard's answer.
type nativeCopiedMsg struct{ err error }

// openedMsg reports the browser launch of url.
type openedMsg struct {
	url string
	err error
}

// renderCmd renders a at width off the UI goroutine. When the article is
// much longer than a screen of height lines, a quick rendering of its
// opening comes first, so the first frame does not wait for the rest. It
// captures values only.
func renderCmd(gen int, a *article.Article, cfg gansi.StyleConfig, width, height int) tea.Cmd {
	full := func() tea.Msg {
		rd, err := renderArticle(a, cfg, width)
		return renderedMsg{gen: gen, width: width, rd: rd, err: err}
	}
	k := screenful(a, width, height)
	if k >= len(a.Paragraphs)*2/3 {
		return full
	}
	prefix := func() tea.Msg {
		rd, err := renderParas(a, cfg, width, k)
		return renderedMsg{gen: gen, width: width, rd: rd, err: err}
	}
	return tea.Batch(prefix, full)
}

// screenful estimates how many paragraphs fill height lines at width
// (plus a margin), from their lengths.
func screenful(a *article.Article, width, height int) int {
	lines := 0
	for i, p := range a.Paragraphs {
		if lines >= height+8 {
			return i
		}
		lines += (p.End-p.Start)/max(width, 1) + 2
	}
	return len(a.Paragraphs)
}

// fetchCmd loads the full page behind a teaser and analyses it.
func fetchCmd(ctx context.Context, idx int, teaser *article.Article, opts summary.Options) tea.Cmd {
	url := teaser.URL
	return func() tea.Msg {
		arts, err := article.Load(ctx, url, article.Options{})
		if err != nil {
			return fetchedMsg{idx: idx, err: err}
		}
		if len(arts) == 0 || len(arts[0].Paragraphs) == 0 {
			return fetchedMsg{idx: idx, err: errors.New("the page has no article text")}
		}
		a := arts[0]
		if a.Title == "" {
			a.Title = teaser.Title
		}
		if a.Published.IsZero() {
			a.Published = teaser.Published
		}
		if a.SiteName == "" {
			a.SiteName = teaser.SiteName
		}
		return fetchedMsg{idx: idx, e: Entry{A: a, S: summary.Analyze(a, opts)}}
	}
}

// nativeCopyCmd puts text on the native clipboard.
func nativeCopyCmd(copy func(string) error, text string) tea.Cmd {
	return func() tea.Msg { return nativeCopiedMsg{err: copy(text)} }
}

// openURLCmd opens url in the browser.
func openURLCmd(url string) tea.Cmd {
	return func() tea.Msg {
		name := "xdg-open"
		if runtime.GOOS == "darwin" {
			name = "open"
		}
		cmd := exec.Command(name, url)
		if err := cmd.Start(); err != nil {
			return openedMsg{url: url, err: err}
		}
		go func() { _ = cmd.Wait() }()
		return openedMsg{url: url}
	}
}

// handleOpened says whether the browser started; on failure it names the
// link so the user can copy it by hand.
func (m *Model) handleOpened(msg openedMsg) {
	switch {
	case errors.Is(msg.err, exec.ErrNotFound):
		m.setStatus("no browser opener found (xdg-open or open); the link is "+msg.url, true)
	case msg.err != nil:
		m.setStatus("could not open "+msg.url+": "+msg.err.Error(), true)
	default:
		m.setStatus("opened "+msg.url+" in the browser", false)
	}
}
