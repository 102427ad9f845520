package article

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const monthRx = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

var (
	rxISODate = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d?)-(\d\d?)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b`)
	// "March 14, 2025", "Sept. 3 2024", "Aug 23rd, 2024".
	rxMDY = regexp.MustCompile(`(?i)\b(` + monthRx + `)\.?\s+(\d\d?)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
	// "14 March 2025", "23 Aug. 2024".
	rxDMY = regexp.MustCompile(`(?i)\b(\d\d?)(?:st|nd|rd|th)?\s+(` + monthRx + `)\.?,?\s+((?:19|20)\d\d)\b`)
	// "May 20", "20 May".
	rxMonthDay = regexp.MustCompile(`(?i)\b(?:` + monthRx + `\.?\s+\d\d?(?:st|nd|rd|th)?|\d\d?(?:st|nd|rd|th)?\s+` + monthRx + `)\b`)
	// A date-line prefix such as "Published:" or "Last updated on".
	rxDatePrefix = regexp.MustCompile(`(?i)^(published|posted|updated|last updated|first published|date)(?:\s+on)?\s*:?\s*`)
	// Tokens a date line may hold besides the date itself.
	rxDateFiller = regexp.MustCompile(`(?i)^(?:\d\d?[:.]\d\d(?:[:.]\d\d)?|[ap]\.?m\.?|at|on|gmt|utc|bst|cet|cest|e[sd]?t|[cmp][sd]?t|[+-]\d{2}:?\d{2}|z|` +
		`mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[|,/·•–—-]+|\d\d?(?:[ap]m)?)$`)
)

var monthNames = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// monthOf returns the month named by s ("Aug", "August", "Sept.").
func monthOf(s string) (time.Month, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0, false
	}
	m, ok := monthNames[s[:3]]
	if !ok {
		return 0, false
	}
	full := strings.ToLower(m.String())
	if s == full || s == full[:3] || s == "sept" {
		return m, true
	}
	return 0, false
}

// mkDate builds a UTC date, rejecting impossible ones (Feb 30).
func mkDate(y int, m time.Month, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

var fullLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02 15:04:05 -0700", "2006-01-02 15:04", "2006-01-02", time.RFC1123Z, time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.RFC850, time.RFC822Z, time.RFC822,
}

// parseDate reads a publication date written in any common form: an ISO or
// RFC timestamp (kept with its zone), or a date with a month name such as
// "23 August 2024" or "March 14, 2025" somewhere in s.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return time.Time{}, false
	}
	for _, l := range fullLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	t, _, ok := findDate(s)
	return t, ok
}

// findDate finds the first full date (with a year) in s and returns it with
// its byte range.
func findDate(s string) (time.Time, [2]int, bool) {
	if m := rxISODate.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		if t, ok := mkDate(y, time.Month(mo), d); ok {
			return t, [2]int{m[0], m[1]}, true
		}
	}
	if m := rxMDY.FindStringSubmatchIndex(s); m != nil {
		mo, _ := monthOf(s[m[2]:m[3]])
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if t, ok := mkDate(y, mo, d); ok {
			return t, [2]int{m[0], m[1]}, true
		}
	}
	if m := rxDMY.FindStringSubmatchIndex(s); m != nil {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := monthOf(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if t, ok := mkDate(y, mo, d); ok {
			return t, [2]int{m[0], m[1]}, true
		}
	}
	return time.Time{}, [2]int{}, false
}

// dateLine reports whether line is only a publication date such as
// "Published: 14 March 2025" or "Updated 12:30 GMT, 23 August 2024", and
// returns the date and whether it is an update time.
func dateLine(line string) (t time.Time, updated, ok bool) {
	line = strings.TrimSpace(line)
	if len(line) > 100 {
		return time.Time{}, false, false
	}
	rest := line
	if m := rxDatePrefix.FindStringSubmatch(line); m != nil {
		updated = strings.Contains(strings.ToLower(m[1]), "updated")
		rest = line[len(m[0]):]
	}
	t, at, ok := findDate(rest)
	if !ok {
		// "Posted May 20": a labelled date without a year is still a date
		// line, but gives no publication date.
		if rest != line {
			if m := rxMonthDay.FindStringIndex(rest); m != nil && onlyFiller(rest[:m[0]]) && onlyFiller(rest[m[1]:]) {
				return time.Time{}, updated, true
			}
		}
		return time.Time{}, false, false
	}
	if !onlyFiller(rest[:at[0]]) || !onlyFiller(rest[at[1]:]) {
		return time.Time{}, false, false
	}
	if tt, err := time.Parse(time.RFC3339, strings.TrimSpace(rest)); err == nil {
		t = tt
	}
	return t, updated, true
}

// onlyFiller reports whether s holds only times, zones, weekdays and
// punctuation.
func onlyFiller(s string) bool {
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ",()")
		if f != "" && !rxDateFiller.MatchString(f) {
			return false
		}
	}
	return true
}
