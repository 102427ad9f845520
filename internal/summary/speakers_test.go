package summary

import (
	"slices"
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
		if !qSpeechVerbs[w] {
			t.Errorf("qSpeechVerbs[%q] = false, want true", w)
		}
	}
	for _, w := range []string{"saying", "adding", "telling", "according"} {
		if !qSpeechIng[w] {
			t.Errorf("qSpeechIng[%q] = false, want true", w)
		}
	}
}
