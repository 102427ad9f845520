package eval

import "strings"

// SentenceThreshold is the similarity at which two sentences match.
const SentenceThreshold = 0.8

type normSent struct {
	norm string
	toks map[string]bool
}

func newNormSent(text string) normSent {
	toks := RougeTokens(text)
	set := make(map[string]bool, len(toks))
	for _, t := range toks {
		set[t] = true
	}
	return normSent{strings.Join(toks, " "), set}
}

func (a normSent) sim(b normSent) float64 {
	if a.norm == b.norm {
		return 1
	}
	if len(a.toks) == 0 && len(b.toks) == 0 {
		return 1
	}
	inter := 0
	for t := range a.toks {
		if b.toks[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a.toks)+len(b.toks)-inter)
}

// SentSim is 1 when a and b are equal after ROUGE normalisation, else the
// Jaccard similarity of their token sets.
func SentSim(a, b string) float64 { return newNormSent(a).sim(newNormSent(b)) }

// SentMatch is the result of SentenceMatch.
type SentMatch struct {
	// TP is the number of matched system sentences.
	TP int
	// NSys counts the system sentences minus the neutral ones.
	NSys int
	// NGold counts the gold sentences.
	NGold int
	// Neutral counts unmatched system sentences similar to a neutral one.
	Neutral int
}

// SentenceMatch matches system sentences to gold sentences one-to-one
// (similarity >= SentenceThreshold, best first). Unmatched system sentences
// similar to a neutral sentence (a gold summary sentence that is not in the
// article verbatim) count neither as true nor as false positives.
func SentenceMatch(sys, gold, neutral []string) SentMatch {
	S := make([]normSent, len(sys))
	for i, x := range sys {
		S[i] = newNormSent(x)
	}
	G := make([]normSent, len(gold))
	for i, x := range gold {
		G[i] = newNormSent(x)
	}
	var cands []candidate
	for i, s := range S {
		for j, g := range G {
			if v := s.sim(g); v >= SentenceThreshold {
				cands = append(cands, candidate{v, i, j})
			}
		}
	}
	usedS := make(map[int]bool)
	for _, p := range greedyAssign(cands) {
		usedS[p.Sys] = true
	}
	N := make([]normSent, len(neutral))
	for i, x := range neutral {
		N[i] = newNormSent(x)
	}
	m := SentMatch{TP: len(usedS), NGold: len(gold)}
	for i, s := range S {
		if usedS[i] {
			continue
		}
		for _, n := range N {
			if s.sim(n) >= SentenceThreshold {
				m.Neutral++
				break
			}
		}
	}
	m.NSys = len(sys) - m.Neutral
	return m
}
