package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
)

// TeaserChars is the text length under which a feed item with a link is a
// teaser (a summary of a longer page), as is an item of one paragraph.
const TeaserChars = 600

// ParseFeed parses an RSS, Atom or JSON Feed document. Every item becomes an
// Article: title, link, author(s), published (else updated) time, and the
// content (else the description) turned from HTML into text. An item whose
// text is short (one paragraph, or under TeaserChars) and that has a link is
// marked Teaser. Items with neither title nor text are skipped and reported
// in a LoadErrors ("item 3: ...") next to the good articles; a feed with no
// usable item gives ErrNoItems. It reads r and does no other IO.
func ParseFeed(r io.Reader) ([]*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return parseFeedBytes(b)
}

// parseFeedBytes is ParseFeed on bytes already read.
func parseFeedBytes(b []byte) (arts []*Article, err error) {
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, ErrBinary
	}
	if trim := bytes.TrimSpace(b); bytes.HasPrefix(trim, []byte("{")) && !isJSONFeed(trim) {
		return nil, errNotFeed
	}
	defer func() {
		if p := recover(); p != nil {
			arts, err = nil, fmt.Errorf("parse feed: %v", p)
		}
	}()
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, errNotFeed
		}
		return nil, fmt.Errorf("parse feed: %s", oneLine(err.Error()))
	}
	if len(feed.Items) == 0 {
		return nil, ErrNoItems
	}
	var errs LoadErrors
	for i, it := range feed.Items {
		a, err := feedItem(feed, it)
		if err != nil {
			errs = append(errs, &SourceError{Err: fmt.Errorf("item %d: %w", i+1, err)})
			continue
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		errs = append(errs, &SourceError{Err: ErrNoItems})
	}
	if len(errs) > 0 {
		return arts, errs
	}
	return arts, nil
}

var errNotFeed = errors.New("not a feed (RSS, Atom or JSON Feed)")

// isJSONFeed reports whether JSON content declares a JSON Feed version.
func isJSONFeed(b []byte) bool {
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	return bytes.Contains(bytes.ToLower(head), []byte("jsonfeed.org/version"))
}

// feedItem turns one feed item into an Article.
func feedItem(feed *gofeed.Feed, it *gofeed.Item) (*Article, error) {
	if it == nil {
		return nil, errors.New("empty item")
	}
	var tb textBuilder
	tb.addTitle(it.Title)
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	htmlToText(&tb, body)
	a := tb.article(FormatFeed)
	if a.Title == "" && len(a.Paragraphs) == 0 {
		return nil, errors.New("no title and no text")
	}
	a.URL = SafeURL(SanitizeLine(it.Link))
	if a.URL == "" {
		for _, l := range it.Links {
			if a.URL = SafeURL(SanitizeLine(l)); a.URL != "" {
				break
			}
		}
	}
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, p.Name)
		}
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		names = it.DublinCoreExt.Creator
	}
	if by := SanitizeLine(strings.Join(names, " and ")); by != "" {
		a.Byline = by
	}
	a.SiteName = SanitizeLine(feed.Title)
	switch {
	case it.PublishedParsed != nil:
		a.Published = *it.PublishedParsed
	case it.UpdatedParsed != nil:
		a.Published = *it.UpdatedParsed
	}
	chars := 0
	for _, p := range a.Paragraphs {
		chars += p.Len()
	}
	a.Teaser = a.URL != "" && (len(a.Paragraphs) < 2 || chars < TeaserChars)
	return a, nil
}
