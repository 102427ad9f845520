package eval

// SummaryScore holds the summary metrics; JSON names follow score.py.
type SummaryScore struct {
	// System is the mean ROUGE of the key sentences (joined by a space).
	System Rouge `json:"system"`
	// Lead3 is the mean ROUGE of the system's first three sentences.
	Lead3 Rouge `json:"lead3"`
	// Lead3GoldLines is the mean ROUGE of the first three gold lines, when
	// the corpus has lines.
	Lead3GoldLines *Rouge `json:"lead3_gold_lines,omitempty"`
	// Sentences scores key sentences against the gold extract, when the
	// corpus has one.
	Sentences *SentenceScores `json:"sentences,omitempty"`
}

// SentenceScores is sentence-level P/R/F1 against the gold extract.
type SentenceScores struct {
	System SentPRF `json:"system"`
	// LeadK scores the first k system sentences, k = number of key sentences.
	LeadK SentPRF `json:"lead_k"`
}

// SentPRF is a PRF with the number of neutral system sentences.
type SentPRF struct {
	PRF
	Neutral int `json:"n_neutral"`
}

// ScoreSummary scores key sentences with ROUGE against each gold reference,
// averaged over all gold documents, with Lead-3 from the same output.
func ScoreSummary(docs []Doc) SummaryScore {
	var s SummaryScore
	haveLines, haveExtract := false, false
	for _, d := range docs {
		haveLines = haveLines || d.Gold.HasLines
		haveExtract = haveExtract || d.Gold.HasExtract
	}
	var sys, lead, gl Rouge
	var acc [2]SentMatch
	for _, d := range docs {
		var ks, sents []string
		if d.Out != nil {
			ks, sents = d.Out.KeyTexts(), d.Out.SentenceTexts()
			sys = sys.Add(RougeAll(d.Gold.Reference, joinSpace(ks)))
			lead = lead.Add(RougeAll(d.Gold.Reference, joinSpace(sents[:min(3, len(sents))])))
		}
		if haveLines {
			l := d.Gold.Lines
			gl = gl.Add(RougeAll(d.Gold.Reference, joinSpace(l[:min(3, len(l))])))
		}
		if haveExtract {
			neutral := notIn(d.Gold.ReferenceSentences, d.Gold.Extract)
			for k, cand := range [][]string{ks, sents[:min(len(ks), len(sents))]} {
				m := SentenceMatch(cand, d.Gold.Extract, neutral)
				acc[k].TP += m.TP
				acc[k].NSys += m.NSys
				acc[k].NGold += m.NGold
				acc[k].Neutral += m.Neutral
			}
		}
	}
	if n := len(docs); n > 0 {
		f := float64(n)
		sys, lead, gl = sys.Div(f), lead.Div(f), gl.Div(f)
	}
	s.System, s.Lead3 = sys, lead
	if haveLines {
		s.Lead3GoldLines = &gl
	}
	if haveExtract {
		s.Sentences = &SentenceScores{
			System: SentPRF{NewPRF(acc[0].TP, acc[0].NSys, acc[0].NGold), acc[0].Neutral},
			LeadK:  SentPRF{NewPRF(acc[1].TP, acc[1].NSys, acc[1].NGold), acc[1].Neutral},
		}
	}
	return s
}

func joinSpace(xs []string) string {
	n := 0
	for _, x := range xs {
		n += len(x) + 1
	}
	b := make([]byte, 0, n)
	for i, x := range xs {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, x...)
	}
	return string(b)
}

// notIn returns the strings of xs that are not in ys.
func notIn(xs, ys []string) []string {
	set := make(map[string]bool, len(ys))
	for _, y := range ys {
		set[y] = true
	}
	var out []string
	for _, x := range xs {
		if !set[x] {
			out = append(out, x)
		}
	}
	return out
}
