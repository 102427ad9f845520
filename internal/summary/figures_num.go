package summary

import (
	"strconv"
	"strings"
)

// figAmt is one amount: a number with its currency, scale and measure unit.
type figAmt struct {
	first, last int     // token range [first, last)
	value       float64 // the value, scale applied
	raw         float64 // the value as written, before the scale
	scale       float64 // the scale applied (1 when none)
	low, high   float64 // range ends
	cur         string  // currency written before the number
	unit        string  // currency or measure unit
	qual        string  // qualifier of a vague amount ("millions of")
	digits      int     // digits of a plain integer (no commas, no decimals); 0 otherwise
	numTok      int     // the token of the first numeral
	scaled      bool
	vague       bool // "millions of": no exact value
	word        bool // spelled out
	frac        bool
	integer     bool
	plus        bool // "40-plus"
	odd         bool // "40-odd"
	skip        bool // consumed but not a figure (date, name, score)
}

// amount reads the amount starting at token i: sign, currency, number
// (digits or words), scale and unit.
func (s *figScanner) amount(i int) (figAmt, bool) {
	a := figAmt{first: i, scale: 1}
	j, neg := s.sign(i)
	cur, j := s.currencyPrefix(j)
	a.cur = cur
	var ok bool
	switch {
	case s.isNum(j):
		ok = s.digitAmount(&a, j)
	case s.isWord(j) && !neg:
		ok = s.wordAmount(&a, j)
	}
	if !ok || a.skip {
		return a, ok
	}
	if neg {
		a.value, a.raw = -a.value, -a.raw
	}
	s.scales(&a)
	if a.cur != "" {
		a.unit = a.cur
		a.last = s.rate(a.last, &a.unit)
	} else {
		s.unitAfter(&a)
	}
	if !a.word && !a.frac && s.excludedNum(&a) {
		a.skip = true
	}
	return a, true
}

// sign reads a leading minus ("-5", "minus 387", "minus-130").
func (s *figScanner) sign(i int) (int, bool) {
	if (s.isDash(i) || s.isP(i, '−')) && s.toks[i].gap && s.isNum(i+1) && s.att(i+1) {
		return i + 1, true
	}
	if s.is(i, "minus") {
		if s.isNum(i+1) && !s.att(i+1) {
			return i + 1, true
		}
		if s.isDash(i+1) && s.att(i+1) && s.isNum(i+2) && s.att(i+2) {
			return i + 2, true
		}
	}
	return i, false
}

// currencyPrefix reads a currency written before the number ("$", "US$",
// "$US", "C $", "RM", "USD", "Y=") and returns it with the number's token.
func (s *figScanner) currencyPrefix(j int) (string, int) {
	if j >= s.n() {
		return "", j
	}
	if s.toks[j].kind == fkPunct {
		sym, ok := figCurrencySymbols[s.w(j)]
		if !ok {
			return "", j
		}
		k := j + 1
		if s.isWord(k) && s.att(k) && s.isNum(k+1) && s.att(k+1) {
			switch code := s.w(k); code {
			case "US":
				return "US$", k + 1
			case "A", "AU", "NZ", "C", "HK", "S":
				return sym + code, k + 1
			}
		}
		if s.isNum(k) {
			return sym, k
		}
		return "", j
	}
	if !s.isWord(j) {
		return "", j
	}
	if !s.has(j, fcCurWord) {
		return "", j
	}
	code := s.w(j)
	unit, ok := figCurrencyWords[code]
	if !ok {
		return "", j
	}
	switch {
	case s.isP(j+1, '$') && s.isNum(j+2):
		if !strings.HasSuffix(unit, "$") {
			unit = code + "$"
		}
		return unit, j + 2
	case code == "Y":
		if s.isP(j+1, '=') && s.att(j+1) && s.isNum(j+2) && s.att(j+2) {
			return "Y", j + 2
		}
	case code == "R" && s.isNum(j+1) && s.att(j+1) && s.randAmount(j+1):
		return "R", j + 1 // R15 million (rand)
	case strings.HasSuffix(unit, "$"):
	case s.isNum(j+1) && (s.att(j+1) || len(code) == 3 || figSpacedCode[code]):
		return unit, j + 1
	case code == "Rs" && s.isP(j+1, '.') && s.isNum(j+2):
		return unit, j + 2
	}
	return "", j
}

// digitAmount reads a number written in digits at token j.
func (s *figScanner) digitAmount(a *figAmt, j int) bool {
	w := s.w(j)
	a.numTok, a.last = j, j+1
	if len(w) > 1 && w[0] == '0' && w[1] != '.' && a.cur == "" {
		a.skip = true
		return true
	}
	v, commas, ok := figInteger(w)
	if !ok {
		var err error
		if v, err = strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64); err != nil {
			return false
		}
	}
	a.value, a.raw = v, v
	switch {
	case ok && !commas, !ok && !strings.ContainsAny(w, ",."):
		a.integer, a.digits = true, len(w)
	case ok, !strings.Contains(w, "."):
		a.integer = true
	}
	if s.isP(j+1, '/') && s.att(j+1) && s.isNum(j+2) && s.att(j+2) {
		d, _ := strconv.ParseFloat(s.w(j+2), 64)
		a.last = j + 3
		switch d {
		case 2, 3, 4, 5, 6, 8, 10, 16, 32, 100:
			if a.integer && v < d && !s.isP(j+3, '/') {
				a.value, a.raw, a.frac, a.integer, a.digits = v/d, v/d, true, false, 0
				return true
			}
		}
		a.skip = true
		return true
	}
	if a.integer && s.isNum(j+1) && !s.att(j+1) && s.isP(j+2, '/') && s.att(j+2) && s.isNum(j+3) && s.att(j+3) {
		n, _ := strconv.ParseFloat(s.w(j+1), 64)
		if d, _ := strconv.ParseFloat(s.w(j+3), 64); n < d && d <= 16 && !s.isP(j+4, '/') {
			a.value, a.raw, a.last, a.integer, a.digits = v+n/d, v+n/d, j+4, false, 0
			return true // 2 1/2
		}
	}
	if f, ok := s.uniFrac(min(j+1, s.n()-1)); ok && s.att(j+1) && a.integer {
		a.value, a.raw, a.last, a.integer, a.digits = v+f, v+f, j+2, false, 0
	}
	return true
}

// figInteger reads a number token of digits and thousands commas with at
// most 15 digits, whose value as a float64 is exact; ok is false for any
// other token (a decimal, a longer number), left to strconv.
func figInteger(w string) (v float64, commas, ok bool) {
	n, digits := int64(0), 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			n = n*10 + int64(c-'0')
			digits++
		case c == ',':
			commas = true
		default:
			return 0, false, false
		}
	}
	if digits > 15 {
		return 0, false, false
	}
	return float64(n), commas, true
}

// uniFrac returns the value of the vulgar fraction character at token k.
func (s *figScanner) uniFrac(k int) (float64, bool) {
	if t := s.toks[k]; t.kind != fkPunct || t.v < 0x80 {
		return 0, false // every key is one character beyond ASCII
	}
	f, ok := figUniFrac[s.w(k)]
	return f, ok
}

// attachedScale reports whether an "m" or "k" written against the digits
// at token k is a scale ("€30m", "1.2m tons", "35m of") rather than a unit
// ("37m", metres).
func (s *figScanner) attachedScale(a *figAmt, k int) bool {
	if a.cur != "" {
		return true
	}
	if !s.isWord(k+1) || s.att(k+1) {
		return false
	}
	nx, c := string(s.lw(k+1)), s.cls(k+1)
	if c&fcMetre != 0 && nx != "of" {
		return false // 400m hurdles
	}
	if nx == "of" || c&fcIrregular != 0 || nx == "tons" || nx == "tonnes" || nx == "barrels" || figMoney(nx) {
		return true
	}
	if c&fcUnit != 0 {
		return false
	}
	if strings.Contains(s.w(a.numTok), ".") && c&fcMetre == 0 {
		return true // "2.7m combined sales"
	}
	return figLooksPlural(nx, c) && c&fcStop == 0
}

// wordAmount reads a number spelled out at token j ("two", "a dozen",
// "twenty-five", "half a million", "millions of", "two-thirds").
func (s *figScanner) wordAmount(a *figAmt, j int) bool {
	lw := string(s.lw(j))
	a.word, a.numTok = true, j
	switch {
	case lw == "a" || lw == "an":
		return s.articleAmount(a, j)
	case lw == "half":
		return s.halfAmount(a, j)
	case lw == "tens" || figVague[lw] > 0:
		return s.vagueAmount(a, j)
	}
	if _, ok := figSmall[lw]; !ok {
		return false
	}
	if s.upper(j) && j > 0 && s.upper(j-1) && !s.has(j-1, fcNameOK) {
		return false // "Formula One", "Channel Four"
	}
	v, k := s.spelled(j)
	a.value, a.raw, a.last = v, v, k
	a.integer = true
	if f, n := s.fractionWord(k); n > 0 && v >= 1 {
		a.value, a.raw, a.last, a.frac, a.integer = v*f, v*f, k+n, true, false
	}
	if lw == "one" && k == j+1 && !s.oneCounts(j) {
		return false
	}
	return true
}

// spelled adds up number words from token j: "one hundred and five",
// "twenty-five", "two thousand", "three and a half".
func (s *figScanner) spelled(j int) (float64, int) {
	total, cur := 0.0, 0.0
	k, prev := j, ""
	for k < s.n() && s.isWord(k) {
		lw := string(s.lw(k))
		v, small := figSmall[lw]
		switch {
		case small && (prev == "" || prev == "hundred" || prev == "scale" || prev == "and" ||
			(prev == "tens" && v < 10 && v > 0)):
			cur += v
			prev = "small"
			if v >= 20 && int(v)%10 == 0 {
				prev = "tens"
			}
		case lw == "hundred" && prev != "" && prev != "and" && prev != "hundred":
			cur *= 100
			prev = "hundred"
		case (lw == "thousand" || lw == "million" || lw == "billion" || lw == "trillion") && prev != "" && prev != "and":
			total += cur * figScale[lw]
			cur, prev = 0, "scale"
		case lw == "and" && (prev == "hundred" || prev == "scale") && s.has(k+1, fcSmall) && figSmall[string(s.lw(k+1))] > 0:
			prev = "and"
		case lw == "and" && prev != "and" && s.is(k+1, "a") && s.is(k+2, "half"):
			return total + cur + 0.5, k + 3
		default:
			return total + cur, k
		}
		k++
		if prev == "tens" && s.isDash(k) && s.att(k) && s.isWord(k+1) && s.att(k+1) {
			if u := figSmall[string(s.lw(k+1))]; u > 0 && u < 10 {
				cur += u
				k += 2
				prev = "small"
			}
		}
	}
	return total + cur, k
}

// fractionWord reads "thirds", "-thirds", "quarters" after a spelled
// number when the phrase is a fraction ("two-thirds of", "three quarters").
func (s *figScanner) fractionWord(k int) (float64, int) {
	n := 0
	if s.isDash(k) && s.att(k) && s.att(k+1) {
		n = 1
	}
	if !s.isWord(k + n) {
		return 0, 0
	}
	f, ok := figFraction[string(s.lw(k+n))]
	if !ok || (n == 0 && !s.is(k+1, "of") && !s.is(k+1, "the")) {
		return 0, 0
	}
	return f, n + 1
}

// oneCounts reports whether a lone "one" at token j is a figure: "one
// year", "one person", "one to two" — not "one of", "no one", "one day".
func (s *figScanner) oneCounts(j int) bool {
	if j > 0 && s.isWord(j-1) {
		switch string(s.lw(j - 1)) {
		case "the", "this", "that", "which", "any", "every", "each", "no", "another",
			"at", "on", "in", "with", "like", "such", "last", "first", "number", "no.":
			return false
		}
	}
	if !s.isWord(j+1) || !s.toks[j+1].gap {
		return s.isDash(j+1) && s.att(j+1) && s.isWord(j+2) && s.att(j+2) && !s.has(j+2, fcOneCompound)
	}
	nx := string(s.lw(j + 1))
	if nx == "out" && s.is(j+2, "of") || nx == "in" {
		k := j + 2
		if nx == "out" {
			k++
		}
		return s.isNum(k) || s.has(k, fcSmall) && figSmall[string(s.lw(k))] > 1
	}
	if nx == "of" {
		return s.has(j+2, fcDet) // one of the largest ports
	}
	if nx == "to" || nx == "or" {
		return s.isNum(j+2) || s.has(min(j+2, s.n()-1), fcSmall) && figSmall[string(s.lw(min(j+2, s.n()-1)))] > 0
	}
	if figStop[nx] || figOneIdiom[nx] || strings.HasSuffix(nx, "ly") || strings.HasSuffix(nx, "s") {
		return false
	}
	return true
}

// articleAmount reads "a dozen", "a million", "a third of", "an estimated".
func (s *figScanner) articleAmount(a *figAmt, j int) bool {
	if !s.isWord(j + 1) {
		return false
	}
	nx := string(s.lw(j + 1))
	if m, ok := figScale[nx]; ok && len(nx) > 3 || nx == "dozen" {
		if nx == "dozen" {
			m = 12
		}
		if nx == "hundred" && s.is(j+2, "percent") {
			return false
		}
		a.value, a.raw, a.last, a.integer = m, m, j+2, true
		return true
	}
	if f, ok := figFraction[nx]; ok && (s.is(j+2, "of") || s.is(j+2, "the")) && !strings.HasSuffix(nx, "s") {
		a.value, a.raw, a.last, a.frac = f, f, j+2, true
		return true
	}
	return false
}

// halfAmount reads "half a million", "half the condos", "half of".
func (s *figScanner) halfAmount(a *figAmt, j int) bool {
	if j > 0 && s.isWord(j-1) {
		switch string(s.lw(j - 1)) {
		case "first", "second", "the", "a", "this", "that", "last", "next", "other":
			return false
		}
	}
	if (s.is(j+1, "a") || s.is(j+1, "an")) && s.isWord(j+2) {
		if m, ok := figScale[string(s.lw(j+2))]; ok && m >= 1e3 {
			a.value, a.raw, a.last = m/2, m/2, j+3
			return true
		}
		if _, ok := figUnitsFold[string(s.lw(j+2))]; ok {
			a.value, a.raw, a.last, a.frac = 0.5, 0.5, j+2, true // half an hour
			return true
		}
		return false
	}
	switch string(s.lw(min(j+1, s.n()-1))) {
	case "of", "the", "its", "their", "his", "her", "our", "all":
		if j+1 < s.n() && s.toks[j+1].gap {
			a.value, a.raw, a.last, a.frac = 0.5, 0.5, j+1, true
			return true
		}
	}
	return false
}

// vagueAmount reads "millions of", "tens of thousands of", "dozens of".
func (s *figScanner) vagueAmount(a *figAmt, j int) bool {
	lw := string(s.lw(j))
	v, k := figVague[lw], j+1
	if lw == "tens" || lw == "hundreds" {
		if s.is(k, "of") && s.isWord(k+1) && figVague[string(s.lw(k+1))] >= 1e3 {
			mult := 10.0
			if lw == "hundreds" {
				mult = 100
			}
			v, k = mult*figVague[string(s.lw(k+1))], k+2
		} else if lw == "tens" {
			return false
		}
	}
	if j > 0 && (s.is(j-1, "the") || s.is(j-1, "by") || s.is(j-1, "in")) && !s.is(k, "of") {
		return false
	}
	a.vague = true
	a.value, a.raw, a.last = v, v, k
	if s.is(k, "of") {
		a.last = k + 1
	}
	a.qual = strings.ToLower(s.text[s.toks[j].s:s.toks[a.last-1].e])
	return true
}

// randAmount reports whether the number at token k after a bare "R" reads
// as money: it has a scale or thousands commas ("R15 million", "R2,500").
func (s *figScanner) randAmount(k int) bool {
	if strings.Contains(s.w(k), ",") {
		return true
	}
	if s.isWord(k + 1) {
		lw := string(s.lw(k + 1))
		return figScale[lw] >= 1e6 || figAttachedScale[s.w(k+1)] >= 1e6 && s.att(k+1)
	}
	return false
}
