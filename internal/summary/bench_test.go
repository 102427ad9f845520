package summary

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/internal/article"
)

// Word lists for synthetic news copy; all text here is our own.
var (
	benchPlaces  = []string{"Velden", "Orlin", "Marrow Bay", "the capital", "the northern province", "Kessa", "the coast"}
	benchOrgs    = []string{"the port authority", "the transport ministry", "the dockworkers' union", "the central bank", "the regional council", "Norvale Shipping"}
	benchRoles   = []string{"union leader", "finance minister", "spokeswoman", "chief executive", "harbour master", "analyst"}
	benchFirst   = []string{"Ines", "Tomas", "Mara", "Jon", "Elif", "Ravi", "Petra", "Olu"}
	benchLast    = []string{"Barrow", "Quill", "Ort", "Lindqvist", "Osei", "Marin", "Halloran", "Vance"}
	benchVerbs   = []string{"raised", "cut", "froze", "doubled", "approved", "rejected", "delayed", "announced"}
	benchNouns   = []string{"fees", "wages", "freight rates", "the budget", "shipping costs", "container traffic", "pilot numbers", "inspections"}
	benchDays    = []string{"on Monday", "on Tuesday", "late on Wednesday", "on Thursday night", "last week", "earlier this month"}
	benchReasons = []string{"after talks broke down", "to clear the backlog", "despite strong objections", "as exports slowed", "under pressure from exporters"}
)

// benchSentence returns one synthetic news sentence.
func benchSentence(r *rand.Rand) string {
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	name := pick(benchFirst) + " " + pick(benchLast)
	org := pick(benchOrgs)
	switch r.IntN(6) {
	case 0:
		return fmt.Sprintf("%s%s %s %s by %d%% %s %s.", strings.ToUpper(org[:1]), org[1:],
			pick(benchVerbs), pick(benchNouns), 1+r.IntN(40), pick(benchDays), pick(benchReasons))
	case 1:
		return fmt.Sprintf("%q, said %s %s.", "We will not accept "+pick(benchNouns)+" being "+pick(benchVerbs)+" again",
			pick(benchRoles), name)
	case 2:
		return fmt.Sprintf("About %d ships were waiting outside %s %s, costing exporters an estimated €%dm.",
			10+r.IntN(200), pick(benchPlaces), pick(benchDays), 5+r.IntN(500))
	case 3:
		return fmt.Sprintf("%s, the %s of %s, said the plan would be reviewed %s.", name, pick(benchRoles), org, pick(benchDays))
	case 4:
		return fmt.Sprintf("Officials in %s said %s had %s %s %s.", pick(benchPlaces), org, pick(benchVerbs), pick(benchNouns), pick(benchReasons))
	default:
		return fmt.Sprintf("The dispute over %s has lasted %d months and involves more than %d,%03d workers.",
			pick(benchNouns), 2+r.IntN(20), 1+r.IntN(90), r.IntN(1000))
	}
}

// benchArticle returns a synthetic wire story of about size bytes: a
// headline, a byline, then paragraphs of one to four sentences.
func benchArticle(size int) string {
	r := rand.New(rand.NewPCG(7, uint64(size)))
	var b strings.Builder
	b.WriteString("Port strike ends after pay deal\n\nBy Mara Quill\n\n")
	for b.Len() < size {
		for k := 1 + r.IntN(4); k > 0; k-- {
			b.WriteString(benchSentence(r))
			if k > 1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkAnalyze(b *testing.B) {
	for _, size := range []int{5 << 10, 100 << 10, 10 << 20} {
		text := benchArticle(size)
		a, err := article.ParseText(strings.NewReader(text))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Analyze(a, Options{})
			}
		})
	}
}

// BenchmarkParts times each analysis of Analyze alone on the synthetic wire
// story, so a change to one part can be measured without the others' noise.
// It also reports the process CPU time per operation, which a busy machine
// disturbs less than wall time.
func BenchmarkParts(b *testing.B) {
	for _, size := range []int{5 << 10, 100 << 10, 10 << 20} {
		text := benchArticle(size)
		a, err := article.ParseText(strings.NewReader(text))
		if err != nil {
			b.Fatal(err)
		}
		tx := findTimexes(a, time.Time{})
		parts := []struct {
			name string
			run  func()
		}{
			{"keysent", func() { keySentences(a, DefaultSentences) }},
			{"figures", func() { findFigures(a) }},
			{"quotes", func() { findQuotes(a) }},
			{"timex", func() { findTimexes(a, time.Time{}) }},
			{"timeline", func() { buildTimeline(a, tx, time.Time{}) }},
		}
		for _, p := range parts {
			b.Run(fmt.Sprintf("%s/%dKB", p.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				cpu := cpuTime()
				for b.Loop() {
					p.run()
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

// BenchmarkCorpus runs Analyze over real news when BRIEF_EVAL_DIR names the
// shared evaluation folder (every docs/*.txt of summ-bbc and summ-cnndm,
// parsed once outside the timer); it skips otherwise.
func BenchmarkCorpus(b *testing.B) {
	for _, corpus := range []string{"summ-bbc", "summ-cnndm"} {
		arts, size := corpusArticles(b, corpus)
		b.Run(corpus, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range arts {
					Analyze(a, Options{})
				}
			}
		})
	}
}

// corpusArticles loads every docs/*.txt of the named corpora below
// BRIEF_EVAL_DIR and returns the articles and their total size in bytes. It
// skips the benchmark when the variable is unset or no document is found.
func corpusArticles(b *testing.B, corpora ...string) ([]*article.Article, int64) {
	b.Helper()
	dir := os.Getenv("BRIEF_EVAL_DIR")
	if dir == "" {
		b.Skip("BRIEF_EVAL_DIR not set")
	}
	var arts []*article.Article
	var size int64
	for _, corpus := range corpora {
		files, _ := filepath.Glob(filepath.Join(dir, corpus, "docs", "*.txt"))
		if len(files) == 0 {
			continue
		}
		as, err := article.LoadAll(context.Background(), files, article.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range as {
			size += int64(len(a.Text))
		}
		arts = append(arts, as...)
	}
	if len(arts) == 0 {
		b.Skip("no documents in " + strings.Join(corpora, ", "))
	}
	return arts, size
}
