package summary

import (
	"fmt"
	"strings"
)

// Matchers for "the …" phrases, quarters, clock times, txSeasons, sets and
// the vague references now, recently, the future.

// mThe matches phrases that need their article: "the weekend", "the
// future", "the past", "the quarter", "the first nine months".
func (p *txParser) mThe(i int, the bool) (txMatch, bool) {
	if !the {
		return txMatch{}, false
	}
	j := i + 1
	w := p.lo(j)
	switch w {
	case "weekend":
		v := "XXXX-WXX-WE"
		if p.has {
			wk := 0
			wd := txIsoWeekday(p.ref)
			if t := p.tenseAt(i, j+1); t == txTensePast && wd < 6 || t == txTenseNone && wd <= 3 {
				wk = -1 // early in the week, a weekend without tense is the one just past
			}
			v = p.shift(wk, "W") + "-WE"
		}
		return txMatch{end: j + 1, typ: "DATE", val: v}, true
	case "future":
		return txMatch{end: j + 1, typ: "DATE", val: "FUTURE_REF"}, true
	case "morning", "afternoon", "evening", "night":
		switch p.lo(i - 1) {
		case "in", "during", "by", "until", "throughout", "that":
			day := "XXXX-XX-XX"
			if p.lastDay != "" {
				day = p.lastDay
			} else if p.has {
				day = txFmtDay(p.ref)
			}
			return txMatch{end: j + 1, typ: "TIME", val: day + txPartOfDay[w]}, true
		}
	case "near", "short":
		if p.lo(j+1) == "future" || p.lo(j+1) == "term" {
			return txMatch{end: j + 2, typ: "DATE", val: "FUTURE_REF"}, true
		}
	case "past":
		if p.toks[min(j+1, len(p.toks)-1)].kind != txTkWord || j+1 >= len(p.toks) || txPastFollowers[p.lo(j+1)] {
			return txMatch{end: j + 1, typ: "DATE", val: "PAST_REF"}, true
		}
	case "year", "full", "fiscal", "current":
		return p.theYear(i, j)
	case "first", "latest", "last":
		if n, k, ok := p.number(j + 1); ok && n > 1 && p.lo(j+1+k) == "months" {
			return txMatch{end: j + 2 + k, typ: "DURATION", val: txDuration(n, "M")}, true
		}
	}
	if n, k, ok := p.number(j); ok && n > 1 && (p.lo(j+k) == "months" || p.lo(j+k) == "weeks") {
		u := txUnitWords[p.lo(j+k)]
		return txMatch{end: j + k + 1, typ: "DURATION", val: txDuration(n, u.code)}, true
	}
	return txMatch{}, false
}

// theYear matches "the year", "the full year", "the fiscal year", "the
// current fiscal year" after "the" at token j.
func (p *txParser) theYear(i, j int) (txMatch, bool) {
	cur := p.lo(j) == "current"
	for p.lo(j) == "full" || p.lo(j) == "fiscal" || p.lo(j) == "current" {
		j++
	}
	if p.lo(j) != "year" || p.lo(j+1) == "-" || p.lo(j+1) == "'" {
		return txMatch{}, false
	}
	switch p.lo(j + 1) {
	case "ended", "ending", "to", "through":
		return txMatch{end: j + 1, typ: "DURATION", val: "P1Y"}, true
	case "before", "after", "earlier":
		return txMatch{}, false
	}
	if !cur && !txYearPreps[p.lo(i-1)] {
		return txMatch{}, false
	}
	return txMatch{end: j + 1, typ: "DATE", val: p.shift(0, "Y")}, true
}

// txYearPreps may introduce "the year" as a date.
var txYearPreps = map[string]bool{
	"for": true, "during": true, "in": true, "of": true, "through": true,
	"throughout": true, "since": true, "until": true, "by": true, "this": true,
}

// txPastFollowers may follow "the past" used as a noun.
var txPastFollowers = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "as": true, "to": true,
	"that": true, "the": true, "he": true, "she": true, "they": true, "it": true,
	"we": true, "was": true, "is": true, "has": true, "have": true, "had": true,
	"with": true, "in": true, "for": true, "of": true, "because": true, "i": true,
}

// mQuarter matches "the third quarter", "third-quarter", "fiscal
// second-quarter", "the first half of 1990", "the quarter", "the
// year-earlier period", "year-ago".
func (p *txParser) mQuarter(i int) (txMatch, bool) {
	j := i
	if p.lo(j) == "the" {
		j++
	}
	yearOff, hasYear := 0, false
	if p.lo(j+1) == "year" && p.lo(j+2) == "'" && p.lo(j+3) == "s" {
		if rel, ok := txDeicticDir[p.lo(j)]; ok {
			yearOff, hasYear = rel, true
			j += 4
		}
	}
	if p.lo(j) == "fiscal" {
		j++
		if p.lo(j) == "-" {
			j++
		}
	}
	if m, ok := p.qQuarter(j); ok {
		return m, true
	}
	if v, end, ok := p.yearAgo(j); ok {
		return txMatch{end: end, typ: "DATE", val: v}, true
	}
	if yy, ok := p.yearAt(j); ok && j > i || ok && (p.lo(j+1) == "quarter" || p.lo(j+1) == "period" || p.possessive(j+1)) {
		return p.yearQuarter(j, yy)
	}
	if j > i && (p.lo(j+1) == "period" || p.lo(j+1) == "quarter") && txPeriodAdj[p.lo(j)] {
		j++
	}
	if (p.lo(j) == "quarter" || p.lo(j) == "period") && j > i {
		if p.lo(i) != "the" {
			return txMatch{}, false
		}
		return txMatch{end: j + 1, typ: "DATE", val: p.latestQuarter()}, p.lo(j) == "quarter" || p.focusQ > 0
	}
	k := j + 1
	if p.lo(k) == "-" && p.joined(k) {
		k++
	}
	unit := p.lo(k)
	if unit != "quarter" && unit != "half" && unit != "quarters" {
		return txMatch{}, false
	}
	q, ok := txOrdinalWords[p.lo(j)]
	if !ok || q < 1 || q > 4 {
		return txMatch{}, false
	}
	if unit == "half" && q > 2 || unit == "quarters" {
		return txMatch{}, false
	}
	end := k + 1
	y := 0
	if p.has {
		y = p.ref.Year() + yearOff
		if !hasYear && unit == "quarter" && q > (int(p.ref.Month())-1)/3+1 && p.tenseAt(i, end) == txTensePast {
			y--
		}
	}
	if yy, e, ok := p.periodYear(end); !ok {
		return txMatch{}, false // the first half of the game, the second quarter of the match
	} else if e > end {
		y, hasYear, end = yy, true, e
	}
	if unit == "half" && !hasYear && !p.periodContext(i, end) {
		return txMatch{}, false // the second half (of a match), a first-half goal
	}
	code := "Q"
	if unit == "half" {
		code = "H"
	}
	if !p.has && !hasYear {
		return txMatch{end: end, typ: "DATE", val: fmt.Sprintf("XXXX-%s%d", code, q)}, true
	}
	// a quarter not yet over spoken of as coming ("will take a
	// fourth-quarter charge") does not become the period reported on
	focus := code == "Q" && p.takesFocus(i, end, y, q)
	return txMatch{end: end, typ: "DATE", val: fmt.Sprintf("%04d-%s%d", y, code, q), focus: focus}, true
}

// yearQuarter matches "1988 second quarter", "the 1988 period" with the
// year at token j.
func (p *txParser) yearQuarter(j, y int) (txMatch, bool) {
	k := j + 1
	if p.possessive(k) { // "2007's third quarter"
		k += 2
		if _, ok := txOrdinalWords[p.lo(k)]; !ok {
			return txMatch{}, false
		}
	}
	switch p.lo(k) {
	case "quarter", "period":
		if p.focusQ > 0 {
			return txMatch{end: k + 1, typ: "DATE", val: fmt.Sprintf("%04d-Q%d", y, p.focusQ)}, true
		}
		if p.lo(k) == "period" {
			return txMatch{end: k + 1, typ: "DATE", val: txFmtYear(y)}, true
		}
	}
	q, ok := txOrdinalWords[p.lo(k)]
	if !ok || q < 1 || q > 4 {
		return txMatch{}, false
	}
	if p.lo(k+1) == "-" {
		k++
	}
	if p.lo(k+1) != "quarter" {
		return txMatch{}, false
	}
	return txMatch{end: k + 2, typ: "DATE", val: fmt.Sprintf("%04d-Q%d", y, q), focus: true}, true
}

// possessive reports whether tokens k, k+1 are a joined "'s" or "’s".
func (p *txParser) possessive(k int) bool {
	return (p.lo(k) == "'" || p.lo(k) == "’") && p.joined(k) && p.lo(k+1) == "s" && p.joined(k+1)
}

// yearAgo matches "year-earlier", "year-ago" (+ quarter / period) at j.
func (p *txParser) yearAgo(j int) (string, int, bool) {
	if p.lo(j) != "year" || p.lo(j+1) != "-" || (p.lo(j+2) != "earlier" && p.lo(j+2) != "ago") {
		return "", 0, false
	}
	end := j + 3
	switch p.lo(end) {
	case "quarter", "period":
		end++
	case "third", "fourth", "second", "first":
		if p.lo(end+1) == "quarter" {
			end += 2
		}
	case "nine", "six":
		return "", 0, false
	}
	if p.focusQ > 0 && (p.qCtx || end > j+3) {
		return fmt.Sprintf("%04d-Q%d", p.focusY-1, p.focusQ), end, true
	}
	return p.shift(-1, "Y"), end, true
}

// mClock matches "10:35 a.m.", "6 p.m. EST Nov. 9", "noon Thursday".
func (p *txParser) mClock(i int) (txMatch, bool) {
	w := p.lo(i)
	var hm string
	j := i + 1
	if pod, ok := txPartOfDay[w]; ok && (pod[1] == '1' || pod[1] == '2') {
		hm = pod
		if _, ok := p.dayPhrase(j); !ok && !txClockPreps[p.lo(i-1)] {
			return txMatch{}, false
		}
	} else {
		if i >= len(p.toks) || p.toks[i].kind != txTkNum {
			return txMatch{}, false
		}
		pm, k, ok := p.meridiem(j)
		if !ok {
			h, m, ok := p.bareClock(i)
			if !ok {
				return txMatch{}, false
			}
			return p.clockDay(i, j, fmt.Sprintf("T%02d:%02d", h, m))
		}
		h, m, ok := parseClock(w)
		if !ok {
			return txMatch{}, false
		}
		j = k
		if pm && h < 12 {
			h += 12
		} else if !pm && h == 12 {
			h = 0
		}
		hm = fmt.Sprintf("T%02d:%02d", h, m)
	}
	return p.clockDay(i, j, hm)
}

// bareClock reads a clock time without a.m./p.m. at token i: "10:30"
// after "at" or before a zone, "0830 GMT".
func (p *txParser) bareClock(i int) (int, int, bool) {
	w, next := p.lo(i), p.lo(i+1)
	zone := txTimezones[next] && p.toks[i+1].cap || next == "local" && p.lo(i+2) == "time"
	if len(w) == 4 && !strings.Contains(w, ":") && zone && p.lo(i+1) != "et" {
		h, m := int(w[0]-'0')*10+int(w[1]-'0'), int(w[2]-'0')*10+int(w[3]-'0')
		return h, m, h < 24 && m < 60
	}
	if !strings.Contains(w, ":") || !zone && !txClockPreps[p.lo(i-1)] {
		return 0, 0, false
	}
	return parseClock(w)
}

// clockDay completes a clock time hm ("T10:35") ending at token j with a
// zone and a day ("Thursday", "Nov. 9").
func (p *txParser) clockDay(i, j int, hm string) (txMatch, bool) {
	if p.lo(j) == "local" && p.lo(j+1) == "time" {
		j += 2
	}
	if tz := p.lo(j); p.toks[min(j, len(p.toks)-1)].cap && len(tz) >= 2 && len(tz) <= 4 && txTimezones[tz] {
		j++
	}
	day := "XXXX-XX-XX"
	if p.has {
		day = txFmtDay(p.ref)
		if p.lastDay != "" {
			day = p.lastDay // a bare clock time belongs to the day in focus
		}
	}
	end := j
	k := j
	if p.lo(k) == "," {
		k++
	}
	if m, ok := p.dayPhrase(k); ok {
		day, end = m.val[:10], m.end
	}
	return txMatch{end: end, typ: "TIME", val: day + hm}, true
}

// parseClock reads "10" or "10:35".
func parseClock(w string) (int, int, bool) {
	hs, ms, colon := strings.Cut(w, ":")
	h, ok := txAtoi(hs)
	if !ok || h > 24 {
		return 0, 0, false
	}
	m := 0
	if colon {
		if m, ok = txAtoi(ms); !ok || m > 59 || len(ms) != 2 {
			return 0, 0, false
		}
	}
	return h, m, true
}

// dayPhrase matches a day expression after a clock time.
func (p *txParser) dayPhrase(k int) (txMatch, bool) {
	for _, f := range []func(*txParser, int) (txMatch, bool){(*txParser).mWeekday, (*txParser).mRelDay, (*txParser).mMonth} {
		if m, ok := f(p, k); ok && len(m.val) >= 10 && m.val[4] == '-' && m.val[7] == '-' {
			return m, true
		}
	}
	return txMatch{}, false
}

// meridiem reads "a.m.", "pm", "o'clock" at token j.
func (p *txParser) meridiem(j int) (bool, int, bool) {
	w := p.lo(j)
	switch w {
	case "am", "pm":
		return w == "pm", j + 1, true
	case "a", "p":
		if p.lo(j+1) == "." && p.lo(j+2) == "m" && p.joined(j+1) && p.joined(j+2) {
			k := j + 3
			if p.lo(k) == "." && p.joined(k) {
				k++
			}
			return w == "p", k, true
		}
	case "o":
		if p.lo(j+1) == "'" && p.lo(j+2) == "clock" {
			return false, j + 3, true
		}
	}
	return false, 0, false
}

// txClockPreps make "noon" and "midnight" a time.
var txClockPreps = map[string]bool{
	"at": true, "by": true, "until": true, "before": true, "after": true, "around": true,
	"about": true, "from": true, "till": true, "since": true, "past": true, "to": true,
}

// txTimezones are zone abbreviations kept inside a clock time.
var txTimezones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true,
	"cest": true, "et": true, "pt": true,
}

// mSeason matches "summer", "the summer of 1990", "fall 1998".
func (p *txParser) mSeason(i int) (txMatch, bool) {
	j := i
	if p.lo(j) == "the" {
		j++
	}
	s, ok := txSeasons[p.lo(j)]
	if !ok || p.lo(j) == "fall" && j == i && !p.toks[i].cap {
		if !ok || !txSeasonContext[p.lo(i-1)] {
			return txMatch{}, false
		}
	}
	if j == i && p.lo(i-1) == "-" && !txSeasonContext[p.lo(i-2)] {
		return txMatch{}, false // free-fall, mid-summer is one
	}
	k := j + 1
	if p.lo(k) == "of" {
		if y, yk := p.yearAfter(k + 1); yk > k+1 {
			return txMatch{end: yk, typ: "DATE", val: txFmtYear(y) + "-" + s}, true
		}
		if p.lo(j) == "fall" {
			return txMatch{}, false // the fall of the Wall
		}
	}
	if y, ok := p.yearAt(k); ok {
		return txMatch{end: k + 1, typ: "DATE", val: txFmtYear(y) + "-" + s}, true
	}
	if j == i && !txSeasonContext[p.lo(i-1)] {
		return txMatch{}, false
	}
	if !p.has {
		return txMatch{end: k, typ: "DATE", val: "XXXX-" + s}, true
	}
	y := p.ref.Year()
	if mid, ok := txSeasonMid[s]; ok {
		y = p.monthYear(mid, 0, i, k) // "peaked in mid-summer" said in January: last summer
	}
	return txMatch{end: k, typ: "DATE", val: txFmtYear(y) + "-" + s}, true
}

// txSeasonMid are the middle months of the seasons that lie within one
// calendar year.
var txSeasonMid = map[string]int{"SP": 4, "SU": 7, "FA": 10}

// txSeasonContext words make a bare season name a txDate.
var txSeasonContext = map[string]bool{
	"in": true, "during": true, "this": true, "last": true, "next": true, "early": true,
	"late": true, "since": true, "until": true, "by": true, "over": true, "through": true,
	"mid": true, "-": true,
}

// mSet matches "every day", "each Thursday", "daily", "weekly".
func (p *txParser) mSet(i int) (txMatch, bool) {
	w := p.lo(i)
	if v, ok := txSetAdverbs[w]; ok {
		if p.toks[i].cap && i > 0 && (p.nameFollows(i+1) || p.toks[i-1].kind == txTkWord && p.toks[i-1].cap) {
			return txMatch{}, false // a title: "Daily Mail Online", "News Daily"
		}
		return txMatch{end: i + 1, typ: "SET", val: v}, true
	}
	if w != "every" && w != "each" {
		return txMatch{}, false
	}
	j := i + 1
	n := 1
	if v, k, ok := p.number(j); ok && v > 0 && p.lo(j) != "a" {
		n, j = v, j+k
	} else if p.lo(j) == "other" {
		n, j = 2, j+1
	}
	if u, ok := p.unitAt(j); ok && u.code != "WE" {
		return txMatch{end: j + 1, typ: "SET", val: txDuration(n, u.code)}, true
	}
	if wd, k, ok := p.weekdayAt(j); ok {
		return txMatch{end: k, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
	}
	if m, k, ok := p.monthAt(j); ok {
		return txMatch{end: k, typ: "SET", val: fmt.Sprintf("XXXX-%02d", m)}, true
	}
	if pod, ok := txPartOfDay[p.lo(j)]; ok {
		return txMatch{end: j + 1, typ: "SET", val: "XXXX-XX-XX" + pod}, true
	}
	return txMatch{}, false
}

// txVagueWords are single words with a vague TIMEX3 value.
var txVagueWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
	"formerly": "PAST_REF",
}

// mVague matches "now", "right now", "currently", "recently", "soon",
// "these days".
func (p *txParser) mVague(i int) (txMatch, bool) {
	w := p.lo(i)
	if w == "these" && p.lo(i+1) == "days" {
		return txMatch{end: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
	}
	if w == "now" && (p.lo(i+1) == "-" || p.lo(i-1) == "-" || p.lo(i-1) == "from") {
		return txMatch{}, false
	}
	if v, ok := txVagueWords[w]; ok {
		return txMatch{end: i + 1, typ: "DATE", val: v}, true
	}
	return txMatch{}, false
}
