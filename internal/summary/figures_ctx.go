package summary

// Context rules: numbers that are dates, clock times, parts of names,
// versions, addresses or phone numbers are not figures.

// excludedNum reports whether the digit amount a is not a figure because of
// its context.
func (s *figScanner) excludedNum(a *figAmt) bool {
	j := a.numTok
	if s.att(j) && j > 0 {
		switch p := s.toks[j-1]; {
		case p.kind == fkWord && a.cur == "":
			return true // G7, cac40, A320
		case p.kind == fkPunct:
			switch p.v {
			case ':', '/', '#', '@', '_', '\\', '=', '&':
				return a.cur == ""
			case '\'', '’', '‘':
				return a.digits == 2 // '90s, since '57
			case '.':
				if s.isWord(j-2) && s.att(j-1) || s.isNum(j-2) && s.att(j-1) {
					return true // ID.3, 1.2.3
				}
			case '-', '‑':
				if j > 1 && s.att(j-1) && s.upper(j-2) || s.isNum(j-2) && s.att(j-1) && !s.ranging {
					return true // COVID-19, F-16
				}
				if s.att(j-1) && s.has(j-2, fcHyphenName) {
					return true // last-32, under-21
				}
			}
		}
	}
	if s.isP(a.last, '.') && s.att(a.last) && s.isNum(a.last+1) && s.att(a.last+1) {
		return true // 1.2.3, 192.168.0.1
	}
	if s.isP(a.last, ':') && s.att(a.last) && s.isNum(a.last+1) {
		return true // 11:30
	}
	if s.suffixNotUnit(a) || s.clockAfter(a.last) || s.dateLike(a) {
		return true
	}
	if a.cur == "" && a.unit == "" && (s.nameBefore(j) || s.address(a.last)) {
		return true
	}
	if s.isP(a.first-1, '(') && s.isP(a.last, ')') && a.unit == "" && s.upper(a.first-2) {
		return true // Dak Prescott (4)
	}
	if s.isWord(j-1) && s.w(j-1) == "No" || s.isP(j-1, '.') && s.is(j-2, "no") || s.is(j-1, "number") {
		return true
	}
	return false
}

// suffixNotUnit reports whether letters written against the digits make the
// number an ordinal, a decade or a code ("22nd", "1990s", "5G", "49ers").
func (s *figScanner) suffixNotUnit(a *figAmt) bool {
	k := a.numTok + 1
	if a.last != k || !s.isWord(k) || !s.att(k) {
		if s.isP(k, '\'') || s.isP(k, '’') {
			return s.att(k) && s.is(k+1, "s") && s.att(k+1) // 1990's
		}
		return false
	}
	return true // the unit reader took no attached letters
}

// clockAfter reports whether token k makes the number before it a clock
// time ("9 a.m.", "5pm", "10:27 PM EDT", "3 o'clock").
func (s *figScanner) clockAfter(k int) bool {
	if !s.isWord(k) {
		return false
	}
	if lw := s.lw(k); len(lw) == 1 && (lw[0] == 'a' || lw[0] == 'p') {
		return s.isP(k+1, '.') && s.att(k+1) && s.is(k+2, "m")
	}
	return s.cls(k)&fcClock != 0
}

// dateLike reports whether the number is a day of a month, a year or a
// decade.
func (s *figScanner) dateLike(a *figAmt) bool {
	j := a.numTok
	if a.cur != "" {
		return false
	}
	prev := j - 1
	if s.isP(prev, '.') {
		prev--
	}
	if s.month(prev) && a.integer && a.value < 10000 {
		return true // May 31, Aug. 14, March 2024
	}
	if j == 0 && a.integer && a.value <= 31 && figMonths[s.wordBeforeSentence()] {
		return true // a splitter cut "Aug. | 14"
	}
	if s.month(j+1) && a.integer && a.value <= 31 && a.last == j+1 {
		return true // 1 September
	}
	if a.digits != 4 || a.unit != "" && a.unit != "s" {
		return false
	}
	v := a.value
	if v >= 1900 && v <= 2150 {
		if s.has(j-1, fcQual) && !s.is(j-1, "over") {
			return false // "about 2000 people"
		}
		return true
	}
	if v >= 1000 && v < 1900 {
		switch string(s.lw(max(prev, 0))) {
		case "in", "since", "from", "between", "until", "till", "by", "circa", "c", "of", "and", "year":
			return true
		}
	}
	return false
}

// nameBefore reports whether the number at token j follows a capitalised
// word that makes it part of a name ("Boeing 737", "Game 6", "Section 427",
// "Euro 2020", "S&P 500").
func (s *figScanner) nameBefore(j int) bool {
	p := j - 1
	if p < 0 || !s.toks[j].gap || !s.isWord(p) || s.upper(p) && !s.allCaps(p) && len(s.w(p)) > 1 && s.isTitle() {
		return false
	}
	w := s.w(j)
	for i := 0; i < len(w); i++ {
		if w[i] == ',' || w[i] == '.' {
			return false // index levels and money are never names
		}
	}
	c := s.cls(p)
	if !s.upper(p) {
		return c&fcNameWord != 0
	}
	if c&(fcNameOK|fcQual) != 0 || s.month(p) || c&fcStop != 0 && !s.allCaps(p) {
		return false
	}
	return true
}

// address reports whether the tokens from k make the number before them a
// street number ("575 Wilbraham Road", "9 E 71st St").
func (s *figScanner) address(k int) bool {
	if s.isDash(k) && s.att(k) && s.isNum(k+1) && s.att(k+1) {
		k += 2 // 16-18 Industrial Avenue
	}
	for n := 0; n < 4 && k+n < s.n(); n++ {
		t := k + n
		switch {
		case s.has(t, fcStreet) && figStreet[s.w(t)]:
			return n > 0 || s.w(t) == "Ave"
		case s.isWord(t) && s.upper(t):
		case s.isNum(t) && s.isWord(t+1) && s.att(t+1):
			n++
		case s.isP(t, '.'):
		default:
			return false
		}
	}
	return false
}

// phoneRun returns the length of a run of three or more numbers joined by
// spaces, hyphens, dots or slashes starting at token i (phone numbers,
// numeric dates, ISO timestamps), or 0.
func (s *figScanner) phoneRun(i int) int {
	if !s.isNum(i) || s.att(i) && (s.isNum(i-1) || s.isDash(i-1)) {
		return 0
	}
	if i > 0 && (s.isP(i-1, '+') || s.isP(i-1, '(')) && s.att(i) {
		i--
	}
	nums, k := 1, i+1
	if s.isP(i, '+') || s.isP(i, '(') {
		k = i + 2
	}
	for k < s.n() {
		switch {
		case s.isNum(k) && !s.att(k) && s.isNum(k-1):
			nums++
			k++
		case (s.isDash(k) || s.isP(k, '/') || s.isP(k, '.') || s.isP(k, ')')) && s.att(k) && s.isNum(k+1):
			nums++
			k += 2
		default:
			if nums >= 3 {
				return k - i
			}
			return 0
		}
	}
	if nums >= 3 {
		return k - i
	}
	return 0
}

// figHyphenName are words that make a hyphenated number a label
// ("last-32", "under-21", "top-10").
var figHyphenName = map[string]bool{"last": true, "top": true, "under": true, "over": true,
	"round": true, "covid": true, "g": true}

// figNameWords are lower-case words that take a number as a name or label
// ("sp 500", "game 6", "section 230", "page 5").
var figNameWords = map[string]bool{
	"sp": true, "p": true, "ftse": true, "stoxx": true, "nikkei": true, "dax": true, "cac": true,
	"asx": true, "russell": true, "fortune": true, "nasdaq": true, "euro": true, "covid": true,
	"boeing": true, "airbus": true, "iphone": true, "windows": true, "xbox": true,
	"playstation": true, "galaxy": true, "pixel": true, "model": true, "game": true,
	"section": true, "article": true, "chapter": true, "route": true, "flight": true,
	"apollo": true, "level": true, "category": true, "stage": true, "phase": true, "ligue": true,
	"serie": true, "formula": true, "channel": true, "room": true, "gate": true, "terminal": true,
	"platform": true, "row": true, "seat": true, "page": true, "vol": true, "episode": true,
	"season": true, "series": true, "round": true, "grade": true, "version": true, "tier": true,
	"zone": true, "district": true, "ward": true, "suite": true, "apt": true, "exit": true,
	"interstate": true, "highway": true, "psalm": true, "verse": true, "act": true, "bill": true,
	"resolution": true, "amendment": true, "clause": true, "paragraph": true, "figure": true,
	"table": true, "appendix": true, "week": true, "day": true, "lap": true, "hole": true,
	"track": true, "disc": true, "part": true, "item": true, "class": true, "type": true,
	"division": true, "number": true, "no": true, "nos": true, "pg": true,
}

// wordBeforeSentence returns the word that ends just before the current
// sentence, past white space and one full stop.
func (s *figScanner) wordBeforeSentence() string {
	i := s.base
	for i > 0 && (s.text[i-1] == ' ' || s.text[i-1] == '\n' || s.text[i-1] == '\t') {
		i--
	}
	if i == 0 || s.text[i-1] != '.' {
		return ""
	}
	i--
	e := i
	for i > 0 && i > e-12 && (s.text[i-1] >= 'a' && s.text[i-1] <= 'z' || s.text[i-1] >= 'A' && s.text[i-1] <= 'Z') {
		i--
	}
	return s.text[i:e]
}
