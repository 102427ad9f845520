package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestGolden drives the program at fixed sizes with the ASCII colour
// profile and compares the final frame to testdata/TestGolden/<case>.golden
// (go test -update rewrites them). The goldens hold the text; the styles
// are checked by TestHighlightStyles.
func TestGolden(t *testing.T) {
	second := entryOf(t, "Island shuttle boat starts on Monday", storyParas[2:4])
	second.A.Source, second.A.SiteName = "shuttle.txt", "Sorvik Weekly"
	third := entryOf(t, "Council budget for roads", storyParas[4:5])
	third.A.Source = "roads.txt"
	tests := []struct {
		name    string
		w, h    int
		entries []Entry
		keys    []string
		wait    string
	}{
		{"reader_wide_160x48", 160, 48, nil, []string{"]", "]"}, "Timeline (3)"},
		{"reader_narrow_80x24", 80, 24, nil, []string{"]"}, "Lindholm voted"},
		{"narrow_quotes_80x24", 80, 24, nil, []string{"3", "j"}, "Lindholm voted"},
		{"narrow_timeline_80x24", 80, 24, nil, []string{"4"}, "Lindholm voted"},
		{"narrow_brief_80x24", 80, 24, nil, []string{"2"}, "Lindholm voted"},
		{"folded_160x48", 160, 48, nil, []string{"z"}, "Timeline (3)"},
		{"search_160x48", 160, 48, nil, []string{"/", "b", "o", "a", "t", "enter", "n"}, "Timeline (3)"},
		{"help_160x48", 160, 48, nil, []string{"?"}, "Timeline (3)"},
		{"help_80x24", 80, 24, nil, []string{"?"}, "Lindholm voted"},
		{"list_80x24", 80, 24, []Entry{fixture(t), second, third}, nil, "Sorvik Weekly"},
		{"list_160x48", 160, 48, []Entry{fixture(t), second, third}, nil, "Sorvik Weekly"},
		{"too_small_15x4", 15, 4, nil, nil, "small"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			entries := tc.entries
			if entries == nil {
				entries = []Entry{fixture(t)}
			}
			m := New(Options{Entries: entries, Theme: "dark",
				Getenv: func(string) string { return "" }, NativeCopy: func(string) error { return nil }})
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(tc.w, tc.h),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
			waitFor(t, tm, tc.wait)
			for _, k := range tc.keys {
				tm.Send(keyMsg(k))
			}
			time.Sleep(50 * time.Millisecond)
			tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			fm := tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).(*Model)
			var out bytes.Buffer
			w := &colorprofile.Writer{Forward: &out, Profile: colorprofile.Ascii}
			if _, err := w.WriteString(fm.View().Content); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, ansi.Strip(out.String()))
		})
	}
}

func waitFor(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(30*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}
