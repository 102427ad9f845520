package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// The tasks a corpus can be scored on.
const (
	TaskSummary = "summary"
	TaskQuotes  = "quotes"
	TaskTimex   = "timex"
	TaskFigures = "figures"
)

// GoldDoc is one row of a corpus's gold.jsonl. Only the fields the scorers
// read are decoded.
type GoldDoc struct {
	ID   string  `json:"id"`
	File string  `json:"file"`
	Date *string `json:"date"`

	// summary
	Reference          string         `json:"reference"`
	ReferenceSentences []string       `json:"reference_sentences"`
	Extract            []string       `json:"extract"`
	Lines              []string       `json:"lines"`
	LineSpans          []Span         `json:"line_spans"`
	HasExtract         bool           `json:"-"`
	HasLines           bool           `json:"-"`
	Quotes             []GoldQuote    `json:"quotes"`
	Mixed              []Span         `json:"mixed"`
	Timexes            []GoldTimex    `json:"timexes"`
	Quantities         []GoldQuantity `json:"quantities"`

	keys map[string]bool
}

// GoldQuote is a gold direct quote.
type GoldQuote struct {
	Span
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
}

// GoldTimex is a gold TIMEX3.
type GoldTimex struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
}

// GoldQuantity is a gold NewsQuant quantity (no offsets).
type GoldQuantity struct {
	Value          *float64  `json:"value"`
	ValueRange     []float64 `json:"value_range"`
	ValueRaw       string    `json:"value_raw"`
	Unit           string    `json:"unit"`
	NormalizedUnit string    `json:"normalized_unit"`
}

// Corpus is an evaluation corpus folder: gold.jsonl, docs/ and corpus.json.
type Corpus struct {
	// Dir is the corpus folder.
	Dir string
	// Name is corpus.json's name, else the folder's base name.
	Name string
	// Task is corpus.json's task, else detected from the first gold row.
	Task string
	// Gold holds the gold rows in file order.
	Gold []GoldDoc
}

// ErrNoGold is returned by LoadCorpus for a folder without gold.jsonl.
var ErrNoGold = errors.New("no gold.jsonl")

// LoadCorpus reads the gold of the corpus in dir. Unparsable lines are
// skipped, as score.py does.
func LoadCorpus(dir string) (*Corpus, error) {
	b, err := os.ReadFile(filepath.Join(dir, "gold.jsonl"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", dir, ErrNoGold)
	}
	if err != nil {
		return nil, err
	}
	c := &Corpus{Dir: dir, Name: filepath.Base(filepath.Clean(dir))}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		g, err := parseGold(line)
		if err != nil {
			continue
		}
		c.Gold = append(c.Gold, g)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var meta struct{ Name, Task string }
	if mb, err := os.ReadFile(filepath.Join(dir, "corpus.json")); err == nil {
		if err := json.Unmarshal(mb, &meta); err != nil {
			return nil, fmt.Errorf("%s: corpus.json: %w", dir, err)
		}
	}
	if meta.Name != "" {
		c.Name = meta.Name
	}
	c.Task = meta.Task
	if c.Task == "" {
		c.Task = detectTask(c.Gold)
	}
	return c, nil
}

func parseGold(line []byte) (GoldDoc, error) {
	var g GoldDoc
	if err := json.Unmarshal(line, &g); err != nil {
		return g, err
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(line, &keys); err != nil {
		return g, err
	}
	g.keys = make(map[string]bool, len(keys))
	for k := range keys {
		g.keys[k] = true
	}
	_, g.HasExtract = keys["extract"]
	_, g.HasLines = keys["lines"]
	return g, nil
}

// detectTask guesses the task from the first gold row's fields.
func detectTask(gold []GoldDoc) string {
	if len(gold) == 0 {
		return TaskSummary
	}
	for _, kt := range [][2]string{{"reference", TaskSummary}, {"quotes", TaskQuotes},
		{"timexes", TaskTimex}, {"quantities", TaskFigures}} {
		if gold[0].keys[kt[0]] {
			return kt[1]
		}
	}
	return TaskSummary
}

// Path returns the path of gold row g's document.
func (c *Corpus) Path(g GoldDoc) string { return filepath.Join(c.Dir, g.File) }

// ReadOutputs decodes a JSON Lines file of contract objects and pairs each
// gold row of c with the object whose "source" has the same base name as
// the row's file (the first such object; unparsable lines are skipped), as
// score.py does. It reads every document's bytes. extra counts the objects
// that pair with no gold row.
func (c *Corpus) ReadOutputs(jsonl []byte) (docs []Doc, extra int, err error) {
	byBase := make(map[string]*Output)
	sc := bufio.NewScanner(bytes.NewReader(jsonl))
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		o := new(Output)
		if json.Unmarshal(line, o) != nil || o.Source == "" {
			continue
		}
		b := filepath.Base(strings.TrimRight(o.Source, "/"))
		if _, dup := byBase[b]; !dup {
			byBase[b] = o
		}
	}
	if err := sc.Err(); err != nil {
		return nil, 0, err
	}
	used := 0
	for _, g := range c.Gold {
		d := Doc{Gold: g, Out: byBase[filepath.Base(g.File)]}
		if d.Out != nil {
			used++
		}
		d.Data, _ = os.ReadFile(c.Path(g))
		docs = append(docs, d)
	}
	return docs, len(byBase) - used, nil
}
