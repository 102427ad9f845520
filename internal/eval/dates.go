package eval

import (
	"regexp"
	"strconv"
	"time"
)

var (
	reDay     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reYear    = regexp.MustCompile(`^(\d{4})$`)
	reWeek    = regexp.MustCompile(`^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
)

// DateInterval returns the first and last day a TIMEX3 date value denotes:
// a day (time parts ignored: "2024-08-22TNI" is that day), an ISO week
// ("2024-W34" is Monday to Sunday, "-WE" its weekend, "-3" its Wednesday),
// a quarter, a month or a year. The modifiers START, MID and END narrow a
// month to its days 1-10, 11-20 and 21-last, and a year to January-April,
// May-August and September-December. ok is false for anything else
// (durations, sets, unresolved "XXXX" values, PRESENT_REF, …).
func DateInterval(value, mod string) (start, end time.Time, ok bool) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	if m := reDay.FindStringSubmatch(value); m != nil {
		t := date(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		if t.Month() != time.Month(atoi(m[2])) || t.Day() != atoi(m[3]) {
			return start, end, false
		}
		return t, t, true
	}
	if m := reMonth.FindStringSubmatch(value); m != nil {
		mo := atoi(m[2])
		if mo < 1 || mo > 12 {
			return start, end, false
		}
		first := date(atoi(m[1]), mo, 1)
		last := first.AddDate(0, 1, -1)
		switch mod {
		case "START":
			last = date(first.Year(), mo, 10)
		case "MID":
			first, last = date(first.Year(), mo, 11), date(first.Year(), mo, 20)
		case "END":
			first = date(first.Year(), mo, 21)
		}
		return first, last, true
	}
	if m := reYear.FindStringSubmatch(value); m != nil {
		y := atoi(m[1])
		first, last := date(y, 1, 1), date(y, 12, 31)
		switch mod {
		case "START":
			last = date(y, 4, 30)
		case "MID":
			first, last = date(y, 5, 1), date(y, 8, 31)
		case "END":
			first = date(y, 9, 1)
		}
		return first, last, true
	}
	if m := reWeek.FindStringSubmatch(value); m != nil {
		if w := atoi(m[2]); w < 1 || w > 53 {
			return start, end, false
		}
		mon := isoWeekMonday(atoi(m[1]), atoi(m[2]))
		switch m[3] {
		case "":
			return mon, mon.AddDate(0, 0, 6), true
		case "WE":
			return mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), true
		default:
			d := mon.AddDate(0, 0, atoi(m[3])-1)
			return d, d, true
		}
	}
	if m := reQuarter.FindStringSubmatch(value); m != nil {
		first := date(atoi(m[1]), 3*atoi(m[2])-2, 1)
		return first, first.AddDate(0, 3, -1), true
	}
	return start, end, false
}

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday()+6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

// SameDates reports whether the interval [start, end] has the gold dates:
// each gold date (ISO, possibly partial: "2023-10") equals the matching end
// of the interval cut to the gold date's precision.
func SameDates(start, end time.Time, goldStart, goldEnd string) bool {
	cut := func(t time.Time, g string) bool {
		s := t.Format("2006-01-02")
		return len(g) <= len(s) && s[:len(g)] == g
	}
	if goldEnd == "" {
		goldEnd = goldStart
	}
	return goldStart != "" && cut(start, goldStart) && cut(end, goldEnd)
}
