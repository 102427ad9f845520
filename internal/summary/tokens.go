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

// fnv64 constants for hashing lowercased words.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashLower returns the FNV-1a hash of s lowercased (ASCII), after a light
// plural stemming ("cities" → "city", "talks" → "talk").
func hashLower(s string) uint64 {
	n := len(s)
	suffix := ""
	switch {
	case n > 4 && hasSuffixFold(s, "ies"):
		n -= 3
		suffix = "y"
	case n > 3 && (s[n-1] == 's' || s[n-1] == 'S') && !hasSuffixFold(s, "ss") &&
		!hasSuffixFold(s, "us") && !hasSuffixFold(s, "is"):
		n--
	}
	h := uint64(fnvOffset)
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	for i := 0; i < len(suffix); i++ {
		h ^= uint64(suffix[i])
		h *= fnvPrime
	}
	return h
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
	ids  *termTable
	last []int32 // last sentence that saw each term
	slot []int32 // index in term/count of that term for that sentence
	idx  docIndex
	flag []uint8 // trigger flags of each term
	// inQuote and inSingle carry an open quotation into the next sentence
	// of the same paragraph.
	inQuote, inSingle bool
}

// buildIndex tokenises every sentence of a once.
func buildIndex(a *article.Article) *docIndex {
	n := len(a.Sentences)
	// about one distinct term per 32 bytes of a short text, far fewer
	// in a long one; one term occurrence per 8 bytes
	hint := 64 + min(len(a.Text)/32, 8192+len(a.Text)/256)
	b := &indexBuilder{ids: newTermTable(hint)}
	b.idx.df = make([]int32, 0, hint)
	b.last = make([]int32, 0, hint)
	b.slot = make([]int32, 0, hint)
	b.flag = make([]uint8, 0, hint)
	b.idx.off = make([]int32, 1, n+1)
	b.idx.feat = make([]sentFeat, n)
	b.idx.term = make([]int32, 0, 16+len(a.Text)/8)
	b.idx.count = make([]float32, 0, 16+len(a.Text)/8)
	para := -1
	for i, st := range a.Sentences {
		if st.Paragraph != para {
			para = st.Paragraph
			b.inQuote, b.inSingle = false, false
		}
		b.sentence(i, a.SentenceText(i))
	}
	b.idx.nTerms = len(b.idx.df)
	b.idx.ids = b.ids
	return &b.idx
}

// sentence indexes sentence i with text t.
func (b *indexBuilder) sentence(i int, t string) {
	f := &b.idx.feat[i]
	inQuote, inSingle := b.inQuote, b.inSingle
	f.contQ = inQuote || inSingle
	first := true
	for p := 0; p < len(t); {
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
		e := wordEnd(t, p)
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
		b.word(i, f, w, first, inQuote || inSingle)
		first = false
		p = e
	}
	b.inQuote, b.inSingle = inQuote, inSingle
	f.terminal = endsTerminal(t)
	f.boiler = isBoilerplate(t, f)
	b.idx.off = append(b.idx.off, int32(len(b.idx.term)))
}

// word adds one word of sentence i.
func (b *indexBuilder) word(i int, f *sentFeat, w string, first, inQuote bool) {
	f.words++
	if inQuote {
		f.quoted++
	}
	h := hashLower(w)
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
	if isDigit(w[0]) {
		f.numbers++
	} else if !first && isUpperStart(w) {
		f.names++
	}
	id, ok := b.ids.get(h)
	if !ok {
		id = int32(len(b.idx.df))
		b.ids.put(h, id)
		b.idx.df = append(b.idx.df, 0)
		b.last = append(b.last, -1)
		b.slot = append(b.slot, 0)
		b.flag = append(b.flag, triggers[h])
	}
	f.trigger |= b.flag[id]
	if b.last[id] == int32(i) {
		b.idx.count[b.slot[id]]++
		return
	}
	b.last[id] = int32(i)
	b.slot[id] = int32(len(b.idx.term))
	b.idx.df[id]++
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
