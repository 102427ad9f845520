package summary

import (
	"encoding/binary"
	"maps"
	"slices"
	"strings"
)

// Word sets of the figure finder: small open-addressing hash sets with a
// quick bit test in front, and the lexicon that gives each word the lists
// it is in (figClass), so matchers test a bit instead of hashing a word
// once per list.

// figSet is an open-addressing hash set of short words, hashed on their
// length and first, second and last bytes (figKey), so a look-up costs one
// multiplication whatever the word.
type figSet struct {
	keys     []string
	shift    uint32 // 32 - log2(len(keys))
	min, max int    // shortest and longest key
	// quick has bit min(len, 15) of [first&31][last&31] set for every
	// key, and quick2 bit second&31 of [third&31] (the last byte standing
	// in for missing ones): a word with either bit clear is not in the
	// set (the low five bits of a letter do not depend on its case).
	quick  [32][32]uint16
	quick2 [32]uint32
}

// maybe is the quick test of the set: false means w is not in it.
func (t *figSet) maybe(w string) bool { return figMaybe(t, w) }

// figMaybe is figSet.maybe for a string or a byte slice.
func figMaybe[T textBytes](t *figSet, w T) bool {
	n := len(w)
	return n >= t.min && n <= t.max && t.quick[w[0]&31][w[n-1]&31]&(1<<min(n, 15)) != 0 &&
		t.quick2[w[min(2, n-1)]&31]&(1<<(w[min(1, n-1)]&31)) != 0
}

// figKey hashes the length and the first, second and last bytes of w,
// ASCII letters folded to lower case; w is not empty.
func figKey[T textBytes](w T) uint32 {
	n := len(w)
	k := uint32(n) | uint32(w[0]|0x20)<<8 | uint32(w[n-1]|0x20)<<16 | uint32(w[min(1, n-1)]|0x20)<<24
	return k * 0x9E3779B1
}

// newFigSet returns the set of the words ws.
func newFigSet(ws []string) *figSet {
	n, bits := 16, uint32(4)
	for n < 4*len(ws) {
		n, bits = 2*n, bits+1
	}
	t := &figSet{keys: make([]string, n), shift: 32 - bits, min: 1 << 30}
	for _, w := range ws {
		for k := figKey(w) >> t.shift; ; k = (k + 1) & uint32(n-1) {
			if t.keys[k] == "" || t.keys[k] == w {
				t.keys[k] = w
				break
			}
		}
		t.min, t.max = min(t.min, len(w)), max(t.max, len(w))
		t.quick[w[0]&31][w[len(w)-1]&31] |= 1 << min(len(w), 15)
		t.quick2[w[min(2, len(w)-1)]&31] |= 1 << (w[min(1, len(w)-1)] & 31)
	}
	return t
}

// has reports whether w is in the set.
func (t *figSet) has(w []byte) bool {
	if len(w) == 0 || !figMaybe(t, w) {
		return false
	}
	mask := uint32(len(t.keys) - 1)
	for k := figKey(w) >> t.shift; ; k = (k + 1) & mask {
		switch t.keys[k] {
		case "":
			return false
		case string(w):
			return true
		}
	}
}

// hasFold reports whether the run of ASCII letters w, in any case, which
// passed maybe, is in the set, whose keys are lower-case ASCII letters:
// for them, folding a byte with |0x20 is exact.
func (t *figSet) hasFold(w string) bool {
	mask := uint32(len(t.keys) - 1)
	for k := figKey(w) >> t.shift; ; k = (k + 1) & mask {
		key := t.keys[k]
		if key == "" {
			return false
		}
		if len(key) == len(w) {
			i := 0
			for i < len(w) && w[i]|0x20 == key[i] {
				i++
			}
			if i == len(w) {
				return true
			}
		}
	}
}

// figAmountWords are the words without which a spelled amount cannot be
// read: number, scale, fraction and vague words ("two", "a dozen", "half",
// "millions of"). Every amount holds a digit or one of them.
var figAmountWords = func() *figSet {
	ws := []string{"tens", "half", "dozen"}
	for w := range figSmall {
		ws = append(ws, w)
	}
	for w := range figVague {
		ws = append(ws, w)
	}
	for w := range figFraction {
		ws = append(ws, w)
	}
	for w := range figScale {
		if len(w) > 3 { // "a million"; "a mn" is no amount
			ws = append(ws, w)
		}
	}
	return newFigSet(ws)
}()

// figStartPacked holds the figStartWords shorter than eight letters,
// packed.
var figStartPacked = func() *figPackedSet {
	ws := slices.Collect(maps.Keys(figStartWords))
	return newFigPackedSet(ws)
}()

// figAmountPacked holds the figAmountWords shorter than eight letters,
// packed.
var figAmountPacked = func() *figPackedSet {
	ws := make([]string, 0, len(figAmountWords.keys))
	for _, w := range figAmountWords.keys {
		if w != "" {
			ws = append(ws, w)
		}
	}
	return newFigPackedSet(ws)
}()

// figPackedSet is an open-addressing hash set of words of up to seven
// bytes, each packed little-endian into a uint64 (0 marks an empty slot).
type figPackedSet struct {
	slots []uint64
	shift uint
	bloom [1 << 8]uint64 // bit h>>50 of every key's hash h: most words miss it
}

// newFigPackedSet returns the set of the words of ws shorter than eight
// bytes.
func newFigPackedSet(ws []string) *figPackedSet {
	t := &figPackedSet{slots: make([]uint64, 256), shift: 64 - 8}
	for _, w := range ws {
		if len(w) >= 8 {
			continue
		}
		x := uint64(0)
		for i := 0; i < len(w); i++ {
			x |= uint64(w[i]) << (8 * i)
		}
		h := x * 0x9E3779B97F4A7C15
		t.bloom[h>>56] |= 1 << (h >> 50 & 63)
		for k := h >> t.shift; ; k = (k + 1) & 255 {
			if t.slots[k] == 0 || t.slots[k] == x {
				t.slots[k] = x
				break
			}
		}
	}
	return t
}

// has reports whether the packed word x is in the set.
func (t *figPackedSet) has(x uint64) bool {
	h := x * 0x9E3779B97F4A7C15
	if t.bloom[h>>56]&(1<<(h>>50&63)) == 0 {
		return false
	}
	for k := h >> t.shift; ; k = (k + 1) & 255 {
		switch t.slots[k] {
		case x:
			return true
		case 0:
			return false
		}
	}
}

// figClass is a bit set of the word lists a lower-cased word is in, worked
// out once per token so the matchers test a bit instead of hashing the
// word again for every list. The lists stay the truth: a bit marked "may"
// says only that the list, which is case-sensitive, may hold the word as
// written, and the caller looks it up.
type figClass = uint32

const (
	fcSmall       figClass = 1 << iota // figSmall
	fcScale                            // figScale
	fcVague                            // figVague
	fcFraction                         // figFraction
	fcQual                             // a one-word key of figQualifiers
	fcQual2                            // the last word of a two-word key of figQualifiers
	fcStop                             // figStop
	fcIrregular                        // figIrregular
	fcNotPlural                        // figNotPlural
	fcUnit                             // figUnitsFold
	fcClock                            // figClockWords
	fcNameOK                           // figNameOK
	fcRate                             // figRateWords
	fcParticiple                       // figParticiples
	fcMetre                            // figMetreWords
	fcOneIdiom                         // figOneIdiom
	fcOneCompound                      // figOneCompound
	fcDet                              // figDet
	fcChange                           // figChangeVerbs
	fcElliptic                         // figElliptic
	fcNounAdj                          // figNounAdj
	fcHyphenName                       // figHyphenName
	fcNameWord                         // figNameWords
	fcStart                            // figStartWords
	fcAttScale                         // figAttachedScale may hold it
	fcUnitCase                         // figUnitsCase may hold it
	fcCurWord                          // figCurrencyWords may hold it
	fcStreet                           // figStreet may hold it
	fcQual3                            // the last word of a three-word key of figQualifiers

	fcKnown figClass = 1 << 31 // the class has been worked out
)

// figLex maps every word of the lists to its figClass, by open addressing
// on figWordHash. A slot of figLex holds the hash in its high half and the
// class, with fcKnown, in its low half (0 for an empty slot); figLexKeys
// holds the word, checked once the hashes agree.
var figLex, figLexKeys, figLexShift, figLexMax = func() ([]uint64, []string, uint32, int) {
	cls := map[string]figClass{}
	add := func(c figClass, keys ...string) {
		for _, k := range keys {
			cls[k] |= c
		}
	}
	fold := func(c figClass, keys ...string) { // for the case-sensitive lists
		for _, k := range keys {
			cls[figASCIILower(k)] |= c
		}
	}
	for k := range figSmall {
		add(fcSmall, k)
	}
	for k := range figScale {
		add(fcScale, k)
	}
	for k := range figVague {
		add(fcVague, k)
	}
	for k := range figFraction {
		add(fcFraction, k)
	}
	for k := range figQualifiers {
		last := k[strings.LastIndexByte(k, ' ')+1:]
		switch strings.Count(k, " ") {
		case 0:
			add(fcQual, k)
		case 1:
			add(fcQual2, last)
		case 2:
			add(fcQual3, last)
		default:
			panic("figQualifiers: a key of more than three words: " + k)
		}
	}
	for _, l := range []struct {
		c figClass
		m map[string]bool
	}{{fcStop, figStop}, {fcIrregular, figIrregular}, {fcNotPlural, figNotPlural}, {fcClock, figClockWords},
		{fcNameOK, figNameOK}, {fcRate, figRateWords}, {fcParticiple, figParticiples}, {fcMetre, figMetreWords},
		{fcOneIdiom, figOneIdiom}, {fcOneCompound, figOneCompound}, {fcDet, figDet}, {fcElliptic, figElliptic},
		{fcNounAdj, figNounAdj}, {fcHyphenName, figHyphenName}, {fcNameWord, figNameWords},
		{fcStart, figStartWords}} {
		for k := range l.m {
			add(l.c, k)
		}
	}
	for k := range figUnitsFold {
		add(fcUnit, k)
	}
	for k := range figChangeVerbs {
		add(fcChange, k)
	}
	for _, l := range []struct {
		c figClass
		m map[string]bool
	}{{fcUnitCase, figUnitsCase}, {fcStreet, figStreet}} {
		for k := range l.m {
			fold(l.c, k)
		}
	}
	for k := range figAttachedScale {
		fold(fcAttScale, k)
	}
	for k := range figCurrencyWords {
		fold(fcCurWord, k)
	}
	n, bits := 64, uint32(6)
	for n < 3*len(cls) {
		n, bits = 2*n, bits+1
	}
	slots, keys, mask, longest := make([]uint64, n), make([]string, n), uint32(n-1), 0
	for k, c := range cls {
		h := figWordHash(k)
		for j := h >> (32 - bits); ; j = (j + 1) & mask {
			if slots[j] == 0 {
				slots[j], keys[j] = uint64(h)<<32|uint64(c|fcKnown), k
				break
			}
		}
		longest = max(longest, len(k))
	}
	return slots, keys, 32 - bits, longest
}()

// figWordHash hashes all of w when it is shorter than eight bytes, and its
// first and last eight bytes otherwise.
func figWordHash[T textBytes](w T) uint32 {
	n := len(w)
	var x uint64
	if n >= 8 {
		x = word8(w, 0) ^ word8(w, n-8)*0xC2B2AE3D27D4EB4F
	} else {
		for i := 0; i < n; i++ {
			x |= uint64(w[i]) << (8 * i)
		}
	}
	x = (x ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
	return uint32(x >> 32)
}

// figASCIILower lower-cases the ASCII letters of w, as figScanner.lc does.
func figASCIILower(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// figLexClass returns the figClass of the lower-cased word lw.
func figLexClass(lw []byte) figClass {
	n := len(lw)
	if n == 0 || n > figLexMax {
		return 0
	}
	mask := uint32(len(figLex) - 1)
	var h uint32
	if n < 8 && cap(lw) >= 8 { // figWordHash, reading past the word and masking
		x := binary.LittleEndian.Uint64(lw[:8]) & (1<<(8*n) - 1)
		h = uint32((x ^ uint64(n)<<56) * 0x9E3779B97F4A7C15 >> 32)
	} else {
		h = figWordHash(lw)
	}
	for j := h >> figLexShift; ; j = (j + 1) & mask {
		sl := figLex[j]
		if sl == 0 {
			return 0
		}
		if uint32(sl>>32) == h && figLexKeys[j] == string(lw) {
			return figClass(sl)
		}
	}
}

// figMonthSet holds the figMonths for their quick test.
var figMonthSet = func() *figSet {
	ws := slices.Collect(maps.Keys(figMonths))
	return newFigSet(ws)
}()

// figStartSet holds figStartWords for mayStart.
var figStartSet = func() *figSet {
	ws := slices.Collect(maps.Keys(figStartWords))
	return newFigSet(ws)
}()
