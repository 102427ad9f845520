package summary

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// The words of a sentence for the timeline's event descriptions: split on
// white space, with quote marks stripped, lowered, and flagged with the
// word lists they are in, in one pass.

// evWord is one word of a sentence with its byte range.
type evWord struct {
	s, e int
	w    string  // the word without quote marks
	lo   string  // lower case, without surrounding punctuation
	tx   bool    // part of the time expression
	fl   evFlags // the word lists lo is in, and punctuation in w
}

// is reports whether w has any of the flags f.
func (w *evWord) is(f evFlags) bool { return w.fl&f != 0 }

// filler reports whether w.w (not only w.lo) is a filler word.
func (w *evWord) filler() bool { return w.fl&evfFiller != 0 && w.w == w.lo }

// stripQuotes returns w without the quote marks
// ", “ and ” and the pairs of backticks and of apostrophes. No pattern is
// a prefix of another, so at any byte at most one matches and a
// left-to-right scan removes what a strings.Replacer of the five would. A word with none
// is returned as it is, without allocating.
func stripQuotes(w string) string {
	var b []byte
	for i := 0; i < len(w); {
		n := 0
		switch c := w[i]; {
		case c == '"':
			n = 1
		case (c == '`' || c == '\'') && i+1 < len(w) && w[i+1] == c:
			n = 2
		case c == 0xE2 && (strings.HasPrefix(w[i:], "“") || strings.HasPrefix(w[i:], "”")):
			n = 3
		}
		if n == 0 {
			if b != nil {
				b = append(b, w[i])
			}
			i++
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(w)), w[:i]...)
		}
		i += n
	}
	if b == nil {
		return w
	}
	return string(b)
}

// splitWords splits text[s:e] into words, marking those inside [ts, te).
// The words are appended to (*buf)[:0], which keeps the grown slice for
// the next call.
func (sp *evSplitter) splitWords(buf *[]evWord, text string, s, e, ts, te int) []evWord {
	ws := (*buf)[:0]
	if s >= e {
		*buf = ws
		return ws
	}
	t := text[s:e]
	if n := len(t)/5 + 1; cap(ws) < n { // about one word per 6 bytes
		ws = make([]evWord, 0, max(n, 32))
	}
	for i := 0; i < len(t); {
		for i < len(t) && evByte[t[i]]&ebSpace != 0 {
			i++
		}
		j := i
		var bits uint8 // union of the classes of the word's bytes
		for j < len(t) {
			c := evByte[t[j]]
			if c&ebSpace != 0 {
				break
			}
			bits |= c
			j++
		}
		if j == i {
			break
		}
		raw := t[i:j]
		var w evWord
		w.w = raw
		if bits&ebComma != 0 { // stripQuotes leaves these
			w.fl |= evfCommaSemi
		}
		if bits&ebPeriod != 0 {
			w.fl |= evfPeriod
		}
		lowered := bits&ebUpper == 0
		switch {
		case bits&ebQuote != 0 || bits&ebHigh != 0 && evHasQuote(raw):
			w.w = stripQuotes(raw)
			w.lo = evTrim(w.w)
			// strings.ToLower(w.lo), as below: ASCII capitals are lowered
			// by getFold or lowerASCII, which agree with it on ASCII
			switch asciiCase(w.lo) {
			case caseLower:
				lowered = true
			case caseUpper:
				lowered = false
			default:
				w.lo, lowered = strings.ToLower(w.lo), true
			}
		case bits&(ebHigh|ebTrim) == 0: // a plain ASCII word
			w.lo = raw
		default:
			x, y := evTrimSpan(raw)
			w.lo = raw[x:y]
			if bits&ebHigh != 0 && asciiCase(w.lo) == caseOther {
				w.lo, lowered = strings.ToLower(w.lo), true
			}
		}
		if lowered {
			w.fl = evFlagsOf(w.lo, w.fl|evWordFlags.get(w.lo))
		} else if key, fl, ok := evWordFlags.getFold(w.lo); ok {
			// strings.ToLower of a listed word, without allocating
			w.lo = key
			w.fl = evFlagsOf(w.lo, w.fl|fl)
		} else {
			w.fl = evUpperFlags(w.lo, w.fl)
			w.lo = lowerASCII(w.lo, &sp.low)
		}
		if len(ws) == cap(ws) {
			ws = append(ws, evWord{})[:len(ws)]
		}
		ws = ws[:len(ws)+1]
		p := &ws[len(ws)-1]
		p.s, p.e, p.w, p.lo, p.tx, p.fl = s+i, s+j, w.w, w.lo, s+i < te && s+j > ts, w.fl
		i = j
	}
	*buf = ws
	return ws
}

// Byte classes of evByte.
const (
	ebSpace  uint8 = 1 << iota // ' ', '\n', '\t': words are split on these
	ebQuote                    // '"', '`', '\''
	ebUpper                    // 'A'..'Z'
	ebHigh                     // not ASCII
	ebTrim                     // trimmed by evTrimByte
	ebComma                    // ',' or ';'
	ebPeriod                   // '.'
)

// evByte classifies the bytes splitWords looks at.
var evByte = func() (t [256]uint8) {
	for i := range t {
		c := byte(i)
		switch {
		case c == ' ' || c == '\n' || c == '\t':
			t[i] |= ebSpace
		case c == '"' || c == '`' || c == '\'':
			t[i] |= ebQuote
		case 'A' <= c && c <= 'Z':
			t[i] |= ebUpper
		case c >= utf8.RuneSelf:
			t[i] |= ebHigh
		}
		if c < utf8.RuneSelf && evTrimByte(c) {
			t[i] |= ebTrim
		}
		switch c {
		case ',', ';':
			t[i] |= ebComma
		case '.':
			t[i] |= ebPeriod
		}
	}
	return t
}()

// lowerASCII returns w, an ASCII word, lowered as strings.ToLower does,
// in b, or in a new b when b is full. Strings taken from a Builder stay
// valid as it grows; one is kept for many sentences.
func lowerASCII(w string, b *strings.Builder) string {
	if b.Cap()-b.Len() < len(w) {
		*b = strings.Builder{}
		b.Grow(max(len(w), 2048))
	}
	start := b.Len()
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()[start:]
}

// Results of asciiCase.
const (
	caseLower = iota // ASCII without capitals
	caseUpper        // ASCII with capitals
	caseOther        // not ASCII
)

// asciiCase classifies w for lowering.
func asciiCase(w string) int {
	c := caseLower
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= utf8.RuneSelf:
			return caseOther
		case 'A' <= b && b <= 'Z':
			c = caseUpper
		}
	}
	return c
}

// evSplitter splits sentences into words for describe and keeps the last
// split, so the expressions of one sentence share it. Between articles it
// keeps its buffers in splitPool.
type evSplitter struct {
	ws   []evWord
	s, e int
	ok   bool
	aux  []evWord        // a buffer for other splits while ws is in use
	low  strings.Builder // lowered words
}

// splitPool recycles evSplitters.
var splitPool = sync.Pool{New: func() any { return new(evSplitter) }}

// newSplitter returns an empty evSplitter from splitPool.
func newSplitter() *evSplitter {
	sp := splitPool.Get().(*evSplitter)
	sp.ok = false
	return sp
}

// release returns sp to splitPool, without references to the article.
func (sp *evSplitter) release() {
	clear(sp.ws[:cap(sp.ws)])
	clear(sp.aux[:cap(sp.aux)])
	splitPool.Put(sp)
}

// split returns splitWords(text, s, e, ts, te), reusing the last split
// when it was of the same span of the same text.
func (sp *evSplitter) split(text string, s, e, ts, te int) []evWord {
	if sp.ok && sp.s == s && sp.e == e {
		for k := range sp.ws {
			w := &sp.ws[k]
			w.tx = w.s < te && w.e > ts
		}
		return sp.ws
	}
	sp.s, sp.e, sp.ok = s, e, true
	return sp.splitWords(&sp.ws, text, s, e, ts, te)
}

// evHasQuote reports whether w holds a quote mark: " ` ' “ ”.
func evHasQuote(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '"', '`', '\'':
			return true
		case 0xE2: // “ and ” are E2 80 9C and E2 80 9D
			if strings.HasPrefix(w[i:], "“") || strings.HasPrefix(w[i:], "”") {
				return true
			}
		}
	}
	return false
}

// evTrim trims the punctuation .,;:!?()'’‘ from both ends of w, as
// strings.Trim would, without building a cutset on every call.
func evTrim(w string) string {
	x, y := evTrimSpan(w)
	return w[x:y]
}

// evTrimSpan returns the bounds of evTrim(w) in w.
func evTrimSpan(w string) (int, int) {
	x, y := 0, len(w)
	for x < y {
		if c := w[x]; c < utf8.RuneSelf && evTrimByte(c) {
			x++
		} else if c == 0xE2 && (strings.HasPrefix(w[x:y], "’") || strings.HasPrefix(w[x:y], "‘")) {
			x += len("’")
		} else {
			break
		}
	}
	for x < y {
		if c := w[y-1]; c < utf8.RuneSelf && evTrimByte(c) {
			y--
		} else if (c == 0x99 || c == 0x98) && (strings.HasSuffix(w[x:y], "’") || strings.HasSuffix(w[x:y], "‘")) {
			y -= len("’")
		} else {
			break
		}
	}
	return x, y
}

// evTrimByte reports whether ASCII byte c is trimmed by evTrim.
func evTrimByte(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '!', '?', '(', ')', '\'':
		return true
	}
	return false
}

// evFlags mark the word lists a word is in, and punctuation it holds.
type evFlags uint32

const (
	evfSpeech     evFlags = 1 << iota // speechVerbs
	evfClause                         // clauseWords
	evfFiller                         // fillerWords
	evfDropBefore                     // dropBefore
	evfDangling                       // evDangling
	evfRelative                       // evRelative
	evfArticle                        // evArticles
	evfNotName                        // evNotName
	evfPronoun                        // evPronouns
	evfPrep                           // evPreps
	evfModal                          // evModals
	evfVerb                           // likely a finite verb
	evfPast                           // a past-tense verb other than a speech verb
	evfCommaSemi                      // w holds "," or ";"
	evfPeriod                         // w holds "."

	// the tense cue lists of the tagger, which evfVerb and evfPast read
	evfPastIrr
	evfPresent
	evfFuture
	evfEdNotPast
)

// evWordFlags holds the list flags of every listed word.
var evWordFlags = func() *evWordTable {
	m := &evWordTable{}
	for _, l := range []struct {
		words map[string]bool
		f     evFlags
	}{
		{speechVerbs, evfSpeech}, {clauseWords, evfClause}, {fillerWords, evfFiller},
		{dropBefore, evfDropBefore}, {evDangling, evfDangling}, {evRelative, evfRelative},
		{evArticles, evfArticle}, {evNotName, evfNotName}, {evPronouns, evfPronoun},
		{evPreps, evfPrep}, {evModals, evfModal}, {txPastIrregular, evfPastIrr},
		{txPresentCues, evfPresent}, {txFutureCues, evfFuture}, {txEdNotPast, evfEdNotPast},
	} {
		for w, ok := range l.words {
			if ok {
				m.add(w, l.f)
			}
		}
	}
	return m
}()

// evWordTable maps the listed words to their flags: open addressing on
// a hash of a word's length and first, middle and last bytes, faster than
// a map for the lookup of every word of a sentence.
type evWordTable struct {
	keys  [1024]string
	flags [1024]evFlags
}

// evSlot returns the home slot of non-empty w, lowered (ASCII).
func evSlot(w string) uint64 {
	n := len(w)
	x := uint64(evLower(w[0])) | uint64(evLower(w[n-1]))<<8 | uint64(evLower(w[n/2]))<<16 | uint64(n)<<24
	return x * 0x9E3779B97F4A7C15 >> 54
}

// evLower lowers an ASCII capital.
func evLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// add ORs f into the flags of non-empty w.
func (t *evWordTable) add(w string, f evFlags) {
	for i := evSlot(w); ; i = (i + 1) & 1023 {
		if t.keys[i] == w || t.keys[i] == "" {
			t.keys[i] = w
			t.flags[i] |= f
			return
		}
	}
}

// get returns the flags of w, which has no capitals, 0 for a word in no
// list.
func (t *evWordTable) get(w string) evFlags {
	n := len(w)
	if n == 0 {
		return 0
	}
	// evSlot, for a word without capitals
	x := uint64(w[0]) | uint64(w[n-1])<<8 | uint64(w[n/2])<<16 | uint64(n)<<24
	for i := x * 0x9E3779B97F4A7C15 >> 54; ; i = (i + 1) & 1023 {
		switch t.keys[i] {
		case w:
			return t.flags[i]
		case "":
			return 0
		}
	}
}

// getFold returns the listed word that is w lowered (ASCII), with its
// flags, if there is one.
func (t *evWordTable) getFold(w string) (string, evFlags, bool) {
	if w == "" {
		return "", 0, false
	}
outer:
	for i := evSlot(w); ; i = (i + 1) & 1023 {
		k := t.keys[i]
		if k == "" {
			return "", 0, false
		}
		if len(k) != len(w) {
			continue
		}
		for j := 0; j < len(k); j++ {
			if evLower(w[j]) != k[j] {
				continue outer
			}
		}
		return k, t.flags[i], true
	}
}

// evUpperFlags is evFlagsOf(strings.ToLower(w), fl) for an ASCII word w,
// with capitals, that is in no list (fl holds only its punctuation):
// lowering keeps the length, and the lowered word ends in "ed" exactly
// when w ends in e or E, then d or D (no other byte ORed with 0x20 gives
// 'e' or 'd').
func evUpperFlags(w string, fl evFlags) evFlags {
	if n := len(w); n > 4 && w[n-2]|0x20 == 'e' && w[n-1]|0x20 == 'd' {
		fl |= evfVerb | evfPast // "-ed" in no list: a past-tense verb
	}
	return fl
}

// evFlagsOf returns the flags fl of lower-case word lo (its lists, and
// its punctuation) with evfVerb and evfPast derived from them.
func evFlagsOf(lo string, fl evFlags) evFlags {
	if lo == "" {
		return fl
	}
	// likely a finite verb: a tense cue, a speech verb, or "-ed"
	ed := strings.HasSuffix(lo, "ed")
	if fl&(evfPastIrr|evfPresent|evfSpeech|evfFuture) != 0 || len(lo) > 4 && ed && fl&evfEdNotPast == 0 {
		fl |= evfVerb
	}
	if fl&evfSpeech == 0 && (fl&evfPastIrr != 0 && lo != "ago" || ed && fl&evfVerb != 0) {
		fl |= evfPast
	}
	return fl &^ (evfPastIrr | evfPresent | evfFuture | evfEdNotPast)
}
