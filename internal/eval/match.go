package eval

import "sort"

// Span is a byte range [Start, End) of a document.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Valid reports whether s is a usable span (End >= Start), as score.py's
// _span requires.
func (s Span) Valid() bool { return s.End >= s.Start }

// Overlap returns the number of bytes a and b share (<= 0 when disjoint).
func Overlap(a, b Span) int { return min(a.End, b.End) - max(a.Start, b.Start) }

// Pair is one matched (system, gold) index pair.
type Pair struct{ Sys, Gold int }

// GreedyOverlap matches system spans to gold spans one-to-one, largest
// overlap first (ties: lower system index, then lower gold index). A pair
// needs a positive overlap of at least minFrac times the shorter span
// (minimum 1 byte). Invalid spans never match.
func GreedyOverlap(sys, gold []Span, minFrac float64) []Pair {
	var cands []candidate
	for i, a := range sys {
		if !a.Valid() {
			continue
		}
		for j, b := range gold {
			ov := Overlap(a, b)
			if ov <= 0 {
				continue
			}
			shorter := max(1, min(a.End-a.Start, b.End-b.Start))
			if float64(ov) < minFrac*float64(shorter) {
				continue
			}
			cands = append(cands, candidate{float64(ov), i, j})
		}
	}
	return greedyAssign(cands)
}

// candidate is a possible (system i, gold j) pair with its score.
type candidate struct {
	score float64
	i, j  int
}

// greedyAssign pairs candidates one-to-one, highest score first (ties: lower
// system index, then lower gold index), as score.py's greedy matchers do.
func greedyAssign(cands []candidate) []Pair {
	sort.Slice(cands, func(x, y int) bool {
		a, b := cands[x], cands[y]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.i != b.i {
			return a.i < b.i
		}
		return a.j < b.j
	})
	usedS := make(map[int]bool)
	usedG := make(map[int]bool)
	var out []Pair
	for _, c := range cands {
		if !usedS[c.i] && !usedG[c.j] {
			usedS[c.i] = true
			usedG[c.j] = true
			out = append(out, Pair{c.i, c.j})
		}
	}
	return out
}

// MaxMatching returns the size of a maximum bipartite matching between nLeft
// and nRight items where ok(i, j) says whether i may pair with j
// (augmenting paths, Kuhn's algorithm).
func MaxMatching(nLeft, nRight int, ok func(i, j int) bool) int {
	adj := make([][]int, nLeft)
	for i := range adj {
		for j := 0; j < nRight; j++ {
			if ok(i, j) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	matchR := make([]int, nRight)
	for j := range matchR {
		matchR[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if matchR[j] < 0 || try(matchR[j], seen) {
				matchR[j] = i
				return true
			}
		}
		return false
	}
	n := 0
	for i := 0; i < nLeft; i++ {
		if len(adj[i]) > 0 && try(i, make([]bool, nRight)) {
			n++
		}
	}
	return n
}
