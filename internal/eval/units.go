package eval

import (
	"math"
	"strings"
	"unicode/utf8"
)

var unitSynonyms = map[string][]string{
	"percent": {"%", "percent", "per cent", "percentage", "percentage point", "pct", "per-cent"},
	"dollar":  {"$", "dollar", "us$", "usd", "us dollar", "u.s. dollar"},
	"pound":   {"£", "pound", "gbp", "pound sterling", "sterling"},
	"euro":    {"€", "euro", "eur"},
}

var unitCanon = func() map[string]string {
	m := make(map[string]string)
	for k, vs := range unitSynonyms {
		for _, v := range vs {
			m[v] = k
		}
	}
	return m
}()

// Singular folds a simple English plural: "cities" -> "city",
// "inches" -> "inch", "people" stays, "tons" -> "ton", "glass" stays.
func Singular(u string) string {
	switch {
	case strings.HasSuffix(u, "ies") && utf8.RuneCountInString(u) > 4:
		return u[:len(u)-3] + "y"
	case strings.HasSuffix(u, "ches"), strings.HasSuffix(u, "shes"), strings.HasSuffix(u, "sses"),
		strings.HasSuffix(u, "xes"):
		return u[:len(u)-2]
	case strings.HasSuffix(u, "s") && !strings.HasSuffix(u, "ss") && utf8.RuneCountInString(u) > 1:
		return u[:len(u)-1]
	}
	return u
}

// UnitForms returns the equivalent spellings of a unit: lowercased with
// collapsed spaces, singular and plural folded, currency and percent symbols
// mapped to their names. An empty unit ("", "-", "none", "null") is {""}.
func UnitForms(u string) map[string]bool {
	u = strings.Join(strings.Fields(strings.ToLower(u)), " ")
	if u == "" || u == "-" || u == "none" || u == "null" {
		return map[string]bool{"": true}
	}
	base := []string{u, Singular(u)}
	list := append(base, Singular(base[0]), Singular(base[1]))
	forms := make(map[string]bool, 2*len(list))
	for _, f := range list {
		forms[f] = true
		if c, ok := unitCanon[f]; ok {
			forms[c] = true
		}
	}
	return forms
}

// UnitOK reports whether the system unit matches the gold unit or the gold
// normalised unit under UnitForms.
func UnitOK(sys, goldUnit, goldNorm string) bool {
	sf := UnitForms(sys)
	for _, g := range []string{goldUnit, goldNorm} {
		for f := range UnitForms(g) {
			if sf[f] {
				return true
			}
		}
	}
	return false
}

// ValueClose reports whether a equals b within a relative tolerance of 1e-6
// (absolute below 1).
func ValueClose(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }

// ValueOK reports whether the system value sys (nil when the figure has
// none) matches the gold value or either end of the gold range.
func ValueOK(sys, gold *float64, goldRange []float64) bool {
	if sys == nil || math.IsNaN(*sys) || math.IsInf(*sys, 0) {
		return false
	}
	if gold != nil && ValueClose(*sys, *gold) {
		return true
	}
	for _, b := range goldRange {
		if ValueClose(*sys, b) {
			return true
		}
	}
	return false
}
