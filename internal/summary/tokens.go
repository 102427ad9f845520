package summary

import (
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
)

// sentFeat holds the surface features of one sentence that the key-sentence
// ranker uses besides its terms.
type sentFeat struct {
	words    int // all word tokens
	content  int // non-stopword tokens
	numbers  int // tokens that are figures (start with a digit, or spelled numbers)
	names    int // capitalised non-stopword words after the first word
	quoted   int // words inside double quotation marks
	speech   bool
	trigger  uint8 // union of the trigger flags of its words
	firstPro bool  // opens with a pronoun or a connective that needs context
	terminal bool  // ends with . ! ? or a closing quote after one
	lower    bool  // opens with a lowercase letter: a fragment
	contQ    bool  // starts inside a quotation opened by an earlier sentence
	label    bool  // opens with a one-word caption label: "Pictured:", "Tragic:"
	boiler   bool  // looks like page furniture: byline, caption, "Read more"
}

// docIndex is the per-article term index: each sentence's distinct content
// terms with their counts, and each term's sentence frequency.
type docIndex struct {
	off    []int32 // terms of sentence i are term[off[i]:off[i+1]]
	term   []int32
	count  []float32
	df     []int32 // sentences holding each term
	feat   []sentFeat
	nTerms int
	ids    *termTable // term hash → term id
}

// hasSuffixFold reports whether s ends with the lowercase ASCII suffix,
// ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	s = s[len(s)-len(suffix):]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[i] {
			return false
		}
	}
	return true
}

// wordEnd returns the end of the word starting at i, or i when text[i] does
// not start a word. Words are runs of letters and digits; inner "." and ","
// between digits belong to a number ("1,200.5").
func wordEnd(t string, i int) int {
	j := i
	for j < len(t) {
		c := t[j]
		switch {
		case c < utf8.RuneSelf:
			if isAlnum(c) {
				j++
				continue
			}
			if (c == '.' || c == ',') && j > i && j+1 < len(t) && isDigit(t[j-1]) && isDigit(t[j+1]) {
				j++
				continue
			}
			return j
		default:
			r, size := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return j
			}
			j += size
		}
	}
	return j
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isUpperStart(w string) bool {
	c := w[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// quoteAt reports the length of a double quotation mark at t[i] (", “, ”,
// „, «, »), or 0.
func quoteAt(t string, i int) int {
	switch c := t[i]; {
	case c == '"':
		return 1
	case c == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x9C || t[i+2] == 0x9D || t[i+2] == 0x9E):
		return 3
	case c == 0xC2 && i+1 < len(t) && (t[i+1] == 0xAB || t[i+1] == 0xBB):
		return 2
	}
	return 0
}

// singleQuoteAt reports the length of a single quotation mark (' or ‘ ’)
// at t[i] that opens (when !open) or closes a quote, or 0 for an apostrophe
// ("don't", "Jones' car" outside a quote).
func singleQuoteAt(t string, i int, open bool) int {
	size := 0
	switch {
	case t[i] == '\'':
		size = 1
	case t[i] == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x98 || t[i+2] == 0x99):
		size = 3
	default:
		return 0
	}
	before := i == 0 || t[i-1] == ' ' || t[i-1] == '(' || t[i-1] == '\n'
	after := i+size == len(t) || !isAlnum(t[i+size])
	if !open && before && !after {
		return size
	}
	if open && !before && after {
		return size
	}
	return 0
}

// indexBuilder holds the scratch state of buildIndex.
type indexBuilder struct {
	ids   termTable
	terms []termState // per term id
	idx   docIndex
	// inQuote and inSingle carry an open quotation into the next sentence
	// of the same paragraph.
	inQuote, inSingle bool
}

// termState is the per-term scratch state of buildIndex.
type termState struct {
	last int32 // last sentence that saw the term
	slot int32 // index in term/count of the term for that sentence
	df   int32 // sentences holding the term
	flag uint8 // trigger flags
}

// buildIndex tokenises every sentence of a once.
func buildIndex(a *article.Article) *docIndex {
	var b indexBuilder
	b.build(a)
	return &b.idx
}

// build indexes a into b.idx, reusing b's buffers.
func (b *indexBuilder) build(a *article.Article) {
	n := len(a.Sentences)
	// about one distinct term per 16 bytes of a news article, fewer in a
	// longer text, far fewer in a long one; one term occurrence per 8
	// bytes (the hint only sizes buffers: a table that fills grows)
	hint := 64 + min(len(a.Text)/16, 512+len(a.Text)/32, 8192+len(a.Text)/256)
	b.ids.reset(hint)
	b.terms = reserve(b.terms, hint)
	b.idx.off = append(reserve(b.idx.off, n+1), 0)
	b.idx.feat = resize(b.idx.feat, n)
	b.idx.term = reserve(b.idx.term, 16+len(a.Text)/8)
	b.idx.count = reserve(b.idx.count, 16+len(a.Text)/8)
	b.inQuote, b.inSingle = false, false
	para := -1
	for i, st := range a.Sentences {
		if st.Paragraph != para {
			para = st.Paragraph
			b.inQuote, b.inSingle = false, false
		}
		b.sentence(i, a.SentenceText(i))
	}
	b.idx.nTerms = len(b.terms)
	b.idx.df = resize(b.idx.df, len(b.terms))
	for id := range b.terms {
		b.idx.df[id] = b.terms[id].df
	}
	b.idx.ids = &b.ids
}

// byteClass classifies the bytes a sentence scan branches on.
var byteClass = func() (c [256]uint8) {
	for i := range c {
		switch {
		case isAlnum(byte(i)):
			c[i] = bcAlnum
		case i == '"':
			c[i] = bcQuote
		case i == '\'':
			c[i] = bcSingle
		case i >= utf8.RuneSelf:
			c[i] = bcHigh
		}
	}
	return c
}()

// Byte classes of byteClass; 0 is any other ASCII byte, never part of a word.
const (
	bcAlnum uint8 = 1 + iota
	bcQuote
	bcSingle
	bcHigh
)

// lowerByte maps ASCII upper case to lower case and every other byte to
// itself, as hashLower does.
var lowerByte = func() (l [256]byte) {
	for i := range l {
		l[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			l[i] += 'a' - 'A'
		}
	}
	return l
}()

// sentence indexes sentence i with text t.
func (b *indexBuilder) sentence(i int, t string) {
	f := &b.idx.feat[i]
	inQuote, inSingle := b.inQuote, b.inSingle
	f.contQ = inQuote || inSingle
	first := true
	for p := 0; p < len(t); {
		switch byteClass[t[p]] {
		case 0:
			p++
			continue
		case bcQuote:
			inQuote = !inQuote
			p++
			continue
		case bcSingle:
			if singleQuoteAt(t, p, inSingle) > 0 {
				inSingle = !inSingle
			}
			p++ // an apostrophe is not part of a word
			continue
		case bcHigh:
			if q := quoteAt(t, p); q > 0 {
				switch {
				case q == 3 && t[p+2] == 0x9C: // “ opens
					inQuote = true
				case q == 3 && t[p+2] == 0x9D: // ” closes
					inQuote = false
				default:
					inQuote = !inQuote
				}
				p += q
				continue
			}
			if q := singleQuoteAt(t, p, inSingle); q > 0 {
				inSingle = !inSingle
				p += q
				continue
			}
		}
		e, h := hashWord(t, p)
		if e == p {
			_, size := utf8.DecodeRuneInString(t[p:])
			p += size
			continue
		}
		w := t[p:e]
		if first {
			f.lower = !isUpperStart(w) && !isDigit(w[0])
			f.label = e < len(t) && t[e] == ':' && e+1 < len(t) && t[e+1] == ' '
		}
		b.word(i, f, w, h, first, inQuote || inSingle)
		first = false
		p = e
		if e+1 < len(t) && t[e] == ' ' && byteClass[t[e+1]] == bcAlnum {
			p++ // the usual single space before the next word
		}
	}
	b.inQuote, b.inSingle = inQuote, inSingle
	f.terminal = endsTerminal(t)
	f.boiler = isBoilerplate(t, f)
	b.idx.off = append(b.idx.off, int32(len(b.idx.term)))
}

// hashWord returns wordEnd(t, i) and hashLower of the word t[i:end].
func hashWord(t string, i int) (int, uint64) {
	if i+8 <= len(t) {
		// most words are fewer than 8 ASCII letters or digits: find the
		// end and hash in one 8-byte load
		x := word8(t, i)
		if k := alnumRun(x); k > 0 && k < 8 {
			e := i + k
			if c := t[e]; c < utf8.RuneSelf && !((c == '.' || c == ',') && e+1 < len(t) && isDigit(t[e-1]) && isDigit(t[e+1])) {
				return e, stemHash8(x, k)
			}
		}
	}
	// Longer words: skip whole 8-byte runs of ASCII letters and digits,
	// then end as below. The bytes skipped are all bcAlnum, which the
	// byte loop would step over one by one, so starting it at j gives the
	// same end.
	j := i
	for j+8 <= len(t) {
		k := alnumRun(word8(t, j))
		j += k
		if k < 8 {
			break
		}
	}
	for j < len(t) {
		c := t[j]
		if byteClass[c] == bcAlnum {
			j++
			continue
		}
		if c < utf8.RuneSelf {
			if (c == '.' || c == ',') && j > i && j+1 < len(t) && isDigit(t[j-1]) && isDigit(t[j+1]) {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += size
	}
	if j == i {
		return j, 0
	}
	return j, stemHash(t, i, j)
}

// word adds one word of sentence i, whose hashLower is h.
func (b *indexBuilder) word(i int, f *sentFeat, w string, h uint64, first, inQuote bool) {
	f.words++
	if inQuote {
		f.quoted++
	}
	if sw, ok := stopwords.get(h); ok {
		if first && sw&swPronoun != 0 {
			f.firstPro = true
		}
		if sw&swSpeech != 0 {
			f.speech = true
		}
		return
	}
	if len(w) < 2 {
		return
	}
	f.content++
	if c := w[0]; isDigit(c) {
		f.numbers++
	} else if !first && (c < utf8.RuneSelf && 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && isUpperStart(w)) {
		f.names++
	}
	id, ok := b.ids.getOrAdd(h, int32(len(b.terms)))
	if !ok {
		flag, _ := triggers.get(h)
		b.terms = append(b.terms, termState{last: -1, flag: flag})
	}
	ts := &b.terms[id]
	f.trigger |= ts.flag
	if ts.last == int32(i) {
		b.idx.count[ts.slot]++
		return
	}
	ts.last = int32(i)
	ts.slot = int32(len(b.idx.term))
	ts.df++
	b.idx.term = append(b.idx.term, id)
	b.idx.count = append(b.idx.count, 1)
}

// endsTerminal reports whether t ends like a sentence: . ! ? possibly
// followed by closing quotes or brackets.
func endsTerminal(t string) bool {
	for len(t) > 0 {
		r, size := utf8.DecodeLastRuneInString(t)
		switch r {
		case '.', '!', '?', '…':
			return true
		case '"', '\'', '”', '’', ')', ']', '»', ' ':
			t = t[:len(t)-size]
		default:
			return false
		}
	}
	return false
}

// termCounts returns the counts of the known content terms of t.
func (ix *docIndex) termCounts(t string) map[int32]float32 {
	m := make(map[int32]float32)
	for p := 0; p < len(t); {
		e := wordEnd(t, p)
		if e == p {
			_, size := utf8.DecodeRuneInString(t[p:])
			p += size
			continue
		}
		h := hashLower(t[p:e])
		p = e
		if _, ok := stopwords.get(h); ok {
			continue
		}
		if id, ok := ix.ids.get(h); ok {
			m[id]++
		}
	}
	return m
}
