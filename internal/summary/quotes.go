package summary

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
)

// qAnalyser holds the state of quote detection and attribution over one
// article. Everything is linear in the text: marks are paired in one pass,
// and each quote looks only at a bounded window around it.
type qAnalyser struct {
	a       *article.Article
	text    string
	regions [][2]int
	sents   []int // sentence starts over all regions, ascending
	segs    []qSeg
	names   qNames
	ents    []qEntity
	subjAt  int // sentences before this index have had their subject recorded
	buf     []qTok
	sbuf    []qTok
	out     []Quote
	attrEnd []int // per quote: end of the quote and its following attribution
	lowered map[string]string
	eager   bool // settle sentence subjects as soon as they are recorded
	// lowSlots caches lower() by token offset (see lower).
	lowSlots [256]qLowSlot
}

// qAnalyserPool keeps analysers for the next call, so that their scratch
// buffers and maps keep their capacity. release drops every reference to
// the article first; the lower-case cache (lowered) is kept: its keys and
// values are clones, and a value depends only on its key.
var qAnalyserPool = sync.Pool{New: func() any { return new(qAnalyser) }}

// findQuotes finds the direct quotations of a and attributes each to a
// speaker.
func findQuotes(a *article.Article) []Quote { return findQuotesMode(a, false) }

// findQuotesMode is findQuotes; eager looks for every sentence subject as
// soon as it is recorded rather than when a reader needs it, and resolves
// pronouns without skipping entities (the tests check that the results are
// the same).
func findQuotesMode(a *article.Article, eager bool) []Quote {
	qa := qAnalyserPool.Get().(*qAnalyser)
	defer qa.release()
	qa.a, qa.text, qa.eager = a, a.Text, eager
	qa.regions = qRegionsInto(qa.regions[:0], a)
	qa.segs = qScanSegmentsInto(qa.segs[:0], qa.text, qa.regions)
	if len(qa.segs) == 0 {
		return nil
	}
	for _, r := range qa.regions {
		qa.sents = qSentenceStarts(qa.sents, qa.text, r[0], r[1])
	}
	qa.buildNames()
	qa.out = make([]Quote, 0, len(qa.segs))
	for k := range qa.segs {
		qa.attribute(k)
	}
	qa.inheritBackward()
	return qa.dropNonQuotes()
}

// release resets qa, keeping its buffers, and returns it to the pool.
// Maps that grew large are dropped rather than cleared for a small article.
func (qa *qAnalyser) release() {
	qa.a, qa.text, qa.out, qa.subjAt, qa.eager = nil, "", nil, 0, false
	clear(qa.ents) // names may point into the text
	qa.regions, qa.sents, qa.segs, qa.ents = qa.regions[:0], qa.sents[:0], qa.segs[:0], qa.ents[:0]
	qa.buf, qa.sbuf, qa.attrEnd = qa.buf[:0], qa.sbuf[:0], qa.attrEnd[:0]
	qa.names.reset()
	qa.lowSlots = [len(qa.lowSlots)]qLowSlot{}
	qAnalyserPool.Put(qa)
}

// dropNonQuotes removes the quoted fragments that are no quotation: short
// fragments nobody is said to have said (so-called "terms") and titles of
// works ("Meet the Press").
func (qa *qAnalyser) dropNonQuotes() []Quote {
	out := qa.out[:0]
	for k, q := range qa.out {
		if qa.segs[k].single && (q.Partial || q.Speaker == "" || q.Cue == "") {
			continue // single marks: only a headline's "Name: 'quote'"
		}
		if qWordCount(q.Text, 7) <= 6 {
			r := qa.regions[qa.segs[k].para]
			headline := r[1]-r[0] <= 300 && qTitleCase(qa.text[r[0]:r[1]])
			title := qTitleCase(q.Text) && !headline
			if q.Partial && q.Speaker == "" || title && (q.Speaker == "" || q.Partial) {
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// qWordCount counts the space-separated words of s, stopping at limit.
func qWordCount(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// qTitleCase reports whether every significant word of s is capitalised,
// as in the title of a book, show or film.
func qTitleCase(s string) bool {
	sig := 0
	for rest := s; ; {
		var w string
		if w, rest = qNextField(rest); w == "" && rest == "" {
			break
		}
		w = strings.Trim(w, "\"'“”‘’.,:;!?()[]-—")
		if w == "" {
			continue
		}
		if qTitleMinor(w) {
			continue
		}
		if !qIsUpperWord(w) && !(w[0] >= '0' && w[0] <= '9') {
			return false
		}
		sig++
	}
	return sig > 0
}

// qNextField returns the first space-separated field of s (as
// strings.Fields splits) and the text after it; both are empty at the end.
func qNextField(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && qASCIISpace[s[i]] {
		i++
	}
	if s = s[i:]; s != "" && s[0] >= utf8.RuneSelf {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
	}
	for i = 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			k := strings.IndexFunc(s[i:], unicode.IsSpace)
			if k < 0 {
				return s, ""
			}
			return s[:i+k], s[i+k:]
		} else if qASCIISpace[c] {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

// qASCIISpace marks the ASCII bytes unicode.IsSpace accepts.
var qASCIISpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// qTitleMinor reports whether w, in any case, is a word that titles leave
// in lower case ("of", "the").
func qTitleMinor(w string) bool {
	if len(w) > 4 {
		return false
	}
	var b [4]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "from", "as", "but", "is", "vs":
		return true
	}
	return false
}

// qRegions returns the text regions to scan: the title when it lies in the
// text, then the paragraphs (or the whole text when there are none).
func qRegions(a *article.Article) [][2]int { return qRegionsInto(nil, a) }

// qRegionsInto is qRegions appending to rs.
func qRegionsInto(rs [][2]int, a *article.Article) [][2]int {
	n := len(a.Text)
	t := a.TitleSpan
	if t.End > t.Start && t.Start >= 0 && t.End <= n && (len(a.Paragraphs) == 0 || t.End <= a.Paragraphs[0].Start) {
		rs = append(rs, [2]int{t.Start, t.End})
	}
	last := 0
	if len(rs) > 0 {
		last = rs[0][1]
	}
	for _, p := range a.Paragraphs {
		s, e := max(p.Start, last), min(p.End, n)
		if e > s {
			rs = append(rs, [2]int{s, e})
			last = e
		}
	}
	if len(a.Paragraphs) == 0 && n > 0 {
		rs = append(rs, [2]int{0, n})
	}
	return rs
}

// sentStart returns the start of the sentence holding pos.
func (qa *qAnalyser) sentStart(pos, para int) int {
	k := sort.SearchInts(qa.sents, pos+1) - 1
	s := qa.regions[para][0]
	if k >= 0 && qa.sents[k] > s {
		s = qa.sents[k]
	}
	return s
}

// sentEnd returns the end of the sentence holding pos.
func (qa *qAnalyser) sentEnd(pos, para int) int {
	k := sort.SearchInts(qa.sents, pos+1)
	e := qa.regions[para][1]
	if k < len(qa.sents) && qa.sents[k] < e {
		e = qa.sents[k]
	}
	return e
}

// attribute builds the Quote for segment k and finds its speaker.
func (qa *qAnalyser) attribute(k int) {
	seg := qa.segs[k]
	q := Quote{Span: article.Span{Start: seg.cs, End: seg.ce}, Text: qa.text[seg.cs:seg.ce]}
	q.Sentence = qa.sentenceIndex(seg.cs)
	ss := qa.sentStart(seg.open, seg.para)
	q.Partial = qa.partial(k, ss)
	qa.recordSubjects(seg.open)
	var cue qCue
	if qa.endsWithComma(seg) {
		if cue = qa.postCue(k); !cue.ok {
			cue = qa.preCue(k, ss)
		}
	} else if cue = qa.preCue(k, ss); !cue.ok {
		cue = qa.postCue(k)
	}
	if !cue.ok && !seg.cont {
		cue = qa.colonParaCue(k)
	}
	if !cue.ok && !seg.cont {
		cue = qa.prevSentenceCue(k, ss)
	}
	if seg.cont && !cue.np.valid() {
		cue = qCue{}
	}
	end := seg.close
	if cue.ok {
		qa.applyCue(&q, cue)
		if cue.cs >= seg.close {
			end = max(cue.ce, cue.np.e)
		}
	}
	if q.Speaker == "" && !cue.np.valid() {
		qa.inherit(&q, k)
	}
	qa.out = append(qa.out, q)
	qa.attrEnd = append(qa.attrEnd, end)
}

// preFrom returns where the text that may introduce segment k starts: its
// sentence start ss, or later, after the previous quote of the paragraph
// and the attribution that follows it.
func (qa *qAnalyser) preFrom(k, ss int) int {
	seg := qa.segs[k]
	from := max(ss, seg.open-400)
	if k > 0 && qa.segs[k-1].para == seg.para {
		if e := qa.attrEnd[k-1]; e > from && e <= seg.open {
			from = e
		}
	}
	return from
}

// sentenceIndex returns the article sentence holding off; when none does
// (a quote in a headline, or between sentences), the nearest sentence after
// it, else the last one; -1 only when the article has no sentences.
func (qa *qAnalyser) sentenceIndex(off int) int {
	if i := qa.a.SentenceAt(off); i >= 0 {
		return i
	}
	ss := qa.a.Sentences
	i := sort.Search(len(ss), func(k int) bool { return ss[k].Start >= off })
	if i == len(ss) {
		i--
	}
	return i
}

// endsWithComma reports whether the quotation ends with a comma, question
// or exclamation mark or dash inside or just after its closing mark, the
// sign that an attribution follows (`"…," he said`).
func (qa *qAnalyser) endsWithComma(seg qSeg) bool {
	if !seg.closed {
		return false
	}
	tail := strings.TrimRight(qa.text[seg.cs:seg.close], "\"'”’»` ")
	if strings.HasSuffix(tail, ",") || strings.HasSuffix(tail, "?") || strings.HasSuffix(tail, "!") ||
		strings.HasSuffix(tail, "—") || strings.HasSuffix(tail, "-") || strings.HasSuffix(tail, "–") {
		return true
	}
	return seg.close < len(qa.text) && qa.text[seg.close] == ','
}

// applyCue sets the speaker of q from cue.
func (qa *qAnalyser) applyCue(q *Quote, cue qCue) {
	q.Cue = qa.text[cue.cs:cue.ce]
	np := cue.np
	if np.kind == qNPNone {
		return
	}
	q.SpeakerSpan = article.Span{Start: np.s, End: np.e}
	if cue.speaker != "" {
		q.Speaker = cue.speaker
		return
	}
	switch np.kind {
	case qNPPron:
		p := strings.ToLower(qa.text[np.s:np.e])
		if p == "they" {
			if s, e, ok := qa.theyAntecedent(np.s); ok {
				q.Speaker = qa.text[s:e]
				return
			}
		}
		if en, ok := qa.resolvePronoun(p, np.s); ok {
			q.Speaker = en.name
			qa.addEntity(qEntity{pos: np.s, name: en.name, person: en.person, quoted: true, gender: en.gender})
		}
	case qNPName:
		q.Speaker = qa.canonical(np.s, np.e, len(qa.ents))
		qa.addEntity(qEntity{pos: np.s, name: q.Speaker, person: qa.isPersonName(q.Speaker, np.s, np.e), quoted: true})
	case qNPDesc:
		q.Speaker = qa.text[np.s:np.e]
		qa.addEntity(qEntity{pos: np.s, name: q.Speaker, person: qDescPerson(q.Speaker), quoted: true})
	}
}

// inherit gives q the speaker of the quotation it continues: the previous
// quote of the same paragraph, or of the previous paragraph when q opens
// its own.
func (qa *qAnalyser) inherit(q *Quote, k int) {
	if k == 0 || len(qa.out) == 0 {
		return
	}
	seg := qa.segs[k]
	p := k - 1 // skip short fragments nobody was found to have said
	for p > 0 && k-p < 3 && qa.out[p].Speaker == "" && qa.out[p].Partial && qa.segs[p-1].para >= seg.para-1 {
		p--
	}
	prev, pq := qa.segs[p], qa.out[p]
	if pq.Speaker == "" {
		return
	}
	same := prev.para == seg.para
	opensPara := qFirstNonSpace(qa.text, qa.regions[seg.para][0], qa.regions[seg.para][1]) == seg.open
	if same || seg.cont || (opensPara && prev.para == seg.para-1) {
		q.Speaker, q.SpeakerSpan = pq.Speaker, pq.SpeakerSpan
	}
}

// inheritBackward gives a quote without speaker the speaker of the next
// quote of the same paragraph when only spaces separate them (`"A." "B,"
// he said`).
func (qa *qAnalyser) inheritBackward() {
	for k := len(qa.out) - 2; k >= 0; k-- {
		if qa.out[k].Speaker != "" || qa.out[k+1].Speaker == "" {
			continue
		}
		if qa.segs[k+1].cont || qa.segs[k].para == qa.segs[k+1].para &&
			strings.TrimSpace(qa.text[qa.segs[k].close:qa.segs[k+1].open]) == "" {
			qa.out[k].Speaker, qa.out[k].SpeakerSpan = qa.out[k+1].Speaker, qa.out[k+1].SpeakerSpan
		}
	}
}

// partial reports whether segment k is a fragment inside a sentence rather
// than a quotation standing on its own.
func (qa *qAnalyser) partial(k int, ss int) bool {
	seg := qa.segs[k]
	if seg.cont {
		return false
	}
	from := qa.preFrom(k, ss)
	pre := strings.Trim(qa.text[from:seg.open], " \t\n,.;—–-")
	if pre == "" || strings.HasSuffix(pre, ":") {
		return false
	}
	toks := qTokenize(qa.sbuf[:0], qa.text, max(from, seg.open-80), seg.open)
	qa.sbuf = toks
	if n := len(toks); n > 0 {
		if toks[n-1].kind == qPunct && n > 1 && qa.isPunct(toks, n-1, ",") && qa.qIsCueWord(toks, n-2) {
			return false
		}
		if qa.qIsCueWord(toks, n-1) {
			return false
		}
		if w := qa.lower(toks[n-1]); n > 1 && (w == "the" || w == "a" || w == "an") && qSayVerbs.has(qa.lower(toks[n-2])) {
			return false // `Hamas said the "proposal meets …"`
		}
	}
	return true
}

// qSayVerbs introduce a statement (not a label, as "called" does).
var qSayVerbs = qSet(`said says say stated states wrote writes added adds declared declares`)

// qDescPerson guesses whether a described speaker ("a senior official",
// "the governor's office") is a person rather than a group or a document.
func qDescPerson(desc string) bool {
	head := strings.ToLower(desc[strings.LastIndexByte(desc, ' ')+1:])
	if qOrgWords.has(head) || qDocWords.has(head) {
		return false
	}
	return !strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss")
}

// qDocWords are documents and messages that "say" things.
var qDocWords = qSet(`statement report paper tweet post letter release memo study survey poll email
message filing ruling order document transcript website site ad advertisement video book article
editorial column story sign banner`)
