// Package ui is brief's terminal reader: the article with its brief, the
// quotes and timeline panes, quote jumping, search and copying, built on
// Bubble Tea v2.
//
// Usage:
//
//	m := ui.New(ui.Options{Entries: entries})
//	_, err := tea.NewProgram(m).Run()
package ui

import (
	"context"
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/clipboard"
	"github.com/brief-reader/brief/internal/summary"
)

// Entry is one article with its analysis.
type Entry struct {
	A *article.Article
	S summary.Summary
	// Pending marks an entry whose analysis has not run yet: the reader
	// runs it in a Cmd (with Options.Analyze) and shows the article
	// meanwhile. Used for long articles, where analysis takes a while.
	Pending bool
}

// Options configure New.
type Options struct {
	// Entries are the articles to read; several open a list first.
	Entries []Entry
	// Analyze is used when a teaser's full page is fetched.
	Analyze summary.Options
	// Theme is "auto" (ask the terminal), "dark", "light" or "none".
	Theme string
	// NoColor forces the colourless theme (NO_COLOR).
	NoColor bool
	// Keys rebinds keys by binding name (from the config file).
	Keys map[string][]string
	// Status is shown in the status line at start (e.g. a config error).
	Status string
	// Getenv reads the environment (clipboard multiplexer and SSH
	// detection); os.Getenv when nil.
	Getenv func(string) string
	// NativeCopy puts text on the native clipboard; clipboard.Native when
	// nil.
	NativeCopy func(string) error
	// Context bounds the fetches of teaser pages.
	Context context.Context
	// Width and Height are the terminal size when known before the program
	// runs: the article starts rendering in Init instead of waiting for the
	// first window size message.
	Width, Height int
	// Start is when the program started; the debug log reports the time to
	// the first full frame from it.
	Start time.Time
	// Load, when set and Entries is empty, loads the entries in a Cmd
	// after the program starts (slow sources such as URLs); a spinner
	// and Loading ("fetching <Loading>…") show meanwhile. Its context is
	// Context.
	Load func(context.Context) Loaded
	// Loading names what Load fetches.
	Loading string
}

type pane int

const (
	paneArticle pane = iota
	paneBrief
	paneQuotes
	paneTimeline
	// paneHelpScreen stands for the full help screen in the short help.
	paneHelpScreen
)

type screen int

const (
	screenReader screen = iota
	screenList
)

// Model is the root model of the reader.
type Model struct {
	opts    Options
	keys    KeyMap
	st      Styles
	autoBG  bool
	w, h    int
	screen  screen
	list    list.Model
	hasList bool
	help    help.Model
	showAll bool
	helpTop int
	spin    spinner.Model
	input   textinput.Model

	// the open article
	cur      int
	e        Entry
	gen      int
	cache    map[int]*rendered
	pending  map[int]bool
	rd       *rendered
	marks    [markCount][]article.Span
	fetching bool

	focus     pane
	top       int // article pane scroll, in pane lines (brief block included)
	anchor    int // text offset at the top of the article pane, -1 in the brief
	folded    bool
	briefTop  int
	quoteSel  int
	eventSel  int
	quoteTop  int
	eventTop  int
	searching bool
	query     string
	matches   []article.Span
	matchIdx  int
	status    string
	statusErr bool
	lastCopy  string
	// copyStatus is the status set by the last copy, which the native
	// clipboard's late answer may extend.
	copyStatus string
	drawn      bool
	initCmd    tea.Cmd

	// loading is true until Options.Load answers; failed when it loaded
	// nothing; cancelled when the user quit before it answered.
	loading, failed, cancelled bool
	loadErrs                   string

	lay layout
}

// New builds the reader model.
func New(opts Options) *Model {
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	if opts.NativeCopy == nil {
		opts.NativeCopy = clipboard.Native
	}
	if opts.Context == nil {
		opts.Context = context.Background()
	}
	m := &Model{opts: opts, keys: DefaultKeyMap(), status: opts.Status, statusErr: opts.Status != ""}
	if err := m.keys.Rebind(opts.Keys); err != nil {
		m.setStatus(err.Error(), true)
	}
	theme := Theme(opts.Theme)
	switch {
	case opts.NoColor:
		theme = ThemeNone
	case theme != ThemeDark && theme != ThemeLight && theme != ThemeNone:
		theme, m.autoBG = ThemeDark, true
	}
	m.st = DefaultStyles(theme)
	m.help = help.New()
	m.help.Styles = m.st.Help
	m.spin = spinner.New(spinner.WithSpinner(spinner.Dot))
	m.input = textinput.New()
	m.input.Prompt = "/"
	m.input.Placeholder = "search the article · enter finds · esc cancels"
	m.install(opts.Entries)
	m.loading = len(opts.Entries) == 0 && opts.Load != nil
	if opts.Width > 0 && opts.Height > 0 {
		m.w, m.h = opts.Width, opts.Height
		if m.hasList {
			m.list.SetSize(m.w, max(m.h-1, 1))
		}
		m.initCmd = m.relayout()
	}
	return m
}

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd {
	cmd := m.initCmd
	m.initCmd = nil
	if m.e.Pending {
		cmd = tea.Batch(cmd, analyzeCmd(m.cur, m.e.A, m.opts.Analyze))
	}
	if m.loading {
		cmd = tea.Batch(cmd, m.spin.Tick, loadCmd(m.opts.Context, m.opts.Load))
	}
	if m.autoBG {
		return tea.Batch(cmd, tea.RequestBackgroundColor)
	}
	return cmd
}

// openEntry makes entry i the open article and resets the reader state.
func (m *Model) openEntry(i int) {
	m.cur, m.e = i, m.opts.Entries[i]
	m.gen++
	m.cache, m.pending, m.rd = map[int]*rendered{}, map[int]bool{}, nil
	m.top, m.anchor, m.briefTop = 0, -1, 0
	m.quoteSel, m.eventSel, m.quoteTop, m.eventTop = -1, -1, 0, 0
	m.query, m.matches, m.matchIdx = "", nil, -1
	m.focus = paneArticle
	m.buildMarks()
	m.screen = screenReader
}

func (m *Model) setStatus(s string, isErr bool) {
	m.status, m.statusErr = s, isErr
}

// quotes and events of the open article.
func (m *Model) quotes() []summary.Quote { return m.e.S.Quotes }
func (m *Model) events() []summary.Event { return m.e.S.Timeline }
