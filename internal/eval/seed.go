package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SeedGold is a hand annotation in the seed format (a NAME.gold.json next
// to the article): gold quotes, timeline, figures and key sentences given
// by their text, without offsets.
type SeedGold struct {
	Article       string         `json:"article"`
	ReferenceDate string         `json:"reference_date"`
	KeySentences  []string       `json:"key_sentences"`
	Figures       []SeedFigure   `json:"figures"`
	Quotes        []SeedQuote    `json:"quotes"`
	Timeline      []SeedTimeline `json:"timeline"`
}

// SeedFigure is a gold figure: its text, value (nil for a vague amount)
// and unit ("" when not given).
type SeedFigure struct {
	Text  string   `json:"text"`
	Value *float64 `json:"value"`
	Unit  string   `json:"unit"`
}

// SeedQuote is a gold quote and its speaker.
type SeedQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Partial bool   `json:"partial"`
}

// SeedTimeline is a gold timeline entry: the expression as written and the
// first and last day it denotes (ISO dates, possibly partial).
type SeedTimeline struct {
	Expr  string `json:"expr"`
	Start string `json:"start"`
	End   string `json:"end"`
}

// SeedCase is one annotated seed article.
type SeedCase struct {
	// Name is the annotation's base name without ".gold.json".
	Name string
	// ArticlePath is the article file the annotation describes.
	ArticlePath string
	Gold        SeedGold
}

// LoadSeeds reads every *.gold.json annotation in dir, in name order.
func LoadSeeds(dir string) ([]SeedCase, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []SeedCase
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		c := SeedCase{Name: strings.TrimSuffix(filepath.Base(p), ".gold.json")}
		if err := json.Unmarshal(b, &c.Gold); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		art := c.Gold.Article
		if art == "" {
			art = c.Name + ".txt"
		}
		c.ArticlePath = filepath.Join(dir, art)
		out = append(out, c)
	}
	return out, nil
}

// SeedEvent is a timeline event with the span of the time expression it
// was built from.
type SeedEvent struct {
	Date, EndDate string
	Span          Span
}

// SeedResult is the seed check of one article.
type SeedResult struct {
	Name string `json:"name"`
	// QuotesFound counts gold quotes matched by a system quote (>= 50%
	// overlap, one-to-one); QuotesRight those also with the right speaker.
	QuotesFound int `json:"quotes_found"`
	QuotesRight int `json:"quotes_right"`
	Quotes      int `json:"quotes"`
	// DatesRight counts gold timeline entries with the right dates.
	DatesRight int `json:"dates_right"`
	Dates      int `json:"dates"`
	// FiguresValue counts gold figures found with the right value;
	// FiguresRight those also with the right unit where gold gives one.
	FiguresValue int `json:"figures_value"`
	FiguresRight int `json:"figures_right"`
	Figures      int `json:"figures"`
	// KeyMatched counts system key sentences that match a gold one.
	KeyMatched int `json:"key_matched"`
	KeyPicked  int `json:"key_picked"`
	KeyGold    int `json:"key_gold"`
	// Misses describes every gold item not found or wrong.
	Misses []string `json:"misses"`
}

// Pass reports whether every gold quote (with speaker), date and figure is
// right.
func (r SeedResult) Pass() bool {
	return r.QuotesRight == r.Quotes && r.DatesRight == r.Dates && r.FiguresRight == r.Figures
}

// CheckSeed compares the system's output for the seed article text with
// the gold annotation. events are the timeline events with the span of
// their time expression.
func CheckSeed(name string, g SeedGold, text string, out *Output, events []SeedEvent) SeedResult {
	r := SeedResult{Name: name, Quotes: len(g.Quotes), Dates: len(g.Timeline), Figures: len(g.Figures),
		KeyGold: len(g.KeySentences)}
	if out == nil {
		out = &Output{}
	}
	r.Misses = []string{}
	checkSeedQuotes(&r, g, text, out)
	checkSeedTimeline(&r, g, text, out, events)
	checkSeedFigures(&r, g, text, out)
	keys := out.KeyTexts()
	r.KeyPicked = len(keys)
	r.KeyMatched = SentenceMatch(keys, g.KeySentences, nil).TP
	return r
}

func checkSeedQuotes(r *SeedResult, g SeedGold, text string, out *Output) {
	gspans := make([]Span, len(g.Quotes))
	pos := 0
	for i, q := range g.Quotes {
		gspans[i] = locateQuote(text, q.Text, pos)
		if gspans[i].Valid() {
			pos = gspans[i].Start
		}
	}
	sspans := make([]Span, len(out.Quotes))
	for i, q := range out.Quotes {
		sspans[i] = q.Span
	}
	bySys := make(map[int]int)
	for _, p := range GreedyOverlap(sspans, gspans, 0.5) {
		bySys[p.Gold] = p.Sys + 1
	}
	for j, q := range g.Quotes {
		i := bySys[j] - 1
		switch {
		case i < 0:
			r.Misses = append(r.Misses, fmt.Sprintf("quote %q (%s): not found", clip(q.Text), q.Speaker))
		case out.Quotes[i].Speaker == nil || !SpeakerCorrect(q.Speaker, *out.Quotes[i].Speaker):
			r.QuotesFound++
			r.Misses = append(r.Misses, fmt.Sprintf("quote %q: speaker %s, want %s",
				clip(q.Text), strOrNull(out.Quotes[i].Speaker), q.Speaker))
		default:
			r.QuotesFound++
			r.QuotesRight++
		}
	}
}

// locateQuote finds quote text in the article at or after pos, preferring
// an occurrence that opens with a quote mark; it falls back to any
// occurrence. The span is invalid when the text is absent.
func locateQuote(text, q string, pos int) Span {
	if q == "" {
		return Span{0, -1}
	}
	first := -1
	for _, from := range []int{pos, 0} {
		for i := from; i <= len(text); {
			k := strings.Index(text[i:], q)
			if k < 0 {
				break
			}
			at := i + k
			if first < 0 {
				first = at
			}
			prev, _ := utf8.DecodeLastRuneInString(text[:at])
			if strings.ContainsRune("\"“'‘", prev) {
				return Span{at, at + len(q)}
			}
			i = at + 1
		}
		if first >= 0 {
			return Span{first, first + len(q)}
		}
	}
	return Span{0, -1}
}

func checkSeedTimeline(r *SeedResult, g SeedGold, text string, out *Output, events []SeedEvent) {
	occ := make([][]Span, len(g.Timeline))
	for i, e := range g.Timeline {
		occ[i] = findWord(text, e.Expr)
	}
	for i, e := range g.Timeline {
		occ[i] = dropCovered(occ[i], occ, len(e.Expr))
		var have []string
		right := false
		for _, o := range occ[i] {
			for _, t := range out.Timexes {
				if Overlap(t.Span, o) <= 0 {
					continue
				}
				have = append(have, "timex "+t.Value+modSuffix(t.Mod))
				if s, en, ok := DateInterval(t.Value, t.Mod); ok && SameDates(s, en, e.Start, e.End) {
					right = true
				}
			}
			for _, ev := range events {
				if Overlap(ev.Span, o) <= 0 {
					continue
				}
				have = append(have, "event "+ev.Date+".."+ev.EndDate)
				if eventMatches(ev, e) {
					right = true
				}
			}
		}
		if right {
			r.DatesRight++
			continue
		}
		why := "not in the text"
		if len(occ[i]) > 0 {
			why = "no timex or event"
			if len(have) > 0 {
				why = "have " + strings.Join(have, ", ")
			}
		}
		r.Misses = append(r.Misses, fmt.Sprintf("date %q want %s..%s: %s", e.Expr, e.Start, e.End, why))
	}
}

func eventMatches(ev SeedEvent, e SeedTimeline) bool {
	s, _, ok1 := DateInterval(ev.Date, "")
	endv := ev.EndDate
	if endv == "" {
		endv = ev.Date
	}
	_, en, ok2 := DateInterval(endv, "")
	return ok1 && ok2 && SameDates(s, en, e.Start, e.End)
}

func modSuffix(m string) string {
	if m == "" {
		return ""
	}
	return " (" + m + ")"
}

// dropCovered removes the occurrences in spans that lie inside an
// occurrence of a longer gold expression: each stretch of text belongs to
// the longest gold expression that covers it ("Friday" inside "ended
// Friday" is the latter's).
func dropCovered(spans []Span, all [][]Span, n int) []Span {
	var out []Span
	for _, s := range spans {
		covered := false
		for _, other := range all {
			for _, o := range other {
				if o.End-o.Start > n && o.Start <= s.Start && s.End <= o.End {
					covered = true
				}
			}
		}
		if !covered {
			out = append(out, s)
		}
	}
	return out
}

// findWord returns every case-insensitive occurrence of w in text that
// starts and ends at a word boundary.
func findWord(text, w string) []Span {
	var out []Span
	if w == "" {
		return nil
	}
	for i := 0; i+len(w) <= len(text); i++ {
		if !strings.EqualFold(text[i:i+len(w)], w) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(w):])
		if isWordRune(before) || isWordRune(after) {
			continue
		}
		out = append(out, Span{i, i + len(w)})
	}
	return out
}

func checkSeedFigures(r *SeedResult, g SeedGold, text string, out *Output) {
	for _, f := range g.Figures {
		loc := findWord(text, f.Text)
		valueOK, allOK := false, false
		var have []string
		for _, o := range loc[:min(1, len(loc))] {
			for _, sf := range out.Figures {
				if Overlap(sf.Span, o) <= 0 {
					continue
				}
				have = append(have, fmt.Sprintf("%q value %s unit %q", sf.Text, floatOrNull(sf.Value), sf.Unit))
				v := f.Value == nil || ValueOK(sf.Value, f.Value, nil)
				u := f.Unit == "" || UnitOK(sf.Unit, f.Unit, "")
				valueOK = valueOK || v
				allOK = allOK || v && u
			}
		}
		if valueOK {
			r.FiguresValue++
		}
		if allOK {
			r.FiguresRight++
			continue
		}
		why := "no figure there"
		if len(loc) == 0 {
			why = "not in the text"
		} else if len(have) > 0 {
			why = "have " + strings.Join(have, ", ")
		}
		r.Misses = append(r.Misses, fmt.Sprintf("figure %q (value %s, unit %q): %s", f.Text, floatOrNull(f.Value), f.Unit, why))
	}
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	r := []rune(s)
	return strings.TrimRightFunc(string(r[:40]), unicode.IsSpace) + "…"
}

func strOrNull(s *string) string {
	if s == nil {
		return "null"
	}
	return fmt.Sprintf("%q", *s)
}

func floatOrNull(f *float64) string {
	if f == nil {
		return "null"
	}
	return fmt.Sprintf("%g", *f)
}
