package article

import (
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseText parses plain-text wire copy: an optional headline line, a "By
// NAME" byline, date lines ("Published: 14 March 2025"), a dateline at the
// start of the first paragraph ("WASHINGTON (AA) - "), and paragraphs one per
// line or separated by blank lines (hard-wrapped paragraphs are joined).
//
// Text is the input after Sanitize, which leaves clean input unchanged, so
// for a clean file file[s.Start:s.End] is sentence s. The headline, byline
// and date lines stay in Text but are not body paragraphs; TitleSpan marks
// the headline and the first sentence starts after the dateline.
func ParseText(r io.Reader) (*Article, error) {
	arts, err := Parse(r, FormatText)
	if len(arts) == 0 {
		return nil, err
	}
	return arts[0], err
}

// parseTextBytes is ParseText on bytes already read.
func parseTextBytes(b []byte) (*Article, error) {
	b, err := decodeText(b)
	if err != nil {
		return nil, err
	}
	a := parseTextString(Sanitize(string(b)))
	if len(a.Paragraphs) == 0 {
		return nil, ErrEmpty
	}
	return a, nil
}

// textLine is one non-blank line of a text: [start, end) is its content
// without surrounding spaces.
type textLine struct {
	start, end int
	indent     bool // it starts with a space or tab
	gap        bool // a blank line comes before it
}

// splitLines cuts text into its non-blank lines, trimming spaces, tabs,
// carriage returns and a leading byte-order mark from each.
func splitLines(text string) []textLine {
	lines := make([]textLine, 0, strings.Count(text, "\n")/2+1)
	gap := false
	for off := 0; off <= len(text); {
		e := strings.IndexByte(text[off:], '\n')
		next := off + e + 1
		if e < 0 {
			e = len(text) - off
			next = len(text) + 1
		}
		s, t := off, off+e
		if s == 0 && strings.HasPrefix(text, "\uFEFF") {
			s += 3
		}
		ind := s < t && (text[s] == ' ' || text[s] == '\t')
		for s < t && isSpaceByte(text[s]) {
			s++
		}
		for t > s && isSpaceByte(text[t-1]) {
			t--
		}
		if s < t {
			lines = append(lines, textLine{start: s, end: t, indent: ind, gap: gap})
			gap = false
		} else if len(lines) > 0 {
			gap = true
		}
		off = next
	}
	return lines
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' }

// parseTextString builds the Article of a sanitised text.
func parseTextString(text string) *Article {
	a := &Article{Format: FormatText, Text: text}
	lines := splitLines(text)
	if len(lines) == 0 {
		return a
	}
	pos := readTextLead(a, lines)
	a.Paragraphs = textParagraphs(text, lateByline(a, lines[pos:]))
	bodyStart := -1
	for i, p := range a.Paragraphs {
		if !a.Dateline.IsZero() || i > 1 {
			break
		}
		if d, n := matchDateline(text[p.Start:p.End]); n > 0 && n < p.Len() {
			d.Span = Span{p.Start, p.Start + n}
			setDateline(a, d)
			bodyStart = p.Start + n
		}
		// Look past a deck line (no full stop) to the second paragraph.
		if endsSentence(text[p.Start:p.End]) {
			break
		}
	}
	splitAll(a, bodyStart)
	return a
}

// readTextLead reads the headline, byline, date lines and a dateline on a
// line of its own from the top of the text. It returns how many non-blank
// lines they take; at least one line is always left for the body.
func readTextLead(a *Article, lines []textLine) int {
	text := a.Text
	pos := 0
	for pos < len(lines)-1 && pos < 6 {
		l := text[lines[pos].start:lines[pos].end]
		if pos == 0 {
			next := lines[1]
			ctx := headlineInfo{
				blankAfter: next.gap,
				nextLen:    next.end - next.start,
			}
			r, _ := utf8.DecodeRuneInString(text[next.start:next.end])
			ctx.nextLower = unicode.IsLower(r)
			if isHeadline(l, ctx) {
				a.Title = SanitizeLine(l)
				a.TitleSpan = Span{lines[0].start, lines[0].end}
				pos++
				continue
			}
		}
		if name, date, ok := matchByline(l); ok && a.Byline == "" {
			a.Byline = SanitizeLine(name)
			if t, ok := parseDate(date); ok && a.Published.IsZero() {
				a.Published = t
			}
			pos++
			continue
		}
		if t, updated, ok := dateLine(l); ok {
			if !t.IsZero() && (a.Published.IsZero() || !updated) {
				a.Published = t
			}
			pos++
			continue
		}
		if d, n := matchDateline(l); n > 0 && n == len(l) && a.Dateline.IsZero() {
			d.Span = Span{lines[pos].start, lines[pos].end}
			setDateline(a, d)
			pos++
		}
		break
	}
	return pos
}

// lateByline takes a byline out of the first lines of the body when a deck
// or kicker line stands between the headline and the byline ("Headline /
// Deck / By NAME / body"). It returns the body lines without it.
func lateByline(a *Article, body []textLine) []textLine {
	if a.Byline != "" {
		return body
	}
	for k := 1; k < len(body)-1 && k < 3; k++ {
		l := body[k]
		name, date, ok := matchByline(a.Text[l.start:l.end])
		if !ok {
			continue
		}
		a.Byline = SanitizeLine(name)
		if t, ok := parseDate(date); ok && a.Published.IsZero() {
			a.Published = t
		}
		out := make([]textLine, 0, len(body)-1)
		out = append(out, body[:k]...)
		next := body[k+1]
		next.gap = true
		out = append(out, next)
		return append(out, body[k+2:]...)
	}
	return body
}

// setDateline stores d and, when it names a full date, the publication date.
func setDateline(a *Article, d Dateline) {
	d.Place = SanitizeLine(d.Place)
	d.Agency = SanitizeLine(d.Agency)
	d.Date = SanitizeLine(d.Date)
	a.Dateline = d
	if t, ok := parseDate(d.Date); ok && a.Published.IsZero() {
		a.Published = t
	}
}

// textParagraphs groups the body lines (indexes into lines) into paragraphs:
// one per line, except that a line continues into the next when the next
// starts in lower case after a line that does not end a sentence, and that
// hard-wrapped texts join the lines of each blank-separated block.
func textParagraphs(text string, body []textLine) []Span {
	if len(body) == 0 {
		return nil
	}
	wrapped, width := isHardWrapped(text, body)
	paras := make([]Span, 0, len(body))
	cur := Span{body[0].start, body[0].end}
	for k := 1; k < len(body); k++ {
		prev, l := body[k-1], body[k]
		if !l.gap && continues(text, prev, l, wrapped, width) {
			cur.End = l.end
			continue
		}
		paras = append(paras, cur)
		cur = Span{l.start, l.end}
	}
	return append(paras, cur)
}

// continues reports whether line l continues the paragraph of line prev.
func continues(text string, prev, l textLine, wrapped bool, width int) bool {
	pt, lt := text[prev.start:prev.end], text[l.start:l.end]
	if rxBullet.MatchString(lt) {
		return false
	}
	if wrapped {
		if l.indent && !prev.indent {
			return false
		}
		return !(endsSentence(pt) && len(pt) < width*7/10)
	}
	if endsSentence(pt) || strings.HasSuffix(pt, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(lt)
	return unicode.IsLower(r)
}

// isHardWrapped reports whether the body is hard-wrapped at a fixed width
// (most lines run into the next one mid-sentence, and lines are at most
// about 100 bytes), and returns that width.
func isHardWrapped(text string, body []textLine) (bool, int) {
	if len(body) < 4 {
		return false, 0
	}
	lens := make([]int, len(body))
	inBlock, open := 0, 0
	for k, l := range body {
		lens[k] = l.end - l.start
		if k+1 < len(body) && !body[k+1].gap {
			inBlock++
			if !endsSentence(text[l.start:l.end]) {
				open++
			}
		}
	}
	sorted := append([]int(nil), lens...)
	sort.Ints(sorted)
	width := sorted[len(sorted)*9/10]
	if width > 100 || width < 30 {
		return false, 0
	}
	return inBlock*2 >= len(body) && open*2 >= inBlock, width
}

// splitAll fills a.Sentences from a.Paragraphs. Sentences of the paragraph
// holding bodyStart start there (after a dateline). Spans outside their
// paragraph or out of order are dropped, so the invariants hold whatever
// the splitter returns.
func splitAll(a *Article, bodyStart int) {
	a.Sentences = a.Sentences[:0]
	last := 0
	for i, p := range a.Paragraphs {
		q := p
		if bodyStart > p.Start && bodyStart < p.End {
			q.Start = bodyStart
		}
		for _, s := range SplitSentences(a.Text, q) {
			if s.Start < q.Start || s.End > q.End || s.Start >= s.End || s.Start < last {
				continue
			}
			a.Sentences = append(a.Sentences, Sentence{Span: s, Paragraph: i})
			last = s.End
		}
	}
}
