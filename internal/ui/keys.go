package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
)

// KeyMap holds every key binding of the reader. One KeyMap drives both the
// key handling and the help bar; the config file rebinds entries by their
// snake_case name (see Names).
type KeyMap struct {
	NextQuote   key.Binding
	PrevQuote   key.Binding
	NextEvent   key.Binding
	PrevEvent   key.Binding
	Speaker     key.Binding
	Jump        key.Binding
	NextPane    key.Binding
	PrevPane    key.Binding
	TabArticle  key.Binding
	TabBrief    key.Binding
	TabQuotes   key.Binding
	TabTimeline key.Binding
	Down        key.Binding
	Up          key.Binding
	PageDown    key.Binding
	PageUp      key.Binding
	Top         key.Binding
	Bottom      key.Binding
	Search      key.Binding
	NextMatch   key.Binding
	PrevMatch   key.Binding
	Fold        key.Binding
	CopyBrief   key.Binding
	CopyQuote   key.Binding
	Open        key.Binding
	Back        key.Binding
	Help        key.Binding
	Quit        key.Binding
}

func bind(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NextQuote:   bind("]", "next quote", "]"),
		PrevQuote:   bind("[", "prev quote", "["),
		NextEvent:   bind("}", "next event", "}"),
		PrevEvent:   bind("{", "prev event", "{"),
		Speaker:     bind("s", "speaker's next quote", "s"),
		Jump:        bind("enter", "jump to it", "enter"),
		NextPane:    bind("tab", "next pane", "tab"),
		PrevPane:    bind("shift+tab", "prev pane", "shift+tab"),
		TabArticle:  bind("1", "article", "1"),
		TabBrief:    bind("2", "brief", "2"),
		TabQuotes:   bind("3", "quotes", "3"),
		TabTimeline: bind("4", "timeline", "4"),
		Down:        bind("j/↓", "down", "j", "down"),
		Up:          bind("k/↑", "up", "k", "up"),
		PageDown:    bind("space", "page down", "space", "pgdown", "f"),
		PageUp:      bind("b", "page up", "b", "pgup"),
		Top:         bind("g", "top", "g", "home"),
		Bottom:      bind("G", "bottom", "G", "end"),
		Search:      bind("/", "search", "/"),
		NextMatch:   bind("n", "next match", "n"),
		PrevMatch:   bind("N", "prev match", "N"),
		Fold:        bind("z", "fold brief", "z"),
		CopyBrief:   bind("y", "copy brief", "y"),
		CopyQuote:   bind("Y", "copy quote", "Y"),
		Open:        bind("o", "open link", "o"),
		Back:        bind("esc", "back", "esc"),
		Help:        bind("?", "help", "?"),
		Quit:        bind("q", "quit", "q", "ctrl+c"),
	}
}

// Names maps each binding's config name to the binding.
func (k *KeyMap) Names() map[string]*key.Binding {
	return map[string]*key.Binding{
		"next_quote":   &k.NextQuote,
		"prev_quote":   &k.PrevQuote,
		"next_event":   &k.NextEvent,
		"prev_event":   &k.PrevEvent,
		"speaker":      &k.Speaker,
		"jump":         &k.Jump,
		"next_pane":    &k.NextPane,
		"prev_pane":    &k.PrevPane,
		"tab_article":  &k.TabArticle,
		"tab_brief":    &k.TabBrief,
		"tab_quotes":   &k.TabQuotes,
		"tab_timeline": &k.TabTimeline,
		"down":         &k.Down,
		"up":           &k.Up,
		"page_down":    &k.PageDown,
		"page_up":      &k.PageUp,
		"top":          &k.Top,
		"bottom":       &k.Bottom,
		"search":       &k.Search,
		"next_match":   &k.NextMatch,
		"prev_match":   &k.PrevMatch,
		"fold":         &k.Fold,
		"copy_brief":   &k.CopyBrief,
		"copy_quote":   &k.CopyQuote,
		"open":         &k.Open,
		"back":         &k.Back,
		"help":         &k.Help,
		"quit":         &k.Quit,
	}
}

// Rebind replaces the keys of the named bindings. Unknown names and empty
// key lists are reported in the error; the valid entries are still applied.
func (k *KeyMap) Rebind(keys map[string][]string) error {
	names := k.Names()
	var bad []string
	for name, ks := range keys {
		b, ok := names[name]
		if !ok {
			bad = append(bad, fmt.Sprintf("unknown binding %q", name))
			continue
		}
		if len(ks) == 0 {
			bad = append(bad, fmt.Sprintf("binding %q has no keys", name))
			continue
		}
		b.SetKeys(ks...)
		b.SetHelp(strings.Join(ks, "/"), b.Help().Desc)
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("keys: %s", strings.Join(bad, "; "))
	}
	return nil
}

// ShortHelp implements help.KeyMap: the bindings shown in the status bar.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextQuote, k.NextEvent, k.Search, k.CopyBrief, k.CopyQuote, k.NextPane, k.Help, k.Quit}
}

// paneHelp returns the short help for a focused pane: its own bindings
// first, then the global ones. n/N show only while a search is active.
func (k KeyMap) paneHelp(p pane, search bool) []key.Binding {
	var b []key.Binding
	if p == paneHelpScreen {
		close := key.NewBinding(key.WithKeys(k.Help.Keys()...), key.WithHelp(k.Help.Help().Key+"/esc", "close help"))
		return []key.Binding{k.Down, k.Up, k.Bottom, close, k.Quit}
	}
	if search {
		b = append(b, k.NextMatch, k.PrevMatch)
	}
	switch p {
	case paneQuotes:
		b = append(b, k.NextQuote, k.PrevQuote, k.Jump, k.Speaker, k.CopyQuote)
	case paneTimeline:
		b = append(b, k.NextEvent, k.PrevEvent, k.Jump)
	case paneBrief:
		b = append(b, k.Down, k.Up, k.CopyBrief)
	default:
		b = append(b, k.NextQuote, k.NextEvent, k.Search, k.Fold, k.CopyBrief, k.CopyQuote)
	}
	return append(b, k.NextPane, k.Help, k.Quit)
}

// FullHelp implements help.KeyMap: the columns of the full help screen.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextQuote, k.PrevQuote, k.Speaker, k.NextEvent, k.PrevEvent, k.Jump},
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.NextPane, k.PrevPane, k.TabArticle, k.TabBrief, k.TabQuotes, k.TabTimeline},
		{k.Search, k.NextMatch, k.PrevMatch, k.Fold, k.Open},
		{k.CopyBrief, k.CopyQuote, k.Back, k.Help, k.Quit},
	}
}
