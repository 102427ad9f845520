package summary

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
)

// The event of a timeline entry: who did what, taken from the clause that
// holds the time expression, without the expression itself.

// maxEventWords bounds an event description.
const maxEventWords = 12

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
	first, last := evTimexWords(ws)
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
			if lo == 0 && sceneOnly(ws[:hi]) {
				// "On Tuesday, union leaders said the walkout would
				// continue": the expression only sets the scene for
				// the speech, which is the event
				return speechEvent(a, t, ws, i, i, sp)
			}
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

// sceneOnly reports whether ws says nothing but when: the time expression,
// its preposition, punctuation and time adverbs ("Late on Wednesday,").
func sceneOnly(ws []evWord) bool {
	for i := range ws {
		w := &ws[i]
		if w.tx || w.filler() {
			continue
		}
		switch strings.TrimRight(w.lo, ",;:") {
		case "", "late", "early", "earlier", "later", "then", "also", "again", "as", "of", "on", "in", "at", "by":
			continue
		}
		return false
	}
	return true
}

// evTimexWords returns the first and last word of the time expression in ws,
// or -1, -1.
func evTimexWords(ws []evWord) (int, int) {
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
	first, last := evTimexWords(ws)
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
