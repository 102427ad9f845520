package summary

import "strings"

// Units, counted nouns, ranges and what a figure counts.

// unitAfter reads the measure unit after the number of a: "%", "per
// cent", "10-month", "km/h", "degrees Celsius", "barrels a day".
func (s *figScanner) unitAfter(a *figAmt) {
	k := a.last
	if k >= s.n() {
		return
	}
	if a.vague {
		if u, end, ok := s.measure(k, false); ok && s.toks[k].gap {
			a.unit, a.last = u, end
		}
		return
	}
	if s.toks[k].kind == fkPunct {
		w := s.w(k)
		switch {
		case w == "%" || w == "％":
			a.unit, a.last = "%", k+1
		case s.curSymbol(k) && s.att(k):
			a.unit, a.last = w, k+1
		case (w == "-" || w == "‑") && s.att(k):
			s.hyphenUnit(a, k)
		case w == "°":
			if u, end, ok := s.measure(k, true); ok {
				a.unit, a.last = u, end
			}
		}
		return
	}
	if u, end, ok := s.measure(k, s.att(k)); ok {
		r := ""
		a.unit, a.last = u, s.rate(end, &r)
		if r != "" { // "barrels a day": the unit as written
			a.unit = s.text[s.toks[k].s:s.toks[end-1].e] + r
		}
	}
}

// measure reads a measure unit at token k; attached says it touches the
// digits.
func (s *figScanner) measure(k int, attached bool) (string, int, bool) {
	if s.isP(k, '°') && s.isWord(k+1) && s.att(k+1) && (s.w(k+1) == "C" || s.w(k+1) == "F") {
		return "°" + s.w(k+1), k + 2, true
	}
	if !s.isWord(k) {
		return "", k, false
	}
	w, lw := s.w(k), string(s.lw(k))
	if u, end, ok := s.twoWordUnit(k, lw); ok {
		return u, end, true
	}
	if s.cls(k)&fcUnitCase != 0 && figUnitsCase[w] {
		switch {
		case figAttachedOnly[w] && !attached,
			(w == "K" || w == "R") && attached,
			(w == "C" || w == "F") && attached && (s.isWord(k+1) || s.isNum(k+1)) && s.att(k+1),
			w == "p" && s.isP(k+1, '.') && s.is(k+2, "m"):
			return "", k, false
		}
		return s.unitTail(w, k+1)
	}
	if s.cls(k)&fcUnit == 0 || lw == "in" {
		return "", k, false
	}
	m := figUnitsFold[lw]
	if m == lw && lw != "times" && lw != "points" {
		m = figSingular(w)
	}
	return s.unitTail(m, k+1)
}

// unitTail extends a unit read before token k with "2" ("m2"), "/h"
// ("km/h") or "-old" ("year-old").
func (s *figScanner) unitTail(u string, k int) (string, int, bool) {
	if s.isNum(k) && s.att(k) && (s.w(k) == "2" || s.w(k) == "3") {
		u, k = u+s.w(k), k+1
	}
	if s.isP(k, '/') && s.att(k) && s.isWord(k+1) && s.att(k+1) {
		u, k = u+"/"+s.w(k+1), k+2
		if s.isNum(k) && s.att(k) && len(s.w(k)) == 1 {
			u, k = u+s.w(k), k+1
		}
	}
	if s.isDash(k) && s.att(k) && s.is(k+1, "old") && s.att(k+1) {
		u, k = u+"-old", k+2
	}
	return u, k, true
}

// twoWordUnit reads units of two words: "per cent", "basis points",
// "degrees Celsius", "square miles", "sq m", "parts per million".
func (s *figScanner) twoWordUnit(k int, lw string) (string, int, bool) {
	switch lw {
	case "pound", "lb", "foot", "newton", "kilowatt", "megawatt", "gigawatt", "watt", "light":
		if s.isDash(k+1) && s.att(k+1) && s.isWord(k+2) && s.att(k+2) {
			return s.w(k) + "-" + s.w(k+2), k + 3, true
		}
	case "m", "k":
		if s.isP(k+1, '.') && s.is(k+2, "p") && s.isP(k+3, '.') && s.is(k+4, "h") {
			end := k + 5
			if s.isP(end, '.') && end+1 < s.n() {
				end++
			}
			return lw + "ph", end, true
		}
	}
	if len(lw) <= 3 && s.isP(k+1, '/') && s.att(k+1) && s.isWord(k+2) && s.att(k+2) {
		return s.unitTail(s.w(k), k+1)
	}
	if !s.isWord(k + 1) {
		return "", k, false
	}
	nx := string(s.lw(k + 1))
	switch lw {
	case "per":
		if nx == "cent" {
			return "%", k + 2, true
		}
	case "percentage", "basis":
		if nx == "point" || nx == "points" {
			return lw + " points", k + 2, true
		}
	case "degree", "degrees":
		switch nx {
		case "celsius", "fahrenheit", "centigrade", "c", "f", "kelvin":
			return s.w(k) + " " + s.w(k+1), k + 2, true
		}
	case "square", "sq", "cubic":
		if _, ok := figUnitsFold[nx]; ok || nx == "m" || nx == "mi" {
			return s.w(k) + " " + s.w(k+1), k + 2, true
		}
	case "parts":
		if nx == "per" && s.isWord(k+2) {
			return "parts per " + string(s.lw(k+2)), k + 3, true
		}
	case "light":
		if nx == "years" || nx == "year" {
			return "light years", k + 2, true
		}
	}
	return "", k, false
}

// rate extends the unit *u with "per barrel", "a day" or "/barrel" read
// at token k and returns the token after it.
func (s *figScanner) rate(k int, u *string) int {
	switch {
	case s.is(k, "per") && !s.is(k+1, "cent") && s.isWord(k+1):
		e := k + 2
		if s.is(k+1, "sq") || s.is(k+1, "square") || s.is(k+1, "cubic") {
			e = k + 3
		}
		if e > s.n() || !s.isWord(e-1) {
			return k
		}
		*u += " per " + s.text[s.toks[k+1].s:s.toks[e-1].e]
		return e
	case (s.is(k, "a") || s.is(k, "an")) && s.has(k+1, fcRate):
		*u += " " + s.w(k) + " " + s.w(k+1)
		return k + 2
	case s.isP(k, '/') && s.att(k) && s.isWord(k+1) && s.att(k+1):
		*u += "/" + s.w(k+1)
		return k + 2
	}
	return k
}

// hyphenUnit reads the word joined to the number by a hyphen ("10-month",
// "65-year-old", "40-plus", "four-, five- and six-cylinder").
func (s *figScanner) hyphenUnit(a *figAmt, k int) {
	if s.isWord(k+1) && s.att(k+1) {
		lw, c := string(s.lw(k+1)), s.cls(k+1)
		switch {
		case lw == "plus":
			a.plus, a.last = true, k+2
			return
		case lw == "strong" || lw == "odd":
			a.last = k + 2 // "a 10,000-strong workforce", "40-odd"
			a.odd = lw == "odd"
			return
		case c&fcOneCompound != 0 || c&fcStop != 0 && lw != "times" || s.month(k+1) || c&fcSmall != 0 && figSmall[lw] > 0:
			if a.word {
				a.skip, a.last = true, k+2
			}
			return
		}
		if s.upper(k+1) && !s.allCaps(k+1) && (c&fcUnit == 0 || figUnitsFold[lw] == "") {
			a.skip, a.last = true, k+2 // 7-Eleven
			return
		}
		u, end, _ := s.unitTail(s.w(k+1), k+2)
		if c&fcUnit != 0 && figUnitsFold[lw] == "%" {
			u = "%"
		}
		a.unit, a.last = figSingular(u), end
		if c&fcScale != 0 {
			a.unit = ""
		}
		return
	}
	if s.isP(k+1, ',') || s.is(k+1, "and") || s.is(k+1, "or") {
		for t := k + 1; t < min(k+12, s.n()-1); t++ {
			if s.isDash(t) && s.att(t) && s.isWord(t+1) && s.att(t+1) && !s.is(t+1, "and") {
				a.unit, a.last = figSingular(s.w(t+1)), k+1
				return
			}
		}
	}
}

// figDet are determiners skipped in "35m of its devices".
var figDet = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "these": true, "those": true, "all": true, "my": true, "your": true}

// counted reads the counted noun after a unitless number ("13000 workers",
// "96 Liverpool fans", "two strips", "35m of its Echo devices"). It returns
// the noun phrase as written and the token after it.
func (s *figScanner) counted(k int, a *figAmt) (string, int) {
	start := k
	if s.isNum(k) && s.toks[k].gap && s.isWord(k+1) && s.att(k+1) {
		k += 2 // "eight million 250ml bottles"
	} else if s.isNum(k) && s.toks[k].gap && s.isDash(k+1) && s.att(k+1) && s.isWord(k+2) && s.att(k+2) {
		k += 3 // "two 12-ounce cans"
	}
	if !s.isWord(k) || !s.toks[k].gap {
		return "", start
	}
	if s.is(k, "of") {
		k++
		if s.has(k, fcDet) {
			k++
		}
	}
	first, end := k, -1
	for n := 0; n < 4 && s.isWord(k) && s.toks[k].gap; n++ {
		lw := s.lw(k)
		if s.month(k) || s.cls(k)&fcStop != 0 && !s.allCaps(k) || len(lw) >= 2 && lw[len(lw)-2] == 'l' && lw[len(lw)-1] == 'y' {
			break
		}
		e := k + 1
		for s.isDash(e) && s.att(e) && s.isWord(e+1) && s.att(e+1) {
			e += 2
		}
		if c := s.cls(e - 1); c&(fcUnit|fcIrregular) != 0 || figLooksPlural(string(s.lw(e-1)), c) {
			end = e
			break
		}
		k = e
	}
	if end < 0 {
		switch {
		case first == k-1 && s.allCaps(first) && len(s.w(first)) <= 5 && !s.isWord(k):
			end = k // 0.5 WAR
		case a.value == 1 && k > first && !s.upper(first):
			end = first + 1
			if lw := string(s.lw(first)); strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") ||
				s.cls(first)&fcParticiple != 0 {
				return "", start // "1 dead"
			}
		default:
			return "", start
		}
	}
	unit := s.text[s.toks[first].s:s.toks[end-1].e]
	if s.is(end, "per") {
		r := ""
		if e := s.rate(end, &r); e > end {
			return unit + r, e // "120 beats per minute"
		}
	}
	return unit, end
}

// figSingular folds a one-word English plural the way the evaluation does
// ("miles" -> "mile", "inches" -> "inch"); other units are kept.
func figSingular(u string) string {
	if len(u) < 3 {
		return u
	}
	for i := 0; i < len(u); i++ {
		if c := u[i]; c == ' ' || c == '-' || c == '/' {
			return u
		}
	}
	switch {
	case strings.HasSuffix(u, "ies") && len(u) > 4:
		return u[:len(u)-3] + "y"
	case strings.HasSuffix(u, "ches"), strings.HasSuffix(u, "shes"), strings.HasSuffix(u, "sses"),
		strings.HasSuffix(u, "xes"):
		return u[:len(u)-2]
	case strings.HasSuffix(u, "s") && !strings.HasSuffix(u, "ss") && !strings.HasSuffix(u, "us"):
		return u[:len(u)-1]
	}
	return u
}

// figTimeUnit reports whether u is a unit of time or age, which a later
// bare number does not share.
func figTimeUnit(u string) bool {
	u = strings.ToLower(u)
	return strings.HasSuffix(u, "-old") || figTimeSingular(figSingular(u))
}

// figTimeSingular reports whether the singular, lower-case unit u is one
// of time.
func figTimeSingular(u string) bool {
	switch u {
	case "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
		"centurie", "night", "yr", "hr", "min", "sec", "fortnight", "season", "time":
		return true
	}
	return false
}

// figMoney reports whether u names a currency.
func figMoney(u string) bool {
	return figMoneySign(u) || figMoneySingular(figSingular(strings.ToLower(u)))
}

// figShareable is !figTimeUnit(u) && !figMoney(u), lower-casing and
// singularising u once.
func figShareable(u string) bool {
	lower := strings.ToLower(u)
	if strings.HasSuffix(lower, "-old") || figMoneySign(u) {
		return false
	}
	sing := figSingular(lower)
	return !figTimeSingular(sing) && !figMoneySingular(sing)
}

// figMoneySign reports whether u is a currency symbol or ends in "$".
func figMoneySign(u string) bool {
	if len(u) <= figCurSymbolMax {
		if _, ok := figCurrencySymbols[u]; ok {
			return true
		}
	}
	return strings.HasSuffix(u, "$")
}

// figCurSymbolMax is the length of the longest currency symbol.
var figCurSymbolMax = func() (n int) {
	for k := range figCurrencySymbols {
		n = max(n, len(k))
	}
	return n
}()

// figMoneySingular reports whether the singular, lower-case unit u names
// a currency.
func figMoneySingular(u string) bool {
	switch u {
	case "dollar", "cent", "euro", "pence", "penny", "yen", "yuan", "renminbi", "rupee", "peso",
		"rand", "ringgit", "shekel", "franc", "krona", "kronor", "krone", "kroner", "crown", "lira",
		"dinar", "dirham", "riyal", "naira", "baht", "ruble", "rouble", "zloty", "sen", "won", "usd",
		"eur", "gbp", "jpy", "cny", "aud", "cad", "chf", "inr", "hkd", "sgd", "nzd", "rmb", "p", "rm":
		return true
	}
	return false
}
