package article

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sanitize cleans multi-line text from an untrusted source so that it is
// safe to print on a terminal:
//
//   - escape sequences are removed with their payload: CSI, OSC, DCS, SOS,
//     PM, APC and the short ESC forms, in their 7-bit (ESC [) and 8-bit
//     (U+009B, or a raw 0x9B byte) forms; a string payload ends at ST or
//     BEL, or is cut at the end of its line when it is never terminated;
//   - C0 controls other than tab and newline, DEL and C1 controls are
//     removed; a lone CR becomes "\n" and CRLF becomes " \n";
//   - every other invalid UTF-8 byte becomes U+FFFD.
//
// What is removed is replaced by as many spaces as it had bytes, so the
// sanitised text has the input's length and byte offsets: an offset into
// the sanitised text is an offset into the file, unless the file held
// invalid UTF-8. Clean input is returned unchanged and without allocating.
// Every offset brief reports refers to the sanitised text.
func Sanitize(s string) string { return sanitize(s, true) }

// sanitize is Sanitize; pad says whether removed bytes become spaces (to
// keep offsets) or simply go.
func sanitize(s string, pad bool) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	sanitizeFrom(&b, s, i, pad)
	return b.String()
}

// firstUnsafe returns the index of the first byte Sanitize must change, or
// -1 when s is clean.
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		i = skipPlain(s, i)
		for i < len(s) && plainByte[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 || r <= 0x9f {
			return i
		}
		i += n
	}
	return -1
}

// skipPlain skips eight bytes at a time while none of them is a control
// character, DEL or a non-ASCII byte.
func skipPlain(s string, i int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		del := x ^ 0x7f*lo
		if (x|(x-0x20*lo)|(del-lo)&^del)&hi != 0 {
			return i
		}
	}
	return i
}

// plainByte marks the ASCII bytes Sanitize keeps: printable characters, tab
// and newline.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	t['\t'], t['\n'] = true, true
	return t
}()

// sanitizeFrom writes the sanitised form of s[i:] to b.
func sanitizeFrom(b *strings.Builder, s string, i int, pad bool) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c != 0x7f || c == '\n' || c == '\t':
				j := i + 1
				for j < len(s) && s[j] >= 0x20 && s[j] < 0x7f {
					j++
				}
				b.WriteString(s[i:j])
				i = j
			case c == 0x1b:
				i = blank(b, pad, i, escEnd(s, i+1))
			case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
				b.WriteString(" \n")
				i += 2
			case c == '\r':
				b.WriteByte('\n')
				i++
			default:
				i = blank(b, pad, i, i+1)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case n == 1 && isC1Introducer(rune(c)):
			// A raw 8-bit introducer (Latin-1 terminals) takes its payload
			// along; other invalid bytes become U+FFFD.
			i = blank(b, pad, i, c1End(s, rune(c), i+1))
		case n == 1:
			b.WriteString("\uFFFD")
			i++
		case r <= 0x9f:
			i = blank(b, pad, i, c1End(s, r, i+n))
		default:
			b.WriteString(s[i : i+n])
			i += n
		}
	}
}

// blank removes s[i:j] and returns j. With pad it writes one space for
// each removed byte, so that removing never moves the offsets of the text
// after it.
func blank(b *strings.Builder, pad bool, i, j int) int {
	const spaces = "                                "
	for n := j - i; pad && n > 0; n -= len(spaces) {
		b.WriteString(spaces[:min(n, len(spaces))])
	}
	return j
}

// escEnd returns the end of the 7-bit escape sequence whose ESC byte ends
// just before j.
func escEnd(s string, j int) int {
	if j >= len(s) {
		return j
	}
	switch c := s[j]; {
	case c == '[':
		return csiEnd(s, j+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return stringEnd(s, j+1)
	case c >= 0x20 && c <= 0x2f: // nF: intermediates then a final byte
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			j++
		}
		return j
	case c >= 0x30 && c <= 0x7e: // Fp, Fe, Fs: one final byte
		return j + 1
	}
	return j
}

// c1End returns the end of the sequence a C1 control r starts, the payload
// beginning at j.
func c1End(s string, r rune, j int) int {
	switch r {
	case 0x9b: // CSI
		return csiEnd(s, j)
	case 0x90, 0x98, 0x9d, 0x9e, 0x9f: // DCS, SOS, OSC, PM, APC
		return stringEnd(s, j)
	}
	return j
}

// isC1Introducer reports whether the C1 control r starts a sequence with a
// payload: CSI, DCS, SOS, OSC, PM or APC.
func isC1Introducer(r rune) bool {
	return r == 0x9b || r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f
}

// csiEnd returns the end of a control sequence whose parameters start at j:
// parameter and intermediate bytes, then one final byte. A malformed
// sequence ends before the first unexpected byte.
func csiEnd(s string, j int) int {
	for j < len(s) {
		c := s[j]
		switch {
		case c >= 0x40 && c <= 0x7e:
			return j + 1
		case c >= 0x20 && c <= 0x3f:
			j++
		default:
			return j
		}
	}
	return j
}

// stringEnd returns the end of a control string (OSC, DCS, SOS, PM, APC)
// whose payload starts at j. It ends after ST (ESC \, U+009C or a raw 0x9C)
// or BEL, is cancelled by CAN or SUB, and is cut before another ESC or a
// newline when never terminated.
func stringEnd(s string, j int) int {
	for j < len(s) {
		switch c := s[j]; c {
		case 0x07, 0x18, 0x1a, 0x9c:
			return j + 1
		case 0x1b:
			if j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
			return j
		case '\n', '\r':
			return j
		case 0xc2:
			if j+1 < len(s) && s[j+1] == 0x9c {
				return j + 2
			}
		}
		j++
	}
	return j
}

// SanitizeLine cleans a one-line field (title, byline, feed fields): it
// applies Sanitize, turns newlines and tabs into spaces, collapses runs of
// white space into one space, trims both ends and drops the bidirectional
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
// A clean line is returned unchanged.
func SanitizeLine(s string) string {
	s = sanitize(s, false)
	if cleanLine(s) {
		return s
	}
	return collapse(s, true)
}

// collapse trims s and turns each run of white space into one space; with
// dropBidi it also removes bidi controls (one-line fields).
func collapse(s string, dropBidi bool) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case dropBidi && isBidiControl(r):
			continue
		case r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// cleanLine reports whether the sanitised s needs no line cleaning.
func cleanLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return false
				}
				prevSpace = true
				continue
			}
			if asciiSpace[c] {
				return false
			}
			prevSpace = false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isBidiControl(r) || unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n - 1
	}
	return true
}

// isBidiControl reports whether r is a bidirectional embedding, override or
// isolate control.
func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// SafeURL returns the sanitised u when it is an absolute http or https link
// with a host, or a mailto link; otherwise it returns "".
func SafeURL(u string) string {
	u = SanitizeLine(u)
	if u == "" || strings.ContainsAny(u, " \\") {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		if p.Host == "" {
			return ""
		}
	case "mailto":
		if p.Opaque == "" {
			return ""
		}
	default:
		return ""
	}
	return u
}
