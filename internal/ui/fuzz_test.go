package ui

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
)

// FuzzRenderAlign renders arbitrary paragraphs and checks the offset map:
// offsets stay inside the text and never run backwards, and every
// sentence has a line. (TestAlignment checks that characters map to
// themselves on ordinary text.)
func FuzzRenderAlign(f *testing.F) {
	for _, p := range storyParas {
		f.Add(p, 40)
	}
	f.Add("1. *not* a list # [x](y) `z` <b>tag</b> ~~s~~ &amp; https://e.org/a_b.\n\n- dash > quote", 23)
	f.Add("中文字符 and emoji 🚢 e\u0301 ümlaut", 9)
	cfg := DefaultStyles(ThemeNone).glamourCfg
	f.Fuzz(func(t *testing.T, text string, width int) {
		if !utf8.ValidString(text) || strings.ContainsFunc(text, func(r rune) bool { return unicode.IsControl(r) && r != '\n' }) {
			return
		}
		width = 8 + (width%100+100)%100
		a := &article.Article{Text: text}
		for _, para := range strings.Split(text, "\n\n") {
			start := strings.Index(text[spanEnd(a):], para) + spanEnd(a)
			if strings.TrimSpace(para) == "" {
				continue
			}
			a.Paragraphs = append(a.Paragraphs, article.Span{Start: start, End: start + len(para)})
			a.Sentences = append(a.Sentences, article.Sentence{Span: article.Span{Start: start, End: start + len(para)}, Paragraph: len(a.Paragraphs) - 1})
		}
		rd, err := renderArticle(a, cfg, width)
		if err != nil {
			t.Fatal(err)
		}
		last := int32(-1)
		for i, rs := range rd.runes {
			for j, r := range rs {
				o := rd.offs[i][j]
				if o < 0 || unicode.IsSpace(r) {
					continue
				}
				if int(o) >= len(text) {
					t.Fatalf("offset %d beyond the text", o)
				}
				if o < last {
					t.Fatalf("line %d col %d: offset %d before %d", i, j, o, last)
				}
				last = o
			}
		}
		for s := range a.Sentences {
			if l := rd.sentLine[s]; l < 0 || l >= len(rd.lines) {
				t.Fatalf("sentence %d has line %d of %d", s, l, len(rd.lines))
			}
		}
	})
}

func spanEnd(a *article.Article) int {
	if len(a.Paragraphs) == 0 {
		return 0
	}
	return a.Paragraphs[len(a.Paragraphs)-1].End
}
