package summary

import (
	"unicode/utf8"
)

// qSeg is one quoted segment found by the mark scanner.
type qSeg struct {
	open   int  // offset of the opening mark
	cs, ce int  // the quoted words, marks and trailing ", . ;" excluded
	close  int  // offset just past the closing mark, or the paragraph end
	closed bool // false: the paragraph ended before a closing mark
	cont   bool // continues the previous segment's quotation (new paragraph)
	para   int  // index of the region (paragraph) holding it
	single bool // quoted with single marks (a headline)
}

// qMarkRole is what a mark can do in its context.
type qMarkRole uint8

const (
	qRoleOpen qMarkRole = 1 << iota
	qRoleClose
)

// qMarkType is the shape of a double quote mark.
type qMarkType uint8

const (
	qTypeStraight qMarkType = iota // " '' — direction from context
	qTypeLeft                      // “ „ « ``
	qTypeRight                     // ” »
)

// qMarkAt returns the type and width of the double quote mark at i, if any.
// A run of three or more apostrophes holds a single quote next to a double
// one; the caller picks which end is the double mark.
func qMarkAt(text string, i int) (qMarkType, int, bool) {
	w, ok := qIsDoubleMark(text, i)
	if !ok {
		return 0, 0, false
	}
	switch text[i] {
	case '"', '\'':
		return qTypeStraight, w, true
	case '`':
		return qTypeLeft, w, true
	case 0xC2:
		if text[i+1] == 0xAB {
			return qTypeLeft, w, true
		}
		return qTypeRight, w, true
	}
	if text[i+2] == 0x9D {
		return qTypeRight, w, true
	}
	return qTypeLeft, w, true
}

// qRoles says whether the mark text[i:j] inside region [ps, pe) can open
// (followed by a word, preceded by space or an opening punctuation) and
// whether it can close (preceded by a word or punctuation, followed by space
// or punctuation).
func qRoles(text string, ps, pe, i, j int) qMarkRole {
	var prev, next rune = ' ', ' '
	if i > ps {
		prev, _ = utf8.DecodeLastRuneInString(text[ps:i])
	}
	if j < pe {
		next, _ = utf8.DecodeRuneInString(text[j:pe])
	}
	var role qMarkRole
	if !qIsSpace(next) && (qIsSpace(prev) || qIsOpenPunct(prev)) {
		role |= qRoleOpen
	}
	if !qIsSpace(prev) && (qIsSpace(next) || qIsClosePunct(next)) {
		role |= qRoleClose
	}
	return role
}

// qIsOpenPunct reports whether r may stand right before an opening mark.
func qIsOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '‘', '\'', '“', '"', '„', '«', '―', '…':
		return true
	}
	return false
}

// qIsClosePunct reports whether r may stand right after a closing mark.
func qIsClosePunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '’', '\'', '”', '"', '»', '…', '―', '/':
		return true
	}
	return false
}

// qScanner pairs quote marks region by region.
type qScanner struct {
	text  string
	segs  []qSeg
	open  int // offset of the pending opening mark, -1 when outside
	cs    int // start of the pending quoted words
	cont  bool
	marks bool // the current region holds a double quote mark
}

// qMarkLead marks the bytes a quote mark may start with: " ' ` and the
// lead bytes of the curly marks and guillemets.
var qMarkLead = [256]bool{'"': true, '\'': true, '`': true, 0xE2: true, 0xC2: true}

// scanRegion pairs the marks of region [ps, pe) (index para) and returns
// whether a quotation was still open at its end.
func (sc *qScanner) scanRegion(ps, pe, para int) bool {
	text := sc.text
	sc.open, sc.marks = -1, false
	for i := ps; i < pe; {
		i = qIndexMarkLead(text, i, pe)
		if i >= pe {
			break
		}
		typ, w, ok := qMarkAt(text[:pe], i)
		if !ok {
			i++
			continue
		}
		if text[i] == '\'' { // a run of apostrophes: '' ''' ''''
			n := 0
			for i+n < pe && text[i+n] == '\'' {
				n++
			}
			if sc.open >= 0 && n > 2 {
				i += n - 2 // a single mark closes first: 'word.'''
			}
			w = 2
		}
		j := i + w
		role := qRoles(text, ps, pe, i, j)
		sc.marks = true
		sc.step(typ, role, i, j, para)
		i = j
	}
	return sc.open >= 0
}

// step applies one mark to the pairing state.
func (sc *qScanner) step(typ qMarkType, role qMarkRole, i, j, para int) {
	canOpen, canClose := role&qRoleOpen != 0, role&qRoleClose != 0
	if sc.open < 0 {
		switch {
		case typ == qTypeRight && !(canOpen && !canClose):
			return // stray closing mark
		case typ == qTypeStraight && canClose && !canOpen:
			return // inch mark or a stray closing mark
		}
		sc.open, sc.cs = i, j
		return
	}
	closeIt := true
	switch typ {
	case qTypeLeft:
		closeIt = canClose && !canOpen
	case qTypeStraight:
		closeIt = canClose || !canOpen
	}
	if !closeIt { // a clear opening mark while open: the earlier one was stray
		sc.open, sc.cs, sc.cont = i, j, false
		return
	}
	sc.emit(i, j, true, para)
}

// emit records the pending quotation, its words ending before ce0, the
// closing mark ending at close.
func (sc *qScanner) emit(ce0, close int, closed bool, para int) {
	cs, ce := qTrimQuoted(sc.text, sc.cs, ce0)
	if ce > cs {
		sc.segs = append(sc.segs, qSeg{open: sc.open, cs: cs, ce: ce, close: close, closed: closed, cont: sc.cont, para: para})
	}
	sc.open, sc.cont = -1, false
}

// qTrimQuoted trims spaces around text[cs:ce] and the trailing ", . ;".
// It returns an empty range when no letter or digit is left.
func qTrimQuoted(text string, cs, ce int) (int, int) {
	for cs < ce {
		r, w := utf8.DecodeRuneInString(text[cs:ce])
		if !qIsSpace(r) {
			break
		}
		cs += w
	}
	for ce > cs {
		r, w := utf8.DecodeLastRuneInString(text[cs:ce])
		if !qIsSpace(r) && r != ',' && r != '.' && r != ';' {
			break
		}
		ce -= w
	}
	for k := cs; k < ce; {
		r, w := utf8.DecodeRuneInString(text[k:ce])
		if qIsWordRune(r) {
			return cs, ce
		}
		k += w
	}
	return cs, cs
}

// qScanSegments finds the quoted segments of the regions (paragraphs) in
// order. A region that ends inside a quotation continues in the next one
// when that opens with a quote mark; otherwise the dangling quotation is
// kept only when it opened the region.
func qScanSegments(text string, regions [][2]int) []qSeg {
	return qScanSegmentsInto(nil, text, regions)
}

// qScanSegmentsInto is qScanSegments appending to segs.
func qScanSegmentsInto(segs []qSeg, text string, regions [][2]int) []qSeg {
	sc := &qScanner{text: text, open: -1, segs: segs}
	for k, r := range regions {
		ps, pe := r[0], r[1]
		n := len(sc.segs)
		if !sc.scanRegion(ps, pe, k) {
			if len(sc.segs) == n && pe-ps <= 300 && !sc.marks {
				sc.scanSingles(ps, pe, k)
			}
			continue
		}
		nextOpens := k+1 < len(regions) && qRegionOpensWithMark(text, regions[k+1])
		firstInRegion := qFirstNonSpace(text, ps, pe) == sc.open
		if nextOpens || firstInRegion {
			sc.emit(pe, pe, false, k)
			if nextOpens {
				sc.cont = true
			}
		}
		sc.open = -1
	}
	return sc.segs
}

// qRegionOpensWithMark reports whether region r starts with an opening mark.
func qRegionOpensWithMark(text string, r [2]int) bool {
	i := qFirstNonSpace(text, r[0], r[1])
	if i >= r[1] {
		return false
	}
	typ, w, ok := qMarkAt(text[:r[1]], i)
	if !ok || typ == qTypeRight {
		return false
	}
	return qRoles(text, r[0], r[1], i, i+w)&qRoleOpen != 0
}

// qFirstNonSpace returns the offset of the first non-space byte in [ps, pe).
func qFirstNonSpace(text string, ps, pe int) int {
	for ps < pe {
		r, w := utf8.DecodeRuneInString(text[ps:pe])
		if !qIsSpace(r) {
			return ps
		}
		ps += w
	}
	return pe
}

// scanSingles pairs single quote marks in a short region without double
// ones, as headlines quote: `Trump: 'We are going to win.'`. An opening
// mark follows a space or an opening punctuation and precedes a word; a
// closing one follows a non-space and precedes a space, punctuation or the
// end (apostrophes inside words never qualify).
func (sc *qScanner) scanSingles(ps, pe, para int) {
	text := sc.text
	sc.open = -1
	for i := ps; i < pe; {
		if c := text[i]; c != '\'' && c != 0xE2 { // neither ' nor the lead byte of ‘ ’
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:pe])
		if r != '\'' && r != '‘' && r != '’' {
			i += w
			continue
		}
		role := qRoles(text, ps, pe, i, i+w)
		switch {
		case sc.open < 0 && r != '’' && role&qRoleOpen != 0:
			sc.open, sc.cs = i, i+w
		case sc.open >= 0 && r != '‘' && role&qRoleClose != 0 && role&qRoleOpen == 0:
			sc.emit(i, i+w, true, para)
			if n := len(sc.segs); n > 0 && sc.segs[n-1].close == i+w {
				sc.segs[n-1].single = true
			}
		}
		i += w
	}
	sc.open = -1
}
