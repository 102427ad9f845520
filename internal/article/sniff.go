package article

import (
	"bytes"
	"mime"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeText checks that b is text and returns it as UTF-8: UTF-16 with a
// byte-order mark is converted; NUL bytes or mostly non-text bytes give
// ErrBinary. A UTF-8 byte-order mark is kept (the line scanner skips it), so
// offsets still match the file.
func decodeText(b []byte) ([]byte, error) {
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return decodeUTF16(b[2:], b[0] == 0xFE), nil
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, ErrBinary
	}
	b = toUTF8(b, "", false)
	if isBinary(b) {
		return nil, ErrBinary
	}
	return b, nil
}

// toUTF8 converts input that is not valid UTF-8 from its declared charset
// (the Content-Type charset, or for HTML a <meta charset>), else from
// Windows-1252 when the bytes hold no valid multi-byte UTF-8 at all (a
// legacy single-byte file). Valid UTF-8 is returned unchanged, so offsets
// still match the file.
func toUTF8(b []byte, contentType string, isHTML bool) []byte {
	if utf8.Valid(b) || bytes.IndexByte(b, 0) >= 0 {
		return b
	}
	if isHTML {
		if enc, name, _ := charset.DetermineEncoding(b, contentType); name != "utf-8" && enc != nil {
			if out, err := enc.NewDecoder().Bytes(b); err == nil {
				return out
			}
		}
		return b
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if enc, name := charset.Lookup(params["charset"]); enc != nil && name != "utf-8" {
			if out, err := enc.NewDecoder().Bytes(b); err == nil {
				return out
			}
		}
		return b
	}
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			valid++
		}
		i += n
	}
	if valid == 0 || invalid > 4*valid {
		if out, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
			return out
		}
	}
	return b
}

// decodeUTF16 converts UTF-16 (big or little endian) to UTF-8.
func decodeUTF16(b []byte, bigEndian bool) []byte {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// isBinary reports whether b is not text: it holds a NUL byte, or more than
// a tenth of its first 8 KiB are control bytes or invalid UTF-8.
func isBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	head := b
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	bad, n := 0, 0
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			// A rune cut by the 8 KiB window is not an error.
			if len(head) < len(b) && len(head)-i < utf8.UTFMax {
				i = len(head)
				continue
			}
			bad++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != 0x1b:
			bad++
		}
		n++
		i += size
	}
	return n > 0 && bad*10 > n
}

var (
	rxMDHeading = regexp.MustCompile(`(?m)^#{1,6}\s+\S`)
	rxMDFence   = regexp.MustCompile("(?m)^(```|~~~)")
	rxMDLink    = regexp.MustCompile(`!?\[[^\]\n]+\]\([^)\s]+\)`)
	rxMDEmph    = regexp.MustCompile(`(\*\*|__)\S[^*\n]*\S(\*\*|__)`)
	rxMDList    = regexp.MustCompile(`(?m)^\s{0,3}(?:[-*+]|\d{1,3}\.)\s+\S`)
	rxHTMLTag   = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html|head|body|article|p|div|h[1-6]|meta|title)[\s>/]`)
)

// FormatOf returns the format for a file name by its extension, or
// FormatAuto when the extension says nothing.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".xml", ".rss", ".atom", ".json":
		return FormatFeed
	}
	return FormatAuto
}

// formatOfContentType maps a MIME type to a format. ok is false for a type
// brief cannot read (image/png); FormatAuto means "look at the content".
func formatOfContentType(ct string) (f Format, ok bool) {
	if ct == "" {
		return FormatAuto, true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return FormatHTML, true
	case mt == "text/markdown" || mt == "text/x-markdown":
		return FormatMarkdown, true
	case strings.HasSuffix(mt, "rss+xml") || strings.HasSuffix(mt, "atom+xml") ||
		strings.HasSuffix(mt, "rdf+xml") || mt == "application/feed+json":
		return FormatFeed, true
	case mt == "text/plain" || mt == "application/xml" || mt == "text/xml" || mt == "application/json" ||
		mt == "application/octet-stream" || mt == "binary/octet-stream" || strings.HasPrefix(mt, "text/"):
		return FormatAuto, true
	}
	return FormatAuto, false
}

// DetectFormat guesses the format of content: a feed (RSS, Atom, RDF, JSON
// Feed), an HTML page, Markdown (front matter, or several Markdown marks),
// else plain text.
func DetectFormat(content []byte) Format {
	head := content
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	trim := bytes.TrimLeft(head, " \t\r\n")
	low := bytes.ToLower(trim)
	switch {
	case bytes.HasPrefix(trim, []byte("{")):
		if bytes.Contains(low, []byte("jsonfeed.org")) {
			return FormatFeed
		}
		return FormatText
	case bytes.HasPrefix(trim, []byte("---\n")) || bytes.HasPrefix(trim, []byte("---\r\n")) ||
		bytes.HasPrefix(trim, []byte("+++\n")) || bytes.HasPrefix(trim, []byte("+++\r\n")):
		return FormatMarkdown
	case bytes.HasPrefix(trim, []byte("<")):
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) ||
			bytes.Contains(low, []byte("<rdf:rdf")) {
			return FormatFeed
		}
		if rxHTMLTag.Match(head) {
			return FormatHTML
		}
	}
	if rxHTMLTag.Match(head) && bytes.Count(low, []byte("</p>"))+bytes.Count(low, []byte("</div>")) >= 2 {
		return FormatHTML
	}
	if looksMarkdown(head) {
		return FormatMarkdown
	}
	return FormatText
}

// looksMarkdown reports whether text shows clear Markdown: a heading on the
// first line, or marks of at least two kinds.
func looksMarkdown(b []byte) bool {
	if bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("# ")) {
		return true
	}
	kinds := 0
	for _, rx := range []*regexp.Regexp{rxMDHeading, rxMDFence, rxMDLink, rxMDEmph, rxMDList} {
		if rx.Match(b) {
			kinds++
		}
	}
	return kinds >= 2
}
