package summary

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// qEntity is a speaker or sentence subject, for resolving later pronouns.
// A sentence subject is looked for only when a reader first needs it: until
// then its entry is pending (see settle).
type qEntity struct {
	pos    int
	name   string
	person bool // a person (he/she); otherwise a group or organisation (they/it)
	quoted bool // named as a speaker (not just a subject)
	gender byte // 'm' or 'f' when an honorific tells ("Mr.", "Ms."), else 0
	state  qEntState
	sent   int // pending: the index in qa.sents of the sentence
	lim    int // pending: where reading the sentence stops
	maxPos int // no entry up to this one has (or will get) a larger pos
}

// qEntState tells whether an entry of qa.ents holds an entity.
type qEntState uint8

const (
	qEntReal    qEntState = iota
	qEntPending           // a sentence subject not looked for yet
	qEntNone              // a sentence without a subject to record
)

// qFullName is a multi-word person name seen in the text.
type qFullName struct {
	pos  int
	full string
}

// qNames indexes the person names of an article by surname, so that "Kirby"
// and "Mr. Kirby" resolve to "John Kirby".
type qNames struct {
	bySurname  map[string][]qFullName
	capSpans   [][2]int32      // the words of name runs, counted when first asked (capCount)
	capAt      map[string]int  // index in capWords of each word of a name run, as written
	capWords   []qCapWord      // the words of name runs as written, with their counts
	capCount   map[string]int  // counts by lower-cased word, as asked for (see capCount)
	capIndexed bool            // capCount holds every word
	gender     map[string]byte // surname -> 'm' or 'f' from honorifics
}

// reset empties the index for the next article; maps that grew large are
// dropped, so that a small article does not pay for clearing them.
func (n *qNames) reset() {
	if len(n.bySurname)+len(n.capAt) > 4096 || cap(n.capSpans) > 1<<16 {
		*n = qNames{}
		return
	}
	clear(n.bySurname)
	n.capSpans = n.capSpans[:0]
	clear(n.capAt)
	clear(n.capWords) // they point into the text
	n.capWords = n.capWords[:0]
	clear(n.capCount)
	n.capIndexed = false
	clear(n.gender)
}

// qNameWord reports whether toks[i] can be part of a personal name.
func (qa *qAnalyser) qNameWord(toks []qTok, i int) bool {
	t := toks[i]
	if t.kind != qWord || !qIsUpperWord(qa.word(t)) {
		return false
	}
	return !qLowerIn(&qCalendarWords, qa.word(t))
}

// buildNames scans every region for runs of capitalised words and records
// the multi-word person names among them.
func (qa *qAnalyser) buildNames() {
	if qa.names.bySurname == nil {
		qa.names = qNames{bySurname: map[string][]qFullName{}, capAt: map[string]int{}, gender: map[string]byte{}}
	}
	for _, r := range qa.regions {
		for off := r[0]; off < r[1]; {
			end := min(r[1], off+64<<10)
			if end < r[1] { // do not cut a word
				for end > off && qa.text[end-1] != ' ' && qa.text[end-1] != '\n' {
					end--
				}
				if end == off {
					end = min(r[1], off+64<<10)
				}
			}
			qa.namesIn(off, end)
			off = end
		}
	}
}

// namesIn records the names of text[from:to].
func (qa *qAnalyser) namesIn(from, to int) {
	toks := qa.nameTokens(qa.buf[:0], from, to)
	qa.buf = toks
	for i := 0; i < len(toks); {
		if !qa.qNameWord(toks, i) {
			i++
			continue
		}
		qa.noteCap(toks[i])
		j := i + 1
		for j < len(toks) && (qa.qNameWord(toks, j) || qa.connector(toks, j)) {
			qa.noteCap(toks[j])
			j++
		}
		qa.addName(toks, i, j)
		qa.noteGender(toks, i, j)
		i = j
	}
}

// nameTokens tokenizes text[from:to] for name runs only: capitalised words
// and the connectors that may join them become word tokens; any other
// word or punctuation becomes one punctuation token that breaks a run.
func (qa *qAnalyser) nameTokens(buf []qTok, from, to int) []qTok {
	text := qa.text
	for i := from; i < to; {
		c := text[i]
		j, kind := i+1, qWord
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
			continue
		case c >= 'A' && c <= 'Z': // ASCII fast path of the word case below
			j = qWordEndASCII(text, i, to)
		case c < utf8.RuneSelf:
			if j = qIndexBreak(text, i, to); j-i > 3 || !qIsConnector(text[i:j]) {
				kind = qPunct
			}
		default:
			r, w := utf8.DecodeRuneInString(text[i:to])
			if j = i + w; !qIsWordRune(r) {
				kind = qPunct
			} else {
				j = qWordEnd(text, i, to)
			}
		}
		if kind == qWord {
			buf = append(buf, qTok{i, j, qWord})
		} else if n := len(buf); n == 0 || buf[n-1].kind != qPunct {
			buf = append(buf, qTok{i, i, qPunct})
		}
		i = j
	}
	return buf
}

// qIsConnector reports whether w joins the words of a name ("bin", "van").
func qIsConnector(w string) bool {
	switch len(w) {
	case 2:
		switch uint16(w[0])<<8 | uint16(w[1]) {
		case 'o'<<8 | 'f', 'd'<<8 | 'e', 'a'<<8 | 'l', 'l'<<8 | 'a', 'l'<<8 | 'e', 'd'<<8 | 'a', 'd'<<8 | 'u', 'd'<<8 | 'i':
			return true
		}
	case 3:
		switch uint32(w[0])<<16 | uint32(w[1])<<8 | uint32(w[2]) {
		case 'b'<<16 | 'i'<<8 | 'n', 'v'<<16 | 'a'<<8 | 'n', 'v'<<16 | 'o'<<8 | 'n', 'd'<<16 | 'e'<<8 | 'r',
			'd'<<16 | 'e'<<8 | 'l', 'i'<<16 | 'b'<<8 | 'n', 'a'<<16 | 'b'<<8 | 'u':
			return true
		}
	}
	return false
}

// noteGender records the gender an honorific gives the surname ending the
// run toks[i:j] ("Mr. Trump", "Ms. Warren").
func (qa *qAnalyser) noteGender(toks []qTok, i, j int) {
	if j-i < 2 {
		return
	}
	w := qa.word(toks[i])
	if !qIsASCII(w) {
		w = qa.lower(toks[i]) // "İ" lower-cases to "i"
	}
	var g byte
	switch {
	case qASCIIFoldEq(w, "mr.") || qASCIIFoldEq(w, "mr"):
		g = 'm'
	case qASCIIFoldEq(w, "mrs.") || qASCIIFoldEq(w, "mrs") || qASCIIFoldEq(w, "ms.") || qASCIIFoldEq(w, "ms") ||
		qASCIIFoldEq(w, "miss"):
		g = 'f'
	default:
		return
	}
	sur, _ := qStripPossessive(qa.lower(toks[j-1]))
	if old, ok := qa.names.gender[sur]; ok && old != g {
		g = 'x' // both: unknown
	}
	qa.names.gender[sur] = g
}

// genderOf returns the gender known for a canonical name, or 0.
func (qa *qAnalyser) genderOf(name string) byte {
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	if g := qa.names.gender[last]; g == 'm' || g == 'f' {
		return g
	}
	return 0
}

// addName records the run toks[i:j] if it looks like a full personal name.
func (qa *qAnalyser) addName(toks []qTok, i, j int) {
	if j-i < 2 {
		return // a name needs two words (stripTitles only shortens the run)
	}
	s, ok := qa.stripTitles(toks, i, j)
	if !ok || j-s < 2 || j-s > 5 {
		return
	}
	for k := s; k < j; k++ {
		if w := qa.word(toks[k]); qOrgWord(w) || qLowerIn(&qSentenceOpeners, w) || qIsAcronym(w) {
			return
		}
	}
	last := j - 1
	if qa.suffixWord(toks[last]) && last-s >= 2 {
		last--
	}
	sur, _ := qStripPossessive(qa.lower(toks[last]))
	full, _ := qStripPossessive(qa.text[toks[s].s:toks[j-1].e])
	if len(sur) < 2 {
		return
	}
	qa.names.bySurname[sur] = append(qa.names.bySurname[sur], qFullName{toks[s].s, full})
}

// suffixWord reports whether t is a suffix of a name ("Jr.", "III").
func (qa *qAnalyser) suffixWord(t qTok) bool {
	w := qa.word(t)
	if !qIsASCII(w) {
		w = qa.lower(t)
	}
	return qASCIIFoldEq(w, "jr.") || qASCIIFoldEq(w, "sr.") || qASCIIFoldEq(w, "ii") || qASCIIFoldEq(w, "iii") ||
		qASCIIFoldEq(w, "jr") || qASCIIFoldEq(w, "sr")
}

// qIsAcronym reports whether w is all capitals (US, NATO, FBI).
func qIsAcronym(w string) bool {
	n := 0
	for _, c := range w {
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// fullName returns the full name for a one-word surname mentioned at pos:
// the nearest full name with that surname before pos, else the first after.
func (qa *qAnalyser) fullName(sur string, pos int) (string, bool) {
	list := qa.names.bySurname[strings.ToLower(sur)]
	if len(list) == 0 {
		return "", false
	}
	// list is in text order: take the last entry at or before pos.
	best := sort.Search(len(list), func(k int) bool { return list[k].pos > pos }) - 1
	return list[max(best, 0)].full, true
}

// canonical returns the canonical speaker for the name phrase text[s:e]
// (a qNPName) mentioned at s: titles and possessive dropped, a lone surname
// expanded to the full name, a misspelt surname matched to a known speaker
// (among the entities before entry upto).
// Words are those of strings.Fields, joined by single spaces.
func (qa *qAnalyser) canonical(s, e, upto int) string {
	rest := qa.text[s:e]
	w, after := qNextField(rest)
	if w == "" {
		return ""
	}
	for { // drop leading titles while more than one word is left
		next, _ := qNextField(after)
		if next == "" || qASCIIFoldEq(w, "state") || !qIsTitleWord(w) {
			break
		}
		rest = after
		w, after = qNextField(rest)
	}
	if next, _ := qNextField(after); next == "" { // one word
		w, _ = qStripPossessive(w)
		if f, ok := qa.fullName(w, s); ok {
			return f
		}
		if f, ok := qa.fuzzyName(w, s, upto); ok {
			return f
		}
		return w
	}
	rest = strings.TrimFunc(rest, unicode.IsSpace)
	if strings.IndexFunc(rest, qIsOtherSpace) < 0 && !strings.Contains(rest, "  ") {
		return rest // already single-spaced
	}
	return strings.Join(strings.Fields(rest), " ")
}

// fuzzyName matches a rare one-word name to a known speaker or full name
// whose surname is one or two edits away ("Kiry" -> "John Kirby").
func (qa *qAnalyser) fuzzyName(w string, pos, upto int) (string, bool) {
	lw := strings.ToLower(w)
	if len(lw) < 4 || qIsAcronym(w) || qa.capCount(lw) > 2 {
		return "", false
	}
	maxd := 1
	if len(lw) >= 7 {
		maxd = 2
	}
	found, n := "", 0
	try := func(sur string, fullOf func() string) {
		if sur == lw || sur[0] != lw[0] {
			return
		}
		full := fullOf()
		if full == found {
			return
		}
		if d := qEditDistance(lw, sur, maxd); d <= maxd {
			found = full
			n++
		}
	}
	// The quoted speakers among the last 64 entities. Pending entries (never
	// speakers) are settled only when needed to tell whether a speaker is
	// still among the last 64.
	seen, pending := 0, 0 // entries after k
	for k := upto - 1; k >= 0 && seen < 64; k-- {
		switch en := qa.ents[k]; {
		case en.state == qEntPending:
			pending++
			continue
		case en.state == qEntNone:
			continue
		case en.quoted && en.person && seen+pending >= 64:
			seen, pending = qa.settleAfter(k, upto), 0
			if seen >= 64 {
				continue
			}
		}
		if en := qa.ents[k]; en.quoted && en.person {
			f := strings.Fields(en.name)
			try(strings.ToLower(f[len(f)-1]), func() string { return en.name })
		}
		seen++
	}
	if n == 0 && len(qa.names.bySurname) <= 400 {
		for sur := range qa.names.bySurname {
			try(sur, func() string { f, _ := qa.fullName(sur, pos); return f })
		}
	}
	return found, n == 1
}

// settleAfter settles the entries between k and upto and returns how many
// of them are entities.
func (qa *qAnalyser) settleAfter(k, upto int) int {
	n := 0
	for m := k + 1; m < upto; m++ {
		if qa.settle(m); qa.ents[m].state == qEntReal {
			n++
		}
	}
	return n
}

// qEditDistance returns the Levenshtein distance of a and b, or max+1 when
// it exceeds max.
func qEditDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// isPersonName guesses whether a canonical name is a person's.
func (qa *qAnalyser) isPersonName(name string, s, e int) bool {
	first, n := "", 0
	for rest := name; ; n++ {
		w, after := qNextField(rest)
		if w == "" {
			break
		}
		if n == 0 {
			first = w
		}
		if qIsAcronym(w) || qOrgWord(w) {
			return false
		}
		rest = after
	}
	if n >= 2 {
		return true
	}
	if qa.hasSurname(first) {
		return true
	}
	// "Mr. Smith", "Sen. Jones": a title right before the name.
	if s >= 2 {
		pre := qa.text[max(0, s-12):s]
		for _, t := range []string{"mr. ", "mrs. ", "ms. ", "dr. ", "sen. ", "rep. ", "gov. ", "president "} {
			if len(pre) >= len(t) && qASCIIFoldEq(pre[len(pre)-len(t):], t) {
				return true
			}
		}
	}
	return false
}

// theyAntecedent finds the plural noun a "they" at pos refers to within its
// own sentence: the nearest earlier lower-case plural subject of a past-tense
// verb ("employers tabled what they called …").
func (qa *qAnalyser) theyAntecedent(pos int) (int, int, bool) {
	ss := max(qa.sentStart(pos, qa.regionOf(pos)), pos-300)
	toks := qTokenize(qa.sbuf[:0], qa.text, ss, pos)
	qa.sbuf = toks
	for i := len(toks) - 2; i >= 0; i-- {
		w, nx := qa.lower(toks[i]), qa.lower(toks[i+1])
		if toks[i].kind != qWord || toks[i+1].kind != qWord || !qIsLowerWord(qa.word(toks[i])) {
			continue
		}
		if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && qa.nounLike(toks[i]) &&
			(strings.HasSuffix(nx, "ed") || qIrregularPast.has(nx)) {
			return toks[i].s, toks[i].e, true
		}
	}
	return 0, 0, false
}

// regionOf returns the index of the region holding pos (the last region
// starting at or before it).
func (qa *qAnalyser) regionOf(pos int) int {
	lo, hi := 0, len(qa.regions)
	for lo < hi {
		m := (lo + hi) / 2
		if qa.regions[m][0] <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return max(0, lo-1)
}
