// Package eval scores brief's analysis against evaluation corpora in the
// shared format (gold.jsonl + docs/) with the same definitions as the
// reference scorer score.py: ROUGE-1/2/L, sentence, quote, timex and figure
// P/R/F1, plus the seed check against the hand-annotated seed article and
// the sentence splitter's boundary score (ScoreSplitter).
//
// The metric functions are pure: they take system output objects (the
// `brief summarize --format json` contract, decoded into Output) and gold
// rows, and do no IO except where a function says it reads a corpus.
package eval
