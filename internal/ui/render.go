package ui

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/internal/article"
)

// rendered is the article rendered by glamour at one width, with a map from
// every rendered character back to its byte offset in Article.Text.
type rendered struct {
	width int
	// lines are glamour's output lines (styled).
	lines []string
	// runes are the lines without escape sequences.
	runes [][]rune
	// offs[i][j] is the byte offset of runes[i][j] in the text, -1 for
	// margins and padding. A space inside a line carries the offset just
	// after the character before it.
	offs [][]int32
	// cells is the width of each line in cells.
	cells []int
	// lo and hi bound the offsets a line shows: [lo, hi); lo is -1 for a
	// line without text.
	lo, hi []int32
	// textLines are the indices of lines with text, in order.
	textLines []int
	// sentLine maps each sentence to the first line that shows it.
	sentLine []int
	// partial is true for the quick first rendering of a long article's
	// opening paragraphs.
	partial bool
}

// markdownOf builds the Markdown fed to glamour for paragraphs [from, to):
// one paragraph per article paragraph, every Markdown mark escaped so the
// text renders as written, and bare http(s) links turned into autolinks
// (OSC 8 hyperlinks).
func markdownOf(a *article.Article, from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		if i > from {
			b.WriteString("\n\n")
		}
		p := a.Paragraphs[i]
		writeEscaped(&b, strings.TrimSpace(a.Text[p.Start:p.End]))
	}
	b.WriteByte('\n')
	return b.String()
}

// mdSpecial are the marks glamour honours a backslash escape for.
const mdSpecial = "\\`*_{}[]<>()#+-.!|"

func writeEscaped(b *strings.Builder, s string) {
	for i, f := range strings.Fields(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		if link, rest, ok := splitLink(f); ok {
			b.WriteString("<" + link + ">")
			f = rest
		}
		for _, r := range f {
			if r < utf8.RuneSelf && strings.ContainsRune(mdSpecial, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
}

// splitLink splits a word starting with an http(s) URL into the URL and
// the trailing punctuation.
func splitLink(w string) (link, rest string, ok bool) {
	if !strings.HasPrefix(w, "http://") && !strings.HasPrefix(w, "https://") {
		return "", "", false
	}
	if strings.ContainsAny(w, "<>\\`") {
		return "", "", false
	}
	end := len(strings.TrimRight(w, ".,;:!?)'\"”’"))
	if end <= len("https://") {
		return "", "", false
	}
	return w[:end], w[end:], true
}

// newGlamour builds a renderer for a wrap width.
func newGlamour(cfg gansi.StyleConfig, width int) (*glamour.TermRenderer, error) {
	return glamour.NewTermRenderer(glamour.WithStyles(cfg), glamour.WithWordWrap(width))
}

// chunkParas is how many paragraphs one glamour call renders; chunks are
// rendered in parallel.
const chunkParas = 48

// renderArticle renders a at the given width and maps the output back to
// text offsets. It is slow on big articles: call it from a tea.Cmd.
func renderArticle(a *article.Article, cfg gansi.StyleConfig, width int) (*rendered, error) {
	return renderParas(a, cfg, width, len(a.Paragraphs))
}

// renderParas renders the first n paragraphs of a. Paragraphs are rendered
// in chunks on every CPU and joined with the blank line glamour puts
// between paragraphs.
func renderParas(a *article.Article, cfg gansi.StyleConfig, width, n int) (*rendered, error) {
	width = max(width, 1)
	n = min(n, len(a.Paragraphs))
	chunks := (n + chunkParas - 1) / chunkParas
	outs := make([]string, chunks)
	errs := make([]error, chunks)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), chunks) {
		wg.Go(func() {
			r, err := newGlamour(cfg, width)
			for {
				i := int(next.Add(1) - 1)
				if i >= chunks {
					return
				}
				if err != nil {
					errs[i] = fmt.Errorf("glamour: %w", err)
					continue
				}
				out, err := r.Render(markdownOf(a, i*chunkParas, min(n, (i+1)*chunkParas)))
				outs[i], errs[i] = strings.Trim(out, "\n"), err
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("render article: %w", err)
	}
	rd := &rendered{width: width, lines: strings.Split(strings.Join(outs, "\n\n"), "\n"), partial: n < len(a.Paragraphs)}
	rd.align(a)
	return rd, nil
}

// srcCursor walks the non-space runes of the article's paragraphs.
type srcCursor struct {
	text  string
	paras []article.Span
	p     int // paragraph index
	pos   int // byte offset of the next rune
}

func (c *srcCursor) skip() {
	for c.p < len(c.paras) {
		if c.pos < c.paras[c.p].Start {
			c.pos = c.paras[c.p].Start
		}
		for c.pos < c.paras[c.p].End {
			r, n := utf8.DecodeRuneInString(c.text[c.pos:])
			if !unicode.IsSpace(r) {
				return
			}
			c.pos += n
		}
		c.p++
	}
}

// peek returns the k-th next non-space rune (k = 0 is the next one) and its
// offset, or -1.
func (c *srcCursor) peek(k int) (rune, int, srcCursor) {
	d := *c
	for {
		d.skip()
		if d.p >= len(d.paras) {
			return 0, -1, d
		}
		r, _ := utf8.DecodeRuneInString(d.text[d.pos:])
		if k == 0 {
			return r, d.pos, d
		}
		k--
		d.pos += utf8.RuneLen(r)
	}
}

const alignLookahead = 24

// align fills runes, offs, lo, hi, textLines and sentLine by matching the
// visible characters of the output against the text, in order. Characters
// glamour added (link decorations) get the offset of the text before them;
// characters it dropped are skipped by a short look-ahead.
func (rd *rendered) align(a *article.Article) {
	n := len(rd.lines)
	rd.runes = make([][]rune, n)
	rd.offs = make([][]int32, n)
	rd.lo = make([]int32, n)
	rd.cells = make([]int, n)
	rd.hi = make([]int32, n)
	cur := srcCursor{text: a.Text, paras: a.Paragraphs}
	last := int32(0)
	for i, line := range rd.lines {
		rs := []rune(ansi.Strip(line))
		offs := make([]int32, len(rs))
		first, lastNS := -1, -1
		for j, r := range rs {
			offs[j] = -1
			if unicode.IsSpace(r) {
				offs[j] = last
				continue
			}
			if first < 0 {
				first = j
			}
			lastNS = j
			for k := 0; k < alignLookahead; k++ {
				sr, pos, d := cur.peek(k)
				if pos < 0 {
					break
				}
				if sr == r {
					cur = d
					cur.pos += utf8.RuneLen(sr)
					offs[j] = int32(pos)
					last = int32(cur.pos)
					break
				}
			}
			if offs[j] < 0 {
				offs[j] = max(last-1, 0)
			}
		}
		rd.lo[i], rd.hi[i] = -1, -1
		for j := range offs {
			if first < 0 || j < first || j > lastNS {
				offs[j] = -1
			}
		}
		if lastNS < len(rs)-1 {
			// drop glamour's padding: the panes pad lines themselves
			rd.lines[i] = ansi.Truncate(line, ansi.StringWidth(string(rs[:lastNS+1])), "")
			rs, offs = rs[:lastNS+1], offs[:lastNS+1]
		}
		if first >= 0 {
			rd.lo[i] = offs[first]
			rd.hi[i] = offs[lastNS] + int32(utf8.RuneLen(rs[lastNS]))
			rd.textLines = append(rd.textLines, i)
		}
		rd.runes[i], rd.offs[i], rd.cells[i] = rs, offs, cellWidth(string(rs))
	}
	rd.sentLine = make([]int, len(a.Sentences))
	for i, s := range a.Sentences {
		rd.sentLine[i] = rd.lineOf(s.Start)
	}
}

// lineOf returns the line showing byte offset off: the last text line that
// starts at or before it (0 when none).
func (rd *rendered) lineOf(off int) int {
	tl := rd.textLines
	k := sort.Search(len(tl), func(i int) bool { return int(rd.lo[tl[i]]) > off })
	if k == 0 {
		if len(tl) > 0 {
			return tl[0]
		}
		return 0
	}
	return tl[k-1]
}

// offsetOf returns the first text offset shown at or after line i, or -1.
func (rd *rendered) offsetOf(i int) int {
	k := sort.SearchInts(rd.textLines, i)
	if k >= len(rd.textLines) {
		return -1
	}
	return int(rd.lo[rd.textLines[k]])
}
