package eval

import (
	"strings"
	"unicode"
)

// stopCaps are capitalised words that never name a speaker.
var stopCaps = map[string]bool{"he": true, "she": true, "they": true, "it": true, "the": true, "a": true,
	"an": true, "his": true, "her": true, "their": true, "this": true, "that": true, "these": true,
	"those": true, "we": true, "i": true, "you": true}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// speakerWords splits s into words: runs of letters and digits, joined
// across an apostrophe (' or ’) that has letters or digits on both sides.
func speakerWords(s string) []string {
	rs := []rune(s)
	var out []string
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isWordRune(rs[j]) {
			j++
		}
		for j+1 < len(rs) && (rs[j] == '\'' || rs[j] == '’') && isWordRune(rs[j+1]) {
			j++
			for j < len(rs) && isWordRune(rs[j]) {
				j++
			}
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

// stripPossessive lowercases w and drops a possessive 's (or a trailing
// apostrophe).
func stripPossessive(w string) string {
	lw := strings.ToLower(w)
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(lw, suf) {
			return strings.TrimSuffix(lw, suf)
		}
	}
	return strings.TrimRight(lw, "'’")
}

// SpeakerHead returns the last capitalised word of a gold speaker that is not
// a pronoun or determiner, lowercased and without a possessive; "" when there
// is none (the gold speaker is then not scoreable).
func SpeakerHead(gold string) string {
	head := ""
	for _, w := range speakerWords(gold) {
		r := []rune(w)[0]
		if unicode.IsUpper(r) && !stopCaps[strings.ToLower(w)] {
			head = w
		}
	}
	if head == "" {
		return ""
	}
	return stripPossessive(head)
}

// SpeakerCorrect reports whether the system speaker sys names the gold
// speaker: the gold head word is a word of sys, or the last word of sys is a
// word of gold (case-insensitive, possessives stripped).
func SpeakerCorrect(gold, sys string) bool {
	if strings.TrimSpace(sys) == "" {
		return false
	}
	sw := speakerWords(sys)
	if head := SpeakerHead(gold); head != "" {
		for _, w := range sw {
			if stripPossessive(w) == head {
				return true
			}
		}
	}
	if len(sw) == 0 {
		return false
	}
	last := stripPossessive(sw[len(sw)-1])
	for _, w := range speakerWords(gold) {
		if stripPossessive(w) == last {
			return true
		}
	}
	return false
}
