package summary

import (
	"strings"
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
	w    string // the word without quote marks
	lo   string // lower case, without surrounding punctuation
	tx   bool   // part of the time expression
}

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
func splitWords(buf *[]evWord, text string, s, e, ts, te int) []evWord {
	ws := (*buf)[:0]
	defer func() { *buf = ws }()
	for i := s; i < e; {
		for i < e && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
			i++
		}
		j := i
		for j < e && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
			j++
		}
		if j > i {
			raw := text[i:j]
			w := raw
			if evHasQuote(raw) {
				w = quoteStripper.Replace(raw)
			}
			lo := strings.ToLower(evTrim(w))
			ws = append(ws, evWord{s: i, e: j, w: w, lo: lo, tx: i < te && j > ts})
		}
		i = j
	}
	return ws
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
	for len(w) > 0 {
		if c := w[0]; c < utf8.RuneSelf && evTrimByte(c) {
			w = w[1:]
		} else if strings.HasPrefix(w, "’") || strings.HasPrefix(w, "‘") {
			w = w[len("’"):]
		} else {
			break
		}
	}
	for len(w) > 0 {
		if c := w[len(w)-1]; c < utf8.RuneSelf && evTrimByte(c) {
			w = w[:len(w)-1]
		} else if strings.HasSuffix(w, "’") || strings.HasSuffix(w, "‘") {
			w = w[:len(w)-len("’")]
		} else {
			break
		}
	}
	return w
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
func eventText(a *article.Article, t Timex, buf *[]evWord) string {
	s, e := sentenceSpan(a, t)
	if d := a.Dateline.Span; d.End > s && d.End < e && d.Start <= s+1 {
		s = d.End // the dateline is not part of the event
	} else if k := datelineEnd(a.Text[s:min(e, s+100)]); k > 0 {
		s += k
	}
	ws := splitWords(buf, a.Text, s, e, t.Start, t.End)
	first, last := -1, -1
	for i, w := range ws {
		if w.tx {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return ""
	}
	lo, hi := 0, len(ws)
	speaker := ""
	for i, w := range ws {
		if !speechVerbs[w.lo] {
			continue
		}
		switch {
		case i < first && first-i <= 2: // "the White House said Friday"
			return speechEvent(a, t, ws, i, last)
		case i < first:
			speaker = speakerOf(a, t, ws[clauseStart(ws, i):i], true)
			lo = i + 1
			if lo < len(ws) && ws[lo].lo == "that" {
				lo++
			}
		case i > last && hi == len(ws) && clauseStart(ws, i) > last:
			hi = clauseStart(ws, i)
			speaker = speakerOf(a, t, ws[hi:i], false)
		}
	}
	cs, ce := clauseAround(ws, lo, hi, first, last)
	if out := reducedRelative(ws, cs, ce, first, last); out != nil {
		return finishEvent(speaker, joinEvent(out))
	}
	out := borrowSubject(ws, lo, cs, ce)
	if n := content(out); n > maxEventWords {
		out = compressSubject(out)
	}
	if n := content(out); n > maxEventWords && last+1 < ce && content(ws[last+1:ce]) <= 2 {
		k := 0
		for n > maxEventWords && k < len(out) && !out[k].tx { // the expression ends the clause: keep its end
			if !fillerWords[out[k].w] {
				n--
			}
			k++
		}
		out = out[k:]
	}
	return finishEvent(speaker, joinEvent(out))
}

// finishEvent capitalises an event and prefixes its speaker, if any.
func finishEvent(speaker, ev string) string {
	if ev == "" {
		return ""
	}
	if speaker != "" {
		return speaker + ": " + ev
	}
	r, n := utf8.DecodeRuneInString(ev)
	return strings.ToUpper(string(r)) + ev[n:]
}

// speechEvent describes a speech act: "White House: talks moving forward".
func speechEvent(a *article.Article, t Timex, ws []evWord, verb, last int) string {
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
		if strings.HasSuffix(rest[k].w, ";") || strings.HasSuffix(rest[k].w, ",") && clauseWords[rest[k+1].lo] {
			rest = rest[:k+1]
			break
		}
		if k >= 4 && evRelative[rest[k+1].lo] && !speechVerbs[rest[k].lo] {
			rest = rest[:k+1]
			break
		}
	}

	if sp := speakerOf(a, t, ws[subj:verb], true); sp != "" {
		return finishEvent(sp, joinEvent(rest))
	}
	out := make([]evWord, 0, verb+1-subj+len(rest))
	out = append(out, ws[subj:verb+1]...)
	return finishEvent("", joinEvent(append(out, rest...)))
}

// startEvent describes the start dated by a duration adjective: "over
// 10-month war" gives "Israel's war began".
func startEvent(a *article.Article, t Timex, buf *[]evWord) string {
	s, e := sentenceSpan(a, t)
	ws := splitWords(buf, a.Text, s, e, t.Start, t.End)
	first, last := -1, -1
	for i, w := range ws {
		if w.tx {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || last+1 >= len(ws) {
		return eventText(a, t, buf)
	}
	var out []evWord
	if k := first - 1; k >= 0 && dropBefore[ws[k].lo] {
		first = k
	}
	if k := first - 1; k >= 0 && (strings.HasSuffix(ws[k].lo, "'s") || strings.HasSuffix(ws[k].lo, "’s")) {
		out = append(out, ws[k])
	}
	for k := last + 1; k < len(ws) && k <= last+7; k++ {
		if k > last+1 && (clauseWords[ws[k].lo] || looksVerb(ws[k].lo)) {
			break
		}
		out = append(out, ws[k])
		if strings.ContainsAny(ws[k].w, ",;.") {
			break
		}
	}
	return finishEvent("", joinEvent(out)+" began")
}

// looksVerb reports whether w is likely a finite verb.
func looksVerb(w string) bool {
	return txPastIrregular[w] || txPresentCues[w] || speechVerbs[w] || txFutureCues[w] ||
		len(w) > 4 && strings.HasSuffix(w, "ed") && !txEdNotPast[w]
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
		if strings.HasSuffix(ws[k-1].w, ",") || strings.HasSuffix(ws[k-1].w, ";") || clauseWords[ws[k].lo] && k < first-1 {
			cs = k
			if clauseWords[ws[k].lo] {
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
		if clauseWords[ws[k].lo] && k-cs > 5 {
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

// joinEvent joins words, dropping the time expression with its
// preposition, quote marks and trailing punctuation.
func joinEvent(ws []evWord) string {
	keep := make([]bool, len(ws))
	for i := range ws {
		keep[i] = !ws[i].tx && ws[i].w != "" && ws[i].w != "-" && ws[i].w != "—" && !fillerWords[ws[i].w]
	}
	for i := range ws {
		if !ws[i].tx || i > 0 && ws[i-1].tx {
			continue
		}
		for k := i - 1; k >= 0 && dropBefore[ws[k].lo] && !strings.HasSuffix(ws[k].w, ","); k-- {
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
	for end > 0 && (!keep[end-1] || evDangling[strings.Trim(ws[end-1].lo, "\"“”")]) {
		end-- // never end on a preposition, article or conjunction
	}
	if end == 0 {
		end = full
	}
	var b strings.Builder
	b.Grow(96)
	n = 0
	for i, w := range ws[:end] {
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
			b.WriteByte(' ')
		}
		b.WriteString(word)
		n++
	}
	out := strings.Trim(b.String(), " ,;:.!?'’‘(")
	for _, c := range []string{"but ", "and ", "But ", "And ", "that ", "with "} {
		out = strings.TrimPrefix(out, c)
	}
	return out
}

// evDangling are words an event description must not end on.
var evDangling = map[string]bool{"to": true, "of": true, "the": true, "a": true, "an": true,
	"and": true, "or": true, "but": true, "by": true, "in": true, "on": true, "at": true,
	"for": true, "from": true, "with": true, "that": true, "which": true, "who": true,
	"as": true, "its": true, "their": true, "his": true, "her": true, "some": true, "than": true, "ending": true, "since": true, "until": true, "between": true, "into": true,
	"what": true, "he": true, "she": true, "they": true, "we": true, "i": true, "is": true, "are": true,
	"was": true, "were": true, "will": true, "would": true, "has": true, "have": true, "had": true}
