// Command brief-eval runs brief's analysis engine over evaluation corpora in
// the shared format (gold.jsonl + docs/) and over the hand-annotated seed,
// and prints the quality metrics, computed as the reference scorer score.py
// computes them.
//
//	go run ./cmd/brief-eval [flags] [CORPUS_DIR...]
//
// With no CORPUS_DIR it evaluates ../shared/eval/{summ-cnndm,summ-bbc,
// quotes-polnear,timex-tbaq,figures-newsquant} and ../shared/seed, relative
// to the repository. A folder that does not exist is skipped with a message
// (exit status 0), so the command works on machines without ../shared.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
