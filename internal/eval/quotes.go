package eval

// QuotesScore holds the quote metrics; JSON names follow score.py.
type QuotesScore struct {
	// Overlap50 matches spans overlapping by >= 50% of the shorter one.
	Overlap50 PRF `json:"overlap50"`
	// Exact counts identical spans.
	Exact PRF `json:"exact"`
	// Lenient is Overlap50 without the unmatched system quotes that lie
	// inside an annotated partial/indirect quotation ("mixed").
	Lenient SentPRF `json:"overlap50_lenient"`
	// Speaker is the speaker accuracy over matched, scoreable pairs.
	Speaker SpeakerScore `json:"speaker"`
}

// SpeakerScore is speaker accuracy over matched pairs whose gold speaker
// has a head word (SpeakerHead).
type SpeakerScore struct {
	Accuracy  *float64 `json:"accuracy"`
	Correct   int      `json:"correct"`
	Scoreable int      `json:"scoreable"`
	Matched   int      `json:"matched"`
}

// ScoreQuotes scores system quotes against gold direct quotes.
func ScoreQuotes(docs []Doc) QuotesScore {
	var tp, nSys, nGold, exact, neutral, scoreable, correct int
	for _, d := range docs {
		var gspans []Span
		var gq []GoldQuote
		for _, q := range d.Gold.Quotes {
			if q.Valid() {
				gq = append(gq, q)
				gspans = append(gspans, q.Span)
			}
		}
		nGold += len(gq)
		if d.Out == nil {
			continue
		}
		sq := d.Out.Quotes
		sspans := make([]Span, len(sq))
		for i, q := range sq {
			sspans[i] = q.Span
		}
		nSys += len(sq)
		m := GreedyOverlap(sspans, gspans, 0.5)
		tp += len(m)
		exact += countCommon(sspans, gspans)
		matched := make(map[int]bool, len(m))
		for _, p := range m {
			matched[p.Sys] = true
		}
		for i, sp := range sspans {
			if matched[i] || !sp.Valid() {
				continue
			}
			ln := float64(max(1, sp.End-sp.Start))
			for _, b := range d.Gold.Mixed {
				if b.Valid() && float64(Overlap(sp, b)) >= 0.5*ln {
					neutral++
					break
				}
			}
		}
		for _, p := range m {
			gs := gq[p.Gold].Speaker
			if gs == nil || SpeakerHead(*gs) == "" {
				continue
			}
			scoreable++
			if s := sq[p.Sys].Speaker; s != nil && SpeakerCorrect(*gs, *s) {
				correct++
			}
		}
	}
	out := QuotesScore{
		Overlap50: NewPRF(tp, nSys, nGold),
		Exact:     NewPRF(exact, nSys, nGold),
		Lenient:   SentPRF{NewPRF(tp, nSys-neutral, nGold), neutral},
		Speaker:   SpeakerScore{Correct: correct, Scoreable: scoreable, Matched: tp},
	}
	if scoreable > 0 {
		a := float64(correct) / float64(scoreable)
		out.Speaker.Accuracy = &a
	}
	return out
}

// countCommon counts the distinct valid spans of a that are also in b.
func countCommon(a, b []Span) int {
	inB := make(map[Span]bool, len(b))
	for _, s := range b {
		inB[s] = true
	}
	seen := make(map[Span]bool, len(a))
	n := 0
	for _, s := range a {
		if s.Valid() && inB[s] && !seen[s] {
			seen[s] = true
			n++
		}
	}
	return n
}
