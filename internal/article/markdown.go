package article

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"
)

// ParseMarkdown parses Markdown with optional YAML (---) or TOML (+++) front
// matter (title, date, author, source, url) into plain readable text:
// emphasis and link marks are dropped (a link becomes its text, an image
// disappears), code blocks are kept as text, and each heading, list item and
// paragraph is its own paragraph. The title (from the front matter, else a
// leading "# Title") is the first line of Text (TitleSpan). Offsets refer to
// the produced plain text, not to the Markdown source. It reads r and does
// no other IO.
func ParseMarkdown(r io.Reader) (*Article, error) {
	arts, err := Parse(r, FormatMarkdown)
	if len(arts) == 0 {
		return nil, err
	}
	return arts[0], err
}

// frontMatter holds the fields brief reads from Markdown front matter.
type frontMatter struct {
	Title     any `yaml:"title" toml:"title"`
	Date      any `yaml:"date" toml:"date"`
	Published any `yaml:"published" toml:"published"`
	Author    any `yaml:"author" toml:"author"`
	Authors   any `yaml:"authors" toml:"authors"`
	Byline    any `yaml:"byline" toml:"byline"`
	Source    any `yaml:"source" toml:"source"`
	Site      any `yaml:"site" toml:"site"`
	URL       any `yaml:"url" toml:"url"`
	Link      any `yaml:"link" toml:"link"`
}

var mdParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough,
	extension.TaskList, extension.DefinitionList)).Parser()

// parseMarkdownBytes is ParseMarkdown on bytes already read.
func parseMarkdownBytes(b []byte) (*Article, error) {
	b, err := decodeText(b)
	if err != nil {
		return nil, err
	}
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	fm, body, err := splitFrontMatter(b)
	if err != nil {
		return nil, err
	}
	src := Sanitize(string(body))
	title := mdTitle(scalar(fm.Title))
	var tb textBuilder
	if goldmarkSafe([]byte(src)) {
		doc := mdParser.Parse(text.NewReader([]byte(src)))
		first := doc.FirstChild()
		if h, ok := first.(*ast.Heading); ok && h.Level == 1 && title == "" {
			title = mdInline(h, []byte(src))
			doc.RemoveChild(doc, first)
		}
		tb.addTitle(title)
		mdBlocks(&tb, doc, []byte(src), 0)
	} else {
		if title == "" {
			title, src = mdLeadingTitle(src)
		}
		tb.addTitle(title)
		mdLite(&tb, src)
	}
	a := tb.article(FormatMarkdown)
	if len(a.Paragraphs) == 0 {
		return nil, ErrEmpty
	}
	if by := firstNonEmpty(scalar(fm.Author), scalar(fm.Authors), scalar(fm.Byline)); by != "" {
		a.Byline = SanitizeLine(by)
	}
	a.SiteName = SanitizeLine(firstNonEmpty(scalar(fm.Source), scalar(fm.Site)))
	if u := SafeURL(SanitizeLine(firstNonEmpty(scalar(fm.URL), scalar(fm.Link)))); u != "" {
		a.URL = u
	}
	for _, d := range []any{fm.Date, fm.Published} {
		if t, ok := anyDate(d); ok {
			a.Published = t
			break
		}
	}
	return a, nil
}

// mdTitle renders a front-matter title that may hold Markdown marks as
// plain text.
func mdTitle(t string) string {
	if !strings.ContainsAny(t, "*_`[]<&\\") {
		return t
	}
	if len(t) > 1000 {
		return mdLiteInline(t)
	}
	src := []byte(SanitizeLine(t))
	doc := mdParser.Parse(text.NewReader(src))
	if p := doc.FirstChild(); p != nil && p.Kind() == ast.KindParagraph && p.NextSibling() == nil {
		return mdInline(p, src)
	}
	return t
}

// splitFrontMatter cuts YAML (---) or TOML (+++) front matter off the top
// of b. A front matter that does not parse is an error.
func splitFrontMatter(b []byte) (frontMatter, []byte, error) {
	var fm frontMatter
	for _, delim := range []string{"---", "+++"} {
		d := []byte(delim)
		if !bytes.HasPrefix(b, d) {
			continue
		}
		rest := b[len(d):]
		rest = bytes.TrimLeft(rest, " \t")
		if !bytes.HasPrefix(rest, []byte("\n")) && !bytes.HasPrefix(rest, []byte("\r\n")) {
			continue
		}
		end := bytes.Index(rest, append([]byte("\n"), d...))
		if end < 0 {
			continue
		}
		head := rest[:end]
		body := rest[end+1+len(d):]
		if i := bytes.IndexByte(body, '\n'); i >= 0 && len(bytes.TrimSpace(body[:i])) == 0 {
			body = body[i+1:]
		} else if i < 0 && len(bytes.TrimSpace(body)) == 0 {
			body = nil
		}
		var err error
		if delim == "---" {
			err = yaml.Unmarshal(head, &fm)
		} else {
			err = toml.Unmarshal(head, &fm)
		}
		if err != nil {
			return fm, nil, fmt.Errorf("front matter: %s", oneLine(err.Error()))
		}
		return fm, body, nil
	}
	return fm, b, nil
}

// scalar renders a front-matter value as text; a list is joined with
// " and " (authors).
func scalar(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []any:
		var parts []string
		for _, e := range x {
			if s := scalar(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, " and ")
	case map[string]any:
		return scalar(x["name"])
	case time.Time:
		return x.Format(time.RFC3339)
	default:
		return fmt.Sprint(x)
	}
}

// anyDate reads a front-matter date (a YAML/TOML date or a string).
func anyDate(v any) (time.Time, bool) {
	switch x := v.(type) {
	case time.Time:
		if x.Location().String() != "UTC" && x.Location() != time.Local && strings.HasPrefix(x.Location().String(), "local") {
			x = time.Date(x.Year(), x.Month(), x.Day(), x.Hour(), x.Minute(), x.Second(), 0, time.UTC)
		}
		return x, !x.IsZero()
	case string:
		return parseDate(x)
	}
	return time.Time{}, false
}

// mdBlocks adds the block children of n to b as paragraphs.
func mdBlocks(b *textBuilder, n ast.Node, src []byte, depth int) {
	if depth > 100 {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading, east.KindDefinitionTerm:
			b.addPara(mdInline(c, src), false)
		case ast.KindFencedCodeBlock, ast.KindCodeBlock:
			b.addPara(string(mdLines(c, src)), true)
		case ast.KindHTMLBlock:
			var sub textBuilder
			htmlToText(&sub, string(mdLines(c, src)))
			for _, p := range sub.paras {
				b.addPara(sub.buf.String()[p.Start:p.End], false)
			}
		case ast.KindThematicBreak:
		case east.KindTable:
			for row := c.FirstChild(); row != nil; row = row.NextSibling() {
				var cells []string
				for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
					cells = append(cells, mdInline(cell, src))
				}
				b.addPara(strings.Join(cells, " | "), false)
			}
		default:
			mdBlocks(b, c, src, depth+1)
		}
	}
}

// mdLines returns the raw lines of a code or HTML block.
func mdLines(n ast.Node, src []byte) []byte {
	var buf bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		buf.Write(seg.Value(src))
	}
	return buf.Bytes()
}

// mdInline renders the inline content of n as plain text.
func mdInline(n ast.Node, src []byte) string {
	var sb strings.Builder
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		if depth > 200 {
			return
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch x := c.(type) {
			case *ast.Text:
				v := x.Segment.Value(src)
				if !x.IsRaw() {
					v = util.UnescapePunctuations(util.ResolveNumericReferences(util.ResolveEntityNames(v)))
				}
				sb.Write(v)
				if x.SoftLineBreak() || x.HardLineBreak() {
					sb.WriteByte(' ')
				}
			case *ast.String:
				sb.Write(x.Value)
			case *ast.AutoLink:
				sb.Write(x.Label(src))
			case *ast.Image:
			case *ast.RawHTML:
				sb.WriteString(inlineHTMLText(x, src))
			case *east.TaskCheckBox:
			default:
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	return sb.String()
}

// inlineHTMLText keeps only the text of inline HTML (usually none: it is a
// tag), with entities decoded.
func inlineHTMLText(x *ast.RawHTML, src []byte) string {
	var raw bytes.Buffer
	for i := 0; i < x.Segments.Len(); i++ {
		seg := x.Segments.At(i)
		raw.Write(seg.Value(src))
	}
	z := html.NewTokenizer(&raw)
	var sb strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			sb.Write(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			if name, _ := z.TagName(); string(name) == "br" {
				sb.WriteByte(' ')
			}
		}
	}
}
