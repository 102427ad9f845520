package summary

import "math/bits"

// The ranker's word hash: words are lower-cased, lightly stemmed and hashed
// eight bytes at a time, so a word of up to eight bytes costs one load.

// hashLower returns a hash of s lowercased (ASCII), after a light plural
// stemming ("cities" → "city", "talks" → "talk").
func hashLower(s string) uint64 { return stemHash(s, 0, len(s)) }

// stemHash returns hashLower(t[i:j]). It reads t eight bytes at a time, past
// j when t allows, so the caller passes the whole sentence.
func stemHash(t string, i, j int) uint64 {
	w := t[i:j]
	n := len(w)
	ies := false
	switch {
	case n > 4 && hasSuffixFold(w, "ies"):
		n -= 2 // "cit" + "y": the i becomes a y
		ies = true
	case n > 3 && (w[n-1] == 's' || w[n-1] == 'S') && !hasSuffixFold(w, "ss") &&
		!hasSuffixFold(w, "us") && !hasSuffixFold(w, "is"):
		n--
	}
	// The word has no zero byte, so its zero-padded 8-byte chunks name it
	// exactly; a word of up to 8 bytes hashes one-to-one.
	var h uint64
	for n > 8 {
		h = fmix64(h ^ lowerASCII8(load8(t, i, 8)))
		i, n = i+8, n-8
	}
	x := lowerASCII8(load8(t, i, n))
	if ies {
		sh := uint(8 * (n - 1))
		x = x&^(0xFF<<sh) | 'y'<<sh
	}
	h ^= x
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// alnumRun returns how many of the 8 bytes of x, from the first, are
// ASCII letters or digits.
func alnumRun(x uint64) int {
	const hi, lo7, sp = 0x8080808080808080, 0x7F7F7F7F7F7F7F7F, 0x2020202020202020
	h := x & lo7
	digit := (h + 0x5050505050505050) &^ (h + 0x4646464646464646) // '0' <= byte <= '9'
	l := h | sp
	letter := (l + 0x1F1F1F1F1F1F1F1F) &^ (l + 0x0505050505050505) // 'a' <= byte|0x20 <= 'z'
	other := ^((digit | letter) &^ x) & hi
	return bits.TrailingZeros64(other) >> 3
}

// stemHash8 is stemHash of a word of n (1..7) ASCII letters and digits,
// the first n bytes of x.
func stemHash8(x uint64, n int) uint64 {
	sh := 8 * uint(n)
	x = lowerASCII8(x) & (uint64(1)<<sh - 1)
	last3 := x >> (sh - 24) // the last three bytes, for n >= 3
	switch {
	case n > 4 && last3 == 'i'|'e'<<8|'s'<<16:
		sh -= 24 // "cities" hashes as "city"
		x = x&(uint64(1)<<sh-1) | 'y'<<sh
	case n > 3 && last3>>16 == 's':
		if c := byte(last3 >> 8); c != 's' && c != 'u' && c != 'i' {
			x &= uint64(1)<<(sh-8) - 1
		}
	}
	x *= 0x9E3779B97F4A7C15
	return x ^ x>>29
}

// fmix64 is the 64-bit finaliser of MurmurHash3.
func fmix64(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	return k ^ k>>33
}
