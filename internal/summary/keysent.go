package summary

import (
	"sort"

	"github.com/brief-reader/brief/internal/article"
)

// keySentences picks the n sentences of a that belong in a brief and returns
// them in article order with their scores.
//
// The ranker is unsupervised and linear in the article's length. Each
// sentence's score multiplies its centrality (mean TF-IDF cosine to the
// other sentences, computed against the document centroid), a lead prior,
// its similarity to the title, and surface features: length, figures and
// names, reported speech, quoted share, a dangling opener, a fragment. The
// lead prior adapts to the text's structure: with real paragraphs it is
// mild and centrality decides; in one block of sentences (paragraphs lost)
// position is the strongest signal left and the prior is steep. Headings
// and page furniture (bylines, captions, "Read more") are kept out unless
// nothing else is left. The picks are made greedily by maximal marginal
// relevance so that near-duplicates are not picked twice.
func keySentences(a *article.Article, n int) []KeySentence {
	return rankSentences(a, n, &defaultRank)
}

// rankSentences is keySentences with explicit weights.
func rankSentences(a *article.Article, n int, p *rankParams) []KeySentence {
	if n <= 0 || len(a.Sentences) == 0 {
		return nil
	}
	s := rankPool.Get().(*scorer)
	s.score(a, p)
	picked := s.selectMMR(n)
	out := make([]KeySentence, len(picked))
	for k, i := range picked {
		out[k] = KeySentence{Sentence: i, Score: s.scores[i]}
	}
	s.release()
	sort.Slice(out, func(x, y int) bool { return out[x].Sentence < out[y].Sentence })
	return out
}

// selectMMR picks up to n sentence indexes greedily by maximal marginal
// relevance among the best-scored candidates.
func (s *scorer) selectMMR(n int) []int {
	cands := s.candidates(4*n + 16)
	if n > len(cands) {
		n = len(cands)
	}
	s.maxSim = resize(s.maxSim, len(cands))
	s.used = resize(s.used, len(cands))
	maxSim, used := s.maxSim, s.used
	dense := s.zeroDense()
	picked := reserve(s.picked, n)
	for len(picked) < n {
		best, bestVal := -1, 0.0
		for k, i := range cands {
			if used[k] {
				continue
			}
			v := s.p.Lambda*s.scores[i] - (1-s.p.Lambda)*maxSim[k]
			if !s.body[i] {
				v -= 2 // furniture and headings only when nothing else is left
			}
			if best < 0 || v > bestVal {
				best, bestVal = k, v
			}
		}
		used[best] = true
		j := cands[best]
		picked = append(picked, j)
		s.fill(dense, j, 1)
		for k, i := range cands {
			if !used[k] {
				if sim := s.cosine(dense, j, i); sim > maxSim[k] {
					maxSim[k] = sim
				}
			}
		}
		s.fill(dense, j, 0)
	}
	s.picked = picked
	return picked
}

// candidates returns the indexes of the m best-scored sentences, best
// first, ties broken by position.
func (s *scorer) candidates(m int) []int {
	s.cands = resize(s.cands, len(s.scores))
	idx := s.cands
	for i := range idx {
		idx[i] = i
	}
	less := func(x, y int) bool {
		a, b := s.scores[idx[x]], s.scores[idx[y]]
		if a != b {
			return a > b
		}
		return idx[x] < idx[y]
	}
	if m < len(idx) {
		idx = topK(idx, m, s.scores)
	}
	sort.Slice(idx, less)
	return idx
}

// topK returns the m indexes with the highest score (ties to the earlier
// index), in no particular order, in linear time on average.
func topK(idx []int, m int, score []float64) []int {
	better := func(i, j int) bool {
		if score[i] != score[j] {
			return score[i] > score[j]
		}
		return i < j
	}
	lo, hi := 0, len(idx)
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		pivot := idx[mid]
		idx[mid], idx[hi-1] = idx[hi-1], idx[mid]
		st := lo
		for k := lo; k < hi-1; k++ {
			if better(idx[k], pivot) {
				idx[k], idx[st] = idx[st], idx[k]
				st++
			}
		}
		idx[st], idx[hi-1] = idx[hi-1], idx[st]
		switch {
		case st == m || st+1 == m:
			return idx[:m]
		case st > m:
			hi = st
		default:
			lo = st + 1
		}
	}
	return idx[:m]
}

// fill writes sentence j's TF-IDF weights times on into dense (on = 0 clears).
func (s *scorer) fill(dense []float32, j int, on float32) {
	ix := s.idx
	for k := ix.off[j]; k < ix.off[j+1]; k++ {
		t := ix.term[k]
		dense[t] = on * ix.count[k] * s.idf[t]
	}
}

// cosine returns the cosine similarity of sentence i and sentence j, whose
// weights are in dense.
func (s *scorer) cosine(dense []float32, j, i int) float64 {
	if s.norm[i] == 0 || s.norm[j] == 0 {
		return 0
	}
	ix := s.idx
	var dot float32
	for k := ix.off[i]; k < ix.off[i+1]; k++ {
		t := ix.term[k]
		dot += ix.count[k] * s.idf[t] * dense[t]
	}
	return float64(dot / (s.norm[i] * s.norm[j]))
}
