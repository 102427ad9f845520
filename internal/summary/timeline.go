package summary

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/brief-reader/brief/internal/article"
)

// buildTimeline turns the dated time expressions into events sorted by
// date. Without a reference date it builds a relative timeline anchored at
// the story's day (see relativeTimeline).
func buildTimeline(a *article.Article, tx []Timex, ref time.Time) []Event {
	if ref.IsZero() {
		return relativeTimeline(a, tx)
	}
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	var evs []Event
	for i, t := range tx {
		e, ok := placeTimex(a, t, ref, false)
		if !ok || inDateline(a, t.Start, t.End) {
			continue // the dateline's date is the story's own, not an event
		}
		e.Timex, e.Sentence = i, t.Sentence
		evs = append(evs, e)
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date < evs[j].Date })
	evs = mergeEvents(evs)
	describe(a, tx, evs)
	return evs
}

// describe fills in what happened at each event.
func describe(a *article.Article, tx []Timex, evs []Event) {
	// in text order, so the expressions of one sentence split it once
	order := make([]int32, len(evs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int { return cmp.Compare(evs[i].Timex, evs[j].Timex) })
	sp := newSplitter()
	for _, i := range order {
		t := tx[evs[i].Timex]
		if t.Type == "DURATION" {
			evs[i].Event = startEvent(a, t, sp)
		} else {
			evs[i].Event = eventText(a, t, sp)
		}
	}
	sp.release()
}

// mergeEvents drops repeated mentions of one date in one sentence.
func mergeEvents(evs []Event) []Event {
	type key struct {
		date, end string
		sentence  int
	}
	seen := make(map[key]bool, len(evs))
	out := evs[:0]
	for _, e := range evs {
		k := key{e.Date, e.EndDate, e.Sentence}
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// placeTimex gives a timex its calendar position, if it has one. With rel
// set the event is for relativize, which needs less (see placeValue).
func placeTimex(a *article.Article, t Timex, ref time.Time, rel bool) (Event, bool) {
	switch t.Type {
	case "DATE", "TIME":
		return placeValue(t.Value, t.Mod, ref, rel)
	case "DURATION":
		return placeStart(a, t, ref, rel)
	}
	return Event{}, false
}

// pad2 formats n as fmt.Sprintf("%02d", n) does.
func pad2(n int) string {
	if n < 0 || n > 99 {
		return fmt.Sprintf("%02d", n)
	}
	const digits = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
	return digits[2*n : 2*n+2]
}

var monthAbbr = [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dayLabel formats a day as "Thu 22 Aug" (with the year when it differs
// from the reference year).
func dayLabel(d, ref time.Time) string {
	s := d.Weekday().String()[:3] + " " + strconv.Itoa(d.Day()) + " " + monthAbbr[d.Month()]
	if d.Year() != ref.Year() {
		s += " " + strconv.Itoa(d.Year())
	}
	return s
}

// podLabels name the TIMEX3 parts of day.
var podLabels = map[string]string{"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

// parseDay parses "2006-01-02" as time.Parse would (a valid calendar
// day), without its layout machinery.
func parseDay(v string) (time.Time, bool) {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return time.Time{}, false
	}
	y, oky := txAtoi(v[:4])
	m, okm := txAtoi(v[5:7])
	d, okd := txAtoi(v[8:10])
	if !oky || !okm || !okd || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := txDate(y, m, d)
	if t.Day() != d {
		return time.Time{}, false // February 30 and the like
	}
	return t, true
}

// placeValue maps a TIMEX3 value to an event date range. With rel set,
// the event is for relativize, which replaces EndDate and the label: the
// label is then only what relativize reads, the part of day of a day
// (", morning"), "weekend" for a weekend, the first word of a part of a
// month ("late", "mid-Jul"), and EndDate is not set.
func placeValue(v, mod string, ref time.Time, rel bool) (Event, bool) {
	switch {
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		d, ok := parseDay(v[:10])
		if !ok {
			return Event{}, false
		}
		day := v[:10]
		label := ""
		if !rel {
			label = dayLabel(d, ref)
		}
		if rest := v[10:]; len(rest) > 1 && rest[0] == 'T' {
			if p, ok := podLabels[rest[1:]]; ok {
				label += ", " + p
			} else {
				label += ", " + rest[1:]
			}
		}
		return Event{Date: day, EndDate: day, Precision: "day", Label: label}, true
	case strings.Contains(v, "-W"):
		return placeWeek(v, ref, rel)
	case len(v) == 7 && v[4] == '-' && isASCIIDigits(v[5:]):
		return placeMonth(v, mod, ref, rel)
	case len(v) == 4 && isASCIIDigits(v):
		return Event{Date: v, EndDate: v, Precision: "year", Label: v}, true
	case len(v) == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H'):
		n := int(v[6] - '0')
		span := 3
		if v[5] == 'H' {
			span = 6
		}
		first := (n-1)*span + 1
		if rel {
			return Event{Date: v[:5] + pad2(first), Precision: "month"}, true
		}
		return Event{Date: v[:5] + pad2(first), EndDate: v[:5] + pad2(first+span-1),
			Precision: "month", Label: v[5:] + " " + v[:4]}, true
	case len(v) == 7 && v[4] == '-':
		if s, ok := seasonMonths[v[5:]]; ok && rel {
			return Event{Date: v[:5] + s[0], Precision: "month"}, true
		} else if ok {
			return Event{Date: v[:5] + s[0], EndDate: v[:5] + s[1], Precision: "month", Label: s[2] + " " + v[:4]}, true
		}
	case len(v) == 3 && isASCIIDigits(v):
		if rel {
			return Event{Date: v + "0", Precision: "year"}, true
		}
		return Event{Date: v + "0", EndDate: v + "9", Precision: "year", Label: v + "0s"}, true
	}
	return Event{}, false
}

// seasonMonths maps TIMEX3 seasons to first month, last month and name.
var seasonMonths = map[string][3]string{
	"SP": {"03", "05", "spring"}, "SU": {"06", "08", "summer"},
	"FA": {"09", "11", "autumn"}, "WI": {"12", "02", "winter"},
}

// placeWeek places "2024-W34" and "2024-W34-WE" (rel: see placeValue).
func placeWeek(v string, ref time.Time, rel bool) (Event, bool) {
	k := strings.Index(v, "-W")
	if k < 1 {
		return Event{}, false
	}
	y, ok := txAtoi(v[:k])
	n := k + 2
	for n < len(v) && txIsASCIIDigit(v[n]) {
		n++
	}
	w, okw := txAtoi(v[k+2 : n])
	if !ok || !okw || w < 1 || w > 53 {
		return Event{}, false
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	mon := txWeekStart(jan4).AddDate(0, 0, 7*(w-1))
	switch {
	case rel && strings.HasSuffix(v, "-WE"):
		return Event{Date: txFmtDay(mon.AddDate(0, 0, 5)), Precision: "day", Label: "weekend"}, true
	case rel:
		return Event{Date: txFmtDay(mon), Precision: "week"}, true
	}
	if strings.HasSuffix(v, "-WE") {
		sat, sun := mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6)
		return Event{Date: txFmtDay(sat), EndDate: txFmtDay(sun), Precision: "day",
			Label: "weekend " + strconv.Itoa(sat.Day()) + "–" + strconv.Itoa(sun.Day()) + " " + monthAbbr[sun.Month()]}, true
	}
	sun := mon.AddDate(0, 0, 6)
	return Event{Date: txFmtDay(mon), EndDate: txFmtDay(sun), Precision: "week",
		Label: "week of " + strconv.Itoa(mon.Day()) + " " + monthAbbr[mon.Month()]}, true
}

// placeMonth places "2024-07", with START/MID/END as a part of the month
// (rel: see placeValue).
func placeMonth(v, mod string, ref time.Time, rel bool) (Event, bool) {
	y, _ := strconv.Atoi(v[:4])
	m, _ := strconv.Atoi(v[5:])
	if m < 1 || m > 12 {
		return Event{}, false
	}
	lo, hi, word := 0, 0, ""
	switch mod {
	case "START":
		lo, hi, word = 1, 10, "early"
	case "MID":
		lo, hi, word = 11, 20, "mid-"
	case "END":
		lo, word = 21, "late"
		if !rel {
			hi = txDate(y, m+1, 0).Day()
		}
	default:
		if rel {
			return Event{Date: v, Precision: "month"}, true
		}
		return Event{Date: v, EndDate: v, Precision: "month", Label: monthAbbr[m] + " " + v[:4]}, true
	}
	if rel {
		if word == "mid-" {
			word = "mid-" + monthAbbr[m]
		}
		return Event{Date: v + "-" + pad2(lo), Precision: "part of month", Label: word}, true
	}
	label := word + " " + monthAbbr[m]
	if word == "mid-" {
		label = "mid-" + monthAbbr[m]
	}
	if y != ref.Year() {
		label += " " + v[:4]
	}
	return Event{Date: v + "-" + pad2(lo), EndDate: v + "-" + pad2(hi),
		Precision: "part of month", Label: label}, true
}

// placeStart dates the start of an ongoing event measured by an adjectival
// duration: "over 10-month war" began ten months before the reference.
func placeStart(a *article.Article, t Timex, ref time.Time, rel bool) (Event, bool) {
	if !strings.Contains(t.Text, "-") || len(t.Value) < 3 || t.Value[1] == 'T' {
		return Event{}, false
	}
	next := nextWord(a.Text, t.End)
	if !ongoingNouns[next] {
		return Event{}, false
	}
	n, err := strconv.Atoi(t.Value[1 : len(t.Value)-1])
	if err != nil {
		return Event{}, false
	}
	if rel {
		return placeStartRel(t.Value, n, ref)
	}
	end := txFmtDay(ref)
	switch t.Value[len(t.Value)-1] {
	case 'D':
		d := ref.AddDate(0, 0, -n)
		return Event{Date: txFmtDay(d), EndDate: end, Precision: "day", Label: "since " + dayLabel(d, ref)}, true
	case 'W':
		d := ref.AddDate(0, 0, -7*n)
		return Event{Date: txFmtDay(d), EndDate: end, Precision: "week", Label: "since " + dayLabel(d, ref)}, true
	case 'M':
		d := txDate(ref.Year(), int(ref.Month())-n, 1)
		return Event{Date: txFmtMonth(d.Year(), int(d.Month())), EndDate: end, Precision: "month",
			Label: monthAbbr[d.Month()] + " " + strconv.Itoa(d.Year())}, true
	case 'Y':
		y := strconv.Itoa(ref.Year() - n)
		return Event{Date: y, EndDate: end, Precision: "year", Label: y}, true
	}
	return Event{}, false
}

// placeStartRel is placeStart for relativize: the start date and the
// precision of value v (n units) back from ref.
func placeStartRel(v string, n int, ref time.Time) (Event, bool) {
	switch v[len(v)-1] {
	case 'D':
		return Event{Date: txFmtDay(ref.AddDate(0, 0, -n)), Precision: "day"}, true
	case 'W':
		return Event{Date: txFmtDay(ref.AddDate(0, 0, -7*n)), Precision: "week"}, true
	case 'M':
		d := txDate(ref.Year(), int(ref.Month())-n, 1)
		return Event{Date: txFmtMonth(d.Year(), int(d.Month())), Precision: "month"}, true
	case 'Y':
		return Event{Date: strconv.Itoa(ref.Year() - n), Precision: "year"}, true
	}
	return Event{}, false
}

// ongoingNouns name events a duration adjective can date the start of.
var ongoingNouns = map[string]bool{
	"war": true, "strike": true, "conflict": true, "siege": true, "campaign": true,
	"occupation": true, "blockade": true, "standoff": true, "crisis": true, "dispute": true,
	"lockout": true, "shutdown": true, "protest": true, "protests": true, "walkout": true,
	"offensive": true, "insurgency": true, "uprising": true, "drought": true, "outbreak": true,
	"investigation": true, "probe": true, "trial": true, "search": true, "manhunt": true,
	"fight": true, "battle": true, "struggle": true, "talks": true, "negotiations": true,
	"boycott": true, "embargo": true, "ban": true, "freeze": true, "closure": true,
	"detention": true, "captivity": true, "rule": true, "reign": true, "tenure": true,
	"recession": true, "slump": true, "stalemate": true, "truce": true, "ceasefire": true,
	"cease-fire": true, "famine": true, "epidemic": true, "pandemic": true, "hunt": true,
}

// nextWord returns the lower-case word after offset off.
func nextWord(text string, off int) string {
	i := off
	for i < len(text) && (text[i] == ' ' || text[i] == '-') {
		i++
	}
	j := i
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z' || text[j] == '-') {
		j++
	}
	return strings.ToLower(text[i:j])
}

func isASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
