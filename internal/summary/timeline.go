package summary

import (
	"time"

	"github.com/brief-reader/brief/internal/article"
)

// buildTimeline builds the timeline from the dated timexes.
func buildTimeline(a *article.Article, tx []Timex, ref time.Time) []Event { return nil }
