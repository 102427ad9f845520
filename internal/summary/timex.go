package summary

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
)

// The TIMEX3 tagger works on tokens, one text segment (a line, or a slice
// of a very long line) at a time, so memory stays bounded and the scan is
// linear in the text: every matcher looks at most a dozen tokens ahead.

// txTkind is a token kind.
type txTkind uint8

const (
	txTkWord txTkind = iota
	txTkNum
	txTkPunct
)

// txTok is one token of a segment.
type txTok struct {
	s, e int    // byte offsets into the article text
	lo   string // lower-case text
	kind txTkind
	sp   bool // preceded by white space (or the segment start)
	cap  bool // starts with an upper-case letter
	// flag holds txf* bits: txfTrigger for a word an expression can
	// start with (txIsTrigger), txfPrefix for the first word of a prefix
	// modifier, txfFreq for "the", "a", "an", "that" (see matchAt).
	flag uint8
	// mask holds the matchers that can start at the token (bits txm*).
	mask uint32
}

// txMaxSegment bounds the bytes tokenised at once.
const txMaxSegment = 16 << 10

// findTimexes finds the TIMEX3 expressions of a's text (title included),
// resolved against ref (zero: unknown, giving underspecified values).
func findTimexes(a *article.Article, ref time.Time) []Timex {
	p := txNewParser(a.Text, ref)
	p.titleStart, p.titleEnd = a.TitleSpan.Start, a.TitleSpan.End
	text := a.Text
	for off := 0; off < len(text); {
		end := txSegmentEnd(text, off)
		p.scanSegment(off, end)
		off = end
	}
	return p.finish(a)
}

// txRetagLazy makes retagTimexes fill in word flags only near the starts it
// matches again (see txMaxLead). Tests turn it off to check that this
// changes nothing.
var txRetagLazy = true

// retagTimexes re-resolves the expressions tx found by findTimexes against
// another reference, where need says so: only the segments holding such
// expressions are tokenised again, and matching is tried only where one
// starts. The others keep their value and only update the discourse state.
func retagTimexes(a *article.Article, ref time.Time, tx []Timex, need func(Timex) bool) []Timex {
	p := txNewParser(a.Text, ref)
	p.titleStart, p.titleEnd = a.TitleSpan.Start, a.TitleSpan.End
	p.anyStart, p.lazy = true, txRetagLazy
	text := a.Text
	needs := make([]bool, len(tx))
	for k := len(tx) - 1; k >= 0; k-- {
		// a neighbour of a needed expression may merge with it ("July
		// last year"), so it is matched again too
		needs[k] = need(tx[k]) || k+1 < len(tx) && needs[k+1] && tx[k+1].Start-tx[k].End <= 2
	}
	k := 0
	for off := 0; off < len(text) && k < len(tx); {
		end := txSegmentEnd(text, off)
		if tx[k].Start >= end {
			off = end
			continue
		}
		tokenised := false
		for i := 0; k < len(tx) && tx[k].Start < end; k++ {
			t := tx[k]
			if !needs[k] {
				p.note(t.Type, t.Value, txExplicitQuarter(t))
				continue
			}
			if !tokenised {
				p.toks, tokenised = p.tokenize(p.toks, text, off, end), true
			}
			for i < len(p.toks) && p.toks[i].s < t.Start {
				i++
			}
			if i < len(p.toks) && p.toks[i].s == t.Start {
				p.fillFlags(i, min(i+txMaxLead+1, len(p.toks)))
				if m, ok := p.matchAt(i); ok {
					p.emit(i, m)
					i = m.end
				}
			}
		}
		off = end
	}
	return p.finish(a)
}

// finish returns the expressions p found in a slice of their own (nil if
// none), with their sentences, and releases p.
func (p *txParser) finish(a *article.Article) []Timex {
	var out []Timex
	if len(p.out) > 0 {
		out = make([]Timex, len(p.out))
		copy(out, p.out)
	}
	p.release()
	for i := range out {
		out[i].Sentence = a.SentenceAt(out[i].Start)
	}
	return out
}

// txExplicitQuarter reports whether t names a quarter with its year.
func txExplicitQuarter(t Timex) bool {
	v := t.Value
	return len(v) == 7 && v[4] == '-' && v[5] == 'Q' && txIsASCIIDigit(v[0]) && strings.Contains(strings.ToLower(t.Text), "quarter")
}

// inDateline reports whether [s, e) is the date of a wire dateline
// ("WASHINGTON, Aug. 11 (Xinhua) --"): the story's own date, not an
// expression of the text.
func inDateline(a *article.Article, s, e int) bool {
	if d := a.Dateline.Span; d.End > 0 && s < d.End && e > d.Start {
		return true
	}
	lo := max(0, s-61)
	ls := lo + strings.LastIndexByte(a.Text[lo:s], '\n') + 1
	if lo > 0 && ls == lo {
		return false // no line start within reach
	}
	if s-ls > 60 || !strings.HasSuffix(strings.TrimRight(a.Text[ls:s], " "), ",") {
		return false
	}
	first := a.Text[ls:s]
	if k := strings.IndexAny(first, " ,"); k > 0 {
		first = first[:k]
	}
	if len(first) < 3 || strings.ToUpper(first) != first {
		return false
	}
	rest := strings.TrimLeft(a.Text[e:min(len(a.Text), e+16)], " ,0123456789")
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "_") || strings.HasPrefix(rest, "—")
}

// txSegmentEnd returns the end of the segment starting at off: the next line
// break, or a sentence end or space near txMaxSegment bytes.
func txSegmentEnd(text string, off int) int {
	lim := off + txMaxSegment
	if lim >= len(text) {
		lim = len(text)
	}
	if j := strings.IndexByte(text[off:lim], '\n'); j >= 0 {
		return off + j + 1
	}
	if lim == len(text) {
		return lim
	}
	if j := strings.LastIndex(text[off:lim], ". "); j > txMaxSegment/2 {
		return off + j + 2
	}
	if j := strings.LastIndexByte(text[off:lim], ' '); j > 0 {
		return off + j + 1
	}
	for lim < len(text) && !utf8.RuneStart(text[lim]) {
		lim++
	}
	return lim
}

// lower returns s in lower case, caching capitalised words.
func (p *txParser) lower(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	if l, ok := p.lowCache[s]; ok {
		return l
	}
	l := strings.ToLower(s)
	if l != s && len(p.lowCache) < 1<<16 {
		p.lowCache[strings.Clone(s)] = l
	}
	return l
}

// Byte classes of the tokenizer.
const (
	txcPunct = iota
	txcLetter
	txcDigit
	txcSpace
	txcMulti // a byte of a multi-byte rune
)

// txClass holds the class of every byte.
var txClass = func() (c [256]uint8) {
	for b := 0x80; b < 0x100; b++ {
		c[b] = txcMulti
	}
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = txcLetter, txcLetter
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = txcDigit
	}
	for _, b := range " \n\t\r\v\f" {
		c[b] = txcSpace
	}
	return c
}()

// tokenize appends the tokens of text[off:end] to buf[:0].
func (p *txParser) tokenize(buf []txTok, text string, off, end int) []txTok {
	buf = buf[:0]
	p.cands = p.cands[:0]
	seg := text[:end]
	sp := true
	for i := off; i < len(seg); {
		c := seg[i]
		var t *txTok
		switch txClass[c] {
		case txcLetter:
			buf, t = txNext(buf)
			t.s, t.kind, t.sp, t.cap = i, txTkWord, sp, c < 'a'
			i = p.word(t, seg)
			if t.flag&txfTrigger != 0 {
				p.cands = append(p.cands, int32(len(buf)-1))
			}
		case txcSpace:
			sp = true
			i++
			continue
		case txcPunct:
			buf, t = txNext(buf)
			t.s, t.e, t.lo, t.kind, t.sp, t.cap, t.flag, t.mask = i, i+1, seg[i:i+1], txTkPunct, sp, false, 0, txAllMatchers
			if c == '\'' { // "'90s"
				p.cands = append(p.cands, int32(len(buf)-1))
			}
			i++
		case txcDigit:
			j, sep := i+1, false
			for j < len(seg) {
				c := seg[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.' || c == ':') && j+1 < len(seg) && seg[j+1] >= '0' && seg[j+1] <= '9' {
					j += 2
					sep = true
					continue
				}
				break
			}
			buf, t = txNext(buf)
			t.s, t.e, t.lo, t.kind, t.sp, t.cap, t.flag, t.mask = i, j, seg[i:j], txTkNum, sp, false, 0, txNumShape(seg[i:j], sep)
			if t.mask != 0 {
				p.cands = append(p.cands, int32(len(buf)-1))
			}
			i = j
		default:
			r, n := utf8.DecodeRuneInString(seg[i:])
			switch {
			case unicode.IsSpace(r):
				sp = true
				i += n
				continue
			case unicode.IsLetter(r):
				buf, t = txNext(buf)
				t.s, t.kind, t.sp, t.cap = i, txTkWord, sp, unicode.IsUpper(r)
				i = p.word(t, seg)
				if t.flag&txfTrigger != 0 {
					p.cands = append(p.cands, int32(len(buf)-1))
				}
			default:
				buf, t = txNext(buf)
				t.s, t.e, t.lo, t.kind, t.sp, t.cap, t.flag, t.mask = i, i+n, seg[i:i+n], txTkPunct, sp, false, 0, txAllMatchers
				i += n
			}
		}
		sp = false
	}
	p.used = max(p.used, len(buf))
	return buf
}

// txNext extends buf by one token and returns it, to be set field by
// field (cheaper than appending a struct literal, which the compiler
// copies with write barriers while the collector runs).
func txNext(buf []txTok) ([]txTok, *txTok) {
	if len(buf) == cap(buf) {
		buf = append(buf, txTok{})[:len(buf)]
	}
	buf = buf[:len(buf)+1]
	return buf, &buf[len(buf)-1]
}

// txNumShape returns the mask of the matchers that can start at number n
// (sep: with a "," "." or ":" inside): txAtoi turns down a number with a
// separator, which only a clock time reads ("10:35"); without a leading
// zero, a day or clock hour has one or two digits, a year four, and a
// count (mNumUnit) at most four.
func txNumShape(n string, sep bool) uint32 {
	switch {
	case sep:
		return 1 << txmClock
	case n[0] == '0':
		return txNumMask
	case len(n) <= 2:
		return 1<<txmNumericDate | 1<<txmDayMonth | 1<<txmNumUnit | 1<<txmClock | 1<<txmCentury
	case len(n) == 3:
		return 1 << txmNumUnit
	case len(n) == 4:
		return 1<<txmNumericDate | 1<<txmNumUnit | 1<<txmClock | 1<<txmQuarter | 1<<txmYear
	}
	return 0
}

// word completes word token t, which starts at seg[t.s] (a letter), and
// returns its end.
func (p *txParser) word(t *txTok, seg string) int {
	j, upper, head := txLetterRun(seg, t.s)
	ascii := true
	for j < len(seg) && seg[j] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(seg[j:])
		if !unicode.IsLetter(r) {
			break
		}
		ascii = false
		var up bool
		j, up, _ = txLetterRun(seg, j+n)
		upper = upper || up
	}
	w := seg[t.s:j]
	t.e, t.flag, t.mask = j, 0, 0
	var e *txWordInfo
	switch {
	case !ascii:
		t.lo = p.lower(w)
		e = txLookup(t.lo)
	case upper:
		x := txFoldHead(head, len(w))
		h := txKeyOf(x, len(w))
		if e = txLookupFold(h, x, w); e != nil {
			t.lo = e.w
		} else {
			t.lo = p.lowerASCII(h, w)
		}
	default:
		t.lo = w
		if p.lazy {
			return j // flag and mask are filled by fillFlags where needed
		}
		e = txLookupHead(txKeyOf(head, len(w)), head, w)
	}
	if e != nil && e.flag&txfTrigger != 0 {
		t.flag, t.mask = e.flag, e.mask
	} else if p.anyStart {
		t.flag, t.mask = txfTrigger, txAllMatchers
	}
	return j
}

// lowerASCII returns w, a word of ASCII letters with some in upper case
// and key h (txKey), in lower case, remembering the last word of each key
// slot.
func (p *txParser) lowerASCII(h uint32, w string) string {
	slot := &p.lowSlots[h&(txLowSlots-1)]
	if l := *slot; len(l) == len(w) {
		k := 0
		for k < len(w) && w[k]|0x20 == l[k] {
			k++
		}
		if k == len(w) {
			return l
		}
	}
	l := txLowerLetters(w)
	*slot = l
	return l
}

// txLowerLetters returns w, a word of ASCII letters, in lower case: every
// letter gets bit 0x20, as strings.ToLower gives for ASCII letters, with
// one allocation and no scan for non-ASCII (TestTxLowerLetters).
func txLowerLetters(w string) string {
	var buf [32]byte
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	b := buf[:len(w)]
	for k := range b {
		b[k] = w[k] | 0x20
	}
	return string(b)
}

// scanSegment tags the timexes of text[off:end].
func (p *txParser) scanSegment(off, end int) {
	p.toks = p.tokenize(p.toks, p.text, off, end)
	next := 0 // the first token not inside an expression emitted
	for _, c := range p.cands {
		if i := int(c); i >= next {
			if m, ok := p.matchAt(i); ok {
				p.emit(i, m)
				next = m.end
			}
		}
	}
}

// emit records txMatch m starting at token i.
func (p *txParser) emit(i int, m txMatch) {
	s, e := p.toks[i].s, p.toks[m.end-1].e
	if m.val == "" || e <= s || p.quotedTitle(i, m.end) {
		return
	}
	p.out = append(p.out, Timex{
		Span: article.Span{Start: s, End: e}, Text: p.text[s:e],
		Type: m.typ, Value: m.val, Mod: m.mod, Sentence: -1,
	})
	p.note(m.typ, m.val, m.focus)
}

// quotedTitle reports whether tokens [i, end) are a capitalised title in
// quotes, the name of a show or a work ("This Week", "60 Minutes").
func (p *txParser) quotedTitle(i, end int) bool {
	if end-i < 2 {
		return false // "Today," he said
	}
	s, e := p.toks[i].s, p.toks[end-1].e
	before := strings.TrimRight(p.text[max(0, s-3):s], " ")
	if !strings.HasSuffix(before, "\"") && !strings.HasSuffix(before, "“") && !strings.HasSuffix(before, "`") && !strings.HasSuffix(before, "''") {
		return false
	}
	after := strings.TrimLeft(p.text[e:min(len(p.text), e+4)], ",.")
	if !strings.HasPrefix(after, "\"") && !strings.HasPrefix(after, "”") && !strings.HasPrefix(after, "'") {
		return false
	}
	for k := i; k < end; k++ {
		if t := p.toks[k]; t.kind == txTkWord && !t.cap {
			return false
		}
	}
	return true
}

// note updates the discourse state after an expression of type typ and
// value v was emitted; focus marks an explicit quarter.
func (p *txParser) note(typ, v string, focus bool) {
	if focus {
		p.noteFocus(v)
	}
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' && txIsASCIIDigit(v[0]) {
		p.lastDay = v[:10]
	}
	if len(v) >= 4 && (typ == "DATE" || typ == "TIME") {
		if y, ok := txAtoi(v[:4]); ok {
			p.lastYear = y
		}
	}
	switch {
	case strings.Contains(v, "-Q"):
		p.qCtx = true
	case typ == "DURATION" || len(v) == 4:
		p.qCtx = false
	}
}
