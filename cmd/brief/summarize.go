package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/render"
	"github.com/brief-reader/brief/internal/summary"
)

// runSummarize implements `brief summarize`. It returns the exit status.
func runSummarize(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: json, markdown or text")
	date := fs.String("date", "", "reference date YYYY-MM-DD for relative dates")
	n := fs.Int("sentences", summary.DefaultSentences, "number of key sentences")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var ref time.Time
	if *date != "" {
		t, err := time.Parse("2006-01-02", *date)
		if err != nil {
			fmt.Fprintf(stderr, "brief: --date %q: want YYYY-MM-DD\n", *date)
			return 2
		}
		ref = t
	}
	srcs := fs.Args()
	if len(srcs) == 0 {
		srcs = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	for _, src := range srcs {
		arts, err := article.Load(ctx, src, article.Options{Stdin: stdin})
		if err != nil {
			fmt.Fprintf(stderr, "brief: %v\n", err)
			status = 1
			continue
		}
		for _, a := range arts {
			s := summary.Analyze(a, summary.Options{Sentences: *n, Reference: ref})
			switch *format {
			case "json":
				err = render.JSON(out, a, s)
			default:
				fmt.Fprintf(stderr, "brief: --format %q: want json, markdown or text\n", *format)
				return 2
			}
			if err != nil {
				fmt.Fprintf(stderr, "brief: %v\n", err)
				return 1
			}
		}
	}
	return status
}
