package eval

// FiguresScore holds the figure metrics; JSON names follow score.py.
type FiguresScore struct {
	// Value matches figures by numeric value (maximum matching).
	Value PRF `json:"value"`
	// ValueUnit also requires the unit to match (UnitOK).
	ValueUnit PRF `json:"value_unit"`
}

// ScoreFigures scores system figures against gold quantities.
func ScoreFigures(docs []Doc) FiguresScore {
	var nSys, nGold, tpV, tpVU int
	for _, d := range docs {
		gq := d.Gold.Quantities
		nGold += len(gq)
		if d.Out == nil {
			continue
		}
		sf := d.Out.Figures
		nSys += len(sf)
		vok := func(i, j int) bool { return ValueOK(sf[i].Value, gq[j].Value, gq[j].ValueRange) }
		tpV += MaxMatching(len(sf), len(gq), vok)
		tpVU += MaxMatching(len(sf), len(gq), func(i, j int) bool {
			return vok(i, j) && UnitOK(sf[i].Unit, gq[j].Unit, gq[j].NormalizedUnit)
		})
	}
	return FiguresScore{Value: NewPRF(tpV, nSys, nGold), ValueUnit: NewPRF(tpVU, nSys, nGold)}
}
