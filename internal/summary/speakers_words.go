package summary

import "strings"

// qSpeechLemmas are speech and writing verbs that introduce a quotation,
// with their irregular or doubled forms: "lemma past" (past "" = lemma+"ed"
// or lemma+"d").
var qSpeechLemmas = []string{
	"say said", "tell told", "add", "write wrote", "ask", "tweet", "reply replied", "respond",
	"explain", "note", "state", "declare", "conclude", "continue", "recall", "argue", "insist",
	"warn", "claim", "acknowledge", "admit admitted", "announce", "observe", "remark", "suggest",
	"stress", "emphasize", "emphasise", "maintain", "describe", "call", "urge", "shout", "chant",
	"joke", "quip quipped", "complain", "concede", "counter", "predict", "promise", "vow", "post",
	"testify testified", "wonder", "muse", "boast", "lament", "caution", "confirm", "deny denied",
	"agree", "answer", "comment", "opine", "report", "repeat", "yell", "scream", "whisper",
	"elaborate", "interject", "echo echoed", "plead pleaded", "proclaim", "brag bragged", "demand",
	"thunder", "snap snapped", "retort", "reiterate", "assert", "contend", "allege", "mention",
	"recount", "characterize", "characterise", "label labeled", "dub dubbed", "term", "brand",
	"exclaim", "cry cried", "sigh", "laugh", "assure", "inform", "remind", "reassure", "advise",
	"accuse", "charge", "criticize", "criticise", "blast", "slam slammed", "praise", "pledge",
	"guarantee", "confess", "summarize", "preach", "intone", "ponder", "relate", "text", "email",
	"blog blogged", "broadcast broadcast", "read read", "begin began", "put put", "offer",
	"acknowledge", "stress", "highlight", "point", "weigh", "go went", "hint", "predict", "signal", "scoff", "sneer",
	"grumble", "mutter", "murmur", "holler", "gush", "rave", "rant", "fume", "protest", "object",
	"question", "challenge", "tout", "trumpet", "underscore", "underline", "clarify clarified",
	"specify specified", "reason", "speculate", "surmise", "chime", "interrupt", "retweet",
	"posit", "advocate", "estimate", "instruct", "order", "beg begged", "implore", "pray",
	"recommend", "acknowledge", "explain", "lecture", "lash", "mock", "ridicule", "taunt",
	"chide", "scold", "rebuke", "thank", "apologize", "apologise", "vent", "sing sang", "chirp",
	"bark", "roar", "growl", "shoot shot", "fire", "volunteer", "concur", "conclude", "cite",
	"quote", "inquire", "enquire", "query queried", "muse", "observe", "opine", "proclaim", "beam",
	"marvel marvelled", "enthuse", "gasp", "groan", "moan", "wail", "sob sobbed", "hiss", "snort", "chuckle",
	"giggle", "blare", "stammer", "grin grinned", "smile", "exult", "press", "remember", "riff", "condemn", "liken", "denounce", "coin", "decry decried", "deride",
	"hail", "dismiss", "refer referred", "talk", "lambaste", "castigate", "rail", "invoke",
	"exhort", "react", "affirm", "crack",
}

// qSpeechVerbs maps every form of a speech verb to true; qSpeechIng holds the
// -ing forms (their subject is the clause's subject, not a nearby noun).
var qSpeechVerbs, qSpeechIng = qBuildSpeechVerbs()

// qBuildSpeechVerbs expands qSpeechLemmas into their forms.
func qBuildSpeechVerbs() (qWordSet, qWordSet) {
	all, ing := map[string]bool{}, map[string]bool{}
	for _, e := range qSpeechLemmas {
		f := strings.Fields(e)
		l := f[0]
		past := ""
		if len(f) > 1 {
			past = f[1]
		}
		stem := l
		if strings.HasSuffix(l, "e") && !strings.HasSuffix(l, "ee") {
			stem = l[:len(l)-1]
		}
		if past == "" {
			if strings.HasSuffix(l, "e") {
				past = l + "d"
			} else {
				past = l + "ed"
			}
		}
		third := l + "s"
		switch {
		case strings.HasSuffix(l, "y") && !strings.HasSuffix(l, "ay"):
			third = l[:len(l)-1] + "ies"
		case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") ||
			strings.HasSuffix(l, "o") || strings.HasSuffix(l, "x"):
			third = l + "es"
		}
		g := stem + "ing"
		if n := len(l); len(past) >= n+3 && past[n] == l[n-1] {
			g = l + l[n-1:] + "ing" // quipped -> quipping, admitted -> admitting
		}
		for _, w := range []string{l, past, third, g} {
			all[w] = true
		}
		ing[g] = true
	}
	ing["according"] = true
	all["written"], all["spoken"] = true, true
	return qNewWordSet(all), qNewWordSet(ing)
}

// qNoCueAlone are speech verbs that only count with a complement ("point
// out", "put it"), or are too common as ordinary verbs to count before a
// quote ("call", "post", "read", "order").
var qNoCueAlone = qSet(`point points pointed pointing put puts putting begin began begins beginning
fire fired fires firing shoot shot shoots shooting order ordered orders ordering offer offered offers offering
charge charged charges charging object objects objected objecting text texts texting texted quote quotes
quoting quoted cite cites cited citing state states post posts read reading question questions signal
signals signaling signalled signaled estimate estimates estimated estimating thank thanks thanked thanking
lash lashed lashes lashing chime chimed chimes chiming counter counters report reports comment comments
promise promises claim demand demands note call remark remarks tweet email answer reply joke cry sigh laugh
protest protests brand term terms label echo guarantee challenge challenges hint lecture blast praise
mention thunder vow pledge rant vent order fume object sing sang bark roar growl volunteer pray beg begged
begging posit instruct recommend apologize apologise thank interrupt quote weigh weighs weighed
weighing go went goes going gone smile smiles smiling grin grins grinning gasp groan moan sob hiss
snort press presses crack cracks cracking talk talks refer refers hail hails coin coins`)

// qTitles are capitalised words of a title before a name ("US President Joe
// Biden", "Secretary of State John Kerry"), lower-cased.
var qTitles = qSet(`president vice prime minister secretary state senator sen. sens. rep. reps. representative
congressman congresswoman gov. governor lt. mayor chancellor speaker leader chairman chairwoman chair judge
justice attorney general gen. col. capt. sgt. adm. maj. cmdr. mr. mrs. ms. miss mx. dr. prof. professor rev.
reverend sir dame lord lady king queen prince princess pope ambassador commissioner director chief
spokesman spokeswoman spokesperson deputy assistant former acting sheriff officer detective coach agent
pastor father bishop cardinal rabbi imam sheikh ayatollah candidate nominee sergeant captain colonel
lieutenant admiral commander president-elect premier majority minority whip sec. secretary-general
first ceo chief-of-staff advisor adviser counsel counselor councilman councilwoman councilor
assemblyman assemblywoman delegate gop democrat democratic republican independent u.s. us dem. r d
ex- vice-president hon. the`)

// qOrgWords mark a capitalised run as an organisation rather than a person.
var qOrgWords = qSet(`house party department ministry office committee council commission agency
association union court senate congress institute university college center centre foundation group
network campaign inc. inc corp. corp company co. times post news journal bank fund board bureau service
administration government police army force forces authority organization organisation coalition
alliance federation league club church school hospital press media magazine tribune herald daily
reuters trust society chamber caucus movement front brigades pentagon kremlin parliament assembly
cabinet embassy consulate corporation industries airlines party's republicans democrats fund watch
project initiative council's times' review weekly gazette telegraph guardian observer monitor
channel radio tv television network's insider politico breitbart twitter facebook instagram youtube
state's states nations ministry's commission's coalition's administration's foundation's lab
laboratory laboratories program programme council university's institute's agency's`)

// qPronouns are subject pronouns a cue may name as speaker.
var qPronouns = qSet(`he she they it we i you`)

// qNPStop are lower-case words that end a noun phrase scanned backward
// from a speech verb.
var qNPStop = qSet(`that which who whom whose what when where while after before because but and or nor
if as than so since though although unless until whether to of in on at for with from by about into onto
over under through during against between among without within upon via per is are was were be been
being am has have had having will would shall should can could may might must do does did not never
also just only even then there here now such very more most too how why once`)

// qDeterminers may open a noun phrase.
var qDeterminers = qSet(`the a an one two three another some several many his her their its our this
these those my your each every both`)

// qWeekdays and months never belong to a name.
var qCalendarWords = qSet(`monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december jan. feb. aug. sept. oct. nov.
dec. today yesterday tonight`)

// qSentenceOpeners are capitalised words that open sentences and never
// belong to a name.
var qSentenceOpeners = qSet(`the a an but and or so yet still also in on at for from with by as if when
while after before since although though because however meanwhile now then there here this that these
those what who why how where which his her their its our my your he she they it we i you asked speaking
according despite during under without following including like unlike instead indeed moreover
furthermore thus hence earlier later last next some many most all both each every no not one two
another other such even just only perhaps maybe yes well oh his said says told likewise contrast to
otherwise similarly nevertheless nonetheless finally plus sure certainly clearly`)

// qSet splits a space-separated word list into a set.
func qSet(s string) qWordSet {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return qNewWordSet(m)
}

// qWordSet is a set of words with a bit filter in front of its map: most
// words of a text are in none of the small sets, and a clear bit (indexed
// by first byte, last byte and length) rejects them without hashing.
type qWordSet struct {
	bits  [64]uint64
	first [4]uint64 // the first bytes of the words
	m     map[string]bool
}

// qNewWordSet returns the set of the words true in m.
func qNewWordSet(m map[string]bool) qWordSet {
	s := qWordSet{m: m}
	for w, ok := range m {
		if ok {
			b := qWordBit(w)
			s.bits[b>>6] |= 1 << (b & 63)
			if w != "" {
				s.first[w[0]>>6] |= 1 << (w[0] & 63)
			}
		}
	}
	return s
}

// qWordBit returns the filter bit of w.
func qWordBit(w string) uint32 {
	if w == "" {
		return 0
	}
	return qWordBitOf(w[0], w[len(w)-1], len(w))
}

// qWordBitOf returns the filter bit of a word of n bytes from first to last.
func qWordBitOf(first, last byte, n int) uint32 {
	k := uint32(first)<<16 | uint32(last)<<8 | uint32(min(n, 255))
	return k * 2654435761 >> 20 // 12 bits: the larger sets stay sparse
}

// has reports whether w is in the set.
func (s *qWordSet) has(w string) bool {
	b := qWordBit(w)
	return s.bits[b>>6]&(1<<(b&63)) != 0 && s.m[w]
}

// mayStart reports whether a word of the set may start with the byte c.
func (s *qWordSet) mayStart(c byte) bool { return s.first[c>>6]&(1<<(c&63)) != 0 }

// mayHave reports whether the set may hold a word of n bytes from first to
// last (false: it does not).
func (s *qWordSet) mayHave(first, last byte, n int) bool {
	b := qWordBitOf(first, last, n)
	return s.bits[b>>6]&(1<<(b&63)) != 0
}

// hasBytes reports whether the word held in w is in the set; the filter
// runs before w is looked up (a look-up m[string(w)] does not copy w).
func (s *qWordSet) hasBytes(w []byte) bool {
	if len(w) == 0 {
		return s.has("")
	}
	return s.mayHave(w[0], w[len(w)-1], len(w)) && s.m[string(w)]
}
