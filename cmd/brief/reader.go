package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/config"
	"github.com/brief-reader/brief/internal/render"
	"github.com/brief-reader/brief/internal/sample"
	"github.com/brief-reader/brief/internal/summary"
	"github.com/brief-reader/brief/internal/ui"
)

// readerFlags are the reader's flags besides the shared ones.
type readerFlags struct {
	commonFlags
	theme string
	set   map[string]bool
}

func parseReaderFlags(args []string, stderr io.Writer) (*readerFlags, []string, error) {
	fs := flag.NewFlagSet("brief", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rf := &readerFlags{set: map[string]bool{}}
	rf.register(fs)
	fs.StringVar(&rf.theme, "theme", "", "colour `theme`: auto, dark or light (default from the config file, else auto)")
	fs.Func("format", "input `format` (same as --input)", func(s string) error { rf.input = s; return nil })
	helpReader := fs.Bool("help-reader", false, "show the reader's flags")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: brief [flags] [SRC...]   (no SRC: stdin when piped, else the sample brief)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	if *helpReader {
		fs.SetOutput(stderr)
		fs.Usage()
		return nil, nil, flag.ErrHelp
	}
	switch rf.theme {
	case "", "auto", "dark", "light":
	default:
		fmt.Fprintf(stderr, "brief: --theme %q: want auto, dark or light\n", rf.theme)
		return nil, nil, errors.New("bad --theme")
	}
	fs.Visit(func(f *flag.Flag) { rf.set[f.Name] = true })
	return rf, fs.Args(), nil
}

// runReader starts the interactive reader on the given arguments (sources
// and reader flags). It returns the exit status. When stdout is not a
// terminal it prints the text summary instead.
func runReader(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	start := time.Now()
	rf, srcs, err := parseReaderFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	} else if err != nil {
		return 2
	}
	cfg, cfgErr := config.Load()
	if !rf.set["sentences"] && cfg.Sentences > 0 {
		rf.sentences = cfg.Sentences
	}
	useSample := len(srcs) == 0 && isTerminal(stdin)
	if !isTerminalOut(stdout) {
		if useSample {
			return printSample(rf, stdout, stderr)
		}
		sargs := []string{"--format", "text", "--sentences", strconv.Itoa(rf.sentences), "--input", rf.input}
		if rf.date != "" {
			sargs = append(sargs, "--date", rf.date)
		}
		return runSummarize(ctx, append(sargs, srcs...), stdin, stdout, stderr)
	}
	lo, so, err := rf.options(stdin)
	if err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 2
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // ends a fetch still running when the reader closes
	theme := rf.theme
	if theme == "" {
		theme = cfg.Theme
	}
	w, h := terminalSize(stdout)
	opts := ui.Options{Width: w, Height: h, Analyze: so, Theme: theme, Keys: cfg.Keys,
		NoColor: os.Getenv("NO_COLOR") != "", Context: ctx, Start: start}
	late := !useSample && fetchesURL(srcs)
	var loadErrs string
	if late {
		opts.Load, opts.Loading = lateLoader(srcs, lo, so, cfgErr), loadingLabel(srcs)
	} else {
		opts.Entries, loadErrs = loadEntries(ctx, srcs, useSample, lo, so)
		if len(opts.Entries) == 0 {
			fmt.Fprintln(stderr, "brief:", firstLine(loadErrs))
			return 1
		}
		opts.Status = startStatus(cfgErr, loadErrs)
	}
	closeLog := setupLog()
	defer closeLog()
	if late {
		log.Printf("fetching %s after start", opts.Loading)
	} else {
		log.Printf("%d article(s) loaded in %v (analysis deferred: %v)", len(opts.Entries),
			time.Since(start).Round(time.Millisecond), opts.Entries[0].Pending)
	}
	final, code := runProgram(ctx, ui.New(opts), stdin, stdout, stderr)
	if code >= 0 {
		return code
	}
	if fm, ok := final.(*ui.Model); ok && late {
		if fm.Cancelled() {
			return 130
		}
		loadErrs = fm.LoadErrors()
	}
	return reportLoadErrors(stderr, loadErrs)
}

// runProgram runs the reader model on the terminal. It returns the final
// model and -1, or an exit status when the program failed or was killed.
func runProgram(ctx context.Context, m tea.Model, stdin io.Reader, stdout, stderr io.Writer) (tea.Model, int) {
	opts := []tea.ProgramOption{tea.WithContext(ctx)}
	if f, ok := stdin.(*os.File); !ok || f != os.Stdin {
		opts = append(opts, tea.WithInput(stdin))
	}
	if f, ok := stdout.(*os.File); !ok || f != os.Stdout {
		opts = append(opts, tea.WithOutput(stdout))
	}
	final, err := tea.NewProgram(m, opts...).Run()
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		if errors.Is(err, context.Canceled) || errors.Is(err, tea.ErrProgramKilled) {
			return final, 130
		}
		fmt.Fprintln(stderr, "brief:", err)
		return final, 1
	}
	return final, -1
}

// fetchesURL reports whether the reader should start before loading: some
// source is an http(s) URL (slow, up to the fetch timeout) and none is
// stdin (which the program reads keys from once it runs).
func fetchesURL(srcs []string) bool {
	url := false
	for _, s := range srcs {
		if s == "-" {
			return false
		}
		url = url || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
	}
	return url
}

// loadingLabel names what the loading screen fetches: the first URL, with
// how many other sources come with it.
func loadingLabel(srcs []string) string {
	label := srcs[0]
	for _, s := range srcs {
		if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
			label = s
			break
		}
	}
	if n := len(srcs) - 1; n > 0 {
		label += fmt.Sprintf(" (and %d more)", n)
	}
	return label
}

// lateLoader returns the reader's Options.Load for sources loaded after
// the program starts. It captures values only; the reader runs it in a Cmd.
func lateLoader(srcs []string, lo article.Options, so summary.Options, cfgErr error) func(context.Context) ui.Loaded {
	srcs = append([]string(nil), srcs...)
	return func(ctx context.Context) ui.Loaded {
		entries, errs := loadEntries(ctx, srcs, false, lo, so)
		return ui.Loaded{Entries: entries, Errors: errs, Status: startStatus(cfgErr, errs)}
	}
}

// startStatus is the reader's first status message: the config file's
// error and the first source that failed to load, with how many more did.
func startStatus(cfgErr error, loadErrs string) string {
	var status []string
	if cfgErr != nil {
		status = append(status, firstLine(cfgErr.Error())+" (using defaults)")
	}
	if loadErrs != "" {
		s := firstLine(loadErrs)
		if n := strings.Count(strings.TrimSpace(loadErrs), "\n"); n > 0 {
			s += fmt.Sprintf(" (and %d more failed: listed on exit)", n)
		}
		status = append(status, s)
	}
	return strings.Join(status, " · ")
}

// reportLoadErrors prints, once the screen is back, one line per source
// that failed to load, and returns the exit status: 1 when any failed, as
// the README says, else 0.
func reportLoadErrors(stderr io.Writer, loadErrs string) int {
	if strings.TrimSpace(loadErrs) == "" {
		return 0
	}
	for _, l := range strings.Split(strings.TrimSpace(loadErrs), "\n") {
		fmt.Fprintln(stderr, "brief:", l)
	}
	return 1
}

// lateAnalysis is the text size above which a single article is analysed
// after the reader starts.
const lateAnalysis = 256 << 10

// loadEntries loads and analyses every source (the sample when useSample).
// Failures are returned as text, one per line.
func loadEntries(ctx context.Context, srcs []string, useSample bool, lo article.Options, so summary.Options) ([]ui.Entry, string) {
	var entries []ui.Entry
	var errs []string
	if useSample {
		a, err := article.ParseText(strings.NewReader(sample.Text))
		if err != nil {
			return nil, err.Error()
		}
		a.Source = sample.Name
		return []ui.Entry{{A: a, S: summary.Analyze(a, so)}}, ""
	}
	if len(srcs) == 0 {
		srcs = []string{"-"}
	}
	for _, src := range srcs {
		arts, err := article.Load(ctx, src, lo)
		if err != nil {
			errs = append(errs, err.Error())
		}
		for _, a := range arts {
			entries = append(entries, ui.Entry{A: a})
		}
	}
	// One long article is analysed inside the reader, which shows the text
	// meanwhile; a list needs every analysis for its items.
	for i := range entries {
		if len(entries) == 1 && len(entries[i].A.Text) > lateAnalysis {
			entries[i].Pending = true
			continue
		}
		entries[i].S = summary.Analyze(entries[i].A, so)
	}
	return entries, strings.Join(errs, "\n")
}

// printSample prints the sample's text summary (stdout is not a terminal).
func printSample(rf *readerFlags, stdout, stderr io.Writer) int {
	_, so, err := rf.options(nil)
	if err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 2
	}
	a, err := article.ParseText(strings.NewReader(sample.Text))
	if err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	a.Source = sample.Name
	if err := render.Text(stdout, a, summary.Analyze(a, so)); err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	return 0
}

// setupLog sends the log to $BRIEF_DEBUG, or nowhere: nothing may print
// while the UI runs.
func setupLog() func() {
	if path := os.Getenv("BRIEF_DEBUG"); path != "" {
		if f, err := tea.LogToFile(path, "brief"); err == nil {
			return func() { f.Close() }
		}
	}
	log.SetOutput(io.Discard)
	return func() {}
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// isTerminalOut reports whether w is an interactive terminal.
func isTerminalOut(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// terminalSize returns the size of the terminal w writes to, or zeros.
func terminalSize(w io.Writer) (int, int) {
	f, ok := w.(*os.File)
	if !ok {
		return 0, 0
	}
	cols, rows, err := term.GetSize(f.Fd())
	if err != nil {
		return 0, 0
	}
	return cols, rows
}
