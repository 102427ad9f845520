package summary

import (
	"math/bits"
	"sync"
	"time"
)

// txMatch is a recognised expression: tokens [start, end) of the segment.
type txMatch struct {
	end           int
	typ, val, mod string
	focus         bool // an explicit quarter: the new discourse anchor
}

// txParser holds the tagger's state over one article.
type txParser struct {
	text string
	toks []txTok
	// cands holds the indexes of the tokens of toks matchAt can accept:
	// triggers, numbers that some matcher reads, "'".
	cands []int32
	out   []Timex
	ref   time.Time
	has   bool // ref is known
	// focusQ is the last quarter named ("1989-Q3"), the anchor of "the
	// quarter" and "a year earlier" in earnings reports.
	focusY, focusQ int
	// qCtx is true while the text speaks of quarters: "a year earlier"
	// is then the same quarter a year back.
	qCtx bool
	// lastDay is the last day-precise date emitted ("2024-08-22"), and
	// lastYear the year of the last dated expression: anchors of "that
	// day", "the following year".
	lastDay  string
	lastYear int
	// lowCache holds lower-case forms of capitalised non-ASCII words, and
	// lowSlots those of ASCII words, by hash.
	lowCache map[string]string
	lowSlots *[txLowSlots]string
	// used is the most tokens toks has held (cleared by release).
	used int
	// anyStart marks every word as a possible start (retagTimexes, which
	// matches only where the first pass found an expression).
	anyStart bool
	// lazy leaves the flag and mask of lower-case ASCII words unset while
	// tokenising (retagTimexes fills them around each start it matches).
	lazy bool
	// titleStart and titleEnd bound the headline line in the text
	// (titleEnd 0: none).
	titleStart, titleEnd int
	// scratch holds the pooled buffers behind toks, out and the caches.
	scratch *txScratch
}

// txScratch is the reusable state of a txParser: the token and output
// buffers (cleared on release) and the lower-case caches. The cache keys
// are clones and the values fresh strings, so a pooled scratch retains no
// article text, and the values depend only on the keys.
type txScratch struct {
	toks  []txTok
	cands []int32
	out   []Timex
	low   map[string]string
	slots [txLowSlots]string
}

// txLowSlots is the size of txScratch.slots.
const txLowSlots = 1 << 12

// txScratchPool saves the buffers and the lower-case caches of every
// parser for the next Analyze call.
var txScratchPool = sync.Pool{New: func() any {
	return &txScratch{toks: make([]txTok, 0, 256), low: map[string]string{}}
}}

func txNewParser(text string, ref time.Time) *txParser {
	sc := txScratchPool.Get().(*txScratch)
	p := &txParser{text: text, toks: sc.toks[:0], cands: sc.cands[:0], out: sc.out[:0], lowCache: sc.low, lowSlots: &sc.slots, scratch: sc}
	if !ref.IsZero() {
		p.has = true
		p.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	}
	return p
}

// release returns p's buffers to the pool; p must not be used after.
func (p *txParser) release() {
	clear(p.toks[:max(p.used, len(p.toks))]) // drop references to the article text
	clear(p.out)
	p.scratch.toks, p.scratch.cands, p.scratch.out, p.scratch.low = p.toks[:0], p.cands[:0], p.out[:0], p.lowCache
	txScratchPool.Put(p.scratch)
	p.toks, p.cands, p.out, p.lowCache, p.lowSlots, p.scratch = nil, nil, nil, nil, nil, nil
}

// lo returns the lower-case text of token i, or "" out of range.
func (p *txParser) lo(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].lo
}

// joined reports whether token i directly follows token i-1 (no space).
func (p *txParser) joined(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].sp
}

// num returns the integer value of digit token i.
func (p *txParser) num(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != txTkNum {
		return 0, false
	}
	return txAtoi(p.toks[i].lo)
}

// txAtoi parses a string of one to nine ASCII digits without allocating
// (strconv.Atoi builds an error for every "1,200" it turns down).
func txAtoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// noteFocus updates the discourse anchor after value v was emitted.
func (p *txParser) noteFocus(v string) {
	if len(v) == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' {
		if y, ok := txAtoi(v[:4]); ok {
			p.focusY, p.focusQ = y, int(v[6]-'0')
		}
	}
}

// txPrefixMods are modifiers kept inside the span, with their TIMEX3 mod.
var txPrefixMods = []struct {
	words []string
	mod   string
}{
	{[]string{"the", "end", "of"}, "END"},
	{[]string{"the", "beginning", "of"}, "START"},
	{[]string{"the", "start", "of"}, "START"},
	{[]string{"the", "middle", "of"}, "MID"},
	{[]string{"end", "of"}, "END"},
	{[]string{"more", "than"}, "MORE_THAN"},
	{[]string{"less", "than"}, "LESS_THAN"},
	{[]string{"fewer", "than"}, "LESS_THAN"},
	{[]string{"at", "least"}, "EQUAL_OR_MORE"},
	{[]string{"up", "to"}, "EQUAL_OR_LESS"},
	{[]string{"no", "more", "than"}, "EQUAL_OR_LESS"},
	{[]string{"early"}, "START"},
	{[]string{"earlier"}, "START"},
	{[]string{"late"}, "END"},
	{[]string{"later"}, "END"},
	{[]string{"mid"}, "MID"},
	{[]string{"about"}, "APPROX"},
	{[]string{"around"}, "APPROX"},
	{[]string{"approximately"}, "APPROX"},
	{[]string{"roughly"}, "APPROX"},
	{[]string{"nearly"}, "APPROX"},
	{[]string{"almost"}, "LESS_THAN"},
	{[]string{"some"}, "APPROX"},
}

// prefixMod returns the modifier starting at token i and its length.
func (p *txParser) prefixMod(i int) (string, int) {
	if i >= len(p.toks) || p.toks[i].flag&txfPrefix == 0 {
		return "", 0
	}
outer:
	for _, x := range txPrefixGroups[p.toks[i].flag>>txfGroupShift] {
		pm := &txPrefixMods[x]
		for k, w := range pm.words[1:] { // words[0] is token i's
			if p.lo(i+1+k) != w {
				continue outer
			}
		}
		n := len(pm.words)
		if p.lo(i+n) == "-" && p.joined(i+n) { // mid-1990s, late-November
			n++
		}
		return pm.mod, n
	}
	return "", 0
}

// matchAt returns the longest expression starting at token i.
func (p *txParser) matchAt(i int) (txMatch, bool) {
	t := &p.toks[i]
	if t.kind == txTkPunct && t.lo != "'" || t.kind == txTkWord && t.flag&txfTrigger == 0 {
		return txMatch{}, false
	} else if t.kind == txTkPunct && (i+1 >= len(p.toks) || p.toks[i+1].kind != txTkNum) {
		return txMatch{}, false // "'" starts only a decade ("'90s"); most are "it's"
	}
	if t.flag&txfFreq != 0 { // "the", "a", "an", "that": go on only if the next word can follow
		// ("that" starts only mThatDay: "that day", "that same day",
		// "that year", "that morning", all followed by a trigger)
		if i+1 >= len(p.toks) {
			return txMatch{}, false
		}
		if n := &p.toks[i+1]; n.kind == txTkWord && n.flag&txfTrigger == 0 {
			return txMatch{}, false
		}
	}
	if mod, k := p.prefixMod(i); k > 0 {
		if m, ok := p.core(i + k); ok && txModFits(mod, m) && p.keepPrefix(i, mod, m) {
			if m.mod == "" || mod == "END" || mod == "START" || mod == "MID" {
				m.mod = mod
			}
			return p.suffix(m), true
		}
	}
	m, ok := p.core(i)
	if ok {
		m = p.suffix(m)
	}
	return m, ok
}

// txMaxLead is the most tokens matchAt reads the flag or mask of after
// its start: a prefix modifier ("no more than") of three words and a
// joined "-", then the mask of the token after it (core).
const txMaxLead = 4

// fillFlags sets the flag and mask of the word tokens [from, to) as word
// does (lazy tokenising leaves those of lower-case ASCII words unset):
// txLookup of the lower-case form finds the entry of a trigger whether
// word found it by txLookup or by txLookupFold, which finds the same
// entries (plus non-triggers, whose flag and mask word ignores).
func (p *txParser) fillFlags(from, to int) {
	for k := from; k < to; k++ {
		t := &p.toks[k]
		if t.kind != txTkWord {
			continue
		}
		if e := txLookup(t.lo); e != nil && e.flag&txfTrigger != 0 {
			t.flag, t.mask = e.flag, e.mask
		} else if p.anyStart {
			t.flag, t.mask = txfTrigger, txAllMatchers
		} else {
			t.flag, t.mask = 0, 0
		}
	}
}

// keepPrefix says whether modifier mod at token i belongs to the span of
// m: "about" and "almost" stay outside a plain duration ("about five
// hours") but inside "about two years ago"; "earlier" and "later" stay
// outside a weekday ("Later Thursday").
func (p *txParser) keepPrefix(i int, mod string, m txMatch) bool {
	w := p.lo(i)
	switch {
	case (mod == "APPROX" || w == "almost") && m.typ == "DURATION":
		return false
	case mod == "APPROX" && p.possessive(m.end): // "get around Wednesday's ruling"
		return false
	case w == "earlier" || w == "later":
		v := m.val
		return !(len(v) == 10 && v[4] == '-' && v[7] == '-' || len(v) > 10 && v[10] == 'T')
	}
	return true
}

// suffix extends m over "or so", "or later", "and beyond".
func (p *txParser) suffix(m txMatch) txMatch {
	switch a, b := p.lo(m.end), p.lo(m.end+1); {
	case a == "or" && b == "so":
		m.end += 2
		m.mod = "APPROX"
	case a == "or" && (b == "later" || b == "after") || a == "and" && b == "beyond":
		if m.typ == "DATE" {
			m.end += 2
			m.mod = "ON_OR_AFTER"
		}
	}
	return m
}

// txModFits says whether prefix modifier mod may open expression m: point
// modifiers (early, late) go with dates, quantity ones with durations.
func txModFits(mod string, m txMatch) bool {
	switch mod {
	case "START", "END", "MID":
		return m.typ == "DATE" || m.typ == "TIME"
	case "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS":
		return m.typ == "DURATION"
	}
	return m.typ == "DURATION" || m.typ == "TIME" || m.typ == "DATE" && len(m.val) > 0 && m.val[0] != 'P' && m.val[0] != 'F'
}

// txTriggers are the words an expression can start with.
var txTriggers = func() map[string]bool {
	m := map[string]bool{}
	for _, words := range []map[string]int{txMonthNames, txWeekdayNames, txNumberWords, txOrdinalWords, txDeicticDir, txRelDays, txDecadeWords} {
		for w := range words {
			m[w] = true
		}
	}
	for _, words := range []map[string]string{txPartOfDay, txSeasons, txSetAdverbs, txVagueWords} {
		for w := range words {
			m[w] = true
		}
	}
	for w := range txVagueNumbers {
		m[w] = true
	}
	for w := range txUnitWords {
		m[w] = true
	}
	for w := range txHolidays {
		m[w] = true
	}
	for _, pm := range txPrefixMods {
		m[pm.words[0]] = true
	}
	for _, w := range []string{"the", "every", "each", "right", "these", "fiscal", "its", "year", "couple",
		"future", "near", "short", "full", "comparable", "corresponding", "same", "end", "beginning",
		"start", "middle", "weeks", "days", "months", "years", "q", "that",
		"nineteen", "eighteen", "twenty", "two", "eighteenth", "nineteenth", "twentieth", "twenty-first"} {
		m[w] = true
	}
	return m
}()

// txIsTrigger reports whether lower-case word w can start an expression.
func txIsTrigger(w string) bool {
	e := txLookup(w)
	return e != nil && e.flag&txfTrigger != 0
}

// The matchers, as bit numbers of a token's matcher mask.
const (
	txmNumericDate = iota
	txmMonth
	txmDayMonth
	txmWeekday
	txmRelDay
	txmDeictic
	txmNumUnit
	txmClock
	txmQuarter
	txmYear
	txmSeason
	txmSet
	txmVague
	txmHoliday
	txmSpelledYear
	txmCentury
	txmThatDay
	txmCount
)

// txMatchers are tried in order at each token (those of its mask); the
// longest txMatch wins, the first of equal length.
var txMatchers = [txmCount]func(p *txParser, i int) (txMatch, bool){
	txmNumericDate: (*txParser).mNumericDate,
	txmMonth:       (*txParser).mMonth,
	txmDayMonth:    (*txParser).mDayMonth,
	txmWeekday:     (*txParser).mWeekday,
	txmRelDay:      (*txParser).mRelDay,
	txmDeictic:     (*txParser).mDeictic,
	txmNumUnit:     (*txParser).mNumUnit,
	txmClock:       (*txParser).mClock,
	txmQuarter:     (*txParser).mQuarter,
	txmYear:        (*txParser).mYear,
	txmSeason:      (*txParser).mSeason,
	txmSet:         (*txParser).mSet,
	txmVague:       (*txParser).mVague,
	txmHoliday:     (*txParser).mHoliday,
	txmSpelledYear: (*txParser).mSpelledYear,
	txmCentury:     (*txParser).mCentury,
	txmThatDay:     (*txParser).mThatDay,
}

// txAllMatchers is the mask of every matcher (punctuation, and any word
// when anyStart is set).
const txAllMatchers = 1<<txmCount - 1

// txNumMask is the mask of the matchers that can start at a number.
const txNumMask = 1<<txmNumericDate | 1<<txmDayMonth | 1<<txmNumUnit | 1<<txmClock |
	1<<txmQuarter | 1<<txmYear | 1<<txmCentury

// core tries the matchers of token i's mask at token i.
func (p *txParser) core(i int) (txMatch, bool) {
	if i >= len(p.toks) {
		return txMatch{}, false
	}
	var best txMatch
	found := false
	for ms := p.toks[i].mask; ms != 0; ms &= ms - 1 {
		if m, ok := txMatchers[bits.TrailingZeros32(ms)](p, i); ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	return best, found
}
