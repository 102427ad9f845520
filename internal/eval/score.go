package eval

import (
	"bytes"
	"unicode/utf8"
)

// Doc pairs one gold row with the system's output for it.
type Doc struct {
	Gold GoldDoc
	// Out is the system's object, nil when it produced none (scores zero).
	Out *Output
	// Data is the document file's bytes.
	Data []byte
}

// DocCounts counts the documents of a run.
type DocCounts struct {
	Gold       int `json:"gold"`
	WithOutput int `json:"with_output"`
	Missing    int `json:"missing"`
}

// OffsetScore counts system spans whose text is exactly file[start:end].
type OffsetScore struct {
	Checked int      `json:"checked"`
	OK      int      `json:"ok"`
	Rate    *float64 `json:"rate"`
}

// Result is the score of one corpus; Metrics is a SummaryScore,
// QuotesScore, TimexScore or FiguresScore by Task.
type Result struct {
	Corpus  string      `json:"corpus"`
	Task    string      `json:"task"`
	Docs    DocCounts   `json:"docs"`
	Offsets OffsetScore `json:"offsets"`
	Metrics any         `json:"metrics"`
}

// Score scores docs (the corpus's gold rows in order, each with its output)
// on task.
func Score(name, task string, docs []Doc) Result {
	r := Result{Corpus: name, Task: task, Docs: DocCounts{Gold: len(docs)}}
	for _, d := range docs {
		if d.Out != nil {
			r.Docs.WithOutput++
		} else {
			r.Docs.Missing++
		}
	}
	r.Offsets = CheckOffsets(docs, task)
	switch task {
	case TaskQuotes:
		r.Metrics = ScoreQuotes(docs)
	case TaskTimex:
		r.Metrics = ScoreTimex(docs)
	case TaskFigures:
		r.Metrics = ScoreFigures(docs)
	default:
		r.Metrics = ScoreSummary(docs)
	}
	return r
}

// CheckOffsets checks the contract's own rule, file[start:end] == text, for
// the sentences and the task's spans of every output.
func CheckOffsets(docs []Doc, task string) OffsetScore {
	var o OffsetScore
	check := func(data []byte, s Span, text string) {
		o.Checked++
		if 0 <= s.Start && s.Start <= s.End && s.End <= len(data) {
			b := data[s.Start:s.End]
			if utf8.Valid(b) && bytes.Equal(b, []byte(text)) {
				o.OK++
			}
		}
	}
	for _, d := range docs {
		if d.Out == nil {
			continue
		}
		for _, s := range d.Out.Sentences {
			check(d.Data, s.Span, s.Text)
		}
		switch task {
		case TaskQuotes:
			for _, q := range d.Out.Quotes {
				check(d.Data, q.Span, q.Text)
			}
		case TaskTimex:
			for _, t := range d.Out.Timexes {
				check(d.Data, t.Span, t.Text)
			}
		case TaskFigures:
			for _, f := range d.Out.Figures {
				check(d.Data, f.Span, f.Text)
			}
		}
	}
	if o.Checked > 0 {
		r := float64(o.OK) / float64(o.Checked)
		o.Rate = &r
	}
	return o
}
