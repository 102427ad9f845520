package main

import (
	"context"
	"fmt"
	"io"
)

// runReader starts the interactive reader on the given arguments (sources
// and reader flags). It returns the exit status.
//
// TEMPORARY: the reader is being built.
func runReader(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "brief: the reader is not built yet; use `brief summarize`")
	return 2
}
