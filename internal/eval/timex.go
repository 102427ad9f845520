package eval

import (
	"bytes"
	"strings"
)

// TimexScore holds the TempEval-3 style timex metrics; JSON names follow
// score.py.
type TimexScore struct {
	// Strict counts identical spans (a leading "the " ignored on either side).
	Strict PRF `json:"strict"`
	// Relaxed counts overlapping spans, one-to-one, largest overlap first.
	Relaxed PRF `json:"relaxed"`
	// Value counts relaxed pairs with the same normalised value.
	Value PRF `json:"value"`
	// Type is the type accuracy over relaxed pairs.
	Type TypeScore `json:"type"`
}

// TypeScore is the TIMEX3 type accuracy over relaxed pairs.
type TypeScore struct {
	Accuracy *float64 `json:"accuracy"`
	Correct  int      `json:"correct"`
	Pairs    int      `json:"pairs"`
}

// stripThe drops a leading "the " (any case) from span s of data.
func stripThe(data []byte, s Span) Span {
	if s.End-s.Start > 4 && s.Start >= 0 && s.Start+4 <= len(data) &&
		bytes.EqualFold(data[s.Start:s.Start+4], []byte("the ")) {
		return Span{s.Start + 4, s.End}
	}
	return s
}

// ScoreTimex scores system timexes against gold TIMEX3s.
func ScoreTimex(docs []Doc) TimexScore {
	var nSys, nGold, strict, relaxed, valueHits, typeHits int
	for _, d := range docs {
		var gt []GoldTimex
		var gspans []Span
		for _, t := range d.Gold.Timexes {
			if t.Valid() {
				gt = append(gt, t)
				gspans = append(gspans, t.Span)
			}
		}
		nGold += len(gt)
		if d.Out == nil {
			continue
		}
		st := d.Out.Timexes
		nSys += len(st)
		sspans := make([]Span, len(st))
		for i, t := range st {
			sspans[i] = t.Span
		}
		strict += strictMatches(d.Data, sspans, gspans)
		m := GreedyOverlap(sspans, gspans, 0)
		relaxed += len(m)
		for _, p := range m {
			s, g := st[p.Sys], gt[p.Gold]
			if strings.EqualFold(strings.TrimSpace(s.Value), strings.TrimSpace(g.Value)) {
				valueHits++
			}
			if strings.EqualFold(strings.TrimSpace(s.Type), strings.TrimSpace(g.Type)) {
				typeHits++
			}
		}
	}
	out := TimexScore{
		Strict:  NewPRF(strict, nSys, nGold),
		Relaxed: NewPRF(relaxed, nSys, nGold),
		Value:   NewPRF(valueHits, nSys, nGold),
		Type:    TypeScore{Correct: typeHits, Pairs: relaxed},
	}
	if relaxed > 0 {
		a := float64(typeHits) / float64(relaxed)
		out.Type.Accuracy = &a
	}
	return out
}

// strictMatches counts system spans equal to an unused gold span, either
// as is or after dropping a leading "the " on either side.
func strictMatches(data []byte, sys, gold []Span) int {
	keys := make(map[Span][]int)
	for j, sp := range gold {
		keys[sp] = append(keys[sp], j)
		t := stripThe(data, sp)
		keys[t] = append(keys[t], j)
	}
	used := make(map[int]bool)
	n := 0
	for _, sp := range sys {
		if !sp.Valid() {
			continue
		}
	look:
		for _, key := range []Span{sp, stripThe(data, sp)} {
			for _, j := range keys[key] {
				if !used[j] {
					used[j] = true
					n++
					break look
				}
			}
		}
	}
	return n
}
