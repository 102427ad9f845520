package article

// SplitSentences splits the paragraph text[p.Start:p.End] into sentences and
// returns their spans (absolute offsets into text).
//
// TEMPORARY: a naive splitter on ". " boundaries; replaced by the real one.
func SplitSentences(text string, p Span) []Span {
	var out []Span
	start := p.Start
	for start < p.End && (text[start] == ' ' || text[start] == '\t') {
		start++
	}
	for i := start; i < p.End; i++ {
		c := text[i]
		if (c == '.' || c == '?' || c == '!') && i+1 < p.End && text[i+1] == ' ' {
			out = append(out, Span{start, i + 1})
			start = i + 2
		}
	}
	end := p.End
	for end > start && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	if end > start {
		out = append(out, Span{start, end})
	}
	return out
}
