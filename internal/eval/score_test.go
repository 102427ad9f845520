package eval

import (
	"strings"
	"testing"
)

// at returns the span of the n-th (1-based) occurrence of sub in text.
func at(t *testing.T, text, sub string, n int) Span {
	t.Helper()
	i := -1
	for ; n > 0; n-- {
		k := strings.Index(text[i+1:], sub)
		if k < 0 {
			t.Fatalf("%q not in %q", sub, text)
		}
		i += 1 + k
	}
	return Span{i, i + len(sub)}
}

func sptr(s string) *string { return &s }

func fptr(f float64) *float64 { return &f }

func wantPRF(t *testing.T, label string, got PRF, tp, nSys, nGold int) {
	t.Helper()
	if got.TP != tp || got.NSys != nSys || got.NGold != nGold {
		t.Errorf("%s: got tp %d sys %d gold %d, want %d %d %d", label, got.TP, got.NSys, got.NGold, tp, nSys, nGold)
	}
	if w := NewPRF(tp, nSys, nGold); !near(got.F1, w.F1) {
		t.Errorf("%s: F1 %v, want %v", label, got.F1, w.F1)
	}
}

// The expected counts below were computed by score.py on the same inputs.

func TestScoreQuotes(t *testing.T) {
	text := `The mayor said: "We will fix the bridge." Critics called it "a stunt", and Ana Ruiz said "Not this year." Then "more".`
	gq := func(sub, speaker string) GoldQuote {
		return GoldQuote{Span: at(t, text, sub, 1), Text: sub, Speaker: sptr(speaker)}
	}
	sq := func(sub string, speaker *string, d1 int) OutQuote {
		s := at(t, text, sub, 1)
		s.End += d1
		return OutQuote{Span: s, Text: text[s.Start:s.End], Speaker: speaker}
	}
	docs := []Doc{
		{Gold: GoldDoc{Quotes: []GoldQuote{gq("We will fix the bridge", "The mayor"), gq("Not this year", "Ana Ruiz"),
			gq("more", "he")}, Mixed: []Span{at(t, text, `called it "a stunt"`, 1)}},
			Out: &Output{Quotes: []OutQuote{sq("We will fix the bridge", sptr("Mayor"), 0), sq("a stunt", nil, 0),
				sq("Not this year", sptr("Ruiz"), -5), sq("Then", sptr("X"), 0)}},
			Data: []byte(text)},
		{Gold: GoldDoc{Quotes: []GoldQuote{{Span: Span{0, 4}, Text: "Gone", Speaker: sptr("Bo")}}}, Data: []byte("Gone home.")},
	}
	got := ScoreQuotes(docs)
	wantPRF(t, "overlap50", got.Overlap50, 2, 4, 4)
	wantPRF(t, "lenient", got.Lenient.PRF, 2, 3, 4)
	wantPRF(t, "exact", got.Exact, 1, 4, 4)
	if got.Lenient.Neutral != 1 {
		t.Errorf("neutral %d, want 1", got.Lenient.Neutral)
	}
	if s := got.Speaker; s.Correct != 1 || s.Scoreable != 1 || s.Matched != 2 || s.Accuracy == nil || *s.Accuracy != 1 {
		t.Errorf("speaker %+v, want 1 of 1 scoreable, 2 matched", s)
	}
	r := Score("tq", TaskQuotes, docs)
	if r.Docs != (DocCounts{2, 1, 1}) || r.Offsets.Checked != 4 || r.Offsets.OK != 4 {
		t.Errorf("docs %+v offsets %+v", r.Docs, r.Offsets)
	}
}

func TestScoreTimex(t *testing.T) {
	text := "On Monday the company said the deal closed last week, two days after the vote, and the next day it rained."
	gt := func(sub, typ, val string) GoldTimex {
		return GoldTimex{Span: at(t, text, sub, 1), Text: sub, Type: typ, Value: val}
	}
	st := func(sub, typ, val string) OutTimex {
		return OutTimex{Span: at(t, text, sub, 1), Text: sub, Type: typ, Value: val}
	}
	docs := []Doc{{
		Gold: GoldDoc{Timexes: []GoldTimex{gt("Monday", "DATE", "2025-03-10"), gt("last week", "DATE", "2025-W10"),
			gt("two days", "DURATION", "P2D"), gt("the next day", "DATE", "XXXX-XX-XX")}},
		Out: &Output{Timexes: []OutTimex{st("On Monday", "DATE", "2025-03-10"), st("last week", "DATE", "2025-w10 "),
			st("two days after", "duration", "P2D"), st("next day", "DATE", "2025-03-15"), st("company", "DATE", "X")}},
		Data: []byte(text),
	}}
	got := ScoreTimex(docs)
	wantPRF(t, "strict", got.Strict, 2, 5, 4)
	wantPRF(t, "relaxed", got.Relaxed, 4, 5, 4)
	wantPRF(t, "value", got.Value, 3, 5, 4)
	if got.Type.Correct != 4 || got.Type.Pairs != 4 {
		t.Errorf("type %+v, want 4 of 4", got.Type)
	}
}

func TestScoreFigures(t *testing.T) {
	docs := []Doc{{
		Gold: GoldDoc{Quantities: []GoldQuantity{
			{Value: fptr(5), Unit: "%", NormalizedUnit: "percentage"},
			{Value: fptr(5), Unit: "people", NormalizedUnit: "person"},
			{ValueRange: []float64{10, 20}, Unit: "-", NormalizedUnit: "-"},
			{Value: fptr(3), Unit: "tons", NormalizedUnit: "ton"}}},
		Out: &Output{Figures: []OutFigure{{Value: fptr(5), Unit: "percent"}, {Value: fptr(5), Unit: "adults"},
			{Value: fptr(20)}, {Value: fptr(5)}, {Unit: "tons"}, {Value: fptr(3.0000001), Unit: "ton"}}},
	}}
	got := ScoreFigures(docs)
	wantPRF(t, "value", got.Value, 4, 6, 4)
	wantPRF(t, "value+unit", got.ValueUnit, 3, 6, 4)
}

func TestScoreSummary(t *testing.T) {
	text := "Alpha rose today. Beta fell sharply. Gamma held. Delta moved."
	var sents []OutText
	for _, s := range []string{"Alpha rose today.", "Beta fell sharply.", "Gamma held.", "Delta moved."} {
		sents = append(sents, OutText{at(t, text, s, 1), s})
	}
	g := GoldDoc{Reference: "Beta fell sharply. Delta moved up.", HasExtract: true,
		ReferenceSentences: []string{"Beta fell sharply.", "Delta moved up."}, Extract: []string{"Beta fell sharply."}}
	g2 := GoldDoc{Reference: "Gamma held firm.", HasExtract: true, ReferenceSentences: []string{"Gamma held firm."}}
	docs := []Doc{
		{Gold: g, Out: &Output{Sentences: sents, KeySentences: []OutKey{{1, "Beta fell sharply."}, {3, "Delta moved."}}},
			Data: []byte(text)},
		{Gold: g2, Data: []byte(text)},
	}
	got := ScoreSummary(docs)
	// score.py: the first document scores 90.9 / 88.9 / 90.9 (lead-3 42.9 /
	// 33.3 / 42.9) and the second, which has no output, zero
	if !near(got.System.R1, 0.9090909090909091/2) || !near(got.System.R2, 0.888888888888889/2) ||
		!near(got.System.RL, 0.9090909090909091/2) {
		t.Errorf("system %+v", got.System)
	}
	if !near(got.Lead3.R1, 0.42857142857142855/2) || !near(got.Lead3.R2, 0.3333333333333333/2) {
		t.Errorf("lead3 %+v", got.Lead3)
	}
	if got.Lead3GoldLines != nil || got.Sentences == nil {
		t.Fatalf("lines %v sentences %v", got.Lead3GoldLines, got.Sentences)
	}
	wantPRF(t, "sentences", got.Sentences.System.PRF, 1, 2, 1)
	wantPRF(t, "lead-k", got.Sentences.LeadK.PRF, 1, 2, 1)
}
