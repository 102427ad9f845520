package summary

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case-folding helpers of the speaker finder: each answers what a
// strings.ToLower form would, without allocating for short ASCII words.

// qIsOtherSpace reports whether r is white space other than ' '.
func qIsOtherSpace(r rune) bool { return r != ' ' && unicode.IsSpace(r) }

// qASCIIFoldEq reports whether strings.ToLower(w) == lw for an ASCII
// lower-case lw.
func qASCIIFoldEq(w, lw string) bool { return len(w) == len(lw) && hasSuffixFold(w, lw) }

// qIsTitleWord reports whether w, lower-cased, with or without a final
// period, is in qTitles.
func qIsTitleWord(w string) bool {
	var b [24]byte
	low, ok := qLowerASCII(b[:0], w)
	if !ok {
		l := strings.ToLower(w)
		return qTitles.has(l) || qTitles.has(l+".")
	}
	if qTitles.hasBytes(low) {
		return true
	}
	if n := len(low); n > 0 && low[n-1] == '.' {
		return false // w+"." ends with two periods: never a title
	}
	return qTitles.hasBytes(append(low, '.'))
}

// qLowerASCII appends w lower-cased to dst; ok is false (and dst
// unchanged) when w is not ASCII or does not fit dst's capacity.
func qLowerASCII(dst []byte, w string) ([]byte, bool) {
	if len(w) >= cap(dst)-len(dst) {
		return dst, false
	}
	n := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return dst[:n], false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// hasSurname reports whether strings.ToLower(w) is a known surname.
func (qa *qAnalyser) hasSurname(w string) bool {
	var b [24]byte
	if low, ok := qLowerASCII(b[:0], w); ok {
		_, known := qa.names.bySurname[string(low)]
		return known
	}
	_, known := qa.names.bySurname[strings.ToLower(w)]
	return known
}

// qOrgWord reports whether w, lower-cased and without its possessive, is
// in qOrgWords (qStripPossessive(strings.ToLower(w))).
func qOrgWord(w string) bool {
	var b [24]byte
	low, ok := qLowerASCII(b[:0], w)
	if !ok {
		base, _ := qStripPossessive(strings.ToLower(w))
		return qOrgWords.has(base)
	}
	return qOrgWords.hasBytes(qStripPossessiveLower(low))
}

// qStripPossessiveLower is qStripPossessive for a lower-case word.
func qStripPossessiveLower(l []byte) []byte {
	n := len(l)
	switch {
	case n > 2 && l[n-2] == '\'' && l[n-1] == 's':
		return l[:n-2]
	case n > 4 && string(l[n-4:]) == "’s":
		return l[:n-4]
	}
	if n >= 2 && l[n-2] == 's' && l[n-1] == '\'' || n >= 4 && string(l[n-4:]) == "s’" {
		if n >= 3 && string(l[n-3:]) == "’" {
			l = l[:n-3]
		}
		for len(l) > 0 && l[len(l)-1] == '\'' {
			l = l[:len(l)-1]
		}
	}
	return l
}

// qCapWord is a word of a name run as written, with how often it occurs.
type qCapWord struct {
	w string
	n int
}

// noteCap records the name-run word t, to be counted when capCount first
// needs the counts (a text too long for 32-bit offsets counts it now).
func (qa *qAnalyser) noteCap(t qTok) {
	if len(qa.text) > math.MaxInt32 {
		qa.names.countCap(qa.word(t))
		return
	}
	qa.names.capSpans = append(qa.names.capSpans, [2]int32{int32(t.s), int32(t.e)})
}

// countCap counts one occurrence of the name-run word w.
func (nm *qNames) countCap(w string) {
	if k, ok := nm.capAt[w]; ok {
		nm.capWords[k].n++
		return
	}
	nm.capAt[w] = len(nm.capWords)
	nm.capWords = append(nm.capWords, qCapWord{w: w, n: 1})
}

// capCount returns how often the lower-cased word lw occurs in name runs.
// The first few words asked for are counted by comparing lw with each word
// as written; after that every word is indexed by its lower-cased form.
func (qa *qAnalyser) capCount(lw string) int {
	nm := &qa.names
	if n, ok := nm.capCount[lw]; ok || nm.capIndexed {
		return n
	}
	if nm.capCount == nil {
		nm.capCount = map[string]int{}
	}
	if len(nm.capCount) >= 8 {
		for _, sp := range nm.capSpans {
			nm.countCap(qa.text[sp[0]:sp[1]])
		}
		nm.capSpans = nm.capSpans[:0]
		clear(nm.capCount)
		for _, cw := range nm.capWords {
			nm.capCount[qa.lowerWord(cw.w)] += cw.n
		}
		nm.capIndexed = true
		return nm.capCount[lw]
	}
	n := 0
	for _, sp := range nm.capSpans {
		if qa.lowerIs(qa.text[sp[0]:sp[1]], lw) {
			n++
		}
	}
	for _, cw := range nm.capWords { // words counted right away (countCap)
		if qa.lowerIs(cw.w, lw) {
			n += cw.n
		}
	}
	nm.capCount[lw] = n
	return n
}

// lowerIs reports whether strings.ToLower(w) == lw.
func (qa *qAnalyser) lowerIs(w, lw string) bool {
	if qIsASCII(w) {
		return len(w) == len(lw) && qASCIIFoldEq(w, lw)
	}
	return qa.lowerWord(w) == lw
}

// qIsASCII reports whether w holds only ASCII bytes.
func qIsASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// qIsConnectorFold reports whether the ASCII word w, lower-cased, is a
// connector (see qIsConnector); false for any other word.
func qIsConnectorFold(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	var b [3]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "of", "de", "al", "bin", "van", "von", "der", "la", "le", "da", "du", "di", "del", "ibn", "abu":
		return true
	}
	return false
}
