package summary

import (
	"math"
	"slices"
	"sync"

	"github.com/brief-reader/brief/internal/article"
)

// rankParams are the weights of the key-sentence ranker. They are fixed
// (defaultRank); the struct exists so tests can probe each feature.
type rankParams struct {
	CentExp   float64 // exponent on normalised centrality
	PosTau    float64 // position prior 1/(1+i/PosTau) over body sentences
	PosWeight float64 // share of the score that the position prior drives
	ParaLead  float64 // bonus for the first sentence of a paragraph
	LenPivot  float64 // sentences shorter than this many words are scaled down
	LenExp    float64
	LongWords float64 // sentences longer than this are scaled down
	MinWords  int     // sentences with fewer words are "too short"
	NumBonus  float64 // per figure, capped at 3
	NameBonus float64 // per name, capped at 5
	QuotePen  float64 // scaled by the quoted share of the words
	ProPen    float64 // opens with a pronoun or connective
	TitleW    float64 // weight of similarity to the title
	Lambda    float64 // MMR trade-off between score and novelty
	Lede      float64 // bonus for the first body sentence
	FragPen   float64 // opens in lowercase: a fragment of a badly split sentence
	LabelPen  float64 // opens with a caption label ("Pictured:")
	Speech    float64 // bonus for reported speech: a speech verb outside quotes
	NoEndPen  float64 // lacks final punctuation: a caption or a run-on
	ContQPen  float64 // continues a quotation begun in an earlier sentence

	// Block* replace PosWeight, PosTau, LenPivot and CentExp for a text
	// without paragraph structure (one paragraph, or more than BlockHi
	// sentences a paragraph on average); between BlockLo and BlockHi
	// sentences a paragraph the weights are interpolated. With paragraphs,
	// the picks follow centrality (PosWeight 0: the lead prior is only the
	// Lede and ParaLead bonuses); in one block, they follow the lead.
	BlockPosWeight, BlockPosTau, BlockLenPivot, BlockCentExp float64
	BlockLo, BlockHi                                         float64
}

// defaultRank holds the tuned weights.
var defaultRank = rankParams{
	CentExp:   2,
	PosTau:    15,
	PosWeight: 0,
	ParaLead:  0.1,
	LenPivot:  35,
	LenExp:    1,
	LongWords: 60,
	MinWords:  6,
	NumBonus:  0.05,
	NameBonus: 0.02,
	QuotePen:  0.2,
	ProPen:    0.2,
	TitleW:    0.3,
	Lambda:    0.7,
	Lede:      0.15,
	FragPen:   0.5,
	LabelPen:  0.5,
	Speech:    0.2,
	NoEndPen:  0.3,
	ContQPen:  0.3,

	BlockPosWeight: 1,
	BlockPosTau:    0.5,
	BlockLenPivot:  10,
	BlockCentExp:   1,
	BlockLo:        5,
	BlockHi:        10,
}

// scorer holds the per-article state of the ranker. Between articles it
// keeps its buffers in rankPool.
type scorer struct {
	a      *article.Article
	idx    *docIndex
	p      *rankParams
	idf    []float32
	norm   []float32 // TF-IDF norm of each sentence
	body   []bool    // sentence is body text (not a heading or furniture)
	title  []float32 // similarity of each sentence to the title
	cent   []float64
	scores []float64

	ib     indexBuilder // holds idx
	dense  []float32    // a zeroed vector over the terms, for one step at a time
	cands  []int        // selectMMR's scratch
	maxSim []float64
	used   []bool
	picked []int
}

// rankPool recycles scorers, so that ranking an article allocates little.
var rankPool = sync.Pool{New: func() any { return new(scorer) }}

// newScorer indexes a and computes every sentence's score.
func newScorer(a *article.Article, p *rankParams) *scorer {
	s := new(scorer)
	s.score(a, p)
	return s
}

// score indexes a and computes every sentence's score, reusing s's
// buffers.
func (s *scorer) score(a *article.Article, p *rankParams) {
	s.a, s.p = a, p
	s.ib.build(a)
	s.idx = &s.ib.idx
	s.weights()
	s.markBody()
	s.centrality()
	s.titleSim()
	s.combine()
}

// release returns s to rankPool; s must not be used after.
func (s *scorer) release() {
	s.a, s.p = nil, nil
	rankPool.Put(s)
}

// zeroDense returns s.dense sized for the terms, all zero.
func (s *scorer) zeroDense() []float32 {
	s.dense = resize(s.dense, s.idx.nTerms)
	return s.dense
}

// weights sets each term's idf and each sentence's vector norm.
func (s *scorer) weights() {
	n := float64(len(s.a.Sentences))
	ix := s.idx
	s.idf = resize(s.idf, ix.nTerms)
	for t, df := range ix.df {
		s.idf[t] = float32(math.Log(1 + n/float64(df)))
	}
	s.norm = resize(s.norm, len(s.a.Sentences))
	for i := range s.norm {
		var sum float32
		for k := ix.off[i]; k < ix.off[i+1]; k++ {
			w := ix.count[k] * s.idf[ix.term[k]]
			sum += w * w
		}
		s.norm[i] = float32(math.Sqrt(float64(sum)))
	}
}

// markBody flags the sentences that are body text: not page furniture and
// not a heading (a one-sentence paragraph without final punctuation).
func (s *scorer) markBody() {
	a := s.a
	s.body = resize(s.body, len(a.Sentences))
	for i, st := range a.Sentences {
		f := &s.idx.feat[i]
		if f.boiler || f.content == 0 {
			continue
		}
		if !f.terminal && f.words <= 20 && s.aloneInParagraph(i, st) {
			continue
		}
		s.body[i] = true
	}
}

// aloneInParagraph reports whether sentence i is its paragraph's only one.
func (s *scorer) aloneInParagraph(i int, st article.Sentence) bool {
	ss := s.a.Sentences
	return (i == 0 || ss[i-1].Paragraph != st.Paragraph) &&
		(i+1 == len(ss) || ss[i+1].Paragraph != st.Paragraph)
}

// centrality sets cent[i] to the sentence's mean similarity to the others,
// computed in linear time against the document centroid: for cosine
// similarity Σ_j cos(i,j) = v_i·Σ_j(v_j/|v_j|)/|v_i|, which is exactly the
// weighted degree of i in the full LexRank graph.
func (s *scorer) centrality() {
	ix := s.idx
	n := len(s.a.Sentences)
	s.cent = resize(s.cent, n)
	if n < 2 {
		for i := range s.cent {
			s.cent[i] = 1
		}
		return
	}
	total := s.zeroDense()
	for i := 0; i < n; i++ {
		s.addUnit(total, i)
	}
	for i := 0; i < n; i++ {
		if s.norm[i] == 0 {
			continue
		}
		var dot float32
		for k := ix.off[i]; k < ix.off[i+1]; k++ {
			t := ix.term[k]
			dot += ix.count[k] * s.idf[t] * total[t]
		}
		if s.body[i] {
			dot -= s.norm[i] // its own unit vector is in total
		}
		s.cent[i] = float64(dot / s.norm[i])
	}
}

// addUnit adds the unit TF-IDF vector of body sentence i to c.
func (s *scorer) addUnit(c []float32, i int) {
	if s.norm[i] == 0 || !s.body[i] {
		return
	}
	ix := s.idx
	for k := ix.off[i]; k < ix.off[i+1]; k++ {
		t := ix.term[k]
		c[t] += ix.count[k] * s.idf[t] / s.norm[i]
	}
}

// titleSim sets title[i] to the cosine similarity of sentence i and the
// title, when the article has one.
func (s *scorer) titleSim() {
	s.title = resize(s.title, len(s.a.Sentences))
	if s.p.TitleW == 0 {
		return
	}
	tv := s.titleVector()
	if len(tv) == 0 {
		return
	}
	// Sum in term order: ranging over the map would make the float sum,
	// and so the scores, differ from run to run.
	terms := make([]int32, 0, len(tv))
	for t := range tv {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	ix := s.idx
	dense := s.zeroDense()
	var tn float32
	for _, t := range terms {
		w := tv[t]
		dense[t] = w
		tn += w * w * s.idf[t] * s.idf[t]
	}
	tn = float32(math.Sqrt(float64(tn)))
	for i := range s.title {
		if s.norm[i] == 0 {
			continue
		}
		var dot float32
		for k := ix.off[i]; k < ix.off[i+1]; k++ {
			t := ix.term[k]
			if w := dense[t]; w != 0 {
				dot += ix.count[k] * s.idf[t] * w * s.idf[t]
			}
		}
		s.title[i] = dot / (s.norm[i] * tn)
	}
}

// titleVector returns the term counts of the title: Article.Title, else a
// heading that opens the text.
func (s *scorer) titleVector() map[int32]float32 {
	if s.a.Title != "" {
		return s.idx.termCounts(s.a.Title)
	}
	for i := range s.a.Sentences {
		if s.body[i] {
			return nil
		}
		if !s.idx.feat[i].boiler {
			return s.idx.termCounts(s.a.SentenceText(i))
		}
	}
	return nil
}

// blockiness returns 0 for a text with real paragraphs, 1 for a text that
// is one block of sentences, and values between for long paragraphs.
func (s *scorer) blockiness() float64 {
	sents, paras, last := 0, 0, -1
	for i, st := range s.a.Sentences {
		if !s.body[i] {
			continue
		}
		sents++
		if st.Paragraph != last {
			paras++
			last = st.Paragraph
		}
	}
	switch {
	case paras == 0:
		return 0
	case paras == 1 && sents > 3:
		return 1 // one block of sentences: no structure at all
	}
	m := float64(sents) / float64(paras)
	return math.Min(1, math.Max(0, (m-s.p.BlockLo)/(s.p.BlockHi-s.p.BlockLo)))
}

// adapt returns the weights for this article: the lead prior is what is
// left to rank by when the text has no paragraph structure, while
// paragraphs let centrality pick the sentences that carry each part.
func (s *scorer) adapt() rankParams {
	p := *s.p
	b := s.blockiness()
	lerp := func(x, y float64) float64 { return x + b*(y-x) }
	p.PosWeight = lerp(p.PosWeight, p.BlockPosWeight)
	p.PosTau = lerp(p.PosTau, p.BlockPosTau)
	p.LenPivot = lerp(p.LenPivot, p.BlockLenPivot)
	p.CentExp = lerp(p.CentExp, p.BlockCentExp)
	return p
}

// combine merges centrality, position and the surface features into
// scores[i] in [0, 1].
func (s *scorer) combine() {
	ap := s.adapt()
	p := &ap
	n := len(s.a.Sentences)
	s.scores = resize(s.scores, n)
	maxCent := 0.0
	for i, c := range s.cent {
		if s.body[i] && c > maxCent {
			maxCent = c
		}
	}
	rank := 0
	best := 0.0
	for i := 0; i < n; i++ {
		c := 0.0
		if maxCent > 0 {
			c = math.Max(s.cent[i], 0) / maxCent
		}
		switch p.CentExp {
		case 1:
		case 2:
			// math.Pow(c, 2) squares c's mantissa and doubles its
			// exponent, which rounds as c*c does while c*c is not
			// subnormal; c is 0 or a ratio of float32 values, at
			// least 2^-277, so c*c is at least 2^-554
			c *= c
		default:
			c = math.Pow(c, p.CentExp)
		}
		c = 0.01 + 0.99*c // a sentence sharing no words still ranks by its other features
		pos := 1 / (1 + float64(rank)/p.PosTau)
		sc := c * ((1 - p.PosWeight) + p.PosWeight*pos)
		sc *= 1 + p.TitleW*float64(s.title[i])
		sc *= s.surface(i, p)
		if rank == 0 {
			sc *= 1 + p.Lede
		}
		if s.body[i] {
			rank++
		} else {
			sc *= 1e-3
		}
		s.scores[i] = sc
		best = math.Max(best, sc)
	}
	if best > 0 {
		for i := range s.scores {
			s.scores[i] /= best
		}
	}
}

// surface returns the multiplicative factor of sentence i's surface
// features: length, figures, names, quotation, dangling opener, paragraph
// lead.
func (s *scorer) surface(i int, p *rankParams) float64 {
	f := &s.idx.feat[i]
	w := float64(f.words)
	x := 1.0
	if w < p.LenPivot {
		x *= math.Pow(w/p.LenPivot, p.LenExp)
	}
	if w > p.LongWords {
		x *= p.LongWords / w
	}
	if f.words < p.MinWords {
		x *= 0.2
	}
	x *= 1 + p.NumBonus*float64(min(f.numbers, 3))
	x *= 1 + p.NameBonus*float64(min(f.names, 5))
	if f.words > 0 {
		x *= 1 - p.QuotePen*float64(f.quoted)/w
	}
	if f.firstPro {
		x *= 1 - p.ProPen
	}
	if f.speech && f.quoted*2 < f.words {
		x *= 1 + p.Speech
	}
	if f.contQ {
		x *= 1 - p.ContQPen
	}
	if !f.terminal {
		x *= 1 - p.NoEndPen
	}
	if f.lower {
		x *= 1 - p.FragPen
	}
	if f.label {
		x *= 1 - p.LabelPen
	}
	st := s.a.Sentences[i]
	if i == 0 || s.a.Sentences[i-1].Paragraph != st.Paragraph {
		x *= 1 + p.ParaLead
	}
	return x
}
