package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// bigEntry repeats the test story until the text reaches n bytes.
func bigEntry(tb testing.TB, n int) Entry {
	tb.Helper()
	var paras []string
	size := 0
	for size < n {
		for _, p := range storyParas {
			paras = append(paras, p)
			size += len(p) + 2
		}
	}
	return entryOf(tb, "Big", paras)
}

// BenchmarkKeypress measures one key through Update and View (the frame
// the program would draw) with the article already rendered.
func BenchmarkKeypress(b *testing.B) {
	for _, bc := range []struct {
		name string
		size int
	}{{"5KB", 5 << 10}, {"1MB", 1 << 20}} {
		b.Run(bc.name, func(b *testing.B) {
			e := bigEntry(b, bc.size)
			m := New(Options{Entries: []Entry{e}, Theme: "dark",
				Getenv: func(string) string { return "" }, NativeCopy: func(string) error { return nil }})
			drive(m, tea.WindowSizeMsg{Width: 160, Height: 48})
			if m.rd == nil {
				b.Fatal("not rendered")
			}
			keys := []tea.KeyPressMsg{keyMsg("]"), keyMsg("j"), keyMsg("}"), keyMsg("space"), keyMsg("[")}
			b.SetBytes(int64(len(e.A.Text)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m.Update(keys[i%len(keys)])
				_ = m.View()
			}
		})
	}
}

// BenchmarkRender measures the glamour render and offset mapping of a
// 5 KB article at 92 columns (done once per width, in a Cmd).
func BenchmarkRender(b *testing.B) {
	e := bigEntry(b, 5<<10)
	cfg := DefaultStyles(ThemeDark).glamourCfg
	b.SetBytes(int64(len(e.A.Text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := renderArticle(e.A, cfg, 92); err != nil {
			b.Fatal(err)
		}
	}
}
