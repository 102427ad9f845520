package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/summary"
)

// storyParas is a short wire story written for these tests.
var storyParas = []string{
	"LINDHOLM, June 3, 2025 (TNW) - The city council of Lindholm voted on Tuesday to close the old ferry terminal by the end of the year, ending 140 years of crossings to the island of Sorvik.",
	"Mayor Anna Keller said the decision was painful but unavoidable. \"We cannot keep patching a pier that the sea is taking back,\" Keller told the council. \"The money is gone and so is the patience of the engineers.\"",
	"Residents of Sorvik, about 1,200 people, will rely on a new bridge that is due to open in March 2026. Until then a temporary shuttle boat will run every 40 minutes.",
	"Ferry captain Jonas Berg, who has worked the route for 31 years, was less forgiving. \"Nobody asked the people on the boat,\" he said. \"We heard about it on the radio.\"",
	"The council estimates that repairs would have cost about 18 million crowns, nearly twice the yearly budget for roads. The vote passed by 23 to 8.",
	"Keller said the council would meet the island's residents on Thursday. \"Every question will get an answer,\" she said.",
}

// fixture builds an article and a hand-made analysis of storyParas.
func fixture(tb testing.TB) Entry {
	tb.Helper()
	return entryOf(tb, "Lindholm votes to close its ferry terminal", storyParas)
}

func entryOf(tb testing.TB, title string, paras []string) Entry {
	tb.Helper()
	a := &article.Article{Source: "lindholm.txt", Title: title, Byline: "Maja Lund", URL: "https://example.org/lindholm",
		Published: time.Date(2025, 6, 3, 0, 0, 0, 0, time.UTC)}
	a.Dateline = article.Dateline{Place: "LINDHOLM", Agency: "TNW"}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p)
		a.Paragraphs = append(a.Paragraphs, article.Span{Start: start, End: b.Len()})
	}
	a.Text = b.String()
	for pi, p := range a.Paragraphs {
		s := p.Start
		for i := p.Start; i < p.End; i++ {
			if !strings.ContainsRune(".?!", rune(a.Text[i])) {
				continue
			}
			e := i + 1
			if e < p.End && a.Text[e] == '"' {
				e++
			}
			if e+1 < p.End && a.Text[e] == ' ' && (a.Text[e+1] == '"' || a.Text[e+1] >= 'A' && a.Text[e+1] <= 'Z') {
				a.Sentences = append(a.Sentences, article.Sentence{Span: article.Span{Start: s, End: e}, Paragraph: pi})
				s = e + 1
			}
		}
		a.Sentences = append(a.Sentences, article.Sentence{Span: article.Span{Start: s, End: p.End}, Paragraph: pi})
	}
	s := summary.Summary{Reference: a.Published}
	for i := 0; i < len(a.Sentences) && len(s.KeySentences) < 3; i += 3 {
		s.KeySentences = append(s.KeySentences, summary.KeySentence{Sentence: i})
	}
	s.Quotes = naiveQuotes(a)
	for _, f := range []string{"140 years", "1,200 people", "40 minutes", "18 million crowns"} {
		if i := strings.Index(a.Text, f); i >= 0 {
			s.Figures = append(s.Figures, summary.Figure{Span: article.Span{Start: i, End: i + len(f)}, Text: f, Sentence: a.SentenceAt(i)})
		}
	}
	for _, tx := range []struct{ text, label, date, what string }{
		{"Tuesday", "Tue 3 Jun", "2025-06-03", "council votes to close the terminal"},
		{"Thursday", "Thu 5 Jun", "2025-06-05", "council meets the residents"},
		{"March 2026", "Mar 2026", "2026-03", "new bridge due to open"},
	} {
		if i := strings.Index(a.Text, tx.text); i >= 0 {
			s.Timexes = append(s.Timexes, summary.Timex{Span: article.Span{Start: i, End: i + len(tx.text)}, Text: tx.text,
				Type: "DATE", Value: tx.date, Sentence: a.SentenceAt(i)})
			s.Timeline = append(s.Timeline, summary.Event{Date: tx.date, Label: tx.label, Event: tx.what,
				Timex: len(s.Timexes) - 1, Sentence: a.SentenceAt(i)})
		}
	}
	return Entry{A: a, S: s}
}

// naiveQuotes finds "..." pairs and names the speaker by a few known names.
func naiveQuotes(a *article.Article) []summary.Quote {
	var qs []summary.Quote
	for i := 0; i < len(a.Text); {
		j := strings.IndexByte(a.Text[i:], '"')
		if j < 0 {
			break
		}
		k := strings.IndexByte(a.Text[i+j+1:], '"')
		if k < 0 {
			break
		}
		st, en := i+j+1, i+j+1+k
		q := summary.Quote{Span: article.Span{Start: st, End: en}, Text: strings.TrimRight(a.Text[st:en], ",."), Sentence: a.SentenceAt(st)}
		switch {
		case strings.Contains(a.Text[max(0, st-300):min(len(a.Text), en+40)], "Berg"):
			q.Speaker, q.Cue = "Jonas Berg", "said"
		default:
			q.Speaker, q.Cue = "Anna Keller", "told the council"
		}
		qs = append(qs, q)
		i = en + 1
	}
	return qs
}

// keyMsg builds a key press from its string form.
func keyMsg(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// drive sends msg and runs the resulting commands that matter to the
// model (renders, fetches), synchronously.
func drive(m *Model, msgs ...tea.Msg) {
	for _, msg := range msgs {
		_, cmd := m.Update(msg)
		runCmd(m, cmd)
	}
}

func runCmd(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			runCmd(m, c)
		}
	case renderedMsg, fetchedMsg, nativeCopiedMsg, analyzedMsg:
		_, next := m.Update(msg)
		runCmd(m, next)
	}
}

// typeText types into a text input, without running its (cursor blink)
// commands.
func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(keyMsg(string(r)))
	}
}

// typeKeys sends each key of a space-free string.
func typeKeys(m *Model, keys ...string) {
	for _, k := range keys {
		drive(m, keyMsg(k))
	}
}

// newTestModel opens entries in a colourless model of size w×h with a
// fake environment.
func newTestModel(tb testing.TB, w, h int, entries ...Entry) (*Model, *string) {
	tb.Helper()
	var native string
	m := New(Options{Entries: entries, Theme: "none",
		Getenv:     func(string) string { return "" },
		NativeCopy: func(s string) error { native = s; return nil }})
	drive(m, tea.WindowSizeMsg{Width: w, Height: h})
	if m.rd == nil && m.screen == screenReader {
		tb.Fatalf("article not rendered after the first resize")
	}
	return m, &native
}
