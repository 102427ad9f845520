package summary

import (
	"math"
	"sync"

	"github.com/brief-reader/brief/internal/article"
)

// Figures: every number a reader cares about, with its qualifier ("more
// than"), its unit or counted noun ("%", "$", "month", "people"), its value
// and what it counts. Dates, years and clock times belong to the timeline;
// numbers inside names ("COVID-19", "Boeing 737", "G7"), ordinals, scores,
// addresses and phone numbers are not figures.
//
// The scan is linear: each sentence is tokenised once into a reused buffer
// and every matcher looks a bounded number of tokens around a number.

// figScanner holds the state of one findFigures call.
type figScanner struct {
	text string
	toks []figTok
	cand []int32 // the tokens an amount may start at (see tokenize)
	// words and caps count the words of the sentence and those with a
	// capital first letter.
	words, caps int
	lc          []byte // ASCII-lower-cased copy of the current sentence
	base        int    // offset of lc[0] in text
	sent        int    // current sentence index
	low         int    // first token a figure may start at (after the last figure)
	noun        string // last counted noun in the sentence, for "93,000 wounded"
	// inherit is the last unit a bare number may share ("435 homes and 187").
	inherit string
	// change1 is the last change a percentage described ("pay rise").
	change1 string
	out     []Figure    // the block being filled
	block   int         // its index in sc.blocks
	sc      *figScratch // the buffers
	buf     []byte      // scratch for phrase look-ups
	// ranging is set while reading the second number of a range ("5-10").
	ranging bool
	// title caches isTitle for the current sentence: 0 not yet known,
	// 1 no, 2 yes.
	title int8
	// units remembers shareable for the units met, by figKey.
	units [32]figUnitMemo
}

// figUnitMemo is one remembered answer of shareable.
type figUnitMemo struct {
	unit  string
	share bool
}

// shareable reports whether a later bare number may share the unit u,
// which is not empty: it is no unit of time and no currency. Units repeat,
// so the answer is remembered for the rest of the call.
func (s *figScanner) shareable(u string) bool {
	m := &s.units[figKey(u)>>27]
	if m.unit != u {
		*m = figUnitMemo{u, figShareable(u)}
	}
	return m.share
}

// isTitle reports whether the current sentence is headline-style, where
// capitals do not mark names; it is worked out on first use.
func (s *figScanner) isTitle() bool {
	if s.title == 0 {
		s.title = 1
		if s.titleCase() {
			s.title = 2
		}
	}
	return s.title == 2
}

// titleCase reports whether most words of the current sentence start with
// a capital ("Police Arrest 12 Suspects After Raid").
//
// Capitals are counted first; function words ("of", "the") count as
// capitals too, but are looked up only while the sentence can still pass.
func (s *figScanner) titleCase() bool {
	words, caps := s.words, s.caps // counted by tokenize
	if words < 4 {
		return false
	}
	rest := words - caps // words not yet known to count
	for i, t := range s.toks {
		if caps*10 >= words*8 {
			return true
		}
		if (caps+rest)*10 < words*8 {
			return false
		}
		if t.kind != fkWord {
			continue
		}
		if c := s.text[t.s]; 'A' <= c && c <= 'Z' {
			continue
		}
		rest--
		if i > 0 && s.cls(i)&fcStop != 0 {
			caps++
		}
	}
	return caps*10 >= words*8
}

// findFigures returns the figures of a's sentences in text order; text
// outside every sentence (a headline, a byline) is not searched.
func findFigures(a *article.Article) []Figure {
	sc := figScratchPool.Get().(*figScratch)
	s := &figScanner{text: a.Text, toks: sc.toks[:0], cand: sc.cand[:0], lc: sc.lc[:0], buf: sc.buf[:0], sc: sc}
	if len(sc.blocks) == 0 {
		sc.blocks = append(sc.blocks, make([]Figure, 0, 16+len(a.Text)/400)) // about one per 100-500 bytes of news
	}
	s.out = sc.blocks[0][:0]
	for i, se := range a.Sentences {
		if figMayHold(a.Text, se.Start, se.End) {
			s.scan(se.Start, se.End, i)
		}
	}
	sc.blocks[s.block] = s.out
	n := 0
	for _, b := range sc.blocks[:s.block+1] {
		n += len(b)
	}
	var out []Figure
	if n > 0 {
		out = make([]Figure, 0, n)
	}
	for k, b := range sc.blocks[:s.block+1] {
		out = append(out, b...)
		clear(b) // keep no article text in the pool
		sc.blocks[k] = b[:0]
	}
	sc.toks, sc.cand, sc.lc, sc.buf = s.toks, s.cand, s.lc, s.buf
	figScratchPool.Put(sc)
	return out
}

// emit appends f to the output. When the block being filled is full the
// next one is taken, so a long text is not copied over as the output grows.
func (s *figScanner) emit(f Figure) {
	if len(s.out) == cap(s.out) {
		sc := s.sc
		sc.blocks[s.block] = s.out
		s.block++
		if s.block == len(sc.blocks) {
			sc.blocks = append(sc.blocks, make([]Figure, 0, min(2*cap(s.out), 1<<13)))
		}
		s.out = sc.blocks[s.block][:0]
	}
	s.out = append(s.out, f)
}

// figScratch holds the buffers of one findFigures call: the token buffer,
// the lower-case sentence, and the blocks the figures are gathered in.
type figScratch struct {
	toks   []figTok
	cand   []int32
	lc     []byte
	buf    []byte
	blocks [][]Figure
}

// figScratchPool keeps the buffers of a findFigures call for the next one;
// the figures are cleared first, so no article text is kept.
var figScratchPool = sync.Pool{New: func() any { return new(figScratch) }}

// scan finds the figures of text[from:to], sentence index sent.
func (s *figScanner) scan(from, to, sent int) {
	if to <= from {
		return
	}
	s.tokenize(from, to)
	s.lc = figLower(s.lc, s.text[from:to])
	s.base, s.sent, s.low, s.noun, s.inherit, s.change1 = from, sent, 0, "", "", ""
	s.title = 0
	// Tokens that are not candidates are passed over one by one by the
	// rule below without effect, so the walk jumps between candidates.
	i := 0
	for _, c := range s.cand {
		if int(c) < i {
			continue
		}
		i = int(c)
		if n := s.phoneRun(i); n > 0 {
			i += n
			s.low = i
			continue
		}
		if !s.mayStart(i) {
			i++
			continue
		}
		f, next, ok := s.figureAt(i)
		if !ok {
			i++
			continue
		}
		if f.Start >= 0 {
			s.emit(f)
		}
		i = max(next, i+1)
		s.low = i
	}
}

// Token helpers.

func (s *figScanner) n() int { return len(s.toks) }

// w returns token i as written.
func (s *figScanner) w(i int) string { t := s.toks[i]; return s.text[t.s:t.e] }

// lw returns token i lower-cased (ASCII).
func (s *figScanner) lw(i int) []byte { t := s.toks[i]; return s.lc[t.s-s.base : t.e-s.base] }

// is reports whether token i exists and lower-cased equals w.
func (s *figScanner) is(i int, w string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.e-t.s == len(w) && string(s.lc[t.s-s.base:t.e-s.base]) == w
}

// has reports whether token i is a word in a list of c.
func (s *figScanner) has(i int, c figClass) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == fkWord && s.cls(i)&c != 0
}

// cls returns the figClass of word token i, worked out on first use: most
// words are never asked about.
func (s *figScanner) cls(i int) figClass {
	t := &s.toks[i]
	if t.v == 0 {
		t.v = figLexClass(s.lc[t.s-s.base:t.e-s.base]) | fcKnown
	}
	return t.v
}

// month reports whether token i is a month name as written (figMonths).
func (s *figScanner) month(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != fkWord {
		return false
	}
	w := s.w(i)
	return figMonthSet.maybe(w) && figMonths[w]
}

// isWord reports whether token i is a word.
func (s *figScanner) isWord(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == fkWord }

// isNum reports whether token i is a number.
func (s *figScanner) isNum(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == fkNum }

// isP reports whether token i is the punctuation p.
func (s *figScanner) isP(i int, p rune) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == fkPunct && s.toks[i].v == uint32(p)
}

// isDash reports whether token i is a hyphen or dash.
func (s *figScanner) isDash(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != fkPunct {
		return false
	}
	switch s.toks[i].v {
	case '-', '–', '—', '‑':
		return true
	}
	return false
}

// att reports whether token i exists and touches the token before it.
func (s *figScanner) att(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].gap }

// upper reports whether token i is a word with a capital letter.
func (s *figScanner) upper(i int) bool {
	if !s.isWord(i) {
		return false
	}
	w := s.w(i)
	for j := 0; j < len(w); j++ {
		if 'A' <= w[j] && w[j] <= 'Z' {
			return true
		}
	}
	return false
}

// allCaps reports whether token i is a word of two or more capitals.
func (s *figScanner) allCaps(i int) bool {
	if !s.isWord(i) {
		return false
	}
	w := s.w(i)
	if len(w) < 2 {
		return false
	}
	for j := 0; j < len(w); j++ {
		if w[j] < 'A' || w[j] > 'Z' {
			return false
		}
	}
	return true
}

// phrase looks up the n words ending at token last (joined by spaces,
// lower-cased) in m; it returns "" when absent.
func (s *figScanner) phrase(m map[string]string, last, n int) (string, bool) {
	first := last - n + 1
	if first < s.low || first < 0 || last >= s.n() {
		return "", false
	}
	if n == 1 { // the word itself, without the buffer
		if s.toks[last].kind == fkNum {
			return "", false
		}
		v, ok := m[string(s.lw(last))]
		return v, ok
	}
	s.buf = s.buf[:0]
	for k := first; k <= last; k++ {
		if k > first {
			if !s.toks[k].gap {
				return "", false
			}
			s.buf = append(s.buf, ' ')
		}
		if s.toks[k].kind == fkNum {
			return "", false
		}
		s.buf = append(s.buf, s.lw(k)...)
	}
	v, ok := m[string(s.buf)]
	return v, ok
}

// figureAt tries to read a figure whose number starts at token i. It
// returns the figure, the token after it and whether one was read; a
// figure with Start -1 consumed tokens without producing output (a score,
// a date, an address).
func (s *figScanner) figureAt(i int) (Figure, int, bool) {
	a, ok := s.amount(i)
	if !ok {
		return Figure{}, 0, false
	}
	if a.skip {
		return figSkipped, a.last, true
	}
	r, isRange := s.rangeAfter(a)
	if isRange {
		if r.skip {
			return figSkipped, r.last, true
		}
		a = r
	} else if r, ok := s.ratio(a); ok {
		a = r
	}
	if figHuge(a.value) || figHuge(a.low) || figHuge(a.high) {
		return figSkipped, a.last, true // not a quantity JSON can carry
	}
	f := Figure{Value: a.value, HasValue: !a.vague, Unit: a.unit, Sentence: s.sent}
	if isRange {
		f.Low, f.High = min(a.low, a.high), max(a.low, a.high)
		f.Value = f.Low
	} else if a.vague {
		f.Low, f.High = a.value, a.value*10
		f.Value = 0
	}
	first, last := s.qualify(&a, &f)
	if a.unit == "" {
		unit, end := s.counted(a.last, &a)
		if unit == "" && (s.modelName(&a) || a.word && s.is(a.last, "of")) {
			return figSkipped, a.last, true
		}
		if unit != "" && s.has(a.first-1, fcNounAdj) {
			unit = string(s.lw(a.first-1)) + " " + unit // the top three seeds
		}
		if unit == "" && a.word && !isRange && !a.frac && !a.vague && (s.pronominal(&a) ||
			f.Qualifier == "" && s.participle(a.last) == "") {
			return figSkipped, a.last, true // "the bottom three", "two from Taiwan"
		}
		f.Unit = unit
		f.Counts = s.counts(&a, end, unit)
	} else {
		f.Counts = s.counts(&a, a.last, "")
	}
	if f.Unit == "" && !a.word && !a.frac && !isRange && s.has(first-1, fcElliptic) {
		f.Unit = s.inherit // "3.9 million headsets, up from 2.4 million"
	}
	if a.vague && a.qual != "" {
		f.Qualifier = a.qual
	}
	if f.Unit != "" && a.cur == "" && f.Unit != "%" && s.shareable(f.Unit) {
		s.inherit = f.Unit
	}
	f.Start, f.End = s.toks[first].s, s.toks[last-1].e
	f.Text = s.text[f.Start:f.End]
	return f, max(a.last, last), true
}

// qualify finds the qualifier around a ("more than 93,000", "40 or more")
// and returns the token range of the figure's span.
func (s *figScanner) qualify(a *figAmt, f *Figure) (int, int) {
	first, last := a.first, a.last
	// A qualifier of n words ends in a word marked for n (or is a sign).
	p := a.first - 1
	sign := p >= 0 && p < s.n() && s.toks[p].kind == fkPunct
	for n := 3; n >= 1; n-- {
		if !sign && !s.has(p, figQualEnds[n]) {
			continue
		}
		if q, ok := s.phrase(figQualifiers, p, n); ok {
			if q == "about" && s.is(a.first-1, "some") && s.is(a.first-2, "for") {
				continue
			}
			f.Qualifier = q
			first = a.first - n
			break
		}
	}
	if s.isP(a.first-1, '~') || s.isP(a.first-1, '≈') {
		f.Qualifier, first = "about", a.first-1
	}
	switch {
	case s.is(last, "or") && s.is(last+1, "more") && f.Qualifier == "":
		f.Qualifier, last = "at least", last+2
	case s.is(last, "or") && s.is(last+1, "so") && f.Qualifier == "":
		f.Qualifier, last = "about", last+2
	case s.isP(last, '+') && s.att(last) && f.Qualifier == "":
		f.Qualifier, last = "more than", last+1
	case s.isDash(last) && s.att(last) && s.is(last+1, "plus") && s.att(last+1):
		f.Qualifier, last = "more than", last+2
	}
	if a.plus && f.Qualifier == "" {
		f.Qualifier = "more than"
	}
	if a.odd && f.Qualifier == "" {
		f.Qualifier = "about"
	}
	return first, last
}

// figQualEnds marks, by length, the last word of a qualifier phrase.
var figQualEnds = [4]figClass{0, fcQual, fcQual2, fcQual3}

// modelName reports whether the bare number a reads as part of a product
// or place name: a short integer followed by a capitalised word ("787
// Dreamliner", "2020 Escape", "20 Downing").
func (s *figScanner) modelName(a *figAmt) bool {
	if a.word || a.cur != "" || a.scaled || a.last >= s.n() || a.digits > 4 || a.frac || s.isTitle() {
		return false
	}
	if s.has(a.first-1, fcQual) {
		return false
	}
	k := a.last
	return s.toks[k].gap && s.upper(k) && !s.allCaps(k) && !s.month(k) && !s.has(k, fcNameOK)
}

// figSkipped marks tokens consumed without a figure (a score, a name).
var figSkipped = Figure{Span: article.Span{Start: -1, End: -1}}

// figNounAdj are adjectives before a number that belong to the counted
// noun ("the top three seeds", "the previous two sessions").
var figNounAdj = map[string]bool{"top": true, "previous": true, "bottom": true,
	"remaining": true, "other": true}

// pronominal reports whether the spelled number a, with no noun after it,
// stands for a noun said elsewhere ("the bottom three", "all four").
func (s *figScanner) pronominal(a *figAmt) bool {
	if !s.isWord(a.first - 1) {
		return false
	}
	switch string(s.lw(a.first - 1)) {
	case "the", "all", "both", "those", "these", "top", "bottom", "last", "first", "other", "past", "next",
		"remaining", "final", "its", "their", "his", "her", "our", "my", "your":
		return true
	}
	return false
}

// figElliptic are words before a bare number that share the unit of the
// figure before it ("435 homes by sale and 187 by tender").
var figElliptic = map[string]bool{"from": true, "and": true, "to": true, "than": true, "is": true,
	"was": true, "versus": true, "vs": true, "or": true, "with": true, "at": true}

// figHuge reports whether v is infinite, NaN or beyond any real quantity.
func figHuge(v float64) bool { return math.IsInf(v, 0) || math.IsNaN(v) || math.Abs(v) > 1e300 }
