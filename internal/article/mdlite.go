package article

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// A line-based Markdown-to-text converter that runs in linear time. It
// takes over from goldmark for large inputs and for inputs with shapes that
// make goldmark's parser slow (deep quote nesting, thousands of brackets),
// so that hostile Markdown cannot hang brief.

const goldmarkMaxBytes = 64 << 10

// goldmarkSafe reports whether src is small and free of the shapes that make
// goldmark super-linear.
func goldmarkSafe(src []byte) bool {
	if len(src) > goldmarkMaxBytes {
		return false
	}
	if bytes.Count(src, []byte("[")) > 512 || bytes.Count(src, []byte("<")) > 4096 ||
		bytes.Count(src, []byte("`")) > 2048 ||
		bytes.Count(src, []byte("*"))+bytes.Count(src, []byte("_")) > 8192 {
		return false
	}
	for _, line := range bytes.Split(src, []byte("\n")) {
		depth := 0
		for _, c := range line {
			if c == '>' {
				depth++
			} else if c != ' ' && c != '\t' {
				break
			}
		}
		if depth > 16 {
			return false
		}
	}
	return true
}

var (
	rxMDFenceOpen = regexp.MustCompile("^(```+|~~~+)")
	rxMDSetext    = regexp.MustCompile(`^(?:=+|-+)\s*$`)
	rxMDRule      = regexp.MustCompile(`^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	rxMDItem      = regexp.MustCompile(`^(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?`)
	rxMDRefDef    = regexp.MustCompile(`^\[[^\]]+\]:\s*\S`)
	rxMDEscape    = regexp.MustCompile("\\\\[!-/:-@\\[-`{-~]")
	rxMDTableSep  = regexp.MustCompile(`^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$`)

	mdInlineRules = []struct {
		rx   *regexp.Regexp
		repl string
	}{
		{regexp.MustCompile(`!\[[^\]\n]*\]\([^)\n]*\)`), ""},
		{regexp.MustCompile(`!\[[^\]\n]*\]\[[^\]\n]*\]`), ""},
		{regexp.MustCompile(`\[([^\]\n]*)\]\([^)\n]*\)`), "$1"},
		{regexp.MustCompile(`\[([^\]\n]+)\]\[[^\]\n]*\]`), "$1"},
		{regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`), "$1"},
		{regexp.MustCompile("`+([^`\n]+?)`+"), "$1"},
		{regexp.MustCompile(`(\*\*|__)(\S(?:[^*_\n]*?\S)?)(?:\*\*|__)`), "$2"},
		{regexp.MustCompile(`(^|[^\w*])\*(\S(?:[^*\n]*?\S)?)\*`), "$1$2"},
		{regexp.MustCompile(`(^|[^\w_])_(\S(?:[^_\n]*?\S)?)_(\W|$)`), "$1$2$3"},
		{regexp.MustCompile(`~~(\S(?:[^~\n]*?\S)?)~~`), "$1"},
		{regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>`), ""},
	}
)

// mdLiteInline strips the inline marks of one paragraph of Markdown.
func mdLiteInline(s string) string {
	if len(s) > 32<<10 {
		// No real paragraph is this long; keep the regexps off it.
		return html.UnescapeString(s)
	}
	if strings.Contains(s, "\\") {
		// Hide backslash-escaped marks from the rules below.
		s = rxMDEscape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xE000 + int(m[1]))) })
	}
	for _, r := range mdInlineRules {
		if strings.ContainsAny(s, "[]<>`*_~") {
			s = r.rx.ReplaceAllString(s, r.repl)
		}
	}
	s = strings.Map(func(r rune) rune {
		if r > 0xE000 && r < 0xE080 {
			return r - 0xE000
		}
		return r
	}, s)
	return html.UnescapeString(s)
}

// mdLite converts Markdown to paragraphs line by line: headings, list items,
// table rows and paragraphs each become one paragraph, code fences keep
// their lines, quote marks and inline marks are stripped.
func mdLite(b *textBuilder, src string) {
	var para []string
	var code []string
	fence := ""
	flush := func() {
		if len(para) > 0 {
			b.addPara(mdLiteInline(strings.Join(para, " ")), false)
			para = para[:0]
		}
	}
	for line := range strings.Lines(src) {
		line = strings.TrimRight(line, "\r\n")
		if fence != "" {
			if strings.HasPrefix(strings.TrimSpace(line), fence) {
				b.addPara(strings.Join(code, "\n"), true)
				code, fence = code[:0], ""
			} else {
				code = append(code, line)
			}
			continue
		}
		t := strings.TrimSpace(line)
		for strings.HasPrefix(t, ">") {
			t = strings.TrimSpace(t[1:])
		}
		c := byte(0)
		if t != "" {
			c = t[0]
		}
		switch {
		case c == 0 || c == '[' && rxMDRefDef.MatchString(t):
			flush()
		case (c == '`' || c == '~') && rxMDFenceOpen.MatchString(t):
			flush()
			fence = rxMDFenceOpen.FindString(t)
		case c == '#' && isATX(t):
			flush()
			b.addPara(mdLiteInline(atxText(t)), false)
		case (c == '=' || c == '-') && len(para) > 0 && rxMDSetext.MatchString(t):
			flush()
		case (c == '*' || c == '-' || c == '_') && rxMDRule.MatchString(t):
			flush()
		case (c == '-' || c == '*' || c == '+' || c >= '0' && c <= '9') && rxMDItem.MatchString(t):
			flush()
			para = append(para, t[len(rxMDItem.FindString(t)):])
		case c == '|' && rxMDTableSep.MatchString(t):
		case c == '|':
			flush()
			cells := strings.Split(strings.Trim(t, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			b.addPara(mdLiteInline(strings.Join(cells, " | ")), false)
		default:
			para = append(para, t)
		}
	}
	flush()
	if fence != "" {
		b.addPara(strings.Join(code, "\n"), true)
	}
}

// mdLeadingTitle cuts a leading "# Title" line off src and returns the
// title (marks stripped) and the rest.
func mdLeadingTitle(src string) (string, string) {
	rest := strings.TrimLeft(src, " \t\r\n")
	line, after, _ := strings.Cut(rest, "\n")
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "# ") {
		return "", src
	}
	if h := atxText(line); h != "" {
		return mdLiteInline(h), after
	}
	return "", src
}

// isATX reports whether t (trimmed) is an ATX heading: 1-6 '#' then a
// space or the end.
func isATX(t string) bool {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(t) || t[n] == ' ' || t[n] == '\t')
}

// atxText returns the text of an ATX heading, without the closing #s.
func atxText(t string) string {
	h := strings.TrimSpace(strings.TrimLeft(t, "#"))
	if i := strings.LastIndexAny(h, " \t"); i >= 0 && strings.Trim(h[i+1:], "#") == "" {
		h = strings.TrimSpace(h[:i])
	} else if strings.Trim(h, "#") == "" {
		h = ""
	}
	return h
}
