package eval

// PRF is precision, recall and F1 with the counts they come from. Its JSON
// field names are score.py's.
type PRF struct {
	P     float64 `json:"p"`
	R     float64 `json:"r"`
	F1    float64 `json:"f1"`
	TP    int     `json:"tp"`
	NSys  int     `json:"n_sys"`
	NGold int     `json:"n_gold"`
}

// NewPRF computes precision, recall and F1 from tp true positives among nSys
// system items and nGold gold items; an empty denominator gives 0.
func NewPRF(tp, nSys, nGold int) PRF {
	d := PRF{TP: tp, NSys: nSys, NGold: nGold}
	if nSys > 0 {
		d.P = float64(tp) / float64(nSys)
	}
	if nGold > 0 {
		d.R = float64(tp) / float64(nGold)
	}
	if d.P+d.R > 0 {
		d.F1 = 2 * d.P * d.R / (d.P + d.R)
	}
	return d
}
