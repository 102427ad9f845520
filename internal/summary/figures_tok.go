package summary

import (
	"encoding/binary"
	"math/bits"
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
				if figStartPacked.has((word8(text, i) | 0x2020202020202020) & (1<<(8*n) - 1)) {
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
			x := word8(t, i)
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

// figLower sets dst to src with its ASCII capitals lower-cased, eight
// bytes at a time, and returns it.
func figLower(dst []byte, src string) []byte {
	if cap(dst) < len(src) {
		dst = make([]byte, len(src), len(src)+len(src)/4)
	}
	dst = dst[:len(src)]
	i := 0
	for ; i+8 <= len(src); i += 8 {
		x := word8(src, i)
		binary.LittleEndian.PutUint64(dst[i:], lowerASCII8(x))
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
		if m := figNotLetters(word8(t, i)); m != 0 {
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

// mayStart reports whether an amount can start at token i: a numeral, a
// number word, a currency or a sign. It keeps the scan cheap on words.
func (s *figScanner) mayStart(i int) bool {
	t := s.toks[i]
	switch t.kind {
	case fkNum:
		return true
	case fkPunct:
		if t.v < 0x80 {
			return figCurASCII[t.v] || t.v == '-'
		}
		w := s.w(i)
		return figCurrencySymbols[w] != "" || s.isDash(i) || w == "−"
	}
	lw := s.lw(i)
	if !figStartSet.has(lw) {
		return false // one small look-up rejects almost every word
	}
	switch c := s.cls(i); {
	case c&(fcSmall|fcVague) != 0:
		return true
	case c&fcCurWord != 0:
		if _, ok := figCurrencyWords[s.w(i)]; ok {
			return true
		}
	}
	switch string(lw) {
	case "a", "an", "half", "tens", "minus":
		return true
	}
	return false
}

// curSymbol reports whether token k is a currency symbol ("$", "€").
func (s *figScanner) curSymbol(k int) bool {
	t := s.toks[k]
	if t.v < 0x80 {
		return t.kind == fkPunct && figCurASCII[t.v]
	}
	return figCurrencySymbols[s.w(k)] != ""
}

// figCurASCII marks the ASCII currency symbols ("$").
var figCurASCII = func() (t [0x80]bool) {
	for k := range figCurrencySymbols {
		if len(k) == 1 && k[0] < 0x80 {
			t[k[0]] = true
		}
	}
	return t
}()
