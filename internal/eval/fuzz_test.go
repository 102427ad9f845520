package eval

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

var tokenRe = regexp.MustCompile(`^[a-z0-9]+$`)

func FuzzRougeTokens(f *testing.F) {
	for _, s := range []string{"", "Hello, World!", "İstanbul 3.5%", "naïve—text\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := RougeTokens(s)
		for _, tok := range toks {
			if !tokenRe.MatchString(tok) {
				t.Fatalf("token %q of %q is not [a-z0-9]+", tok, s)
			}
		}
		r := RougeAll(s, s)
		if len(toks) > 0 && (!near(r.R1, 1) || !near(r.RL, 1)) {
			t.Fatalf("RougeAll(s, s) = %+v", r)
		}
		if len(toks) == 0 && r != (Rouge{}) {
			t.Fatalf("RougeAll of no tokens = %+v", r)
		}
	})
}

func FuzzDateInterval(f *testing.F) {
	for _, s := range []string{"2024-08-16", "2024-W34-WE", "2024-07", "2024", "2024-Q4", "P10M", "2024-13"} {
		f.Add(s, "END")
	}
	f.Fuzz(func(t *testing.T, value, mod string) {
		s, e, ok := DateInterval(value, mod)
		if ok && e.Before(s) {
			t.Fatalf("DateInterval(%q, %q) = %v after %v", value, mod, s, e)
		}
		if ok && e.Sub(s) > 366*24*time.Hour {
			t.Fatalf("DateInterval(%q, %q) = %v..%v: longer than a year", value, mod, s, e)
		}
	})
}

func BenchmarkRougeAll(b *testing.B) {
	ref := strings.Repeat("The port strike ended on Friday after ten days of talks. ", 4)
	pred := strings.Repeat("Talks to end the ten-day port strike ended on Friday, the union said. ", 6)
	b.SetBytes(int64(len(ref) + len(pred)))
	b.ReportAllocs()
	for b.Loop() {
		RougeAll(ref, pred)
	}
}

func BenchmarkGreedyOverlap(b *testing.B) {
	var sys, gold []Span
	for i := 0; i < 200; i++ {
		sys = append(sys, Span{i * 50, i*50 + 40})
		gold = append(gold, Span{i*50 + 5, i*50 + 45})
	}
	b.ReportAllocs()
	for b.Loop() {
		GreedyOverlap(sys, gold, 0.5)
	}
}
