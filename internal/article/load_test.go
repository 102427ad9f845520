package article

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden.json files")

// goldenArticle is the golden form of an Article: its fields, paragraphs
// and sentences with their text.
type goldenArticle struct {
	Title      string           `json:"title,omitempty"`
	TitleSpan  *Span            `json:"title_span,omitempty"`
	Byline     string           `json:"byline,omitempty"`
	Dateline   *goldenDateline  `json:"dateline,omitempty"`
	SiteName   string           `json:"site_name,omitempty"`
	URL        string           `json:"url,omitempty"`
	Published  string           `json:"published,omitempty"`
	Teaser     bool             `json:"teaser,omitempty"`
	Paragraphs []string         `json:"paragraphs"`
	Sentences  []goldenSentence `json:"sentences"`
}

// goldenFile is the golden form of one fixture: its articles and the
// errors of its bad parts.
type goldenFile struct {
	Articles []goldenArticle `json:"articles"`
	Errors   []string        `json:"errors,omitempty"`
}

type goldenDateline struct {
	Place  string `json:"place,omitempty"`
	Agency string `json:"agency,omitempty"`
	Date   string `json:"date,omitempty"`
	Text   string `json:"text"`
}

type goldenSentence struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
}

func toGolden(a *Article) goldenArticle {
	g := goldenArticle{
		Title: a.Title, Byline: a.Byline, SiteName: a.SiteName, URL: a.URL, Teaser: a.Teaser,
		Paragraphs: []string{}, Sentences: []goldenSentence{},
	}
	if a.TitleSpan.End > 0 {
		ts := a.TitleSpan
		g.TitleSpan = &ts
	}
	if !a.Dateline.IsZero() {
		d := a.Dateline
		g.Dateline = &goldenDateline{Place: d.Place, Agency: d.Agency, Date: d.Date, Text: a.Text[d.Span.Start:d.Span.End]}
	}
	if !a.Published.IsZero() {
		g.Published = a.Published.Format(time.RFC3339)
	}
	for _, p := range a.Paragraphs {
		g.Paragraphs = append(g.Paragraphs, a.Text[p.Start:p.End])
	}
	for i, s := range a.Sentences {
		g.Sentences = append(g.Sentences, goldenSentence{s.Start, s.End, s.Paragraph, a.SentenceText(i)})
	}
	return g
}

// TestGolden parses every testdata/<case>.<ext> and compares the articles
// with testdata/<case>.golden.json (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") || FormatOf(f) == FormatAuto {
			continue
		}
		n++
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			arts, err := Load(context.Background(), f, Options{})
			if len(arts) == 0 {
				t.Fatalf("Load(%q): %v", f, err)
			}
			var g goldenFile
			for _, e := range Errors(err) {
				g.Errors = append(g.Errors, e.Error())
			}
			for _, a := range arts {
				checkInvariants(t, a)
				if a.Source != f {
					t.Errorf("Source = %q, want %q", a.Source, f)
				}
				g.Articles = append(g.Articles, toGolden(a))
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, filepath.Ext(f)) + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Load(%q) differs from %s (go test -update rewrites it):\n%s", f, golden, got)
			}
		})
	}
	if n < 10 {
		t.Errorf("only %d fixtures found", n)
	}
}

// TestTextOffsets checks that for a clean plain-text file every sentence
// and the title are the file's own bytes.
func TestTextOffsets(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := ParseText(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if a.Text != string(b) {
				t.Fatalf("Text differs from the file bytes")
			}
			if a.TitleSpan.End > 0 && string(b[a.TitleSpan.Start:a.TitleSpan.End]) != a.Title {
				t.Errorf("file[TitleSpan] = %q, want %q", b[a.TitleSpan.Start:a.TitleSpan.End], a.Title)
			}
			if len(a.Sentences) > 0 && a.Dateline.Span.End > a.Sentences[0].Start {
				t.Errorf("first sentence starts at %d, inside the dateline %v", a.Sentences[0].Start, a.Dateline.Span)
			}
		})
	}
}

// checkInvariants asserts what every loader guarantees: valid UTF-8, no
// control bytes but \n and \t, offsets in range, sentences in order and
// inside their paragraph.
func checkInvariants(t *testing.T, a *Article) {
	t.Helper()
	if err := invariantErr(a); err != nil {
		t.Fatal(err)
	}
}

func TestLoadErrors(t *testing.T) {
	ctx := context.Background()
	big := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("Words and more words. "), 100), 0o644); err != nil {
		t.Fatal(err)
	}
	emptyDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(emptyDir, "notes.pdf"), []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		src  string
		opts Options
		want error
	}{
		{"missing file", "testdata/no-such-file.txt", Options{}, fs.ErrNotExist},
		{"binary", "testdata/bad/binary.txt", Options{}, ErrBinary},
		{"blank", "testdata/bad/blank.txt", Options{}, ErrEmpty},
		{"no readable text", "testdata/bad/empty.html", Options{}, ErrNoReadableText},
		{"feed without items", "testdata/bad/empty-feed.xml", Options{}, ErrNoItems},
		{"over the cap", big, Options{MaxBytes: 1000}, ErrTooLarge},
		{"stdin over the cap", "-", Options{MaxBytes: 10, Stdin: strings.NewReader(strings.Repeat("x", 11))}, ErrTooLarge},
		{"folder without articles", emptyDir, Options{}, ErrNoArticles},
		{"not a URL scheme", "ftp://example.com/a.txt", Options{}, ErrUnsupportedScheme},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := Load(ctx, tc.src, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Load(%q) error = %v, want %v", tc.src, err, tc.want)
			}
			if len(arts) != 0 {
				t.Errorf("Load(%q) = %d articles, want none", tc.src, len(arts))
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, tc.src+": ") {
				t.Errorf("error %q: want one line starting with the source", msg)
			}
		})
	}
}

func TestLoadBadFrontMatterAndNonFeed(t *testing.T) {
	for _, src := range []string{"testdata/bad/frontmatter.md", "testdata/bad/no-feed.xml"} {
		_, err := Load(context.Background(), src, Options{})
		if err == nil || !strings.HasPrefix(err.Error(), src+": ") {
			t.Errorf("Load(%q) error = %v, want one naming the source", src, err)
		}
	}
}

func TestLoadFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "LONDON (Reuters) - Prices rose on Monday. Traders were calm.\n")
	write("b.md", "# Heading\n\nA Markdown body with one sentence.\n")
	write("c.txt", "bad\x00binary")
	write("notes.pdf", "%PDF-1.4")
	write("data.json", `{"not": "a feed"}`)
	write("feed.json", `{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"id": "1", "title": "An item", "content_text": "Body of the item."}]}`)
	write("sub/d.txt", "A nested file that is loaded only when recursive.\n")
	tests := []struct {
		name      string
		recursive bool
		want      int
	}{
		{"flat", false, 3},
		{"recursive", true, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := Load(context.Background(), dir, Options{Recursive: tc.recursive})
			if len(arts) != tc.want {
				t.Fatalf("Load(dir) = %d articles, want %d", len(arts), tc.want)
			}
			errs := Errors(err)
			if len(errs) != 1 || !errors.Is(errs[0], ErrBinary) || !strings.Contains(errs[0].Error(), "c.txt: ") {
				t.Fatalf("Load(dir) errors = %v, want one binary error for c.txt", errs)
			}
		})
	}
}

func TestLoadStdinAndSeveral(t *testing.T) {
	in := strings.NewReader("---\ntitle: From stdin\n---\n\nA body read from standard input.\n")
	arts, err := LoadAll(context.Background(), []string{"-", "testdata/wire-ap.txt", "testdata/missing.txt"}, Options{Stdin: in})
	if len(arts) != 2 {
		t.Fatalf("LoadAll = %d articles, want 2", len(arts))
	}
	if arts[0].Title != "From stdin" || arts[0].Format != FormatMarkdown || arts[0].Source != "-" {
		t.Errorf("stdin article = %q %v %q", arts[0].Title, arts[0].Format, arts[0].Source)
	}
	errs := Errors(err)
	if len(errs) != 1 || !errors.Is(errs[0], ErrNotFound) {
		t.Fatalf("errors = %v, want one not-found", errs)
	}
}

func TestFeedBadItemReported(t *testing.T) {
	arts, err := Load(context.Background(), "testdata/rss.xml", Options{})
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	errs := Errors(err)
	if len(errs) != 1 || errs[0].Error() != "testdata/rss.xml: item 3: no title and no text" {
		t.Fatalf("errors = %v, want one for item #3", errs)
	}
	if arts[0].Teaser || !arts[1].Teaser {
		t.Errorf("Teaser = %v, %v; want false, true", arts[0].Teaser, arts[1].Teaser)
	}
}

func TestFormatOverride(t *testing.T) {
	arts, err := Load(context.Background(), "testdata/heading-title.md", Options{Format: FormatText})
	if err != nil {
		t.Fatal(err)
	}
	if arts[0].Format != FormatText || !strings.HasPrefix(arts[0].Text, "# Museum") {
		t.Errorf("Format = %v, Text starts %q; want the raw text", arts[0].Format, arts[0].Text[:10])
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
	}{
		{"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", FormatFeed},
		{"<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", FormatFeed},
		{`{"version": "https://jsonfeed.org/version/1.1", "items": []}`, FormatFeed},
		{"<!DOCTYPE html><html><body><p>Hi</p></body></html>", FormatHTML},
		{"---\ntitle: x\n---\nBody", FormatMarkdown},
		{"+++\ntitle = \"x\"\n+++\nBody", FormatMarkdown},
		{"# Title\n\nBody text.", FormatMarkdown},
		{"WASHINGTON (AP) - Plain wire copy.\nSecond paragraph.", FormatText},
		{"- a list item\n- another\n\nNo other marks here.", FormatText},
	}
	for _, tc := range tests {
		if got := DetectFormat([]byte(tc.in)); got != tc.want {
			t.Errorf("DetectFormat(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
