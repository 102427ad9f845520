package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/brief-reader/brief/internal/article"
)

// SplitScore is the sentence splitter's boundary score on a corpus: a
// boundary is a sentence's end offset after trailing white space and quote
// marks are trimmed.
type SplitScore struct {
	Precision, Recall, F1 float64
	// Gold, System and Matched count boundaries; Docs counts documents.
	Gold, System, Matched, Docs int
}

// splitGold is the part of a gold.jsonl row the splitter score reads.
type splitGold struct {
	ID        string `json:"id"`
	File      string `json:"file"`
	LineSpans []struct {
		Start int `json:"start"`
		End   int `json:"end"`
	} `json:"line_spans"`
}

// ScoreSplitter scores brief's sentence splitter on the corpus in
// corpusDir, whose gold.jsonl rows carry "line_spans" (the dataset's
// sentence split). Each document is loaded with article.ParseText on the
// file's bytes, as a user's plain-text file would be, and its sentence ends
// are compared with the gold ones.
func ScoreSplitter(corpusDir string) (SplitScore, error) {
	var sc SplitScore
	err := eachSplitDoc(corpusDir, func(_ string, d splitDoc) {
		sc.Docs++
		sc.Gold += len(d.gold)
		sc.System += len(d.system)
		for e := range d.system {
			if d.gold[e] {
				sc.Matched++
			}
		}
	})
	if err != nil {
		return SplitScore{}, err
	}
	if sc.Docs == 0 {
		return SplitScore{}, fmt.Errorf("%s: no documents with line_spans", corpusDir)
	}
	sc.Precision = ratio(sc.Matched, sc.System)
	sc.Recall = ratio(sc.Matched, sc.Gold)
	if sc.Precision+sc.Recall > 0 {
		sc.F1 = 2 * sc.Precision * sc.Recall / (sc.Precision + sc.Recall)
	}
	return sc, nil
}

// splitDoc holds one document's text and boundary sets.
type splitDoc struct {
	text         string
	gold, system map[int]bool
}

// eachSplitDoc loads every document of the corpus that has line_spans and
// calls fn with its boundaries.
func eachSplitDoc(corpusDir string, fn func(id string, d splitDoc)) error {
	f, err := os.Open(filepath.Join(corpusDir, "gold.jsonl"))
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var g splitGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return fmt.Errorf("gold.jsonl line %d: %w", line, err)
		}
		if len(g.LineSpans) == 0 {
			continue
		}
		b, err := os.ReadFile(filepath.Join(corpusDir, filepath.FromSlash(g.File)))
		if err != nil {
			return fmt.Errorf("doc %s: %w", g.ID, err)
		}
		a, err := article.ParseText(bytes.NewReader(b))
		if err != nil {
			return fmt.Errorf("doc %s: %w", g.ID, err)
		}
		d := splitDoc{text: a.Text, gold: map[int]bool{}, system: map[int]bool{}}
		file := string(b)
		for _, s := range g.LineSpans {
			if s.Start < 0 || s.End > len(file) || s.Start > s.End {
				return fmt.Errorf("doc %s: gold span [%d,%d) out of range", g.ID, s.Start, s.End)
			}
			if e := boundaryEnd(file, s.Start, s.End); e > s.Start {
				d.gold[e] = true
			}
		}
		for _, s := range a.Sentences {
			if e := boundaryEnd(a.Text, s.Start, s.End); e > s.Start {
				d.system[e] = true
			}
		}
		fn(g.ID, d)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	return nil
}

// boundaryEnd returns end moved back over trailing white space and quote
// marks, not before start.
func boundaryEnd(text string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		switch r {
		case ' ', '\t', '\n', '\r', 0xa0, '"', '\'', '“', '”', '‘', '’', '«', '»':
			end -= n
			continue
		}
		break
	}
	return end
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
