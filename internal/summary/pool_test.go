package summary

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/sample"
)

// TestAnalyzeConcurrentPools checks that the buffers and caches pooled
// across Analyze calls leak nothing from one article into another: calls
// running at the same time on different articles give the results of
// calls made one at a time.
func TestAnalyzeConcurrentPools(t *testing.T) {
	texts := []string{sample.Text, benchArticle(5 << 10), benchArticle(20 << 10), strings.ToUpper(sample.Text)}
	opts := Options{Reference: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)}
	arts := make([]*article.Article, len(texts))
	want := make([]Summary, len(texts))
	for i, s := range texts {
		a, err := article.ParseText(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		arts[i], want[i] = a, Analyze(a, opts)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for r := range 3 {
				k := (g + r) % len(arts)
				if got := Analyze(arts[k], opts); !reflect.DeepEqual(got, want[k]) {
					t.Errorf("article %d: concurrent result differs", k)
				}
			}
		})
	}
	wg.Wait()
}
