package summary

// Word-at-a-time helpers shared by the scanners: eight bytes of text are
// read as one little-endian uint64, the byte at the lowest offset in the
// lowest byte of the word, and tested or changed together.

// textBytes is a string or a byte slice: text is scanned as written and as
// a lower-cased copy without converting either.
type textBytes interface{ ~string | ~[]byte }

// word8 returns the eight bytes of t at i as a little-endian word.
func word8[T textBytes](t T, i int) uint64 {
	b := t[i : i+8] // one bounds check; the eight loads then combine into one
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// load8 returns the n (1..8) bytes of t at i as a little-endian word,
// zero-padded.
func load8(t string, i, n int) uint64 {
	var x uint64
	if i+8 <= len(t) {
		x = word8(t, i)
	} else {
		for k := min(len(t)-i, 8) - 1; k >= 0; k-- {
			x = x<<8 | uint64(t[i+k])
		}
	}
	return x & (uint64(1)<<(8*uint(n)) - 1)
}

// lowerASCII8 lowercases the ASCII capitals among the 8 bytes of x,
// leaving every other byte as it is.
func lowerASCII8(x uint64) uint64 {
	const hi, lo7 = 0x8080808080808080, 0x7F7F7F7F7F7F7F7F
	h := x & lo7
	ge := h + 0x3F3F3F3F3F3F3F3F  // high bit: byte >= 'A' (0x41)
	gt := h + 0x2525252525252525  // high bit: byte > 'Z' (0x5A)
	upper := (ge &^ gt) &^ x & hi // in A..Z and ASCII
	return x | upper>>2
}
