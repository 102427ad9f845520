package summary

import (
	"sort"
	"strings"
)

// qCue is a speech cue found for a quote: the cue words and the noun phrase
// naming the speaker.
type qCue struct {
	ok      bool
	cs, ce  int    // the cue words ("told reporters")
	np      qNP    // the speaker as named there
	speaker string // a speaker already resolved (taken from an earlier quote)
}

// qNPKind classifies a speaker noun phrase.
type qNPKind uint8

const (
	qNPNone qNPKind = iota
	qNPName         // a capitalised name: "John Kirby", "White House"
	qNPDesc         // a description: "Netanyahu's office", "one official"
	qNPPron         // a pronoun: "he"
)

// qNP is a speaker noun phrase: its span and kind.
type qNP struct {
	s, e int
	kind qNPKind
}

// valid reports whether np names a speaker.
func (np qNP) valid() bool { return np.kind != qNPNone }

// qIsCueWord reports whether the word at toks[i] is a speech cue verb.
func (qa *qAnalyser) qIsCueWord(toks []qTok, i int) bool {
	if toks[i].kind != qWord {
		return false
	}
	w := qa.lower(toks[i])
	if !qSpeechVerbs.has(w) {
		return false
	}
	if qNoCueAlone.has(w) {
		if i+1 < len(toks) && qCueComplement(w, qa.lower(toks[i+1])) {
			return true
		}
		// "Obama and Clinton call them …", but not "a call", "his remarks".
		return qNounVerb.has(w) && i > 0 && toks[i-1].kind == qWord && qIsLowerWord(qa.word(toks[i])) &&
			(qPronouns.has(qa.lower(toks[i-1])) || qIsUpperWord(qa.word(toks[i-1])) && !qSentenceOpeners.has(qa.lower(toks[i-1])))
	}
	if i+1 < len(toks) && qa.lower(toks[i+1]) == "to" && qCueNotBeforeTo.has(w) {
		return false
	}
	return true
}

// qNounVerb are cue verbs that are more often nouns; they count only right
// after a name or pronoun.
var qNounVerb = qSet(`call calls claim promise promises demand demands remark remarks comment comments
tweet tweets reply answer report reports note talk talks refer refers`)

// qCueComplement reports whether verb w followed by n is a speech cue
// ("pointed out", "put it", "shot back", "went on", "chimed in").
func qCueComplement(w, n string) bool {
	switch n {
	case "out":
		return strings.HasPrefix(w, "point") || strings.HasPrefix(w, "lash")
	case "it":
		return strings.HasPrefix(w, "put")
	case "back":
		return w == "shot" || w == "fired" || w == "shoots" || w == "fires" || w == "shooting" || w == "firing"
	case "on":
		return w == "went" || w == "goes" || w == "going"
	case "in":
		return strings.HasPrefix(w, "chim") || strings.HasPrefix(w, "weigh")
	}
	return false
}

// qCueNotBeforeTo are cue verbs that are no cue when "to" follows
// ("continues to believe", "vowed to fight").
var qCueNotBeforeTo = qSet(`continue continues continued continuing vow vows vowed vowing promise
promises promised promising agree agrees agreed agreeing pledge pledges pledged pledging claim claims
claimed claiming plead pleads pleaded pleading urge urges urged urging demand demands demanded
demanding`)

// lower returns the lower-cased text of t.
// Lower-cased forms are cached per distinct word, so a long text costs one
// allocation per capitalised word type, not per token; a small cache keyed
// by offset first serves the same token looked at again from another window.
func (qa *qAnalyser) lower(t qTok) string {
	w := qa.text[t.s:t.e]
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			slot := &qa.lowSlots[t.s&(len(qa.lowSlots)-1)]
			if slot.s == t.s+1 && slot.e == t.e {
				return slot.low
			}
			l := qa.lowerWord(w)
			*slot = qLowSlot{s: t.s + 1, e: t.e, low: l}
			return l
		}
	}
	return w
}

// lowerWord returns strings.ToLower(w), cached per distinct word.
func (qa *qAnalyser) lowerWord(w string) string {
	if l, ok := qa.lowered[w]; ok {
		return l
	}
	l := strings.ToLower(w)
	if qa.lowered == nil {
		qa.lowered = make(map[string]string)
	}
	if len(qa.lowered) < 1<<16 {
		k := strings.Clone(w)
		if l == w {
			l = k // no reference to the article text
		}
		qa.lowered[k] = l
	}
	return l
}

// qLowSlot caches the lower-cased form of the token at [s-1, e).
type qLowSlot struct {
	s, e int
	low  string
}

// word returns the text of t.
func (qa *qAnalyser) word(t qTok) string { return qa.text[t.s:t.e] }

// isPunct reports whether toks[i] is the punctuation p.
func (qa *qAnalyser) isPunct(toks []qTok, i int, p string) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == qPunct && qa.text[toks[i].s:toks[i].e] == p
}

// isDash reports whether toks[i] is a dash.
func (qa *qAnalyser) isDash(toks []qTok, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].kind != qPunct {
		return false
	}
	switch qa.text[toks[i].s:toks[i].e] {
	case "—", "―", "–", "-":
		return true
	}
	return false
}

// cueSpan returns the cue words from the verb at toks[v]: the verb plus an
// object or complement that belongs to the cue ("told reporters", "said in
// a statement", "pointed out", "according to").
func (qa *qAnalyser) cueSpan(toks []qTok, v int) (int, int) {
	s, e := toks[v].s, toks[v].e
	w := qa.lower(toks[v])
	if v+1 < len(toks) && toks[v+1].kind == qWord {
		n := qa.lower(toks[v+1])
		switch {
		case w == "according" && n == "to", qNoCueAlone.has(w) && qCueComplement(w, n):
			e = toks[v+1].e
		case (w == "told" || w == "tells" || w == "telling" || w == "tell") && qIsLowerWord(qa.word(toks[v+1])) &&
			!qNPStop.has(n):
			e = toks[v+1].e
		case n == "in" && v+3 < len(toks) && (qa.lower(toks[v+2]) == "a" || qa.lower(toks[v+2]) == "an"):
			if k := qa.lower(toks[v+3]); k == "statement" || k == "interview" {
				e = toks[v+3].e
			}
		}
	}
	return s, e
}

// postCue looks for a cue right after the closing mark of seg: `", Kirby
// said`, `," said John Kirby`, `," according to X`, `" — X`.
func (qa *qAnalyser) postCue(k int) qCue {
	seg := qa.segs[k]
	if !seg.closed {
		return qCue{}
	}
	end := qa.sentEnd(qFirstNonSpace(qa.text, seg.close, qa.regions[seg.para][1]), seg.para)
	if k+1 < len(qa.segs) && qa.segs[k+1].open < end {
		end = qa.segs[k+1].open
	}
	if end > seg.close+300 {
		end = seg.close + 300
	}
	next := qFirstNonSpace(qa.text, seg.close, qa.regions[seg.para][1])
	if !qa.endsWithComma(seg) && qa.isSentStart(next) {
		return qa.nextSentenceCue(next, seg.para)
	}
	toks := qa.dropParens(qTokenize(qa.buf[:0], qa.text, seg.close, end))
	qa.buf = toks
	i := 0
	for i < len(toks) && (qa.isPunct(toks, i, ",") || qa.isPunct(toks, i, ")") || qa.isPunct(toks, i, ".")) {
		i++
	}
	if i >= len(toks) {
		return qa.dashLineCue(seg.para + 1)
	}
	if qa.isDash(toks, i) && i+1 < len(toks) && qIsUpperWord(qa.word(toks[i+1])) {
		np := qa.npForward(toks, i+1)
		if np.kind == qNPName {
			return qCue{ok: true, cs: toks[i].s, ce: toks[i].e, np: np}
		}
		return qCue{}
	}
	if qa.lower(toks[i]) == "according" && i+1 < len(toks) && qa.lower(toks[i+1]) == "to" {
		if np := qa.npForward(toks, i+2); np.kind != qNPNone {
			return qCue{ok: true, cs: toks[i].s, ce: toks[i+1].e, np: np}
		}
		return qCue{}
	}
	return qa.postVerbCue(toks, i)
}

// nextSentenceCue reads a sentence that is only an attribution, right after
// a quotation closed with a period (`"… are missing." Trump said.`).
func (qa *qAnalyser) nextSentenceCue(ss, para int) qCue {
	end := min(qa.sentEnd(ss, para), ss+120)
	toks := qTokenize(qa.buf[:0], qa.text, ss, end)
	qa.buf = toks
	n := len(toks)
	if n < 2 || n > 8 {
		return qCue{}
	}
	last := n
	if qa.isPunct(toks, n-1, ".") {
		last = n - 1
	} else if end < qa.regions[para][1] {
		return qCue{}
	}
	for v := 1; v < last; v++ {
		if !qa.qIsCueWord(toks, v) || qSpeechIng.has(qa.lower(toks[v])) || qTakesObject.has(qa.lower(toks[v])) {
			continue
		}
		if !qa.onlySkippable(toks, v+1, last) {
			return qCue{}
		}
		np := qa.npBackward(toks, 0, v)
		if np.kind == qNPNone || np.s != toks[0].s {
			return qCue{}
		}
		cs, ce := qa.cueSpan(toks, v)
		return qCue{ok: true, cs: cs, ce: ce, np: np}
	}
	return qCue{}
}

// dashLineCue reads a signature paragraph such as "— Bernie Sanders." that
// follows a quotation on its own.
func (qa *qAnalyser) dashLineCue(para int) qCue {
	if para >= len(qa.regions) {
		return qCue{}
	}
	r := qa.regions[para]
	if r[1]-r[0] > 80 {
		return qCue{}
	}
	toks := qTokenize(qa.buf[:0], qa.text, r[0], r[1])
	qa.buf = toks
	if len(toks) < 2 || !qa.isDash(toks, 0) || toks[1].kind != qWord || !qIsUpperWord(qa.word(toks[1])) {
		return qCue{}
	}
	if np := qa.npForward(toks, 1); np.kind == qNPName {
		return qCue{ok: true, cs: toks[0].s, ce: toks[0].e, np: np}
	}
	return qCue{}
}

// isSentStart reports whether a sentence starts at off.
func (qa *qAnalyser) isSentStart(off int) bool {
	k := sort.SearchInts(qa.sents, off)
	return k < len(qa.sents) && qa.sents[k] == off
}

// postVerbCue finds `NP [, apposition,] VERB` or `[, ]VERB NP` at toks[i:].
func (qa *qAnalyser) postVerbCue(toks []qTok, i int) qCue {
	limit := min(len(toks), i+40)
	commas := 0
	for v := i; v < limit; v++ {
		t := toks[v]
		if t.kind == qMark || qa.hardPunct(toks, v) {
			return qCue{}
		}
		if t.kind == qPunct {
			if qa.isPunct(toks, v, ",") {
				commas++
			}
			continue
		}
		if !qa.qIsCueWord(toks, v) {
			continue
		}
		if qSpeechIng.has(qa.lower(t)) {
			return qCue{}
		}
		cs, ce := qa.cueSpan(toks, v)
		inverted := qa.onlySkippable(toks, i, v)
		if !inverted && qa.isPunct(toks, v-1, ",") && !qTakesObject.has(qa.lower(t)) && !qa.chunkIsNP(toks, i, v) {
			if k := qa.skipForward(toks, v+1); k < len(toks) && toks[k].kind == qWord &&
				(qIsUpperWord(qa.word(toks[k])) || qDeterminers.has(qa.lower(toks[k]))) {
				inverted = true
			}
		}
		if inverted {
			np := qa.npForward(toks, qa.skipForward(toks, v+1))
			if np.kind == qNPNone {
				return qCue{}
			}
			return qCue{ok: true, cs: cs, ce: ce, np: np}
		}
		if v-i > 10 && (commas == 0 || qa.firstChunkLen(toks, i, v) > 10) {
			return qCue{}
		}
		np := qa.subjectBefore(toks, i, v)
		if np.kind == qNPNone {
			return qCue{}
		}
		return qCue{ok: true, cs: cs, ce: ce, np: np}
	}
	return qCue{}
}

// qTakesObject are cue verbs whose following noun is the hearer ("told
// Mr. Obama"), never an inverted subject.
var qTakesObject = qSet(`told tells tell telling asked asks urged urges assured reminded informed`)

// chunkIsNP reports whether the words before the first comma of toks[i:v]
// form a short noun phrase (the subject of a verb after an apposition).
func (qa *qAnalyser) chunkIsNP(toks []qTok, i, v int) bool {
	n := qa.firstChunkLen(toks, i, v)
	if n == 0 || n > 7 {
		return false
	}
	for k := i; k < i+n; k++ {
		if toks[k].kind != qWord || qIsLowerWord(qa.word(toks[k])) && qNPStop.has(qa.lower(toks[k])) {
			return false
		}
	}
	return qa.classify(toks, i, i+n).kind != qNPNone
}

// hardPunct reports whether toks[v] ends an attribution clause.
func (qa *qAnalyser) hardPunct(toks []qTok, v int) bool {
	if toks[v].kind != qPunct {
		return false
	}
	switch qa.text[toks[v].s:toks[v].e] {
	case ";", ":", "?", "!", "(", ")", "[", "]", "—", "―", "–":
		return true
	}
	return false
}

// firstChunkLen returns how many tokens of toks[i:v] precede the first comma.
func (qa *qAnalyser) firstChunkLen(toks []qTok, i, v int) int {
	for k := i; k < v; k++ {
		if qa.isPunct(toks, k, ",") {
			return k - i
		}
	}
	return v - i
}

// onlySkippable reports whether toks[i:j] hold only adverbs and commas.
func (qa *qAnalyser) onlySkippable(toks []qTok, i, j int) bool {
	for ; i < j; i++ {
		if toks[i].kind == qPunct && qa.isPunct(toks, i, ",") {
			continue
		}
		if toks[i].kind != qWord || !qa.isAdverb(toks[i]) {
			return false
		}
	}
	return true
}
