package article

import (
	"unicode"
	"unicode/utf8"
)

// SplitSentences splits the paragraph text[p.Start:p.End] into English
// sentences and returns their spans as absolute offsets into text: in
// order, inside p, non-empty and trimmed of surrounding white space. A
// paragraph without a full stop (a headline) is one sentence.
//
// A sentence ends at '.', '?', '!' or an ellipsis, together with the
// closing quotes and brackets that follow it, when white space and a word
// that may start a sentence come next. Abbreviations and titles (Mr., Gen.,
// U.S., Jan., a.m., No., Inc.), initials (J.R.R. Tolkien), decimals and
// numbers are told apart from full stops by the word before the stop and
// the word after it. Text that lost its stops (photo captions and
// paragraphs run together by a scraper) also splits where a capitalised
// pronoun, article or conjunction follows a word that can end a sentence
// ("at the harbour He said"), or after a caption marker ("(pictured)");
// title case ("Carry On films") never splits. The work is linear in the
// paragraph's length.
func SplitSentences(text string, p Span) []Span {
	if p.Start < 0 {
		p.Start = 0
	}
	if p.End > len(text) {
		p.End = len(text)
	}
	out := make([]Span, 0, (p.End-p.Start)/120+1)
	start := skipSpace(text, p.Start, p.End)
	for i := start; i < p.End; {
		switch candidate[text[i]] {
		case candNone:
			i++
			continue
		case candSpace:
			if i+1 < p.End && (runOnFirst[text[i+1]] || text[i-1] == ')') && runOnBoundary(text, start, i, p.End) {
				out = append(out, Span{start, i})
				start = i + 1
			}
			i++
			continue
		case candEllipsis:
			if !hasPrefixAt(text, i, "…") {
				i++
				continue
			}
		}
		termEnd, next, ok := boundary(text, start, i, p.End)
		if !ok {
			i = termEnd
			continue
		}
		out = append(out, Span{start, trimSpaceEnd(text, start, termEnd)})
		start, i = next, next
	}
	if end := trimSpaceEnd(text, start, p.End); end > start {
		out = append(out, Span{start, end})
	}
	return out
}

const (
	candNone = iota
	candStop
	candEllipsis
	candSpace
)

// candidate classifies the bytes where a sentence may end: stops, the first
// byte of "…", and a space (for run-on sentences without a stop).
var candidate = [256]uint8{'.': candStop, '?': candStop, '!': candStop, 0xe2: candEllipsis, ' ': candSpace}

// boundary decides whether the terminator starting at text[i] ends the
// sentence that starts at start. It returns the end of the terminator with
// its closing quotes and brackets, the start of the next sentence, and
// whether the sentence ends there.
func boundary(text string, start, i, end int) (termEnd, next int, ok bool) {
	t := scanTerminator(text, i, end)
	termEnd = skipClosers(text, t.end, end)
	if termEnd >= end {
		return end, end, true
	}
	n, sp := skipSpaceN(text, termEnd, end)
	if !sp {
		if t.kind == termPeriod && termEnd == t.end && gluedStop(text, start, i, end) {
			return termEnd, termEnd, true
		}
		return t.end, t.end, false
	}
	if n >= end {
		return termEnd, end, true
	}
	nw := nextWordAt(text, n, end)
	switch nw.class {
	case wordLower, wordPunct:
		return termEnd, n, false
	}
	switch t.kind {
	case termQuestion:
		nw.text = text
		if termEnd > t.end && text[termEnd-1] != '.' && nw.class == wordUpper && !nw.starter() &&
			speechFollows(text, nw, end) {
			return termEnd, n, false
		}
		return termEnd, n, true
	case termEllipsis:
		// An ellipsis before a capital ends a sentence; before a number
		// or a symbol it marks an omission.
		return termEnd, n, nw.class == wordUpper
	}
	if stopAfterCloser(text, t.end, termEnd) {
		// "(I-Vt.). Clinton": the stop after the bracket is a full stop.
		return termEnd, n, true
	}
	nw.text = text
	return termEnd, n, periodEnds(text, start, i, nw)
}

// stopAfterCloser reports whether text[j:k], the closers after a stop,
// holds another stop after a closing quote or bracket.
func stopAfterCloser(text string, j, k int) bool {
	closed := false
	for ; j < k; j++ {
		switch text[j] {
		case '.', '?', '!':
			if closed {
				return true
			}
		default:
			closed = true
		}
	}
	return false
}

// periodEnds decides whether a single full stop at text[i] ends a sentence,
// given the word that follows it (not lower case).
func periodEnds(text string, start, i int, nw word) bool {
	w := wordBefore(text, start, i)
	if w == "" {
		return true
	}
	kind := abbreviations[w]
	if kind == abbrNone {
		// then-Sen., ex-Gov.
		if h := lastIndexByte(w, '-'); h >= 0 {
			kind = abbreviations[w[h+1:]]
		}
	}
	switch kind {
	case abbrNumber:
		return nw.class != wordDigit
	case abbrStarter:
		return nw.starter()
	case abbrMonth:
		return nw.class != wordDigit && nw.starter()
	case abbrTime:
		return nw.class == wordUpper && !nw.timeWord()
	}
	if dottedAbbrev(w) {
		return nw.class != wordDigit && nw.starter()
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		// An initial (John F. Kennedy) unless a sentence plainly starts.
		return nw.starter()
	}
	return true
}

type termKind int

const (
	termPeriod   termKind = iota // one full stop
	termQuestion                 // '?' or '!', maybe with more stops
	termEllipsis                 // "...", "…", ". . ."
)

type terminator struct {
	kind termKind
	end  int
}

// scanTerminator reads the run of stops starting at text[i].
func scanTerminator(text string, i, end int) terminator {
	dots, other := 0, false
	j := i
	for j < end {
		switch c := text[j]; {
		case c == '.':
			dots++
			j++
			// A spaced ellipsis ". . ." continues the run.
			if j+1 < end && text[j] == ' ' && text[j+1] == '.' && (dots > 1 || j+3 < end && text[j+2] == ' ' && text[j+3] == '.') {
				j++
			}
			continue
		case c == '?' || c == '!':
			other = true
			j++
			continue
		case c == 0xe2 && hasPrefixAt(text, j, "…"):
			dots += 3
			j += len("…")
			continue
		}
		break
	}
	switch {
	case other:
		return terminator{termQuestion, j}
	case dots > 1:
		return terminator{termEllipsis, j}
	}
	return terminator{termPeriod, j}
}

// skipClosers skips closing quotes and brackets (and further stops inside
// them, as in `.")` or `?'.`) after a terminator.
func skipClosers(text string, j, end int) int {
	for j < end {
		switch c := text[j]; c {
		case '"', '\'', ')', ']', '}', '.', '?', '!':
			j++
			continue
		case 0xe2: // ” ’ ›
			if hasPrefixAt(text, j, "”") || hasPrefixAt(text, j, "’") || hasPrefixAt(text, j, "›") {
				j += 3
				continue
			}
		case 0xc2: // »
			if hasPrefixAt(text, j, "»") {
				j += 2
				continue
			}
		}
		break
	}
	return j
}

// wordBefore returns the word that ends at text[i] (exclusive), without
// leading opening quotes or brackets.
func wordBefore(text string, start, i int) string {
	j := i
	for j > start {
		if i-j > maxWord {
			return "" // no word; bounding the scan keeps splitting linear
		}
		c := text[j-1]
		if c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '/' {
			break
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeLastRuneInString(text[start:j])
			if isSpaceRune(r) || isOpenQuote(r) || r == '—' || r == '–' {
				break
			}
			j -= n
			continue
		}
		j--
	}
	return text[j:i]
}

// maxWord bounds the length of a word the splitter looks at.
const maxWord = 64

// dottedAbbrev reports whether w is letters joined by stops, each part one
// or two letters long: U.S, a.m, J.R.R, Ph.D, D.C.
func dottedAbbrev(w string) bool {
	parts, n := 0, 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '.':
			if n == 0 {
				return false
			}
			parts++
			n = 0
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			n++
			if n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return parts >= 1 && n > 0
}

// hasPrefixAt reports whether text[i:] starts with p.
func hasPrefixAt(text string, i int, p string) bool {
	return len(text)-i >= len(p) && text[i:i+len(p)] == p
}

// isSpaceRune reports whether r is white space for the splitter (including
// no-break spaces and a byte order mark).
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == 0xfeff
}

// skipSpace returns the first index in [i, end) that is not white space.
func skipSpace(text string, i, end int) int {
	j, _ := skipSpaceN(text, i, end)
	return j
}

// skipSpaceN is skipSpace that also reports whether any space was skipped.
func skipSpaceN(text string, i, end int) (int, bool) {
	j := i
	for j < end {
		c := text[j]
		if asciiSpace[c&0x7f] && c < utf8.RuneSelf {
			j++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !isSpaceRune(r) {
			break
		}
		j += n
	}
	return j, j > i
}

// trimSpaceEnd returns end moved back over trailing white space, not
// before start.
func trimSpaceEnd(text string, start, end int) int {
	for end > start {
		c := text[end-1]
		if asciiSpace[c&0x7f] && c < utf8.RuneSelf {
			end--
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpaceRune(r) {
			break
		}
		end -= n
	}
	return end
}

// lastIndexByte returns the index of the last c in s, or -1.
func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// gluedStop reports whether the full stop at text[i], followed directly by
// a capital letter, ends a sentence whose space was lost ("said.The"): the
// word before is a lower-case word of two letters or more that is no
// abbreviation, and a capitalised word follows.
func gluedStop(text string, start, i, end int) bool {
	if i+2 >= end || text[i+1] < 'A' || text[i+1] > 'Z' {
		return false
	}
	if c := text[i+2]; !(c >= 'a' && c <= 'z' || text[i+1] == 'I' && c == ' ') {
		return false
	}
	w := wordBefore(text, start, i)
	if len(w) < 2 || abbreviations[w] != abbrNone {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; c == '.' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return false
		}
	}
	c := w[len(w)-1]
	return c >= 'a' && c <= 'z'
}
