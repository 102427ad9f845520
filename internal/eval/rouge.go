package eval

import (
	"strings"
	"unicode"
)

// Rouge holds ROUGE-1, ROUGE-2 and ROUGE-L F1 scores (fractions 0..1).
type Rouge struct {
	R1 float64 `json:"rouge1"`
	R2 float64 `json:"rouge2"`
	RL float64 `json:"rougeL"`
}

// Add returns the component-wise sum of r and o.
func (r Rouge) Add(o Rouge) Rouge { return Rouge{r.R1 + o.R1, r.R2 + o.R2, r.RL + o.RL} }

// Div returns r with every component divided by n.
func (r Rouge) Div(n float64) Rouge { return Rouge{r.R1 / n, r.R2 / n, r.RL / n} }

// RougeTokens tokenises text like Google's rouge-score without stemming:
// lowercase, every run of characters outside [a-z0-9] is a separator.
func RougeTokens(text string) []string {
	var toks []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			toks = append(toks, b.String())
			b.Reset()
		}
	}
	for _, r := range text {
		if r == '\u0130' { // Python lowercases İ to "i" + combining dot
			b.WriteByte('i')
			flush()
			continue
		}
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			continue
		}
		flush()
	}
	flush()
	return toks
}

func fScore(overlap, nPred, nRef int) float64 {
	p := float64(overlap) / float64(max(nPred, 1))
	r := float64(overlap) / float64(max(nRef, 1))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// RougeN is the ROUGE-N F1 of the token sequence pred against ref.
func RougeN(ref, pred []string, n int) float64 {
	rc, nr := ngrams(ref, n)
	pc, np := ngrams(pred, n)
	overlap := 0
	for g, c := range rc {
		overlap += min(c, pc[g])
	}
	return fScore(overlap, np, nr)
}

func ngrams(toks []string, n int) (map[string]int, int) {
	m := make(map[string]int)
	total := 0
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], "\x00")]++
		total++
	}
	return m, total
}

// LCSLen returns the length of the longest common subsequence of a and b.
func LCSLen(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for _, x := range a {
		for j, y := range b {
			switch {
			case x == y:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// RougeL is the ROUGE-L F1 (LCS over the whole token sequences) of pred
// against ref.
func RougeL(ref, pred []string) float64 {
	return fScore(LCSLen(ref, pred), len(pred), len(ref))
}

// RougeAll scores the text pred against the reference text ref.
func RougeAll(ref, pred string) Rouge {
	r, p := RougeTokens(ref), RougeTokens(pred)
	return Rouge{RougeN(r, p, 1), RougeN(r, p, 2), RougeL(r, p)}
}
