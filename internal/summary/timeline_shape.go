package summary

import (
	"strings"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
)

// The shape of a timeline event: who is speaking, and the subject, verb
// and object of the clause, rearranged when the sentence puts them apart.

// evPronouns are subject pronouns resolved to a named person.
var evPronouns = map[string]bool{"he": true, "she": true, "they": true}

// speakerOf names the speaker of subject words subj ("Union chief Tomas
// Brandt" gives "Brandt", "she" the person last named before). Without a
// name, a short common subject is kept when loose is set ("The union").
func speakerOf(a *article.Article, t Timex, subj []evWord, loose bool, split *evSplitter) string {
	if len(subj) == 1 && subj[0].is(evfPronoun) {
		return pronounName(a, t.Sentence, split)
	}
	if n := nameIn(subj, 0); n != "" {
		return n
	}
	if !loose || len(subj) == 0 || len(subj) > 3 {
		return ""
	}
	for len(subj) > 1 && subj[0].is(evfArticle|evfClause) {
		subj = subj[1:]
	}
	if subj[0].is(evfNotName) || subj[len(subj)-1].is(evfFiller) {
		return "" // "It also said"
	}
	var b strings.Builder
	for i, w := range subj {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(evTrim(w.w))
	}
	out := b.String()
	if r, n := utf8.DecodeRuneInString(out); n > 0 {
		out = strings.ToUpper(string(r)) + out[n:]
	}
	return out
}

// evArticles are determiners.
var evArticles = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true,
	"its": true, "their": true, "his": true, "her": true}

// nameIn returns the surname of the last person named in ws from word
// from on: the last word of a run of two or more capitalised words, or a
// capitalised word right before a speech verb.
func nameIn(ws []evWord, from int) string {
	name, run := "", 0
	for i := from; i < len(ws); i++ {
		w := evTrim(ws[i].w)
		if w == "" || w[0] < 'A' || w[0] > 'Z' || ws[i].is(evfNotName) || i == 0 {
			run = 0
			continue
		}
		run++
		next := i+1 < len(ws)
		if run >= 2 || next && ws[i+1].is(evfSpeech) {
			name = w
			if run == 2 && i >= 2 && ws[i-2].lo == "the" { // an organisation: "the White House"
				name = evTrim(ws[i-1].w) + " " + w
			}
		}
		if strings.HasSuffix(ws[i].w, ",") {
			run = 0
		}
	}
	return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
}

// evNotName are capitalised words that do not name a speaker.
var evNotName = map[string]bool{"the": true, "a": true, "but": true, "and": true, "we": true,
	"i": true, "it": true, "he": true, "she": true, "they": true, "in": true, "on": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "you": true, "this": true, "that": true, "there": true}

// pronounName returns the person named in the two sentences before
// sentence si, or "". It splits them in split's spare buffer.
func pronounName(a *article.Article, si int, split *evSplitter) string {
	for k := si - 1; k >= 0 && k >= si-2 && k < len(a.Sentences); k-- {
		sp := a.Sentences[k]
		if n := nameIn(split.splitWords(&split.aux, a.Text, sp.Start, sp.End, -1, -1), 0); n != "" {
			return n
		}
	}
	return ""
}

// evPreps are prepositions that open a modifier or an adjunct.
var evPreps = map[string]bool{"at": true, "of": true, "in": true, "on": true, "for": true,
	"from": true, "with": true, "by": true, "to": true, "into": true, "over": true, "against": true}

// evModals open a verb phrase that needs a subject.
var evModals = map[string]bool{"would": true, "will": true, "could": true, "should": true,
	"may": true, "might": true, "must": true, "can": true, "was": true, "were": true, "had": true}

// reducedRelative rewrites "from the 3% employers proposed <time>" as
// "employers proposed the 3%" and "to a call Joe Biden held with X <time>"
// as "Joe Biden held a call with X", or returns nil.
func reducedRelative(ws []evWord, cs, ce, first, last int) []evWord {
	v := first - 1
	for v > first-4 && v > cs && !ws[v].is(evfPast|evfCommaSemi) {
		v--
	}
	sj := v - 1
	if sj-2 < cs || sj < 1 || !ws[v].is(evfPast) || ws[v].is(evfCommaSemi) {
		return nil
	}
	subj := &ws[sj]
	if subj.is(evfArticle | evfPrep | evfCommaSemi | evfVerb) {
		return nil
	}
	ss := sj // where the subject is said from
	if ws[sj-1].is(evfArticle) && sj-1 > cs {
		sj-- // "the mayor"
		ss = sj
	}
	for sj > cs+1 && evCapital(ws[sj].w) && evCapital(ws[sj-1].w) && !ws[sj-1].is(evfArticle) {
		sj-- // a name: "US President Joe Biden"
		ss = max(sj, v-2)
	}
	d := -1
	for k := sj - 1; k >= cs && k >= sj-3; k-- {
		if ws[k].is(evfPrep | evfCommaSemi) {
			return nil
		}
		if ws[k].is(evfArticle) {
			d = k
			break
		}
	}
	if d <= cs || !ws[d-1].is(evfPrep) {
		return nil
	}
	out := make([]evWord, 0, 12+ce-last)
	out = append(out, ws[ss:v+1]...)
	out = append(out, ws[d:sj]...)
	out = append(out, ws[v+1:first]...)
	return append(out, ws[last+1:ce]...)
}

// evRelative open a relative clause.
var evRelative = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true}

// evCapital reports whether w starts with an ASCII capital letter.
func evCapital(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// borrowSubject returns ws[cs:ce], led by the subject (and verb) of the
// clause before when it opens "and would …" or "and by …".
func borrowSubject(ws []evWord, lo, cs, ce int) []evWord {
	if cs-1 <= lo || ws[cs-1].lo != "and" || cs >= ce {
		return ws[cs:ce]
	}
	w := &ws[cs]
	stop := -1
	for k := lo; k < cs-1; k++ {
		if ws[k].is(evfCommaSemi) {
			return ws[cs:ce]
		}
		if w.is(evfModal) && ws[k].is(evfVerb|evfModal) ||
			w.is(evfPrep) && ws[k].is(evfPrep) && k > lo+2 {
			stop = k
			break
		}
	}
	if stop <= lo || stop-lo > 6 {
		return ws[cs:ce]
	}
	out := make([]evWord, 0, stop-lo+ce-cs)
	out = append(out, ws[lo:stop]...)
	return append(out, ws[cs:ce]...)
}

// compressSubject shortens a long subject: a title before a name
// ("Transport Minister Karel Dijk" keeps "Karel Dijk") or a modifier
// after the second preposition ("Talks to end a strike at the port of
// Veldhaven resumed" keeps "Talks to end a strike resumed").
func compressSubject(ws []evWord) []evWord {
	caps := 0
	for caps < len(ws) && !ws[caps].tx && ws[caps].w != "" && ws[caps].w[0] >= 'A' && ws[caps].w[0] <= 'Z' {
		caps++
	}
	if caps >= 3 && caps < len(ws) && ws[caps].is(evfVerb) {
		return ws[caps-2:]
	}
	v := -1
	for k := 1; k < len(ws) && !ws[k].tx; k++ {
		if ws[k].is(evfVerb|evfModal) && !ws[k-1].is(evfArticle|evfPrep) {
			v = k
			break
		}
	}
	if v < 5 || !evCapital(ws[0].w) && !ws[0].is(evfArticle) || strings.HasSuffix(ws[0].lo, "ing") {
		return ws
	}
	p := -1
	for k := 2; k < v; k++ {
		if ws[k].is(evfPrep) && !(evCapital(ws[k-1].w) && evCapital(ws[k+1].w)) { // not "World of Warcraft"
			p = k
			break
		}
	}
	if p < 0 {
		return ws
	}
	out := make([]evWord, 0, len(ws))
	out = append(out, ws[:p]...)
	return append(out, ws[v:]...)
}
