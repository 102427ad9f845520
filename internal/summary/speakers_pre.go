package summary

import "strings"

// qIntroWords open a sentence with an adverbial phrase that ends at the
// first comma ("In a statement, …", "Asked about …, Kirby said").
var qIntroWords = qSet(`in on at after before during since despite following under with without for
from asked speaking when while as if although though because like unlike according earlier later last
next once upon by through throughout amid among given outside inside instead besides beyond over
here there ever even alongside across against toward towards beside`)

// qLeadWords are conjunctions and adverbs skipped at a sentence start.
var qLeadWords = qSet(`but and so yet still however meanwhile also then now indeed moreover instead`)

// preCue looks for the cue of segment k between the start of its sentence
// (ss) and its opening mark: `Kirby said: "…"`, `saying "…"`, `what the
// White House described as a "…"`, `according to X, "…"`.
func (qa *qAnalyser) preCue(k, ss int) qCue {
	seg := qa.segs[k]
	from := qa.preFrom(k, ss)
	toks := qa.dropParens(qTokenize(qa.buf[:0], qa.text, from, seg.open))
	qa.buf = toks
	return qa.cueBefore(toks, k, ss, from)
}

// colonParaCue attributes a quote that opens its paragraph when the
// previous paragraph ends with a colon ("Breitbart News responded:").
func (qa *qAnalyser) colonParaCue(k int) qCue {
	seg := qa.segs[k]
	r := qa.regions[seg.para]
	if seg.para == 0 || qFirstNonSpace(qa.text, r[0], r[1]) != seg.open {
		return qCue{}
	}
	pr := qa.regions[seg.para-1]
	e := pr[1]
	for e > pr[0] && (qa.text[e-1] == ' ' || qa.text[e-1] == '\t') {
		e--
	}
	if e == pr[0] || qa.text[e-1] != ':' {
		return qCue{}
	}
	ss := qa.sentStart(e-1, seg.para-1)
	toks := qa.dropParens(qTokenize(qa.buf[:0], qa.text, max(ss, e-400), e))
	qa.buf = toks
	return qa.cueBefore(toks, -1, ss, max(ss, e-400))
}

// cueBefore finds the cue nearest the end of toks (the text before a quote
// of segment k, or -1 for none, in the sentence starting at ss).
func (qa *qAnalyser) cueBefore(toks []qTok, k, ss, from int) qCue {
	n := len(toks)
	colon := n > 0 && qa.isPunct(toks, n-1, ":")
	for v := n - 1; v >= 0; v-- {
		if toks[v].kind != qWord {
			continue
		}
		if qa.lower(toks[v]) == "according" && v+1 < n && qa.lower(toks[v+1]) == "to" {
			if np := qa.npForward(toks, v+2); np.kind != qNPNone {
				return qCue{ok: true, cs: toks[v].s, ce: toks[v+1].e, np: np}
			}
			continue
		}
		if !qa.qIsCueWord(toks, v) {
			continue
		}
		cs, ce := qa.cueSpan(toks, v)
		if qSpeechIng.has(qa.lower(toks[v])) {
			if k < 0 {
				return qCue{ok: true, cs: cs, ce: ce, np: qa.mainSubject(ss, cs)}
			}
			return qa.participleCue(k, ss, cs, ce)
		}
		var np qNP
		if v == 0 || qa.lower(toks[v-1]) != "to" {
			np = qa.subjectBefore(toks, 0, v)
		}
		if np.kind == qNPNone && v+1 < n && qIsUpperWord(qa.word(toks[v+1])) {
			np = qa.npForward(toks, v+1) // "Said Ellis: "…""
		}
		if np.kind == qNPNone && from == ss && v == 0 {
			return qCue{}
		}
		if np.kind == qNPNone {
			np = qa.mainSubject(ss, toks[v].s)
		}
		return qCue{ok: true, cs: cs, ce: ce, np: np}
	}
	if colon {
		if np := qa.npBackward(toks, 0, n-1); np.kind == qNPName && qa.opensClause(toks, np.s) {
			return qCue{ok: true, cs: toks[n-1].s, ce: toks[n-1].e, np: np} // "Donald Trump: "…""
		}
		if np := qa.mainSubject(ss, toks[n-1].s); np.kind != qNPNone {
			return qCue{ok: true, cs: toks[n-1].s, ce: toks[n-1].e, np: np}
		}
	}
	return qCue{}
}

// opensClause reports whether the token starting at off is the first of
// toks or follows punctuation (so "Donald Trump: …" is a headline-style
// attribution, but "a message to Trump: …" is not).
func (qa *qAnalyser) opensClause(toks []qTok, off int) bool {
	for i, t := range toks {
		if t.s == off {
			return i == 0 || toks[i-1].kind != qWord
		}
	}
	return false
}

// participleCue attributes a quote introduced by an -ing cue ("saying",
// "adding"): its speaker is the subject of the clause, or the speaker of an
// earlier quote in the same sentence.
func (qa *qAnalyser) participleCue(k, ss, cs, ce int) qCue {
	if k > 0 && qa.segs[k-1].para == qa.segs[k].para && qa.segs[k-1].open >= ss && len(qa.out) > 0 {
		if pq := qa.out[len(qa.out)-1]; pq.Speaker != "" && !pq.Partial {
			np := qNP{pq.SpeakerSpan.Start, pq.SpeakerSpan.End, qNPName}
			return qCue{ok: true, cs: cs, ce: ce, np: np, speaker: pq.Speaker}
		}
	}
	np := qa.mainSubject(ss, cs)
	return qCue{ok: true, cs: cs, ce: ce, np: np}
}

// mainSubject returns the subject of the sentence starting at ss, reading
// no further than limit: the noun phrase before its first verb, after any
// leading conjunction or adverbial phrase.
func (qa *qAnalyser) mainSubject(ss, limit int) qNP {
	limit = min(limit, ss+250)
	if limit <= ss {
		return qNP{}
	}
	lt := qLazyToks{toks: qa.sbuf[:0], text: qa.text, pos: ss, to: limit, n: 40}
	np := qa.subjectOf(&lt)
	qa.sbuf = lt.toks
	return np
}

// subjectOf is mainSubject over the sentence's first tokens lt, which it
// tokenizes only as far as it looks.
func (qa *qAnalyser) subjectOf(lt *qLazyToks) qNP {
	i := 0
	for lt.has(i) && (lt.toks[i].kind == qWord && qLeadWords.has(qa.lower(lt.toks[i])) || qa.isPunct(lt.toks, i, ",")) {
		i++
	}
	if !lt.has(i) || lt.toks[i].kind != qWord {
		return qNP{}
	}
	if qPronouns.has(qa.lower(lt.toks[i])) {
		return qNP{lt.toks[i].s, lt.toks[i].e, qNPPron}
	}
	for pass := 0; pass < 2; pass++ {
		lt.has(i + 1) // introAt looks at the next token
		if i >= len(lt.toks) || !qa.introAt(lt.toks, i) {
			break
		}
		for lt.has(i) && !qa.isPunct(lt.toks, i, ",") {
			if lt.toks[i].kind == qMark {
				return qNP{}
			}
			i++
		}
		i++
	}
	// Tokens past the subject are read only as far as needed: verbLike
	// looks one token ahead, bareName at most eight.
	j := i
	for {
		lt.has(j + 1)
		if j >= len(lt.toks) || lt.toks[j].kind != qWord || j-i >= 9 || qa.verbLike(lt.toks, j, i) {
			break
		}
		j++
	}
	toks := lt.toks
	if j == i || j >= len(toks) || j-i >= 9 {
		return qNP{}
	}
	for j > i+1 && qa.isAdverb(toks[j-1]) && qIsLowerWord(qa.word(toks[j-1])) {
		j-- // "Madeleine Albright recently urged"
	}
	np := qa.classify(toks, i, j)
	if qa.isPunct(toks, j, ",") && np.kind != qNPName && np.kind != qNPPron {
		lt.has(j + 8)
		if alt := qa.bareName(lt.toks, j+1); alt.kind == qNPName {
			return alt
		}
	}
	if toks[j].kind != qWord && !qa.isPunct(toks, j, ",") {
		return qNP{}
	}
	return np
}

// introAt reports whether toks[i] opens an adverbial phrase ("In a
// statement,", "Asked about it,", "On July 6, 2015,") rather than a subject.
func (qa *qAnalyser) introAt(toks []qTok, i int) bool {
	w := qa.lower(toks[i])
	if qIntroWords.has(w) || toks[i].kind == qWord && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && i+1 < len(toks) {
		n := qa.lower(toks[i+1])
		return qa.isPunct(toks, i+1, ",") || qIsLowerWord(qa.word(toks[i+1])) && (qNPStop.has(n) || qDeterminers.has(n))
	}
	return false
}

// verbLike guesses whether toks[j] is the verb that ends a subject starting
// at toks[i].
func (qa *qAnalyser) verbLike(toks []qTok, j, i int) bool {
	wd := qa.word(toks[j])
	if !qIsLowerWord(wd) {
		return false
	}
	w := qa.lower(toks[j])
	if qNPStop.has(w) && !qa.connector(toks, j) || qSpeechVerbs.has(w) || qPlainPast.has(w) {
		return true
	}
	if len(w) > 4 && w[len(w)-2:] == "ed" {
		return true
	}
	if j == i || !qIsUpperWord(qa.word(toks[j-1])) {
		return false
	}
	if qIrregularPast.has(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return true
	}
	if len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		prev, poss := qStripPossessive(qa.lower(toks[j-1]))
		_, known := qa.names.bySurname[prev]
		return known && !poss
	}
	return false
}

// qPlainPast are irregular past forms that are never nouns or adjectives.
var qPlainPast = qSet(`went came took gave got saw knew thought wrote spoke told made began became found
stood heard meant brought bought sought fought taught caught sold did`)

// qIrregularPast are common irregular past-tense verbs.
var qIrregularPast = qSet(`went said told made took gave got came saw knew thought wrote spoke left met ran
won lost held kept felt brought bought sent put set let began became found stood heard meant paid led drew
grew threw broke chose rose fell hit cut shut quit sat spent struck swore tore understood woke wore withdrew
did does is was has had sought fought taught caught built lent sold`)

// recordSubjects notes the subjects of the sentences that start before pos
// (the last few only), as antecedents for pronouns: as pending entries,
// looked for only when a reader needs them (settle).
func (qa *qAnalyser) recordSubjects(pos int) {
	end := qa.subjAt
	for end < len(qa.sents) && qa.sents[end] < pos {
		end++
	}
	start := max(qa.subjAt, end-12)
	for idx := start; idx < end; idx++ {
		lim := pos
		if idx+1 < len(qa.sents) {
			lim = min(lim, qa.sents[idx+1])
		}
		qa.pushEntity(qEntity{state: qEntPending, sent: idx, lim: lim})
		if qa.eager {
			qa.settle(len(qa.ents) - 1)
		}
	}
	qa.subjAt = end
}

// settle turns the pending entry k into the subject of its sentence, or
// none. The result is what recording the subject right away would have
// given: it depends only on the text and on the entities before k (which
// canonical's fuzzy match reads, settling them in turn).
func (qa *qAnalyser) settle(k int) {
	en := qa.ents[k]
	if en.state != qEntPending {
		return
	}
	out := qEntity{state: qEntNone, maxPos: en.maxPos}
	np := qa.mainSubject(qa.sents[en.sent], en.lim)
	switch np.kind {
	case qNPName:
		if name := qa.canonical(np.s, np.e, k); name != "" {
			out = qEntity{pos: np.s, name: name, person: qa.isPersonName(name, np.s, np.e), maxPos: en.maxPos}
			if out.person {
				out.gender = qa.genderOf(name)
			}
		}
	case qNPDesc:
		if w := qa.text[np.s:np.e]; len(w) > 1 && w[len(w)-1] == 's' {
			out = qEntity{pos: np.s, name: w, maxPos: en.maxPos}
		}
	}
	qa.ents[k] = out
}

// resolvePronoun returns the entity a pronoun at pos refers to: the most
// recent compatible speaker or sentence subject before it, among the last
// 48 entities.
func (qa *qAnalyser) resolvePronoun(pron string, pos int) (qEntity, bool) {
	wantPerson := pron == "he" || pron == "she"
	if pron == "i" || pron == "we" || pron == "you" {
		return qEntity{}, false
	}
	var clash byte // the gender a he/she excludes
	switch pron {
	case "he":
		clash = 'f'
	case "she":
		clash = 'm'
	}
	best := -1
	for k, seen := len(qa.ents)-1, 0; k >= 0 && seen < 48; k-- {
		if best >= 0 && qa.ents[k].maxPos <= qa.ents[best].pos && !qa.eager {
			break // no entry from k back can replace the best one
		}
		if qa.settle(k); qa.ents[k].state != qEntReal {
			continue
		}
		seen++
		en := qa.ents[k]
		if en.pos >= pos || en.person != wantPerson && !(pron == "they" && en.quoted) || clash != 0 && en.gender == clash {
			continue
		}
		if best < 0 || en.pos > qa.ents[best].pos {
			best = k
		}
	}
	if best < 0 {
		return qEntity{}, false
	}
	return qa.ents[best], true
}

// addEntity records a speaker for pronoun resolution.
func (qa *qAnalyser) addEntity(en qEntity) {
	if en.name == "" {
		return
	}
	if en.person && en.gender == 0 {
		en.gender = qa.genderOf(en.name)
	}
	qa.pushEntity(en)
}

// pushEntity appends en to qa.ents, dropping old entries once the list is
// long (readers look at the last 64 entities at most).
func (qa *qAnalyser) pushEntity(en qEntity) {
	en.maxPos = en.pos
	if en.state == qEntPending {
		en.maxPos = en.lim - 1 // the subject starts before lim
	}
	if n := len(qa.ents); n > 0 {
		en.maxPos = max(en.maxPos, qa.ents[n-1].maxPos)
	}
	qa.ents = append(qa.ents, en)
	if len(qa.ents) <= 16384 {
		return
	}
	// Keep the entries back to the 64th entity, settled while the entities
	// before them are still there.
	cut := len(qa.ents)
	for k, seen := len(qa.ents)-1, 0; k >= 0 && seen < 64; k-- {
		if qa.settle(k); qa.ents[k].state == qEntReal {
			seen++
		}
		cut = k
	}
	qa.ents = append(qa.ents[:0], qa.ents[cut:]...)
}

// prevSentenceCue attributes a quote that opens a sentence when the
// sentence before it, in the same paragraph, ends with its cue ("Sam Lau,
// the party's spokesman, said in a statement. "…"").
func (qa *qAnalyser) prevSentenceCue(k, ss int) qCue {
	seg := qa.segs[k]
	if ss != seg.open || ss <= qa.regions[seg.para][0] {
		return qCue{}
	}
	ps := qa.sentStart(ss-1, seg.para)
	if k > 0 && qa.segs[k-1].para == seg.para && qa.segs[k-1].close > ps {
		return qCue{}
	}
	toks := qa.dropParens(qTokenize(qa.buf[:0], qa.text, max(ps, ss-300), ss))
	qa.buf = toks
	n := len(toks)
	if n < 3 || !qa.isPunct(toks, n-1, ".") {
		return qCue{}
	}
	v := n - 2
	for v > 0 && n-2-v < 4 && !qa.qIsCueWord(toks, v) {
		v--
	}
	if !qa.qIsCueWord(toks, v) || qSpeechIng.has(qa.lower(toks[v])) || qTakesObject.has(qa.lower(toks[v])) {
		return qCue{}
	}
	for m := v + 1; m < n-1; m++ {
		if w := qa.lower(toks[m]); toks[m].kind != qWord || !(qa.isAdverb(toks[m]) || w == "in" || w == "a" ||
			w == "an" || w == "statement" || w == "interview" || w == "agreed") {
			return qCue{}
		}
	}
	np := qa.subjectBefore(toks, 0, v)
	if np.kind != qNPName && np.kind != qNPPron && np.kind != qNPDesc {
		return qCue{}
	}
	cs, ce := qa.cueSpan(toks, v)
	return qCue{ok: true, cs: cs, ce: ce, np: np}
}
