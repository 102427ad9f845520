package article

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// splitText returns the sentences SplitSentences finds in the whole of s.
func splitText(s string) []string {
	var out []string
	for _, sp := range SplitSentences(s, Span{0, len(s)}) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The port reopened. Ships queued overnight.",
			[]string{"The port reopened.", "Ships queued overnight."}},
		{"question and exclamation", "Will it last? Nobody knows! Talks resume Monday.",
			[]string{"Will it last?", "Nobody knows!", "Talks resume Monday."}},
		{"titles", "Mr. Alvarez met Dr. Chen and Gen. Okafor. Sen. Ruiz and Rep. Hall stayed away. Gov. Lee, Lt. Col. Price and Mrs. Hart agreed.",
			[]string{"Mr. Alvarez met Dr. Chen and Gen. Okafor.", "Sen. Ruiz and Rep. Hall stayed away.", "Gov. Lee, Lt. Col. Price and Mrs. Hart agreed."}},
		{"country abbreviations inside", "The U.S. Navy and U.N. inspectors arrived, and U.K. officials watched.",
			[]string{"The U.S. Navy and U.N. inspectors arrived, and U.K. officials watched."}},
		{"U.S. ends a sentence", "The plan was drafted in the U.S. The talks resume next week.",
			[]string{"The plan was drafted in the U.S.", "The talks resume next week."}},
		{"U.S. before a proper noun", "He flew to the U.S. Capitol on Friday.",
			[]string{"He flew to the U.S. Capitol on Friday."}},
		{"months", "The strike began Jan. 5 and ended Feb. 20. Talks resumed Aug. 3, after a pause that ran into Sept. 1.",
			[]string{"The strike began Jan. 5 and ended Feb. 20.", "Talks resumed Aug. 3, after a pause that ran into Sept. 1."}},
		{"a.m. and p.m.", "The vote opened at 9 a.m. Friday and closed at 5 p.m. Officials counted overnight.",
			[]string{"The vote opened at 9 a.m. Friday and closed at 5 p.m.", "Officials counted overnight."}},
		{"a.m. with a time zone", "It starts at 10 a.m. ET on Monday.",
			[]string{"It starts at 10 a.m. ET on Monday."}},
		{"No. and St.", "She is the No. 2 official at the St. Louis office. He lives on Elm St. in the old town.",
			[]string{"She is the No. 2 official at the St. Louis office.", "He lives on Elm St. in the old town."}},
		{"no. as a word", "The answer was no. Workers walked out.",
			[]string{"The answer was no.", "Workers walked out."}},
		{"company suffixes", "Harbor Freight Inc. Chief Executive Ann Cole said costs rose. She works for Acme Corp. The firm is based in Ohio.",
			[]string{"Harbor Freight Inc. Chief Executive Ann Cole said costs rose.", "She works for Acme Corp.", "The firm is based in Ohio."}},
		{"title or adverb after a suffix", "He sold it to Dale Holdings Ltd. Mr. Cole said so. They hired Acme Co. Recently, prices rose.",
			[]string{"He sold it to Dale Holdings Ltd.", "Mr. Cole said so.", "They hired Acme Co.", "Recently, prices rose."}},
		{"Co. Ltd. Jr.", "Shipping Co. Ltd. hired Martin Luther King Jr. Day staff. He left Dale Co. But the rest stayed.",
			[]string{"Shipping Co. Ltd. hired Martin Luther King Jr. Day staff.", "He left Dale Co.", "But the rest stayed."}},
		{"vs. and etc.", "It was Leeds vs. Hull. Fans brought flags, scarves, etc. Police watched.",
			[]string{"It was Leeds vs. Hull.", "Fans brought flags, scarves, etc.", "Police watched."}},
		{"initials", "J.R.R. Tolkien and John F. Kennedy were named. So was George W. Bush.",
			[]string{"J.R.R. Tolkien and John F. Kennedy were named.", "So was George W. Bush."}},
		{"spaced initials", "The author J. K. Rowling spoke.",
			[]string{"The author J. K. Rowling spoke."}},
		{"decimals and thousands", "Prices rose 3.5 percent to $1,200.50 as 40,000 workers struck. It cost 2.3 billion.",
			[]string{"Prices rose 3.5 percent to $1,200.50 as 40,000 workers struck.", "It cost 2.3 billion."}},
		{"ellipsis inside", "He paused... and then went on.",
			[]string{"He paused... and then went on."}},
		{"ellipsis ends", "The line went dead… Nobody called back. Then a . . . Later it rang.",
			[]string{"The line went dead…", "Nobody called back.", "Then a . . .", "Later it rang."}},
		{"stop inside closing quote", `He called the offer "fair." The union disagreed. She said it was ‘final.’ Talks ended.`,
			[]string{`He called the offer "fair."`, "The union disagreed.", "She said it was ‘final.’", "Talks ended."}},
		{"curly double quote", "Workers said they were “tired of waiting.” The port closed.",
			[]string{"Workers said they were “tired of waiting.”", "The port closed."}},
		{"question in quote then said", `"Why now?" she asked. "Because we must," he said.`,
			[]string{`"Why now?" she asked.`, `"Because we must," he said.`}},
		{"question in single quote", "'Who pays?' The question hung in the air.",
			[]string{"'Who pays?'", "The question hung in the air."}},
		{"question in quote then named speaker", `"What did we gain?" Alvarez asked.`,
			[]string{`"What did we gain?" Alvarez asked.`}},
		{"multi-sentence quotation", `"We are ready. We have waited long enough. Now is the time," Alvarez said.`,
			[]string{`"We are ready.`, "We have waited long enough.", `Now is the time," Alvarez said.`}},
		{"said endings", `The deal is done, she said. "We start Monday."`,
			[]string{"The deal is done, she said.", `"We start Monday."`}},
		{"parentheses", "The union (which has 4,000 members) voted. (The vote was close.) Results came later.",
			[]string{"The union (which has 4,000 members) voted.", "(The vote was close.)", "Results came later."}},
		{"headline without stop", "Port strike ends after nine days",
			[]string{"Port strike ends after nine days"}},
		{"headline title case", "Dockers Say It Was Worth The Wait",
			[]string{"Dockers Say It Was Worth The Wait"}},
		{"trailing text without stop", "The port reopened. More to follow",
			[]string{"The port reopened.", "More to follow"}},
		{"lower case after stop", "The figure was 5 p.c. higher than expected.",
			[]string{"The figure was 5 p.c. higher than expected."}},
		{"domain names", "Read more at example.com. The site is free.",
			[]string{"Read more at example.com.", "The site is free."}},
		{"stop after a bracketed abbreviation", "It was backed by Sen. Leahy (D-Vt.). Hearings begin soon.",
			[]string{"It was backed by Sen. Leahy (D-Vt.).", "Hearings begin soon."}},
		{"then-Sen.", "It was backed by then-Sen. Obama in 2006.",
			[]string{"It was backed by then-Sen. Obama in 2006."}},
		{"missing space after stop", "The crowd cheered loudly.The mayor waved.",
			[]string{"The crowd cheered loudly.", "The mayor waved."}},
		{"run-on caption", "The mayor spoke at the harbour on Friday He said the port would reopen.",
			[]string{"The mayor spoke at the harbour on Friday", "He said the port would reopen."}},
		{"parenthesis then starter", "The dockers gathered at the gate on Monday morning (pictured) The strike ended.",
			[]string{"The dockers gathered at the gate on Monday morning (pictured)", "The strike ended."}},
		{"run-on contraction", "The crowd cheered at the harbour It's a new start for the port.",
			[]string{"The crowd cheered at the harbour", "It's a new start for the port."}},
		{"caption marker", "Crowds gathered at the quay (pictured) Dockers said the deal was fair.",
			[]string{"Crowds gathered at the quay (pictured)", "Dockers said the deal was fair."}},
		{"title-case titles stay whole", "She starred in the Carry On films and sang Just Lose It, for fun, on The World According to Bex.",
			[]string{"She starred in the Carry On films and sang Just Lose It, for fun, on The World According to Bex."}},
		{"title after told", "She told The Times that it was over.",
			[]string{"She told The Times that it was over."}},
		{"white space", "  The port reopened.   Ships queued.  ",
			[]string{"The port reopened.", "Ships queued."}},
		{"empty", "", nil},
		{"only space", "   \n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := splitText(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSplitSentencesOffsets(t *testing.T) {
	text := "Headline here\n\nFirst one. Second one?\n  Third (3.5%) one!  \n"
	p := Span{15, len(text) - 1}
	got := SplitSentences(text, p)
	want := []Span{{15, 25}, {26, 37}, {40, 57}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("SplitSentences(%q, %v) = %v, want %v", text, p, got, want)
	}
	checkSpans(t, text, p, got)
}

// checkSpans asserts the splitter's invariants: spans inside p, non-empty,
// in order, not overlapping, trimmed and on rune boundaries.
func checkSpans(t *testing.T, text string, p Span, spans []Span) {
	t.Helper()
	prev := p.Start
	for i, s := range spans {
		if s.Start < prev || s.End > p.End || s.Start >= s.End {
			t.Fatalf("span %d %v out of order or range (prev end %d, paragraph %v)", i, s, prev, p)
		}
		sent := text[s.Start:s.End]
		if strings.TrimSpace(sent) != sent {
			t.Fatalf("span %d %q is not trimmed", i, sent)
		}
		if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
			t.Fatalf("span %d %v splits a rune", i, s)
		}
		prev = s.End
	}
}

func TestSplitSentencesClamps(t *testing.T) {
	text := "One. Two."
	got := SplitSentences(text, Span{-4, 100})
	want := []Span{{0, 4}, {5, 9}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SplitSentences with an oversized span = %v, want %v", got, want)
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"The port reopened. Ships queued overnight.",
		`"We are ready. We have waited," Alvarez said. Mr. Chen left at 5 p.m. Friday.`,
		"J.R.R. Tolkien… (The vote was close.) U.S. It cost 3.5 bn.The end",
		"at the event He said it (pictured) The end",
		"“Why?” ‘Because.’ » . . . !?!",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end > len(text) || start > end {
			start, end = 0, len(text)
		}
		p := Span{start, end}
		spans := SplitSentences(text, p)
		prev := p.Start
		for i, s := range spans {
			if s.Start < prev || s.End > p.End || s.Start >= s.End {
				t.Fatalf("span %d %v out of order or range (prev end %d, paragraph %v)", i, s, prev, p)
			}
			sent := text[s.Start:s.End]
			if strings.TrimSpace(sent) != sent && utf8.ValidString(sent) {
				t.Fatalf("span %d %q is not trimmed", i, sent)
			}
			prev = s.End
		}
	})
}

// benchText is about 1 MB of wire copy written for the benchmarks.
var benchText = strings.Repeat(`LONDON, March 14 (Wire) - Dock workers at the port of Felixstowe ended a nine-day strike on Friday after union leaders accepted a pay offer worth 7.5 percent, the company said. "It was a hard fight. We are glad it is over," said Mary O'Neill, a crane operator. She added that 2,400 workers would return at 6 a.m. Saturday.
Mr. Alvarez, the union's No. 2 official, told reporters the deal "was not perfect." He said talks with Harbor Freight Inc. and the U.S. owner of the terminal, Atlantic Co., would resume Jan. 5. Shipping lines had diverted 40,000 containers... Some went to Rotterdam!
Was it worth it? Analysts at Dr. Chen's firm put the cost at £1.2 billion (about $1.5 billion). Gen. Okafor, who oversees the navy's supply chain, declined to comment. The port expects to clear the backlog by Feb. 20.
`, 1<<20/950)

func BenchmarkSplit(b *testing.B) {
	var paras []Span
	off := 0
	for _, line := range strings.SplitAfter(benchText, "\n") {
		if n := len(strings.TrimSpace(line)); n > 0 {
			paras = append(paras, Span{off, off + len(line) - 1})
		}
		off += len(line)
	}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, p := range paras {
			n += len(SplitSentences(benchText, p))
		}
		if n == 0 {
			b.Fatal("no sentences")
		}
	}
}

func ExampleSplitSentences() {
	text := `Mr. Brandt met U.S. officials at 9 a.m. Friday. "We are close. Not done," he said.`
	for _, s := range SplitSentences(text, Span{0, len(text)}) {
		fmt.Println(s.Start, text[s.Start:s.End])
	}
	// Output:
	// 0 Mr. Brandt met U.S. officials at 9 a.m. Friday.
	// 48 "We are close.
	// 63 Not done," he said.
}

// TestSplitSentencesLinear guards against quadratic work on hostile
// paragraphs: 1 MB each of one long token and of repeated patterns.
func TestSplitSentencesLinear(t *testing.T) {
	inputs := map[string]string{
		"dotted token":   strings.Repeat("A.", 1<<19),
		"glued stops":    strings.Repeat("word.Next", 1<<17),
		"stops only":     strings.Repeat(".", 1<<20),
		"ellipses":       strings.Repeat("…", 1<<18),
		"parens":         strings.Repeat("the quay (pictured) The x ", 1<<15),
		"run-on":         strings.Repeat("at the event He said ", 1<<15),
		"closers":        strings.Repeat(`.")]'`, 1<<18),
		"no spaces":      strings.Repeat("x", 1<<20),
		"abbreviations":  strings.Repeat("Mr. U.S. a.m. No. 5 ", 1<<16),
		"question quote": strings.Repeat(`"Why?" Smith Jones asked `, 1<<15),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			begin := time.Now()
			spans := SplitSentences(in, Span{0, len(in)})
			if d := time.Since(begin); d > 10*time.Second {
				t.Errorf("SplitSentences took %v on 1 MB", d)
			}
			checkSpans(t, in, Span{0, len(in)}, spans)
		})
	}
}
