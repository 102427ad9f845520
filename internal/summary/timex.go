package summary

import (
	"time"

	"github.com/brief-reader/brief/internal/article"
)

// findTimexes finds time expressions. TEMPORARY: none yet.
func findTimexes(a *article.Article, ref time.Time) []Timex { return nil }

// buildTimeline builds the timeline. TEMPORARY: none yet.
func buildTimeline(a *article.Article, tx []Timex, ref time.Time) []Event { return nil }
