package summary

import "github.com/brief-reader/brief/internal/article"

// keySentences picks n sentences. TEMPORARY: lead-n.
func keySentences(a *article.Article, n int) []KeySentence {
	var out []KeySentence
	for i := 0; i < n && i < len(a.Sentences); i++ {
		out = append(out, KeySentence{Sentence: i, Score: 1})
	}
	return out
}
