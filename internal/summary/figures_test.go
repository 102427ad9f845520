package summary

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/sample"
)

// figArticle makes an Article whose sentences are the given strings, joined
// by one space, without the loader.
func figArticle(sents ...string) *article.Article {
	var b strings.Builder
	a := &article.Article{}
	for i, s := range sents {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(s)
		a.Sentences = append(a.Sentences, article.Sentence{Span: article.Span{Start: start, End: b.Len()}})
	}
	a.Text = b.String()
	a.Paragraphs = []article.Span{{Start: 0, End: len(a.Text)}}
	return a
}

// wantFig is an expected figure; a NaN value means "no value" (vague).
type wantFig struct {
	text  string
	value float64
	unit  string
	qual  string
}

func figsOf(sentence string) []Figure { return findFigures(figArticle(sentence)) }

func sameValue(got Figure, want float64) bool {
	if math.IsNaN(want) {
		return !got.HasValue
	}
	return got.HasValue && math.Abs(got.Value-want) <= 1e-9*math.Max(1, math.Abs(want))
}

func TestFigures(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name string
		in   string
		want []wantFig
	}{
		{"counted with qualifier", "Over 12,000 residents have fled and more than 3,400 were hurt in the storm.",
			[]wantFig{{"Over 12,000", 12000, "residents", "more than"}, {"more than 3,400", 3400, "residents", "more than"}}},
		{"duration compound", "The town marked the end of its over 14-month siege.",
			[]wantFig{{"over 14-month", 14, "month", "more than"}}},
		{"spelled week compound", "A four-week walkout at the mill ended on Friday.",
			[]wantFig{{"four-week", 4, "week", ""}}},
		{"vague millions", "Crews must clear millions of tons of debris.",
			[]wantFig{{"millions of tons", nan, "ton", "millions of"}}},
		{"spelled count", "The ministry closed three border crossings.",
			[]wantFig{{"three", 3, "border crossings", ""}}},
		{"a dozen", "A dozen fishing boats stayed in the harbour.",
			[]wantFig{{"A dozen", 12, "fishing boats", ""}}},
		{"dollars billion", "The insurer expects claims of $4.2 billion this year.",
			[]wantFig{{"$4.2 billion", 4.2e9, "$", ""}}},
		{"euro m", "The club paid €30m for the striker.", []wantFig{{"€30m", 30e6, "€", ""}}},
		{"pound bn", "Lenders set aside £1.5bn for bad debts.", []wantFig{{"£1.5bn", 1.5e9, "£", ""}}},
		{"US dollar", "Tickets cost US$5 at the gate.", []wantFig{{"US$5", 5, "US$", ""}}},
		{"dollars word", "Each share pays 5 dollars a year.", []wantFig{{"5 dollars a year", 5, "dollars a year", ""}}},
		{"percent sign", "Inflation slowed to 6.5% in the quarter.", []wantFig{{"6.5%", 6.5, "%", ""}}},
		{"percent word", "Turnout rose about 20 percent.", []wantFig{{"about 20 percent", 20, "%", "about"}}},
		{"per cent", "Rents fell 3.2 per cent.", []wantFig{{"3.2 per cent", 3.2, "%", ""}}},
		{"between range", "Repairs will take between 5 and 10 weeks.",
			[]wantFig{{"5 and 10 weeks", 5, "week", ""}}},
		{"hyphen range", "Gusts of 60-80 km/h are forecast.", []wantFig{{"60-80 km/h", 60, "km/h", ""}}},
		{"to range", "The fare will rise from $2 to $3.", []wantFig{{"$2 to $3", 2, "$", ""}}},
		{"half", "Half the villages lost power.", []wantFig{{"Half", 0.5, "", ""}}},
		{"fraction words", "Two-thirds of the voters stayed home.", []wantFig{{"Two-thirds", 2.0 / 3, "voters", ""}}},
		{"at least", "At least 14 people died.", []wantFig{{"At least 14", 14, "people", "at least"}}},
		{"up to", "The plant will hire up to 400 engineers.", []wantFig{{"up to 400", 400, "engineers", "up to"}}},
		{"nearly", "Nearly 2,000 lorries were turned back.", []wantFig{{"Nearly 2,000", 2000, "lorries", "nearly"}}},
		{"fewer than", "Fewer than 50 seats remain.", []wantFig{{"Fewer than 50", 50, "seats", "fewer than"}}},
		{"roughly", "The bridge is roughly 300 metres long.", []wantFig{{"roughly 300 metres", 300, "metre", "roughly"}}},
		{"age", "The 54-year-old mayor resigned.", []wantFig{{"54-year-old", 54, "year-old", ""}}},
		{"negative", "Temperatures fell to minus 12 degrees Celsius.", []wantFig{{"minus 12 degrees Celsius", -12, "degrees Celsius", ""}}},
		{"rate", "Crude rose to $81.40 per barrel.", []wantFig{{"$81.40 per barrel", 81.4, "$ per barrel", ""}}},
		{"elliptical shares unit", "Sales reached 4.1 million phones, up from 3.2 million.",
			[]wantFig{{"4.1 million", 4.1e6, "phones", ""}, {"3.2 million", 3.2e6, "phones", ""}}},
		{"index points", "The index gained 58.06 points to close at 16,369.03.",
			[]wantFig{{"58.06 points", 58.06, "points", ""}, {"16,369.03", 16369.03, "points", ""}}},
		{"year then dash", "He testified on November 12, 2012–six days after the vote.", []wantFig{{"six days", 6, "day", ""}}},
		{"change then level", "The average price rose £3,000 to £285,000.",
			[]wantFig{{"£3,000", 3000, "£", ""}, {"£285,000", 285000, "£", ""}}},
		{"range after by", "Temperatures dropped by 1 to 1.5 degrees Celsius.",
			[]wantFig{{"1 to 1.5 degrees Celsius", 1, "degrees Celsius", ""}}},
		{"rupees lakh", "The phone costs Rs 1.2 lakh.", []wantFig{{"Rs 1.2 lakh", 120000, "Rs", ""}}},
		{"attached units", "Take 500mg, run 10km and add 3c.", []wantFig{{"500mg", 500, "mg", ""}, {"10km", 10, "km", ""}, {"3c", 3, "c", ""}}},
		{"pc", "The index closed 0.4pc higher.", []wantFig{{"0.4pc", 0.4, "%", ""}}},
		{"headline", "Police Arrest 12 Suspects After Raid On Port", []wantFig{{"12", 12, "Suspects", ""}}},
		{"codes", "It raised USD 10m, or 10m USD, and R15 million.",
			[]wantFig{{"USD 10m", 10e6, "USD", ""}, {"10m USD", 10e6, "USD", ""}, {"R15 million", 15e6, "R", ""}}},
		{"strong", "About 10 per cent of its 10,000-strong workforce left.",
			[]wantFig{{"About 10 per cent", 10, "%", "about"}, {"10,000-strong", 10000, "workforce", ""}}},
		{"one of the", "It is one of the oldest ports.", []wantFig{{"one", 1, "oldest ports", ""}}},
		{"one in five", "One in five workers is aged over 60.", []wantFig{{"One in five", 0.2, "workers", ""}, {"over 60", 60, "", "more than"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := figsOf(tc.in)
			for _, w := range tc.want {
				f, ok := findFig(got, w.text)
				if !ok {
					t.Fatalf("figures(%q) = %v, want one reading %q", tc.in, texts(got), w.text)
				}
				if !sameValue(f, w.value) || f.Unit != w.unit || w.qual != "" && f.Qualifier != figQualifiers[strings.ToLower(w.qual)] && f.Qualifier != w.qual {
					t.Errorf("figure %q = value %v (%v) unit %q qualifier %q, want %v %q %q",
						w.text, f.Value, f.HasValue, f.Unit, f.Qualifier, w.value, w.unit, w.qual)
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("figures(%q) = %v, want %d figures", tc.in, texts(got), len(tc.want))
			}
		})
	}
}

func findFig(fs []Figure, text string) (Figure, bool) {
	for _, f := range fs {
		if f.Text == text {
			return f, true
		}
	}
	return Figure{}, false
}

func texts(fs []Figure) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Text
	}
	return out
}

// TestNotFigures lists numbers that belong to the timeline or to names.
func TestNotFigures(t *testing.T) {
	tests := []struct{ name, in string }{
		{"year", "The law was passed in 2019."},
		{"month day", "Voting ends on May 31."},
		{"day month", "The ship sailed on 4 June."},
		{"clock", "The meeting starts at 9 a.m. and ends at 5pm."},
		{"clock colon", "Doors open at 10:30."},
		{"disease", "Cases of COVID-19 rose."},
		{"aircraft", "The airline grounded its Boeing 737 jets."},
		{"group", "Leaders of the G7 met."},
		{"ordinal", "It was the 22nd meeting and the third round."},
		{"decade", "Prices last rose like this in the 1970s."},
		{"phone", "Call 555-123-4567 for tickets."},
		{"iso date", "Updated 2024-08-23."},
		{"score", "Velden beat Orlin 2-1 on Sunday."},
		{"address", "The office is at 575 Harbour Road."},
		{"version", "Install version 1.2.3 first."},
		{"one of which", "It has ports, one of which is closed."},
		{"index name", "The S&P 500 fell."},
		{"model", "He drove a 2020 Escape."},
		{"generation", "The 5G network is live."},
		{"decade abbreviation", "Fashion from the '90s is back, as it was in '85."},
		{"ranking", "He worked as No 2 under the director."},
		{"pronoun one", "If one adds the fees, the price rises."},
		{"pronominal", "The big four and the other two were absent."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := figsOf(tc.in); len(got) != 0 {
				t.Errorf("figures(%q) = %v, want none", tc.in, texts(got))
			}
		})
	}
}

// TestFiguresSeedStyle checks a story written in the style of the seed
// article: every figure a reader needs comes out with its qualifier.
func TestFiguresSeedStyle(t *testing.T) {
	a := figArticle(
		"Mediators were discussing two corridors of land along the river, officials said.",
		"Over 12,000 villagers have been displaced and more than 3,100 injured in the valley over the course of the over 7-month conflict, according to official figures.",
		"Many more are feared trapped under the millions of tons of mud left by the floods.",
	)
	got := findFigures(a)
	want := []struct {
		text, qual, unit string
		value            float64
		sent             int
	}{
		{"two", "", "corridors", 2, 0},
		{"Over 12,000", "more than", "villagers", 12000, 1},
		{"more than 3,100", "more than", "villagers", 3100, 1},
		{"over 7-month", "more than", "month", 7, 1},
		{"millions of tons", "millions of", "ton", math.NaN(), 2},
	}
	if len(got) != len(want) {
		t.Fatalf("figures = %v, want %d", texts(got), len(want))
	}
	for i, w := range want {
		f := got[i]
		if f.Text != w.text || f.Qualifier != w.qual || f.Unit != w.unit || !sameValue(f, w.value) || f.Sentence != w.sent {
			t.Errorf("figure %d = %+v, want %+v", i, f, w)
		}
		if a.Text[f.Start:f.End] != f.Text {
			t.Errorf("figure %d span %d:%d = %q, text %q", i, f.Start, f.End, a.Text[f.Start:f.End], f.Text)
		}
	}
	if got[1].Counts != "villagers displaced" || got[2].Counts != "villagers injured" {
		t.Errorf("counts = %q, %q, want villagers displaced / injured", got[1].Counts, got[2].Counts)
	}
}

// TestFiguresSample checks the embedded sample brief.
func TestFiguresSample(t *testing.T) {
	as, err := article.Parse(strings.NewReader(sample.Text), article.FormatText)
	if err != nil || len(as) == 0 {
		t.Fatalf("parse sample: %v", err)
	}
	a := as[0]
	got := findFigures(a)
	for _, w := range []string{"three-week", "more than nine hours", "6.5%", "4%", "3%", "about €40 million",
		"More than 120", "nearly 2,000", "some 8,500", "48 hours"} {
		if _, ok := findFig(got, w); !ok {
			t.Errorf("sample figures = %v, missing %q", texts(got), w)
		}
	}
	for _, f := range got {
		switch {
		case strings.Contains(f.Text, "2025"), strings.Contains(f.Text, "2026"),
			strings.Contains(f.Text, "21"), strings.Contains(f.Text, "14,"):
			t.Errorf("sample figure %q is a date", f.Text)
		case f.Sentence < 0 || a.Text[f.Start:f.End] != f.Text:
			t.Errorf("sample figure %q: bad span or sentence", f.Text)
		}
	}
}

// FuzzFigures checks the invariants: spans inside the text and equal to
// Text, figures sorted, no overlaps.
func FuzzFigures(f *testing.F) {
	for _, s := range []string{
		"Over 40,000 people were hurt and more than 3,000 killed.", "It cost $4.2bn, or €30m, up 6.5%.",
		"Between 5 and 10 weeks; 5-10 km/h; two-thirds of 1/2.", "The 54-year-old left at 9 a.m. on May 31, 2024.",
		"minus-5 yards, -3 C, US $ 5, Y=100, RM3.06mil, 1.2.3, 555-123-4567", "one in five; half a million; a dozen",
		"20 per cent, 3 ½ cups, 10kW, 60GB, 2.4Ghz, 5 m.p.h.", "$", "-", "1,", "a", "four-, five- and six-",
		"9" + strings.Repeat("9", 320) + " thousand thousand thousand", "5 thousand thousand thousand thousand",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := figArticle(text)
		prev := -1
		for _, g := range findFigures(a) {
			if g.Start < 0 || g.End > len(a.Text) || g.Start >= g.End {
				t.Fatalf("figure %+v outside text of %d bytes", g, len(a.Text))
			}
			if a.Text[g.Start:g.End] != g.Text {
				t.Fatalf("figure text %q != text[%d:%d] %q", g.Text, g.Start, g.End, a.Text[g.Start:g.End])
			}
			if math.IsInf(g.Value, 0) || math.IsNaN(g.Value) || math.IsInf(g.Low, 0) || math.IsInf(g.High, 0) {
				t.Fatalf("figure %q has value %v [%v, %v]", g.Text, g.Value, g.Low, g.High)
			}
			if g.Start < prev {
				t.Fatalf("figure %q overlaps or is out of order (start %d < previous end %d)", g.Text, g.Start, prev)
			}
			prev = g.End
		}
	})
}

// figBenchText repeats the sample brief's paragraphs to about size bytes.
func figBenchText(size int) string {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(sample.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkFigures(b *testing.B) {
	for _, size := range []int{5 << 10, 100 << 10, 10 << 20} {
		as, err := article.Parse(strings.NewReader(figBenchText(size)), article.FormatText)
		if err != nil || len(as) == 0 {
			b.Fatal(err)
		}
		a := as[0]
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(a.Text)))
			b.ReportAllocs()
			for b.Loop() {
				findFigures(a)
			}
		})
	}
}

// BenchmarkFiguresCorpus runs findFigures alone over real news when
// BRIEF_EVAL_DIR names the shared evaluation folder; it skips otherwise.
func BenchmarkFiguresCorpus(b *testing.B) {
	arts, size := corpusArticles(b, "summ-bbc", "summ-cnndm")
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			findFigures(a)
		}
	}
}

// TestFiguresSeed checks the hand-annotated seed article when the shared
// material sits next to the repository; it skips otherwise.
func TestFiguresSeed(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seed")
	text, err := os.ReadFile(filepath.Join(dir, "gaza-ceasefire-talks.txt"))
	if err != nil {
		t.Skip("shared seed not present")
	}
	raw, err := os.ReadFile(filepath.Join(dir, "gaza-ceasefire-talks.gold.json"))
	if err != nil {
		t.Skip("shared seed gold not present")
	}
	var gold struct {
		Figures []struct {
			Text      string   `json:"text"`
			Value     *float64 `json:"value"`
			Unit      string   `json:"unit"`
			Qualifier string   `json:"qualifier"`
		} `json:"figures"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	as, err := article.Parse(strings.NewReader(string(text)), article.FormatText)
	if err != nil || len(as) == 0 {
		t.Fatalf("parse seed: %v", err)
	}
	got := findFigures(as[0])
	for _, g := range gold.Figures {
		var f Figure
		ok := false
		for _, c := range got {
			if strings.Contains(g.Text, c.Text) || strings.Contains(c.Text, g.Text) {
				f, ok = c, true
				break
			}
		}
		switch {
		case !ok:
			t.Errorf("seed figure %q not found in %v", g.Text, texts(got))
		case g.Value == nil && f.HasValue, g.Value != nil && (!f.HasValue || f.Value != *g.Value):
			t.Errorf("seed figure %q: value %v (%v), want %v", g.Text, f.Value, f.HasValue, g.Value)
		case f.Qualifier != g.Qualifier, g.Unit != "" && figSingular(f.Unit) != g.Unit:
			t.Errorf("seed figure %q: qualifier %q unit %q, want %q %q", g.Text, f.Qualifier, f.Unit, g.Qualifier, g.Unit)
		}
	}
}

// TestFigWordTables checks the hash tables of the figure finder: every
// word of the lists is found, whether or not bytes follow it in memory,
// and the eight-byte helpers agree with byte-by-byte reading.
func TestFigWordTables(t *testing.T) {
	for _, k := range figLexKeys {
		if k == "" {
			continue
		}
		padded := append([]byte(k), "xxxxxxxx"...)[:len(k)]
		if figLexClass([]byte(k)) == 0 || figLexClass(padded) != figLexClass([]byte(k)) {
			t.Errorf("lexicon word %q not found alike", k)
		}
	}
	for _, tc := range []struct {
		in        string
		letters   int
		lower     string
		amount    bool
		startWord bool
	}{
		{"Thousands of", 9, "thousands of", true, true},
		{"twelve", 6, "twelve", true, true},
		{"THESE", 5, "these", false, false},
		{"Half-way", 4, "half-way", true, true},
		{"Ärger", 0, "Ärger", false, false},
		{"a", 1, "a", false, true},
		{"MILLIONS", 8, "millions", true, true},
		{"[Z]@`{", 0, "[z]@`{", false, false},
	} {
		if got := figLettersEnd(tc.in, 0); got != tc.letters {
			t.Errorf("figLettersEnd(%q) = %d, want %d", tc.in, got, tc.letters)
		}
		if got := string(figLower(nil, tc.in)); got != tc.lower {
			t.Errorf("figLower(%q) = %q, want %q", tc.in, got, tc.lower)
		}
		w := tc.in[:tc.letters]
		if got := w != "" && figAmountWords.maybe(w) && figAmountWords.hasFold(w); got != tc.amount {
			t.Errorf("amount word %q: %v, want %v", w, got, tc.amount)
		}
		if got := figStartSet.has([]byte(tc.lower[:tc.letters])); got != tc.startWord {
			t.Errorf("start word %q: %v, want %v", tc.lower[:tc.letters], got, tc.startWord)
		}
	}
}
