package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
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

// TestLateLoading checks which sources start the reader before loading
// (any URL, unless stdin is one), the loading screen's label, and the
// loader the reader runs in a Cmd against a local server.
func TestLateLoading(t *testing.T) {
	for _, tc := range []struct {
		srcs  []string
		late  bool
		label string
	}{
		{[]string{"a.txt"}, false, "a.txt"},
		{[]string{"https://example.test/a"}, true, "https://example.test/a"},
		{[]string{"a.txt", "http://example.test/b", "c.txt"}, true, "http://example.test/b (and 2 more)"},
		{[]string{"-", "http://example.test/b"}, false, "http://example.test/b (and 1 more)"},
	} {
		if got := fetchesURL(tc.srcs); got != tc.late {
			t.Errorf("fetchesURL(%q) = %v, want %v", tc.srcs, got, tc.late)
		}
		if got := loadingLabel(tc.srcs); got != tc.label {
			t.Errorf("loadingLabel(%q) = %q, want %q", tc.srcs, got, tc.label)
		}
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/ferry.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, mustRead(t, "testdata/reader/ferry.txt"))
	}))
	defer srv.Close()
	rf, _, err := parseReaderFlags(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	lo, so, err := rf.options(strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	ok := lateLoader([]string{srv.URL + "/ferry.txt"}, lo, so, nil)(context.Background())
	if len(ok.Entries) != 1 || ok.Errors != "" || ok.Status != "" || len(ok.Entries[0].S.KeySentences) == 0 {
		t.Errorf("lateLoader(ferry) = %d entries, errors %q, status %q", len(ok.Entries), ok.Errors, ok.Status)
	}
	bad := lateLoader([]string{srv.URL + "/gone.txt"}, lo, so, nil)(context.Background())
	if len(bad.Entries) != 0 || !strings.Contains(bad.Errors, "404") {
		t.Errorf("lateLoader(404) = %d entries, errors %q", len(bad.Entries), bad.Errors)
	}
	var b bytes.Buffer
	if code := reportLoadErrors(&b, bad.Errors); code != 1 || !strings.HasPrefix(b.String(), "brief: "+srv.URL+"/gone.txt") {
		t.Errorf("reportLoadErrors(404) = %d, %q", code, b.String())
	}
}
