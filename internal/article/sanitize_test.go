package article

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
	"unsafe"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean", "Port reopens.\n\tShips “queue” — 3½ days.", "Port reopens.\n\tShips “queue” — 3½ days."},
		{"CSI colour", "red \x1b[31;1malert\x1b[0m over", "red        alert     over"},
		{"CSI private mode", "a\x1b[?1049hb\x1b[2Jc", "a        b    c"},
		{"CSI malformed", "a\x1b[12\nb", "a    \nb"},
		{"OSC title with BEL", "x\x1b]0;pwned\ay", "x          y"},
		{"OSC hyperlink with ST", "see \x1b]8;;http://evil.example\x1b\\here\x1b]8;;\x1b\\ now", "see                           here        now"},
		{"OSC 52 clipboard", "a\x1b]52;c;cm0gLXJmIH4=\ab", "a                    b"},
		{"OSC unterminated stops at newline", "a\x1b]0;title\nnext line", "a         \nnext line"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "a               b"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", "a               b"},
		{"PM", "a\x1b^private\x1b\\b", "a           b"},
		{"SOS", "a\x1bXstring\x1b\\b", "a          b"},
		{"string cancelled by CAN", "a\x1b]0;x\x18b", "a      b"},
		{"nF charset", "a\x1b(Bb", "a   b"},
		{"Fs reset", "a\x1bcb", "a  b"},
		{"Fe single shift", "a\x1bNb", "a  b"},
		{"lone ESC", "a\x1b", "a "},
		{"ESC before newline", "a\x1b\nb", "a \nb"},
		{"8-bit CSI as UTF-8", "a\u009b31mb", "a     b"},
		{"8-bit OSC as UTF-8 with 8-bit ST", "a\u009d0;t\u009cb", "a       b"},
		{"8-bit DCS as UTF-8 with 7-bit ST", "a\u0090q\x1b\\b", "a     b"},
		{"8-bit APC PM SOS", "a\u009fx\u009cb\u009ey\u009cc\u0098z\u009cd", "a     b     c     d"},
		{"raw 8-bit CSI byte", "a\x9b31mb", "a    b"},
		{"raw 8-bit OSC byte", "a\x9d0;t\x07b", "a     b"},
		{"other C1", "a\u0085b\u008ec", "a  b  c"},
		{"C0 controls", "a\x00b\x07c\x08d\x0be\x0cf\x7fg", "a b c d e f g"},
		{"CRLF", "one\r\ntwo\r\n", "one \ntwo \n"},
		{"lone CR", "one\rtwo", "one\ntwo"},
		{"CR CR LF", "one\r\r\ntwo", "one\n \ntwo"},
		{"invalid UTF-8", "a\xffb\xc3(c", "a\uFFFDb\uFFFD(c"},
		{"truncated rune at end", "ab\xe2\x80", "ab\uFFFD\uFFFD"},
		{"bidi kept in body", "a\u202eb", "a\u202eb"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if utf8.ValidString(tc.in) && len(tc.want) != len(tc.in) {
				t.Fatalf("bad case: want %d bytes for %d of valid input", len(tc.want), len(tc.in))
			}
			if got := Sanitize(tc.in); got != tc.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSanitizeCleanUnchanged(t *testing.T) {
	in := strings.Repeat("Dockers ended the strike on Friday. “It’s over,” she said.\n", 100)
	got := Sanitize(in)
	if unsafe.StringData(got) != unsafe.StringData(in) {
		t.Error("Sanitize copied clean input")
	}
	if n := testing.AllocsPerRun(10, func() { Sanitize(in) }); n != 0 {
		t.Errorf("Sanitize(clean) allocates %v times", n)
	}
	line := "Port strike ends after nine days"
	if got := SanitizeLine(line); unsafe.StringData(got) != unsafe.StringData(line) {
		t.Error("SanitizeLine copied a clean line")
	}
}

func TestSanitizeLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean", "Port strike ends", "Port strike ends"},
		{"newlines and tabs", "Port\nstrike\tends", "Port strike ends"},
		{"collapse and trim", "  Port   strike \u00a0 ends  ", "Port strike ends"},
		{"CRLF", "Port\r\nstrike", "Port strike"},
		{"bidi override", "invoice\u202etxt.exe", "invoicetxt.exe"},
		{"bidi isolates", "a\u2066b\u2069c\u2067d\u2068e", "abcde"},
		{"bidi marks kept", "a\u200fb", "a\u200fb"},
		{"escape", "\x1b]0;x\aTitle\x1b[1m!", "Title!"},
		{"only space", " \t\n ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SanitizeLine(tc.in); got != tc.want {
				t.Errorf("SanitizeLine(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a?b=c", "https://example.com/a?b=c"},
		{"HTTP://Example.com", "HTTP://Example.com"},
		{"  http://example.com/x  ", "http://example.com/x"},
		{"mailto:desk@example.com", "mailto:desk@example.com"},
		{"javascript:alert(1)", ""},
		{"JavaScript:alert(1)", ""},
		{"data:text/html,<b>x</b>", ""},
		{"file:///etc/passwd", ""},
		{"ftp://example.com", ""},
		{"//example.com/x", ""},
		{"/relative/path", ""},
		{"https://", ""},
		{"mailto:", ""},
		{"http://exa mple.com", ""},
		{"http://example.com/\x1b]8;;x\x07y", "http://example.com/y"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := SafeURL(tc.in); got != tc.want {
				t.Errorf("SafeURL(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// checkClean asserts Sanitize's output invariants.
func checkClean(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Sanitize(%q) = %q is not valid UTF-8", in, out)
	}
	for _, r := range out {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f {
			t.Fatalf("Sanitize(%q) = %q keeps control %U", in, out, r)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"plain text\n",
		"a\x1b[31mb\x1b]0;t\x07c\x1bPq\x1b\\d",
		"\u009b1m\u009d0;x\u009c\x9b2J\x9d\x07",
		"one\r\ntwo\rthree\xff\xc3",
		"title\u202e\t\n  x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		checkClean(t, in, out)
		if again := Sanitize(out); again != out {
			t.Fatalf("Sanitize is not idempotent: %q -> %q -> %q", in, out, again)
		}
		line := SanitizeLine(in)
		checkClean(t, in, line)
		if strings.ContainsAny(line, "\n\t") || strings.Contains(line, "  ") || strings.TrimSpace(line) != line {
			t.Fatalf("SanitizeLine(%q) = %q is not one trimmed line", in, line)
		}
		for _, r := range line {
			if isBidiControl(r) {
				t.Fatalf("SanitizeLine(%q) = %q keeps bidi control %U", in, line, r)
			}
		}
		if u := SafeURL(in); u != "" {
			l := strings.ToLower(u)
			if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") && !strings.HasPrefix(l, "mailto:") {
				t.Fatalf("SafeURL(%q) = %q", in, u)
			}
		}
	})
}

// BenchmarkSanitize measures the common case: about 1 MB of clean text.
func BenchmarkSanitize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		if Sanitize(benchText) != benchText {
			b.Fatal("changed clean text")
		}
	}
}

// BenchmarkSanitizeDirty measures text with CRLF line ends and escapes.
func BenchmarkSanitizeDirty(b *testing.B) {
	dirty := strings.ReplaceAll(benchText, "\n", "\r\n\x1b[0m")
	b.SetBytes(int64(len(dirty)))
	b.ReportAllocs()
	for b.Loop() {
		Sanitize(dirty)
	}
}

func ExampleSanitize() {
	fmt.Printf("%q\n", Sanitize("Port \x1b[31mreopens\x1b[0m\r\nShips \x1b]0;pwned\x07queue"))
	// Output:
	// "Port      reopens     \nShips           queue"
}

// TestSanitizeLinear guards against quadratic work on hostile input.
func TestSanitizeLinear(t *testing.T) {
	inputs := map[string]string{
		"CSI":          strings.Repeat("\x1b[1;2", 1<<17),
		"OSC":          strings.Repeat("\x1b]0;", 1<<18),
		"8-bit OSC":    strings.Repeat("\u009d", 1<<19),
		"raw C1":       strings.Repeat("\x9b\x9d", 1<<19),
		"CR":           strings.Repeat("\r", 1<<20),
		"invalid":      strings.Repeat("\xff", 1<<20),
		"spaces, bidi": strings.Repeat(" \u202e\t", 1<<18),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			begin := time.Now()
			out := Sanitize(in)
			SanitizeLine(in)
			if d := time.Since(begin); d > 10*time.Second {
				t.Errorf("Sanitize took %v on 1 MB", d)
			}
			checkClean(t, in, out)
		})
	}
}
