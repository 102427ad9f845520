package ui

import (
	"bytes"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/render"
	"github.com/brief-reader/brief/internal/summary"
)

func TestFixtureSanity(t *testing.T) {
	e := fixture(t)
	if len(e.S.Quotes) < 4 || len(e.S.Timeline) != 3 {
		t.Fatalf("fixture: %d quotes, %d events", len(e.S.Quotes), len(e.S.Timeline))
	}
	for _, q := range e.S.Quotes {
		if !strings.HasPrefix(e.A.Text[q.Start:q.End], q.Text) {
			t.Errorf("quote span %v = %q, want %q", q.Span, e.A.Text[q.Start:q.End], q.Text)
		}
	}
}

func TestFocusCycling(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
		want []pane
	}{
		{"wide tab", 160, 48, []string{"tab", "tab", "tab"}, []pane{paneQuotes, paneTimeline, paneArticle}},
		{"wide shift+tab", 160, 48, []string{"shift+tab", "shift+tab"}, []pane{paneTimeline, paneQuotes}},
		{"narrow tab", 80, 24, []string{"tab", "tab", "tab", "tab"}, []pane{paneBrief, paneQuotes, paneTimeline, paneArticle}},
		{"narrow numbers", 80, 24, []string{"3", "2", "4", "1"}, []pane{paneQuotes, paneBrief, paneTimeline, paneArticle}},
		{"wide 2 is the article", 160, 48, []string{"2"}, []pane{paneArticle}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := newTestModel(t, tc.w, tc.h, fixture(t))
			for i, k := range tc.keys {
				typeKeys(m, k)
				if m.focus != tc.want[i] {
					t.Fatalf("after %v focus = %v, want %v", tc.keys[:i+1], m.focus, tc.want[i])
				}
			}
		})
	}
}

// lineShowing returns the article pane line showing text offset off.
func lineShowing(m *Model, off int) int { return m.briefLen() + m.rd.lineOf(off) }

func TestQuoteJumps(t *testing.T) {
	for _, size := range [][2]int{{160, 48}, {80, 24}, {40, 12}} {
		m, _ := newTestModel(t, size[0], size[1], fixture(t))
		typeKeys(m, "]", "]", "]")
		if m.quoteSel != 2 {
			t.Fatalf("%v: after ] ×3 quoteSel = %d, want 2", size, m.quoteSel)
		}
		q := m.quotes()[2]
		line := lineShowing(m, q.Start)
		if line < m.top || line >= m.top+m.lay.artH {
			t.Fatalf("%v: quote line %d not in view [%d, %d)", size, line, m.top, m.top+m.lay.artH)
		}
		if line != m.top+1 && m.top != max(m.articleLines()-m.lay.artH, 0) {
			t.Errorf("%v: quote line %d, top %d: want one line of context above", size, line, m.top)
		}
		view := ansi.Strip(m.View().Content)
		words := strings.Fields(q.Text)
		if !strings.Contains(view, words[0]+" "+words[1]) {
			t.Errorf("%v: view does not show the quote %q", size, q.Text)
		}
		if m.marks[markSelQuote] == nil || m.marks[markSelQuote][0].Start > q.Start {
			t.Errorf("%v: selected quote not highlighted: %v", size, m.marks[markSelQuote])
		}
		typeKeys(m, "[")
		if m.quoteSel != 1 {
			t.Errorf("%v: after [ quoteSel = %d, want 1", size, m.quoteSel)
		}
		if size[0] < wideMin && m.focus != paneArticle {
			t.Errorf("%v: narrow quote jump left focus on %v", size, m.focus)
		}
	}
}

func TestWrapAround(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	typeKeys(m, "[")
	if want := len(m.quotes()) - 1; m.quoteSel != want {
		t.Fatalf("[ from nothing selects %d, want the last (%d)", m.quoteSel, want)
	}
	typeKeys(m, "]")
	if m.quoteSel != 0 {
		t.Fatalf("] after the last selects %d, want 0", m.quoteSel)
	}
}

func TestSpeakerCycle(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	typeKeys(m, "]", "s")
	qs := m.quotes()
	if qs[m.quoteSel].Speaker != qs[0].Speaker || m.quoteSel == 0 {
		t.Fatalf("s selected quote %d by %q, want another quote by %q", m.quoteSel, qs[m.quoteSel].Speaker, qs[0].Speaker)
	}
}

func TestTimelineJumps(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	typeKeys(m, "}", "}")
	if m.eventSel != 1 {
		t.Fatalf("after }} eventSel = %d, want 1", m.eventSel)
	}
	tx := m.e.S.Timexes[m.events()[1].Timex]
	if line := lineShowing(m, tx.Start); line < m.top || line >= m.top+m.lay.artH {
		t.Fatalf("event line %d not in view from %d", line, m.top)
	}
	if sp := m.marks[markSelEvent]; len(sp) != 1 || sp[0] != tx.Span {
		t.Errorf("selected event's date not highlighted: %v", sp)
	}
	typeKeys(m, "tab", "tab", "g", "enter")
	if m.focus != paneTimeline || m.eventSel != 0 {
		t.Fatalf("enter in the timeline: focus %v sel %d", m.focus, m.eventSel)
	}
}

func TestSearch(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	m.Update(keyMsg("/"))
	if !m.searching {
		t.Fatal("/ did not open the search prompt")
	}
	typeText(m, "council")
	typeKeys(m, "enter")
	want := strings.Count(strings.ToLower(m.e.A.Text), "council")
	if len(m.matches) != want || m.matchIdx != 0 {
		t.Fatalf("matches = %d (idx %d), want %d", len(m.matches), m.matchIdx, want)
	}
	if !strings.Contains(m.status, "match 1/") {
		t.Errorf("status %q lacks the match count", m.status)
	}
	typeKeys(m, "n", "n")
	if m.matchIdx != 2 {
		t.Errorf("after n n matchIdx = %d, want 2", m.matchIdx)
	}
	typeKeys(m, "N")
	if m.matchIdx != 1 || !strings.Contains(m.status, "match 2/") {
		t.Errorf("after N matchIdx = %d status %q", m.matchIdx, m.status)
	}
	line := lineShowing(m, m.matches[1].Start)
	if line < m.top || line >= m.top+m.lay.artH {
		t.Errorf("match line %d not in view", line)
	}
	typeKeys(m, "esc")
	if m.query != "" || len(m.matches) != 0 {
		t.Errorf("esc did not clear the search")
	}
}

func TestResizeKeepsPosition(t *testing.T) {
	paras := append([]string{}, storyParas...)
	for i := 0; i < 5; i++ {
		paras = append(paras, storyParas...)
	}
	m, _ := newTestModel(t, 160, 48, entryOf(t, "Long", paras))
	typeKeys(m, "G", "k", "k", "k", "k", "k")
	off := m.anchor
	if off <= 0 {
		t.Fatalf("anchor = %d after scrolling", off)
	}
	for _, sz := range [][2]int{{100, 30}, {60, 20}, {200, 60}, {160, 48}} {
		drive(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		if m.top == max(m.articleLines()-m.lay.artH, 0) {
			continue // clamped at the bottom
		}
		top := m.top - m.briefLen()
		lo, hi := int(m.rd.lo[top]), int(m.rd.hi[top])
		if off < lo || off > hi+1 {
			t.Fatalf("%v: top line shows [%d,%d), want offset %d", sz, lo, hi, off)
		}
	}
}

func TestCopy(t *testing.T) {
	m, native := newTestModel(t, 160, 48, fixture(t))
	drive(m, keyMsg("y"))
	var b bytes.Buffer
	if err := render.Markdown(&b, m.e.A, m.e.S); err != nil {
		t.Fatal(err)
	}
	if m.lastCopy != b.String() || *native != b.String() {
		t.Fatalf("y copied %q (native %q), want %q", m.lastCopy, *native, b.String())
	}
	if !strings.Contains(m.status, "summary copied (") || !strings.Contains(m.status, "OSC 52") {
		t.Errorf("status = %q", m.status)
	}
	drive(m, keyMsg("Y"))
	if !m.statusErr {
		t.Errorf("Y without a selected quote: status %q is not an error", m.status)
	}
	typeKeys(m, "]", "]")
	drive(m, keyMsg("Y"))
	if want := render.QuoteMarkdown(m.e.A, m.quotes()[1]); m.lastCopy != want {
		t.Errorf("Y copied %q, want %q", m.lastCopy, want)
	}
}

func TestNoPanicAnySize(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	typeKeys(m, "]", "}")
	for w := 0; w <= 130; w += 7 {
		for h := 0; h <= 50; h += 3 {
			drive(m, tea.WindowSizeMsg{Width: w, Height: h})
			typeKeys(m, "]", "tab", "j")
			v := m.View().Content
			if w == 0 || h == 0 {
				continue
			}
			lines := strings.Split(v, "\n")
			if len(lines) != h {
				t.Fatalf("%dx%d: %d lines", w, h, len(lines))
			}
			for i, l := range lines {
				if lw := ansi.StringWidth(l); lw != w {
					t.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, lw, ansi.Strip(l))
				}
			}
			if (w < minWidth || h < minHeight) && w >= 9 && !strings.Contains(v, "too small") {
				t.Fatalf("%dx%d: no too-small notice", w, h)
			}
		}
	}
}

func TestRebind(t *testing.T) {
	k := DefaultKeyMap()
	err := k.Rebind(map[string][]string{"next_quote": {"ctrl+n"}, "bogus": {"x"}})
	if err == nil || !strings.Contains(err.Error(), "bogus") {
		t.Fatalf("Rebind error = %v, want one naming bogus", err)
	}
	if got := k.NextQuote.Keys(); len(got) != 1 || got[0] != "ctrl+n" {
		t.Fatalf("next_quote keys = %v", got)
	}
	m := New(Options{Entries: []Entry{fixture(t)}, Theme: "none", Keys: map[string][]string{"nope": {"x"}}})
	if !m.statusErr || !strings.Contains(m.status, "nope") {
		t.Errorf("broken key config not reported: %q", m.status)
	}
}

func TestHelpListsBindings(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	typeKeys(m, "?")
	v := ansi.Strip(m.View().Content)
	for name, b := range m.keys.Names() {
		if !strings.Contains(v, b.Help().Desc) {
			t.Errorf("full help lacks %s (%q)", name, b.Help().Desc)
		}
	}
	typeKeys(m, "?")
	if m.showAll {
		t.Error("? did not close the help")
	}
}

func TestHighlightStyles(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	typeKeys(m, "]", "]")
	q := m.quotes()[1]
	line := m.rd.lineOf(q.Start)
	got := m.styleLine(m.rd, line)
	sel := m.st.marks[markSelQuote]
	if !strings.Contains(got, sel.pre) {
		t.Fatalf("line with the selected quote has no selected style: %q", got)
	}
	other := m.quotes()[0]
	if got := m.styleLine(m.rd, m.rd.lineOf(other.Start)); !strings.Contains(got, m.st.marks[markQuote].pre) {
		t.Errorf("line with another quote lacks the quote style: %q", got)
	}
	f := m.e.S.Figures[1]
	fl := m.styleLine(m.rd, m.rd.lineOf(f.Start))
	if !strings.Contains(fl, m.st.marks[markFigure].pre+f.Text) {
		t.Errorf("figure %q not highlighted: %q", f.Text, fl)
	}
	if ansi.Strip(fl) != string(m.rd.runes[m.rd.lineOf(f.Start)]) {
		t.Errorf("styling changed the text: %q", ansi.Strip(fl))
	}
}

func TestAlignment(t *testing.T) {
	e := fixture(t)
	st := DefaultStyles(ThemeNone)
	for _, w := range []int{12, 30, 57, 100} {
		rd, err := renderArticle(e.A, st.glamourCfg, w)
		if err != nil {
			t.Fatal(err)
		}
		for i, rs := range rd.runes {
			for j, r := range rs {
				o := rd.offs[i][j]
				if r == ' ' || o < 0 {
					continue
				}
				if got := []rune(e.A.Text[o:])[0]; got != r {
					t.Fatalf("w=%d line %d col %d: rune %q maps to %q at %d", w, i, j, r, got, o)
				}
			}
		}
		for s, sp := range e.A.Sentences {
			l := rd.sentLine[s]
			if int(rd.lo[l]) > sp.Start || int(rd.hi[l]) <= sp.Start {
				t.Errorf("w=%d sentence %d starts at %d, line %d shows [%d,%d)", w, s, sp.Start, l, rd.lo[l], rd.hi[l])
			}
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	e := entryOf(t, "Marks", []string{
		"1. Not a list *nor emphasis* _here_ # or [a link](x) see https://example.org/a_b_c. Done!",
		"- dash start > quote `code` <b>tag</b> 100% & more ~~strike~~",
	})
	rd, err := renderArticle(e.A, DefaultStyles(ThemeNone).glamourCfg, 60)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, rs := range rd.runes {
		got = append(got, strings.TrimSpace(string(rs)))
	}
	text := strings.Join(strings.Fields(strings.Join(got, " ")), " ")
	for _, want := range []string{"1. Not a list *nor emphasis* _here_ # or [a link](x)", "https://example.org/a_b_c. Done!",
		"- dash start > quote `code` <b>tag</b> 100% & more"} {
		if !strings.Contains(text, want) {
			t.Errorf("rendered %q lacks %q", text, want)
		}
	}
}

func TestCellWidth(t *testing.T) {
	for _, s := range []string{"", "abc", "\x1b[1mbold\x1b[m", "“quote” — ▸ │ ╭─", "é ü ß 6.5% €40",
		"\x1b]8;;https://x.org\x07link\x1b]8;;\x07", "中文 wide", "emoji 🚢 ship", "e\u0301 combining"} {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestEmptyArticle(t *testing.T) {
	e := Entry{A: &article.Article{Source: "empty.txt"}}
	for _, sz := range [][2]int{{160, 48}, {80, 24}, {20, 5}} {
		m, _ := newTestModel(t, sz[0], sz[1], e)
		typeKeys(m, "]", "[", "}", "{", "s", "enter", "tab", "j", "G", "z", "n", "y", "Y", "2", "3", "4", "?", "?")
		if v := m.View().Content; len(strings.Split(v, "\n")) != sz[1] {
			t.Fatalf("%v: view has the wrong height", sz)
		}
	}
}

func TestInitialSizeRendersInInit(t *testing.T) {
	m := New(Options{Entries: []Entry{fixture(t)}, Theme: "dark", Width: 160, Height: 48})
	runCmd(m, m.Init())
	if m.rd == nil || m.rd.width != m.lay.artW {
		t.Fatal("Init did not render the article at the known size")
	}
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	if cmd != nil {
		t.Error("the same size rendered again")
	}
}

func TestShortHelpFollowsFocus(t *testing.T) {
	m, _ := newTestModel(t, 160, 48, fixture(t))
	status := func() string { return ansi.Strip(m.statusLine()) }
	if s := status(); !strings.Contains(s, "search") || strings.Contains(s, "next match") {
		t.Errorf("article help = %q", s)
	}
	typeKeys(m, "tab")
	if s := status(); !strings.Contains(s, "speaker") {
		t.Errorf("quotes help = %q", s)
	}
	typeKeys(m, "shift+tab")
	m.runSearch("council")
	if s := status(); !strings.Contains(s, "next match") {
		t.Errorf("help during a search = %q", s)
	}
}

func TestSplitHeight(t *testing.T) {
	tests := []struct{ h, qn, en, want int }{
		{40, 60, 60, 20},
		{40, 60, 3, 36},
		{40, 10, 60, 10},
		{40, 2, 2, 36},
		{6, 60, 2, 3},
	}
	for _, tc := range tests {
		if got := splitHeight(tc.h, tc.qn, tc.en); got != tc.want {
			t.Errorf("splitHeight(%d, %d, %d) = %d, want %d", tc.h, tc.qn, tc.en, got, tc.want)
		}
	}
}

func TestLongArticleRendersOpeningFirst(t *testing.T) {
	var paras []string
	for len(paras) < 120 {
		paras = append(paras, storyParas...)
	}
	e := entryOf(t, "Long", paras)
	m := New(Options{Entries: []Entry{e}, Theme: "none"})
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	batch, ok := cmd().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("long article: render command is %T, want a batch of two", cmd())
	}
	m.Update(batch[0]())
	if m.rd == nil || !m.rd.partial {
		t.Fatal("the opening was not shown first")
	}
	q := m.quotes()[len(m.quotes())-1]
	m.selectQuote(len(m.quotes()) - 1)
	m.Update(batch[1]())
	if m.rd.partial {
		t.Fatal("the whole article did not replace the opening")
	}
	if line := lineShowing(m, q.Start); line < m.top || line >= m.top+m.lay.artH {
		t.Fatalf("quote jumped to during the render not in view: line %d, top %d", line, m.top)
	}
	r, err := newGlamour(m.st.glamourCfg, m.lay.artW)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := r.Render(markdownOf(e.A, 0, len(e.A.Paragraphs)))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.Trim(whole, "\n"), "\n")
	if len(want) != len(m.rd.lines) {
		t.Fatalf("chunked render has %d lines, one glamour call %d", len(m.rd.lines), len(want))
	}
	for i := range want {
		if w, g := strings.TrimRight(ansi.Strip(want[i]), " "), string(m.rd.runes[i]); w != g {
			t.Fatalf("line %d: chunked %q, whole %q", i, g, w)
		}
	}
}

func TestMetadataIsCleaned(t *testing.T) {
	e := fixture(t)
	e.A.Title = "Evil\x1b]0;pwned\x07 title"
	e.A.Byline = "Someone\x1b[2J"
	m, _ := newTestModel(t, 160, 48, e)
	v := m.View()
	if strings.Contains(v.Content, "\x1b]0;") || strings.Contains(v.Content, "\x1b[2J") || strings.ContainsRune(v.WindowTitle, 0x1b) {
		t.Fatalf("control sequences from metadata reached the screen")
	}
}

func TestPendingAnalysis(t *testing.T) {
	e := fixture(t)
	e.S, e.Pending = summary.Summary{}, true
	m := New(Options{Entries: []Entry{e}, Theme: "none", Width: 160, Height: 48})
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "analysing") {
		t.Errorf("pending analysis not shown:\n%s", v)
	}
	drive(m, keyMsg("y"))
	if !m.statusErr || m.lastCopy != "" {
		t.Errorf("y during the analysis: status %q", m.status)
	}
	runCmd(m, m.Init())
	if m.e.Pending || m.opts.Entries[0].Pending || m.rd == nil {
		t.Fatal("analysis or render did not arrive")
	}
	if len(m.marks[markQuote]) != len(m.quotes()) || len(m.lay.qItems) != len(m.quotes()) {
		t.Errorf("marks and quote items not rebuilt after the analysis")
	}
}

func TestLinksSurviveHighlight(t *testing.T) {
	e := entryOf(t, "Links", []string{"The full report is at https://example.org/report and runs to 90 pages."})
	m, _ := newTestModel(t, 160, 48, e)
	if !strings.Contains(m.rd.lines[0], "\x1b]8;") {
		t.Skip("glamour made no hyperlink")
	}
	got := m.styleLine(m.rd, 0) // the only sentence is a key sentence
	if !strings.Contains(got, "\x1b]8;;https://example.org/report\x07") ||
		!strings.Contains(got, m.st.marks[markKey].pre) {
		t.Fatalf("highlighted line lost its link: %q", got)
	}
	if ansi.Strip(got) != string(m.rd.runes[0]) {
		t.Fatalf("text changed: %q", ansi.Strip(got))
	}
}
