package summary

import "strings"

// Tense cues of the clause around an expression: the verbs, subjects and
// clause boundaries that tenseAt reads to decide which way an unanchored
// weekday or month points.

// quoteEnd reports whether token k closes a quotation: a straight or
// curly double quote, or two apostrophes.
func (p *txParser) quoteEnd(k int) bool {
	switch p.lo(k) {
	case "\"", "”":
		return true
	case "'":
		return p.lo(k+1) == "'" && p.joined(k+1)
	}
	return false
}

// clockBefore returns the first token of the clock time ("9 a.m.", "5
// p.m. EST,", "noon") that ends right before token i, or i itself.
func (p *txParser) clockBefore(i int) int {
	k := i - 1
	if p.lo(k) == "," {
		k--
	}
	if txTimezones[p.lo(k)] {
		k--
	}
	switch p.lo(k) {
	case "noon", "midnight":
		return k
	case "am", "pm":
		k--
	case ".", "m":
		if p.lo(k) == "." {
			k--
		}
		if p.lo(k) != "m" || p.lo(k-1) != "." || p.lo(k-2) != "a" && p.lo(k-2) != "p" {
			return i
		}
		k -= 3
	default:
		return i
	}
	if k >= 0 && p.toks[k].kind == txTkNum {
		return k
	}
	return i
}

// txSubordinators open a clause of their own: tense cues before them
// belong to another verb.
var txSubordinators = map[string]bool{
	"because": true, "although": true, "though": true, "whereas": true,
}

// scheduledPresent reports whether the expression at token i follows a
// present-tense scheduling verb, directly or through "on" ("the museum
// opens Saturday", "leaders meet on Friday"): a scheduled, coming event.
// A plural base form counts only after a plural subject ("they", a word
// in -s) and an -s form only after a word that is not a determiner, so
// the nouns in "the vote Friday" and "two votes Monday" do not.
func (p *txParser) scheduledPresent(i int) bool {
	k := i - 1
	if p.lo(k) == "on" {
		k--
	}
	if w := p.lo(k); len(w) > 4 && strings.HasSuffix(w, "ly") {
		k-- // "meet separately on Monday"
	}
	if k < 1 || p.toks[k].kind != txTkWord {
		return false
	}
	prev := p.toks[k-1]
	if prev.kind != txTkWord || txNotSubject[prev.lo] {
		return false
	}
	w := p.lo(k)
	if txScheduleVerbs[w] {
		return txPluralSubjects[prev.lo] || len(prev.lo) > 3 && strings.HasSuffix(prev.lo, "s") && !strings.HasSuffix(prev.lo, "ss") ||
			p.conjoinedSubject(k-1)
	}
	base, ok := strings.CutSuffix(w, "s")
	if ok && !txScheduleVerbs[base] {
		base, ok = strings.CutSuffix(w, "es")
	}
	return ok && txScheduleVerbs[base]
}

// conjoinedSubject reports whether the noun at token k closes a subject
// joined by "and" ("He and the premier meet Monday").
func (p *txParser) conjoinedSubject(k int) bool {
	for b := k - 1; b >= 0 && b >= k-5; b-- {
		if p.lo(b) == "and" {
			return true
		}
		if p.toks[b].kind != txTkWord || p.clauseStop(b) {
			return false
		}
	}
	return false
}

// txScheduleVerbs are the base forms of verbs whose present tense before a
// weekday announces a scheduled event.
var txScheduleVerbs = map[string]bool{
	"meet": true, "open": true, "start": true, "begin": true, "vote": true, "play": true,
	"face": true, "host": true, "resume": true, "return": true, "travel": true,
	"visit": true, "close": true, "launch": true, "hold": true,
}

// txPluralSubjects are pronouns that take a plural base-form verb.
var txPluralSubjects = map[string]bool{"they": true, "we": true, "you": true, "i": true}

// txNotSubject are words before a scheduling word that make it a noun
// ("the vote", "two visits") or a non-finite form ("did not meet",
// "to meet") whose tense other cues decide.
var txNotSubject = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true,
	"those": true, "two": true, "three": true, "four": true, "several": true, "many": true,
	"first": true, "last": true, "next": true, "final": true, "weekly": true, "s": true,
	"to": true, "not": true, "did": true, "does": true, "do": true, "didn": true,
	"will": true, "would": true, "could": true, "can": true, "should": true, "may": true,
	"might": true, "must": true, "shall": true, "ll": true, "t": true, "no": true,
}

// headlineFuture reports whether token i stands in a headline that uses
// the "subject to verb" future ("Minister to visit Japan on Sunday"): a
// "to" before i between a word that is not an inflected verb ("rises to")
// and a word that is not a number, article or adjective of level.
func (p *txParser) headlineFuture(i int) bool {
	if i >= len(p.toks) || p.toks[i].s >= p.titleEnd {
		return false
	}
	for k := i - 1; k >= 1; k-- {
		if p.toks[k].s < p.titleStart || p.clauseStop(k) {
			return false
		}
		if p.lo(k) != "to" {
			continue
		}
		prev, next := p.toks[k-1], p.lo(k+1)
		if prev.kind != txTkWord || k+1 >= i || p.toks[k+1].kind != txTkWord {
			return false
		}
		if strings.HasSuffix(prev.lo, "s") || strings.HasSuffix(prev.lo, "ed") || txHeadlineNotVerb[next] {
			return false
		}
		_, num := txNumberWords[next]
		return !num && !strings.HasSuffix(next, "est")
	}
	return false
}

// txHeadlineNotVerb are words that follow "to" in a headline without
// making it a future ("falls to record low").
var txHeadlineNotVerb = map[string]bool{
	"the": true, "a": true, "an": true, "record": true, "new": true, "its": true,
	"their": true, "his": true, "her": true, "near": true,
}

// scheduledVerbS reports whether token k is the present -s form of a
// scheduling verb ("holds", "testifies") used as a verb: not after a
// determiner or a number ("two visits").
func (p *txParser) scheduledVerbS(k int) bool {
	w := p.lo(k)
	if len(w) < 5 || w[len(w)-1] != 's' || txNotSubject[p.lo(k-1)] || k > 0 && p.toks[k-1].kind == txTkNum {
		return false
	}
	base := w[:len(w)-1]
	if strings.HasSuffix(w, "ies") {
		base = w[:len(w)-3] + "y"
	} else if strings.HasSuffix(w, "es") && !txScheduleVerbs[base] {
		base = w[:len(w)-2]
	}
	return txScheduleVerbs[base] || txScheduleVerbsMore[base]
}

// txScheduleVerbsMore are further verbs whose present -s form announces a
// scheduled event anywhere in the clause.
var txScheduleVerbsMore = map[string]bool{
	"speak": true, "testify": true, "appear": true, "address": true, "arrive": true,
	"depart": true, "debate": true, "headline": true, "unveil": true, "release": true,
}

// txScheduledFor are participles that, followed by "for", give an
// event's planned date ("a rally slated for Wednesday").
var txScheduledFor = map[string]bool{
	"scheduled": true, "slated": true, "set": true, "planned": true, "timed": true,
}

// txIntentIng are -ing forms that, followed by "to", announce a coming
// event whatever the tense of their auxiliary.
var txIntentIng = map[string]bool{
	"planning": true, "preparing": true, "hoping": true, "expecting": true,
	"intending": true, "aiming": true, "threatening": true,
}

// txExpectVerbs are present forms of verbs of expectation.
var txExpectVerbs = map[string]bool{
	"expect": true, "expects": true, "anticipate": true, "anticipates": true,
	"predict": true, "predicts": true,
}

// txCauseAfterTo are words after "due to" that make it "because of".
var txCauseAfterTo = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "this": true, "that": true, "these": true,
	"those": true, "lower": true, "higher": true, "weak": true, "strong": true,
	"poor": true, "bad": true, "heavy": true, "increased": true, "reduced": true,
}

// txDeferVerbs move or grant a deadline: "extended until Tuesday", "has
// until Tuesday", "gave them until Tuesday" point ahead.
var txDeferVerbs = map[string]bool{
	"extended": true, "postponed": true, "delayed": true, "moved": true, "pushed": true,
	"adjourned": true, "deferred": true, "suspended": true, "was": true, "were": true,
	"been": true, "is": true, "are": true, "has": true, "have": true,
	"gave": true, "given": true, "granted": true, "allowed": true,
}

// txIntentVerbs followed by "to" point to the future ("expected to").
var txIntentVerbs = map[string]bool{
	"expected": true, "supposed": true, "scheduled": true, "planned": true, "slated": true,
	"poised": true, "set": true, "due": true, "hoped": true, "intended": true, "agreed": true,
	"decided": true, "promised": true, "vowed": true, "pledged": true, "threatened": true,
	"wanted": true, "prepared": true, "aimed": true,
}
