package summary

import (
	"fmt"
	"time"
)

// Matchers for holidays, spelled-out years and ordinal centuries.

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
