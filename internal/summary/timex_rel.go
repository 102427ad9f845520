package summary

import (
	"fmt"
	"time"
)

// Matchers for relative dates ("last week", "10 months ago"), durations
// ("three-week", "the past three years") and clock times.

// number parses a cardinal at token i: its value (-1: vague, "several")
// and the number of tokens it takes.
func (p *txParser) number(i int) (int, int, bool) {
	w := p.lo(i)
	if i < len(p.toks) && p.toks[i].kind == txTkNum {
		n, ok := txAtoi(w)
		if !ok || len(w) > 4 {
			return 0, 0, false
		}
		return n, 1, true
	}
	switch {
	case (w == "a" || w == "an") && p.lo(i+1) == "couple" && p.lo(i+2) == "of":
		return 2, 3, true
	case w == "couple" && p.lo(i+1) == "of":
		return 2, 2, true
	case w == "a" && (p.lo(i+1) == "few" || p.lo(i+1) == "dozen"):
		if p.lo(i+1) == "dozen" {
			return 12, 2, true
		}
		return -1, 2, true
	case txVagueNumbers[w]:
		return -1, 1, true
	}
	n, ok := txNumberWords[w]
	if !ok {
		return 0, 0, false
	}
	k := 1
	if n >= 20 && n < 100 { // twenty-four, twenty four
		j := i + 1
		if p.lo(j) == "-" && p.joined(j) {
			j++
		}
		if u, ok := txNumberWords[p.lo(j)]; ok && u < 10 && p.lo(j) != "a" && p.lo(j) != "an" {
			n += u
			k = j - i + 1
		}
	}
	if p.lo(i+k) == "hundred" && n < 10 {
		n *= 100
		k++
	}
	return n, k, true
}

// unitAt returns the unit word at token i.
func (p *txParser) unitAt(i int) (txUnitInfo, bool) {
	u, ok := txUnitWords[p.lo(i)]
	return u, ok
}

// mNumUnit matches "three weeks", "10-month", "10 months ago",
// "48 hours", "a year earlier", "two more weeks".
func (p *txParser) mNumUnit(i int) (txMatch, bool) {
	n, k, ok := p.number(i)
	if !ok {
		return p.bareUnits(i)
	}
	j := i + k
	if (p.lo(j) == "to" || p.lo(j) == "or") && p.toks[i].kind == p.toks[min(j+1, len(p.toks)-1)].kind {
		if _, k2, ok := p.number(j + 1); ok { // two to three weeks: the range, valued by its low end
			if _, ok := p.unitAt(j + 1 + k2); ok {
				j += 1 + k2
			}
		}
	}
	half := false
	if p.lo(j) == "1" && p.lo(j+1) == "/" && p.lo(j+2) == "2" && p.toks[i].kind == txTkNum {
		half = true
		j += 3
	}
	adj := false
	if p.lo(j) == "-" && p.joined(j) {
		j++
		adj = true
	} else if txUnitFillers[p.lo(j)] {
		j++
	}
	u, ok := p.unitAt(j)
	if !ok || u.code == "WE" {
		return txMatch{}, false
	}
	if !p.unitAgrees(i, j, n, u, adj) {
		return txMatch{}, false
	}
	j++
	if p.lo(j) == "old" || adj && p.lo(j) == "-" && p.lo(j+1) == "old" {
		return txMatch{}, false // ages are not time expressions
	}
	switch p.lo(j) {
	case "ago", "earlier":
		if adj {
			break
		}
		return p.agoValue(i, n, u.code, p.lo(j), j+1)
	case "from":
		if p.lo(j+1) == "now" {
			return txMatch{end: j + 2, typ: "DATE", val: p.shift(n, u.code)}, true
		}
	}
	if (p.lo(i) == "a" || p.lo(i) == "an") && k == 1 && !adj {
		switch p.lo(i - 1) {
		case "for", "within", "in", "than", "about", "nearly", "almost", "over", "after", "past", "last", "next", "least", "half":
		default:
			return txMatch{}, false
		}
	}
	if p.lo(i) == "one" && (u.code == "D" || u.code == "Y") && (i == 0 || p.toks[i].cap) && !adj {
		return txMatch{end: j, typ: "DATE", val: "FUTURE_REF"}, p.lo(j) == ","
	}
	if p.lo(i) == "one" && u.code == "D" && !adj && p.someDay(i, j) {
		return txMatch{end: j, typ: "DATE", val: "FUTURE_REF"}, true // "will one day lead"
	}
	v := txDuration(n, u.code)
	if half {
		switch u.code {
		case "Y":
			v += "6M"
		case "H":
			v += "30M"
		case "D":
			v += "T12H"
		}
	}
	return txMatch{end: j, typ: "DURATION", val: v}, true
}

// unitAgrees checks the number n at token i against its unit u at token j:
// "a years", "three-quarters", "a second time" are not durations.
func (p *txParser) unitAgrees(i, j, n int, u txUnitInfo, adj bool) bool {
	plural := p.lo(j)[len(p.lo(j))-1] == 's'
	switch {
	case adj && plural: // three-quarters
		return false
	case n == 1 && plural && p.toks[i].kind == txTkWord && p.lo(i) != "one", n < 0 && !plural && !adj:
		return false
	case u.code == "Q" && (p.lo(j+1) == "of" || adj || p.toks[i].kind == txTkNum):
		return false // three quarters of the vote
	case u.code == "S" && !plural && (p.lo(i) == "a" || p.lo(i) == "one") && j+1 < len(p.toks) && (p.toks[j+1].kind == txTkWord || p.lo(j+1) == "-" && p.joined(j+1)):
		return false // a second time, a second-place finish
	case n > 1 && !plural && !adj && p.toks[i].kind == txTkWord: // "a two day rally"
		return j+1 < len(p.toks) && p.toks[j+1].kind == txTkWord && !p.toks[j+1].cap
	}
	return true
}

// txUnitFillers may stand between a number and its unit.
var txUnitFillers = map[string]bool{
	"more": true, "additional": true, "full": true, "straight": true,
	"consecutive": true, "trading": true, "business": true, "calendar": true,
	"long": true, "whole": true, "extra": true,
}

// bareUnits matches "years ago" and "for years".
func (p *txParser) bareUnits(i int) (txMatch, bool) {
	w := p.lo(i)
	u, ok := p.unitAt(i)
	if !ok || w[len(w)-1] != 's' || u.code == "WE" || u.code == "Q" {
		return txMatch{}, false
	}
	if p.lo(i+1) == "ago" {
		return txMatch{end: i + 2, typ: "DATE", val: "PAST_REF"}, true
	}
	switch p.lo(i - 1) {
	case "for", "within", "over", "after", "take", "takes", "took":
		return txMatch{end: i + 1, typ: "DURATION", val: txDuration(-1, u.code)}, true
	}
	return txMatch{}, false
}

// agoValue resolves "N units ago/earlier/later" ending at token end.
func (p *txParser) agoValue(i, n int, unit, dir string, end int) (txMatch, bool) {
	if n < 0 {
		if dir == "ago" || dir == "earlier" || dir == "before" {
			return txMatch{end: end, typ: "DATE", val: "PAST_REF"}, true
		}
		return txMatch{end: end, typ: "DATE", val: "FUTURE_REF"}, true
	}
	if dir == "ago" || dir == "earlier" || dir == "before" {
		n = -n
	}
	if unit == "Y" && dir != "ago" && p.focusQ > 0 && p.qCtx {
		return txMatch{end: end, typ: "DATE", val: fmt.Sprintf("%04d-Q%d", p.focusY+n, p.focusQ)}, true
	}
	if unit == "Y" && p.focusQ > 0 && p.qCtx && p.has && p.focusY == p.ref.Year() {
		return txMatch{end: end, typ: "DATE", val: fmt.Sprintf("%04d-Q%d", p.focusY+n, p.focusQ)}, true
	}
	if unit == "E" {
		return txMatch{end: end, typ: "DATE", val: p.shift(10*n, "Y")}, true
	}
	if dir != "ago" && (unit == "Y" || unit == "D") {
		// "earlier", "later" count from the time in focus, "ago" from now,
		// when that time lies years back ("in March 2012, nearly a year
		// earlier"); near the reference, a comparison with the report's
		// own period is meant ("up from a year earlier")
		if unit == "D" && p.lastDay != "" || unit == "Y" && p.lastYear > 0 && (p.lastYear < p.ref.Year()-1 || p.lastYear > p.ref.Year()+1) {
			if v, ok := p.anchored(n, unit); ok {
				return txMatch{end: end, typ: "DATE", val: v}, true
			}
		}
	}
	return txMatch{end: end, typ: "DATE", val: p.shift(n, unit)}, true
}

// txDeicticDir maps deictic determiners to a direction.
var txDeicticDir = map[string]int{
	"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
	"coming": 1, "following": 1, "latest": -1, "recent": -1, "prior": -1,
}

// mDeictic matches "last week", "this year", "the past three years",
// "next Friday", "last June", "this morning", "last night", "recent years".
func (p *txParser) mDeictic(i int) (txMatch, bool) {
	j := i
	the := p.lo(j) == "the"
	if the {
		j++
	}
	det := p.lo(j)
	dir, ok := txDeicticDir[det]
	if !ok {
		return p.mThe(i, the)
	}
	if m, ok := p.deictic(i, j, det, dir, the); ok {
		return m, true
	}
	return p.mThe(i, the)
}

// deictic continues mDeictic after determiner det at token j.
func (p *txParser) deictic(i, j int, det string, dir int, the bool) (txMatch, bool) {
	k := j + 1
	if det == "this" && (p.lo(k) == "past" || p.lo(k) == "coming") {
		dir = txDeicticDir[p.lo(k)]
		k++
	}
	if n, nk, ok := p.number(k); ok && p.lo(k) != "a" && p.lo(k) != "an" && p.lo(k) != "some" {
		if u, ok := p.unitAt(k + nk); ok && u.code != "WE" {
			if det == "this" || det == "current" {
				return txMatch{}, false
			}
			return txMatch{end: k + nk + 1, typ: "DURATION", val: txDuration(n, u.code)}, true
		}
	}
	w := p.lo(k)
	if u, ok := p.unitAt(k); ok {
		if w[len(w)-1] == 's' && u.code != "S" {
			if dir == 0 || det == "last" && !the {
				return txMatch{}, false
			}
			return txMatch{end: k + 1, typ: "DURATION", val: txDuration(-1, u.code)}, true
		}
		if det == "recent" {
			return txMatch{}, false
		}
		return p.deicticUnit(i, k, det, dir, u.code, the)
	}
	if det == "recent" || det == "current" || det == "latest" || det == "prior" {
		return txMatch{}, false
	}
	return p.deicticName(i, k, det, dir)
}

// deicticUnit resolves "this week", "last year", "next quarter".
func (p *txParser) deicticUnit(i, k int, det string, dir int, unit string, the bool) (txMatch, bool) {
	end := k + 1
	if det == "following" || det == "previous" || det == "prior" {
		if v, ok := p.anchored(dir, unit); ok {
			return txMatch{end: end, typ: "DATE", val: v}, true
		}
	}
	switch unit {
	case "WE":
		v := "XXXX-WXX-WE"
		if p.has {
			v = p.shift(dir, "W") + "-WE"
		}
		return txMatch{end: end, typ: "DATE", val: v}, true
	case "Q":
		if det == "latest" || det == "past" && the {
			return txMatch{end: end, typ: "DATE", val: p.latestQuarter()}, true
		}
	case "H", "MIN", "S":
		if dir == 0 {
			return txMatch{}, false
		}
		return txMatch{end: end, typ: "DURATION", val: txDuration(1, unit)}, true
	case "D":
		if det == "next" && the || det == "following" {
			if v, ok := p.anchored(1, "D"); ok {
				return txMatch{end: end, typ: "DATE", val: v}, true
			}
			return txMatch{end: end, typ: "DATE", val: p.shift(1, "D")}, true
		}
		return txMatch{}, false
	}
	if unit == "E" || unit == "C" {
		if the && dir != 0 || det == "past" {
			return txMatch{end: end, typ: "DURATION", val: txDuration(1, unit)}, true
		}
	}
	return txMatch{end: end, typ: "DATE", val: p.shift(dir, unit)}, true
}

// deicticName resolves "last Friday", "next March", "this summer",
// "this morning", "last night".
func (p *txParser) deicticName(i, k int, det string, dir int) (txMatch, bool) {
	w := p.lo(k)
	if pod, ok := txPartOfDay[w]; ok && det != "past" && w != "overnight" && pod[1] != '1' && pod[1] != '2' {
		day := "XXXX-XX-XX"
		if p.has {
			n := dir
			if det == "last" && w == "night" {
				n = -1
			} else if det == "last" || det == "next" {
				return txMatch{}, false
			}
			day = txFmtDay(p.ref.AddDate(0, 0, n))
		}
		return txMatch{end: k + 1, typ: "TIME", val: day + pod}, true
	}
	if s, ok := txSeasons[w]; ok {
		if !p.has {
			return txMatch{end: k + 1, typ: "DATE", val: "XXXX-" + s}, true
		}
		y := p.ref.Year() + dir
		if det == "this" && dir != 0 { // this past spring, this coming winter
			y = p.ref.Year() + txSeasonShift(s, int(p.ref.Month()), dir)
		} else if v, ok := p.anchored(dir, "Y"); ok && (det == "following" || det == "previous" || det == "prior") {
			y, _ = txAtoi(v) // the following summer: after the year in focus
		}
		return txMatch{end: k + 1, typ: "DATE", val: txFmtYear(y) + "-" + s}, true
	}
	if wd, j, ok := p.weekdayAt(k); ok {
		if !p.has {
			return txMatch{end: j, typ: "DATE", val: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
		}
		at := p.ref
		if d, err := time.Parse("2006-01-02", p.lastDay); err == nil && (det == "previous" || det == "following" || det == "prior") {
			at = d // anaphoric: "the previous Friday" is the one before the day in focus
		}
		cur := txIsoWeekday(at)
		var off int
		switch dir {
		case -1:
			off = -((cur-wd+6)%7 + 1)
		case 1:
			off = (wd-cur+6)%7 + 1
		default:
			off = wd - cur
		}
		return txMatch{end: j, typ: "DATE", val: txFmtDay(at.AddDate(0, 0, off))}, true
	}
	if m, j, ok := p.monthAt(k); ok {
		if _, _, isDay := p.dayAt(j); isDay {
			return txMatch{}, false // "last Oct. 23": the date alone
		}
		if !p.has {
			return txMatch{end: j, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", m)}, true
		}
		y, cur := p.ref.Year(), int(p.ref.Month())
		switch {
		case dir < 0 && m >= cur-1:
			y--
		case dir > 0 && m <= cur:
			y++
		}
		return txMatch{end: j, typ: "DATE", val: txFmtMonth(y, m)}, true
	}
	return txMatch{}, false
}

// anchored resolves "the following year", "the previous day", "the prior
// quarter": n units from the date (or quarter) last named in the text.
func (p *txParser) anchored(n int, unit string) (string, bool) {
	switch unit {
	case "Y":
		if p.lastYear > 0 {
			return txFmtYear(p.lastYear + n), true
		}
	case "D":
		if d, err := time.Parse("2006-01-02", p.lastDay); err == nil {
			return txFmtDay(d.AddDate(0, 0, n)), true
		}
	case "W":
		if d, err := time.Parse("2006-01-02", p.lastDay); err == nil {
			return txFmtWeek(d.AddDate(0, 0, 7*n)), true
		}
	case "Q":
		if p.focusQ > 0 {
			q := p.focusY*4 + p.focusQ - 1 + n
			return fmt.Sprintf("%04d-Q%d", q/4, q%4+1), true
		}
	case "M":
		if y, m, ok := p.lastMonth(); ok {
			t := txDate(y, m+n, 1)
			return txFmtMonth(t.Year(), int(t.Month())), true
		}
	}
	return "", false
}

// mThatDay matches "that day", "that same day", "the same day", "the next
// day", "the day before", "that year": dates anchored on the last named.
func (p *txParser) mThatDay(i int) (txMatch, bool) {
	j, n := i, 0
	switch {
	case p.lo(j) == "that" || p.lo(j) == "the" && p.lo(j+1) == "same":
		j++
		if p.lo(j) == "same" {
			j++
		}
	case p.lo(j) == "the" && (p.lo(j+1) == "next" || p.lo(j+1) == "following"):
		j, n = j+2, 1
	case p.lo(j) == "the" && p.lo(j+2) == "before" && p.lo(j+1) == "day":
		if v, ok := p.anchored(-1, "D"); ok {
			return txMatch{end: j + 3, typ: "DATE", val: v}, true
		}
		return txMatch{}, false
	default:
		return txMatch{}, false
	}
	unit := ""
	switch p.lo(j) {
	case "day":
		unit = "D"
	case "year":
		unit = "Y"
	}
	if unit == "" {
		if pod, ok := txPartOfDay[p.lo(j)]; ok && pod[1] != '1' && pod[1] != '2' {
			if v, ok := p.anchored(n, "D"); ok {
				return txMatch{end: j + 1, typ: "TIME", val: v + pod}, true
			}
		}
		return txMatch{}, false
	}
	v, ok := p.anchored(n, unit)
	return txMatch{end: j + 1, typ: "DATE", val: v}, ok
}

// latestQuarter is the quarter last named, else the last full quarter.
func (p *txParser) latestQuarter() string {
	if p.focusQ > 0 {
		return fmt.Sprintf("%04d-Q%d", p.focusY, p.focusQ)
	}
	return p.shift(-1, "Q")
}

// txSeasonShift returns the year offset of the season s (SP, SU, FA, WI)
// that last ended (dir < 0: "this past spring") or next begins (dir > 0:
// "this coming summer") seen from month m.
func txSeasonShift(s string, m, dir int) int {
	first, last := 3, 5
	switch s {
	case "SU":
		first, last = 6, 8
	case "FA":
		first, last = 9, 11
	case "WI":
		first, last = 12, 2
	}
	if dir < 0 {
		if m > last {
			return 0
		}
		return -1
	}
	if m < first {
		return 0
	}
	return 1
}
