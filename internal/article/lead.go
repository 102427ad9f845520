package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lead of an article: headline, byline, date lines and dateline. These
// detectors are shared by every format.

const (
	placeWordRx = `[\p{Lu}][\p{L}'’.\-/]*`
	capsWordRx  = `[\p{Lu}][\p{Lu}'’.\-/]+`
	connRx      = `(?:de|da|del|do|dos|la|le|es|el|al|am|on|upon|of|sur|en)`
	placeRx     = placeWordRx + `(?:\s(?:` + connRx + `\s)?` + placeWordRx + `){0,3}`
	capsPlaceRx = capsWordRx + `(?:\s(?:` + connRx + `\s|[\p{Lu}]+\s)?` + capsWordRx + `){0,3}`
	qualRx      = `(?:,\s?` + placeRx + `){0,2}`
	dlDateRx    = `(?:,?\s(?:` + monthRx + `\.?\s\d\d?(?:,?\s(?:19|20)\d\d)?|\d\d?\s` + monthRx + `\.?(?:\s(?:19|20)\d\d)?))?`
	agencyRx    = `\(\s?([\p{Lu}][\p{L}\p{N}&.'’\-/]*(?:\s[\p{L}\p{N}&.'’\-/]+){0,3})\s?\)`
)

var (
	// "WASHINGTON (AA) - ", "LONDON, Aug 23 (Reuters) - ", "(CNN)".
	rxDatelineAgency = regexp.MustCompile(`^(?:(` + placeRx + qualRx + `)(` + dlDateRx + `)\s{0,2})?` + agencyRx +
		`(\s*(?:--|[-–—_])\s*|\s*)`)
	// "Aug 23 (Reuters) - " (a date, no place).
	rxDatelineDate = regexp.MustCompile(`^(` + monthRx + `\.?\s\d\d?(?:,?\s(?:19|20)\d\d)?)\s{0,2}` + agencyRx + `(\s*(?:--|[-–—_])\s*)`)
	// "WASHINGTON — ", "BEIRUT, Lebanon, Aug 23 -- " (no agency: the place
	// must be in capitals and a dash must follow).
	rxDatelinePlain = regexp.MustCompile(`^(` + capsPlaceRx + qualRx + `)(` + dlDateRx + `)(?:\s*(?:--|[–—])\s*|\s(?:-|_)\s)`)
	rxByline        = regexp.MustCompile(`^(?:By|BY|by)[\s:]+(\S.*)$`)
	rxBullet        = regexp.MustCompile(`^(?:[-*•+>]\s|\d{1,3}[.)]\s)`)
)

// matchDateline finds a dateline at the start of s. It returns the dateline
// and the length of the prefix it covers (0 when there is none).
func matchDateline(s string) (Dateline, int) {
	d, n := matchDateline1(s)
	if n == 0 || n == len(s) {
		return d, n
	}
	// The text must go on with a word, a figure or a quote, not "(OSI),".
	r, _ := utf8.DecodeRuneInString(s[n:])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«$£€", r) {
		return Dateline{}, 0
	}
	return d, n
}

// notPlaces are capitalised labels that open a paragraph like a dateline
// place does ("EXCLUSIVE — ").
var notPlaces = map[string]bool{
	"EXCLUSIVE": true, "BREAKING": true, "UPDATE": true, "UPDATED": true, "ANALYSIS": true, "OPINION": true,
	"EDITORIAL": true, "COMMENTARY": true, "REVIEW": true, "WATCH": true, "VIDEO": true, "PHOTOS": true,
	"LIVE": true, "CORRECTION": true, "NOTE": true, "EDITOR'S": true, "EDITOR’S": true, "FACT": true,
	"SPOILER": true, "WARNING": true, "ALERT": true, "FLASH": true, "URGENT": true, "ADVISORY": true,
}

func matchDateline1(s string) (Dateline, int) {
	if m := rxDatelineAgency.FindStringSubmatchIndex(s); m != nil {
		place := sub(s, m, 1)
		sep := sub(s, m, 4)
		allCaps := place != "" && strings.ToUpper(place) == place
		// Accept "(CNN)Text", "PLACE (AP) - Text" and "PLACE (AP) Text"
		// with a place in capitals; reject "Hamas (the group) said".
		if strings.TrimSpace(sep) == "" && sep != "" && !allCaps {
			return Dateline{}, 0
		}
		d := Dateline{
			Place:  strings.TrimSpace(place),
			Agency: sub(s, m, 3),
			Date:   strings.TrimLeft(strings.TrimSpace(sub(s, m, 2)), ", "),
		}
		return d, m[1]
	}
	if m := rxDatelineDate.FindStringSubmatchIndex(s); m != nil {
		return Dateline{Agency: sub(s, m, 2), Date: sub(s, m, 1)}, m[1]
	}
	if m := rxDatelinePlain.FindStringSubmatchIndex(s); m != nil {
		if f := strings.Fields(sub(s, m, 1)); notPlaces[strings.Trim(f[0], ",:")] {
			return Dateline{}, 0
		}
		d := Dateline{
			Place: strings.TrimSpace(sub(s, m, 1)),
			Date:  strings.TrimLeft(strings.TrimSpace(sub(s, m, 2)), ", "),
		}
		return d, m[1]
	}
	return Dateline{}, 0
}

func sub(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

var nameConnectors = map[string]bool{
	"and": true, "&": true, "of": true, "de": true, "da": true, "del": true, "della": true, "der": true,
	"van": true, "von": true, "la": true, "le": true, "du": true, "bin": true, "al": true, "the": true,
	"y": true, "dos": true, "das": true, "ten": true, "ter": true,
}

var notNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "then": true, "now": true, "contrast": true, "comparison": true,
	"far": true, "law": true, "this": true, "that": true, "late": true, "early": true, "mid": true,
	"next": true, "last": true, "today": true, "tonight": true, "tomorrow": true, "noon": true,
}

// matchByline reports whether line is a short, name-like byline such as
// "By Michael Hernandez", "By Jane Roe and John Doe" or "By Jane Roe,
// Reuters". It returns the names without "By", and a date when the byline
// carries one ("By Jane Roe September 22 2019 at 10:27 PM EDT").
func matchByline(line string) (name, date string, ok bool) {
	line = strings.TrimSpace(line)
	if len(line) > 120 {
		return "", "", false
	}
	m := rxByline.FindStringSubmatch(line)
	if m == nil {
		return "", "", false
	}
	toks := strings.Fields(m[1])
	if len(toks) > 14 {
		return "", "", false
	}
	n := 0
	for i, tok := range toks {
		w := strings.Trim(tok, ",;|")
		if w == "" {
			continue
		}
		_, isMonth := monthOf(w)
		digit := strings.ContainsAny(w, "0123456789")
		if (isMonth || digit) && n > 0 {
			rest := strings.Join(toks[i:], " ")
			if isDateRest(rest) || digit && onlyFiller(rest) {
				date = rest
				break
			}
		}
		if digit {
			return "", "", false
		}
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		switch {
		case nameConnectors[lw] && i > 0:
		case unicode.IsUpper(r) && !notNames[lw] && !strings.HasSuffix(tok, ".") || isInitial(w):
			n++
		default:
			return "", "", false
		}
		if i == 0 && (notNames[lw] || nameConnectors[lw]) {
			return "", "", false
		}
		name = strings.TrimSpace(name + " " + tok)
	}
	if n == 0 || n > 10 {
		return "", "", false
	}
	return strings.Trim(name, " ,;|-"), date, true
}

// isInitial reports whether w is an initial such as "J." or "J.R.R.".
func isInitial(w string) bool {
	if len(w) < 2 || len(w) > 8 || !strings.HasSuffix(w, ".") {
		return false
	}
	for _, p := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		if len(p) != 1 || p[0] < 'A' || p[0] > 'Z' {
			return false
		}
	}
	return true
}

// isDateRest reports whether s is a date, possibly with a time: the tail of
// a byline such as "September 22 2019 at 10:27 PM EDT".
func isDateRest(s string) bool {
	if _, at, ok := findDate(s); ok {
		return onlyFiller(s[:at[0]]) && onlyFiller(s[at[1]:])
	}
	// "September 22 2019": no comma, so try again with one.
	f := strings.Fields(s)
	if len(f) >= 3 && isDigits(f[1]) && isDigits(f[2]) {
		if _, ok := monthOf(f[0]); ok {
			s = f[0] + " " + f[1] + ", " + strings.Join(f[2:], " ")
			if _, at, ok := findDate(s); ok {
				return onlyFiller(s[:at[0]]) && onlyFiller(s[at[1]:])
			}
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// endsSentence reports whether s ends like a sentence: . ! ? or an
// ellipsis, optionally followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’»)]")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// endsQuestion reports whether s ends with a question mark (before any
// closing quotes).
func endsQuestion(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’»)]")
	return strings.HasSuffix(s, "?")
}

// hasInnerBoundary reports whether s holds a sentence boundary before its
// end: a word of four or more letters, then . ! or ?, a space and a capital.
func hasInnerBoundary(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' || s[i+1] != ' ' {
			continue
		}
		j := i + 2
		for j < len(s) && strings.ContainsRune("\"'“‘(", rune(s[j])) {
			j++
		}
		if j >= len(s) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsUpper(r) {
			continue
		}
		if c != '.' {
			return true
		}
		k := i
		for k > 0 && unicode.IsLetter(rune(s[k-1])) {
			k--
		}
		if i-k >= 4 {
			return true
		}
	}
	return false
}

// headlineInfo is the context a headline candidate is judged in.
type headlineInfo struct {
	blankAfter bool // a blank line follows
	nextLen    int  // length of the next non-blank line
	nextLower  bool // the next line starts in lower case (a continuation)
}

// isHeadline reports whether the first line of a text is a headline: short,
// one line, not a sentence (no final . ! ?; a short question followed by a
// blank line is allowed), and not a byline, date line or dateline.
func isHeadline(l string, ctx headlineInfo) bool {
	n := len(l)
	if n < 2 || n > 200 || ctx.nextLower || ctx.nextLen == 0 {
		return false
	}
	words := strings.Fields(l)
	if len(words) > 30 || rxBullet.MatchString(l) || !strings.ContainsFunc(l, unicode.IsLetter) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	if strings.ContainsRune(",:-–—_([{", last) {
		return false
	}
	if endsSentence(l) {
		if !endsQuestion(l) && !strings.HasSuffix(l, "...") && !strings.HasSuffix(l, "…") && !strings.HasSuffix(l, "...'") || len(words) > 12 || !ctx.blankAfter || ctx.nextLen <= n {
			return false
		}
	}
	if hasInnerBoundary(l) {
		return false
	}
	if _, k := matchDateline(l); k > 0 {
		return false
	}
	if _, _, ok := matchByline(l); ok {
		return false
	}
	if _, _, ok := dateLine(l); ok {
		return false
	}
	return true
}
