package summary

import "strings"

// isAdverb reports whether t may stand between a subject and its verb.
func (qa *qAnalyser) isAdverb(t qTok) bool {
	w := qa.lower(t)
	if qIsLowerWord(qa.word(t)) && strings.HasSuffix(w, "ly") && len(w) > 4 {
		return true
	}
	switch w {
	case "also", "later", "earlier", "then", "previously", "recently", "again", "once", "has", "had",
		"have", "would", "will", "never", "yesterday", "today", "tonight", "now", "still", "further",
		"separately", "repeatedly", "simply", "just", "often", "first", "last", "this",
		"on", "night", "morning", "afternoon", "evening", "week", "month", "year", "ago":
		return true
	}
	return qIsWeekday(w)
}

// qIsWeekday reports whether w names a day of the week.
func qIsWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// skipForward skips adverbs after a verb (`said Friday`, `said later`).
func (qa *qAnalyser) skipForward(toks []qTok, i int) int {
	for i < len(toks) && toks[i].kind == qWord && qa.isAdverb(toks[i]) && !qPronouns.has(qa.lower(toks[i])) {
		w := qa.lower(toks[i])
		if w == "on" && !(i+1 < len(toks) && qIsWeekday(qa.lower(toks[i+1]))) {
			break
		}
		i++
	}
	return i
}

// npForward reads the speaker noun phrase starting at toks[i] (`said John
// Kirby, the spokesman` -> John Kirby). A description followed by a name in
// apposition gives the name.
func (qa *qAnalyser) npForward(toks []qTok, i int) qNP {
	if i >= len(toks) || toks[i].kind != qWord {
		return qNP{}
	}
	if qPronouns.has(qa.lower(toks[i])) {
		return qNP{toks[i].s, toks[i].e, qNPPron}
	}
	if w := qa.word(toks[i]); qIsLowerWord(w) && qNPStop.has(w) {
		return qNP{} // "in an interview"
	}
	j := i
	for j < len(toks) && j-i < 8 && toks[j].kind == qWord {
		w := qa.lower(toks[j])
		if j > i && (qNPStop.has(w) && !qa.connector(toks, j) || qa.qIsCueWord(toks, j) && qIsLowerWord(qa.word(toks[j]))) {
			break
		}
		j++
	}
	np := qa.classify(toks, i, j)
	if np.kind == qNPDesc && qa.isPunct(toks, j, ",") {
		if alt := qa.bareName(toks, j+1); alt.kind == qNPName {
			return alt
		}
	}
	return np
}

// connector reports whether toks[j] joins two capitalised words of one name
// ("Secretary of State", "Abu al-Ahmad", "Charles de Gaulle").
func (qa *qAnalyser) connector(toks []qTok, j int) bool {
	if w := qa.word(toks[j]); !qIsConnectorFold(w) && (qIsASCII(w) || !qIsConnector(qa.lower(toks[j]))) {
		return false
	}
	return j > 0 && j+1 < len(toks) && toks[j-1].kind == qWord && toks[j+1].kind == qWord &&
		qIsUpperWord(qa.word(toks[j-1])) && qIsUpperWord(qa.word(toks[j+1]))
}

// bareName returns the name at toks[i:] when the chunk up to the next comma
// or end is only capitalised words.
func (qa *qAnalyser) bareName(toks []qTok, i int) qNP {
	j := i
	for j < len(toks) && toks[j].kind == qWord && (qIsUpperWord(qa.word(toks[j])) || qa.connector(toks, j)) {
		j++
	}
	if j == i || j-i > 5 || (j < len(toks) && toks[j].kind == qWord) {
		return qNP{}
	}
	if np := qa.classify(toks, i, j); np.kind == qNPName {
		return np
	}
	return qNP{}
}

// subjectBefore finds the subject of the verb at toks[v], looking back no
// further than toks[lo]: the noun phrase right before it, or across an
// apposition (`Lael Brainard, a Fed governor, said`; `The port's chief, Ingrid
// Vos, said`).
func (qa *qAnalyser) subjectBefore(toks []qTok, lo, v int) qNP {
	j := v
	for j > lo && toks[j-1].kind == qWord && qa.isAdverb(toks[j-1]) && !qIsUpperWord(qa.word(toks[j-1])) ||
		j > lo && toks[j-1].kind == qWord && qIsWeekday(qa.lower(toks[j-1])) {
		j--
	}
	if j > lo && qa.isPunct(toks, j-1, ",") {
		c1 := j - 1
		b1 := c1
		for b1 > lo && !qa.isPunct(toks, b1-1, ",") && c1-b1 < 30 {
			b1--
		}
		np1 := qa.npBackward(toks, b1, c1)
		var np0 qNP
		if b1 > lo && qa.isPunct(toks, b1-1, ",") {
			b0 := b1 - 1
			for b0 > lo && !qa.isPunct(toks, b0-1, ",") && b1-b0 < 12 {
				b0--
			}
			np0 = qa.npBackward(toks, b0, b1-1)
		}
		switch {
		case np0.kind == qNPName || np0.kind == qNPPron:
			return np0
		case np1.kind == qNPName:
			return np1
		case np0.kind != qNPNone:
			return np0
		}
		return np1
	}
	return qa.npBackward(toks, lo, j)
}

// npBackward reads the noun phrase that ends at toks[j-1], no further back
// than toks[lo].
func (qa *qAnalyser) npBackward(toks []qTok, lo, j int) qNP {
	if j <= lo || toks[j-1].kind != qWord {
		return qNP{}
	}
	if w := qa.lower(toks[j-1]); qPronouns.has(w) {
		return qNP{toks[j-1].s, toks[j-1].e, qNPPron}
	}
	i := j
	for i > lo && j-i < 8 && toks[i-1].kind == qWord {
		w := qa.lower(toks[i-1])
		if qNPStop.has(w) && !qa.connector(toks, i-1) || qa.qIsCueWord(toks, i-1) && qIsLowerWord(qa.word(toks[i-1])) ||
			qPronouns.has(w) || qPlainPast.has(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			break
		}
		i--
	}
	if i == j {
		return qNP{}
	}
	return qa.classify(toks, i, j)
}

// classify turns the words toks[i:j] into a speaker phrase: a trailing run
// of capitalised words is a name (titles stripped later); otherwise the
// phrase is a description ("Netanyahu's office", "one senior official").
func (qa *qAnalyser) classify(toks []qTok, i, j int) qNP {
	for i < j && (qa.lower(toks[i]) == "the" || qa.lower(toks[i]) == "a" || qa.lower(toks[i]) == "an") {
		i++
	}
	d := i
	for i < j && qDeterminers.has(qa.lower(toks[i])) {
		i++
	}
	for i < j && qIsUpperWord(qa.word(toks[i])) && qSentenceOpeners.has(qa.lower(toks[i])) {
		i++
	}
	for j > i+1 && qIsLowerWord(qa.word(toks[j-1])) && !qa.nounLike(toks[j-1]) {
		j-- // "one Republican involved (in the planning)"
	}
	if i >= j {
		return qNP{}
	}
	last := qa.word(toks[j-1])
	if _, poss := qStripPossessive(last); poss {
		return qNP{}
	}
	if qIsUpperWord(last) {
		k := j - 1
		for k > i && (qIsUpperWord(qa.word(toks[k-1])) || qa.connector(toks, k-1)) {
			k--
		}
		s, ok := qa.stripTitles(toks, k, j)
		if !ok {
			return qNP{}
		}
		for m := s + 2; m < j-1; m++ {
			if qa.lower(toks[m]) == "of" { // "Tom Carper of Delaware"
				j = m
				break
			}
		}
		return qNP{toks[s].s, toks[j-1].e, qNPName}
	}
	if qPronouns.has(qa.lower(toks[j-1])) {
		return qNP{toks[j-1].s, toks[j-1].e, qNPPron}
	}
	if !qa.nounLike(toks[j-1]) {
		return qNP{}
	}
	return qNP{toks[d].s, toks[j-1].e, qNPDesc}
}

// nounLike reports whether a lower-case word can head a speaker phrase.
func (qa *qAnalyser) nounLike(t qTok) bool {
	w := qa.lower(t)
	if qNPStop.has(w) || qSpeechVerbs.has(w) && !qNoCueAlone.has(w) || qDeterminers.has(w) {
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || qTimeNouns.has(w) {
		return false
	}
	for _, c := range w {
		if c >= '0' && c <= '9' {
			return false
		}
	}
	return len(w) > 1
}

// stripTitles skips titles and sentence openers at the front of the
// capitalised run toks[k:j] ("US President Joe Biden" -> "Joe Biden") and
// returns the first name token; ok is false when nothing is left.
func (qa *qAnalyser) stripTitles(toks []qTok, k, j int) (int, bool) {
	// Case-folded set look-ups (qLowerIn, qIsTitleWord) rather than lower:
	// the run's words are often looked at only here.
	for k < j && (qLowerIn(&qSentenceOpeners, qa.word(toks[k])) || qLowerIn(&qCalendarWords, qa.word(toks[k]))) {
		k++
	}
	for j > k && qLowerIn(&qCalendarWords, qa.word(toks[j-1])) {
		return 0, false
	}
	if k >= j {
		return 0, false
	}
	s := k
	for m := k; m < j-1; m++ {
		w := qa.word(toks[m])
		if qASCIIFoldEq(w, "state") && (m == 0 || !qASCIIFoldEq(qa.word(toks[m-1]), "of")) {
			continue // "State Department", but "Secretary of State John Kerry"
		}
		if qIsTitleWord(w) {
			s = m + 1
		}
	}
	for s < j && qa.connector(toks, s) {
		s++
	}
	return s, s < j
}

// dropParens removes short parenthesised groups from toks in place
// ("Rep. Jason Chaffetz (R-Utah) said").
func (qa *qAnalyser) dropParens(toks []qTok) []qTok {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		if qa.isPunct(toks, i, "(") {
			j := i + 1
			for j < len(toks) && j-i < 10 && !qa.isPunct(toks, j, ")") && !qa.isPunct(toks, j, "(") && toks[j].kind != qMark {
				j++
			}
			if qa.isPunct(toks, j, ")") {
				i = j
				continue
			}
		}
		out = append(out, toks[i])
	}
	return out
}

// qTimeNouns are nouns of time and quantity that never name a speaker.
var qTimeNouns = qSet(`second seconds minute minutes hour hours day days week weeks month months year years
decade decades century time times soon percent half doubt moment`)
