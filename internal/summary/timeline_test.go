package summary

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/sample"
)

// TestPortStrikeTimeline checks the dated events of the sample brief.
func TestPortStrikeTimeline(t *testing.T) {
	a := portStrike(t)
	ref := day("2025-03-14")
	tl := buildTimeline(a, findTimexes(a, ref), ref)
	type want struct{ date, end, precision, label string }
	wants := map[string]want{
		"three-week":      {"2025-02-21", "2025-03-14", "week", "since Fri 21 Feb"},
		"late last month": {"2025-02-21", "2025-02-28", "part of month", "late Feb"},
		"February 21":     {"2025-02-21", "2025-02-21", "day", "Fri 21 Feb"},
		"last week":       {"2025-03-03", "2025-03-09", "week", "week of 3 Mar"},
		"Tuesday":         {"2025-03-11", "2025-03-11", "day", "Tue 11 Mar"},
		"Thursday night":  {"2025-03-13", "2025-03-13", "day", "Thu 13 Mar, night"},
		"Saturday":        {"2025-03-15", "2025-03-15", "day", "Sat 15 Mar"},
		"next week":       {"2025-03-17", "2025-03-23", "week", "week of 17 Mar"},
		"March 21":        {"2025-03-21", "2025-03-21", "day", "Fri 21 Mar"},
		"this year":       {"2025", "2025", "year", "2025"},
		"2026":            {"2026", "2026", "year", "2026"},
	}
	tx := findTimexes(a, ref)
	seen := map[string]bool{}
	for i, e := range tl {
		if i > 0 && tl[i-1].Date > e.Date {
			t.Errorf("timeline not sorted: %q before %q", tl[i-1].Date, e.Date)
		}
		if e.Event == "" {
			t.Errorf("event %d (%s) has no description", i, e.Label)
		}
		text := tx[e.Timex].Text
		w, ok := wants[text]
		if !ok {
			continue
		}
		seen[text] = true
		if got := (want{e.Date, e.EndDate, e.Precision, e.Label}); got != w {
			t.Errorf("%q: got %+v, want %+v", text, got, w)
		}
	}
	for text := range wants {
		if !seen[text] {
			t.Errorf("no event for %q", text)
		}
	}
}

// TestTimelineEvents checks event descriptions on sentences in the wire
// style of the seed story.
func TestTimelineEvents(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The envoy said officials held \"useful talks\" Thursday night in Lisbon with work continuing on Friday.",
			"Envoy: officials held useful talks in Lisbon"},
		{"The last round of talks ended Friday in Rome without a deal.", "The last round of talks ended in Rome without a deal"},
		{"Port workers walked out on Monday, the union said.", "Port workers walked out"},
		// reported speech: the speaker named before a pronoun, the quote cut at ", and"
		{"The mayor of Orlin, Petra Hale, visited the site.\n\n\"Crews are already clearing the roads, and some of them will work all night,\" she said on Monday.",
			"Hale: Crews are clearing the roads"},
		// a clause opened by "and" borrows the subject of the clause before
		{"Fire chief Anton Ruiz said crews worked for ten hours Sunday night and would return to the hills on Tuesday.",
			"Ruiz: crews would return to the hills"},
		{"Ruiz said the new budget lifts spending by 4% this year and by a further 2% in 2027.",
			"Ruiz: the new budget lifts spending by a further 2%"},
		// a reduced relative clause is turned around
		{"The council backed the plan, up from the 10% the mayor proposed in January.",
			"The mayor proposed the 10%"},
		// a long subject loses its second modifier
		{"Efforts to rebuild the old bridge over the river at the edge of town started on Monday after months of delay.",
			"Efforts to rebuild the old bridge started"},
		// an expression that only sets the scene of reported speech: the speech is the event
		{"On Thursday, union leaders said the walkout would continue.", "Union leaders: the walkout would continue"},
		{"Late on Tuesday, the port authority said it would sue the union.", "Port authority: it would sue the union"},
		// never end on a preposition, article or conjunction
		{"Regional Health Minister Dana Olsen urged hospitals on Tuesday to delay planned operations to free up beds for the winter.",
			"Dana Olsen urged hospitals to delay planned operations to free up beds"},
	}
	ref := day("2024-08-23")
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			a, err := article.ParseText(strings.NewReader(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			tl := buildTimeline(a, findTimexes(a, ref), ref)
			for _, e := range tl {
				if e.Event == tc.want {
					return
				}
			}
			t.Errorf("buildTimeline(%q) = %+v, want an event %q", tc.text, tl, tc.want)
		})
	}
}

// TestRelativeTimeline checks that without a reference date the timeline
// counts from the story's day and invents no absolute date.
func TestRelativeTimeline(t *testing.T) {
	a := portStrike(t)
	tl := buildTimeline(a, findTimexes(a, time.Time{}), time.Time{})
	labels := map[string]string{}
	for _, e := range tl {
		if e.Precision == "relative" {
			labels[e.Label] = e.Date
			continue
		}
		if strings.HasPrefix(e.Date, "2025") {
			t.Errorf("invented absolute date %q (%s)", e.Date, e.Label)
		}
	}
	for label, date := range map[string]string{
		"Fri, story day": "D+0", "Thu, day before, night": "D-1", "Sat, day after": "D+1",
		"Fri, 7 days before": "D-7", "Tue, 3 days before": "D-3", "week before": "W-1",
		"week after": "W+1", "story year": "Y+0", "late month before": "M-1",
	} {
		if labels[label] != date {
			t.Errorf("label %q = %q, want %q (all: %v)", label, labels[label], date, labels)
		}
	}
}

func FuzzTimex(f *testing.F) {
	f.Add(sample.Text, "2025-03-14")
	f.Add("It ended Friday, late last month, on May 31, 2024-08-22 and 3/5/2024.", "")
	f.Add("the past three years, a year earlier, the third quarter, fiscal 1989", "1989-10-26")
	f.Add("10:35 a.m. EST Thursday, every day, nineteen ninety-six, the 1990s", "2000-02-29")
	f.Add("Minister to visit Orlin on Sunday\n\nShe left on Friday. July last year, at 10 p.m., the talks ended.", "")
	f.Fuzz(func(t *testing.T, text, ref string) {
		if !utf8.ValidString(text) {
			return
		}
		var r time.Time
		if d, err := time.Parse("2006-01-02", ref); err == nil {
			r = d
		}
		a, err := article.ParseText(strings.NewReader(text))
		if err != nil {
			return
		}
		tx := findTimexes(a, r)
		for i, x := range tx {
			if x.Start < 0 || x.End > len(a.Text) || x.Start >= x.End || a.Text[x.Start:x.End] != x.Text {
				t.Fatalf("timex %d: bad span %d:%d %q", i, x.Start, x.End, x.Text)
			}
			if x.Value == "" || x.Type == "" {
				t.Fatalf("timex %q: empty type or value", x.Text)
			}
			if i > 0 && tx[i-1].End > x.Start {
				t.Fatalf("timexes overlap: %q, %q", tx[i-1].Text, x.Text)
			}
		}
		// retagging with lazy word flags must equal retagging with all
		// flags: a matcher reading past txMaxLead would break this
		all := func(Timex) bool { return true }
		anchor := relAnchor(3)
		lazy := retagTimexes(a, anchor, tx, all)
		txRetagLazy = false
		eager := retagTimexes(a, anchor, tx, all)
		txRetagLazy = true
		if !reflect.DeepEqual(lazy, eager) {
			t.Fatalf("lazy retag differs:\n got %v\nwant %v", lazy, eager)
		}
		tl := buildTimeline(a, tx, r)
		for i, e := range tl {
			if e.Timex < 0 || e.Timex >= len(tx) {
				t.Fatalf("event %d: timex index %d out of range", i, e.Timex)
			}
			if !r.IsZero() && i > 0 && tl[i-1].Date > e.Date {
				t.Fatalf("timeline not sorted: %q before %q", tl[i-1].Date, e.Date)
			}
		}
	})
}

func BenchmarkTimex(b *testing.B) {
	text := strings.Repeat(sample.Text+"\n", 40)
	a, err := article.ParseText(strings.NewReader(text))
	if err != nil {
		b.Fatal(err)
	}
	ref := day("2025-03-14")
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		buildTimeline(a, findTimexes(a, ref), ref)
	}
}

// TestSplitWords checks splitWords against the plain definition of its
// words: quote marks stripped, lower case without surrounding
// punctuation, and the word lists and punctuation each flag stands for.
func TestSplitWords(t *testing.T) {
	lists := []struct {
		words map[string]bool
		f     evFlags
	}{
		{speechVerbs, evfSpeech}, {clauseWords, evfClause}, {fillerWords, evfFiller},
		{dropBefore, evfDropBefore}, {evDangling, evfDangling}, {evRelative, evfRelative},
		{evArticles, evfArticle}, {evNotName, evfNotName}, {evPronouns, evfPronoun},
		{evPreps, evfPrep}, {evModals, evfModal},
	}
	verb := func(w string) bool {
		return txPastIrregular[w] || txPresentCues[w] || speechVerbs[w] || txFutureCues[w] ||
			len(w) > 4 && strings.HasSuffix(w, "ed") && !txEdNotPast[w]
	}
	past := func(w string) bool {
		return !speechVerbs[w] && (txPastIrregular[w] && w != "ago" || strings.HasSuffix(w, "ed") && verb(w))
	}
	texts := []string{
		`The union SAID on Monday, "we will strike", and The Mayor's office (AFP) added: ‘No.’`,
		"Über-Chef ÉTÉ naïve WAS Were it's ``quoted'' “That” ‘who’ — Ago ago planned YEAR-ENDED,",
		"  \n\tTold\ttold.  Reportedly; ALSO. also... 'Also' 3.5% Talked talked Indeed,Proceeded ",
		"", " ", "x", "Ã\xff\xfe bad UTF-8 \xe2\x80 trailing \xe2",
		"'''Triple''' ``a` `B`` \"\"x\" “”“Y” IT'S it's '' ` ' \xe2\x80\x9c \xe2\x80 “Über” 'ÉTÉ' \"SAID\" “Ago”, ''Told''",
	}
	var sp evSplitter
	for _, text := range texts {
		for ts := -1; ts < len(text); ts += 7 {
			ws := sp.splitWords(&sp.ws, text, 0, len(text), ts, ts+5)
			var want []string
			for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }) {
				want = append(want, f)
			}
			if len(ws) != len(want) {
				t.Fatalf("%q: %d words, want %d", text, len(ws), len(want))
			}
			for k, w := range ws {
				raw := text[w.s:w.e]
				if raw != want[k] {
					t.Fatalf("%q word %d: %q, want %q", text, k, raw, want[k])
				}
				ww := raw
				if strings.ContainsAny(raw, "\"`'“”") {
					ww = quoteStripper.Replace(raw)
				}
				lo := strings.ToLower(strings.Trim(ww, ".,;:!?()'’‘"))
				var fl evFlags
				for _, l := range lists {
					if l.words[lo] {
						fl |= l.f
					}
				}
				if verb(lo) {
					fl |= evfVerb
				}
				if past(lo) {
					fl |= evfPast
				}
				if strings.ContainsAny(ww, ",;") {
					fl |= evfCommaSemi
				}
				if strings.Contains(ww, ".") {
					fl |= evfPeriod
				}
				tx := w.s < ts+5 && w.e > ts
				if w.w != ww || w.lo != lo || w.fl != fl || w.tx != tx {
					t.Errorf("%q: got {%q %q %b %v}, want {%q %q %b %v}", raw, w.w, w.lo, w.fl, w.tx, ww, lo, fl, tx)
				}
			}
		}
	}
}

// TestRelativeLabels pins the labels of the relative timeline for each
// kind of placement: parts of a day and of a month, weekends, durations
// that date a start, seasons, decades and partial dates.
func TestRelativeLabels(t *testing.T) {
	text := `Dock strike spreads to second port

On Tuesday, union leaders said the walkout would continue. The strike began late last month and talks resumed earlier this month, officials said on Thursday night.

By mid-March the backlog had doubled, and last weekend the port authority met the union. Next weekend a vote is planned. The three-week strike has cost exporters millions, and the 10-month dispute over pay is far from over.

Negotiations collapsed in the spring of last year, and again in the first quarter. A five-day stoppage followed this morning. He said on Monday afternoon that the 2-year campaign would end next week.

In the 1990s the port saw similar unrest. Early next month a mediator will arrive. The 6-month-old deal was signed in late January.
`
	a, err := article.ParseText(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range buildTimeline(a, findTimexes(a, time.Time{}), time.Time{}) {
		got = append(got, e.Date+" "+e.EndDate+" "+e.Label)
	}
	want := []string{
		"1990 1999 1990s", "XXXX-01 XXXX-01 Jan", "XXXX-03 XXXX-03 Mar", "Y-2 Y-2 2 years before",
		"Y-1 Y-1 year before", "M-10 M-10 10 months before", "M-10 M-10 10 months before", "W-3 W-3 3 weeks before",
		"M-1 M-1 late month before", "D-5 D-5 Thu, 5 days before, night", "D-3 D-3 this weekend",
		"M+0 M+0 early story month", "M+0 M+0 story month", "D-1 D-1 Mon, day before, afternoon",
		"D+0 D+0 Tue, story day", "D+0 D+0 Tue, story day, morning", "W+1 W+1 week after",
		"D+11 D+11 weekend after", "M+1 M+1 early month after",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("relative timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// quoteStripper is the plain definition of stripQuotes, which
// TestSplitWords compares it with.
var quoteStripper = strings.NewReplacer("\"", "", "“", "", "”", "", "``", "", "''", "")
