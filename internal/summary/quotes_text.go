package summary

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// qTokKind classifies a token of the quote analyser.
type qTokKind uint8

const (
	qWord  qTokKind = iota // letters/digits with inner ' ’ - . &
	qPunct                 // one punctuation rune
	qMark                  // a double quote mark
)

// qTok is a token of Article.Text: its byte range and kind.
type qTok struct {
	s, e int
	kind qTokKind
}

// qAbbrevs are words that keep their period: titles and common abbreviations.
var qAbbrevs = qNewWordSet(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "jr": true, "sr": true, "st": true,
	"sen": true, "sens": true, "rep": true, "reps": true, "gov": true, "gen": true, "lt": true,
	"col": true, "capt": true, "sgt": true, "prof": true, "rev": true, "adm": true, "maj": true,
	"cmdr": true, "gens": true, "hon": true, "pres": true, "supt": true, "insp": true, "cpl": true,
	"no": true, "vs": true, "inc": true, "co": true, "corp": true, "ltd": true, "mt": true,
	"ft": true, "jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true,
	"nov": true, "dec": true, "messrs": true, "mme": true,
})

// qSentenceAbbrevs are abbreviations after which a period never ends a sentence.
var qSentenceAbbrevs = qNewWordSet(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true, "sens": true,
	"rep": true, "reps": true, "gov": true, "gen": true, "lt": true, "col": true, "capt": true,
	"sgt": true, "prof": true, "rev": true, "adm": true, "maj": true, "cmdr": true, "hon": true,
	"no": true, "vs": true, "mt": true, "ft": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "messrs": true, "mme": true,
	"supt": true, "insp": true, "cpl": true, "pres": true, "gens": true,
})

// qIsSpace reports whether r separates words (spaces, tabs, newlines, NBSP).
func qIsSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || r == 0x2009 || r == 0x202F ||
		(r > 0x7f && unicode.IsSpace(r))
}

// qIsWordRune reports whether r can be part of a word.
func qIsWordRune(r rune) bool {
	if r < 0x80 {
		return qASCIIWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// qASCIIWord marks the ASCII letters and digits.
var qASCIIWord = func() (t [128]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// qWordByte marks the bytes that are ASCII letters and digits.
var qWordByte = func() (t [256]bool) {
	for c := range qASCIIWord {
		t[c] = qASCIIWord[c]
	}
	return t
}()

// qIsDoubleMark reports whether the text at i starts a double quote mark and
// returns its width.
func qIsDoubleMark(text string, i int) (int, bool) {
	c := text[i]
	switch {
	case c == '"':
		return 1, true
	case c == '\'' && i+1 < len(text) && text[i+1] == '\'':
		return 2, true
	case c == '`' && i+1 < len(text) && text[i+1] == '`':
		return 2, true
	case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D || text[i+2] == 0x9E):
		return 3, true
	case c == 0xC2 && i+1 < len(text) && (text[i+1] == 0xAB || text[i+1] == 0xBB):
		return 2, true
	}
	return 0, false
}

// qTokenize appends the tokens of text[from:to] to buf.
func qTokenize(buf []qTok, text string, from, to int) []qTok {
	return qTokenizeN(buf, text, from, to, -1)
}

// qTokenizeN is qTokenize stopping after n tokens (n < 0: no limit).
func qTokenizeN(buf []qTok, text string, from, to, n int) []qTok {
	i := from
	for i < to && n != 0 {
		n--
		if c := text[i]; c < utf8.RuneSelf { // ASCII fast path, same rules
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
				n++
			case qASCIIWord[c]:
				j := qWordEndASCII(text, i, to)
				buf = append(buf, qTok{i, j, qWord})
				i = j
			default:
				if mw, ok := qIsDoubleMark(text[:to], i); ok {
					buf = append(buf, qTok{i, i + mw, qMark})
					i += mw
				} else {
					buf = append(buf, qTok{i, i + 1, qPunct})
					i++
				}
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:to])
		if qIsSpace(r) {
			i += w
			n++
			continue
		}
		if mw, ok := qIsDoubleMark(text[:to], i); ok {
			buf = append(buf, qTok{i, i + mw, qMark})
			i += mw
			continue
		}
		if !qIsWordRune(r) {
			buf = append(buf, qTok{i, i + w, qPunct})
			i += w
			continue
		}
		j := qWordEnd(text, i, to)
		buf = append(buf, qTok{i, j, qWord})
		i = j
	}
	return buf
}

// qLazyToks holds the first tokens of text[pos:to], at most n, tokenizing
// more only when asked for them (the tokenizer keeps no state between
// tokens, so tokenizing in steps gives the same tokens as in one go).
type qLazyToks struct {
	toks    []qTok
	text    string
	pos, to int // the next token starts at or after pos
	n       int
	done    bool // all tokens (or n) are in toks
}

// has reports whether the window holds a token k, tokenizing up to it (and
// a few more) when needed.
func (lt *qLazyToks) has(k int) bool {
	for k >= len(lt.toks) && !lt.done {
		have := len(lt.toks)
		want := min(lt.n, max(k+1, have+4)) - have
		lt.toks = qTokenizeN(lt.toks, lt.text, lt.pos, lt.to, want)
		if got := len(lt.toks) - have; got > 0 {
			lt.pos = lt.toks[len(lt.toks)-1].e
		}
		lt.done = len(lt.toks)-have < want || len(lt.toks) >= lt.n
	}
	return k < len(lt.toks)
}

// qWordEndASCII is qWordEnd for a word starting with an ASCII letter or
// digit, with the common case (plain letters, then a space or ordinary
// punctuation) done inline.
func qWordEndASCII(text string, i, to int) int {
	j := i + 1
	for j < to && qWordByte[text[j]] {
		j++
	}
	if j == to {
		return j
	}
	if c := text[j]; c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' && c != '&' {
		return j
	}
	return qWordEnd(text, i, to)
}

// qWordEnd returns the end of the word starting at i: word runes joined by
// inner apostrophes, hyphens, periods and ampersands, plus the period of an
// initial or a known abbreviation.
func qWordEnd(text string, i, to int) int {
	j := i
	for j < to {
		for j < to && qWordByte[text[j]] {
			j++
		}
		if j == to {
			break
		}
		if c := text[j]; c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' && c != '&' {
			break // an ASCII byte that neither continues nor joins a word
		}
		r, w := utf8.DecodeRuneInString(text[j:to])
		if qIsWordRune(r) {
			j += w
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' || r == '‐' {
			if k := j + w; k < to {
				r2, _ := utf8.DecodeRuneInString(text[k:to])
				if qIsWordRune(r2) && !(r == '.' && r2 >= 'a' && r2 <= 'z' && !strings.Contains(text[i:j], ".")) {
					j = k
					continue
				}
			}
		}
		break
	}
	if j > i && (text[j-1] == 's' || text[j-1] == 'S') && j < to {
		if r, w := utf8.DecodeRuneInString(text[j:to]); r == '\'' || r == '’' {
			if k := j + w; k >= to || !qIsWordRune(qDecode(text, k, to)) {
				return k // plural possessive: "Sanders’"
			}
		}
	}
	if j < to && text[j] == '.' {
		wd := text[i:j]
		if (len(wd) == 1 && wd[0] >= 'A' && wd[0] <= 'Z') || qIsAbbrev(wd) || strings.Contains(wd, ".") {
			j++
		}
	}
	return j
}

// qSentenceStarts appends to buf the start offsets of the sentences of the
// paragraph text[ps:pe]: a light, self-contained splitter (quote detection
// must not depend on the article's sentence boundaries).
func qSentenceStarts(buf []int, text string, ps, pe int) []int {
	for ps < pe && (text[ps] == ' ' || text[ps] == '\t') {
		ps++
	}
	if ps >= pe {
		return buf
	}
	buf = append(buf, ps)
	for i := ps; i < pe; i++ {
		i = qIndexStop(text, i, pe)
		if i >= pe {
			break
		}
		c := text[i]
		j := i + 1
		for j < pe {
			r, w := utf8.DecodeRuneInString(text[j:pe])
			if r == '"' || r == '\'' || r == '’' || r == '”' || r == ')' || r == ']' || r == '.' || r == '»' {
				j += w
				continue
			}
			break
		}
		if j >= pe || (text[j] != ' ' && text[j] != '\t' && text[j] != '\n') {
			continue
		}
		k := j
		for k < pe && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n') {
			k++
		}
		if k >= pe || !qStartsSentence(text, k, pe) || (c == '.' && qAbbrevBefore(text, ps, i)) {
			continue
		}
		buf = append(buf, k)
		i = k - 1
	}
	return buf
}

// Word-at-a-time scanning: the loops that skip ordinary text test eight
// bytes at once for the bytes they stop at.
const (
	qLo8 = 0x0101010101010101
	qHi8 = 0x8080808080808080
)

// qMatch8 returns a word whose lowest set bit is the high bit of the first
// byte of x equal to b (bits above it may be spurious), or 0 when none is.
func qMatch8(x uint64, b byte) uint64 {
	y := x ^ (qLo8 * uint64(b))
	return (y - qLo8) &^ y & qHi8
}

// qIndexStop returns the offset of the first '.', '?' or '!' of text[i:to],
// or to.
func qIndexStop(text string, i, to int) int {
	for ; i+8 <= to; i += 8 {
		x := word8(text, i)
		if m := qMatch8(x, '.') | qMatch8(x, '?') | qMatch8(x, '!'); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < to && text[i] != '.' && text[i] != '?' && text[i] != '!' {
		i++
	}
	return i
}

// qIndexBreak returns the offset of the first space or newline of
// text[i:to], or to.
func qIndexBreak(text string, i, to int) int {
	for ; i+8 <= to; i += 8 {
		x := word8(text, i)
		if m := qMatch8(x, ' ') | qMatch8(x, '\n'); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < to && text[i] != ' ' && text[i] != '\n' {
		i++
	}
	return i
}

// qIndexMarkLead returns the offset of the first byte of text[i:to] that
// may start a quote mark (see qMarkLead), or to.
func qIndexMarkLead(text string, i, to int) int {
	for ; i+8 <= to; i += 8 {
		x := word8(text, i)
		m := qMatch8(x, '"') | qMatch8(x, '\'') | qMatch8(x, '`') | qMatch8(x, 0xE2) | qMatch8(x, 0xC2)
		if m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < to && !qMarkLead[text[i]] {
		i++
	}
	return i
}

// qStartsSentence reports whether the text at k can open a sentence.
func qStartsSentence(text string, k, pe int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:pe])
	if unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(' || r == '[' || r == '‘' {
		return true
	}
	_, ok := qIsDoubleMark(text[:pe], k)
	return ok || r == '\''
}

// qAbbrevBefore reports whether the period at i ends an abbreviation or an
// initial rather than a sentence.
func qAbbrevBefore(text string, ps, i int) bool {
	j := i
	for j > ps {
		r, w := utf8.DecodeLastRuneInString(text[ps:j])
		if !qIsWordRune(r) && r != '.' {
			break
		}
		j -= w
	}
	wd := text[j:i]
	if wd == "" {
		return false
	}
	if len(wd) == 1 && wd[0] >= 'A' && wd[0] <= 'Z' {
		return true
	}
	if strings.Contains(wd, ".") && len(wd) <= 6 {
		return true // U.S, D.C, a.m
	}
	return qLowerIn(&qSentenceAbbrevs, wd)
}

// qIsUpperWord reports whether w starts with an upper-case letter.
func qIsUpperWord(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return 'A' <= w[0] && w[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// qIsLowerWord reports whether w starts with a lower-case letter.
func qIsLowerWord(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return 'a' <= w[0] && w[0] <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// qStripPossessive removes a trailing 's / ’s / ' / ’ and reports whether it did.
func qStripPossessive(w string) (string, bool) {
	if n := len(w); n == 0 || w[n-1] != 's' && w[n-1] != 'S' && w[n-1] != '\'' && w[n-1] != 0x99 {
		return w, false // 0x99 ends "’"
	}
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	if strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
		return strings.TrimRight(strings.TrimSuffix(w, "’"), "'"), true
	}
	return w, false
}

// qDecode returns the rune at text[k:to].
func qDecode(text string, k, to int) rune {
	r, _ := utf8.DecodeRuneInString(text[k:to])
	return r
}

// qIsAbbrev reports whether w, lower-cased, is in qAbbrevs.
func qIsAbbrev(w string) bool { return qLowerIn(&qAbbrevs, w) }

// qLowerIn reports whether strings.ToLower(w) is in set, without
// allocating for short ASCII words; the set's filter is tried on the
// folded first and last bytes before the word is folded whole.
func qLowerIn(set *qWordSet, w string) bool {
	var b [16]byte
	n := len(w)
	if n > 0 && w[0] < utf8.RuneSelf && !set.mayStart(qFoldASCII(w[0])) {
		return false // the lower-cased word starts with that byte
	}
	if n == 0 || n > len(b) {
		return set.has(strings.ToLower(w))
	}
	var or byte
	for i := 0; i < n; i++ {
		or |= w[i]
	}
	if or >= utf8.RuneSelf {
		return set.has(strings.ToLower(w))
	}
	if !set.mayHave(qFoldASCII(w[0]), qFoldASCII(w[n-1]), n) {
		return false
	}
	for i := 0; i < n; i++ {
		b[i] = qFoldASCII(w[i])
	}
	return set.m[string(b[:n])]
}

// qFoldASCII lower-cases the ASCII byte c.
func qFoldASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}
