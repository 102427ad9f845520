package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/render"
	"github.com/brief-reader/brief/internal/summary"
)

// writers maps --format names to the renderers.
var writers = map[string]func(io.Writer, *article.Article, summary.Summary) error{
	"json":     render.JSON,
	"markdown": render.Markdown,
	"md":       render.Markdown,
	"text":     render.Text,
}

// inputFormats maps --input names to article formats.
var inputFormats = map[string]article.Format{
	"auto": article.FormatAuto, "text": article.FormatText, "markdown": article.FormatMarkdown,
	"html": article.FormatHTML, "feed": article.FormatFeed,
}

// commonFlags are the flags the reader and summarize share.
type commonFlags struct {
	date      string
	sentences int
	input     string
}

// register adds the shared flags to fs.
func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.date, "date", "", "reference `YYYY-MM-DD` for relative dates when the article has none")
	fs.IntVar(&c.sentences, "sentences", summary.DefaultSentences, "number of key `sentences`")
	fs.StringVar(&c.input, "input", "auto", "input `format`: auto, text, markdown, html or feed")
}

// options validates the shared flags and returns the load and analysis
// options they set.
func (c *commonFlags) options(stdin io.Reader) (article.Options, summary.Options, error) {
	var so summary.Options
	if c.date != "" {
		t, err := time.Parse("2006-01-02", c.date)
		if err != nil {
			return article.Options{}, so, fmt.Errorf("--date %q: want YYYY-MM-DD", c.date)
		}
		so.Reference = t
	}
	if c.sentences < 1 || c.sentences > 50 {
		return article.Options{}, so, fmt.Errorf("--sentences %d: want 1 to 50", c.sentences)
	}
	so.Sentences = c.sentences
	f, ok := inputFormats[c.input]
	if !ok {
		return article.Options{}, so, fmt.Errorf("--input %q: want auto, text, markdown, html or feed", c.input)
	}
	return article.Options{Format: f, Stdin: stdin}, so, nil
}

// runSummarize implements `brief summarize`. It returns the exit status:
// 0, 1 when a source failed (the good ones are still printed), 2 for usage.
func runSummarize(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("brief summarize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output `format`: text, markdown or json (one JSON object per line)")
	var cf commonFlags
	cf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: brief summarize [flags] [SRC...]   (no SRC: read stdin)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	write, ok := writers[*format]
	if !ok {
		fmt.Fprintf(stderr, "brief: --format %q: want text, markdown or json\n", *format)
		return 2
	}
	lo, so, err := cf.options(stdin)
	if err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 2
	}
	srcs := fs.Args()
	if len(srcs) == 0 {
		if isTerminal(stdin) {
			fmt.Fprintln(stderr, "brief: summarize needs a source (a file, folder, URL, or - for stdin)")
			return 2
		}
		srcs = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	for i, src := range srcs {
		arts, err := article.Load(ctx, src, lo)
		if err != nil {
			reportError(stderr, err)
			status = 1
		}
		for j, a := range arts {
			if *format != "json" && (i > 0 || j > 0) {
				fmt.Fprintln(out, "\n---")
			}
			if err := write(out, a, summary.Analyze(a, so)); err != nil {
				fmt.Fprintln(stderr, "brief:", err)
				return 1
			}
		}
	}
	return status
}

// reportError prints err on stderr, one line per failed source.
func reportError(stderr io.Writer, err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			fmt.Fprintln(stderr, "brief:", line)
		}
	}
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
