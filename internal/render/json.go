// Package render formats an analysed article for output: the JSON contract
// read by evaluation tools, the Markdown brief that the clipboard carries,
// and plain text for terminals and pipes.
package render

import (
	"encoding/json"
	"io"
	"time"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/summary"
)

// Doc is the JSON object printed per article (see shared CONTRACT.md). Field
// names are a stable contract: add fields, never rename.
type Doc struct {
	Source        string         `json:"source"`
	Title         *string        `json:"title"`
	Byline        *string        `json:"byline"`
	Dateline      *jsonDateline  `json:"dateline"`
	URL           *string        `json:"url,omitempty"`
	Published     *string        `json:"published"`
	ReferenceDate *string        `json:"reference_date"`
	Sentences     []jsonSentence `json:"sentences"`
	KeySentences  []jsonKey      `json:"key_sentences"`
	Figures       []jsonFigure   `json:"figures"`
	Quotes        []jsonQuote    `json:"quotes"`
	Timexes       []jsonTimex    `json:"timexes"`
	Timeline      []jsonEvent    `json:"timeline"`
}

type jsonDateline struct {
	Place  string `json:"place,omitempty"`
	Agency string `json:"agency,omitempty"`
	Date   string `json:"date,omitempty"`
}

type jsonSentence struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
}

type jsonKey struct {
	Sentence int     `json:"sentence"`
	Text     string  `json:"text"`
	Score    float64 `json:"score"`
}

type jsonFigure struct {
	Start     int         `json:"start"`
	End       int         `json:"end"`
	Text      string      `json:"text"`
	Value     *float64    `json:"value"`
	Range     *[2]float64 `json:"range,omitempty"`
	Unit      string      `json:"unit"`
	Qualifier string      `json:"qualifier"`
	Counts    string      `json:"counts"`
	Sentence  int         `json:"sentence"`
}

type jsonQuote struct {
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Speaker  *string `json:"speaker"`
	Cue      string  `json:"cue,omitempty"`
	Partial  bool    `json:"partial"`
	Sentence int     `json:"sentence"`
}

type jsonTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

type jsonEvent struct {
	Date      string `json:"date"`
	EndDate   string `json:"end_date"`
	Precision string `json:"precision"`
	Label     string `json:"label"`
	Event     string `json:"event"`
	Sentence  int    `json:"sentence"`
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func datePtr(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format("2006-01-02")
	return &s
}

// NewDoc builds the contract object for a and its summary s.
func NewDoc(a *article.Article, s summary.Summary) Doc {
	d := Doc{
		Source:        a.Source,
		Title:         strPtr(a.Title),
		Byline:        strPtr(a.Byline),
		URL:           strPtr(a.URL),
		Published:     datePtr(a.Published),
		ReferenceDate: datePtr(s.Reference),
		Sentences:     make([]jsonSentence, 0, len(a.Sentences)),
		KeySentences:  make([]jsonKey, 0, len(s.KeySentences)),
		Figures:       make([]jsonFigure, 0, len(s.Figures)),
		Quotes:        make([]jsonQuote, 0, len(s.Quotes)),
		Timexes:       make([]jsonTimex, 0, len(s.Timexes)),
		Timeline:      make([]jsonEvent, 0, len(s.Timeline)),
	}
	if !a.Dateline.IsZero() {
		d.Dateline = &jsonDateline{a.Dateline.Place, a.Dateline.Agency, a.Dateline.Date}
	}
	for _, se := range a.Sentences {
		d.Sentences = append(d.Sentences, jsonSentence{se.Start, se.End, a.Text[se.Start:se.End], se.Paragraph})
	}
	for _, k := range s.KeySentences {
		d.KeySentences = append(d.KeySentences, jsonKey{k.Sentence, a.SentenceText(k.Sentence), k.Score})
	}
	for _, f := range s.Figures {
		jf := jsonFigure{Start: f.Start, End: f.End, Text: f.Text, Unit: f.Unit,
			Qualifier: f.Qualifier, Counts: f.Counts, Sentence: f.Sentence}
		if f.HasValue {
			v := f.Value
			jf.Value = &v
		}
		if f.Low != 0 || f.High != 0 {
			jf.Range = &[2]float64{f.Low, f.High}
		}
		d.Figures = append(d.Figures, jf)
	}
	for _, q := range s.Quotes {
		d.Quotes = append(d.Quotes, jsonQuote{q.Start, q.End, q.Text, strPtr(q.Speaker), q.Cue, q.Partial, q.Sentence})
	}
	for _, t := range s.Timexes {
		d.Timexes = append(d.Timexes, jsonTimex{t.Start, t.End, t.Text, t.Type, t.Value, t.Mod})
	}
	for _, e := range s.Timeline {
		d.Timeline = append(d.Timeline, jsonEvent{e.Date, e.EndDate, e.Precision, e.Label, e.Event, e.Sentence})
	}
	return d
}

// JSON writes the contract object for one article as a single line.
func JSON(w io.Writer, a *article.Article, s summary.Summary) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(NewDoc(a, s))
}
