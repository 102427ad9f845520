package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/eval"
	"github.com/brief-reader/brief/internal/render"
	"github.com/brief-reader/brief/internal/summary"
)

// analysed is one document run through the engine.
type analysed struct {
	// Line is the contract JSON line, exactly as `brief summarize --format
	// json` prints it.
	Line []byte
	// Out is Line decoded for the scorers.
	Out *eval.Output
	// Data is the file's bytes.
	Data    []byte
	Article *article.Article
	Summary summary.Summary
	Err     error
}

// analyse loads path as brief does and runs the engine on it with ref as
// the reference date. A panic in the engine is returned as an error.
func analyse(ctx context.Context, path string, ref time.Time, sentences int) (res analysed) {
	defer func() {
		if p := recover(); p != nil {
			res = analysed{Err: fmt.Errorf("%s: panic: %v", path, p)}
		}
	}()
	data, err := os.ReadFile(path)
	if err != nil {
		return analysed{Err: err}
	}
	arts, err := article.Load(ctx, path, article.Options{})
	if err != nil {
		return analysed{Err: err}
	}
	if len(arts) == 0 {
		return analysed{Err: fmt.Errorf("%s: no article", path)}
	}
	a := arts[0]
	s := summary.Analyze(a, summary.Options{Sentences: sentences, Reference: ref})
	var buf bytes.Buffer
	if err := render.JSON(&buf, a, s); err != nil {
		return analysed{Err: fmt.Errorf("%s: %w", path, err)}
	}
	out := new(eval.Output)
	if err := json.Unmarshal(buf.Bytes(), out); err != nil {
		return analysed{Err: fmt.Errorf("%s: %w", path, err)}
	}
	return analysed{Line: buf.Bytes(), Out: out, Data: data, Article: a, Summary: s}
}

// analyseAll runs analyse over the paths with n workers; results are in
// path order whatever the scheduling.
func analyseAll(ctx context.Context, paths []string, refs []time.Time, sentences, n int) []analysed {
	res := make([]analysed, len(paths))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(n, max(1, len(paths))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if ctx.Err() != nil {
					res[i] = analysed{Err: ctx.Err()}
					continue
				}
				res[i] = analyse(ctx, paths[i], refs[i], sentences)
			}
		}()
	}
	for i := range paths {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return res
}

// runCorpus analyses and scores the corpus in dir.
func runCorpus(ctx context.Context, dir string, cfg config) (corpusReport, error) {
	c, err := eval.LoadCorpus(dir)
	if err != nil {
		return corpusReport{}, err
	}
	paths := make([]string, len(c.Gold))
	refs := make([]time.Time, len(c.Gold))
	for i, g := range c.Gold {
		paths[i] = c.Path(g)
		if g.Date != nil {
			refs[i], err = time.Parse("2006-01-02", *g.Date)
			if err != nil {
				return corpusReport{}, fmt.Errorf("%s: %s: date %q: %w", dir, g.ID, *g.Date, err)
			}
		}
	}
	res := analyseAll(ctx, paths, refs, cfg.sentences, cfg.workers)
	docs := make([]eval.Doc, len(c.Gold))
	cr := corpusReport{Dir: dir}
	var lines bytes.Buffer
	for i, r := range res {
		docs[i] = eval.Doc{Gold: c.Gold[i], Out: r.Out, Data: r.Data}
		if r.Err != nil {
			cr.Failed++
			fmt.Fprintln(cfg.log, "brief-eval:", r.Err)
			if docs[i].Data == nil {
				docs[i].Data, _ = os.ReadFile(paths[i])
			}
			continue
		}
		lines.Write(r.Line)
	}
	if cfg.outDir != "" {
		p := filepath.Join(cfg.outDir, c.Name+".jsonl")
		if err := os.WriteFile(p, lines.Bytes(), 0o644); err != nil {
			return corpusReport{}, err
		}
	}
	cr.Result = eval.Score(c.Name, c.Task, docs)
	if hasLines(c) {
		sp, err := eval.ScoreSplitter(dir)
		if err != nil {
			return corpusReport{}, err
		}
		d := eval.NewPRF(sp.Matched, sp.System, sp.Gold)
		cr.Split = &d
	}
	return cr, nil
}

// hasLines reports whether the corpus carries the dataset's sentence split.
func hasLines(c *eval.Corpus) bool {
	for _, g := range c.Gold {
		if g.HasLines {
			return true
		}
	}
	return false
}

// scoreCorpus scores the corpus in dir: the file cfg.score when set, else
// the engine's output.
func scoreCorpus(ctx context.Context, dir string, cfg config) (corpusReport, error) {
	if cfg.score == "" {
		return runCorpus(ctx, dir, cfg)
	}
	c, err := eval.LoadCorpus(dir)
	if err != nil {
		return corpusReport{}, err
	}
	b, err := os.ReadFile(cfg.score)
	if err != nil {
		return corpusReport{}, err
	}
	docs, _, err := c.ReadOutputs(b)
	if err != nil {
		return corpusReport{}, err
	}
	return corpusReport{Dir: dir, Result: eval.Score(c.Name, c.Task, docs)}, nil
}

// runSeeds checks every annotated seed article in dir.
func runSeeds(ctx context.Context, dir string, cfg config) ([]eval.SeedResult, error) {
	cases, err := eval.LoadSeeds(dir)
	if err != nil {
		return nil, err
	}
	var out []eval.SeedResult
	for _, sc := range cases {
		var ref time.Time
		if sc.Gold.ReferenceDate != "" {
			if ref, err = time.Parse("2006-01-02", sc.Gold.ReferenceDate); err != nil {
				return nil, fmt.Errorf("%s: reference_date: %w", sc.Name, err)
			}
		}
		r := analyse(ctx, sc.ArticlePath, ref, cfg.sentences)
		if r.Err != nil {
			return nil, r.Err
		}
		if cfg.outDir != "" {
			p := filepath.Join(cfg.outDir, "seed-"+sc.Name+".jsonl")
			if err := os.WriteFile(p, r.Line, 0o644); err != nil {
				return nil, err
			}
		}
		var events []eval.SeedEvent
		for _, e := range r.Summary.Timeline {
			if e.Timex < 0 || e.Timex >= len(r.Summary.Timexes) {
				continue
			}
			t := r.Summary.Timexes[e.Timex]
			events = append(events, eval.SeedEvent{Date: e.Date, EndDate: e.EndDate,
				Span: eval.Span{Start: t.Start, End: t.End}})
		}
		out = append(out, eval.CheckSeed(sc.Name, sc.Gold, r.Article.Text, r.Out, events))
	}
	return out, nil
}
