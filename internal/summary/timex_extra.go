package summary

import (
	"fmt"
	"strings"
	"time"
)

// Matchers for holidays, spelled-out years and ordinal centuries; the
// discourse helpers of the quarter focus, the business-period context and
// the anchors of "the following month" and "one day".

// txHoliday is a named day: fixed (month, day) or computed by fn.
type txHoliday struct {
	words []string // lower-case words after the first
	m, d  int
	fn    func(y int) time.Time
}

// txHolidays are keyed by their first word.
var txHolidays = map[string][]txHoliday{
	"christmas":    {{words: []string{"eve"}, m: 12, d: 24}, {words: []string{"day"}, m: 12, d: 25}, {m: 12, d: 25}},
	"thanksgiving": {{words: []string{"day"}, fn: thanksgiving}, {fn: thanksgiving}},
	"election":     {{words: []string{"day"}, fn: electionDay}},
	"independence": {{words: []string{"day"}, m: 7, d: 4}},
	"easter":       {{words: []string{"sunday"}, fn: easter}, {fn: easter}},
	"halloween":    {{m: 10, d: 31}},
	"valentine":    {{words: []string{"'", "s", "day"}, m: 2, d: 14}},
	"new":          {{words: []string{"year", "'", "s", "day"}, m: 1, d: 1}, {words: []string{"year", "'", "s", "eve"}, m: 12, d: 31}},
	"labor":        {{words: []string{"day"}, fn: laborDay}},
	"memorial":     {{words: []string{"day"}, fn: memorialDay}},
}

// nthWeekday returns the n-th weekday wd (time.Weekday) of month m in y;
// n < 0 counts from the month's end.
func nthWeekday(y, m int, wd time.Weekday, n int) time.Time {
	if n < 0 {
		t := txDate(y, m+1, 0)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := txDate(y, m, 1)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

func thanksgiving(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) }
func laborDay(y int) time.Time     { return nthWeekday(y, 9, time.Monday, 1) }
func memorialDay(y int) time.Time  { return nthWeekday(y, 5, time.Monday, -1) }

// electionDay is the Tuesday after the first Monday of November.
func electionDay(y int) time.Time { return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) }

// easter computes Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return txDate(y, month, day)
}

// mHoliday matches "Thanksgiving Day", "Christmas", "last Thanksgiving".
func (p *txParser) mHoliday(i int) (txMatch, bool) {
	j := i
	dir := 0
	if lo := p.lo(j); lo == "last" || lo == "next" || lo == "this" {
		if d, ok := txDeicticDir[lo]; ok {
			dir = d
			j++
		}
	}
	if j >= len(p.toks) || !p.toks[j].cap {
		return txMatch{}, false
	}
	for _, h := range txHolidays[p.lo(j)] {
		k := j + 1
		ok := true
		for _, w := range h.words {
			if p.lo(k) != w {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if !p.has {
			return txMatch{end: k, typ: "DATE", val: "XXXX-XX-XX"}, true
		}
		at := func(y int) time.Time {
			if h.fn != nil {
				return h.fn(y)
			}
			return txDate(y, h.m, h.d)
		}
		y := p.ref.Year()
		t := at(y)
		switch {
		case dir < 0 && !t.Before(p.ref), dir == 0 && t.Sub(p.ref) > 60*24*time.Hour && p.tenseAt(i, k) == txTensePast:
			t = at(y - 1)
		case dir > 0 && !t.After(p.ref):
			t = at(y + 1)
		}
		return txMatch{end: k, typ: "DATE", val: txFmtDay(t)}, true
	}
	return txMatch{}, false
}

// spelledYear matches "nineteen ninety-six" and "two thousand (and) one"
// at token i.
func (p *txParser) spelledYear(i int) (int, int, bool) {
	switch p.lo(i) {
	case "nineteen", "eighteen", "twenty":
		if p.lo(i+1) == "-" {
			return 0, 0, false
		}
		hi := txNumberWords[p.lo(i)]
		lo, k, ok := p.number(i + 1)
		if !ok || lo < 10 || lo > 99 || p.toks[i+1].kind != txTkWord {
			return 0, 0, false
		}
		return hi*100 + lo, 1 + k, true
	case "two":
		if p.lo(i+1) != "thousand" {
			return 0, 0, false
		}
		k := 2
		if p.lo(i+k) == "and" {
			k++
		}
		if n, nk, ok := p.number(i + k); ok && n > 0 && n < 100 && p.toks[i+k].kind == txTkWord && p.lo(i+k) != "a" {
			return 2000 + n, k + nk, true
		}
		return 2000, 2, true
	}
	return 0, 0, false
}

// mSpelledYear matches "nineteen ninety-six" and "the year two thousand".
func (p *txParser) mSpelledYear(i int) (txMatch, bool) {
	j := i
	if p.lo(j) == "the" && p.lo(j+1) == "year" {
		j += 2
	}
	y, k, ok := p.spelledYear(j)
	if !ok || j == i && y == 2000 && k == 2 {
		return txMatch{}, false
	}
	return txMatch{end: j + k, typ: "DATE", val: txFmtYear(y)}, true
}

// mCentury matches "the 20th century" and "the twentieth century".
func (p *txParser) mCentury(i int) (txMatch, bool) {
	j := i
	if p.lo(j) == "the" {
		j++
	}
	n := 0
	if v, ok := p.num(j); ok && p.joined(j+1) {
		switch p.lo(j + 1) {
		case "st", "nd", "rd", "th":
			n = v
			j += 2
		}
	} else if lo := p.lo(j); len(lo) >= 9 { // the shortest ordinal key
		if v, ok := txCenturyOrdinals[lo]; ok {
			n = v
			j++
		}
	}
	if n < 1 || n > 30 {
		return txMatch{}, false
	}
	if p.lo(j) == "-" {
		j++
	}
	if p.lo(j) != "century" {
		return txMatch{}, false
	}
	return txMatch{end: j + 1, typ: "DATE", val: fmt.Sprintf("%02d", n-1)}, true
}

// txCenturyOrdinals are spelled ordinals of recent centuries.
var txCenturyOrdinals = map[string]int{
	"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

// takesFocus says whether quarter q of year y, named at tokens [i, end),
// becomes the period the text reports on. A quarter not yet over does
// not replace a named one, nor become it in a future clause ("will take
// a fourth-quarter charge"); an earlier quarter of the same year does not
// replace the last complete quarter ("after a flat second quarter").
func (p *txParser) takesFocus(i, end, y, q int) bool {
	if !p.has {
		return true
	}
	cur := p.ref.Year()*4 + (int(p.ref.Month())-1)/3 // index of the last complete quarter, q counted from 1
	if y*4+q > cur {
		return p.focusQ == 0 && p.tenseAt(i, end) != txTenseFuture
	}
	return !(p.focusY*4+p.focusQ == cur && y == p.focusY && q < p.focusQ)
}

// periodYear reads the year after a quarter or half ending at token end:
// ", 1990", "of fiscal 1990", "of last year"; the year and the index after
// it (end itself: none). ok is false for "of the game": no calendar period.
func (p *txParser) periodYear(end int) (int, int, bool) {
	if p.lo(end) != "of" && p.lo(end) != "," {
		return 0, end, true
	}
	if yy, ok := p.yearAt(end + 1); ok {
		return yy, end + 2, true
	}
	if p.lo(end+1) == "fiscal" {
		if yy, ok := p.yearAt(end + 2); ok {
			return yy, end + 3, true
		}
		return 0, end, true
	}
	if p.lo(end) != "of" {
		return 0, end, true
	}
	if rel, ok := txDeicticDir[p.lo(end+1)]; ok && p.lo(end+2) == "year" && p.has {
		return p.ref.Year() + rel, end + 3, true // the second half of last year
	}
	next := p.lo(end + 2)
	return 0, end, !(txDeterminers[p.lo(end+1)] && next != "year" && next != "fiscal" && next != "current")
}

// periodContext reports whether tokens [i, end) stand in a report on
// business periods: a quarter was named before, or the clause speaks of
// profit, sales or the economy.
func (p *txParser) periodContext(i, end int) bool {
	if p.focusQ > 0 {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-12 && !p.clauseStop(k); k-- {
		if txPeriodWords[p.lo(k)] {
			return true
		}
	}
	for k := end; k < len(p.toks) && k < end+12 && !p.clauseStop(k); k++ {
		if txPeriodWords[p.lo(k)] {
			return true
		}
	}
	return false
}

// txDeterminers open a noun phrase.
var txDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "this": true, "that": true, "our": true, "my": true, "your": true,
}

// txPeriodWords speak of the figures of a business period.
var txPeriodWords = map[string]bool{
	"profit": true, "profits": true, "sales": true, "revenue": true, "revenues": true,
	"earnings": true, "net": true, "income": true, "loss": true, "losses": true,
	"results": true, "growth": true, "economy": true, "gdp": true, "output": true,
	"fiscal": true, "dividend": true, "shipments": true, "orders": true, "deficit": true,
	"turnover": true, "margin": true, "margins": true, "%": true, "percent": true,
}

// nameFollows reports whether token k is a capitalised word that is not
// a weekday or a month: the rest of a name ("Daily Mail").
func (p *txParser) nameFollows(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != txTkWord || !p.toks[k].cap {
		return false
	}
	_, wd := txWeekdayNames[p.lo(k)]
	_, mo := txMonthNames[p.lo(k)]
	return !wd && !mo
}

// lastMonth returns the month of the last date emitted with a month or a
// finer precision ("1989-03", "1989-03-05", "1989-03-05TNI").
func (p *txParser) lastMonth() (int, int, bool) {
	for k := len(p.out) - 1; k >= 0 && k >= len(p.out)-50; k-- {
		v := p.out[k].Value
		if len(v) < 7 || v[4] != '-' || !txIsASCIIDigit(v[5]) || !txIsASCIIDigit(v[6]) || len(v) > 7 && v[7] != '-' {
			continue
		}
		y, ok1 := txAtoi(v[:4])
		m, ok2 := txAtoi(v[5:7])
		if ok1 && ok2 && m >= 1 && m <= 12 {
			return y, m, true
		}
	}
	return 0, 0, false
}

// someDay reports whether "one day" at tokens [i, j) means some day to
// come: after a modal ("will one day lead"), before an -ing form after
// "of" ("dreams of one day playing") or before a subject and a modal
// ("one day he will manage").
func (p *txParser) someDay(i, j int) bool {
	if txModals[p.lo(i-1)] {
		return true
	}
	next := p.lo(j)
	if p.lo(i-1) == "of" && len(next) > 5 && strings.HasSuffix(next, "ing") && !txIngNotVerb[next] {
		return true
	}
	if txPluralSubjects[next] || next == "he" || next == "she" {
		return txModals[p.lo(j+1)] // one day he will manage
	}
	return false
}

// txIngNotVerb end in -ing without being verbs.
var txIngNotVerb = map[string]bool{
	"morning": true, "evening": true, "spring": true, "nothing": true, "something": true,
	"everything": true, "anything": true, "during": true, "building": true, "thing": true,
	"ceiling": true, "string": true, "king": true, "wedding": true, "meeting": true,
	"hearing": true, "ruling": true, "funding": true, "earnings": true,
}

// txModals may stand before "one day" meaning some day to come.
var txModals = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true,
	"can": true, "shall": true, "should": true, "ll": true, "must": true,
}

// qQuarter matches "Q3" and "Q3 2008" at token j.
func (p *txParser) qQuarter(j int) (txMatch, bool) {
	if p.lo(j) != "q" || j+1 >= len(p.toks) || !p.joined(j+1) {
		return txMatch{}, false
	}
	q, ok := p.num(j + 1)
	if !ok || q < 1 || q > 4 || len(p.lo(j+1)) != 1 {
		return txMatch{}, false
	}
	y, end := 0, j+2
	if yy, k := p.yearAfter(end); k > end {
		y, end = yy, k
	} else if p.has {
		y = p.ref.Year()
	} else {
		return txMatch{end: end, typ: "DATE", val: fmt.Sprintf("XXXX-Q%d", q)}, true
	}
	return txMatch{end: end, typ: "DATE", val: fmt.Sprintf("%04d-Q%d", y, q), focus: true}, true
}

// txPeriodAdj may stand in "the latest period".
var txPeriodAdj = map[string]bool{"latest": true, "comparable": true, "corresponding": true, "same": true, "recent": true}
