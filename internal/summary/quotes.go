package summary

import "github.com/brief-reader/brief/internal/article"

// findQuotes finds direct quotes. TEMPORARY: none yet.
func findQuotes(a *article.Article) []Quote { return nil }
