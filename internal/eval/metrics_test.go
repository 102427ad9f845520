package eval

import (
	"math"
	"reflect"
	"sort"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestNewPRF(t *testing.T) {
	tests := []struct {
		tp, sys, gold int
		p, r, f       float64
	}{
		{0, 0, 0, 0, 0, 0},
		{0, 5, 0, 0, 0, 0},
		{2, 4, 8, 0.5, 0.25, 1.0 / 3},
		{3, 3, 3, 1, 1, 1},
	}
	for _, tt := range tests {
		d := NewPRF(tt.tp, tt.sys, tt.gold)
		if !near(d.P, tt.p) || !near(d.R, tt.r) || !near(d.F1, tt.f) {
			t.Errorf("NewPRF(%d, %d, %d) = %+v, want P %v R %v F1 %v", tt.tp, tt.sys, tt.gold, d, tt.p, tt.r, tt.f)
		}
	}
}

func TestRougeTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, World!", []string{"hello", "world"}},
		// values from score.py's rouge_tokens on the same input
		{"Hello, World! It's 3.5% — naïve İstanbul",
			[]string{"hello", "world", "it", "s", "3", "5", "na", "ve", "i", "stanbul"}},
		{"A-b_c", []string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		if got := RougeTokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("RougeTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRougeAll(t *testing.T) {
	// expected values computed with score.py's rouge_all
	tests := []struct {
		ref, pred string
		want      Rouge
	}{
		{"the cat sat on the mat", "the cat lay on a mat", Rouge{2.0 / 3, 0.2, 2.0 / 3}},
		{"a b c d e", "e d c b a", Rouge{1, 0, 0.2}},
		{"", "", Rouge{}},
		{"x", "", Rouge{}},
		{"same words here", "Same, words: here!", Rouge{1, 1, 1}},
	}
	for _, tt := range tests {
		got := RougeAll(tt.ref, tt.pred)
		if !near(got.R1, tt.want.R1) || !near(got.R2, tt.want.R2) || !near(got.RL, tt.want.RL) {
			t.Errorf("RougeAll(%q, %q) = %+v, want %+v", tt.ref, tt.pred, got, tt.want)
		}
	}
}

func TestLCSLen(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"a b c b d a b", "b d c a b a", 4},
		{"", "a", 0},
		{"a a a", "a", 1},
	}
	for _, tt := range tests {
		if got := LCSLen(RougeTokens(tt.a), RougeTokens(tt.b)); got != tt.want {
			t.Errorf("LCSLen(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestGreedyOverlap(t *testing.T) {
	tests := []struct {
		name      string
		sys, gold []Span
		frac      float64
		want      []Pair
	}{
		{"exact", []Span{{0, 10}}, []Span{{0, 10}}, 0.5, []Pair{{0, 0}}},
		{"disjoint", []Span{{0, 5}}, []Span{{5, 10}}, 0, nil},
		{"half of shorter", []Span{{0, 4}}, []Span{{2, 100}}, 0.5, []Pair{{0, 0}}},
		{"below half", []Span{{0, 10}}, []Span{{6, 100}}, 0.5, nil},
		// the largest overlap is taken first, so sys 1 gets gold 0 and
		// sys 0 takes what is left
		{"largest first", []Span{{0, 6}, {0, 10}}, []Span{{0, 10}, {4, 6}}, 0, []Pair{{1, 0}, {0, 1}}},
		{"one to one", []Span{{0, 10}, {0, 10}}, []Span{{0, 10}}, 0, []Pair{{0, 0}}},
		{"invalid span", []Span{{5, 2}}, []Span{{0, 10}}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := GreedyOverlap(tt.sys, tt.gold, tt.frac); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMaxMatching(t *testing.T) {
	edges := func(e map[[2]int]bool) func(i, j int) bool { return func(i, j int) bool { return e[[2]int{i, j}] } }
	tests := []struct {
		name   string
		nl, nr int
		e      map[[2]int]bool
		want   int
	}{
		{"empty", 0, 3, nil, 0},
		// greedy in index order would pair 0-0 and strand 1; the maximum is 2
		{"augmenting path", 2, 2, map[[2]int]bool{{0, 0}: true, {0, 1}: true, {1, 0}: true}, 2},
		{"shared right", 3, 1, map[[2]int]bool{{0, 0}: true, {1, 0}: true, {2, 0}: true}, 1},
		{"perfect", 3, 3, map[[2]int]bool{{0, 1}: true, {1, 2}: true, {2, 0}: true, {0, 0}: true}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MaxMatching(tt.nl, tt.nr, edges(tt.e)); got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}

func TestSentenceMatch(t *testing.T) {
	tests := []struct {
		name                string
		sys, gold, neutral  []string
		tp, nSys, nGold, nN int
	}{
		// values from score.py's sentence_match
		{"jaccard", []string{"The cat sat.", "A dog barked loudly today.", "Unrelated words here"},
			[]string{"the cat sat", "a dog barked loudly today now"}, []string{"unrelated words here too"}, 2, 3, 2, 0},
		{"neutral", []string{"Unrelated words here"}, []string{"something else"}, []string{"unrelated words, here"}, 0, 0, 1, 1},
		{"one to one", []string{"x y z", "x y z"}, []string{"x y z"}, nil, 1, 2, 1, 0},
		{"none", nil, []string{"a"}, nil, 0, 0, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := SentenceMatch(tt.sys, tt.gold, tt.neutral)
			want := SentMatch{tt.tp, tt.nSys, tt.nGold, tt.nN}
			if m != want {
				t.Errorf("got %+v, want %+v", m, want)
			}
		})
	}
	if s := SentSim("a b c d e", "a b c d"); !near(s, 0.8) {
		t.Errorf("SentSim = %v, want 0.8", s)
	}
}

func TestSpeakerCorrect(t *testing.T) {
	// expected values from score.py's speaker_head and speaker_correct
	tests := []struct {
		gold, sys, head string
		ok              bool
	}{
		{"John Kirby", "Kirby", "kirby", true},
		{"he", "John Kirby", "", false},
		{"Netanyahu's office", "Benjamin Netanyahu", "netanyahu", true},
		{"the White House", "White House spokesman", "house", true},
		{"Kirby", "John", "kirby", false},
		{"a spokesman for Hamas", "Hamas", "hamas", true},
		{"officials", "the officials", "", true},
		{"Obama", "he", "obama", false},
		{"O’Brien’s aide", "Pat O’Brien", "o’brien", true},
		{"John Kirby", "", "kirby", false},
	}
	for _, tt := range tests {
		if h := SpeakerHead(tt.gold); h != tt.head {
			t.Errorf("SpeakerHead(%q) = %q, want %q", tt.gold, h, tt.head)
		}
		if ok := SpeakerCorrect(tt.gold, tt.sys); ok != tt.ok {
			t.Errorf("SpeakerCorrect(%q, %q) = %v, want %v", tt.gold, tt.sys, ok, tt.ok)
		}
	}
}

func TestUnitForms(t *testing.T) {
	// expected values from score.py's unit_forms
	tests := []struct {
		in   string
		want []string
	}{
		{"Cities", []string{"cities", "city"}},
		{"inches", []string{"inch", "inches"}},
		{"people", []string{"people"}},
		{"tons", []string{"ton", "tons"}},
		{"glass", []string{"glass"}},
		{"%", []string{"%", "percent"}},
		{"US$", []string{"dollar", "us$"}},
		{"per  cent", []string{"per cent", "percent"}},
		{"", []string{""}},
		{"-", []string{""}},
		{"boxes", []string{"box", "boxes"}},
		{"series", []string{"series", "sery"}},
		{"ies", []string{"ie", "ies"}},
	}
	for _, tt := range tests {
		var got []string
		for f := range UnitForms(tt.in) {
			got = append(got, f)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("UnitForms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestValueAndUnitOK(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	tests := []struct {
		name      string
		sys, gold *float64
		rng       []float64
		ok        bool
	}{
		{"equal", f(5), f(5), nil, true},
		{"tolerance", f(1e9 + 1), f(1e9), nil, true},
		{"off", f(5.1), f(5), nil, false},
		{"small absolute", f(1e-7), f(0), nil, true},
		{"range end", f(10), nil, []float64{5, 10}, true},
		{"no system value", nil, f(5), nil, false},
		{"NaN", f(math.NaN()), f(5), nil, false},
	}
	for _, tt := range tests {
		if ok := ValueOK(tt.sys, tt.gold, tt.rng); ok != tt.ok {
			t.Errorf("%s: ValueOK = %v, want %v", tt.name, ok, tt.ok)
		}
	}
	units := []struct {
		sys, unit, norm string
		ok              bool
	}{
		{"$", "USD", "dollar", true},
		{"percent", "%", "percentage", true},
		{"people", "person", "person", false},
		{"", "-", "", true},
		{"months", "month", "", true},
		{"euros", "€", "euro", true},
	}
	for _, tt := range units {
		if ok := UnitOK(tt.sys, tt.unit, tt.norm); ok != tt.ok {
			t.Errorf("UnitOK(%q, %q, %q) = %v, want %v", tt.sys, tt.unit, tt.norm, ok, tt.ok)
		}
	}
}
