package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textBuilder assembles the Text of a structured input (HTML, Markdown,
// feeds): an optional title line, then paragraphs separated by blank lines.
// Every piece is sanitised before it is added, so offsets refer to the
// final, sanitised text.
type textBuilder struct {
	buf   strings.Builder
	paras []Span
	title Span
}

// addTitle writes the title line; it must come first.
func (b *textBuilder) addTitle(t string) {
	t = SanitizeLine(t)
	if t == "" {
		return
	}
	b.sep()
	start := b.buf.Len()
	b.buf.WriteString(t)
	b.title = Span{start, b.buf.Len()}
}

// addPara writes one paragraph. Runs of white space become one space unless
// keepLines is set (preformatted text), where line breaks stay.
func (b *textBuilder) addPara(p string, keepLines bool) {
	p = Sanitize(p)
	if keepLines {
		p = trimLines(p)
	} else {
		p = collapseSpace(p)
	}
	if p == "" {
		return
	}
	b.sep()
	start := b.buf.Len()
	b.buf.WriteString(p)
	b.paras = append(b.paras, Span{start, b.buf.Len()})
}

func (b *textBuilder) sep() {
	if b.buf.Len() > 0 {
		b.buf.WriteString("\n\n")
	}
}

// article returns the built text as an Article of format f, with its
// dateline and sentences.
func (b *textBuilder) article(f Format) *Article {
	a := &Article{Format: f, Text: b.buf.String(), Paragraphs: b.paras, TitleSpan: b.title}
	if b.title.End > 0 {
		a.Title = a.Text[b.title.Start:b.title.End]
	}
	finishLead(a)
	return a
}

// finishLead takes a byline or date paragraph off the top of a structured
// article, finds a dateline at the start of the first paragraph and splits
// the sentences.
func finishLead(a *Article) {
	for len(a.Paragraphs) > 1 {
		p := a.Text[a.Paragraphs[0].Start:a.Paragraphs[0].End]
		if name, date, ok := matchByline(p); ok {
			if a.Byline == "" {
				a.Byline = SanitizeLine(name)
			}
			if t, ok := parseDate(date); ok && a.Published.IsZero() {
				a.Published = t
			}
		} else if t, _, ok := dateLine(p); ok {
			if a.Published.IsZero() && !t.IsZero() {
				a.Published = t
			}
		} else if a.Title != "" && collapseSpace(p) == a.Title {
			// The page repeats its title as the first paragraph.
		} else {
			break
		}
		a.Paragraphs = a.Paragraphs[1:]
	}
	bodyStart := -1
	if len(a.Paragraphs) > 0 {
		p := a.Paragraphs[0]
		if d, n := matchDateline(a.Text[p.Start:p.End]); n > 0 && n < p.Len() {
			d.Span = Span{p.Start, p.Start + n}
			setDateline(a, d)
			bodyStart = p.Start + n
		}
	}
	splitAll(a, bodyStart)
}

// collapseSpace trims s and turns each run of white space into one space.
func collapseSpace(s string) string { return collapse(s, false) }

// trimLines trims trailing space from each line and blank lines at both
// ends, keeping the line breaks of preformatted text.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// htmlSkip are elements whose content is never article text.
var htmlSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Nav: true, atom.Figcaption: true, atom.Audio: true, atom.Video: true, atom.Canvas: true,
	atom.Img: true, atom.Picture: true, atom.Source: true, atom.Dialog: true,
}

// htmlBlock are elements that start and end a paragraph.
var htmlBlock = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Caption: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Figure: true, atom.Address: true, atom.Hr: true, atom.Br: true,
	atom.Details: true, atom.Summary: true, atom.Center: true, atom.Body: true, atom.Html: true,
}

// htmlParas collects the paragraphs of an HTML tree into b: every block
// element (p, div, li, h1…, br, tr…) ends a paragraph; table cells are
// joined with " | "; pre keeps its lines.
func htmlParas(b *textBuilder, n *html.Node) {
	var cur strings.Builder
	flush := func(pre bool) {
		if cur.Len() > 0 {
			b.addPara(cur.String(), pre)
			cur.Reset()
		}
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if htmlSkip[n.DataAtom] || depth > 512 {
				return
			}
			if n.DataAtom == atom.Pre {
				flush(false)
				cur.WriteString(nodeText(n))
				flush(true)
				return
			}
			if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
				if cur.Len() > 0 {
					cur.WriteString(" | ")
				}
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		block := n.Type == html.ElementNode && htmlBlock[n.DataAtom]
		if block {
			flush(false)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if block {
			flush(false)
		}
	}
	walk(n, 0)
	flush(false)
}

// nodeText returns the text content of n (all its text nodes).
func nodeText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (htmlSkip[n.DataAtom] && n.DataAtom != atom.Head) || depth > 512 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

// htmlToText turns an HTML fragment (a feed item's content) into
// paragraphs added to b.
func htmlToText(b *textBuilder, fragment string) {
	if !strings.ContainsAny(fragment, "<&") {
		// Plain text: blank lines separate paragraphs.
		for _, p := range strings.Split(strings.ReplaceAll(fragment, "\r\n", "\n"), "\n\n") {
			b.addPara(p, false)
		}
		return
	}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		b.addPara(fragment, false)
		return
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	htmlParas(b, root)
}

// attr returns the value of attribute key of n.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
