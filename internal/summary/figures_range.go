package summary

import "strings"

// rangeAfter reads the second half of a range after a ("5-10", "5 to 10",
// "between 5 and 10", "three or four years", "from $2,415 to $2,315") and
// returns the merged amount. A score ("2-1") comes back with skip set.
func (s *figScanner) rangeAfter(a figAmt) (figAmt, bool) {
	k := a.last
	if a.vague || a.skip || k >= s.n() {
		return a, false
	}
	conn, second := "", k+1
	switch {
	case s.isDash(k) && (s.isNum(k+1) || s.isP(k+1, '$') || s.isWord(k+1) && !s.att(k+1)):
		conn = "-"
	case (s.is(k, "to") || s.is(k, "through")) && (a.unit == "" || !s.changeBefore(a.first)):
		conn = "to"
		if s.isDash(k+1) && s.att(k+1) {
			second = k + 2
		}
	case s.is(k, "and") && s.before(a.first, "between"):
		conn = "and"
	case s.is(k, "or") && a.unit == "":
		conn = "or"
	default:
		return a, false
	}
	s.ranging = true
	b, ok := s.amount(second)
	s.ranging = false
	if !ok || b.skip || b.vague {
		return a, false
	}
	from := s.before(a.first, "from") || s.before(a.first, "between")
	ua, ub := figUnitKey(a.unit), figUnitKey(b.unit)
	switch {
	case ua != "" && ub != "" && ua != ub && !strings.HasPrefix(ua, ub+" ") && !strings.HasPrefix(ub, ua+" "):
		return a, false
	case conn == "to" && ua != "" && ub == "" && !from:
		return a, false // "fell 0.4 per cent to 13176"
	case conn == "or" && (ub == "" && !s.isWord(b.last) || a.word != b.word):
		return a, false
	case conn == "-" && a.integer && b.integer && a.unit == "" && b.unit == "" &&
		a.value >= b.value && b.value < 1000 && !a.word:
		b.skip, b.first = true, a.first
		return b, true // a score: 2-1
	}
	if !a.scaled && b.scaled && a.raw < b.raw {
		a.value = a.raw * b.scale
	}
	r := a
	r.last, r.low, r.high = b.last, a.value, b.value
	if len(b.unit) > len(r.unit) {
		r.unit = b.unit // "$62 and $68 per share"
	}
	return r, true
}

// before reports whether the word w stands in the four tokens before
// token i.
func (s *figScanner) before(i int, w string) bool {
	for k := i - 1; k >= max(i-4, s.low, 0); k-- {
		if s.is(k, w) {
			return true
		}
	}
	return false
}

// figUnitKey folds a unit for comparing the two ends of a range.
func figUnitKey(u string) string {
	u = strings.ToLower(u)
	switch u {
	case "percent", "per cent", "pct":
		return "%"
	}
	return figSingular(u)
}

// ratio reads "one in five" or "one out of three" after the amount a and
// returns it as a fraction.
func (s *figScanner) ratio(a figAmt) (figAmt, bool) {
	k := a.last
	if a.unit != "" || a.vague || a.skip || !a.integer {
		return a, false
	}
	second := k + 1
	switch {
	case s.is(k, "in"):
	case s.is(k, "out") && s.is(k+1, "of"):
		second = k + 2
	default:
		return a, false
	}
	b, ok := s.amount(second)
	if !ok || b.skip || !b.integer || b.unit != "" || b.value <= a.value || b.value > 1000 {
		return a, false
	}
	r := a
	r.value, r.raw, r.last, r.frac, r.integer = a.value/b.value, a.value/b.value, b.last, true, false
	return r, true
}

// changeBefore reports whether a verb of change stands just before token i
// ("rose £3,000 to £285,000": a change and a level, not a range).
func (s *figScanner) changeBefore(i int) bool {
	k := i - 1
	if s.is(k, "by") {
		k--
	}
	if !s.isWord(k) {
		return false
	}
	return s.changeVerb(k) != "" || s.is(k, "up") || s.is(k, "down")
}
