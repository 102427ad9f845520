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
