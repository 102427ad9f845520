package summary

import (
	"bytes"
	"strings"
)

// Flags of stopwords.
const (
	swPlain   uint8 = 0
	swPronoun uint8 = 1 << iota // opens a sentence that leans on the previous one
	swSpeech                    // a speech verb: "said", "told", "according"
)

// stopwordList holds function words that carry no topic. Words that, at the
// start of a sentence, point back to an earlier one are listed apart.
var (
	stopwordList = strings.Fields(`a about above after again against all am an any are as at be because been
	before being below between both by can could did do does doing down during each few for from further
	had has have having here how if in into is just more most my no nor not now of off on once only or other
	our ours out over own same should so some such than the then to too under until up very was were what
	when where which while who whom why will with would you your yours me him them us i ll ve re don didn
	doesn isn wasn won couldn wouldn aren hasn haven weren shouldn may might must shall also mr mrs ms dr
	one many much yet via per upon onto its whose whether though although even ever still just there`)
	pronounList = strings.Fields(`he she it they we this that these those his her their but and however
	so yet meanwhile instead also then there`)
	speechList = strings.Fields(`said say says saying told tell tells added add adds according asked`)
)

// stopwords maps the hash of each stopword to its flags.
var stopwords = func() *hashSet {
	m := &hashSet{}
	for _, w := range stopwordList {
		m.add(hashLower(w), swPlain)
	}
	for _, w := range pronounList {
		m.add(hashLower(w), swPronoun)
	}
	for _, w := range speechList {
		m.add(hashLower(w), swSpeech)
	}
	return m
}()

// hashSet is a small fixed-size open-addressing set of word hashes with a
// flag byte each: faster than a map for the per-word stopword test.
type hashSet struct {
	keys  [1024]uint64
	flags [1024]uint8
}

// add inserts h (never 0 in practice) or ORs flag into its entry.
func (s *hashSet) add(h uint64, flag uint8) {
	for i := h >> 54; ; i = (i + 1) & 1023 {
		if s.keys[i] == h || s.keys[i] == 0 {
			s.keys[i] = h
			s.flags[i] |= flag
			return
		}
	}
}

// get returns the flags of h and whether h is in the set.
func (s *hashSet) get(h uint64) (uint8, bool) {
	for i := h >> 54; ; i = (i + 1) & 1023 {
		switch s.keys[i] {
		case h:
			return s.flags[i], true
		case 0:
			return 0, false
		}
	}
}

// trigBoiler marks words that may begin page furniture; a sentence holding
// one is checked against boilerPrefixes and boilerPhrases.
const trigBoiler uint8 = 1

// triggers maps the hash of each trigger word to its flag.
var triggers = func() *hashSet {
	words := strings.Fields(`read follow click subscribe subscriber copyright rights reserved published
	updated getty photo photograph photographer picture pictured image credit advertisement scroll
	reporting editing contributed caption newsletter share download video watch related twitter facebook
	instagram email comment comments cookie sign listen afp reuters ap pa visit view tap join`)
	m := &hashSet{}
	for _, w := range words {
		m.add(hashLower(w), trigBoiler)
	}
	return m
}()

// boilerPrefixes start page furniture rather than body text.
var boilerPrefixes = toBytes(`read more|follow us|follow @|click here|sign up|subscribe|share this|share on|
advertisement|scroll down|related:|see also|watch:|video:|listen:|photo:|picture:|image:|pictured:|
caption:|credit:|copyright|©|all rights reserved|published:|updated:|last updated|reporting by|editing by|
additional reporting|download the|getty images|image source|image caption|media caption|related topics|
more on this story|comments|share:|visit site|view gallery|click to|tap here|join the conversation`)

// boilerByFirst holds boilerPrefixes by their first byte.
var boilerByFirst = func() (m [256][][]byte) {
	for _, p := range boilerPrefixes {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()

// boilerPhrases mark a short sentence as page furniture wherever they stand.
var boilerPhrases = toBytes(`follow us|click here|all rights reserved|getty images|photo by|
(photo|photograph:|image copyright|contributed to this report|reporting by|editing by|sign up for|
subscribe to|newsletter|published:|updated:|scroll down for|©|follow him on|follow her on|on twitter @`)

func toBytes(s string) [][]byte {
	var out [][]byte
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, []byte(p))
		}
	}
	return out
}

// isBoilerplate reports whether sentence t (with features f) is page
// furniture: a byline, a caption or credit, a "Read more" or "Follow us"
// line.
func isBoilerplate(t string, f *sentFeat) bool {
	if isByline(t, f) {
		return true
	}
	if f.trigger&trigBoiler == 0 {
		return false
	}
	var buf [240]byte
	n := copy(buf[:], t)
	lower := buf[:n]
	for i, c := range lower {
		if 'A' <= c && c <= 'Z' {
			lower[i] = c + 'a' - 'A'
		}
	}
	if n > 0 {
		for _, p := range boilerByFirst[lower[0]] {
			if bytes.HasPrefix(lower, p) {
				return true
			}
		}
	}
	if f.words > 25 {
		return false
	}
	// a phrase can be in lower only if its first and last two bytes are
	var pairs [64]uint64 // a set of the byte pairs of lower, by pairBit
	for i := 1; i < len(lower); i++ {
		k := pairBit(lower[i-1], lower[i])
		pairs[k>>6] |= 1 << (k & 63)
	}
	has := func(a, b byte) bool { k := pairBit(a, b); return pairs[k>>6]&(1<<(k&63)) != 0 }
	for _, p := range boilerPhrases {
		if (len(p) < 2 || has(p[0], p[1]) && has(p[len(p)-2], p[len(p)-1])) && bytes.Contains(lower, p) {
			return true
		}
	}
	return false
}

// pairBit maps a byte pair to one of 4096 bits.
func pairBit(a, b byte) uint { return (uint(a)<<5 ^ uint(b)) & 4095 }

// isByline reports whether t is a byline: "By Jane Doe, Political Reporter".
func isByline(t string, f *sentFeat) bool {
	if len(t) < 4 || f.words > 12 || !(t[0] == 'B' || t[0] == 'b') || t[1] != 'y' || t[2] != ' ' {
		return false
	}
	if !isUpperStart(t[3:]) {
		return false
	}
	return (f.names+1)*2 >= f.words
}
