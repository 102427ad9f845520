package summary

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The figure finder works on its own small tokens, one sentence at a time,
// reusing one buffer, so a 10 MB article costs a single linear pass.

// figKind is the kind of a figure token.
type figKind uint8

const (
	fkWord  figKind = iota // a run of letters, with inner apostrophes
	fkNum                  // digits with thousands commas and one decimal point
	fkPunct                // any other single character
)

// figTok is one token of a sentence.
type figTok struct {
	s, e int // byte offsets into the article text
	kind figKind
	gap  bool // white space precedes the token (or it opens the sentence)
	// v is, for a word, its figClass bits (0 until figScanner.cls);
	// for punctuation, its rune, or figBadRune for a byte that is not
	// UTF-8.
	v uint32
}

// figBadRune is the v of a punctuation token that is not valid UTF-8.
const figBadRune = 1<<32 - 1

// figSpace reports whether r separates tokens.
func figSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, 0x2009, 0x202F, 0x2002, 0x2003:
		return true
	}
	return false
}

// figIsDigit reports whether c is an ASCII digit.
func figIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// figApos reports whether r is an apostrophe that may sit inside a word.
func figApos(r rune) bool { return r == '\'' || r == '’' }

// tokenize reads the tokens of text[from:to] into s.toks. It notes, in
// s.cand, every token at which an amount or a phone number may start (a
// superset of the tokens mayStart accepts), and counts the words and the
// capitalised words for titleCase.
func (s *figScanner) tokenize(from, to int) {
	text, dst, cand := s.text, s.toks[:0], s.cand[:0]
	words, caps := 0, 0
	gap := true
	i := from
	for i < to {
		c := text[i]
		switch figTokClass[c] {
		case tcSpace:
			gap = true
			i++
			continue
		case tcDigit:
			j := figNumEnd(text, i, to)
			cand = append(cand, int32(len(dst)))
			dst = figPush(dst, i, j, fkNum, gap, 0)
			i = j
		case tcLetter:
			j := figLettersEnd(text[:to], i+1)
			if j < to && (text[j] == '\'' || text[j] >= utf8.RuneSelf) {
				j = figWordRest(text, j, to)
			}
			if n := j - i; n < 8 && i+8 <= len(text) {
				// One load, folded and cut to the word: a token with a
				// byte other than a letter cannot match a packed word.
				if figStartPacked.has((figLoad64(text, i) | 0x2020202020202020) & (1<<(8*n) - 1)) {
					cand = append(cand, int32(len(dst)))
				}
			} else if figStartSet.maybe(text[i:j]) {
				cand = append(cand, int32(len(dst)))
			}
			words++
			if c <= 'Z' {
				caps++
			}
			dst = figPush(dst, i, j, fkWord, gap, 0)
			i = j
		case tcPunct:
			if figCurASCII[c] || c == '-' {
				cand = append(cand, int32(len(dst)))
			}
			dst = figPush(dst, i, i+1, fkPunct, gap, uint32(c))
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:min(to, i+utf8.UTFMax)])
			switch {
			case figSpace(r):
				gap = true
				i += n
				continue
			case unicode.IsLetter(r):
				j := figWordEnd(text, i, to)
				words++
				dst = figPush(dst, i, j, fkWord, gap, 0)
				i = j
			default:
				v := uint32(r)
				if r == utf8.RuneError && n == 1 {
					v = figBadRune
				}
				cand = append(cand, int32(len(dst)))
				dst = figPush(dst, i, i+n, fkPunct, gap, v)
				i += n
			}
		}
		gap = false
	}
	s.toks, s.cand, s.words, s.caps = dst, cand, words, caps
}

// figPush appends a token to dst field by field, which compiles to plain
// stores (a composite literal went through the stack).
func figPush(dst []figTok, from, to int, kind figKind, gap bool, v uint32) []figTok {
	n := len(dst)
	if n < cap(dst) {
		dst = dst[:n+1]
	} else {
		dst = append(dst, figTok{})
	}
	t := &dst[n]
	t.s, t.e, t.kind, t.gap, t.v = from, to, kind, gap, v
	return dst
}

// Byte classes of the tokenizer.
const (
	tcPunct  = iota // any other ASCII byte
	tcSpace         // ASCII white space
	tcDigit         // 0-9
	tcLetter        // a-z, A-Z
	tcMulti         // a byte of a multi-byte character
)

// figTokClass gives the tokenizer class of each byte.
var figTokClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = tcMulti
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = tcSpace
		case figIsDigit(byte(c)):
			t[c] = tcDigit
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = tcLetter
		}
	}
	return t
}()

// figNumEnd returns the end of the number starting at i: digits, groups of
// three after commas, and one decimal part.
func figNumEnd(text string, i, to int) int {
	j := i
	for j < to && figIsDigit(text[j]) {
		j++
	}
	if j-i <= 3 {
		for j+3 < to && text[j] == ',' && figIsDigit(text[j+1]) && figIsDigit(text[j+2]) &&
			figIsDigit(text[j+3]) && (j+4 == to || !figIsDigit(text[j+4])) {
			j += 4
		}
	}
	if j+1 < to && text[j] == '.' && figIsDigit(text[j+1]) {
		j++
		for j < to && figIsDigit(text[j]) {
			j++
		}
	}
	return j
}

// figWordEnd returns the end of the word starting at i: letters, with
// apostrophes allowed between letters.
func figWordEnd(text string, i, to int) int {
	j := figWordRest(text, i, to)
	if j == i { // a lone mark the caller thought was a letter
		_, n := utf8.DecodeRuneInString(text[i:to])
		j = i + n
	}
	return j
}

// figWordRest returns the end of the letters and inner apostrophes from i.
func figWordRest(text string, i, to int) int {
	j := i
	for j < to {
		if c := text[j]; c < utf8.RuneSelf { // ASCII fast path, same rules
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				j++
				continue
			}
			if c == '\'' && j+1 < to {
				if r2, _ := utf8.DecodeRuneInString(text[j+1 : to]); unicode.IsLetter(r2) {
					j++
					continue
				}
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:to])
		if unicode.IsLetter(r) || r == 'µ' || r == 'μ' {
			j += n
			continue
		}
		if figApos(r) && j+n < to {
			r2, _ := utf8.DecodeRuneInString(text[j+n : to])
			if unicode.IsLetter(r2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// figByteClass sorts ASCII bytes for the pre-filter: 1 a letter, 2 a digit,
// 0 anything else (every byte of a multi-byte character included).
var figByteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = 1, 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	return t
}()

// figSet is an open-addressing hash set of short words, hashed on their
// length and first, second and last bytes (figKey), so a look-up costs one
// multiplication whatever the word.
type figSet struct {
	keys     []string
	shift    uint32 // 32 - log2(len(keys))
	min, max int    // shortest and longest key
	// quick has bit min(len, 15) of [first&31][last&31] set for every
	// key, and quick2 bit second&31 of [third&31] (the last byte standing
	// in for missing ones): a word with either bit clear is not in the
	// set (the low five bits of a letter do not depend on its case).
	quick  [32][32]uint16
	quick2 [32]uint32
}

// figBytes is a string or a byte slice: the word sets are asked with
// words of the text and of the lower-cased sentence, without copying.
type figBytes interface{ ~string | ~[]byte }

// maybe is the quick test of the set: false means w is not in it.
func (t *figSet) maybe(w string) bool { return figMaybe(t, w) }

// figMaybe is figSet.maybe for a string or a byte slice.
func figMaybe[T figBytes](t *figSet, w T) bool {
	n := len(w)
	return n >= t.min && n <= t.max && t.quick[w[0]&31][w[n-1]&31]&(1<<min(n, 15)) != 0 &&
		t.quick2[w[min(2, n-1)]&31]&(1<<(w[min(1, n-1)]&31)) != 0
}

// figKey hashes the length and the first, second and last bytes of w,
// ASCII letters folded to lower case; w is not empty.
func figKey[T figBytes](w T) uint32 {
	n := len(w)
	k := uint32(n) | uint32(w[0]|0x20)<<8 | uint32(w[n-1]|0x20)<<16 | uint32(w[min(1, n-1)]|0x20)<<24
	return k * 0x9E3779B1
}

// newFigSet returns the set of the words ws.
func newFigSet(ws []string) *figSet {
	n, bits := 16, uint32(4)
	for n < 4*len(ws) {
		n, bits = 2*n, bits+1
	}
	t := &figSet{keys: make([]string, n), shift: 32 - bits, min: 1 << 30}
	for _, w := range ws {
		for k := figKey(w) >> t.shift; ; k = (k + 1) & uint32(n-1) {
			if t.keys[k] == "" || t.keys[k] == w {
				t.keys[k] = w
				break
			}
		}
		t.min, t.max = min(t.min, len(w)), max(t.max, len(w))
		t.quick[w[0]&31][w[len(w)-1]&31] |= 1 << min(len(w), 15)
		t.quick2[w[min(2, len(w)-1)]&31] |= 1 << (w[min(1, len(w)-1)] & 31)
	}
	return t
}

// has reports whether w is in the set.
func (t *figSet) has(w []byte) bool {
	if len(w) == 0 || !figMaybe(t, w) {
		return false
	}
	mask := uint32(len(t.keys) - 1)
	for k := figKey(w) >> t.shift; ; k = (k + 1) & mask {
		switch t.keys[k] {
		case "":
			return false
		case string(w):
			return true
		}
	}
}

// hasFold reports whether the run of ASCII letters w, in any case, which
// passed maybe, is in the set, whose keys are lower-case ASCII letters:
// for them, folding a byte with |0x20 is exact.
func (t *figSet) hasFold(w string) bool {
	mask := uint32(len(t.keys) - 1)
	for k := figKey(w) >> t.shift; ; k = (k + 1) & mask {
		key := t.keys[k]
		if key == "" {
			return false
		}
		if len(key) == len(w) {
			i := 0
			for i < len(w) && w[i]|0x20 == key[i] {
				i++
			}
			if i == len(w) {
				return true
			}
		}
	}
}

// figAmountWords are the words without which a spelled amount cannot be
// read: number, scale, fraction and vague words ("two", "a dozen", "half",
// "millions of"). Every amount holds a digit or one of them.
var figAmountWords = func() *figSet {
	ws := []string{"tens", "half", "dozen"}
	for w := range figSmall {
		ws = append(ws, w)
	}
	for w := range figVague {
		ws = append(ws, w)
	}
	for w := range figFraction {
		ws = append(ws, w)
	}
	for w := range figScale {
		if len(w) > 3 { // "a million"; "a mn" is no amount
			ws = append(ws, w)
		}
	}
	return newFigSet(ws)
}()

// figStartPacked holds the figStartWords shorter than eight letters,
// packed.
var figStartPacked = func() *figPackedSet {
	ws := make([]string, 0, len(figStartWords))
	for w := range figStartWords {
		ws = append(ws, w)
	}
	return newFigPackedSet(ws)
}()

// figAmountPacked holds the figAmountWords shorter than eight letters,
// packed.
var figAmountPacked = func() *figPackedSet {
	ws := make([]string, 0, len(figAmountWords.keys))
	for _, w := range figAmountWords.keys {
		if w != "" {
			ws = append(ws, w)
		}
	}
	return newFigPackedSet(ws)
}()

// figMayHold reports whether text[from:to] may hold a figure: whether it
// has a digit or a word of figAmountWords standing alone as a run of ASCII
// letters. A sentence with neither yields nothing, so it need not be
// tokenised; the test is a superset, never a miss.
func figMayHold(text string, from, to int) bool {
	t := text[from:to]
	for i := 0; i < len(t); {
		switch figByteClass[t[i]] {
		case 0:
			i++
			continue
		case 2:
			return true
		}
		if i+8 <= len(t) { // a word of one to seven letters, read at once
			x := figLoad64(t, i)
			if m := figNotLetters(x); m != 0 {
				n := bits.TrailingZeros64(m) >> 3
				if n >= 3 && figAmountPacked.has((x|0x2020202020202020)&(1<<(8*n)-1)) {
					return true
				}
				i += n
				continue
			}
		}
		j := figLettersEnd(t, i+1)
		if w := t[i:j]; figAmountWords.maybe(w) && figAmountWords.hasFold(w) {
			return true
		}
		i = j
	}
	return false
}

// figPackedSet is an open-addressing hash set of words of up to seven
// bytes, each packed little-endian into a uint64 (0 marks an empty slot).
type figPackedSet struct {
	slots []uint64
	shift uint
	bloom [1 << 8]uint64 // bit h>>50 of every key's hash h: most words miss it
}

// newFigPackedSet returns the set of the words of ws shorter than eight
// bytes.
func newFigPackedSet(ws []string) *figPackedSet {
	t := &figPackedSet{slots: make([]uint64, 256), shift: 64 - 8}
	for _, w := range ws {
		if len(w) >= 8 {
			continue
		}
		x := uint64(0)
		for i := 0; i < len(w); i++ {
			x |= uint64(w[i]) << (8 * i)
		}
		h := x * 0x9E3779B97F4A7C15
		t.bloom[h>>56] |= 1 << (h >> 50 & 63)
		for k := h >> t.shift; ; k = (k + 1) & 255 {
			if t.slots[k] == 0 || t.slots[k] == x {
				t.slots[k] = x
				break
			}
		}
	}
	return t
}

// has reports whether the packed word x is in the set.
func (t *figPackedSet) has(x uint64) bool {
	h := x * 0x9E3779B97F4A7C15
	if t.bloom[h>>56]&(1<<(h>>50&63)) == 0 {
		return false
	}
	for k := h >> t.shift; ; k = (k + 1) & 255 {
		switch t.slots[k] {
		case x:
			return true
		case 0:
			return false
		}
	}
}

// figLower sets dst to src with its ASCII capitals lower-cased, eight
// bytes at a time, and returns it.
func figLower(dst []byte, src string) []byte {
	const lo7, hi = 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	if cap(dst) < len(src) {
		dst = make([]byte, len(src), len(src)+len(src)/4)
	}
	dst = dst[:len(src)]
	i := 0
	for ; i+8 <= len(src); i += 8 {
		x := figLoad64(src, i)
		y := x & lo7 // 0x41 <= byte <= 0x5A: adding 0x3F sets the high bit, adding 0x25 does not
		upper := (y + 0x3F3F3F3F3F3F3F3F) &^ (y + 0x2525252525252525) &^ x & hi
		binary.LittleEndian.PutUint64(dst[i:], x+upper>>2) // 0x80>>2 = 0x20 in each capital
	}
	for ; i < len(src); i++ {
		c := src[i]
		if 'A' <= c && c <= 'Z' {
			c += 32
		}
		dst[i] = c
	}
	return dst
}

// figLettersEnd returns the end of the run of ASCII letters of t from i,
// reading eight bytes at a time.
func figLettersEnd(t string, i int) int {
	for i+8 <= len(t) {
		if m := figNotLetters(figLoad64(t, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for i < len(t) && figByteClass[t[i]] == 1 {
		i++
	}
	return i
}

// figNotLetters returns the high bit of every byte of x that is not an
// ASCII letter. Each byte, folded to lower case (|0x20) and stripped of
// its high bit, is a letter when adding 0x1F sets its high bit and adding
// 0x05 does not (0x61 <= b <= 0x7A); no sum carries into the next byte.
func figNotLetters(x uint64) uint64 {
	const lo7, hi = 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	y := (x | 0x2020202020202020) & lo7
	letters := (y + 0x1F1F1F1F1F1F1F1F) &^ (y + 0x0505050505050505) &^ x & hi
	return letters ^ hi
}

// figClass is a bit set of the word lists a lower-cased word is in, worked
// out once per token so the matchers test a bit instead of hashing the
// word again for every list. The lists stay the truth: a bit marked "may"
// says only that the list, which is case-sensitive, may hold the word as
// written, and the caller looks it up.
type figClass = uint32

const (
	fcSmall       figClass = 1 << iota // figSmall
	fcScale                            // figScale
	fcVague                            // figVague
	fcFraction                         // figFraction
	fcQual                             // a one-word key of figQualifiers
	fcQual2                            // the last word of a two-word key of figQualifiers
	fcStop                             // figStop
	fcIrregular                        // figIrregular
	fcNotPlural                        // figNotPlural
	fcUnit                             // figUnitsFold
	fcClock                            // figClockWords
	fcNameOK                           // figNameOK
	fcRate                             // figRateWords
	fcParticiple                       // figParticiples
	fcMetre                            // figMetreWords
	fcOneIdiom                         // figOneIdiom
	fcOneCompound                      // figOneCompound
	fcDet                              // figDet
	fcChange                           // figChangeVerbs
	fcElliptic                         // figElliptic
	fcNounAdj                          // figNounAdj
	fcHyphenName                       // figHyphenName
	fcNameWord                         // figNameWords
	fcStart                            // figStartWords
	fcAttScale                         // figAttachedScale may hold it
	fcUnitCase                         // figUnitsCase may hold it
	fcCurWord                          // figCurrencyWords may hold it
	fcStreet                           // figStreet may hold it
	fcQual3                            // the last word of a three-word key of figQualifiers

	fcKnown figClass = 1 << 31 // the class has been worked out
)

// figLex maps every word of the lists to its figClass, by open addressing
// on figWordHash. A slot of figLex holds the hash in its high half and the
// class, with fcKnown, in its low half (0 for an empty slot); figLexKeys
// holds the word, checked once the hashes agree.
var figLex, figLexKeys, figLexShift, figLexMax = func() ([]uint64, []string, uint32, int) {
	cls := map[string]figClass{}
	add := func(c figClass, keys ...string) {
		for _, k := range keys {
			cls[k] |= c
		}
	}
	fold := func(c figClass, keys ...string) { // for the case-sensitive lists
		for _, k := range keys {
			cls[figASCIILower(k)] |= c
		}
	}
	for k := range figSmall {
		add(fcSmall, k)
	}
	for k := range figScale {
		add(fcScale, k)
	}
	for k := range figVague {
		add(fcVague, k)
	}
	for k := range figFraction {
		add(fcFraction, k)
	}
	for k := range figQualifiers {
		last := k[strings.LastIndexByte(k, ' ')+1:]
		switch strings.Count(k, " ") {
		case 0:
			add(fcQual, k)
		case 1:
			add(fcQual2, last)
		case 2:
			add(fcQual3, last)
		default:
			panic("figQualifiers: a key of more than three words: " + k)
		}
	}
	for _, l := range []struct {
		c figClass
		m map[string]bool
	}{{fcStop, figStop}, {fcIrregular, figIrregular}, {fcNotPlural, figNotPlural}, {fcClock, figClockWords},
		{fcNameOK, figNameOK}, {fcRate, figRateWords}, {fcParticiple, figParticiples}, {fcMetre, figMetreWords},
		{fcOneIdiom, figOneIdiom}, {fcOneCompound, figOneCompound}, {fcDet, figDet}, {fcElliptic, figElliptic},
		{fcNounAdj, figNounAdj}, {fcHyphenName, figHyphenName}, {fcNameWord, figNameWords},
		{fcStart, figStartWords}} {
		for k := range l.m {
			add(l.c, k)
		}
	}
	for k := range figUnitsFold {
		add(fcUnit, k)
	}
	for k := range figChangeVerbs {
		add(fcChange, k)
	}
	for _, l := range []struct {
		c figClass
		m map[string]bool
	}{{fcUnitCase, figUnitsCase}, {fcStreet, figStreet}} {
		for k := range l.m {
			fold(l.c, k)
		}
	}
	for k := range figAttachedScale {
		fold(fcAttScale, k)
	}
	for k := range figCurrencyWords {
		fold(fcCurWord, k)
	}
	n, bits := 64, uint32(6)
	for n < 3*len(cls) {
		n, bits = 2*n, bits+1
	}
	slots, keys, mask, longest := make([]uint64, n), make([]string, n), uint32(n-1), 0
	for k, c := range cls {
		h := figWordHash(k)
		for j := h >> (32 - bits); ; j = (j + 1) & mask {
			if slots[j] == 0 {
				slots[j], keys[j] = uint64(h)<<32|uint64(c|fcKnown), k
				break
			}
		}
		longest = max(longest, len(k))
	}
	return slots, keys, 32 - bits, longest
}()

// figWordHash hashes all of w when it is shorter than eight bytes, and its
// first and last eight bytes otherwise.
func figWordHash[T figBytes](w T) uint32 {
	n := len(w)
	var x uint64
	if n >= 8 {
		x = figLoad64(w, 0) ^ figLoad64(w, n-8)*0xC2B2AE3D27D4EB4F
	} else {
		for i := 0; i < n; i++ {
			x |= uint64(w[i]) << (8 * i)
		}
	}
	x = (x ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
	return uint32(x >> 32)
}

// figLoad64 reads the eight bytes of t from i, little-endian.
func figLoad64[T figBytes](t T, i int) uint64 {
	b := t[i : i+8] // one bounds check; the eight loads then combine into one
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// figASCIILower lower-cases the ASCII letters of w, as figScanner.lc does.
func figASCIILower(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// figLexClass returns the figClass of the lower-cased word lw.
func figLexClass(lw []byte) figClass {
	n := len(lw)
	if n == 0 || n > figLexMax {
		return 0
	}
	mask := uint32(len(figLex) - 1)
	var h uint32
	if n < 8 && cap(lw) >= 8 { // figWordHash, reading past the word and masking
		x := binary.LittleEndian.Uint64(lw[:8]) & (1<<(8*n) - 1)
		h = uint32((x ^ uint64(n)<<56) * 0x9E3779B97F4A7C15 >> 32)
	} else {
		h = figWordHash(lw)
	}
	for j := h >> figLexShift; ; j = (j + 1) & mask {
		sl := figLex[j]
		if sl == 0 {
			return 0
		}
		if uint32(sl>>32) == h && figLexKeys[j] == string(lw) {
			return figClass(sl)
		}
	}
}
