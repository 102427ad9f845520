package summary

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/sample"
)

// quoteArticle builds an article whose paragraphs are the non-empty lines
// of text, one sentence per paragraph (quote detection must not depend on
// the sentence splitter).
func quoteArticle(text string) *article.Article {
	a := &article.Article{Text: text}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		end := off + len(strings.TrimRight(line, "\r\n"))
		if strings.TrimSpace(line) != "" {
			p := article.Span{Start: off, End: end}
			a.Paragraphs = append(a.Paragraphs, p)
			a.Sentences = append(a.Sentences, article.Sentence{Span: p, Paragraph: len(a.Paragraphs) - 1})
		}
		off += len(line)
	}
	return a
}

// wantQuote is an expected quote: its text, speaker and partial flag.
type wantQuote struct {
	text, speaker string
	partial       bool
}

// checkQuotes compares the quotes found in text with want.
func checkQuotes(t *testing.T, text string, want []wantQuote) {
	t.Helper()
	a := quoteArticle(text)
	got := findQuotes(a)
	if len(got) != len(want) {
		for _, q := range got {
			t.Logf("got %q by %q (cue %q, partial %v)", q.Text, q.Speaker, q.Cue, q.Partial)
		}
		t.Fatalf("findQuotes(%q) found %d quotes, want %d", text, len(got), len(want))
	}
	for i, w := range want {
		q := got[i]
		if q.Text != w.text || q.Speaker != w.speaker || q.Partial != w.partial {
			t.Errorf("quote %d = %q by %q (partial %v, cue %q), want %q by %q (partial %v)",
				i, q.Text, q.Speaker, q.Partial, q.Cue, w.text, w.speaker, w.partial)
		}
		if a.Text[q.Start:q.End] != q.Text {
			t.Errorf("quote %d span %d:%d = %q, want %q", i, q.Start, q.End, a.Text[q.Start:q.End], q.Text)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"said after, title stripped",
			`"We will rebuild the bridge," Mayor Ana Ruiz said on Monday.`,
			[]wantQuote{{"We will rebuild the bridge", "Ana Ruiz", false}}},
		{"inverted said with apposition",
			`“Curly marks work too,” said Lena Ortiz, a council spokeswoman.`,
			[]wantQuote{{"Curly marks work too", "Lena Ortiz", false}}},
		{"colon cue and surname to full name",
			"City engineer Paul Mertens inspected the site.\nMertens said: \"The work starts in May.\"",
			[]wantQuote{{"The work starts in May", "Paul Mertens", false}}},
		{"two segments, pronoun",
			`Harbour master Ida Falk spoke first. "The fog is lifting," she said. "Ships can sail at noon."`,
			[]wantQuote{{"The fog is lifting", "Ida Falk", false}, {"Ships can sail at noon", "Ida Falk", false}}},
		{"nested single quotes",
			`"He told me, 'stay home,' and I did," Lena Ortiz said.`,
			[]wantQuote{{"He told me, 'stay home,' and I did", "Lena Ortiz", false}}},
		{"doubled apostrophes as marks",
			`''Prices will fall by spring,'' the economist Paul Mertens wrote.`,
			[]wantQuote{{"Prices will fall by spring", "Paul Mertens", false}}},
		{"partial quote in reported speech",
			`Finance Minister Olga Brandt called the plan "reckless and costly" on Tuesday.`,
			[]wantQuote{{"reckless and costly", "Olga Brandt", true}}},
		{"participle takes the clause subject",
			`Olga Brandt rejected the report, saying it was "simply wrong."`,
			[]wantQuote{{"simply wrong", "Olga Brandt", true}}},
		{"according to",
			`"Nobody was hurt," according to the fire department.`,
			[]wantQuote{{"Nobody was hurt", "fire department", false}}},
		{"organisation with statement cue",
			`"We reject the offer," the White House said in a statement.`,
			[]wantQuote{{"We reject the offer", "White House", false}}},
		{"possessive office",
			`The governor's office said the bill "will be signed next week."`,
			[]wantQuote{{"will be signed next week", "governor's office", true}}},
		{"misspelt surname",
			"Army spokesperson Karl Lindqvist spoke on Monday. \"We are ready,\" Lindqvist told reporters.\nLindqvst said the unit was \"fully prepared.\"",
			[]wantQuote{{"We are ready", "Karl Lindqvist", false}, {"fully prepared", "Karl Lindqvist", true}}},
		{"question mark kept, comma dropped",
			`"Who pays for this?" asked Ana Ruiz.`,
			[]wantQuote{{"Who pays for this?", "Ana Ruiz", false}}},
		{"paragraph continuation",
			"“The first part ends without a mark.\n“The second part closes it,” said Ida Falk.",
			[]wantQuote{{"The first part ends without a mark", "Ida Falk", false},
				{"The second part closes it", "Ida Falk", false}}},
		{"next paragraph inherits",
			"\"The bridge is safe,\" Paul Mertens said.\n\"We checked every bolt.\"",
			[]wantQuote{{"The bridge is safe", "Paul Mertens", false}, {"We checked every bolt", "Paul Mertens", false}}},
		{"colon at paragraph end",
			"The dockworkers' union said in a statement:\n\"We will strike on Monday.\"",
			[]wantQuote{{"We will strike on Monday", "dockworkers' union", false}}},
		{"signature line",
			"\"We won the vote.\"\n— Ana Ruiz",
			[]wantQuote{{"We won the vote", "Ana Ruiz", false}}},
		{"apostrophes inside straight marks",
			`"It's the workers' day," Lena Ortiz said.`,
			[]wantQuote{{"It's the workers' day", "Lena Ortiz", false}}},
		{"they resolved in the sentence",
			`Talks resumed after employers tabled what they called a "final" offer.`,
			[]wantQuote{{"final", "employers", true}}},
		{"headline with single marks",
			"Ruiz: 'We will not close the port.'\nThe mayor spoke on Monday.",
			[]wantQuote{{"We will not close the port", "Ruiz", false}}},
		{"noun-like cue after a name",
			`Ruiz and Ortiz call them "temporary measures" in their report.`,
			[]wantQuote{{"temporary measures", "Ortiz", true}}},
		{"pronoun skips a speaker of the other gender",
			"\"Rates will rise,\" Ms. Ortiz said. Mr. Falk disagreed. \"They will fall,\" he said. \"Wait and see,\" she said.",
			[]wantQuote{{"Rates will rise", "Ortiz", false}, {"They will fall", "Falk", false}, {"Wait and see", "Ortiz", false}}},
		{"attribution in the previous sentence",
			"Ida Falk, the harbour master, said in a statement. \"The port reopens at dawn.\"",
			[]wantQuote{{"The port reopens at dawn", "Ida Falk", false}}},
		{"attribution-only sentence after the quote",
			"\"The port reopens at dawn.\" Falk said.",
			[]wantQuote{{"The port reopens at dawn", "Falk", false}}},
		{"name of a place dropped from the speaker",
			"\"We will vote no,\" said Senator Tom Reyna of Veldhaven.",
			[]wantQuote{{"We will vote no", "Tom Reyna", false}}},
		{"told takes the hearer, not the speaker",
			"\"It was a good speech,\" Ana Ruiz, a council member, told Mr. Falk.",
			[]wantQuote{{"It was a good speech", "Ana Ruiz", false}}},
		{"inverted after a clause",
			"\"It cannot pass\" if the vote is today, said Paul Mertens.",
			[]wantQuote{{"It cannot pass", "Paul Mertens", false}}},
		{"said the quote is a full quotation",
			"The union said the \"offer falls short of what members need.\"",
			[]wantQuote{{"offer falls short of what members need", "union", false}}},
		{"scare quote without speaker dropped",
			`The so-called "green corridor" opened last year.`, nil},
		{"title of a show dropped",
			`She appeared on "Meet the Voters" on Sunday.`, nil},
		{"inch mark is no quote",
			`The 6" pipe burst near the station.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

func TestQuotesCue(t *testing.T) {
	tests := []struct {
		text, cue string
	}{
		{`"We are closer," Tomas Brandt told reporters.`, "told reporters"},
		{`"We reject it," the ministry said in a statement.`, "said in a statement"},
		{`"It will pass," Ana Ruiz added.`, "added"},
		{`"Nobody was hurt," according to the police.`, "according to"},
		{`Ana Ruiz pointed out: "The river is rising."`, "pointed out"},
	}
	for _, tc := range tests {
		t.Run(tc.cue, func(t *testing.T) {
			qs := findQuotes(quoteArticle(tc.text))
			if len(qs) != 1 || qs[0].Cue != tc.cue {
				t.Fatalf("findQuotes(%q) = %+v, want one quote with cue %q", tc.text, qs, tc.cue)
			}
		})
	}
}

func TestQuotesSample(t *testing.T) {
	a := quoteArticle(sample.Text)
	want := []wantQuote{
		{"final and fair", "employers", true},
		{"We are closer than we have been at any point since the walkout began. But closer is not the same as done, and our members will not sign anything they have not read", "Tomas Brandt", false},
		{"a slow-motion emergency", "Ingrid Vos", true},
		{"Every day the cranes stand still costs this region about €40 million. Ships are already turning away to other ports, and some of them may not come back", "Ingrid Vos", false},
		{"find the courage to compromise", "Karel Dijk", true},
		{"Nobody wins a strike that lasts this long", "Karel Dijk", false},
		{"The workers lose wages, the companies lose customers, and the country loses its reputation", "Karel Dijk", false},
		{"We do not need a referee. We need an offer that respects the people who keep this port running", "Tomas Brandt", false},
	}
	checkQuotes(t, a.Text, want)
}

// quoteSeedStyle is our own story in the style of a wire report on talks:
// a spokesperson, pronoun quotes, an organisation, an office and a typo.
const quoteSeedStyle = `By Mara Quist
GENEVA (AA) - Talks on a water-sharing treaty between the two river states are "on track," the State Department said Friday.
Department spokesperson Helen Wardle said negotiators held "useful meetings" Thursday night in Geneva.
"The process is moving. It is moving in the way we set out last month. What matters now is that both capitals stay at the table," Wardle told reporters.
Wardle dismissed reports that the talks had stalled, calling them "not correct."
"These are early days, but the tone has been good," she said. "We need both sides to close the gaps," she added.
Opposition leader Tomas Reyna accused the prime minister of trying to "wreck" the talks. He urged him to sign "today."
The prime minister's office said on Thursday that he "will never give up the northern dams."
Wadle maintained that the delegations remain "ready to compromise if the terms are fair."
"We have done this before, and we can do it again," she said.`

func TestQuotesSeedStyle(t *testing.T) {
	want := []wantQuote{
		{"on track", "State Department", true},
		{"useful meetings", "Helen Wardle", true},
		{"The process is moving. It is moving in the way we set out last month. What matters now is that both capitals stay at the table", "Helen Wardle", false},
		{"not correct", "Helen Wardle", true},
		{"These are early days, but the tone has been good", "Helen Wardle", false},
		{"We need both sides to close the gaps", "Helen Wardle", false},
		{"wreck", "Tomas Reyna", true},
		{"today", "Tomas Reyna", true},
		{"will never give up the northern dams", "prime minister's office", true},
		{"ready to compromise if the terms are fair", "Helen Wardle", true},
		{"We have done this before, and we can do it again", "Helen Wardle", false},
	}
	checkQuotes(t, quoteSeedStyle, want)
}

func TestQuotesSentenceIndex(t *testing.T) {
	a := quoteArticle("Ruiz: 'We stay open.'\n\"We reopen,\" Ruiz said.")
	a.Sentences = a.Sentences[1:] // the headline is no body sentence
	for _, q := range findQuotes(a) {
		if q.Sentence != 0 {
			t.Errorf("quote %q: Sentence = %d, want 0", q.Text, q.Sentence)
		}
	}
}

func TestQuotesSpans(t *testing.T) {
	a := quoteArticle(sample.Text)
	for _, q := range findQuotes(a) {
		if q.SpeakerSpan.End > 0 && q.SpeakerSpan.End > len(a.Text) {
			t.Errorf("speaker span %+v outside the text", q.SpeakerSpan)
		}
		if q.Sentence < 0 || a.Sentences[q.Sentence].Start > q.Start {
			t.Errorf("quote %q: sentence %d does not hold its start", q.Text, q.Sentence)
		}
	}
}

func FuzzQuotes(f *testing.F) {
	f.Add(sample.Text)
	f.Add(quoteSeedStyle)
	f.Add("\"A,\" he said. \"B.\"\n“C\n“D,” said X Y.\n''E,'' wrote Z.")
	f.Add(`"unclosed "" ” “ '' ''' « » „ ' "`)
	f.Fuzz(func(t *testing.T, text string) {
		a := quoteArticle(text)
		qs := findQuotes(a)
		if eager := findQuotesMode(a, true); !reflect.DeepEqual(qs, eager) {
			t.Fatalf("lazy subjects give %+v, eager %+v", qs, eager)
		}
		prev := -1
		for _, q := range qs {
			if q.Start < 0 || q.End > len(a.Text) || q.Start > q.End {
				t.Fatalf("span %d:%d outside text of %d bytes", q.Start, q.End, len(a.Text))
			}
			if a.Text[q.Start:q.End] != q.Text {
				t.Fatalf("Text %q != text[%d:%d] %q", q.Text, q.Start, q.End, a.Text[q.Start:q.End])
			}
			if q.Start <= prev {
				t.Fatalf("quotes not sorted: start %d after %d", q.Start, prev)
			}
			prev = q.Start
			if s := q.SpeakerSpan; s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
				t.Fatalf("speaker span %+v outside text", s)
			}
			if utf8.ValidString(text) && !utf8.ValidString(q.Speaker) {
				t.Fatalf("speaker %q is not valid UTF-8", q.Speaker)
			}
		}
	})
}

// quoteBenchText repeats the sample's body to about size bytes.
func quoteBenchText(size int) string {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(sample.Text)
		b.WriteString("\n")
	}
	return b.String()
}

func BenchmarkQuotes(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"5KB", 5 << 10}, {"100KB", 100 << 10}, {"10MB", 10 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			a := quoteArticle(quoteBenchText(size.n))
			b.SetBytes(int64(len(a.Text)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				findQuotes(a)
			}
		})
	}
}

// BenchmarkQuotesCorpus times findQuotes alone over real news when
// BRIEF_EVAL_DIR names the shared evaluation folder; it skips otherwise.
func BenchmarkQuotesCorpus(b *testing.B) {
	for _, corpus := range []string{"summ-bbc", "summ-cnndm", "quotes-polnear"} {
		arts, size := corpusArticles(b, corpus)
		b.Run(corpus, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				for _, a := range arts {
					findQuotes(a)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// TestQScanHelpers checks the word-at-a-time scanners and qNextField
// against their plain definitions on every suffix of mixed text.
func TestQScanHelpers(t *testing.T) {
	texts := []string{
		"He said: \"No.\" Then ‘it’ was «over»!\tWhy? 'Yes'' ``x``",
		"  \u00a0 Kirby\u2009said\nagain\v\f.  ",
		"abcdefghijklmnopqrstuvwxyz0123456789.",
		"",
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			stop, brk, mark := len(text), len(text), len(text)
			for k := len(text) - 1; k >= i; k-- {
				switch c := text[k]; {
				case c == '.' || c == '?' || c == '!':
					stop = k
				case c == ' ' || c == '\n':
					brk = k
				}
				if qMarkLead[text[k]] {
					mark = k
				}
			}
			if got := qIndexStop(text, i, len(text)); got != stop {
				t.Errorf("qIndexStop(%q, %d) = %d, want %d", text, i, got, stop)
			}
			if got := qIndexBreak(text, i, len(text)); got != brk {
				t.Errorf("qIndexBreak(%q, %d) = %d, want %d", text, i, got, brk)
			}
			if got := qIndexMarkLead(text, i, len(text)); got != mark {
				t.Errorf("qIndexMarkLead(%q, %d) = %d, want %d", text, i, got, mark)
			}
			w, rest := qNextField(text[i:])
			f := strings.Fields(text[i:])
			want := ""
			if len(f) > 0 {
				want = f[0]
			}
			if w != want || !strings.HasSuffix(text, rest) || len(f) > 1 && strings.Fields(rest)[0] != f[1] {
				t.Errorf("qNextField(%q) = %q, %q; want %q first", text[i:], w, rest, want)
			}
		}
	}
}

// TestQuotesLazySubjects checks that looking for sentence subjects only
// when a pronoun or a fuzzy name needs them gives the quotes that looking
// for every subject right away gives.
func TestQuotesLazySubjects(t *testing.T) {
	story := `Senator Ann Kiley met union leaders on Monday. She said talks were "going nowhere".
The ministers said the offer stood. "We will not move," they said.
Mr. Robert Vance arrived later. "It is over," he said. Vance left at noon.
Kiley spoke again. "The deal is dead," Kilye said, adding that she would "fight on".
Kilye left early. Analysts were divided. "Nobody wins," said one analyst. "Not even the port," he added.`
	bench, err := article.ParseText(strings.NewReader(benchArticle(64 << 10)))
	if err != nil {
		t.Fatal(err)
	}
	arts := []*article.Article{quoteArticle(story), quoteArticle(strings.Repeat(story+"\n", 1000)),
		quoteArticle(sample.Text), bench}
	for k, a := range arts {
		lazy, eager := findQuotesMode(a, false), findQuotesMode(a, true)
		if len(lazy) == 0 || !reflect.DeepEqual(lazy, eager) {
			t.Errorf("article %d: lazy subjects give %d quotes, eager %d, or they differ", k, len(lazy), len(eager))
		}
	}
}
