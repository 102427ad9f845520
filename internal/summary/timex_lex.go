package summary

import "math/bits"

// Lexicons of the TIMEX3 tagger: month, weekday, number and unit words.

// txMonthNames maps month names and abbreviations (lower case, without the
// period) to 1..12.
var txMonthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// txWeekdayNames maps weekday names and abbreviations to ISO weekday numbers
// (Monday 1 … Sunday 7).
var txWeekdayNames = map[string]int{
	"monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
	"thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
	"saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

// txNumberWords maps cardinal number words to their values.
var txNumberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a": 1, "an": 1, "dozen": 12,
}

// txVagueNumbers are quantity words that leave the number unspecified.
var txVagueNumbers = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true,
	"countless": true,
}

// txOrdinalWords maps ordinals to their values (quarters, halves, days).
var txOrdinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2,
	"3rd": 3, "4th": 4, "final": 4, "last": -1,
}

// txUnitInfo describes a calendar unit word.
type txUnitInfo struct {
	code string // ISO 8601 txDuration letter: Y, M, W, D, H, MIN, S, Q, E, C
	time bool   // a time unit (PT…)
}

// txUnitWords maps unit words (singular and plural) to their units.
var txUnitWords = map[string]txUnitInfo{
	"second": {"S", true}, "seconds": {"S", true}, "minute": {"MIN", true},
	"minutes": {"MIN", true}, "hour": {"H", true}, "hours": {"H", true},
	"day": {"D", false}, "days": {"D", false}, "week": {"W", false},
	"weeks": {"W", false}, "month": {"M", false}, "months": {"M", false},
	"year": {"Y", false}, "years": {"Y", false}, "decade": {"E", false},
	"decades": {"E", false}, "century": {"C", false}, "centuries": {"C", false},
	"quarter": {"Q", false}, "quarters": {"Q", false}, "weekend": {"WE", false},
	"weekends":   {"WE", false},
	"millennium": {"L", false},
}

// txPartOfDay maps day-part words to TIMEX3 suffixes.
var txPartOfDay = map[string]string{
	"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI",
	"overnight": "TNI", "noon": "T12:00", "midday": "T12:00", "midnight": "T24:00",
	"dawn": "TMO", "daybreak": "TMO", "mornings": "TMO", "nights": "TNI",
	"evenings": "TEV", "afternoons": "TAF",
}

// txSeasons maps season words to TIMEX3 season codes.
var txSeasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// txSetAdverbs are frequency adverbs that are TIMEX3 SETs.
var txSetAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D",
	"biweekly": "P2W", "fortnightly": "P2W",
}

// txDecadeWords maps spelled decades to their century-relative digit.
var txDecadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// txPastIrregular lists irregular past-txTense verbs used as txTense cues.
var txPastIrregular = map[string]bool{
	"said": true, "told": true, "met": true, "was": true, "were": true, "had": true,
	"did": true, "left": true, "went": true, "came": true, "took": true, "made": true,
	"gave": true, "found": true, "held": true, "saw": true, "began": true, "rose": true,
	"fell": true, "won": true, "lost": true, "sold": true, "bought": true, "paid": true,
	"spent": true, "sent": true, "brought": true, "thought": true, "knew": true,
	"became": true, "got": true, "struck": true, "hit": true, "quit": true, "led": true,
	"fled": true, "ran": true, "spoke": true, "wrote": true, "broke": true, "chose": true,
	"drove": true, "flew": true, "grew": true, "threw": true, "stood": true, "sat": true,
	"shot": true, "felt": true, "kept": true, "meant": true, "has": true, "have": true,
	"been": true, "ago": true, "killed": true, "arrived": true, "died": true, "swept": true,
	"caught": true, "fought": true, "taught": true, "sought": true, "dealt": true,
	"hung": true, "bore": true, "tore": true, "beat": true, "slid": true,
}

// txFutureCues are words that mark a future or planned event.
var txFutureCues = map[string]bool{
	"will": true, "shall": true, "ll": true, "would": true, "going": true,
	"scheduled": true, "expected": true, "planned": true, "plans": true, "plan": true,
	"due": true, "aims": true, "intends": true, "hopes": true, "upcoming": true,
	"next": true, "should": true, "could": true, "must": true, "may": true,
	"might": true, "set": true, "tomorrow": true,
	"can": true, "resume": true, "return": true, "begin": true, "payable": true,
	"effective": true, "leaves": true, "arrives": true, "begins": true, "opens": true,
	"starts": true, "meets": true, "heads": true, "travels": true, "visits": true,
	"returns": true, "resumes": true, "faces": true, "hosts": true, "launches": true,
	"expires": true, "convenes": true,
}

// txPresentCues mark the present txTense.
var txPresentCues = map[string]bool{
	"is": true, "are": true, "am": true, "says": true, "continues": true,
	"continuing": true, "remains": true,
}

// txEdNotPast are words ending in -ed that are not past-txTense cues.
var txEdNotPast = map[string]bool{
	"need": true, "speed": true, "bed": true, "red": true, "united": true,
	"limited": true, "based": true, "indeed": true, "seed": true, "feed": true,
	"breed": true, "shed": true, "proceed": true, "exceed": true, "succeed": true,
	"hundred": true, "scheduled": true, "expected": true, "planned": true,
	"related": true, "ended": false, "year-ended": true, "named": true, "armed": true,
}

// txMeasureNouns follow numbers that are counts, not years ("2000 people").
var txMeasureNouns = map[string]bool{
	"percent": true, "people": true, "shares": true, "points": true, "feet": true,
	"miles": true, "tons": true, "dollars": true, "troops": true, "soldiers": true,
	"workers": true, "jobs": true, "barrels": true, "cars": true, "units": true,
	"meters": true, "kilometers": true, "pounds": true, "acres": true, "members": true,
	"employees": true, "residents": true, "votes": true, "seats": true, "homes": true,
	"passengers": true, "students": true, "yen": true, "marks": true, "francs": true,
	"lire": true, "kms": true, "km": true, "mph": true, "degrees": true, "hours": true,
	"days": true, "years": true, "months": true, "weeks": true, "minutes": true,
}

// The word table: every trigger (and a few frequent words) with what the
// tagger needs to know of it, found by a hash the tokenizer computes while
// it scans the word, so no token needs a string-keyed map lookup.

// txWordInfo describes one lower-case word of the table.
type txWordInfo struct {
	w    string
	h    uint32 // txKey(w)
	head uint64 // txHead of w
	mask uint32 // matchers (bits txm*) that can start at the word
	flag uint8  // txf* bits
}

// Flags of txWordInfo and txTok.
const (
	txfTrigger = 1 << iota // in txTriggers: an expression can start here
	txfPrefix              // the first word of a txPrefixMods modifier
	txfFreq                // "the", "a", "an", "that": the next word must be able to follow
)

// txfGroupShift places, in the bits of a word's flag above the txf* ones,
// its group in txPrefixGroups.
const txfGroupShift = 3

// txPrefixGroups lists, for each first word of a modifier (by group), the
// indexes of its txPrefixMods entries, in order.
var txPrefixGroups = [][]int{nil}

// txTableBits sizes the open-addressing index of the word table.
const txTableBits = 11

// txWords holds the words of the table (from 1: 0 marks an empty slot),
// txSlots indexes the triggers by key (txLookup) and txFoldSlots all the
// words (txLookupFold): the indexes are small enough to stay in the cache,
// and most words are turned away by an empty slot.
var (
	txWords     []txWordInfo
	txSlots     [1 << txTableBits]uint16
	txFoldSlots [1 << txTableBits]uint16
)

// txKey hashes word w from its length and its first eight bytes (txHead):
// cheap to compute for every token from one load.
func txKey(w string) uint32 {
	return txKeyOf(txHead(w, 0, len(w)), len(w))
}

// txKeyOf returns txKey of the word of length n whose head is x.
func txKeyOf(x uint64, n int) uint32 {
	h := (x + uint64(n)) * 0x9E3779B97F4A7C15
	return uint32(h >> 32)
}

// txHead returns the first min(n, 8) bytes of s[i:i+n] as a number, the
// first byte in the low byte, zero above: for a word of at most eight
// bytes, equal heads (and lengths) mean equal words.
func txHead(s string, i, n int) uint64 { return load8(s, i, min(n, 8)) }

// txFoldHead returns head x of a word of n ASCII letters in lower case:
// every letter byte gets bit 0x20.
func txFoldHead(x uint64, n int) uint64 {
	const lows = 0x2020202020202020
	if n >= 8 {
		return x | lows
	}
	return x | lows&(1<<(8*n)-1)
}

// txLookup returns the table entry of lower-case word w if it is a
// trigger, else nil.
func txLookup(w string) *txWordInfo {
	x := txHead(w, 0, len(w))
	return txLookupHead(txKeyOf(x, len(w)), x, w)
}

// txLookupHead is txLookup of w, whose head is x and key h.
func txLookupHead(h uint32, x uint64, w string) *txWordInfo {
	for k := h; ; k++ {
		i := txSlots[k&(1<<txTableBits-1)]
		if i == 0 {
			return nil
		}
		if e := &txWords[i]; e.h == h && e.head == x && len(e.w) == len(w) && (len(w) <= 8 || e.w == w) {
			return e
		}
	}
}

// txLookupFold returns the table entry of w, a word of ASCII letters with
// some in upper case, whose lower-case head is x (txFoldHead) and key h
// (txKeyOf of x).
func txLookupFold(h uint32, x uint64, w string) *txWordInfo {
outer:
	for k := h; ; k++ {
		i := txFoldSlots[k&(1<<txTableBits-1)]
		if i == 0 {
			return nil
		}
		e := &txWords[i]
		if e.h != h || e.head != x || len(e.w) != len(w) {
			continue
		}
		for i := 8; i < len(w); i++ { // the head holds the first eight
			if w[i]|0x20 != e.w[i] {
				continue outer
			}
		}
		return e
	}
}

// txCommonWords are frequent words, not triggers, kept in the table only so
// that their capitalised forms ("In", "But") need no lower-casing.
var txCommonWords = []string{
	"in", "on", "of", "to", "for", "and", "but", "or", "as", "by", "with", "from", "after", "before",
	"since", "until", "during", "when", "while", "if", "though", "although", "because", "so", "yet",
	"he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "my", "there", "here",
	"this", "those", "what", "who", "which", "where", "why", "how", "not", "no", "all", "one", "mr",
	"mrs", "ms", "dr", "said", "says", "is", "are", "was", "were", "will", "would", "has", "have",
	"had", "also", "then", "other", "many", "most", "both", "new", "us", "un", "eu", "uk",
}

// txStartWords returns, for each matcher, the words it can start at: a
// matcher that learns to start at another word must add it here (the
// tests check the masks against every matcher).
func txStartWords() [txmCount][]string {
	var s [txmCount][]string
	add := func(m int, words ...string) { s[m] = append(s[m], words...) }
	keys := func(m int, dict any) {
		switch d := dict.(type) {
		case map[string]int:
			for w := range d {
				add(m, w)
			}
		case map[string]string:
			for w := range d {
				add(m, w)
			}
		case map[string]bool:
			for w := range d {
				add(m, w)
			}
		case map[string]txUnitInfo:
			for w := range d {
				add(m, w)
			}
		case map[string][]txHoliday:
			for w := range d {
				add(m, w)
			}
		}
	}
	keys(txmMonth, txMonthNames)
	keys(txmWeekday, txWeekdayNames)
	keys(txmRelDay, txRelDays)
	add(txmDeictic, "the")
	keys(txmDeictic, txDeicticDir)
	add(txmNumUnit, "couple")
	keys(txmNumUnit, txVagueNumbers)
	keys(txmNumUnit, txNumberWords)
	keys(txmNumUnit, txUnitWords)
	for w, pod := range txPartOfDay {
		if pod[1] == '1' || pod[1] == '2' {
			add(txmClock, w)
		}
	}
	add(txmQuarter, "the", "fiscal", "q", "year")
	keys(txmQuarter, txDeicticDir)
	keys(txmQuarter, txOrdinalWords)
	add(txmYear, "the", "fiscal", "year")
	add(txmSeason, "the")
	keys(txmSeason, txSeasons)
	add(txmSet, "every", "each")
	keys(txmSet, txSetAdverbs)
	add(txmVague, "these")
	keys(txmVague, txVagueWords)
	add(txmHoliday, "last", "next", "this")
	keys(txmHoliday, txHolidays)
	add(txmSpelledYear, "the", "nineteen", "eighteen", "twenty", "two")
	add(txmCentury, "the")
	keys(txmCentury, txCenturyOrdinals)
	add(txmThatDay, "that", "the")
	return s
}

// txTableInit fills the word table from txTriggers, txPrefixMods, txStartWords
// and txCommonWords.
func txTableInit() bool {
	info := map[string]*txWordInfo{}
	get := func(w string) *txWordInfo {
		if info[w] == nil {
			info[w] = &txWordInfo{w: w}
		}
		return info[w]
	}
	for w := range txTriggers {
		get(w).flag |= txfTrigger
	}
	group := map[string]int{}
	for k, pm := range txPrefixMods {
		w := pm.words[0]
		if group[w] == 0 {
			group[w] = len(txPrefixGroups)
			txPrefixGroups = append(txPrefixGroups, nil)
			get(w).flag |= txfPrefix | uint8(group[w])<<txfGroupShift
		}
		txPrefixGroups[group[w]] = append(txPrefixGroups[group[w]], k)
	}
	if len(txPrefixGroups) > 1<<(8-txfGroupShift) {
		panic("timex: too many prefix words")
	}
	for _, w := range []string{"the", "a", "an", "that"} {
		get(w).flag |= txfFreq
	}
	for m, words := range txStartWords() {
		for _, w := range words {
			get(w).mask |= 1 << m
		}
	}
	for _, w := range txCommonWords {
		get(w)
	}
	txWords = make([]txWordInfo, 1, len(info)+1)
	for w, e := range info {
		switch {
		case e.flag&txfTrigger == 0:
			e.mask = 0 // a word that cannot start an expression never gets to the matchers
		case e.mask == 0 && e.flag&(txfPrefix|txfFreq) == 0:
			// a trigger no start word list names ("its", "same"): it
			// may start a matcher txStartWords does not know of yet
			e.mask = txAllMatchers
		}
		e.h, e.head = txKey(w), txHead(w, 0, len(w))
		txInsert(&txFoldSlots, e.h, len(txWords))
		if e.flag&txfTrigger != 0 {
			txInsert(&txSlots, e.h, len(txWords))
		}
		txWords = append(txWords, *e)
	}
	return true
}

var _ = txTableInit()

// txInsert puts index x in the first free slot from key h.
func txInsert(slots *[1 << txTableBits]uint16, h uint32, x int) {
	for k := h; ; k++ {
		if s := &slots[k&(1<<txTableBits-1)]; *s == 0 {
			*s = uint16(x)
			return
		}
	}
}

// txLetterRun returns the end of the run of ASCII letters of s from j,
// whether one of them is upper case, and the run's head (txHead): the
// plain loop
//
//	for j < len(s) && txClass[s[j]] == txcLetter { upper = upper || s[j] < 'a'; j++ }
//
// eight bytes at a time (txNonLetters), with one branch per word instead
// of one per letter (TestTxLetterRun compares the two).
func txLetterRun(s string, j int) (int, bool, uint64) {
	const lows = 0x2020202020202020 // bit 0x20 of each byte: clear in an upper-case letter
	var up uint64                   // bits 0x20 of the complemented letters: set for an upper-case one
	var head uint64
	start := j
	for j+8 <= len(s) {
		b := s[j : j+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if j == start {
			head = x
		}
		if nl := txNonLetters(x); nl != 0 {
			n := bits.TrailingZeros64(nl) // 8k+7 for the first non-letter, byte k
			keep := uint64(1)<<(n&^7) - 1 // the k letters before it
			up |= ^x & keep
			if j == start {
				head &= keep
			}
			return j + n>>3, up&lows != 0, head
		}
		up |= ^x
		j += 8
	}
	for j < len(s) && txClass[s[j]] == txcLetter {
		up |= uint64(^s[j])
		if j-start < 8 { // fewer than eight bytes were left at start
			head |= uint64(s[j]) << (8 * (j - start))
		}
		j++
	}
	return j, up&lows != 0, head
}

// txNonLetters returns the bytes of x (eight bytes, the first in the low
// byte) that are not ASCII letters, each as its high bit 0x80. A byte c is
// a letter when c < 0x80 and c|0x20 lies in 'a'..'z' (0x61..0x7a): y holds
// every c|0x20 with its high bit cleared, so adding 0x1f (0x80-0x61) or
// 0x05 (0x80-0x7b) to a byte of y never carries into the next byte, and
// sets its high bit exactly when y >= 0x61, or y >= 0x7b.
func txNonLetters(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := (x | 0x20*ones) & (0x7f * ones)
	ge61 := y + 0x1f*ones
	ge7b := y + 0x05*ones
	return (^ge61 | ge7b | x) & (0x80 * ones)
}
