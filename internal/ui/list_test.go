package ui

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestMouse(t *testing.T) {
	var paras []string
	for i := 0; i < 4; i++ {
		paras = append(paras, storyParas...)
	}
	m, _ := newTestModel(t, 160, 48, entryOf(t, "Mouse", paras))
	q := m.lay.quotes
	it := m.lay.qItems[1]
	drive(m, tea.MouseClickMsg{X: q.x + 4, Y: q.y + 1 + it.first - m.quoteTop, Button: tea.MouseLeft})
	if m.quoteSel != 1 || m.focus != paneQuotes {
		t.Fatalf("click on the second quote: sel %d focus %v", m.quoteSel, m.focus)
	}
	tl := m.lay.timeline
	drive(m, tea.MouseClickMsg{X: tl.x + 4, Y: tl.y + 1, Button: tea.MouseLeft})
	if m.eventSel != 0 || m.focus != paneTimeline {
		t.Fatalf("click on the first event: sel %d focus %v", m.eventSel, m.focus)
	}
	typeKeys(m, "g")
	drive(m, tea.MouseClickMsg{X: 5, Y: 10, Button: tea.MouseLeft})
	m.setTop(0)
	drive(m, tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	if m.top != 3 || m.focus != paneArticle {
		t.Fatalf("wheel over the article: top %d focus %v", m.top, m.focus)
	}
	drive(m, tea.MouseWheelMsg{X: q.x + 4, Y: q.y + 2, Button: tea.MouseWheelDown})
	if m.quoteTop != 3 || m.top != 3 {
		t.Fatalf("wheel over quotes: quoteTop %d, article top %d", m.quoteTop, m.top)
	}
}

func TestNarrowTabClick(t *testing.T) {
	m, _ := newTestModel(t, 80, 24, fixture(t))
	tab := m.lay.tabs[3]
	drive(m, tea.MouseClickMsg{X: tab[0] + 1, Y: 1, Button: tea.MouseLeft})
	if m.focus != paneTimeline {
		t.Fatalf("click on the Timeline tab: focus %v", m.focus)
	}
}

func TestListOpenAndBack(t *testing.T) {
	second := entryOf(t, "Island shuttle boat starts on Monday", storyParas[2:4])
	m, _ := newTestModel(t, 100, 30, fixture(t), second)
	if m.screen != screenList {
		t.Fatal("several articles do not open the list first")
	}
	typeKeys(m, "j", "enter")
	if m.screen != screenReader || m.cur != 1 || m.rd == nil {
		t.Fatalf("enter on the second item: screen %v cur %d", m.screen, m.cur)
	}
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "Island shuttle boat") {
		t.Fatalf("reader does not show the opened article:\n%s", v)
	}
	typeKeys(m, "esc")
	if m.screen != screenList {
		t.Fatal("esc does not return to the list")
	}
	typeKeys(m, "q")
}

func TestTeaserFetch(t *testing.T) {
	page := "<html><head><title>Full story</title></head><body><article><h1>Full story</h1>" +
		strings.Repeat("<p>The full page has much more text than the teaser, with \"a quote\" in it, she said.</p>", 8) +
		"</article></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(page))
	}))
	defer srv.Close()
	ok := entryOf(t, "Teaser one", storyParas[:1])
	ok.A.Teaser, ok.A.URL = true, srv.URL+"/story"
	bad := entryOf(t, "Teaser two", storyParas[1:2])
	bad.A.Teaser, bad.A.URL = true, srv.URL+"/missing"
	m := New(Options{Entries: []Entry{ok, bad}, Theme: "none", Context: context.Background(),
		Getenv: func(string) string { return "" }, NativeCopy: func(string) error { return nil }})
	drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	drive(m, keyMsg("enter"))
	if m.fetching || !strings.Contains(m.e.A.Text, "much more text") {
		t.Fatalf("teaser not replaced by the full page: status %q, text %q", m.status, m.e.A.Text)
	}
	drive(m, keyMsg("esc"), keyMsg("j"), keyMsg("enter"))
	if !m.statusErr || !strings.Contains(m.status, "teaser") || m.e.A.Title != "Teaser two" {
		t.Fatalf("failed fetch: status %q, title %q", m.status, m.e.A.Title)
	}
}

func TestThemeFollowsBackground(t *testing.T) {
	m := New(Options{Entries: []Entry{fixture(t)}, Theme: "auto"})
	if m.Init() == nil {
		t.Fatal("auto theme does not ask for the background colour")
	}
	drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	drive(m, tea.BackgroundColorMsg{Color: lightBG{}})
	if m.st.Theme != ThemeLight || m.rd == nil {
		t.Fatalf("light background: theme %v, rendered %v", m.st.Theme, m.rd != nil)
	}
	if n := New(Options{Entries: []Entry{fixture(t)}, Theme: "dark", NoColor: true}); n.st.Theme != ThemeNone || n.Init() != nil {
		t.Fatalf("NO_COLOR: theme %v", n.st.Theme)
	}
}

type lightBG struct{}

func (lightBG) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }
