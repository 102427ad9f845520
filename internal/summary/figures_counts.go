package summary

import "strings"

// What a figure counts.

// counts says what the figure counts: the counted noun with what happened
// to it ("Palestinians killed"), the noun an elliptical number shares
// ("93,000 wounded"), or the thing a measure applies to ("war" in
// "10-month war", "turnover" in "10 percent of turnover").
func (s *figScanner) counts(a *figAmt, end int, unit string) string {
	if unit != "" {
		s.noun = unit
		if p := s.participle(end); p != "" {
			return unit + " " + p
		}
		if s.is(end, "of") {
			if w := s.nounAfter(end + 1); w != "" {
				return unit + " of " + w
			}
		}
		return unit
	}
	if a.unit == "" {
		if p := s.participle(a.last); p != "" {
			if s.noun != "" {
				return s.noun + " " + p
			}
			return p
		}
		return ""
	}
	if s.is(a.last, "of") {
		if w := s.nounAfter(a.last + 1); w != "" {
			return s.text[s.toks[a.last].s:s.toks[a.last+1].s] + s.detAfter(a.last+1) + w
		}
	}
	if s.isDash(a.numTok+1) && s.isWord(a.last) && !s.has(a.last, fcStop) {
		e := a.last + 1 // "three-week strike", "30-minute shooting spree"
		if s.isWord(e) && s.toks[e].gap && !s.has(e, fcStop) && !strings.HasSuffix(string(s.lw(e)), "s") &&
			!s.has(e, fcParticiple) && (!s.has(e, fcSmall) || figSmall[string(s.lw(e))] == 0) &&
			s.changeVerb(e) == "" && !strings.HasSuffix(string(s.lw(e)), "ed") {
			e++
		}
		return s.text[s.toks[a.last].s:s.toks[e-1].e]
	}
	if s.is(a.first-1, "of") && s.isWord(a.first-2) && !s.has(a.first-2, fcStop) {
		return s.w(a.first - 2)
	}
	if a.unit == "%" || a.unit == "percentage points" || a.unit == "basis points" {
		return s.change(a)
	}
	return ""
}

// detAfter returns the determiner at token k with its following space, or "".
func (s *figScanner) detAfter(k int) string {
	if s.has(k, fcDet) && k+1 < s.n() {
		return s.text[s.toks[k].s:s.toks[k+1].s]
	}
	return ""
}

// change says what a percentage changes: "raises pay by 6.5%" -> "pay
// rise", "inflation fell 2%" -> "fall in inflation", "and by a further 4%"
// -> the change before.
func (s *figScanner) change(a *figAmt) string {
	k := a.first - 1
	for k >= s.low && (s.is(k, "a") || s.is(k, "further") || s.is(k, "another") || s.has(k, fcQual)) {
		k--
	}
	by := s.is(k, "by")
	if by {
		k--
	}
	if k < 0 || !s.isWord(k) {
		return ""
	}
	if dir := s.changeVerb(k); dir != "" {
		if subj := k - 1; s.isWord(subj) && !s.has(subj, fcStop) && !s.upper(subj) {
			s.change1 = dir + " in " + s.w(subj)
			return s.change1
		}
		s.change1 = dir
		return dir
	}
	if dir := s.changeVerb(max(k-1, 0)); dir != "" && k > 0 && !s.has(k, fcStop) {
		s.change1 = s.w(k) + " " + dir // raises pay by 6.5%
		return s.change1
	}
	if by && (s.is(k, "and") || s.is(k, "or")) {
		return s.change1 // "and by a further 4%"
	}
	return ""
}

// changeVerb returns the noun of the change the verb at token k names
// ("rose" -> "rise"), or "".
func (s *figScanner) changeVerb(k int) string {
	if !s.has(k, fcChange) {
		return ""
	}
	return figChangeVerbs[string(s.lw(k))]
}

// figChangeVerbs map verbs of change to the noun of the change.
var figChangeVerbs = map[string]string{
	"rise": "rise", "rises": "rise", "rose": "rise", "risen": "rise", "raise": "rise",
	"raises": "rise", "raised": "rise", "increase": "increase", "increases": "increase",
	"increased": "increase", "grew": "growth", "grow": "growth", "grows": "growth",
	"gain": "gain", "gained": "gain", "gains": "gain", "jumped": "jump", "jumps": "jump",
	"climbed": "rise", "climbs": "rise", "soared": "rise", "surged": "rise", "advanced": "gain",
	"fell": "fall", "fall": "fall", "falls": "fall", "fallen": "fall", "dropped": "drop",
	"drops": "drop", "declined": "decline", "declines": "decline", "slid": "fall",
	"slipped": "fall", "cut": "cut", "cuts": "cut", "lost": "loss", "loses": "loss",
	"shrank": "contraction", "plunged": "fall", "tumbled": "fall", "sank": "fall",
	"slumped": "fall", "eased": "fall", "lowered": "cut", "reduced": "cut", "reduce": "cut",
}

// participle returns the participle after token k, past auxiliaries
// ("have been killed" -> "killed").
func (s *figScanner) participle(k int) string {
	for n := 0; n < 3 && s.isWord(k); n++ {
		lw := string(s.lw(k))
		switch lw {
		case "have", "has", "had", "been", "were", "was", "are", "is", "be", "being",
			"reportedly", "already", "also", "now", "still", "all":
			k++
			continue
		}
		if s.cls(k)&fcParticiple != 0 {
			if lw == "laid" && s.is(k+1, "off") {
				return "laid off"
			}
			return s.w(k)
		}
		return ""
	}
	return ""
}

// nounAfter returns up to three words of the noun phrase at token k,
// past a determiner.
func (s *figScanner) nounAfter(k int) string {
	if s.has(k, fcDet) {
		k++
	}
	first, e := k, k
	for n := 0; n < 3 && s.isWord(e); n++ {
		lw := string(s.lw(e))
		if c := s.cls(e); c&(fcStop|fcParticiple) != 0 || s.month(e) || c&fcSmall != 0 && figSmall[lw] > 0 ||
			n > 0 && strings.HasSuffix(lw, "ed") {
			break
		}
		e++
	}
	if e == first {
		return ""
	}
	return s.text[s.toks[first].s:s.toks[e-1].e]
}
