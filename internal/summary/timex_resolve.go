package summary

import (
	"fmt"
	"strings"
	"time"
)

// Resolution of relative expressions against the reference txDate, and the
// txTense cues that decide which way an unanchored weekday or month points.

// txTense of the clause around an expression.
type txTense int

const (
	txTenseNone txTense = iota
	txTensePast
	txTensePresent
	txTenseFuture
)

// txFmtDay formats t as "2006-01-02".
func txFmtDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	var b [10]byte
	txPut4(b[:], y)
	b[4], b[7] = '-', '-'
	txPut2(b[5:], int(m))
	txPut2(b[8:], d)
	return string(b[:])
}

// txFmtMonth formats year y and month m as "2006-01".
func txFmtMonth(y, m int) string {
	if y < 0 || y > 9999 || m < 0 || m > 99 {
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	var b [7]byte
	txPut4(b[:], y)
	b[4] = '-'
	txPut2(b[5:], m)
	return string(b[:])
}

// txFmtWeek formats t's ISO week as "2006-W01".
func txFmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	var b [8]byte
	txPut4(b[:], y)
	b[4], b[5] = '-', 'W'
	txPut2(b[6:], w)
	return string(b[:])
}

// txFmtYear formats year y with four digits.
func txFmtYear(y int) string {
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d", y)
	}
	var b [4]byte
	txPut4(b[:], y)
	return string(b[:])
}

// txPut4 writes 0 <= n <= 9999 as four digits into b.
func txPut4(b []byte, n int) {
	b[0], b[1], b[2], b[3] = byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10)
}

// txPut2 writes 0 <= n <= 99 as two digits into b.
func txPut2(b []byte, n int) { b[0], b[1] = byte('0'+n/10), byte('0'+n%10) }

// txDate builds a UTC txDate, normalising overflow.
func txDate(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// txIsoWeekday returns t's weekday as 1 (Monday) … 7 (Sunday).
func txIsoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// tenseAt finds the txTense of the clause around tokens [i, j): the nearest
// cue on the left within the clause, else on the right. A day after a
// clock time ("until 9 a.m. Tuesday") takes the cues before the clock.
func (p *txParser) tenseAt(i, j int) txTense {
	i = p.clockBefore(i)
	switch p.lo(i - 1) {
	case "since":
		return txTensePast
	case "until", "till":
		for k := i - 1; k >= 0 && k >= i-14 && !p.clauseStop(k); k-- {
			if w := p.lo(k); w == "had" || w == "not" && k == i-2 {
				return txTensePast // "it was not until Tuesday"
			}
			if t := txTenseCue(p, k); t == txTensePast && !txDeferVerbs[p.lo(k)] {
				return txTensePast // "lasted until March 9"
			} else if t == txTenseFuture {
				return t
			}
		}
		for k := j; k < len(p.toks) && k < j+8 && !p.clauseStop(k); k++ {
			if p.lo(k) == "had" {
				return txTensePast
			}
		}
		return txTenseFuture
	}
	if p.headlineFuture(i) {
		return txTenseFuture
	}
	if j < len(p.toks) && p.toks[j].kind == txTkWord && p.lo(j) != "and" {
		switch t := txTenseCue(p, j); { // "the ministry on Sunday issued …"
		case t == txTensePast && p.lo(j) != "had", p.lo(j) == "will":
			return t
		}
	}
	if p.scheduledPresent(i) {
		return txTenseFuture // "the committee meets Monday", "leaders meet on Friday"
	}
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		if p.clauseStop(k) || txSubordinators[p.lo(k)] {
			break // "will vote for him because of the shooting Friday"
		}
		if t := txTenseCue(p, k); t != txTenseNone {
			return t
		}
	}
	for k := j; k < len(p.toks) && k < j+10; k++ {
		if p.clauseStop(k) || p.quoteEnd(k) {
			break // not the reporting verb after a quote: "… in July," he said
		}
		switch p.lo(k) {
		case "will", "would", "shall", "ll":
			return txTenseFuture
		}
		if t := txTenseCue(p, k); t == txTensePast {
			return t
		}
	}
	return txTenseNone
}

// clauseStop reports whether token k ends a clause: a sentence mark that
// is not an abbreviation's period ("U.S.", "Mr.").
func (p *txParser) clauseStop(k int) bool {
	switch p.lo(k) {
	case ";", "!", "?", ":":
		return true
	case ".":
		prev := p.lo(k - 1)
		return len(prev) > 1 && !txAbbrevs[prev] || p.toks[max(k-1, 0)].kind == txTkNum
	}
	return false
}

// txAbbrevs end with a period that does not end a sentence.
var txAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "st": true, "jr": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "sgt": true, "capt": true, "prof": true, "rev": true, "no": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true,
	"dec": true, "mar": true, "apr": true, "jun": true, "jul": true,
}

// txTenseCue classifies token k as a txTense cue.
func txTenseCue(p *txParser, k int) txTense {
	w := p.lo(k)
	if p.toks[k].kind != txTkWord {
		return txTenseNone
	}
	if w == "ll" && p.lo(k-1) == "'" || w == "wo" && p.lo(k+1) == "n" {
		return txTenseFuture
	}
	if txExpectVerbs[w] {
		return txTenseFuture // "analysts expect sales to rise in the fourth quarter"
	}
	if txFutureCues[w] {
		if w == "may" && p.toks[k].cap && (k+1 < len(p.toks) && p.toks[k+1].kind == txTkNum || k > 0 && p.toks[k-1].kind == txTkWord) {
			return txTenseNone // the month: "from May 13 through Sunday"
		}
		if w == "due" && p.lo(k+1) == "to" && txCauseAfterTo[p.lo(k+2)] {
			return txTenseNone // "due to its loss": a cause, not a schedule
		}
		if w == "set" && p.lo(k+1) != "to" {
			return txTensePast
		}
		switch p.lo(k - 1) {
		case "had", "was", "were", "been": // "had been due to": a past plan
			return txTensePast
		}
		if w == "plan" && p.lo(k+1) != "to" {
			return txTenseNone
		}
		if w == "begin" || w == "resume" || w == "return" {
			if p.lo(k-1) != "to" && p.lo(k-1) != "will" {
				return txTenseNone
			}
		}
		if w == "next" || w == "tomorrow" {
			return txTenseNone
		}
		return txTenseFuture
	}
	if (w == "takes" || w == "take") && (p.lo(k+1) == "effect" || p.lo(k+1) == "place" || p.lo(k+1) == "office") {
		return txTenseFuture // a scheduled event: "the law takes effect Jan. 1"
	}
	if w == "come" && p.lo(k-1) == "to" || w == "coming" || w == "upcoming" || w == "ahead" {
		return txTenseFuture
	}
	if p.scheduledVerbS(k) {
		return txTenseFuture // "Yellen testifies before the committee on Thursday"
	}
	if txIntentIng[w] && p.lo(k+1) == "to" {
		return txTenseFuture // "were planning to drive there on Monday"
	}
	if txPresentCues[w] {
		return txTensePresent
	}
	if txPastIrregular[w] && w != "ago" || len(w) > 4 && strings.HasSuffix(w, "ed") && !txEdNotPast[w] {
		if p.lo(k+1) == "to" && txIntentVerbs[w] || p.lo(k+1) == "for" && txScheduledFor[w] { // expected to, slated for
			return txTenseFuture
		}
		switch p.lo(k - 1) {
		case "a", "an", "the", "its", "his", "her", "their", "our", "very", "still", "newly", "recently", "already", "as":
			if w != "said" && w != "had" && w != "was" && w != "were" {
				return txTenseNone // an adjective: "a still unspecified date"
			}
		}
		for b := k - 1; b >= 0 && b >= k-3; b-- {
			switch p.lo(b) {
			case "will", "would", "shall", "ll", "to":
				return txTenseFuture
			case "be", "been", "have", "not", "also", "then", "still":
				continue
			}
			break
		}
		return txTensePast
	}
	return txTenseNone
}

// weekdayDate resolves weekday wd (1..7) mentioned around tokens [i, j).
func (p *txParser) weekdayDate(wd, i, j int) time.Time {
	cur := txIsoWeekday(p.ref)
	back := (cur - wd + 7) % 7 // days back to the latest such weekday (0: today)
	fwd := (wd - cur + 7) % 7
	// "Friday's vote" names its own event: the clause's tense belongs to
	// another verb, so only a cue right before it counts ("ahead of")
	tense := txTenseNone
	switch {
	case !p.possessive(j) || p.lo(i-1) == "until" || p.lo(i-1) == "since":
		tense = p.tenseAt(i, j)
	case p.lo(i-1) == "of" && p.lo(i-2) == "ahead", p.lo(i-1) == "upcoming", p.lo(i-1) == "coming":
		tense = txTenseFuture
	}
	switch tense {
	case txTenseFuture:
		if fwd == 0 {
			fwd = 7
		}
		return p.ref.AddDate(0, 0, fwd)
	case txTensePast:
		if back == 0 && p.previousRound(i) {
			back = 7
		}
		return p.ref.AddDate(0, 0, -back)
	default:
		if fwd > 0 && fwd <= 1 && back > 5 {
			return p.ref.AddDate(0, 0, fwd)
		}
		return p.ref.AddDate(0, 0, -back)
	}
}

// previousRound reports whether the clause before token i speaks of an
// earlier occurrence that ended ("The last round of talks ended Friday"),
// so a past weekday equal to the reference weekday is a week back.
func (p *txParser) previousRound(i int) bool {
	ended := false
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		w := p.lo(k)
		if p.clauseStop(k) || w == "," {
			return false
		}
		switch w {
		case "ended", "concluded", "finished", "adjourned", "closed", "collapsed":
			ended = true
		case "last", "previous", "prior", "earlier":
			if ended {
				if _, unit := txUnitWords[p.lo(k+1)]; !unit {
					return true
				}
			}
		}
	}
	return false
}

// monthYear picks the year of month m (1..12) with day d (0: none)
// mentioned without a year around tokens [i, j).
func (p *txParser) monthYear(m, d, i, j int) int {
	y := p.ref.Year()
	if d == 0 {
		d = 15
	}
	t := txDate(y, m, d)
	diff := t.Sub(p.ref).Hours() / 24
	switch p.tenseAt(i, j) {
	case txTensePast:
		if diff > 45 {
			return y - 1
		}
	case txTenseFuture:
		if diff < -45 {
			return y + 1
		}
	case txTensePresent: // "the trial is set for November", "if he is the nominee in November"
		if diff < -240 {
			return y + 1
		}
	default:
		if diff > 150 {
			return y - 1
		}
		if diff < -240 {
			return y + 1
		}
	}
	return y
}

// shift moves the reference by n units (unit codes of txUnitWords) and
// formats it at that unit's granularity.
func (p *txParser) shift(n int, unit string) string {
	if !p.has {
		return txUnknownAt(unit)
	}
	r := p.ref
	switch unit {
	case "D":
		return txFmtDay(r.AddDate(0, 0, n))
	case "W", "WE":
		return txFmtWeek(r.AddDate(0, 0, 7*n))
	case "M":
		t := txDate(r.Year(), int(r.Month())+n, 1)
		return txFmtMonth(t.Year(), int(t.Month()))
	case "Q":
		q := (int(r.Month())-1)/3 + n
		y := r.Year()
		for q < 0 {
			q += 4
			y--
		}
		y += q / 4
		return fmt.Sprintf("%04d-Q%d", y, q%4+1)
	case "Y":
		return txFmtYear(r.Year() + n)
	case "E":
		return fmt.Sprintf("%03d", (r.Year()+10*n)/10)
	case "C":
		return fmt.Sprintf("%02d", (r.Year()+100*n)/100)
	case "H", "S", "MIN":
		return txFmtDay(r)
	}
	return ""
}

// txUnknownAt is the underspecified value of a relative txDate at unit's
// granularity when no reference txDate is known.
func txUnknownAt(unit string) string {
	switch unit {
	case "D", "H", "S", "MIN":
		return "XXXX-XX-XX"
	case "W", "WE":
		return "XXXX-WXX"
	case "M":
		return "XXXX-XX"
	case "Q":
		return "XXXX-QX"
	case "E":
		return "XXX"
	case "C":
		return "XX"
	}
	return "XXXX"
}

// txDuration formats n units as an ISO 8601 txDuration ("P3W", "PT48H");
// n < 0 means unspecified ("PXY").
func txDuration(n int, unit string) string {
	num := "X"
	if n >= 0 {
		num = fmt.Sprint(n)
	}
	switch unit {
	case "H", "S":
		return "PT" + num + unit
	case "MIN":
		return "PT" + num + "M"
	case "WE":
		if n >= 0 {
			return fmt.Sprintf("P%dD", 2*n)
		}
		return "PXD"
	case "NI":
		return "P" + num + "D"
	case "E", "C":
		if n >= 0 {
			f := 10
			if unit == "C" {
				f = 100
			}
			return fmt.Sprintf("P%dY", n*f)
		}
	}
	return "P" + num + unit
}
