package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// TestReaderNotATerminal checks that the reader prints the text summary
// when stdout is not a terminal, as `brief summarize --format text` does.
func TestReaderNotATerminal(t *testing.T) {
	const fixture = "testdata/reader/ferry.txt"
	var want, werr bytes.Buffer
	if code := runSummarize(context.Background(), []string{"--format", "text", fixture}, strings.NewReader(""), &want, &werr); code != 0 {
		t.Fatalf("summarize exit %d: %s", code, werr.String())
	}
	tests := []struct {
		name  string
		args  []string
		stdin string
		code  int
	}{
		{"file", []string{fixture}, "", 0},
		{"flags", []string{"--sentences", "3", "--theme", "light", fixture}, "", 0},
		{"stdin", nil, mustRead(t, fixture), 0},
		{"missing file", []string{"testdata/reader/nope.txt"}, "", 1},
		{"bad flag", []string{"--nope"}, "", 2},
		{"bad theme", []string{"--theme", "pink", fixture}, "", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := runReader(context.Background(), tc.args, strings.NewReader(tc.stdin), &out, &errb)
			if code != tc.code {
				t.Fatalf("runReader(%v) = %d, want %d (stderr %q)", tc.args, code, tc.code, errb.String())
			}
			if tc.code == 0 && tc.name != "stdin" && out.String() != want.String() {
				t.Errorf("runReader(%v) printed:\n%s\nwant:\n%s", tc.args, out.String(), want.String())
			}
			if tc.code == 0 && out.Len() == 0 {
				t.Errorf("runReader(%v) printed nothing", tc.args)
			}
			if tc.code == 1 && !strings.HasPrefix(errb.String(), "brief: ") {
				t.Errorf("stderr = %q, want a brief: line", errb.String())
			}
		})
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestLoadErrorsReported checks failed sources are announced in the
// reader's first status line and listed on stderr when it closes, with
// exit status 1 as the README says.
func TestLoadErrorsReported(t *testing.T) {
	errs := "a.txt: no such file\nb.txt: no text"
	if got, want := startStatus(nil, errs), "a.txt: no such file (and 1 more failed: listed on exit)"; got != want {
		t.Errorf("startStatus = %q, want %q", got, want)
	}
	if got := startStatus(nil, ""); got != "" {
		t.Errorf("startStatus without errors = %q", got)
	}
	var b bytes.Buffer
	if code := reportLoadErrors(&b, errs); code != 1 || b.String() != "brief: a.txt: no such file\nbrief: b.txt: no text\n" {
		t.Errorf("reportLoadErrors = %d, %q", code, b.String())
	}
	b.Reset()
	if code := reportLoadErrors(&b, ""); code != 0 || b.Len() != 0 {
		t.Errorf("reportLoadErrors without errors = %d, %q", code, b.String())
	}
}
