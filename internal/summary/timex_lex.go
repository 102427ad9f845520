package summary

// Lexicons of the TIMEX3 tagger: month, weekday, number and unit words.

// txMonthNames maps month names and abbreviations (lower case, without the
// period) to 1..12.
var txMonthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// txWeekdayNames maps weekday names and abbreviations to ISO weekday numbers
// (Monday 1 … Sunday 7).
var txWeekdayNames = map[string]int{
	"monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
	"thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
	"saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

// txNumberWords maps cardinal number words to their values.
var txNumberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a": 1, "an": 1, "dozen": 12,
}

// txVagueNumbers are quantity words that leave the number unspecified.
var txVagueNumbers = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true,
	"countless": true,
}

// txOrdinalWords maps ordinals to their values (quarters, halves, days).
var txOrdinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2,
	"3rd": 3, "4th": 4, "final": 4, "last": -1,
}

// txUnitInfo describes a calendar unit word.
type txUnitInfo struct {
	code string // ISO 8601 txDuration letter: Y, M, W, D, H, MIN, S, Q, E, C
	time bool   // a time unit (PT…)
}

// txUnitWords maps unit words (singular and plural) to their units.
var txUnitWords = map[string]txUnitInfo{
	"second": {"S", true}, "seconds": {"S", true}, "minute": {"MIN", true},
	"minutes": {"MIN", true}, "hour": {"H", true}, "hours": {"H", true},
	"day": {"D", false}, "days": {"D", false}, "week": {"W", false},
	"weeks": {"W", false}, "month": {"M", false}, "months": {"M", false},
	"year": {"Y", false}, "years": {"Y", false}, "decade": {"E", false},
	"decades": {"E", false}, "century": {"C", false}, "centuries": {"C", false},
	"quarter": {"Q", false}, "quarters": {"Q", false}, "weekend": {"WE", false},
	"weekends":   {"WE", false},
	"millennium": {"L", false},
}

// txPartOfDay maps day-part words to TIMEX3 suffixes.
var txPartOfDay = map[string]string{
	"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI",
	"overnight": "TNI", "noon": "T12:00", "midday": "T12:00", "midnight": "T24:00",
	"dawn": "TMO", "daybreak": "TMO", "mornings": "TMO", "nights": "TNI",
	"evenings": "TEV", "afternoons": "TAF",
}

// txSeasons maps season words to TIMEX3 season codes.
var txSeasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// txSetAdverbs are frequency adverbs that are TIMEX3 SETs.
var txSetAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D",
	"biweekly": "P2W", "fortnightly": "P2W",
}

// txDecadeWords maps spelled decades to their century-relative digit.
var txDecadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// txPastIrregular lists irregular past-txTense verbs used as txTense cues.
var txPastIrregular = map[string]bool{
	"said": true, "told": true, "met": true, "was": true, "were": true, "had": true,
	"did": true, "left": true, "went": true, "came": true, "took": true, "made": true,
	"gave": true, "found": true, "held": true, "saw": true, "began": true, "rose": true,
	"fell": true, "won": true, "lost": true, "sold": true, "bought": true, "paid": true,
	"spent": true, "sent": true, "brought": true, "thought": true, "knew": true,
	"became": true, "got": true, "struck": true, "hit": true, "quit": true, "led": true,
	"fled": true, "ran": true, "spoke": true, "wrote": true, "broke": true, "chose": true,
	"drove": true, "flew": true, "grew": true, "threw": true, "stood": true, "sat": true,
	"shot": true, "felt": true, "kept": true, "meant": true, "has": true, "have": true,
	"been": true, "ago": true, "killed": true, "arrived": true, "died": true, "swept": true,
	"caught": true, "fought": true, "taught": true, "sought": true, "dealt": true,
	"hung": true, "bore": true, "tore": true, "beat": true, "slid": true,
}

// txFutureCues are words that mark a future or planned event.
var txFutureCues = map[string]bool{
	"will": true, "shall": true, "ll": true, "would": true, "going": true,
	"scheduled": true, "expected": true, "planned": true, "plans": true, "plan": true,
	"due": true, "aims": true, "intends": true, "hopes": true, "upcoming": true,
	"next": true, "should": true, "could": true, "must": true, "may": true,
	"might": true, "set": true, "tomorrow": true,
	"can": true, "resume": true, "return": true, "begin": true, "payable": true,
	"effective": true, "leaves": true, "arrives": true, "begins": true, "opens": true,
	"starts": true, "meets": true, "heads": true, "travels": true, "visits": true,
	"returns": true, "resumes": true, "faces": true, "hosts": true, "launches": true,
	"expires": true, "convenes": true,
}

// txPresentCues mark the present txTense.
var txPresentCues = map[string]bool{
	"is": true, "are": true, "am": true, "says": true, "continues": true,
	"continuing": true, "remains": true,
}

// txEdNotPast are words ending in -ed that are not past-txTense cues.
var txEdNotPast = map[string]bool{
	"need": true, "speed": true, "bed": true, "red": true, "united": true,
	"limited": true, "based": true, "indeed": true, "seed": true, "feed": true,
	"breed": true, "shed": true, "proceed": true, "exceed": true, "succeed": true,
	"hundred": true, "scheduled": true, "expected": true, "planned": true,
	"related": true, "ended": false, "year-ended": true, "named": true, "armed": true,
}

// txMeasureNouns follow numbers that are counts, not years ("2000 people").
var txMeasureNouns = map[string]bool{
	"percent": true, "people": true, "shares": true, "points": true, "feet": true,
	"miles": true, "tons": true, "dollars": true, "troops": true, "soldiers": true,
	"workers": true, "jobs": true, "barrels": true, "cars": true, "units": true,
	"meters": true, "kilometers": true, "pounds": true, "acres": true, "members": true,
	"employees": true, "residents": true, "votes": true, "seats": true, "homes": true,
	"passengers": true, "students": true, "yen": true, "marks": true, "francs": true,
	"lire": true, "kms": true, "km": true, "mph": true, "degrees": true, "hours": true,
	"days": true, "years": true, "months": true, "weeks": true, "minutes": true,
}
