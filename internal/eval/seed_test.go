package eval

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestDateInterval(t *testing.T) {
	tests := []struct {
		value, mod, start, end string
		ok                     bool
	}{
		{"2024-08-16", "", "2024-08-16", "2024-08-16", true},
		{"2024-08-22TNI", "", "2024-08-22", "2024-08-22", true},
		{"2024-07", "", "2024-07-01", "2024-07-31", true},
		{"2024-07", "END", "2024-07-21", "2024-07-31", true},
		{"2024-02", "MID", "2024-02-11", "2024-02-20", true},
		{"2024-02", "START", "2024-02-01", "2024-02-10", true},
		{"2024", "", "2024-01-01", "2024-12-31", true},
		{"2024", "END", "2024-09-01", "2024-12-31", true},
		{"2024-W34", "", "2024-08-19", "2024-08-25", true},
		{"2024-W34-WE", "", "2024-08-24", "2024-08-25", true},
		{"2024-W34-3", "", "2024-08-21", "2024-08-21", true},
		{"2021-W01", "", "2021-01-04", "2021-01-10", true},
		{"2024-Q3", "", "2024-07-01", "2024-09-30", true},
		{"P10M", "", "", "", false},
		{"XXXX-WXX-1", "", "", "", false},
		{"PRESENT_REF", "", "", "", false},
		{"2024-02-30", "", "", "", false},
	}
	for _, tt := range tests {
		s, e, ok := DateInterval(tt.value, tt.mod)
		if ok != tt.ok {
			t.Errorf("DateInterval(%q, %q) ok = %v", tt.value, tt.mod, ok)
			continue
		}
		if ok && (s.Format(time.DateOnly) != tt.start || e.Format(time.DateOnly) != tt.end) {
			t.Errorf("DateInterval(%q, %q) = %s..%s, want %s..%s", tt.value, tt.mod,
				s.Format(time.DateOnly), e.Format(time.DateOnly), tt.start, tt.end)
		}
	}
}

func TestSameDates(t *testing.T) {
	d := func(s string) time.Time { x, _ := time.Parse(time.DateOnly, s); return x }
	tests := []struct {
		start, end, gs, ge string
		ok                 bool
	}{
		{"2024-08-16", "2024-08-16", "2024-08-16", "2024-08-16", true},
		{"2023-10-23", "2024-08-23", "2023-10", "2024-08-23", true},
		{"2024-07-01", "2024-07-31", "2024-07-21", "2024-07-31", false},
		{"2024-01-01", "2024-12-31", "2024-07-21", "2024-07-31", false},
		{"2024-08-23", "2024-08-23", "2024-08-23", "", true},
		{"2024-08-23", "2024-08-23", "", "", false},
	}
	for _, tt := range tests {
		if ok := SameDates(d(tt.start), d(tt.end), tt.gs, tt.ge); ok != tt.ok {
			t.Errorf("SameDates(%s, %s, %q, %q) = %v", tt.start, tt.end, tt.gs, tt.ge, ok)
		}
	}
}

// seedText is a short wire story in the seed's style, written for this test.
const seedText = `HARBOURTON (AP) - Dock workers ended their strike Friday, the union said.
Union leader Mara Quill said the deal was "a fair one," adding that talks resumed on Tuesday.
"We got what we came for. The ships can move," Quill told reporters. She called the old offer "an insult."
The strike began late last month and idled more than 2,000 workers over a three-week walkout.`

func seedGold() SeedGold {
	return SeedGold{
		ReferenceDate: "2025-03-14",
		KeySentences:  []string{"Dock workers ended their strike Friday, the union said."},
		Quotes: []SeedQuote{
			{Text: "a fair one", Speaker: "Mara Quill", Partial: true},
			{Text: "We got what we came for. The ships can move", Speaker: "Mara Quill"},
			{Text: "an insult", Speaker: "Mara Quill", Partial: true},
		},
		Timeline: []SeedTimeline{
			{Expr: "ended their strike Friday", Start: "2025-03-14", End: "2025-03-14"},
			{Expr: "on Tuesday", Start: "2025-03-11", End: "2025-03-11"},
			{Expr: "late last month", Start: "2025-02-21", End: "2025-02-28"},
			{Expr: "three-week walkout", Start: "2025-02", End: "2025-03-14"},
		},
		Figures: []SeedFigure{
			{Text: "more than 2,000", Value: fptr(2000)},
			{Text: "three-week", Value: fptr(3), Unit: "week"},
		},
	}
}

func TestCheckSeed(t *testing.T) {
	g := seedGold()
	span := func(sub string) Span { return at(t, seedText, sub, 1) }
	tx := func(sub, val, mod string) OutTimex { return OutTimex{Span: span(sub), Text: sub, Value: val, Mod: mod} }
	out := &Output{
		KeySentences: []OutKey{{0, "Dock workers ended their strike Friday, the union said."}, {3, "The strike began…"}},
		Quotes: []OutQuote{
			{Span: span("a fair one"), Speaker: sptr("Mara Quill")},
			{Span: span("We got what we came for. The ships can move"), Speaker: sptr("Quill")},
			{Span: span("an insult"), Speaker: sptr("the union")},
		},
		Timexes: []OutTimex{tx("Friday", "2025-03-14", ""), tx("Tuesday", "2025-03-04", ""),
			tx("late last month", "2025-02", "END"), tx("three-week", "P3W", "")},
		Figures: []OutFigure{{Span: span("2,000"), Value: fptr(2000)}, {Span: span("three"), Value: fptr(3), Unit: "weeks"}},
	}
	events := []SeedEvent{{Date: "2025-02-21", EndDate: "2025-03-14", Span: span("three-week")}}
	r := CheckSeed("test", g, seedText, out, events)
	want := SeedResult{Name: "test", QuotesFound: 3, QuotesRight: 2, Quotes: 3, DatesRight: 3, Dates: 4,
		FiguresValue: 2, FiguresRight: 2, Figures: 2, KeyMatched: 1, KeyPicked: 2, KeyGold: 1}
	misses := r.Misses
	r.Misses = nil
	if r.Pass() {
		t.Error("Pass() = true with a wrong speaker and a wrong date")
	}
	if r.Name != want.Name || r.QuotesFound != want.QuotesFound || r.QuotesRight != want.QuotesRight ||
		r.DatesRight != want.DatesRight || r.FiguresValue != want.FiguresValue ||
		r.FiguresRight != want.FiguresRight || r.KeyMatched != want.KeyMatched || r.KeyPicked != want.KeyPicked {
		t.Errorf("got %+v\nwant %+v", r, want)
	}
	if len(misses) != 2 {
		t.Errorf("misses %q, want the speaker of %q and the date of %q", misses, "an insult", "on Tuesday")
	}
}

func TestCheckSeedEmptyOutput(t *testing.T) {
	r := CheckSeed("empty", seedGold(), seedText, nil, nil)
	if r.QuotesFound != 0 || r.DatesRight != 0 || r.FiguresValue != 0 || len(r.Misses) != 3+4+2 {
		t.Errorf("got %+v", r)
	}
}

func TestLocateQuote(t *testing.T) {
	text := `He said now, then "now" and "now."`
	if s := locateQuote(text, "now", 0); text[s.Start-1] != '"' {
		t.Errorf("locateQuote preferred an unquoted occurrence at %d", s.Start)
	}
	if s := locateQuote(text, "absent", 0); s.Valid() {
		t.Errorf("locateQuote(absent) = %v", s)
	}
}

func TestLoadSeeds(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "story.txt"), []byte(seedText), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := `{"article": "story.txt", "reference_date": "2025-03-14", "quotes": [{"text": "an insult", "speaker": "Mara Quill"}]}`
	if err := os.WriteFile(filepath.Join(dir, "story.gold.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	cases, err := LoadSeeds(dir)
	if err != nil || len(cases) != 1 {
		t.Fatalf("LoadSeeds = %v, %v", cases, err)
	}
	c := cases[0]
	if c.Name != "story" || c.ArticlePath != filepath.Join(dir, "story.txt") || len(c.Gold.Quotes) != 1 {
		t.Errorf("got %+v", c)
	}
}
