package eval

// Output is the part of a `brief summarize --format json` object (see the
// shared CONTRACT.md) that the scorers read. Decode a contract line into it
// with encoding/json.
type Output struct {
	Source       string      `json:"source"`
	Sentences    []OutText   `json:"sentences"`
	KeySentences []OutKey    `json:"key_sentences"`
	Figures      []OutFigure `json:"figures"`
	Quotes       []OutQuote  `json:"quotes"`
	Timexes      []OutTimex  `json:"timexes"`
	Timeline     []OutEvent  `json:"timeline"`
}

// OutText is a span with its text (a sentence).
type OutText struct {
	Span
	Text string `json:"text"`
}

// OutKey is a key sentence.
type OutKey struct {
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}

// OutFigure is a figure; Value is nil for a vague amount.
type OutFigure struct {
	Span
	Text  string   `json:"text"`
	Value *float64 `json:"value"`
	Unit  string   `json:"unit"`
}

// OutQuote is a direct quote; Speaker is nil when nobody is named.
type OutQuote struct {
	Span
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	Partial bool    `json:"partial"`
}

// OutTimex is a TIMEX3 expression.
type OutTimex struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
}

// OutEvent is a timeline entry.
type OutEvent struct {
	Date    string `json:"date"`
	EndDate string `json:"end_date"`
	Event   string `json:"event"`
}

// KeyTexts returns the key sentences' texts, falling back to the indexed
// sentence when a key sentence carries no text.
func (o *Output) KeyTexts() []string {
	out := make([]string, 0, len(o.KeySentences))
	for _, k := range o.KeySentences {
		t := k.Text
		if t == "" && k.Sentence >= 0 && k.Sentence < len(o.Sentences) {
			t = o.Sentences[k.Sentence].Text
		}
		out = append(out, t)
	}
	return out
}

// SentenceTexts returns the texts of all sentences.
func (o *Output) SentenceTexts() []string {
	out := make([]string, len(o.Sentences))
	for i, s := range o.Sentences {
		out[i] = s.Text
	}
	return out
}
