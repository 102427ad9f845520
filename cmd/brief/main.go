// Command brief is a terminal reader for news briefs: it opens an article
// (wire copy, Markdown, a web page, a feed, or stdin) and shows its key
// sentences, figures, quotes with their speakers and a timeline.
//
//	brief [flags] [SRC...]              the reader
//	brief summarize [flags] [SRC...]    the same analysis as text, Markdown or JSON
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3"; a
// `go install`ed binary reports its module version instead.
var version = ""

const usage = `brief — a terminal reader for news briefs

Usage:
  brief [flags] [SRC...]             open the reader (no SRC: stdin when piped, else the sample brief)
  brief summarize [flags] [SRC...]   print the analysis (text, markdown or json)
  brief --version | --help

SRC is a file, a folder, an http(s) URL, a feed, or - for stdin.
Run "brief summarize --help" or "brief --help-reader" for each command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "summarize", "summarise":
			return runSummarize(ctx, args[1:], stdin, stdout, stderr)
		case "-h", "-help", "--help", "help":
			fmt.Fprint(stdout, usage)
			return 0
		case "-version", "--version", "version":
			fmt.Fprintln(stdout, "brief", buildVersion())
			return 0
		}
	}
	return runReader(ctx, args, stdin, stdout, stderr)
}

// buildVersion returns the version set at link time, else the module
// version recorded by the Go toolchain, else "dev".
func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
