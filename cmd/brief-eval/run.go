package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/brief-reader/brief/internal/eval"
	"github.com/brief-reader/brief/internal/summary"
)

// defaultCorpora are evaluated when no folder is named, relative to the
// repository root.
var defaultCorpora = []string{
	"../shared/eval/summ-cnndm",
	"../shared/eval/summ-bbc",
	"../shared/eval/quotes-polnear",
	"../shared/eval/timex-tbaq",
	"../shared/eval/figures-newsquant",
	"../shared/seed",
}

// config holds the parsed flags.
type config struct {
	jsonOut   bool
	markdown  bool
	outDir    string
	workers   int
	sentences int
	// score, when set, is a JSON Lines file of contract objects to score
	// instead of running the engine.
	score string
	// log receives warnings (documents that failed).
	log io.Writer
}

// report is the --json output.
type report struct {
	Corpora []corpusReport    `json:"corpora"`
	Seeds   []eval.SeedResult `json:"seed"`
	Skipped []string          `json:"skipped"`
}

// corpusReport is one corpus's score, with the splitter score for corpora
// that carry the dataset's sentence split.
type corpusReport struct {
	Dir string `json:"dir"`
	eval.Result
	Failed int `json:"failed"`
	// Split is the sentence splitter's boundary score against the
	// dataset's own split, for corpora with "lines" (summ-cnndm).
	Split *eval.PRF `json:"split,omitempty"`
}

// run implements the command and returns its exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("brief-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := config{log: stderr}
	fs.BoolVar(&cfg.jsonOut, "json", false, "print one JSON object with every score instead of the table")
	fs.BoolVar(&cfg.markdown, "md", false, "print the headline numbers as one Markdown table instead (for docs/QUALITY.md)")
	fs.StringVar(&cfg.outDir, "out", "", "also write each corpus's output as `DIR`/<corpus>.jsonl (for score.py)")
	fs.IntVar(&cfg.workers, "j", runtime.NumCPU(), "number of documents analysed in parallel")
	fs.IntVar(&cfg.sentences, "sentences", summary.DefaultSentences, "number of key sentences")
	fs.StringVar(&cfg.score, "score", "", "score this JSON Lines `FILE` of `brief summarize --format json` output\n"+
		"against the one CORPUS_DIR instead of running the engine")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: brief-eval [flags] [CORPUS_DIR...]")
		fmt.Fprintln(stderr, "Scores brief on evaluation corpora (gold.jsonl + docs/) and seed folders (*.gold.json).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if cfg.workers < 1 || cfg.sentences < 1 {
		fmt.Fprintln(stderr, "brief-eval: -j and -sentences must be at least 1")
		return 2
	}
	dirs := fs.Args()
	if cfg.score != "" && len(dirs) != 1 {
		fmt.Fprintln(stderr, "brief-eval: -score needs exactly one CORPUS_DIR")
		return 2
	}
	if len(dirs) == 0 {
		root := repoRoot()
		for _, d := range defaultCorpora {
			dirs = append(dirs, filepath.Join(root, d))
		}
	}
	if cfg.outDir != "" {
		if err := os.MkdirAll(cfg.outDir, 0o755); err != nil {
			fmt.Fprintln(stderr, "brief-eval:", err)
			return 1
		}
	}
	rep := report{Skipped: []string{}}
	status := 0
	for _, dir := range dirs {
		if ctx.Err() != nil {
			return 1
		}
		if err := evalDir(ctx, dir, cfg, &rep, stdout, stderr); err != nil {
			fmt.Fprintln(stderr, "brief-eval:", err)
			status = 1
		}
	}
	switch {
	case cfg.jsonOut:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintln(stderr, "brief-eval:", err)
			return 1
		}
	case cfg.markdown:
		printMarkdown(stdout, rep)
	}
	return status
}

// evalDir evaluates one corpus or seed folder into rep, printing its table
// unless a single report (-json, -md) is wanted. A missing folder is
// skipped with a message, not an error.
func evalDir(ctx context.Context, dir string, cfg config, rep *report, stdout, stderr io.Writer) error {
	table := !cfg.jsonOut && !cfg.markdown
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "brief-eval: skipping %s: no such folder\n", dir)
		rep.Skipped = append(rep.Skipped, dir)
		return nil
	}
	t0 := time.Now()
	switch {
	case exists(filepath.Join(dir, "gold.jsonl")):
		cr, err := scoreCorpus(ctx, dir, cfg)
		if err != nil {
			return err
		}
		rep.Corpora = append(rep.Corpora, cr)
		if table {
			printCorpus(stdout, cr)
		}
	case hasSeeds(dir):
		res, err := runSeeds(ctx, dir, cfg)
		if err != nil {
			return err
		}
		rep.Seeds = append(rep.Seeds, res...)
		if table {
			for _, r := range res {
				printSeed(stdout, r)
			}
		}
	default:
		fmt.Fprintf(stderr, "brief-eval: skipping %s: no gold.jsonl and no *.gold.json\n", dir)
		rep.Skipped = append(rep.Skipped, dir)
		return nil
	}
	fmt.Fprintf(stderr, "brief-eval: %s: %.2fs\n", filepath.Base(dir), time.Since(t0).Seconds())
	return nil
}

// repoRoot returns the nearest folder at or above the working directory
// that holds go.mod, else the working directory.
func repoRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := wd; ; {
		if exists(filepath.Join(d, "go.mod")) {
			return d
		}
		up := filepath.Dir(d)
		if up == d {
			return wd
		}
		d = up
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func hasSeeds(dir string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	return len(m) > 0
}
