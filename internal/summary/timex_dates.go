package summary

import (
	"fmt"
	"time"
)

// Matchers for calendar dates: numeric and ISO dates, month names,
// weekdays, years and decades, quarters and txSeasons.

// mNumericDate matches 2024-08-22 and 8/22/2024.
func (p *txParser) mNumericDate(i int) (txMatch, bool) {
	a, ok1 := p.num(i)
	b, ok2 := p.num(i + 2)
	c, ok3 := p.num(i + 4)
	if !ok1 || !ok2 || !ok3 || !p.joined(i+1) || !p.joined(i+2) || !p.joined(i+3) || !p.joined(i+4) {
		return txMatch{}, false
	}
	sep := p.lo(i + 1)
	if sep != p.lo(i+3) || (sep != "-" && sep != "/" && sep != ".") {
		return txMatch{}, false
	}
	if p.joined(i+5) && p.toks[i+5].kind == txTkNum {
		return txMatch{}, false
	}
	var y, m, d int
	switch {
	case len(p.toks[i].lo) == 4 && sep == "-":
		y, m, d = a, b, c
	case len(p.toks[i+4].lo) == 4 && sep != "-":
		y, m, d = c, a, b
		if m > 12 {
			m, d = d, m
		}
	case len(p.toks[i+4].lo) == 2 && sep == "/":
		y, m, d = 1900+c, a, b
		if c < 50 {
			y = 2000 + c
		}
	default:
		return txMatch{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999 {
		return txMatch{}, false
	}
	return txMatch{end: i + 5, typ: "DATE", val: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
}

// monthAt returns the month named at token i and the index after it (and
// after an abbreviation's period).
func (p *txParser) monthAt(i int) (int, int, bool) {
	if i >= len(p.toks) || !p.toks[i].cap {
		return 0, 0, false
	}
	w := p.lo(i)
	m, ok := txMonthNames[w]
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	full := len(w) > 4 || w == "may" || w == "june" || w == "july"
	if p.lo(j) == "." && p.joined(j) && !full {
		j++
	} else if !full {
		if _, isNum := p.num(j); !isNum {
			return 0, 0, false
		}
	}
	return m, j, true
}

// yearAt returns the four-digit year at token i.
func (p *txParser) yearAt(i int) (int, bool) {
	if i >= len(p.toks) || len(p.toks[i].lo) != 4 {
		return 0, false
	}
	y, ok := p.num(i)
	return y, ok && y >= 1000 && y <= 2999
}

// dayAt returns a day of month (1..31, optionally "31st") at token i and
// the index after it.
func (p *txParser) dayAt(i int) (int, int, bool) {
	if i >= len(p.toks) || len(p.toks[i].lo) > 2 {
		return 0, 0, false
	}
	d, ok := p.num(i)
	if !ok || d < 1 || d > 31 {
		return 0, 0, false
	}
	j := i + 1
	switch p.lo(j) {
	case "st", "nd", "rd", "th":
		if p.joined(j) {
			j++
		}
	}
	return d, j, true
}

// mMonth matches "May 31", "Aug. 7, 1998", "March 1996", "July last year"
// and a bare month name.
func (p *txParser) mMonth(i int) (txMatch, bool) {
	m, j, ok := p.monthAt(i)
	if !ok {
		return txMatch{}, false
	}
	if d, k, ok := p.dayAt(j); ok {
		if _, isYear := p.yearAt(j); !isYear {
			y, yk := p.yearAfter(k)
			if yk == k {
				if !p.has {
					return txMatch{end: k, typ: "DATE", val: fmt.Sprintf("XXXX-%02d-%02d", m, d)}, true
				}
				y = p.monthYear(m, d, i, k)
				if t := txDate(y, m, d); p.lo(i-1) == "last" && t.After(p.ref) {
					y--
				} else if p.lo(i-1) == "next" && t.Before(p.ref) {
					y++
				}
			}
			return txMatch{end: yk, typ: "DATE", val: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
		}
	}
	if y, k := p.yearAfter(j); k > j {
		return txMatch{end: k, typ: "DATE", val: txFmtMonth(y, m)}, true
	}
	if p.lo(j) == "of" {
		if y, ok := p.yearAt(j + 1); ok {
			return txMatch{end: j + 2, typ: "DATE", val: txFmtMonth(y, m)}, true
		}
		if rel, ok := txDeicticDir[p.lo(j+1)]; ok && p.lo(j+2) == "year" && p.has && (rel != 0 || p.lo(j+1) == "this") && p.lo(j+1) != "past" {
			return txMatch{end: j + 3, typ: "DATE", val: txFmtMonth(p.ref.Year()+rel, m)}, true // March of next year
		}
		if (p.lo(j+1) == "that" || p.lo(j+1) == "the") && p.lo(j+2) == "same" && p.lo(j+3) == "year" || p.lo(j+1) == "that" && p.lo(j+2) == "year" {
			if p.lastYear > 0 { // "in October of that year": the year in focus
				return txMatch{end: j + 3 + btoi(p.lo(j+2) == "same"), typ: "DATE", val: txFmtMonth(p.lastYear, m)}, true
			}
		}
	}
	if rel, ok := txDeicticDir[p.lo(j)]; ok && (p.lo(j) == "this" || p.lo(j) == "last" || p.lo(j) == "next") && p.lo(j+1) == "year" && p.has {
		return txMatch{end: j + 2, typ: "DATE", val: txFmtMonth(p.ref.Year()+rel, m)}, true
	}
	if !p.mayIsMonth(i) && (m == 5 || p.titleCase(i) || m == 3 && p.marchName(i, j)) {
		return txMatch{}, false
	}
	if !p.has {
		return txMatch{end: j, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", m)}, true
	}
	return txMatch{end: j, typ: "DATE", val: txFmtMonth(p.monthYear(m, 0, i, j), m)}, true
}

// yearAfter reads an optional ", 1998" or " 1998" at token k.
func (p *txParser) yearAfter(k int) (int, int) {
	if p.lo(k) == "," {
		if y, ok := p.yearAt(k + 1); ok {
			return y, k + 2
		}
	}
	if y, ok := p.yearAt(k); ok {
		return y, k + 1
	}
	if y, n, ok := p.spelledYear(k); ok {
		return y, k + n
	}
	return 0, k
}

// mayIsMonth tells the month May from the modal verb.
func (p *txParser) mayIsMonth(i int) bool {
	switch p.lo(i - 1) {
	case "in", "since", "last", "next", "early", "late", "mid", "until", "by", "of",
		"this", "through", "from", "during", "-", "and", "or", "to", "between", "before", "after":
		return true
	}
	return false
}

// marchName reports whether the bare "March" at token i (j after it)
// names a march: "the annual March for Life", "Women's March on Washington".
func (p *txParser) marchName(i, j int) bool {
	switch p.lo(i - 1) {
	case "annual", "s": // not "the March accession"
		return true
	}
	next := p.lo(j)
	return next == "for" || next == "against" || next == "on" && j+1 < len(p.toks) && p.toks[j+1].cap
}

// titleCase reports whether token i stands among capitalised words, as in
// a title-case headline ("Troops March On Capital"), where a bare month
// name is likely another word.
func (p *txParser) titleCase(i int) bool {
	caps := 0
	for _, k := range []int{i - 2, i - 1, i + 1, i + 2} {
		if k >= 0 && k < len(p.toks) && p.toks[k].kind == txTkWord && p.toks[k].cap {
			caps++
		}
	}
	return caps >= 2
}

// mDayMonth matches "14 March 2025" and "the 14th of March".
func (p *txParser) mDayMonth(i int) (txMatch, bool) {
	d, j, ok := p.dayAt(i)
	if !ok {
		return txMatch{}, false
	}
	if p.lo(j) == "of" {
		j++
	}
	m, k, ok := p.monthAt(j)
	if !ok {
		return txMatch{}, false
	}
	y, yk := p.yearAfter(k)
	if yk == k {
		if !p.has {
			return txMatch{end: k, typ: "DATE", val: fmt.Sprintf("XXXX-%02d-%02d", m, d)}, true
		}
		y = p.monthYear(m, d, i, k)
	}
	return txMatch{end: yk, typ: "DATE", val: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
}

// weekdayAt returns the weekday named at token i and the index after it.
func (p *txParser) weekdayAt(i int) (int, int, bool) {
	if i >= len(p.toks) || !p.toks[i].cap {
		return 0, 0, false
	}
	w := p.lo(i)
	wd, ok := txWeekdayNames[w]
	if !ok {
		return 0, 0, false
	}
	if len(w) < 6 {
		if p.lo(i+1) != "." || !p.joined(i+1) {
			return 0, 0, false
		}
		return wd, i + 2, true
	}
	return wd, i + 1, true
}

// mWeekday matches "Friday", "Thursday night", "Friday, Oct. 23".
func (p *txParser) mWeekday(i int) (txMatch, bool) {
	wd, j, ok := p.weekdayAt(i)
	if !ok {
		return txMatch{}, false
	}
	k := j
	if p.lo(k) == "," {
		k++
	}
	if m, ok := p.mMonth(k); ok && len(m.val) == 10 {
		return txMatch{end: m.end, typ: "DATE", val: p.weekdayFits(wd, m, k)}, true
	}
	if m, ok := p.mDayMonth(k); ok && len(m.val) == 10 {
		return txMatch{end: m.end, typ: "DATE", val: p.weekdayFits(wd, m, k)}, true
	}
	if pod, ok := p.pluralPartOfDay(j); ok { // "Tuesday nights", "Monday and Tuesday nights"
		end := j
		if p.lo(j) != "and" && p.lo(j) != "or" {
			end++
		}
		return txMatch{end: end, typ: "SET", val: "XXXX-WXX-" + string(rune('0'+wd)) + pod}, true
	}
	var day string
	if p.has {
		day = txFmtDay(p.weekdayDate(wd, i, j))
	} else {
		day = "XXXX-WXX-" + string(rune('0'+wd))
	}
	if pod, ok := txPartOfDay[p.lo(j)]; ok && pod[1] != '1' && pod[1] != '2' && p.lo(j) != "overnight" {
		return txMatch{end: j + 1, typ: "TIME", val: day + pod}, true
	}
	return txMatch{end: j, typ: "DATE", val: day}, true
}

// pluralPartOfDay reads a plural day part at token j ("nights"), also
// across a second weekday ("and Tuesday nights"): the weekday is a set.
func (p *txParser) pluralPartOfDay(j int) (string, bool) {
	if w := p.lo(j); w == "and" || w == "or" {
		if _, k, ok := p.weekdayAt(j + 1); ok {
			j = k
		}
	}
	w := p.lo(j)
	if len(w) < 6 || w[len(w)-1] != 's' {
		return "", false
	}
	pod, ok := txPartOfDay[w]
	return pod, ok
}

// weekdayFits returns the value of date m (tokens [k, m.end)) named with
// weekday wd: when the text gives no year and the guessed year puts the
// date on another weekday, the nearest year where the two agree
// ("Thursday 16th April" is a Thursday).
func (p *txParser) weekdayFits(wd int, m txMatch, k int) string {
	t, err := time.Parse("2006-01-02", m.val)
	if err != nil || txIsoWeekday(t) == wd {
		return m.val
	}
	for q := k; q < m.end; q++ {
		if _, ok := p.yearAt(q); ok {
			return m.val // the year is written: keep the text's date
		}
	}
	for _, dy := range []int{-1, 1} {
		if u := txDate(t.Year()+dy, int(t.Month()), t.Day()); u.Day() == t.Day() && txIsoWeekday(u) == wd {
			return txFmtDay(u)
		}
	}
	return m.val
}

// txRelDays are the deictic day words.
var txRelDays = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

// mRelDay matches "today", "yesterday morning", "tonight".
func (p *txParser) mRelDay(i int) (txMatch, bool) {
	w := p.lo(i)
	n, ok := txRelDays[w]
	if !ok {
		return txMatch{}, false
	}
	if w == "today" && p.toks[i].cap && i > 0 && p.toks[i-1].kind == txTkWord && p.toks[i-1].cap && p.toks[i-1].e == p.toks[i].s-1 {
		return txMatch{}, false // a title: "USA Today", "Kathmandu Today"
	}
	day := "XXXX-XX-XX"
	if p.has {
		day = txFmtDay(p.ref.AddDate(0, 0, n))
	}
	if w == "tonight" {
		return txMatch{end: i + 1, typ: "TIME", val: day + "TNI"}, true
	}
	if pod, ok := txPartOfDay[p.lo(i+1)]; ok && p.lo(i+1) != "overnight" {
		if pod[1] == '1' || pod[1] == '2' {
			return txMatch{end: i + 2, typ: "TIME", val: day + pod}, true
		}
		return txMatch{end: i + 2, typ: "TIME", val: day + pod}, true
	}
	return txMatch{end: i + 1, typ: "DATE", val: day}, true
}

// decadeAt returns the decade digit of a spelled decade at token j
// ("the nineties"), which counts only after "the".
func (p *txParser) decadeAt(j int, the bool) (int, bool) {
	if !the {
		return 0, false
	}
	d, ok := txDecadeWords[p.lo(j)]
	return d, ok
}

// mYear matches "1998", "fiscal 1989", "the 1990s", "'90s".
func (p *txParser) mYear(i int) (txMatch, bool) {
	j := i
	the := p.lo(j) == "the"
	if the {
		j++
	}
	if p.lo(j) == "fiscal" {
		j++
		if p.lo(j) == "year" {
			j++
		}
	}
	if p.lo(j) == "'" {
		if n, ok := p.num(j + 1); ok && len(p.lo(j+1)) == 2 && p.lo(j+2) == "s" && p.joined(j+2) {
			return txMatch{end: j + 3, typ: "DATE", val: fmt.Sprintf("19%d", n/10)}, true
		}
		return txMatch{}, false
	}
	if d, ok := p.decadeAt(j, the); ok {
		if !p.has {
			return txMatch{end: j + 1, typ: "DATE", val: fmt.Sprintf("XX%d", d)}, true
		}
		c := p.ref.Year() / 100
		if d*10 > p.ref.Year()%100 {
			c--
		}
		return txMatch{end: j + 1, typ: "DATE", val: fmt.Sprintf("%02d%d", c, d)}, true
	}
	if v, end, ok := p.yearEnd(j); ok {
		return txMatch{end: end, typ: "DATE", val: v}, true
	}
	y, ok := p.yearAt(j)
	if !ok || y < 1600 || y > 2200 {
		return txMatch{}, false
	}
	if p.lo(i-1) == "$" || p.lo(i-1) == "#" || p.lo(i-1) == "€" || p.lo(i-1) == "£" {
		return txMatch{}, false
	}
	if p.lo(j+1) == "s" && p.joined(j+1) {
		return txMatch{end: j + 2, typ: "DATE", val: fmt.Sprintf("%03d", y/10)}, true
	}
	if the {
		return txMatch{}, false
	}
	if p.lo(j+1) == "-" && (p.lo(j+2) == "end" || p.lo(j+2) == "ago") {
		return txMatch{}, false
	}
	next := p.lo(j + 1)
	if txTimezones[next] && p.toks[j+1].cap || next == "local" && p.lo(j+2) == "time" {
		return txMatch{}, false // 2030 GMT is a clock time
	}
	if txMeasureNouns[next] || next == "%" || p.joined(j+1) && (next == "." || next == ",") && p.toks[j+1].e < len(p.text) && txIsASCIIDigit(p.text[p.toks[j+1].e]) {
		return txMatch{}, false
	}
	return txMatch{end: j + 1, typ: "DATE", val: txFmtYear(y)}, true
}

// yearEnd matches "year-end", "year end", "year's end" at j.
func (p *txParser) yearEnd(j int) (string, int, bool) {
	if p.lo(j) != "year" {
		return "", 0, false
	}
	y := "XXXX"
	if p.has {
		y = txFmtYear(p.ref.Year())
		if p.lo(j-1) == "since" {
			y = txFmtYear(p.ref.Year() - 1)
		}
	}
	switch {
	case p.lo(j+1) == "-" && p.lo(j+2) == "end":
		return y + "-12-31", j + 3, true
	case p.lo(j+1) == "end":
		return y, j + 2, true
	case p.lo(j+1) == "'" && p.lo(j+2) == "s" && p.lo(j+3) == "end":
		return y, j + 4, true
	}
	return "", 0, false
}

// btoi is 1 for true, 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func txIsASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// txWeekStart returns the Monday of t's ISO week.
func txWeekStart(t time.Time) time.Time { return t.AddDate(0, 0, 1-txIsoWeekday(t)) }
