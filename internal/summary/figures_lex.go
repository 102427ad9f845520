package summary

import "strings"

// Word lists of the figure finder. Keys are lower case unless a list says
// it is case-sensitive.

// figSmall maps number words to their values.
var figSmall = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// figScale maps scale words, spelled out or abbreviated, to multipliers.
var figScale = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
	"lakh": 1e5, "crore": 1e7,
}

// figAttachedScale maps scales written against the digits ("€30m", "$4.2bn",
// "50k") when a currency or a counted noun makes them unambiguous.
var figAttachedScale = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9, "bn": 1e9, "mn": 1e6,
	"mil": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "million": 1e6, "billion": 1e9, "K": 1e3}

// figVague maps plural scale words ("millions of") to the low end of the
// amount they suggest.
var figVague = map[string]float64{
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
	"billions": 1e9, "trillions": 1e12,
}

// figFraction maps fraction words to values.
var figFraction = map[string]float64{
	"half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25,
	"quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}

// figQualifiers maps qualifier phrases (up to three words, before the
// number) to the qualifier reported: as written, except that synonyms of
// "more than" ("over", "above") and "less than" ("under", "below") are
// normalised, as the hand annotation does.
var figQualifiers = map[string]string{
	"over": "more than", "more than": "more than", "above": "more than", "well over": "more than",
	"just over": "more than", "well above": "more than", "upwards of": "more than",
	"in excess of": "more than", "greater than": "more than", "a little over": "more than",
	"slightly more than": "more than", "well more than": "more than", "nearly": "nearly",
	"almost": "almost", "close to": "close to", "about": "about", "around": "around",
	"roughly": "roughly", "approximately": "approximately", "some": "some",
	"an estimated": "an estimated", "estimated": "estimated", "circa": "about", "~": "about",
	"≈": "about", "at least": "at least", "no fewer than": "at least", "no less than": "at least",
	"at most": "at most", "no more than": "at most", "up to": "up to", "as many as": "as many as",
	"as much as": "as much as", "fewer than": "fewer than", "less than": "less than",
	"under": "less than", "below": "less than", "just under": "less than", "just below": "less than",
	"<": "less than", ">": "more than", "≥": "at least", "≤": "at most", "exactly": "exactly",
	"precisely": "exactly",
}

// figStop are words that end a counted-noun phrase: function words,
// auxiliaries and adverbs that never name what a number counts.
var figStop = figWordSet(
	"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
	"by", "with", "without", "as", "than", "that", "this", "these", "those", "which", "who",
	"whom", "whose", "what", "when", "where", "while", "whilst", "since", "after", "before",
	"during", "until", "till", "into", "onto", "over", "under", "about", "around", "between",
	"among", "against", "through", "across", "per", "via", "up", "down", "out", "off", "if",
	"so", "yet", "because", "though", "although", "is", "are", "was", "were", "be", "been",
	"being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
	"may", "might", "must", "shall", "should", "it", "its", "he", "she", "they", "we", "you",
	"i", "him", "her", "them", "us", "me", "his", "their", "our", "your", "my", "there",
	"here", "each", "every", "all", "both", "some", "any", "no", "not", "more", "less",
	"most", "least", "fewer", "much", "many", "only", "just", "also", "even", "still", "now",
	"then", "ago", "later", "earlier", "already", "again", "too", "very", "well",
	"almost", "nearly", "about", "approximately", "roughly", "including", "like", "such",
	"said", "says", "say", "according", "respectively", "apiece", "total", "overall",
	"last", "next", "year-on-year", "ahead", "away", "back", "behind",
	"instead", "either", "neither", "whether", "vs", "versus", "plus", "minus",
	"times", "percent", "cent", "ever", "never", "always", "soon", "today", "tomorrow",
	"yesterday", "tonight", "annually", "weekly", "daily", "monthly", "yearly", "once",
	"twice", "alone", "together", "apart", "altogether", "combined", "compared", "mostly",
	"mainly", "largely", "reportedly", "allegedly", "however", "therefore", "thus",
)

// figWordSet returns the set of the words ws.
func figWordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func init() {
	for k, v := range figUnitsFold {
		if v == "" {
			figUnitsFold[k] = k
		}
	}
}

// figIrregular are plural or collective nouns that do not end in -s.
var figIrregular = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "staff": true,
	"personnel": true, "police": true, "cattle": true, "sheep": true, "fish": true,
	"deer": true, "aircraft": true, "crew": true, "feet": true, "teeth": true, "mice": true,
	"geese": true, "livestock": true, "offspring": true, "spacecraft": true, "troops": true,
	"yuan": true, "yen": true, "data": true, "media": true, "criteria": true,
	"phenomena": true, "alumni": true, "bacteria": true, "clergy": true, "faculty": true,
	"workforce": true, "swine": true, "poultry": true, "infantry": true, "head": true,
}

// figNotPlural are words ending in s that are not plural nouns.
var figNotPlural = map[string]bool{
	"is": true, "was": true, "has": true, "does": true, "says": true, "its": true, "this": true,
	"thus": true, "plus": true, "less": true, "unless": true, "yes": true, "as": true, "us": true,
	"always": true, "perhaps": true, "whereas": true, "besides": true, "towards": true,
	"afterwards": true, "sometimes": true, "news": true, "goes": true, "his": true, "hers": true,
	"ours": true, "yours": true, "theirs": true, "whose": true, "across": true, "nevertheless": true,
	"regardless": true, "its'": true, "seems": true, "means": true, "remains": true,
	"makes": true, "takes": true, "gets": true, "gives": true, "comes": true, "costs": true,
	"rises": true, "falls": true, "grows": true, "shows": true, "stands": true, "ranks": true,
	"sits": true, "leads": true, "trails": true, "wants": true, "needs": true, "plans": true,
	"aims": true, "hopes": true, "expects": true, "adds": true, "includes": true,
}

// figUnitsFold are measure units matched without regard to case; the value
// is the unit as brief reports it ("" = the key itself).
var figUnitsFold = map[string]string{
	"percent": "%", "pct": "%", "percentage": "%", "points": "", "point": "", "pts": "points",
	"bps": "basis points", "second": "", "seconds": "", "minute": "", "minutes": "", "hour": "",
	"hours": "", "day": "", "days": "", "week": "", "weeks": "", "fortnight": "", "fortnights": "",
	"month": "", "months": "", "year": "", "years": "", "decade": "", "decades": "", "century": "",
	"centuries": "", "millennia": "", "millennium": "", "yrs": "", "hrs": "", "mins": "", "secs": "",
	"meter": "", "meters": "", "metre": "", "metres": "", "kilometer": "", "kilometers": "",
	"kilometre": "", "kilometres": "", "centimeter": "", "centimeters": "", "centimetre": "",
	"centimetres": "", "millimeter": "", "millimeters": "", "millimetre": "", "millimetres": "",
	"nanometer": "", "nanometers": "", "nanometre": "", "nanometres": "", "micrometer": "",
	"micrometers": "", "micron": "", "microns": "", "mile": "", "miles": "", "yard": "",
	"yards": "", "foot": "", "feet": "", "inch": "", "inches": "", "acre": "", "acres": "",
	"hectare": "", "hectares": "", "gram": "", "grams": "", "kilogram": "", "kilograms": "",
	"milligram": "", "milligrams": "", "microgram": "", "micrograms": "", "tonne": "",
	"tonnes": "", "ton": "", "tons": "", "pound": "", "pounds": "", "ounce": "", "ounces": "",
	"litre": "", "litres": "", "liter": "", "liters": "", "millilitre": "", "millilitres": "",
	"milliliter": "", "milliliters": "", "gallon": "", "gallons": "", "barrel": "", "barrels": "",
	"bushel": "", "bushels": "", "watt": "", "watts": "", "kilowatt": "", "kilowatts": "",
	"megawatt": "", "megawatts": "", "gigawatt": "", "gigawatts": "", "volt": "", "volts": "",
	"amp": "", "amps": "", "horsepower": "", "calorie": "", "calories": "", "decibel": "",
	"decibels": "", "knot": "", "knots": "", "hertz": "", "byte": "", "bytes": "", "megabyte": "",
	"megabytes": "", "gigabyte": "", "gigabytes": "", "terabyte": "", "terabytes": "",
	"megapixel": "", "megapixels": "", "degree": "", "degrees": "", "celsius": "",
	"fahrenheit": "", "kelvin": "", "times": "", "dollar": "", "dollars": "", "cent": "",
	"cents": "", "euro": "", "euros": "", "pence": "", "penny": "", "yen": "", "yuan": "",
	"renminbi": "", "rupee": "", "rupees": "", "rupiah": "", "peso": "", "pesos": "", "rand": "",
	"ringgit": "", "shekel": "", "shekels": "", "franc": "", "francs": "", "krona": "",
	"kronor": "", "krone": "", "kroner": "", "crown": "", "crowns": "", "lira": "", "dinar": "",
	"dinars": "", "dirham": "", "dirhams": "", "riyal": "", "riyals": "", "naira": "", "baht": "",
	"ruble": "", "rubles": "", "rouble": "", "roubles": "", "zloty": "", "sen": "", "won": "",
	"usd": "", "eur": "", "gbp": "", "jpy": "", "cny": "", "aud": "", "cad": "", "chf": "",
	"inr": "", "hkd": "", "sgd": "", "nzd": "", "zar": "", "sek": "", "nok": "", "dkk": "",
	"krw": "", "rmb": "", "mph": "", "kph": "", "rpm": "", "mpg": "", "ppm": "", "ppb": "",
	"psi": "", "ksi": "", "kmh": "", "km/h": "", "lbs": "", "lb": "", "oz": "", "kg": "",
	"km": "", "cm": "", "mm": "", "ft": "", "hp": "", "bhp": "", "mah": "", "gwh": "", "kwh": "",
	"mwh": "", "twh": "", "mbps": "", "gbps": "", "kbps": "", "ghz": "", "mhz": "", "khz": "",
	"hz": "", "gb": "", "mb": "", "tb": "", "kb": "", "mpa": "", "gpa": "", "kpa": "", "ml": "",
	"kw": "", "mw": "", "gw": "", "tw": "", "kv": "", "db": "", "sq": "", "μm": "", "µm": "",
	"nm": "", "lb-ft": "", "kt": "", "kts": "", "tonnage": "", "carats": "", "carat": "",
	"cylinder": "", "cylinders": "", "magnitude": "", "mg": "", "mcg": "", "µg": "", "μg": "",
	"kcal": "", "cal": "", "mph.": "", "kn": "", "gsm": "", "bpd": "", "mbps.": "", "bp": "basis points", "pc": "%", "percentages": "%",
	"bitcoin": "", "bitcoins": "", "btc": "", "megatons": "", "kilotons": "", "teu": "",
}

// figUnitsCase are short unit abbreviations matched with their case, only
// directly after a number (attached or spaced).
var figUnitsCase = map[string]bool{
	"m": true, "g": true, "l": true, "L": true, "W": true, "V": true, "C": true, "F": true,
	"K": true, "R": true, "p": true, "h": true, "c": true, "t": true, "x": true,
	"mi": true, "yd": true, "in": true, "ms": true, "cl": true, "cc": true, "ha": true,
	"Wh": true, "J": true, "kJ": true, "MP": true, "Nm": true,
}

// figAttachedOnly are case-sensitive abbreviations that count only when
// written against the digits ("12in", "5t", "3x", "10s").
var figAttachedOnly = map[string]bool{"in": true, "t": true, "x": true, "s": true, "h": true, "c": true,
	"g": true, "mi": true, "ms": true}

// figCurrencyWords are currency codes and prefixes written before an
// amount, mapped to the unit brief reports.
var figCurrencyWords = map[string]string{
	"US": "US$", "C": "C$", "A": "A$", "AU": "A$", "NZ": "NZ$", "HK": "HK$", "S": "S$",
	"R": "R$", "RM": "RM", "Rs": "Rs", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "AUD": "AUD",
	"CAD": "CAD", "INR": "INR", "JPY": "JPY", "CNY": "CNY", "CHF": "CHF", "SGD": "SGD",
	"HKD": "HKD", "NZD": "NZD", "ZAR": "ZAR", "RMB": "RMB", "PS": "£", "Rp": "Rp", "Ksh": "Ksh", "KSh": "KSh", "Kshs": "Kshs",
	"NT": "NT$", "Sh": "Sh", "Y": "Y", "Dh": "Dh", "AED": "AED", "SAR": "SAR", "KES": "KES",
	"NGN": "NGN", "PHP": "PHP", "IDR": "IDR", "THB": "THB", "MXN": "MXN", "BRL": "BRL",
	"TRY": "TRY", "EGP": "EGP", "PKR": "PKR", "KRW": "KRW", "SEK": "SEK", "NOK": "NOK",
	"DKK": "DKK", "PLN": "PLN", "RUB": "RUB", "TWD": "TWD", "VND": "VND", "MYR": "MYR",
}

// figCurrencySymbols are currency symbols written before (or after) an
// amount.
var figCurrencySymbols = map[string]string{"$": "$", "€": "€", "£": "£", "¥": "¥", "₹": "₹",
	"₩": "₩", "₽": "₽", "₺": "₺", "₪": "₪", "₦": "₦", "₱": "₱", "฿": "฿"}

// figMonths are month names and abbreviations (case-sensitive, capitalised).
var figMonths = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true,
	"Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true, "MAY": true, "JUNE": true,
	"JULY": true, "AUGUST": true, "SEPTEMBER": true, "OCTOBER": true, "NOVEMBER": true,
	"DECEMBER": true, "january": true, "february": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "Sept.": true,
}

// figClockWords follow a number that is a time of day.
var figClockWords = map[string]bool{
	"am": true, "pm": true, "a.m": true, "p.m": true, "gmt": true, "utc": true, "bst": true,
	"et": true, "edt": true, "est": true, "pt": true, "pdt": true, "pst": true, "cet": true,
	"cst": true, "cdt": true, "mst": true, "mdt": true, "ist": true, "jst": true, "aedt": true,
	"aest": true, "o'clock": true,
}

// figNameOK are capitalised words that may stand before a number without
// making it part of a name ("About 40", "The 11 members").
var figNameOK = figWordSet(
	"the", "a", "an", "about", "around", "over", "under", "nearly", "almost", "some",
	"roughly", "approximately", "only", "just", "all", "these", "those", "another", "every",
	"each", "exactly", "up", "from", "between", "by", "in", "on", "at", "for", "with", "of",
	"to", "and", "or", "but", "since", "after", "before", "than", "estimated", "its", "his",
	"her", "their", "our", "my", "your", "more", "less", "fewer", "least", "most", "at",
	"top", "past", "next", "last", "first", "nine", "minus", "plus", "above", "below",
	"within", "during", "almost", "total", "another", "those", "these", "both", "while",
	"when", "where", "if", "as", "that", "then", "there", "here", "it", "he", "she", "they",
	"we", "i", "you", "today", "yesterday", "now", "so", "still", "even", "also", "some",
	"precisely", "circa", "upwards", "well", "nearly", "close", "aged", "age", "ages",
	"population", "costs", "cost", "price", "priced", "worth", "valued", "paid", "pay",
)

// figStreet are words that end a street address ("575 Wilbraham Road").
var figStreet = map[string]bool{
	"Street": true, "St": true, "Road": true, "Rd": true, "Avenue": true, "Ave": true,
	"Way": true, "Lane": true, "Ln": true, "Drive": true, "Dr": true, "Boulevard": true,
	"Blvd": true, "Place": true, "Pl": true, "Court": true, "Ct": true, "Terrace": true,
	"Highway": true, "Hwy": true, "Parkway": true, "Pkwy": true, "Square": true, "Crescent": true,
	"Close": true, "Row": true, "Plaza": true,
}

// figRateWords may follow "a"/"an" to make a rate ("barrels a day").
var figRateWords = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "night": true, "week": true,
	"month": true, "year": true, "season": true, "game": true, "head": true, "piece": true,
	"share": true, "person": true, "kilo": true, "pound": true, "gallon": true, "litre": true,
	"liter": true, "barrel": true, "ton": true, "tonne": true, "session": true, "quarter": true,
}

// figParticiples follow a count to say what happened to it ("killed").
var figParticiples = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "hurt": true, "dead": true,
	"died": true, "arrested": true, "detained": true, "displaced": true, "evacuated": true,
	"missing": true, "held": true, "taken": true, "rescued": true, "infected": true,
	"hospitalised": true, "hospitalized": true, "fired": true, "laid": true, "sold": true,
	"affected": true, "stranded": true, "freed": true, "released": true, "deported": true,
	"employed": true, "waiting": true, "idled": true, "trapped": true, "vaccinated": true,
	"confirmed": true, "recovered": true, "charged": true, "convicted": true, "jailed": true,
	"homeless": true, "unemployed": true, "delayed": true, "cancelled": true, "canceled": true,
}

// figUniFrac maps the vulgar fraction characters.
var figUniFrac = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3}

// scales applies the scale words after the number ("4.2 billion", "€30m",
// "4 hundred million", "two dozen").
func (s *figScanner) scales(a *figAmt) {
	for k := a.last; k < s.n(); k++ {
		if s.isDash(k) && s.att(k) && s.has(k+1, fcScale) && s.att(k+1) && figScale[string(s.lw(k+1))] >= 1e6 {
			k++ // "$1.2-billion deal"
		}
		if !s.isWord(k) {
			return
		}
		c := s.cls(k)
		m, ok := 0.0, false
		if c&fcScale != 0 {
			m, ok = figScale[string(s.lw(k))]
		}
		if !ok && !s.att(k) && s.is(k, "dozen") {
			m, ok = 12, true
		}
		if !ok && s.att(k) && c&fcAttScale != 0 {
			m, ok = figAttachedScale[s.w(k)]
			if ok && (s.w(k) == "m" || s.w(k) == "k" || s.w(k) == "K") && !s.attachedScale(a, k) {
				ok = false
			}
			if ok && s.w(k) == "b" && a.cur == "" {
				ok = false
			}
		}
		if !ok || (a.scaled && m <= a.scale) {
			return
		}
		if a.vague && a.qual != "" {
			return
		}
		a.value *= m
		a.scale *= m
		a.scaled = true
		a.last = k + 1
		a.integer = a.value == float64(int64(a.value))
		a.digits = 0
	}
}

// figMetreWords follow a length in metres ("1.8m tall").
var figMetreWords = map[string]bool{"tall": true, "long": true, "wide": true, "deep": true,
	"high": true, "away": true, "thick": true, "across": true, "above": true, "below": true,
	"under": true, "from": true, "in": true, "of": true, "hurdles": true, "sprint": true,
	"race": true, "freestyle": true, "relay": true, "dash": true, "final": true,
	"butterfly": true, "backstroke": true, "breaststroke": true, "medley": true, "heats": true,
	"metres": true, "runners": true, "swimmers": true}

// figLooksPlural reports whether the lower-case word w, of class c, looks
// like a plural noun.
func figLooksPlural(w string, c figClass) bool {
	if len(w) < 3 || w[len(w)-1] != 's' || c&fcNotPlural != 0 {
		return c&fcIrregular != 0
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "’s"), strings.HasSuffix(w, "ous"):
		return false
	}
	return true
}

// figOneIdiom are nouns after "one" that make an idiom, not a count.
var figOneIdiom = map[string]bool{
	"day": true, "thing": true, "way": true, "reason": true, "time": true, "side": true,
	"hand": true, "another": true, "point": true, "other": true, "problem": true,
	"question": true, "issue": true, "example": true, "part": true, "place": true,
	"big": true, "major": true, "key": true, "final": true, "such": true, "night": true,
	"who": true, "which": true, "that": true, "whose": true, "where": true, "can": true,
	"might": true, "must": true, "should": true, "will": true, "would": true, "could": true,
	"says": true, "said": true, "knows": true, "thinks": true, "sees": true, "wants": true,
	"source": true, "official": true, "analyst": true, "expert": true, "observer": true,
	"resident": true, "witness": true, "morning": true,
	"evening": true, "afternoon": true, "step": true, "moment": true, "stage": true,
	"option": true, "possibility": true, "area": true, "sign": true, "form": true,
	"kind": true, "sort": true, "type": true, "direction": true, "voice": true,
	"piece": true, "word": true, "look": true, "shot": true, "go": true, "bit": true,
}

// figOneCompound are words after "one-"/"two-" that make an adjective, not
// a count ("one-off", "two-way").
var figOneCompound = map[string]bool{
	"off": true, "time": true, "way": true, "sided": true, "on": true, "liner": true,
	"stop": true, "man": true, "party": true, "size": true, "shot": true, "hit": true,
	"of": true, "and": true, "to": true, "for": true, "upmanship": true, "dimensional": true,
	"fold": true, "faced": true, "tier": true, "horse": true, "note": true,
}

// figSpacedCode are currency prefixes that may stand apart from the
// digits ("Rs 500", "RM 20").
var figSpacedCode = map[string]bool{"Rs": true, "RM": true, "Rp": true, "Ksh": true, "Dh": true,
	"KSh": true, "Kshs": true}

// figStartWords holds, lower-cased, every word mayStart may accept: a
// superset, marked fcStart, checked first so that ordinary words cost one
// bit test.
var figStartWords = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true, "tens": true, "minus": true}
	for w := range figCurrencyWords {
		m[strings.ToLower(w)] = true
	}
	for w := range figSmall {
		m[w] = true
	}
	for w := range figVague {
		m[w] = true
	}
	return m
}()
