package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(context.Background(), args, &o, &e)
	return code, o.String(), e.String()
}

func TestSkipsMissingFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "shared", "eval", "summ-bbc")
	code, out, errOut := runCmd(t, missing)
	if code != 0 {
		t.Fatalf("exit %d, want 0; stderr %q", code, errOut)
	}
	if out != "" || !strings.Contains(errOut, "skipping "+missing) {
		t.Errorf("stdout %q stderr %q", out, errOut)
	}
	code, out, _ = runCmd(t, "-json", missing)
	var rep report
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || len(rep.Skipped) != 1 || len(rep.Corpora) != 0 {
		t.Errorf("-json: exit %d output %q", code, out)
	}
}

func TestSkipsFolderWithoutGold(t *testing.T) {
	code, _, errOut := runCmd(t, t.TempDir())
	if code != 0 || !strings.Contains(errOut, "no gold.jsonl") {
		t.Errorf("exit %d stderr %q", code, errOut)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-j", "0", "x"}, {"-score", "f.jsonl"}} {
		if code, _, _ := runCmd(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	if code, _, errOut := runCmd(t, "-h"); code != 0 || !strings.Contains(errOut, "Usage") {
		t.Errorf("-h: exit %d stderr %q", code, errOut)
	}
}

// story is a short wire story written for these tests.
const story = `PORTSIDE (AP) - Dock workers ended their strike on Friday, the union said.
Union leader Mara Quill said 2,000 workers would return on Monday. "We got what we came for," Quill told reporters.
The strike began in February and cost the port about $4 million a week.
`

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRunsCorpusAndSeed(t *testing.T) {
	root := t.TempDir()
	corpus := filepath.Join(root, "timex-mine")
	gold := ""
	for _, id := range []string{"a", "b", "c"} {
		write(t, filepath.Join(corpus, "docs", id+".txt"), story)
		i := strings.Index(story, "Monday")
		gold += `{"id":"` + id + `","file":"docs/` + id + `.txt","date":"2025-03-14","timexes":[{"start":` +
			itoa(i) + `,"end":` + itoa(i+6) + `,"text":"Monday","type":"DATE","value":"2025-03-17"}]}` + "\n"
	}
	write(t, filepath.Join(corpus, "gold.jsonl"), gold)
	seed := filepath.Join(root, "seed")
	write(t, filepath.Join(seed, "story.txt"), story)
	write(t, filepath.Join(seed, "story.gold.json"), `{"article":"story.txt","reference_date":"2025-03-14",
		"quotes":[{"text":"We got what we came for","speaker":"Mara Quill"}],
		"timeline":[{"expr":"on Monday","start":"2025-03-17","end":"2025-03-17"}],
		"figures":[{"text":"2,000","value":2000}],"key_sentences":[]}`)
	outDir := filepath.Join(root, "out")

	code, out, errOut := runCmd(t, "-j", "2", "-out", outDir, corpus, seed, filepath.Join(root, "absent"))
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"timex-mine  (timex)  docs 3, with output 3", "timex strict", "seed story",
		"quotes", "timeline dates"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	lines, err := os.ReadFile(filepath.Join(outDir, "timex-mine.jsonl"))
	if err != nil || bytes.Count(lines, []byte("\n")) != 3 {
		t.Fatalf("--out: %v, %q", err, lines)
	}
	if _, err := os.Stat(filepath.Join(outDir, "seed-story.jsonl")); err != nil {
		t.Error(err)
	}

	// the written output scored again with -score gives the same numbers
	_, j1, _ := runCmd(t, "-json", corpus)
	_, j2, _ := runCmd(t, "-json", "-score", filepath.Join(outDir, "timex-mine.jsonl"), corpus)
	var r1, r2 report
	if json.Unmarshal([]byte(j1), &r1) != nil || json.Unmarshal([]byte(j2), &r2) != nil {
		t.Fatalf("bad JSON: %q %q", j1, j2)
	}
	m1, _ := json.Marshal(r1.Corpora[0].Result)
	m2, _ := json.Marshal(r2.Corpora[0].Result)
	if !bytes.Equal(m1, m2) {
		t.Errorf("-score differs from the run:\n%s\n%s", m1, m2)
	}
	// deterministic whatever the number of workers
	_, j3, _ := runCmd(t, "-json", "-j", "1", corpus)
	if j1 != j3 {
		t.Errorf("-j 1 and -j 2 differ")
	}
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

func TestSplitScoreForCorpusWithLines(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "summ-mine")
	write(t, filepath.Join(dir, "docs", "a.txt"), story)
	var lines, spans []string
	for _, l := range strings.Split(strings.TrimSpace(story), "\n") {
		i := strings.Index(story, l)
		b, _ := json.Marshal(l)
		lines = append(lines, string(b))
		spans = append(spans, `{"start":`+itoa(i)+`,"end":`+itoa(i+len(l))+`}`)
	}
	write(t, filepath.Join(dir, "gold.jsonl"), `{"id":"a","file":"docs/a.txt","date":"2025-03-14",`+
		`"reference":"Dock workers ended their strike.","lines":[`+strings.Join(lines, ",")+`],"line_spans":[`+
		strings.Join(spans, ",")+`]}`+"\n")
	code, out, errOut := runCmd(t, "-json", dir)
	var rep report
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || len(rep.Corpora) != 1 {
		t.Fatalf("exit %d, stderr %q, output %q", code, errOut, out)
	}
	sp := rep.Corpora[0].Split
	if sp == nil || sp.NGold != 3 || sp.TP == 0 {
		t.Errorf("split %+v, want 3 gold boundaries, some found", sp)
	}
	if _, out, _ = runCmd(t, dir); !strings.Contains(out, "sentence split") {
		t.Errorf("table lacks the split line:\n%s", out)
	}
}
