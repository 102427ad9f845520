package summary

import (
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
}

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

// figTokenize appends the tokens of text[from:to] to dst.
func figTokenize(dst []figTok, text string, from, to int) []figTok {
	gap := true
	i := from
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				gap = true
				i++
				continue
			case figIsDigit(c):
				j := figNumEnd(text, i, to)
				dst = append(dst, figTok{i, j, fkNum, gap})
				gap = false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j := figWordEnd(text, i, to)
				dst = append(dst, figTok{i, j, fkWord, gap})
				gap = false
				i = j
				continue
			}
			dst = append(dst, figTok{i, i + 1, fkPunct, gap})
			gap = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:min(to, i+utf8.UTFMax)])
		switch {
		case figSpace(r):
			gap = true
			i += n
			continue
		case unicode.IsLetter(r):
			j := figWordEnd(text, i, to)
			dst = append(dst, figTok{i, j, fkWord, gap})
			i = j
		default:
			dst = append(dst, figTok{i, i + n, fkPunct, gap})
			i += n
		}
		gap = false
	}
	return dst
}

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
	if j == i { // a lone mark the caller thought was a letter
		_, n := utf8.DecodeRuneInString(text[i:to])
		j = i + n
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

// FNV-1a over lower-cased bytes keys the figure finder's word sets.
const (
	figHash0    = 2166136261
	figHashMult = 16777619
)

// figSet is an open-addressing hash set of lower-case ASCII words.
type figSet struct {
	keys     []string
	mask     uint32
	min, max int // shortest and longest key
}

// newFigSet returns the set of words ws (lower case, letters only).
func newFigSet(ws []string) *figSet {
	n := 16
	for n < 4*len(ws) {
		n *= 2
	}
	t := &figSet{keys: make([]string, n), mask: uint32(n - 1), min: 1 << 30}
	for _, w := range ws {
		h := uint32(figHash0)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * figHashMult
		}
		for k := h & t.mask; ; k = (k + 1) & t.mask {
			if t.keys[k] == "" || t.keys[k] == w {
				t.keys[k] = w
				break
			}
		}
		t.min, t.max = min(t.min, len(w)), max(t.max, len(w))
	}
	return t
}

// hasFold reports whether the run of ASCII letters w, whose lower-cased
// bytes hash to h, is in the set.
func (t *figSet) hasFold(h uint32, w string) bool {
	for k := h & t.mask; ; k = (k + 1) & t.mask {
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

// figMayHold reports whether text[from:to] may hold a figure: whether it
// has a digit or a word of figAmountWords standing alone as a run of ASCII
// letters. A sentence with neither yields nothing, so it need not be
// tokenised; the test is a superset, never a miss.
func figMayHold(text string, from, to int) bool {
	set := figAmountWords
	h, n := uint32(figHash0), 0
	for i := from; i < to; i++ {
		c := text[i]
		switch figByteClass[c] {
		case 1:
			h = (h ^ uint32(c|0x20)) * figHashMult
			n++
			continue
		case 2:
			return true
		}
		if n >= set.min && n <= set.max && set.hasFold(h, text[i-n:i]) {
			return true
		}
		h, n = figHash0, 0
	}
	return n >= set.min && n <= set.max && set.hasFold(h, text[to-n:to])
}
