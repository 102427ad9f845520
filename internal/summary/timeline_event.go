package summary

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
)

// The event of a timeline entry: who did what, taken from the clause that
// holds the time expression, without the expression itself.

// maxEventWords bounds an event description.
const maxEventWords = 12

// evWord is one word of a sentence with its byte range.
type evWord struct {
	s, e int
	w    string  // the word without quote marks
	lo   string  // lower case, without surrounding punctuation
	tx   bool    // part of the time expression
	fl   evFlags // the word lists lo is in, and punctuation in w
}

// is reports whether w has any of the flags f.
func (w *evWord) is(f evFlags) bool { return w.fl&f != 0 }

// filler reports whether w.w (not only w.lo) is a filler word.
func (w *evWord) filler() bool { return w.fl&evfFiller != 0 && w.w == w.lo }

// quoteStripper removes quote marks from words.
var quoteStripper = strings.NewReplacer("\"", "", "“", "", "”", "", "``", "", "''", "")

// speechVerbs report speech; the event is then what was said.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "announced": true,
	"stated": true, "reported": true, "noted": true, "confirmed": true, "wrote": true,
	"explained": true, "declared": true,
}

// clauseWords open a new clause.
var clauseWords = map[string]bool{
	"with": true, "while": true, "after": true, "before": true, "but": true, "which": true,
	"who": true, "when": true, "because": true, "although": true, "though": true, "amid": true,
	"saying": true, "urging": true, "as": true, "where": true, "whereas": true, "and": true,
	"that": true,
}

// fillerWords are adverbs dropped from event descriptions.
var fillerWords = map[string]bool{
	"soon": true, "also": true, "reportedly": true, "still": true, "already": true,
	"just": true, "actually": true, "now": true, "even": true,
}

// dropBefore are words dropped right before the time expression.
var dropBefore = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "since": true, "until": true, "during": true,
	"over": true, "from": true, "of": true, "course": true, "the": true, "for": true, "within": true,
}

// datelineEnd returns the end of a wire dateline opening text
// ("WASHINGTON (AA) - "), or 0.
func datelineEnd(text string) int {
	k := strings.IndexByte(text, ')')
	if k < 0 || strings.IndexByte(text[:k], '(') < 0 {
		return 0
	}
	first := text[:strings.IndexAny(text+" ", " ,(")]
	if len(first) < 3 || strings.ToUpper(first) != first {
		return 0
	}
	rest := strings.TrimLeft(text[k+1:], " ")
	for _, m := range []string{"--", "-", "—", "–", "_"} {
		if strings.HasPrefix(rest, m) {
			return len(text) - len(strings.TrimLeft(rest[len(m):], " "))
		}
	}
	return 0
}

// maxEventContext bounds the text looked at around a time expression, so
// a run-on "sentence" cannot make the timeline quadratic.
const maxEventContext = 300

// sentenceSpan returns the sentence (or title, or line) holding t, at most
// maxEventContext bytes either side of it.
func sentenceSpan(a *article.Article, t Timex) (int, int) {
	s, e := rawSentenceSpan(a, t)
	if t.Start-s > maxEventContext {
		s = wordStart(a.Text, t.Start-maxEventContext)
	}
	if e-t.End > maxEventContext {
		e = wordStart(a.Text, t.End+maxEventContext)
	}
	return s, e
}

// wordStart moves i back to the start of the word holding it.
func wordStart(text string, i int) int {
	for i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
		i--
	}
	return i
}

// rawSentenceSpan returns the sentence (or title, or line) holding t.
func rawSentenceSpan(a *article.Article, t Timex) (int, int) {
	if t.Sentence >= 0 && t.Sentence < len(a.Sentences) {
		s := a.Sentences[t.Sentence]
		return s.Start, s.End
	}
	if ts := a.TitleSpan; ts.End > ts.Start && t.Start >= ts.Start && t.End <= ts.End {
		return ts.Start, ts.End
	}
	lo := max(0, t.Start-maxEventContext)
	s := lo + strings.LastIndexByte(a.Text[lo:t.Start], '\n') + 1
	hi := min(len(a.Text), t.End+maxEventContext)
	e := strings.IndexByte(a.Text[t.End:hi], '\n')
	if e < 0 {
		return s, hi
	}
	return s, t.End + e
}

// splitWords splits text[s:e] into words, marking those inside [ts, te).
// The words are appended to (*buf)[:0], which keeps the grown slice for
// the next call.
func (sp *evSplitter) splitWords(buf *[]evWord, text string, s, e, ts, te int) []evWord {
	ws := (*buf)[:0]
	if s >= e {
		*buf = ws
		return ws
	}
	t := text[s:e]
	if n := len(t)/5 + 1; cap(ws) < n { // about one word per 6 bytes
		ws = make([]evWord, 0, max(n, 32))
	}
	upper := 0 // bytes of the ASCII words with capitals not in a list
	for i := 0; i < len(t); {
		for i < len(t) && evByte[t[i]]&ebSpace != 0 {
			i++
		}
		j := i
		var bits uint8 // union of the classes of the word's bytes
		for j < len(t) {
			c := evByte[t[j]]
			if c&ebSpace != 0 {
				break
			}
			bits |= c
			j++
		}
		if j == i {
			break
		}
		raw := t[i:j]
		var w evWord
		w.w = raw
		if bits&ebComma != 0 { // quoteStripper leaves these
			w.fl |= evfCommaSemi
		}
		if bits&ebPeriod != 0 {
			w.fl |= evfPeriod
		}
		lowered := bits&ebUpper == 0
		switch {
		case bits&ebQuote != 0 || bits&ebHigh != 0 && evHasQuote(raw):
			w.w = quoteStripper.Replace(raw)
			w.lo, lowered = strings.ToLower(evTrim(w.w)), true
		case bits&(ebHigh|ebTrim) == 0: // a plain ASCII word
			w.lo = raw
		default:
			x, y := evTrimSpan(raw)
			w.lo = raw[x:y]
			if bits&ebHigh != 0 && asciiCase(w.lo) == caseOther {
				w.lo, lowered = strings.ToLower(w.lo), true
			}
		}
		if lowered {
			w.fl |= evWordFlags.get(w.lo)
		} else if key, fl, ok := evWordFlags.getFold(w.lo); ok {
			// strings.ToLower of a listed word, without allocating
			w.lo = key
			w.fl |= fl
		} else {
			upper += len(w.lo) // lowered below
			w.fl |= evfUpper
		}
		if len(ws) == cap(ws) {
			ws = append(ws, evWord{})[:len(ws)]
		}
		ws = ws[:len(ws)+1]
		p := &ws[len(ws)-1]
		p.s, p.e, p.w, p.lo, p.tx, p.fl = s+i, s+j, w.w, w.lo, s+i < te && s+j > ts, w.fl
		i = j
	}
	if upper > 0 {
		lowerWords(ws, upper, &sp.low)
	}
	for k := range ws {
		w := &ws[k]
		w.fl = evFlagsOf(w.lo, w.fl)
	}
	*buf = ws
	return ws
}

// Byte classes of evByte.
const (
	ebSpace  uint8 = 1 << iota // ' ', '\n', '\t': words are split on these
	ebQuote                    // '"', '`', '\''
	ebUpper                    // 'A'..'Z'
	ebHigh                     // not ASCII
	ebTrim                     // trimmed by evTrimByte
	ebComma                    // ',' or ';'
	ebPeriod                   // '.'
)

// evByte classifies the bytes splitWords looks at.
var evByte = func() (t [256]uint8) {
	for i := range t {
		c := byte(i)
		switch {
		case c == ' ' || c == '\n' || c == '\t':
			t[i] |= ebSpace
		case c == '"' || c == '`' || c == '\'':
			t[i] |= ebQuote
		case 'A' <= c && c <= 'Z':
			t[i] |= ebUpper
		case c >= utf8.RuneSelf:
			t[i] |= ebHigh
		}
		if c < utf8.RuneSelf && evTrimByte(c) {
			t[i] |= ebTrim
		}
		switch c {
		case ',', ';':
			t[i] |= ebComma
		case '.':
			t[i] |= ebPeriod
		}
	}
	return t
}()

// lowerWords lowers the words of ws flagged evfUpper, n bytes in all,
// appending them to b, or to a new b when it is full. Strings taken from
// a Builder stay valid as it grows; one is kept for many sentences.
func lowerWords(ws []evWord, n int, b *strings.Builder) {
	if b.Cap()-b.Len() < n {
		*b = strings.Builder{}
		b.Grow(max(n, 2048))
	}
	start := b.Len()
	for k := range ws {
		if ws[k].fl&evfUpper == 0 {
			continue
		}
		for _, c := range []byte(ws[k].lo) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	low := b.String()[start:]
	for k := range ws {
		if w := &ws[k]; w.fl&evfUpper != 0 {
			w.lo, low = low[:len(w.lo)], low[len(w.lo):]
			w.fl &^= evfUpper
		}
	}
}

// Results of asciiCase.
const (
	caseLower = iota // ASCII without capitals
	caseUpper        // ASCII with capitals
	caseOther        // not ASCII
)

// asciiCase classifies w for lowering.
func asciiCase(w string) int {
	c := caseLower
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= utf8.RuneSelf:
			return caseOther
		case 'A' <= b && b <= 'Z':
			c = caseUpper
		}
	}
	return c
}

// evSplitter splits sentences into words for describe and keeps the last
// split, so the expressions of one sentence share it. Between articles it
// keeps its buffers in splitPool.
type evSplitter struct {
	ws   []evWord
	s, e int
	ok   bool
	aux  []evWord        // a buffer for other splits while ws is in use
	low  strings.Builder // lowered words
}

// splitPool recycles evSplitters.
var splitPool = sync.Pool{New: func() any { return new(evSplitter) }}

// newSplitter returns an empty evSplitter from splitPool.
func newSplitter() *evSplitter {
	sp := splitPool.Get().(*evSplitter)
	sp.ok = false
	return sp
}

// release returns sp to splitPool, without references to the article.
func (sp *evSplitter) release() {
	clear(sp.ws[:cap(sp.ws)])
	clear(sp.aux[:cap(sp.aux)])
	splitPool.Put(sp)
}

// split returns splitWords(text, s, e, ts, te), reusing the last split
// when it was of the same span of the same text.
func (sp *evSplitter) split(text string, s, e, ts, te int) []evWord {
	if sp.ok && sp.s == s && sp.e == e {
		for k := range sp.ws {
			w := &sp.ws[k]
			w.tx = w.s < te && w.e > ts
		}
		return sp.ws
	}
	sp.s, sp.e, sp.ok = s, e, true
	return sp.splitWords(&sp.ws, text, s, e, ts, te)
}

// evHasQuote reports whether w holds a quote mark: " ` ' “ ”.
func evHasQuote(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '"', '`', '\'':
			return true
		case 0xE2: // “ and ” are E2 80 9C and E2 80 9D
			if strings.HasPrefix(w[i:], "“") || strings.HasPrefix(w[i:], "”") {
				return true
			}
		}
	}
	return false
}

// evTrim trims the punctuation .,;:!?()'’‘ from both ends of w, as
// strings.Trim would, without building a cutset on every call.
func evTrim(w string) string {
	x, y := evTrimSpan(w)
	return w[x:y]
}

// evTrimSpan returns the bounds of evTrim(w) in w.
func evTrimSpan(w string) (int, int) {
	x, y := 0, len(w)
	for x < y {
		if c := w[x]; c < utf8.RuneSelf && evTrimByte(c) {
			x++
		} else if c == 0xE2 && (strings.HasPrefix(w[x:y], "’") || strings.HasPrefix(w[x:y], "‘")) {
			x += len("’")
		} else {
			break
		}
	}
	for x < y {
		if c := w[y-1]; c < utf8.RuneSelf && evTrimByte(c) {
			y--
		} else if (c == 0x99 || c == 0x98) && (strings.HasSuffix(w[x:y], "’") || strings.HasSuffix(w[x:y], "‘")) {
			y -= len("’")
		} else {
			break
		}
	}
	return x, y
}

// evTrimByte reports whether ASCII byte c is trimmed by evTrim.
func evTrimByte(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '!', '?', '(', ')', '\'':
		return true
	}
	return false
}

// eventText describes what happened at t: subject, verb and object of its
// clause, without the time expression, in at most maxEventWords words.
// Reported speech reads "Speaker: what was said".
func eventText(a *article.Article, t Timex, sp *evSplitter) string {
	s, e := sentenceSpan(a, t)
	if d := a.Dateline.Span; d.End > s && d.End < e && d.Start <= s+1 {
		s = d.End // the dateline is not part of the event
	} else if k := datelineEnd(a.Text[s:min(e, s+100)]); k > 0 {
		s += k
	}
	ws := sp.split(a.Text, s, e, t.Start, t.End)
	first, last := txWords(ws)
	if first < 0 {
		return ""
	}
	lo, hi := 0, len(ws)
	speaker := ""
	for i := range ws {
		if !ws[i].is(evfSpeech) {
			continue
		}
		switch {
		case i < first && first-i <= 2: // "the White House said Friday"
			return speechEvent(a, t, ws, i, last, sp)
		case i < first:
			speaker = speakerOf(a, t, ws[clauseStart(ws, i):i], true, sp)
			lo = i + 1
			if lo < len(ws) && ws[lo].lo == "that" {
				lo++
			}
		case i > last && hi == len(ws) && clauseStart(ws, i) > last:
			hi = clauseStart(ws, i)
			speaker = speakerOf(a, t, ws[hi:i], false, sp)
		}
	}
	cs, ce := clauseAround(ws, lo, hi, first, last)
	if out := reducedRelative(ws, cs, ce, first, last); out != nil {
		return eventString(speaker, out, "")
	}
	out := borrowSubject(ws, lo, cs, ce)
	if n := content(out); n > maxEventWords {
		out = compressSubject(out)
	}
	if n := content(out); n > maxEventWords && last+1 < ce && content(ws[last+1:ce]) <= 2 {
		k := 0
		for n > maxEventWords && k < len(out) && !out[k].tx { // the expression ends the clause: keep its end
			if !out[k].filler() {
				n--
			}
			k++
		}
		out = out[k:]
	}
	return eventString(speaker, out, "")
}

// txWords returns the first and last word of the time expression in ws,
// or -1, -1.
func txWords(ws []evWord) (int, int) {
	first, last := -1, -1
	for i := range ws {
		if ws[i].tx {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// eventString joins the words ws (see joinWords) and adds suffix, then
// capitalises the event or prefixes its speaker, if any; an empty event
// stays empty.
func eventString(speaker string, ws []evWord, suffix string) string {
	var arr [160]byte
	b := append(joinWords(arr[:0], ws), suffix...)
	switch {
	case len(b) == 0:
		return ""
	case speaker != "":
		return speaker + ": " + string(b)
	case b[0] < utf8.RuneSelf:
		if 'a' <= b[0] && b[0] <= 'z' {
			b[0] -= 'a' - 'A'
		}
		return string(b)
	}
	// as strings.ToUpper(string(r)) does, an invalid byte becomes U+FFFD
	r, n := utf8.DecodeRune(b)
	var up [utf8.UTFMax]byte
	return string(utf8.AppendRune(up[:0], unicode.ToUpper(r))) + string(b[n:])
}

// speechEvent describes a speech act: "White House: talks moving forward".
func speechEvent(a *article.Article, t Timex, ws []evWord, verb, last int, split *evSplitter) string {
	subj := clauseStart(ws, verb)
	rest := ws[last+1:]
	if len(rest) > 0 && rest[0].lo == "that" {
		rest = rest[1:]
	}
	if len(rest) < 2 && subj > 0 { // the quote came first: "…," X said Friday.
		rest = ws[:subj]
	}
	if content(rest) > maxEventWords {
		rest = compressSubject(rest)
	}
	for k := 3; k < len(rest)-1; k++ { // stop at the clause boundary
		if strings.HasSuffix(rest[k].w, ";") || strings.HasSuffix(rest[k].w, ",") && rest[k+1].is(evfClause) {
			rest = rest[:k+1]
			break
		}
		if k >= 4 && rest[k+1].is(evfRelative) && !rest[k].is(evfSpeech) {
			rest = rest[:k+1]
			break
		}
	}

	if sp := speakerOf(a, t, ws[subj:verb], true, split); sp != "" {
		return eventString(sp, rest, "")
	}
	out := make([]evWord, 0, verb+1-subj+len(rest))
	out = append(out, ws[subj:verb+1]...)
	return eventString("", append(out, rest...), "")
}

// startEvent describes the start dated by a duration adjective: "over
// 10-month war" gives "Israel's war began".
func startEvent(a *article.Article, t Timex, sp *evSplitter) string {
	s, e := sentenceSpan(a, t)
	ws := sp.split(a.Text, s, e, t.Start, t.End)
	first, last := txWords(ws)
	if first < 0 || last+1 >= len(ws) {
		return eventText(a, t, sp)
	}
	var out []evWord
	if k := first - 1; k >= 0 && ws[k].is(evfDropBefore) {
		first = k
	}
	if k := first - 1; k >= 0 && (strings.HasSuffix(ws[k].lo, "'s") || strings.HasSuffix(ws[k].lo, "’s")) {
		out = append(out, ws[k])
	}
	for k := last + 1; k < len(ws) && k <= last+7; k++ {
		if k > last+1 && ws[k].is(evfClause|evfVerb) {
			break
		}
		out = append(out, ws[k])
		if ws[k].is(evfCommaSemi | evfPeriod) {
			break
		}
	}
	return eventString("", out, " began")
}

// clauseStart returns the first word of the clause ending before word i.
func clauseStart(ws []evWord, i int) int {
	for k := i - 1; k >= 0; k-- {
		if strings.HasSuffix(ws[k].w, ",") || strings.HasSuffix(ws[k].w, ";") || strings.HasSuffix(ws[k].w, ":") {
			return k + 1
		}
	}
	return 0
}

// clauseAround picks the clause of [lo, hi) holding words first..last,
// widened to the previous clause when it says too little.
func clauseAround(ws []evWord, lo, hi, first, last int) (int, int) {
	cs := lo
	for k := first - 1; k > lo; k-- {
		if strings.HasSuffix(ws[k-1].w, ",") || strings.HasSuffix(ws[k-1].w, ";") || ws[k].is(evfClause) && k < first-1 {
			cs = k
			if ws[k].is(evfClause) {
				cs = k + 1
			}
			break
		}
	}
	ce := hi
	if strings.HasSuffix(ws[last].w, ",") {
		ce = last + 1
	}
	for k := last + 1; k < ce; k++ {
		if ws[k].is(evfClause) && k-cs > 5 {
			ce = k
			break
		}
		if strings.HasSuffix(ws[k].w, ",") || strings.HasSuffix(ws[k].w, ";") {
			ce = k + 1
			break
		}
	}
	for content(ws[cs:ce]) < 4 && cs > lo {
		cs = max(clauseStart(ws, cs-1), lo)
	}
	return cs, ce
}

// content counts the words of ws outside the time expression.
func content(ws []evWord) int {
	n := 0
	for _, w := range ws {
		if !w.tx {
			n++
		}
	}
	return n
}

// joinWords appends to b the words ws, dropping the time expression with
// its preposition, quote marks and trailing punctuation.
func joinWords(b []byte, ws []evWord) []byte {
	var kb [64]bool
	keep := kb[:0]
	if len(ws) > len(kb) {
		keep = make([]bool, 0, len(ws))
	}
	for i := range ws {
		w := &ws[i]
		keep = append(keep, !w.tx && w.w != "" && w.w != "-" && w.w != "—" && !w.filler())
	}
	for i := range ws {
		if !ws[i].tx || i > 0 && ws[i-1].tx {
			continue
		}
		for k := i - 1; k >= 0 && ws[k].is(evfDropBefore) && !strings.HasSuffix(ws[k].w, ","); k-- {
			keep[k] = false
		}
	}
	n, end := 0, len(ws)
	for i := range ws {
		if keep[i] {
			if n++; n == maxEventWords {
				end = i + 1
				break
			}
		}
	}
	full := end
	// lo never holds a double quote mark (splitWords strips them), so
	// no need to trim them before the test
	for end > 0 && (!keep[end-1] || ws[end-1].is(evfDangling)) {
		end-- // never end on a preposition, article or conjunction
	}
	if end == 0 {
		end = full
	}
	start := len(b)
	n = 0
	for i := range ws[:end] {
		w := &ws[i]
		if !keep[i] {
			continue
		}
		if (w.lo == "which" || w.lo == "who") && i > 0 && strings.HasSuffix(ws[i-1].w, ",") {
			continue // "The strike, which began" reads "The strike began"
		}
		word := w.w
		if i+1 < len(ws) && (ws[i+1].lo == "which" || ws[i+1].lo == "who") {
			word = strings.TrimSuffix(word, ",")
		}
		if n > 0 {
			b = append(b, ' ')
		}
		b = append(b, word...)
		n++
	}
	out := evTrimJoined(b[start:])
	for _, c := range evLeadWords {
		out = bytes.TrimPrefix(out, c)
	}
	return append(b[:start], out...)
}

// evTrimJoined returns bytes.Trim(b, " ,;:.!?'’‘("), without its rune
// by rune search of the cutset.
func evTrimJoined(b []byte) []byte {
	for len(b) > 0 {
		if c := b[0]; c < utf8.RuneSelf && evJoinTrim(c) {
			b = b[1:]
		} else if c == 0xE2 && (bytes.HasPrefix(b, []byte("’")) || bytes.HasPrefix(b, []byte("‘"))) {
			b = b[len("’"):]
		} else {
			break
		}
	}
	for len(b) > 0 {
		if c := b[len(b)-1]; c < utf8.RuneSelf && evJoinTrim(c) {
			b = b[:len(b)-1]
		} else if (c == 0x99 || c == 0x98) && (bytes.HasSuffix(b, []byte("’")) || bytes.HasSuffix(b, []byte("‘"))) {
			b = b[:len(b)-len("’")]
		} else {
			break
		}
	}
	return b
}

// evJoinTrim reports whether ASCII byte c is trimmed by evTrimJoined.
func evJoinTrim(c byte) bool {
	switch c {
	case ' ', ',', ';', ':', '.', '!', '?', '\'', '(':
		return true
	}
	return false
}

// evLeadWords are stripped, in this order, from the start of an event.
var evLeadWords = [][]byte{[]byte("but "), []byte("and "), []byte("But "), []byte("And "), []byte("that "), []byte("with ")}

// evDangling are words an event description must not end on.
var evDangling = map[string]bool{"to": true, "of": true, "the": true, "a": true, "an": true,
	"and": true, "or": true, "but": true, "by": true, "in": true, "on": true, "at": true,
	"for": true, "from": true, "with": true, "that": true, "which": true, "who": true,
	"as": true, "its": true, "their": true, "his": true, "her": true, "some": true, "than": true, "ending": true, "since": true, "until": true, "between": true, "into": true,
	"what": true, "he": true, "she": true, "they": true, "we": true, "i": true, "is": true, "are": true,
	"was": true, "were": true, "will": true, "would": true, "has": true, "have": true, "had": true}
