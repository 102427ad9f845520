package summary

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/internal/article"
)

// txCheckMasks runs every matcher at every token of text and reports a
// match by a matcher that the token's mask leaves out: the masks only
// save work, they must never hide an expression.
func txCheckMasks(t *testing.T, text string, ref time.Time, at func(i int) bool) {
	t.Helper()
	p := txNewParser(text, ref)
	defer p.release()
	for off := 0; off < len(text); {
		end := txSegmentEnd(text, off)
		p.toks = p.tokenize(p.toks, text, off, end)
		for i := range p.toks {
			if at != nil && !at(i) {
				continue
			}
			for m, f := range txMatchers {
				if _, ok := f(p, i); ok && p.toks[i].mask&(1<<m) == 0 {
					t.Errorf("matcher %d matches at %q (%q) outside the mask %b", m, p.toks[i].lo, text[p.toks[i].s:min(end, p.toks[i].s+40)], p.toks[i].mask)
				}
			}
		}
		off = end
	}
}

// TestTxMasks checks the matcher masks on text written for the test, on
// every trigger word followed by every trigger word, and on numbers of
// every shape.
func TestTxMasks(t *testing.T) {
	const text = "On Monday, the council said that last week's vote, held at 10:35 p.m. Thursday, " +
		"would be repeated in the third quarter of 2024 or so. The 1990s, fiscal 1989, the year-end, " +
		"'90s, Q3 2008, 2007's third quarter and the year-earlier period were named. Every day, " +
		"each Thursday, daily, these days, right now, recently. Two to three weeks, a couple of years, " +
		"a few days, several months, 10-month, 48 hours ago, years ago, for years. The past three years, " +
		"recent years, this morning, last night, next March, this summer, the following year, the day before, " +
		"that same day, the next day. Christmas Eve, Thanksgiving Day, last Easter. Nineteen ninety-six, " +
		"the year two thousand, the 20th century, the twentieth century. Noon Thursday, midnight, at noon, " +
		"0830 GMT, 10:30 local time, 6 a.m., 3/5/2024, 2024-03-05, 14 March 2025, the 14th of March, " +
		"Aug. 7, 1998, March 1996, July last year, May 31, in May, early next year, late last month, mid-1990s.\n" +
		"Later Thursday, about two years ago, almost a decade, more than a year, up to six weeks, the near future, " +
		"the short term, the future, the past, the weekend, in the morning, the first nine months, the latest period."
	for _, ref := range []time.Time{{}, day("2024-08-23")} {
		txCheckMasks(t, text, ref, nil)
	}
	if testing.Short() {
		return
	}
	words := make([]string, 0, len(txTriggers))
	for w := range txTriggers {
		words = append(words, w)
	}
	slices.Sort(words)
	next := append(slices.Clone(words), "1990", "5", "'", "-", ",", ".", "s", "of", "day", "year")
	var b strings.Builder
	for _, w := range words {
		for _, x := range next {
			for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
				b.WriteString("in " + v + " " + x + " of 1990 quarter day\n")
			}
		}
	}
	for _, n := range []string{"0", "5", "05", "12", "31", "32", "99", "100", "365", "0830", "1990", "2024",
		"9999", "12345", "000020", "1,200", "2.5", "10:30", "10:30:45"} {
		for _, x := range next {
			for _, prev := range []string{"in", "at", "the", "$"} {
				b.WriteString(prev + " " + n + " " + x + " of 1990 quarter day\n")
				b.WriteString(prev + " " + n + "-" + x + " p.m. GMT\n")
			}
		}
	}
	at := func(i int) bool { return i == 1 } // the trigger word or number
	for _, ref := range []time.Time{{}, day("2024-08-23")} {
		txCheckMasks(t, b.String(), ref, at)
	}
}

// TestTxMasksCorpus checks the matcher masks on every document of the
// shared evaluation folder named by BRIEF_EVAL_DIR (skipped without it).
func TestTxMasksCorpus(t *testing.T) {
	dir := os.Getenv("BRIEF_EVAL_DIR")
	if dir == "" || testing.Short() {
		t.Skip("BRIEF_EVAL_DIR not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "docs", "*.txt"))
	arts, err := article.LoadAll(context.Background(), files, article.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		txCheckMasks(t, a.Text, a.Published, nil)
		if t.Failed() {
			return
		}
	}
}

// TestTxWordTable checks the word table against the maps it replaces.
func TestTxWordTable(t *testing.T) {
	for w := range txTriggers {
		if !txIsTrigger(w) {
			t.Errorf("trigger %q not found", w)
		}
	}
	for _, w := range []string{"", "x", "officials", "thee", "mondays", "ths"} {
		if txIsTrigger(w) {
			t.Errorf("%q found as a trigger", w)
		}
	}
	for m, words := range txStartWords() {
		for _, w := range words {
			if !txTriggers[w] {
				t.Errorf("start word %q of matcher %d is not a trigger", w, m)
			}
		}
	}
	p := txNewParser("", time.Time{})
	defer p.release()
	text := "The THE tHe Monday MONDAY Officials OFFICIALS Élan ÉLAN naïve Naïve KELVIN-K \u212Aey"
	for _, tk := range p.tokenize(nil, text, 0, len(text)) {
		if w := text[tk.s:tk.e]; tk.kind == txTkWord && tk.lo != strings.ToLower(w) {
			t.Errorf("lower(%q) = %q", w, tk.lo)
		}
	}
}

// BenchmarkTimexCorpus times the tagger on the real news of summ-bbc (no
// reference dates) when BRIEF_EVAL_DIR names the shared evaluation
// folder: "find" is findTimexes, "retag" the second pass of the relative
// timeline (retagTimexes against the weekday anchor).
func BenchmarkTimexCorpus(b *testing.B) {
	arts, size := corpusArticles(b, "summ-bbc")
	txs := make([][]Timex, len(arts))
	for i, a := range arts {
		txs[i] = findTimexes(a, time.Time{})
	}
	b.Run("find", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			for _, a := range arts {
				findTimexes(a, time.Time{})
			}
		}
		b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
	})
	b.Run("retag", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			for i, a := range arts {
				wd := storyWeekday(txs[i])
				known := wd != 0
				need := func(t Timex) bool { return relNeedsAnchor(a, t, known) }
				if slices.ContainsFunc(txs[i], need) {
					retagTimexes(a, relAnchor(max(wd, 1)), txs[i], need)
				}
			}
		}
		b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
	})
}

// TestTxLazyFlags checks that lazy tokenising followed by fillFlags gives
// the tokens plain tokenising gives, with and without anyStart.
func TestTxLazyFlags(t *testing.T) {
	text := "The THE Monday MONDAY monday Officials said that last week, about 5 days ago, Élan naïve " +
		"no more than two-thirds of the year-end. In MAY the Fiscal 1990 quarter ended; 10:30 p.m. in Zürich."
	for _, any := range []bool{false, true} {
		p, q := txNewParser(text, time.Time{}), txNewParser(text, time.Time{})
		p.anyStart, q.anyStart, q.lazy = any, any, true
		want := p.tokenize(nil, text, 0, len(text))
		got := q.tokenize(nil, text, 0, len(text))
		q.toks = got
		q.fillFlags(0, len(got))
		if !slices.Equal(got, want) {
			t.Errorf("anyStart %v: lazy tokens differ:\n got %v\nwant %v", any, got, want)
		}
		p.release()
		q.release()
	}
}

// TestTxLetterRun compares txLetterRun with the plain byte loop on every
// start of text with every byte value, and on words of every length.
func TestTxLetterRun(t *testing.T) {
	plain := func(s string, j int) (int, bool) {
		upper := false
		for j < len(s) && txClass[s[j]] == txcLetter {
			upper = upper || s[j] < 'a'
			j++
		}
		return j, upper
	}
	var texts []string
	for c := 0; c < 256; c++ {
		texts = append(texts, "abcdefgh"+string([]byte{byte(c)})+"xyzXYZabcdefghijk", string([]byte{byte(c)}))
	}
	for n := 0; n < 20; n++ {
		for _, u := range []int{-1, 0, n / 2, n - 1} {
			w := []byte(strings.Repeat("q", n))
			if u >= 0 && u < n {
				w[u] = 'Q'
			}
			texts = append(texts, string(w), string(w)+" x", string(w)+"é", string(w)+"@[`{")
		}
	}
	texts = append(texts, "The Council's 10:30 meeting, Zürich — AZaz@[`{ mid-1990s")
	for _, s := range texts {
		for j := 0; j <= len(s); j++ {
			ge, gu, gh := txLetterRun(s, j)
			we, wu := plain(s, j)
			if wh := txHead(s, j, we-j); ge != we || gu != wu || gh != wh {
				t.Fatalf("txLetterRun(%q, %d) = %d, %v, %x; want %d, %v, %x", s, j, ge, gu, gh, we, wu, wh)
			}
		}
	}
}

// TestTxHeadLookup checks the head-keyed lookups against the plain maps:
// every word of the table, in lower, title and upper case, and the same
// words with their last letter changed, found as tokens.
func TestTxHeadLookup(t *testing.T) {
	p := txNewParser("", time.Time{})
	defer p.release()
	for _, e := range txWords[1:] {
		w := e.w
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue // not a single token
		}
		other := w[:len(w)-1] + string(rune('a'+(w[len(w)-1]-'a'+1)%26))
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w), other, strings.ToUpper(other)} {
			text := "x " + v + " x"
			toks := p.tokenize(nil, text, 0, len(text))
			tk := toks[1]
			lo := strings.ToLower(v)
			if tk.lo != lo || (tk.flag&txfTrigger != 0) != txTriggers[lo] {
				t.Errorf("%q: lo %q trigger %v; want %q %v", v, tk.lo, tk.flag&txfTrigger != 0, lo, txTriggers[lo])
			}
			if txIsTrigger(lo) != txTriggers[lo] {
				t.Errorf("txIsTrigger(%q) = %v", lo, !txTriggers[lo])
			}
		}
	}
}

// TestTxLowerLetters compares txLowerLetters with strings.ToLower on words
// of ASCII letters of every length around its buffer size.
func TestTxLowerLetters(t *testing.T) {
	for n := 1; n < 40; n++ {
		for _, w := range []string{strings.Repeat("Ab", n)[:n], strings.Repeat("Z", n), strings.Repeat("q", n)} {
			if got, want := txLowerLetters(w), strings.ToLower(w); got != want {
				t.Errorf("txLowerLetters(%q) = %q, want %q", w, got, want)
			}
		}
	}
}
