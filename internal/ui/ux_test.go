package ui

import (
	"errors"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/internal/clipboard"
	"github.com/brief-reader/brief/internal/summary"
)

// TestMarkStylesNotEmpty checks every highlight kind has a visible style in
// every theme (underlined styles used to come out empty).
func TestMarkStylesNotEmpty(t *testing.T) {
	for _, th := range []Theme{ThemeDark, ThemeLight, ThemeNone} {
		st := DefaultStyles(th)
		for k := markNone + 1; k < markCount; k++ {
			if g := st.marks[k]; g.pre == "" || g.post == "" {
				t.Errorf("theme %s: mark %d has no style: %q", th, k, g)
			}
		}
	}
}

// TestUnsortedFiguresHighlight checks figures reported out of text order
// are still highlighted.
func TestUnsortedFiguresHighlight(t *testing.T) {
	e := fixture(t)
	slices.Reverse(e.S.Figures)
	m, _ := newTestModel(t, 160, 48, e)
	fig := m.st.marks[markFigure]
	for _, f := range m.e.S.Figures {
		l := m.styleLine(m.rd, m.rd.lineOf(f.Start))
		if !strings.Contains(l, fig.pre+f.Text) {
			t.Errorf("figure %q not highlighted: %q", f.Text, l)
		}
	}
}

// lastLine is the status line of the view, without styles.
func lastLine(m *Model) string {
	lines := strings.Split(ansi.Strip(m.View().Content), "\n")
	return lines[len(lines)-1]
}

// TestStatusMessageReadable checks the status message is shown whole at
// 80 columns: it used to be cut to two thirds of the width.
func TestStatusMessageReadable(t *testing.T) {
	m, _ := newTestModel(t, 80, 24, fixture(t))
	typeKeys(m, "y")
	want := "summary copied (1.1 KB) via OSC 52 and the system clipboard"
	if got := lastLine(m); !strings.Contains(got, want) {
		t.Errorf("status line %q lacks %q", got, want)
	}
	if got := lastLine(m); ansi.StringWidth(got) != 80 {
		t.Errorf("status line is %d wide", ansi.StringWidth(got))
	}
}

// TestNativeCopyAnswer checks the native clipboard's answer is worded and
// only extends the copy's own message.
func TestNativeCopyAnswer(t *testing.T) {
	m := New(Options{Entries: []Entry{fixture(t)}, Theme: "none", Getenv: func(string) string { return "" },
		NativeCopy: func(string) error { return clipboard.ErrNoNative }})
	drive(m, tea.WindowSizeMsg{Width: 160, Height: 48})
	_, cmd := m.Update(keyMsg("y"))
	typeKeys(m, "]")
	runCmd(m, cmd)
	if strings.Contains(m.status, "clipboard") {
		t.Errorf("late native answer overwrote a newer status: %q", m.status)
	}
	typeKeys(m, "y")
	if !strings.HasSuffix(m.status, "no system clipboard tool") {
		t.Errorf("status %q does not say there is no clipboard tool", m.status)
	}
}

// TestOpenFailureNamesLink checks a missing browser opener is reported
// with the link.
func TestOpenFailureNamesLink(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	url := m.e.A.URL
	m.Update(openedMsg{url: url, err: &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound}})
	if !m.statusErr || !strings.Contains(m.status, url) || !strings.Contains(m.status, "no browser") {
		t.Errorf("status %q (error %v) does not explain the failure with the link", m.status, m.statusErr)
	}
	if got := lastLine(m); !strings.Contains(got, url) {
		t.Errorf("status line %q lacks the link", got)
	}
}

// TestScrollPercent checks the article pane title reads 0% at the top and
// 100% at the bottom.
func TestScrollPercent(t *testing.T) {
	m, _ := newTestModel(t, 80, 24, fixture(t))
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "Article · 0%") {
		t.Errorf("at the top the title does not read 0%%:\n%s", v)
	}
	typeKeys(m, "G")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "Article · 100%") {
		t.Errorf("at the bottom the title does not read 100%%:\n%s", v)
	}
}

// TestEmptyPanesSaySo checks the quotes and timeline panes of an article
// with neither explain themselves, in both layouts.
func TestEmptyPanesSaySo(t *testing.T) {
	e := fixture(t)
	e.S.Quotes, e.S.Timeline = nil, nil
	for _, size := range [][2]int{{160, 48}, {80, 24}} {
		m, _ := newTestModel(t, size[0], size[1], e)
		for _, tc := range []struct{ tab, want string }{{"3", "No quotes in this article"}, {"4", "No dated events in this article"}} {
			typeKeys(m, tc.tab)
			if v := ansi.Strip(m.View().Content); !strings.Contains(v, tc.want) {
				t.Errorf("%dx%d tab %s: no %q:\n%s", size[0], size[1], tc.tab, tc.want, v)
			}
		}
	}
}

// TestHeaderLedeFillsWidth checks an untitled article's lede is clipped
// to the header's room, not to a fixed 80 cells.
func TestHeaderLedeFillsWidth(t *testing.T) {
	e := fixture(t)
	e.A.Title = ""
	m, _ := newTestModel(t, 160, 48, e)
	head := strings.Split(ansi.Strip(m.View().Content), "\n")[0]
	lede := e.A.SentenceText(0)
	if !strings.Contains(head, lede[:100]) {
		t.Errorf("header %q does not show the lede's first 100 bytes", head)
	}
	if ansi.StringWidth(head) != 160 {
		t.Errorf("header is %d wide", ansi.StringWidth(head))
	}
}

// TestHelpMentionsMouse checks the full help tells about the mouse.
func TestHelpMentionsMouse(t *testing.T) {
	m, _ := newTestModel(t, 80, 24, fixture(t))
	typeKeys(m, "?")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "mouse: the wheel scrolls") {
		t.Errorf("full help does not mention the mouse:\n%s", v)
	}
}

// TestHeaderShowsReferenceDate checks an article without a publication
// date shows the --date reference in the header, like the copied brief.
func TestHeaderShowsReferenceDate(t *testing.T) {
	e := fixture(t)
	e.A.Published = time.Time{}
	e.S.Reference = time.Date(2024, 8, 23, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		w, h int
		want string
	}{{160, 48, "Fri 23 Aug 2024"}, {80, 24, "23 Aug 2024"}} {
		m, _ := newTestModel(t, tc.w, tc.h, e)
		if head := strings.Split(ansi.Strip(m.View().Content), "\n")[0]; !strings.Contains(head, tc.want) {
			t.Errorf("%dx%d header %q lacks %q", tc.w, tc.h, head, tc.want)
		}
	}
}

// TestTimelineScrollKeepsWholeItems checks that stepping through a long
// timeline keeps the selection in view and the pane starting on an
// item's label line.
func TestTimelineScrollKeepsWholeItems(t *testing.T) {
	e := fixture(t)
	ev := e.S.Timeline[0]
	ev.Event = "a description long enough to wrap onto a second line in a narrow timeline pane"
	e.S.Timeline = nil
	for range 12 {
		e.S.Timeline = append(e.S.Timeline, ev)
	}
	for _, size := range [][2]int{{120, 20}, {80, 24}, {130, 13}} {
		m, _ := newTestModel(t, size[0], size[1], e)
		for i := range e.S.Timeline {
			typeKeys(m, "}", "4")
			h := m.lay.timeline.h - 2
			it := m.lay.eItems[i]
			if it.first < m.eventTop || it.first+len(it.lines) > m.eventTop+h {
				t.Fatalf("%v: event %d (lines %d+%d) not in view at top %d, height %d", size, i, it.first, len(it.lines), m.eventTop, h)
			}
			if k := itemAt(m.lay.eItems, m.eventTop); m.lay.eItems[k].first != m.eventTop {
				t.Errorf("%v: after event %d the pane starts inside event %d", size, i, k)
			}
		}
	}
}

// TestMarkStylesDistinct checks no two highlight kinds share a style, so
// figures and search matches can be told apart without colour too.
func TestMarkStylesDistinct(t *testing.T) {
	for _, th := range []Theme{ThemeDark, ThemeLight, ThemeNone} {
		st := DefaultStyles(th)
		seen := map[string]int{}
		for k := markNone + 1; k < markCount; k++ {
			if j, ok := seen[st.marks[k].pre]; ok {
				t.Errorf("theme %s: marks %d and %d look the same (%q)", th, j, k, st.marks[k].pre)
			}
			seen[st.marks[k].pre] = k
		}
	}
}

// TestListNamesFilesShortly checks list items of local files show the
// file's name, not its whole path.
func TestListNamesFilesShortly(t *testing.T) {
	e := fixture(t)
	e.A.Source, e.A.Dateline.Agency = "/some/long/folder/path/story.txt", ""
	it := entryItem(0, e)
	if !strings.HasPrefix(it.desc, "story.txt · ") {
		t.Errorf("item description %q does not start with the file name", it.desc)
	}
}

// TestTeaserFailureSaysWhy checks a failed fetch puts the cause first,
// without repeating the link.
func TestTeaserFailureSaysWhy(t *testing.T) {
	a, b := fixture(t), fixture(t)
	m, _ := newTestModel(t, 80, 24, a, b)
	m.openEntry(0)
	m.fetching = true
	m.Update(fetchedMsg{idx: 0, err: errors.New(a.A.URL + ": dial tcp: no such host")})
	want := "showing the teaser; the full page failed: dial tcp: no such host"
	if m.status != want || !m.statusErr || m.fetching {
		t.Errorf("status %q (error %v, fetching %v), want %q", m.status, m.statusErr, m.fetching, want)
	}
}

// TestTabBarShowsFocusedTab checks the focused tab's name stays on screen
// however narrow the terminal.
func TestTabBarShowsFocusedTab(t *testing.T) {
	for _, w := range []int{20, 27, 33, 40, 47, 60} {
		m, _ := newTestModel(t, w, 24, fixture(t))
		for i, name := range tabNames {
			typeKeys(m, fmt.Sprint(i+1))
			bar := strings.Split(ansi.Strip(m.View().Content), "\n")[1]
			if !strings.Contains(bar, fmt.Sprintf("%d %s", i+1, name)) {
				t.Errorf("%d wide, tab %d focused: tab bar %q", w, i+1, bar)
			}
		}
	}
}

// TestNarrowHeaderKeepsTitle checks a narrow header drops the date before
// the title.
func TestNarrowHeaderKeepsTitle(t *testing.T) {
	for _, w := range []int{20, 30, 45} {
		m, _ := newTestModel(t, w, 10, fixture(t))
		head := strings.Split(ansi.Strip(m.View().Content), "\n")[0]
		if !strings.HasPrefix(head, " Lindholm") {
			t.Errorf("%d wide header %q does not start with the title", w, head)
		}
	}
}

// TestNextMatchWithoutSearch checks n before any search says what to do.
func TestNextMatchWithoutSearch(t *testing.T) {
	m, _ := newTestModel(t, 80, 24, fixture(t))
	typeKeys(m, "n")
	if !strings.Contains(m.status, "press /") {
		t.Errorf("n without a search: status %q", m.status)
	}
}

// TestEventPositionOnce checks the status line names the event position
// once when the timeline has focus.
func TestEventPositionOnce(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	typeKeys(m, "4", "enter")
	if got := lastLine(m); strings.Count(got, "event 1/") != 1 {
		t.Errorf("status line %q names the event position %d times", got, strings.Count(got, "event 1/"))
	}
}

// TestFramesAtBoundarySizes checks every frame is exactly the terminal's
// size around the layout thresholds, in every pane and state.
func TestFramesAtBoundarySizes(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	sizes := [][2]int{{19, 5}, {20, 5}, {20, 6}, {21, 7}, {79, 23}, {119, 9}, {120, 9}, {121, 7}, {121, 8}, {200, 60}}
	steps := [][]string{{"]"}, {"}"}, {"2"}, {"3", "j"}, {"4", "G"}, {"z"}, {"?"}, {"?"}, {"/", "x"}, {"esc"}, {"1", "G"}}
	for _, sz := range sizes {
		drive(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		for _, keys := range steps {
			for _, k := range keys {
				if m.searching || k == "/" {
					m.Update(keyMsg(k)) // no commands: the cursor would blink
				} else {
					drive(m, keyMsg(k))
				}
			}
			lines := strings.Split(m.View().Content, "\n")
			if len(lines) != sz[1] {
				t.Fatalf("%v after %v: %d lines", sz, keys, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w != sz[0] {
					t.Fatalf("%v after %v: line %d is %d wide: %q", sz, keys, i, w, ansi.Strip(l))
				}
			}
		}
	}
}

// TestSearchPromptExplainsKeys checks the empty search prompt says how to
// finish or cancel.
func TestSearchPromptExplainsKeys(t *testing.T) {
	m, _ := newTestModel(t, 80, 24, fixture(t))
	m.Update(keyMsg("/"))
	if got := lastLine(m); !strings.Contains(got, "enter finds · esc cancels") {
		t.Errorf("search prompt %q does not explain enter and esc", got)
	}
}

// TestTimelineLabelsFit checks a date label with a part of day is not
// clipped in the wide layout.
func TestTimelineLabelsFit(t *testing.T) {
	e := fixture(t)
	e.S.Timeline[1].Label = "Thu 13 Mar, night"
	m, _ := newTestModel(t, 160, 48, e)
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "Thu 13 Mar, night ") {
		t.Errorf("label clipped:\n%s", v)
	}
}

// TestWideArticleFollowsSelection checks that moving the selection in the
// quotes or timeline pane of the wide layout shows it in the article, and
// that the narrow layout stays on the list.
func TestWideArticleFollowsSelection(t *testing.T) {
	m, _ := newTestModel(t, 160, 30, fixture(t))
	typeKeys(m, "3", "j", "j", "j")
	q := m.quotes()[2]
	if m.quoteSel != 2 || m.top != lineShowing(m, q.Start)-1 && m.top != max(m.articleLines()-m.lay.artH, 0) {
		t.Errorf("after j×3 in quotes: sel %d, top %d, quote at line %d", m.quoteSel, m.top, lineShowing(m, q.Start))
	}
	typeKeys(m, "4", "j")
	if m.eventSel != 0 || m.focus != paneTimeline {
		t.Errorf("after j in timeline: sel %d focus %v", m.eventSel, m.focus)
	}
	n, _ := newTestModel(t, 80, 24, fixture(t))
	typeKeys(n, "3", "j", "j")
	if n.focus != paneQuotes || n.quoteSel != 1 {
		t.Errorf("narrow: j in quotes left focus %v sel %d", n.focus, n.quoteSel)
	}
}

// TestKeysWhileAnalysing checks the jump keys say the analysis is still
// running instead of claiming the article has no quotes, and the counts
// read "…" meanwhile.
func TestKeysWhileAnalysing(t *testing.T) {
	e := fixture(t)
	e.S, e.Pending = summary.Summary{}, true
	m := New(Options{Entries: []Entry{e}, Theme: "none", Width: 80, Height: 24})
	for _, k := range []string{"]", "}", "s"} {
		m.Update(keyMsg(k))
		if !strings.Contains(m.status, "still analysing") {
			t.Errorf("%s while analysing: status %q", k, m.status)
		}
	}
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "3 Quotes (…)") {
		t.Errorf("tab bar does not show the count as pending:\n%s", v)
	}
}

// TestNarrowFoldToggles checks z shows the Brief tab in the narrow layout
// and z again returns to the article.
func TestNarrowFoldToggles(t *testing.T) {
	m, _ := newTestModel(t, 80, 24, fixture(t))
	typeKeys(m, "z")
	if m.focus != paneBrief {
		t.Fatalf("z: focus %v, want the brief", m.focus)
	}
	typeKeys(m, "z")
	if m.focus != paneArticle {
		t.Errorf("z again: focus %v, want the article", m.focus)
	}
}

// TestBriefTabShowsScroll checks the narrow Brief tab shows how far it is
// scrolled when the brief is taller than the pane.
func TestBriefTabShowsScroll(t *testing.T) {
	m, _ := newTestModel(t, 40, 10, fixture(t))
	typeKeys(m, "2")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "Brief · 0%") {
		t.Errorf("brief tab title lacks 0%%:\n%s", v)
	}
	typeKeys(m, "G")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "Brief · 100%") {
		t.Errorf("brief tab title lacks 100%% at the bottom:\n%s", v)
	}
}

// TestHelpScrolls checks the full help can be scrolled to its end in a
// short terminal.
func TestHelpScrolls(t *testing.T) {
	m, _ := newTestModel(t, 80, 14, fixture(t))
	typeKeys(m, "?")
	if v := ansi.Strip(m.View().Content); strings.Contains(v, "q   quit") || !strings.Contains(v, "Help · ? or esc to close · 0%") {
		t.Fatalf("short help screen: want the top and a scroll position:\n%s", v)
	}
	typeKeys(m, "G")
	v := ansi.Strip(m.View().Content)
	for _, want := range []string{"q   quit", "mouse:", "100%"} {
		if !strings.Contains(v, want) {
			t.Errorf("help scrolled to the bottom lacks %q:\n%s", want, v)
		}
	}
	typeKeys(m, "?", "?")
	if !m.showAll || m.helpTop != 0 {
		t.Errorf("help reopened at %d, want the top", m.helpTop)
	}
}

// TestHelpScreenHints checks the status line hints fit the help screen.
func TestHelpScreenHints(t *testing.T) {
	m, _ := newTestModel(t, 120, 30, fixture(t))
	typeKeys(m, "?")
	if got := lastLine(m); !strings.Contains(got, "close help") || strings.Contains(got, "next quote") {
		t.Errorf("help screen hints %q", got)
	}
}

// TestEmptySearchClears checks an empty search says it cleared the
// previous one.
func TestEmptySearchClears(t *testing.T) {
	m, _ := newTestModel(t, 80, 24, fixture(t))
	m.runSearch("ferry")
	m.Update(keyMsg("/"))
	m.Update(keyMsg("enter"))
	if m.query != "" || len(m.matches) != 0 || m.status != "search cleared" {
		t.Errorf("empty search: query %q, %d matches, status %q", m.query, len(m.matches), m.status)
	}
}
