package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrKind says how an abbreviation before a full stop behaves.
type abbrKind uint8

const (
	abbrNone abbrKind = iota
	// abbrStarter: titles (Mr., Gen.), company and name suffixes (Inc.,
	// Jr.), street words and state names (St., Calif.). The stop ends a
	// sentence only when a plain sentence starter (The, He, But) follows.
	abbrStarter
	// abbrNumber: No., Vol., p. never end a sentence before a number.
	abbrNumber
	// abbrMonth: Jan., Aug. never before a number, else as abbrStarter.
	abbrMonth
	// abbrTime: a.m., p.m. end a sentence before a capitalised word that is
	// not a day, month or time zone.
	abbrTime
)

var abbreviations = map[string]abbrKind{}

func init() {
	add := func(k abbrKind, words ...string) {
		for _, w := range words {
			abbreviations[w] = k
		}
	}
	add(abbrStarter,
		// Titles and ranks.
		"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
		"Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Capt",
		"Cmdr", "Cdr", "Adm", "Maj", "Sgt", "Cpl", "Pvt", "Pte", "Brig", "Rev", "Revd",
		"Fr", "Hon", "Rt", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Sec", "Gov't",
		"Sr", "Jr", "Esq", "Sra", "Mx",
		// Companies and organisations.
		"Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Dept", "Univ", "Govt", "Intl",
		// Places.
		"St", "Ste", "Ave", "Blvd", "Rd", "Mt", "Ft", "Pt", "Hwy", "Sq",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
		"Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
		"Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
		// Latin and other lower-case abbreviations.
		"vs", "v", "approx", "est", "incl", "cf", "viz", "al", "ca", "Vs")
	add(abbrNumber, "No", "Nos", "no", "nos", "Vol", "Vols", "vol", "vols", "pp", "p",
		"Art", "art", "Fig", "fig", "Figs", "Ch", "ch", "Para", "para", "Op", "op", "Nr", "nr")
	add(abbrMonth, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
		"Oct", "Nov", "Dec")
	add(abbrTime, "a.m", "p.m", "A.M", "P.M")
}

// starters are capitalised words that plainly begin a sentence: after an
// abbreviation or initial, they show that the stop ended the sentence.
var starters = setOf(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
	"Their", "Our", "My", "Your", "This", "That", "These", "Those", "There", "Here",
	"But", "And", "Or", "So", "Yet", "Nor", "Still", "However", "Meanwhile", "Moreover",
	"Furthermore", "Nevertheless", "Instead", "Also", "Then", "Now", "Later", "Earlier",
	"Today", "Yesterday", "Tomorrow", "In", "On", "At", "For", "From", "With", "Without",
	"By", "To", "As", "After", "Before", "When", "While", "If", "Although", "Though",
	"Since", "Because", "Despite", "During", "Under", "Over", "Through", "Among", "About",
	"Until", "Unless", "One", "Some", "Many", "Most", "Much", "More", "Few", "All", "Both",
	"Each", "Every", "Other", "Others", "Another", "Such", "No", "Not", "None", "Neither",
	"Either", "What", "Who", "Why", "How", "Where", "Which", "Whether", "According", "Even",
	"Only", "Just", "Thus", "Indeed", "Yes", "Once", "Several", "Nobody", "Everyone",
	"Nothing", "Everything", "Someone", "Asked", "Last", "Next", "Whatever", "Unlike",
	// A courtesy title begins a sentence rather than continuing an
	// abbreviation: "... Acme Ltd. Mr. Cole said".
	"Mr", "Mrs", "Ms", "Messrs", "Dr")

// timeWords may follow "a.m." or "p.m." inside a sentence.
var timeWords = setOf(
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
	"GMT", "BST", "UTC", "CET", "CEST", "AEST", "AEDT", "Eastern", "Central",
	"Mountain", "Pacific", "Local")

// speechVerbs follow a quotation's speaker: `"Why?" Smith asked.`
var speechVerbs = setOf(
	"said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
	"explained", "replied", "shouted", "yelled", "continued", "insisted", "recalled",
	"noted", "exclaimed", "wondered", "cried", "joked", "tweeted", "posted", "demanded")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

type wordClass uint8

const (
	wordOther wordClass = iota
	wordUpper
	wordLower
	wordDigit
	wordPunct // , ; : ) ] — the sentence goes on
)

// word describes the word that follows a candidate sentence end.
type word struct {
	class wordClass
	start int    // the word's first letter
	end   int    // after its last letter
	text  string // the text the offsets refer to, set before starter and timeWord are asked
}

// starter reports whether the word plainly starts a sentence; a single
// capital followed by a stop is an initial, not the article "A".
func (w word) starter() bool {
	if w.class != wordUpper || w.end-w.start > 11 {
		return false
	}
	s := w.text[w.start:w.end]
	if starters[s] {
		return !(len(s) == 1 && w.end < len(w.text) && w.text[w.end] == '.')
	}
	// A sentence adverb and its comma: "Recently, ...", "Separately, ...".
	return len(s) > 4 && s[len(s)-2:] == "ly" && w.end < len(w.text) && w.text[w.end] == ','
}

// timeWord reports whether the word may follow "a.m." in a sentence.
func (w word) timeWord() bool {
	return w.class == wordUpper && w.end-w.start <= 9 && timeWords[w.text[w.start:w.end]]
}

// nextWordAt describes the word at text[n:], skipping opening quotes and
// brackets.
func nextWordAt(text string, n, end int) word {
	for n < end {
		c := text[n]
		if c == '"' || c == '\'' || c == '(' || c == '[' {
			n++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[n:end])
			if isOpenQuote(r) {
				n += size
				continue
			}
		}
		break
	}
	w := word{start: n, end: n}
	if n >= end {
		return w
	}
	r, _ := utf8.DecodeRuneInString(text[n:end])
	switch {
	case r == ',' || r == ';' || r == ':' || r == ')' || r == ']':
		w.class = wordPunct
		return w
	case r >= '0' && r <= '9':
		w.class = wordDigit
		return w
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		w.class = wordUpper
	case unicode.IsLower(r):
		w.class = wordLower
		return w
	default:
		return w
	}
	w.end = letterRun(text, n, end)
	return w
}

// letterRun returns the end of the run of letters starting at text[n].
func letterRun(text string, n, end int) int {
	for n < end {
		c := text[n]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				n++
				continue
			}
			return n
		}
		r, size := utf8.DecodeRuneInString(text[n:end])
		if !unicode.IsLetter(r) {
			return n
		}
		n += size
	}
	return n
}

// speechFollows reports whether the capitalised word nw and at most two
// more capitalised words are followed by a speech verb (`"Why?" Smith
// asked`), so that the quotation does not end the sentence.
func speechFollows(text string, nw word, end int) bool {
	j := nw.end
	for k := 0; k < 3; k++ {
		n := skipSpace(text, j, end)
		if n == j || n >= end {
			return false
		}
		e := letterRun(text, n, end)
		if e == n {
			return false
		}
		w := text[n:e]
		if speechVerbs[w] {
			return true
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		j = e
	}
	return false
}

// isOpenQuote reports whether r opens a quotation.
func isOpenQuote(r rune) bool {
	return r == '“' || r == '‘' || r == '«' || r == '‹' || r == '„'
}

// runOnStarters begin a sentence that follows another without a stop
// (captions and paragraphs run together in scraped text): "at the event He
// said", "(pictured) The boy".
var runOnStarters = setOf("He", "She", "They", "We", "It", "This", "There", "These",
	"Those", "But", "And", "However", "Although", "Meanwhile", "The", "An", "His", "Her",
	"Its", "Their", "In", "As", "According", "At", "If", "Some", "After", "When", "While",
	"On", "For", "Since", "Despite", "During")

// parenStarters may follow a closing parenthesis that ends a caption.
var parenStarters = setOf("The", "A", "An", "His", "Her", "Its", "Their", "This",
	"He", "She", "It", "They", "We", "But", "And", "However", "In", "As", "One")

// runOnFirst marks the first letters of runOnStarters and parenStarters.
var runOnFirst = [256]bool{'A': true, 'B': true, 'D': true, 'F': true, 'H': true,
	'I': true, 'M': true, 'O': true, 'S': true, 'T': true, 'W': true}

// cannotEnd are words a sentence does not end with: articles, prepositions,
// conjunctions, speech verbs and words that introduce a title.
var cannotEnd = setOf("the", "a", "an", "of", "to", "in", "on", "at", "by", "for",
	"with", "from", "and", "or", "but", "nor", "as", "that", "than", "said", "says",
	"told", "tell", "is", "was", "are", "were", "be", "been", "being", "has", "have",
	"had", "will", "would", "could", "should", "can", "may", "might", "must", "not",
	"if", "when", "where", "which", "who", "whom", "whose", "what", "because", "about",
	"into", "onto", "over", "under", "after", "before", "like", "between", "against",
	"via", "per", "named", "called", "titled", "entitled", "dubbed", "including",
	"read", "reads", "see", "watch", "watched", "starring", "film", "movie", "song",
	"book", "album", "show", "series", "novel", "play", "magazine", "newspaper", "song",
	"my", "your", "his", "her", "its", "our", "their", "this", "these", "those", "every")

// runOnBoundary decides whether the single space at text[i] ends a sentence
// that has no stop: the word before can end a sentence and ends in a
// lower-case letter or a digit (or is a closing parenthesis after a few
// words), and a capitalised pronoun or conjunction follows, itself followed
// by a lower-case word or a comma. Title case ("Until It Came To Them")
// therefore never splits.
func runOnBoundary(text string, start, i, end int) bool {
	if i == start {
		return false
	}
	prev := text[i-1]
	paren := prev == ')'
	if !paren && !(prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9') {
		return false
	}
	if paren && captionMarker(text, start, i-1) {
		nw := nextWordAt(text, i+1, end)
		return nw.class == wordUpper
	}
	e := letterRun(text, i+1, end)
	if e-(i+1) < 2 && !paren || e-(i+1) > 9 || e >= end {
		return false
	}
	next := text[i+1 : e]
	if !lowerWordFollows(text, next, skipContraction(text, e, end), end) {
		return false
	}
	if paren {
		return parenStarters[next] && wordsBetween(text, start, i, 5)
	}
	return runOnStarters[next] && canEndRunOn(wordBefore(text, start, i), next)
}

// lowerWordFollows reports whether a lower-case word follows the run-on
// starter next, which ends at text[e] (or a comma, after "However").
func lowerWordFollows(text, next string, e, end int) bool {
	if e+1 >= end {
		return false
	}
	switch text[e] {
	case ',':
		return next == "However" || next == "Meanwhile"
	case ' ':
		return text[e+1] >= 'a' && text[e+1] <= 'z'
	}
	return false
}

// skipContraction returns the end of a contraction ('s, 're, 'll, 'd,
// 've, with a straight or curly apostrophe) starting at text[e], or e.
func skipContraction(text string, e, end int) int {
	a := e
	switch {
	case a < end && text[a] == '\'':
		a++
	case hasPrefixAt(text[:end], a, "’"):
		a += len("’")
	default:
		return e
	}
	z := letterRun(text, a, end)
	switch text[a:z] {
	case "s", "re", "ll", "d", "ve":
		return z
	}
	return e
}

// canEndRunOn reports whether w may end a sentence that lost its stop,
// before the run-on starter next: a lower-case word that is no article,
// preposition or the like, a number, or a day or month name. After other
// capitalised words (names, but also titles such as "Carry On films" and
// "Just Lose It, for"), only a pronoun or "The" starts a new sentence.
func canEndRunOn(w, next string) bool {
	if w == "" {
		return false
	}
	switch c := w[0]; {
	case c >= 'a' && c <= 'z':
		return !cannotEnd[w]
	case c >= '0' && c <= '9', c == '$' || c == '£':
		return true
	}
	return timeWords[w] || afterName[next]
}

// afterName are the run-on starters trusted after a capitalised word.
var afterName = setOf("The", "He", "She", "They", "We", "His", "Their")

// captionWords make up the markers that end a photo caption run into the
// text: "(pictured)", "(left)", "(file photo)", "(pictured left to right)".
var captionWords = setOf("pictured", "left", "right", "centre", "center", "middle",
	"above", "below", "top", "bottom", "inset", "main", "file", "photo", "picture",
	"image", "stock", "far", "second", "third", "from", "to", "front", "back", "and")

// captionMarker reports whether the parenthesis closing at text[c] holds a
// caption marker.
func captionMarker(text string, start, c int) bool {
	o := c - 1
	for o >= start && c-o <= 32 && text[o] != '(' {
		o--
	}
	if o < start || text[o] != '(' || o+1 == c {
		return false
	}
	for _, w := range strings.Fields(text[o+1 : c]) {
		if !captionWords[w] {
			return false
		}
	}
	return captionWords[text[o+1:letterRun(text, o+1, c)]] && text[o+1] != 'a'
}

// wordsBetween reports whether text[start:i] ends with at least atLeast
// spaces' worth of words (looking back a bounded distance).
func wordsBetween(text string, start, i, atLeast int) bool {
	n := 0
	for k := i - 1; k >= start && i-k <= 40*atLeast; k-- {
		if text[k] == ' ' {
			if n++; n >= atLeast {
				return true
			}
		}
	}
	return false
}
