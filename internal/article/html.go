package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParseHTML extracts the readable article of an HTML page with
// go-readability and returns it as plain text: one paragraph per block
// element, the title as the first line of Text (TitleSpan), and the byline,
// site name, publication time (article:published_time, JSON-LD
// datePublished, <time datetime>) and canonical URL from the page's
// metadata. pageURL, when known, resolves relative links. A page with no
// readable text gives ErrNoReadableText. It reads r and does no other IO.
func ParseHTML(r io.Reader, pageURL string) (*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return parseHTMLBytes(b, pageURL)
}

// parseHTMLBytes is ParseHTML on bytes already read.
func parseHTMLBytes(b []byte, pageURL string) (a *Article, err error) {
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, ErrBinary
	}
	b = toUTF8(b, "", true)
	if isBinary(b) {
		return nil, ErrBinary
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	base, _ := url.Parse(pageURL)
	if base != nil && base.Scheme != "http" && base.Scheme != "https" {
		base = nil
	}
	meta := scanHTMLMeta(doc)
	defer func() {
		// Readability is a large third-party parser; a panic inside it must
		// not take brief down.
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("parse HTML: %v", p)
		}
	}()
	parser := readability.NewParser()
	parser.MaxElemsToParse = 200000
	ra, err := parser.ParseDocument(doc, base)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	var tb textBuilder
	tb.addTitle(stripSiteName(firstNonEmpty(ra.Title(), meta.title), ra.SiteName()))
	if ra.Node != nil {
		htmlParas(&tb, ra.Node)
	}
	if len(tb.paras) == 0 {
		return nil, ErrNoReadableText
	}
	a = tb.article(FormatHTML)
	if by := SanitizeLine(strings.TrimSpace(ra.Byline())); by != "" {
		if name, _, ok := matchByline(by); ok {
			by = name
		}
		a.Byline = by
	}
	a.SiteName = SanitizeLine(ra.SiteName())
	if t, err := ra.PublishedTime(); err == nil && !t.IsZero() {
		a.Published = t
	} else if !meta.published.IsZero() {
		a.Published = meta.published
	}
	a.URL = firstNonEmpty(resolveURL(base, meta.canonical), resolveURL(base, meta.ogURL))
	if a.URL == "" && base != nil {
		a.URL = SafeURL(base.String())
	}
	if len(a.Sentences) == 0 {
		return nil, ErrNoReadableText
	}
	return a, nil
}

// stripSiteName removes a trailing " | Site", " - Site", " – Site" or
// " — Site" from a page title when Site is the page's site name.
func stripSiteName(title, site string) string {
	site = strings.TrimSpace(site)
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · ", " :: "} {
		i := strings.LastIndex(title, sep)
		if i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// htmlMeta is what brief reads from a page besides readability.
type htmlMeta struct {
	title     string
	canonical string
	ogURL     string
	published time.Time
}

// scanHTMLMeta reads the canonical link, og:url, a fallback title and a
// publication time (JSON-LD datePublished, meta tags, then the first
// <time datetime>).
func scanHTMLMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	var timeAttr, metaDate string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				switch key {
				case "og:url":
					m.ogURL = attr(n, "content")
				case "article:published_time", "datepublished", "date", "pubdate", "publish-date",
					"dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date":
					if metaDate == "" {
						metaDate = attr(n, "content")
					}
				}
			case atom.Time:
				if timeAttr == "" || attr(n, "itemprop") == "datePublished" || attr(n, "pubdate") != "" {
					if v := firstNonEmpty(attr(n, "datetime"), nodeText(n)); v != "" {
						timeAttr = v
					}
				}
			case atom.Title:
				if m.title == "" {
					m.title = nodeText(n)
				}
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && metaDate == "" {
					var sb strings.Builder
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						sb.WriteString(c.Data)
					}
					metaDate = jsonLDDate(sb.String())
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	for _, s := range []string{metaDate, timeAttr} {
		if t, ok := parseDate(s); ok {
			m.published = t
			break
		}
	}
	return m
}

// jsonLDDate finds datePublished in a JSON-LD block (an object, an array,
// or an @graph).
func jsonLDDate(s string) string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 8 {
			return ""
		}
		switch x := v.(type) {
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok {
				return d
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if d := find(x[k], depth+1); d != "" {
					return d
				}
			}
		case []any:
			for _, e := range x {
				if d := find(e, depth+1); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

// resolveURL resolves ref against base and keeps it only when it is an
// http(s) link.
func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	if base == nil && !strings.HasPrefix(ref, "http://") && !strings.HasPrefix(ref, "https://") {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return SafeURL(u.String())
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
