package summary

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/brief-reader/brief/internal/article"
)

// Without a reference date the timeline is relative: expressions are
// resolved against a stand-in story day that has the weekday named in the
// lede, then reported as offsets from it ("day before", "story day").
// Dates written out in full in the text keep their absolute value; no
// absolute date is ever invented.

// relAnchor is the stand-in story day for weekday wd (1..7): a day of
// 2001, whose January 1 was a Monday.
func relAnchor(wd int) time.Time { return time.Date(2001, 1, wd, 0, 0, 0, 0, time.UTC) }

// storyWeekday returns the weekday named in the lede (title or first
// three sentences), 0 if none.
func storyWeekday(tx []Timex) int {
	for _, t := range tx {
		if t.Sentence > 2 {
			break
		}
		if strings.HasPrefix(t.Value, "XXXX-WXX-") && len(t.Value) >= 10 {
			if d := t.Value[9]; d >= '1' && d <= '7' {
				return int(d - '0')
			}
		}
	}
	return 0
}

// relEvent is a relative event with its sort key in days from the anchor.
type relEvent struct {
	Event
	key int
	abs bool
}

// relativeTimeline builds the timeline of an article with no reference.
func relativeTimeline(a *article.Article, tx []Timex) []Event {
	wd := storyWeekday(tx)
	known := wd != 0
	if !known {
		wd = 1
	}
	r1 := relAnchor(wd)
	need := func(t Timex) bool { return relNeedsAnchor(a, t, known) }
	var v1 timexesByStart
	if slices.ContainsFunc(tx, need) {
		// with none to resolve, retagTimexes would find nothing
		v1 = valuesByStart(retagTimexes(a, r1, tx, need))
	}
	evs := make([]relEvent, 0, len(tx))
	for i, t := range tx {
		re, ok := relPlace(a, t, v1, r1, known)
		if !ok || inDateline(a, t.Start, t.End) {
			continue
		}
		re.Timex, re.Sentence = i, t.Sentence
		evs = append(evs, re)
	}
	// Sort indexes rather than the large events: the stable order is the same.
	order := make([]int32, len(evs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		x, y := &evs[i], &evs[j]
		switch {
		case x.abs != y.abs:
			if x.abs {
				return -1
			}
			return 1
		case x.abs:
			return strings.Compare(x.Date, y.Date)
		}
		return cmp.Compare(x.key, y.key)
	})
	out := make([]Event, len(evs))
	for i, k := range order {
		out[i] = evs[k].Event
	}
	out = mergeEvents(out)
	describe(a, tx, out)
	return out
}

// relPlace places one timex of an article without reference: dates the
// text spells out keep their (possibly partial) value; the others become
// offsets from the stand-in story day r.
func relPlace(a *article.Article, t Timex, v1 timexesByStart, r time.Time, known bool) (relEvent, bool) {
	if t.Type == "DATE" || t.Type == "TIME" {
		if strings.IndexByte(t.Value, 'X') < 0 && !strings.HasSuffix(t.Value, "_REF") {
			e, ok := placeValue(t.Value, t.Mod, time.Time{}, false)
			return relEvent{Event: e, abs: true}, ok
		}
		if e, ok := placePartial(t.Value); ok {
			return relEvent{Event: e, abs: true}, true
		}
		if !known && strings.Contains(t.Value, "WXX-") {
			return relEvent{}, false // a weekday with no story day to count from
		}
	}
	t1, ok := v1.get(t.Start)
	if !ok {
		return relEvent{}, false
	}
	e, ok := placeTimex(a, t1, r, true)
	if !ok {
		return relEvent{}, false
	}
	re := relEvent{Event: e}
	ok = relativize(&re, r)
	if ok && known && re.Date[0] == 'D' && !strings.Contains(re.Label, "weekend") {
		re.Label = d3(r.AddDate(0, 0, re.key)) + ", " + re.Label // "Tue, 3 days before"
	}
	return re, ok
}

// relNeedsAnchor reports whether relPlace needs t's value resolved
// against the stand-in story day: a relative date, or a duration that
// dates the start of what follows it ("the 10-month war").
func relNeedsAnchor(a *article.Article, t Timex, known bool) bool {
	switch t.Type {
	case "DATE", "TIME":
		if strings.IndexByte(t.Value, 'X') < 0 && !strings.HasSuffix(t.Value, "_REF") {
			return false
		}
		if _, ok := placePartial(t.Value); ok {
			return false
		}
		return known || !strings.Contains(t.Value, "WXX-")
	case "DURATION":
		return strings.Contains(t.Text, "-") && ongoingNouns[nextWord(a.Text, t.End)]
	}
	return false
}

// placePartial places "XXXX-02-21" and "XXXX-02": a day or month the
// text names without its year.
func placePartial(v string) (Event, bool) {
	if !strings.HasPrefix(v, "XXXX-") || len(v) < 7 || !isASCIIDigits(v[5:7]) {
		return Event{}, false
	}
	m := int(v[5]-'0')*10 + int(v[6]-'0')
	if m < 1 || m > 12 {
		return Event{}, false
	}
	if len(v) >= 10 && v[7] == '-' && isASCIIDigits(v[8:10]) {
		d := v[8:10]
		return Event{Date: v[:10], EndDate: v[:10], Precision: "day", Label: strings.TrimPrefix(d, "0") + " " + monthAbbr[m]}, true
	}
	return Event{Date: v[:7], EndDate: v[:7], Precision: "month", Label: monthAbbr[m]}, true
}

// timexesByStart indexes timexes by their start offset (the last one
// wins when two start at the same offset).
type timexesByStart struct {
	tx  []Timex
	idx map[int]int32
}

// valuesByStart indexes tx by start offset.
func valuesByStart(tx []Timex) timexesByStart {
	m := make(map[int]int32, len(tx))
	for i, t := range tx {
		m[t.Start] = int32(i)
	}
	return timexesByStart{tx: tx, idx: m}
}

// get returns the timex starting at start.
func (v timexesByStart) get(start int) (Timex, bool) {
	i, ok := v.idx[start] // a nil map finds nothing
	if !ok {
		return Timex{}, false
	}
	return v.tx[i], true
}

// relativize rewrites an event placed against anchor r as an offset; the
// event comes from placeTimex with rel set.
func relativize(e *relEvent, r time.Time) bool {
	d, ok := parseFirstDay(e.Date)
	if !ok {
		return false
	}
	days := int(d.Sub(r).Hours() / 24)
	e.key = days
	unit, n, name := "D", days, "day"
	switch e.Precision {
	case "week":
		unit, n, name = "W", int(txWeekStart(d).Sub(txWeekStart(r)).Hours()/24/7), "week"
	case "month", "part of month":
		unit, n, name = "M", (d.Year()-r.Year())*12+int(d.Month())-int(r.Month()), "month"
	case "year":
		unit, n, name = "Y", d.Year()-r.Year(), "year"
	}
	label := relLabel(n, name)
	if strings.HasPrefix(e.Label, "weekend") {
		label = strings.Replace(relLabel(n/7, "weekend"), "story weekend", "this weekend", 1)
	}
	if e.Precision == "part of month" {
		label = e.Label + " " + label // its first word: "late", "mid-Jul"
	}
	if e.Precision == "day" && strings.HasPrefix(e.Label, ", ") {
		label += e.Label // the part of day
	}
	sign := "+"
	if n < 0 {
		sign = ""
	}
	e.Date = unit + sign + strconv.Itoa(n)
	e.EndDate = e.Date
	e.Precision, e.Label = "relative", label
	return true
}

// d3 is the weekday abbreviation of t.
func d3(t time.Time) string { return t.Weekday().String()[:3] }

// parseFirstDay parses the first day of a possibly partial ISO date, as
// parseDay does the date completed with "-01-01" or "-01".
func parseFirstDay(s string) (time.Time, bool) {
	switch {
	case len(s) == 4:
		if y, ok := txAtoi(s); ok {
			return txDate(y, 1, 1), true
		}
		return time.Time{}, false
	case len(s) == 7 && s[4] == '-':
		y, oky := txAtoi(s[:4])
		m, okm := txAtoi(s[5:7])
		if !oky || !okm || m < 1 || m > 12 {
			return time.Time{}, false
		}
		return txDate(y, m, 1), true
	case len(s) == 7:
		return time.Time{}, false
	}
	return parseDay(s)
}

// relLabel names an offset of n units: "story day", "day before", "3
// days after".
func relLabel(n int, name string) string {
	switch {
	case n == 0:
		switch name { // constants, not built each time
		case "day":
			return "story day"
		case "week":
			return "story week"
		case "month":
			return "story month"
		case "year":
			return "story year"
		}
		return "story " + name
	case n == -1:
		return name + " before"
	case n == 1:
		return name + " after"
	case n < 0:
		return strconv.Itoa(-n) + " " + name + "s before"
	}
	return strconv.Itoa(n) + " " + name + "s after"
}
