// Package summary is brief's analysis engine: key sentences, figures, direct
// quotes with their speakers, time expressions and a timeline.
//
// Analyze is pure and deterministic: no IO, no UI imports, safe to call from
// any goroutine. Every span it returns is a byte range of article.Text.
package summary

import (
	"time"

	"github.com/brief-reader/brief/internal/article"
)

// Options tune Analyze.
type Options struct {
	// Sentences is how many key sentences to pick (default 3).
	Sentences int
	// Reference is the date relative expressions are resolved against when
	// the article carries no publication date; zero means unknown.
	Reference time.Time
}

// DefaultSentences is the number of key sentences when Options.Sentences is 0.
const DefaultSentences = 3

// Summary is the result of Analyze.
type Summary struct {
	// Reference is the date used to resolve relative time expressions:
	// the article's publication date, else Options.Reference; zero if none.
	Reference time.Time
	// KeySentences are the picked sentences, in article order.
	KeySentences []KeySentence
	// Figures are the numbers a reader cares about, in text order.
	Figures []Figure
	// Quotes are the direct quotations, in text order.
	Quotes []Quote
	// Timexes are the TIMEX3 time expressions, in text order.
	Timexes []Timex
	// Timeline holds the dated events, sorted by date.
	Timeline []Event
}

// KeySentence is one sentence picked for the brief.
type KeySentence struct {
	// Sentence indexes article.Sentences.
	Sentence int
	// Score is the ranker's score; higher is more central.
	Score float64
}

// Figure is a number with what it counts.
type Figure struct {
	article.Span
	// Text is the figure as written, e.g. "more than 93,000".
	Text string
	// Value is the numeric value; HasValue is false for vague amounts
	// ("millions of").
	Value    float64
	HasValue bool
	// Low and High bound a range ("between 5 and 10"); both zero otherwise.
	Low, High float64
	// Unit is the unit or counted noun: "%", "$", "month", "people".
	Unit string
	// Qualifier is "more than", "about", "at least", "up to", … or "".
	Qualifier string
	// Counts says what the figure counts: "Palestinians wounded".
	Counts string
	// Sentence indexes article.Sentences.
	Sentence int
}

// Quote is one direct quotation.
type Quote struct {
	// Span covers the quoted words, without the quote marks.
	article.Span
	// Text is the quoted words without the marks and trailing ", . ;".
	Text string
	// Speaker is the canonical speaker ("John Kirby"), "" when unknown.
	Speaker string
	// SpeakerSpan is where the speaker is named for this quote (may be a
	// pronoun); zero when unknown.
	SpeakerSpan article.Span
	// Cue is the speech verb or phrase ("told reporters"), if found.
	Cue string
	// Partial marks a quoted fragment inside reported speech or a scare
	// quote ("sabotage").
	Partial bool
	// Sentence indexes article.Sentences (the sentence where it starts).
	Sentence int
}

// Timex is a TIMEX3 time expression.
type Timex struct {
	article.Span
	// Text is the expression as written.
	Text string
	// Type is DATE, TIME, DURATION or SET.
	Type string
	// Value is the TIMEX3 value: "2024-08-22", "2024-W34", "P10M",
	// "PRESENT_REF", "2024-08-22TNI", "XXXX-WXX-1", …
	Value string
	// Mod is the TIMEX3 modifier (START, MID, END, APPROX, …) or "".
	Mod string
	// Sentence indexes article.Sentences.
	Sentence int
}

// Event is one dated entry of the timeline.
type Event struct {
	// Date and EndDate are ISO dates, possibly partial ("2024-07").
	Date, EndDate string
	// Precision is "day", "week", "month", "part of month", "year" or
	// "relative" (no reference date: Date is then an offset label).
	Precision string
	// Label is a short human date: "Thu 22 Aug, night".
	Label string
	// Event says who did what, from the clause around the time expression.
	Event string
	// Timex indexes Summary.Timexes.
	Timex int
	// Sentence indexes article.Sentences.
	Sentence int
}

// Analyze runs every analysis over a and returns the summary.
func Analyze(a *article.Article, opts Options) Summary {
	if opts.Sentences <= 0 {
		opts.Sentences = DefaultSentences
	}
	s := Summary{Reference: opts.Reference}
	if !a.Published.IsZero() {
		s.Reference = a.Published
	}
	s.KeySentences = keySentences(a, opts.Sentences)
	s.Figures = findFigures(a)
	s.Quotes = findQuotes(a)
	s.Timexes = findTimexes(a, s.Reference)
	s.Timeline = buildTimeline(a, s.Timexes, s.Reference)
	return s
}
