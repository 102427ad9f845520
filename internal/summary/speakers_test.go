package summary

import (
	"slices"
	"strings"
	"testing"
)

func TestQEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"kiry", "kirby", 1, 1},
		{"kirby", "kirby", 1, 0},
		{"wadle", "wardle", 1, 1},
		{"lindqvst", "lindqvist", 2, 1},
		{"smith", "jones", 2, 3}, // over max: max+1
		{"ab", "abcdef", 2, 3},
	}
	for _, tc := range tests {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			if got := qEditDistance(tc.a, tc.b, tc.max); got != tc.want {
				t.Errorf("qEditDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.max, got, tc.want)
			}
		})
	}
}

func TestQSentenceStarts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []int
	}{
		{"two sentences", "It rained. Then it stopped.", []int{0, 11}},
		{"abbreviation", "Mr. Falk spoke. He left.", []int{0, 16}},
		{"initial", "Donald J. Trump spoke.", []int{0}},
		{"after a closing mark", `"We won." She smiled.`, []int{0, 10}},
		{"quote opens a sentence", `He said so. "Yes."`, []int{0, 12}},
		{"lower case goes on", `"Why?" he asked.`, []int{0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := qSentenceStarts(nil, tc.text, 0, len(tc.text))
			if !slices.Equal(got, tc.want) {
				t.Errorf("qSentenceStarts(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestQScanSegments(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"straight", `He said "yes" and "no."`, []string{"yes", "no"}},
		{"curly", `“One,” she said, “two.”`, []string{"One", "two"}},
		{"doubled apostrophes with a nested single", `''It is 'wrong track.'.'' he said`, []string{"It is 'wrong track.'"}},
		{"guillemets", `«Bonjour», dit-il.`, []string{"Bonjour"}},
		{"stray closing mark", `The 6" pipe and the "valve" broke.`, []string{"valve"}},
		{"unclosed in the middle of a paragraph", `He said "yes and left.`, nil},
		{"unclosed paragraph that opens with a mark", "“First part.\nHe left.", []string{"First part"}},
		{"trailing punctuation trimmed", `"Really?" "Yes." "Fine;"`, []string{"Really?", "Yes", "Fine"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := quoteArticle(tc.text)
			var got []string
			for _, s := range qScanSegments(a.Text, qRegions(a)) {
				got = append(got, a.Text[s.cs:s.ce])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("qScanSegments(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestQSpeechVerbs(t *testing.T) {
	for _, w := range []string{"said", "says", "saying", "told", "wrote", "written", "added", "replied",
		"quipped", "quipping", "admitted", "denied", "tweeted", "insisted", "described"} {
		if !qSpeechVerbs.has(w) {
			t.Errorf("qSpeechVerbs.has(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"saying", "adding", "telling", "according"} {
		if !qSpeechIng.has(w) {
			t.Errorf("qSpeechIng.has(%q) = false, want true", w)
		}
	}
}

// TestQLowerHelpers checks the allocation-free word helpers against the
// strings.ToLower forms they replace.
func TestQLowerHelpers(t *testing.T) {
	words := []string{"", "s", "'s", "’s", "Jones'", "JONES'", "Jones’", "Jones's", "JONES'S", "Agency’s",
		"agency's", "Party''", "s’", "Ministry", "MINISTRY’S", "Ünion's", "President", "Sen.", "sen", "GOV.",
		"State", "ſtate", "Kelvin\u212a", "averyveryverylongwordthatdoesnotfit's", "o'", "x's'"}
	for _, w := range words {
		t.Run(w, func(t *testing.T) {
			l := strings.ToLower(w)
			base, _ := qStripPossessive(l)
			if got := qOrgWord(w); got != qOrgWords.has(base) {
				t.Errorf("qOrgWord(%q) = %v, want %v", w, got, qOrgWords.has(base))
			}
			if got := string(qStripPossessiveLower([]byte(l))); got != base {
				t.Errorf("qStripPossessiveLower(%q) = %q, want %q", l, got, base)
			}
			if got, want := qIsTitleWord(w), qTitles.has(l) || qTitles.has(l+"."); got != want {
				t.Errorf("qIsTitleWord(%q) = %v, want %v", w, got, want)
			}
			if got, want := qLowerIn(&qAbbrevs, w), qAbbrevs.has(l); got != want {
				t.Errorf("qLowerIn(qAbbrevs, %q) = %v, want %v", w, got, want)
			}
			if got, want := qASCIIFoldEq(w, "state"), l == "state"; got != want {
				t.Errorf("qASCIIFoldEq(%q, state) = %v, want %v", w, got, want)
			}
		})
	}
}

// TestQTitleCaseFields checks qTitleCase's field splitting on odd spacing.
func TestQTitleCaseFields(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Meet the Press", true},
		{"  Meet\tthe\u00a0Press  ", true},
		{"meet the press", false},
		{"", false},
		{" \n ", false},
		{"The Of And", false},
	}
	for _, tc := range tests {
		t.Run(tc.s, func(t *testing.T) {
			if got := qTitleCase(tc.s); got != tc.want {
				t.Errorf("qTitleCase(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

// TestQWordEndASCII checks the inline word end against qWordEnd at every
// ASCII word start.
func TestQWordEndASCII(t *testing.T) {
	texts := []string{
		"Mr. Smith's dogs, the U.S. and Jones' cat-like A&P fish.",
		"Sanders’ plan; O'Brien said: \"no.\" e.g. 3.5 1,000 x-ray",
		"ends with s", "s", "word.", "Ms.", "abc&", "it’s", "don't-", "Café society",
	}
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if c := text[i]; c >= 0x80 || !qASCIIWord[c] {
				continue
			}
			if got, want := qWordEndASCII(text, i, len(text)), qWordEnd(text, i, len(text)); got != want {
				t.Errorf("%q at %d: qWordEndASCII = %d, qWordEnd = %d", text, i, got, want)
			}
		}
	}
}

// TestQIsConnector checks the packed connector test and its case-folding
// variant against the word list.
func TestQIsConnector(t *testing.T) {
	set := map[string]bool{}
	for _, w := range strings.Fields("of de al bin van von der la le da du di del ibn abu") {
		set[w] = true
	}
	words := strings.Fields("of de al bin van von der la le da du di del ibn abu Of DE Bin vaN " +
		"o f a d od ed la. dell bi bon vin ab abuu the and in to at on")
	for _, w := range words {
		if got := qIsConnector(w); got != set[w] {
			t.Errorf("qIsConnector(%q) = %v", w, got)
		}
		if got := qIsConnectorFold(w); got != set[strings.ToLower(w)] {
			t.Errorf("qIsConnectorFold(%q) = %v", w, got)
		}
	}
}
