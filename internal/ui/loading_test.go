package ui

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/summary"
)

// slowStory is a short plain-text article served by slowServer.
const slowStory = `Harbour crane returns after repairs

The tallest crane at the north quay is back in service after six weeks of repairs, the port authority said on Monday.

"We lost a third of our capacity while it was down," said Mira Okafor, the authority's operations chief.
`

// slowServer serves slowStory as text/plain at /story.txt and a 404
// elsewhere, each once release is closed: the test decides when the
// answer comes, so the loading screen is seen for sure.
func slowServer(t *testing.T, release <-chan struct{}) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
			return
		}
		if r.URL.Path != "/story.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(slowStory))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// urlLoader loads url as the reader's Options.Load does.
func urlLoader(url string) func(context.Context) Loaded {
	return func(ctx context.Context) Loaded {
		arts, err := article.Load(ctx, url, article.Options{})
		if err != nil {
			return Loaded{Errors: err.Error(), Status: err.Error()}
		}
		var l Loaded
		for _, a := range arts {
			l.Entries = append(l.Entries, Entry{A: a, S: summary.Analyze(a, summary.Options{})})
		}
		return l
	}
}

// TestLoadingScreen runs the program on a slow URL: the loading screen
// comes first, then the article; a 404 shows its error and how to quit.
func TestLoadingScreen(t *testing.T) {
	tests := []struct {
		name, path string
		want       []string
		errs       bool
	}{
		{"article", "/story.txt", []string{"Harbour crane returns", "Mira Okafor"}, false},
		{"not found", "/gone.txt", []string{"HTTP status 404 Not Found", "press q to quit"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			url := slowServer(t, release).URL + tc.path
			m := New(Options{Load: urlLoader(url), Loading: url, Theme: "dark",
				Getenv: func(string) string { return "" }, NativeCopy: func(string) error { return nil }})
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
			out := &seen{}
			waitSeen(t, tm, out, "fetching "+url+"…")
			if bytes.Contains(out.b.Bytes(), []byte(tc.want[0])) {
				t.Fatalf("%q shown before the server answered", tc.want[0])
			}
			close(release)
			for _, w := range tc.want {
				waitSeen(t, tm, out, w)
			}
			tm.Send(keyMsg("q"))
			fm := tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).(*Model)
			if got := fm.LoadErrors() != ""; got != tc.errs {
				t.Errorf("LoadErrors() = %q, want errors: %v", fm.LoadErrors(), tc.errs)
			}
			if fm.Cancelled() {
				t.Error("Cancelled() after the load finished")
			}
		})
	}
}

// seen accumulates the program's output, which WaitFor consumes.
type seen struct{ b bytes.Buffer }

func waitSeen(t *testing.T, tm *teatest.TestModel, s *seen, want string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		s.b.Write(b)
		return bytes.Contains(s.b.Bytes(), []byte(want))
	}, teatest.WithDuration(30*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// TestLoadingUpdate drives the loading states through Update: the spinner
// screen, a cancel before the answer, a late answer ignored, and the
// failure screen.
func TestLoadingUpdate(t *testing.T) {
	blocked := func(ctx context.Context) Loaded { <-ctx.Done(); return Loaded{} }
	m := New(Options{Load: blocked, Loading: "https://example.test/a", Theme: "none", Width: 80, Height: 24})
	if m.Init() == nil {
		t.Fatal("Init returned no command: nothing loads")
	}
	if v := m.View().Content; !strings.Contains(v, "fetching https://example.test/a…") {
		t.Fatalf("loading view:\n%s", v)
	}
	drive(m, keyMsg("]"), tea.MouseWheelMsg{X: 3, Y: 3, Button: tea.MouseWheelDown})
	if !m.loading {
		t.Fatal("a reader key ended the loading screen")
	}
	for _, k := range []tea.KeyPressMsg{keyMsg("q"), keyMsg("esc"), {Code: 'c', Mod: tea.ModCtrl}} {
		m := New(Options{Load: blocked, Loading: "x", Theme: "none", Width: 80, Height: 24})
		if _, cmd := m.Update(k); cmd == nil || !m.Cancelled() {
			t.Errorf("%s on the loading screen: cmd %v, cancelled %v", k, cmd, m.Cancelled())
		} else if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s on the loading screen does not quit", k)
		}
	}
	m.Update(loadedMsg{l: Loaded{Errors: "https://example.test/a: 404 Not Found\nb.txt: no text"}})
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "brief: https://example.test/a: 404 Not Found · press q to quit") || strings.Contains(v, "b.txt") {
		t.Fatalf("failure view:\n%s", v)
	}
	if _, cmd := m.Update(keyMsg("q")); cmd == nil || m.Cancelled() {
		t.Errorf("q on the failure screen: cmd %v, cancelled %v", cmd, m.Cancelled())
	}
	e := fixture(t)
	m.Update(loadedMsg{l: Loaded{Entries: []Entry{e}}})
	if m.e.A != nil {
		t.Error("an answer after the failure opened an article")
	}
}
