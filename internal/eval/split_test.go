package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// writeSplitCorpus writes a tiny corpus in the shared evaluation format.
func writeSplitCorpus(t *testing.T, docs map[string][]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var gold strings.Builder
	for _, id := range ids {
		var text strings.Builder
		var spans []string
		for i, line := range docs[id] {
			if i > 0 {
				text.WriteString(" ")
			}
			start := text.Len()
			text.WriteString(line)
			spans = append(spans, fmt.Sprintf(`{"start":%d,"end":%d}`, start, text.Len()))
		}
		file := "docs/" + id + ".txt"
		if err := os.WriteFile(filepath.Join(dir, file), []byte(text.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&gold, `{"id":%q,"file":%q,"date":null,"line_spans":[%s]}`+"\n", id, file, strings.Join(spans, ","))
	}
	gold.WriteString(`{"id":"nolines","file":"docs/missing.txt","date":null}` + "\n")
	if err := os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte(gold.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestScoreSplitter(t *testing.T) {
	dir := writeSplitCorpus(t, map[string][]string{
		"a": {"The mayor spoke on Monday.", "She said the bridge would reopen.", `"We are ready," she said.`},
		// The gold keeps "Mr. Smith" whole; a split there costs precision,
		// and the gold's break inside a sentence costs recall.
		"b": {"Mr. Smith left at 5 p.m. on Friday.", "Nobody knows why", "he left."},
	})
	got, err := ScoreSplitter(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := SplitScore{Gold: 6, System: 5, Matched: 5, Docs: 2}
	if got.Gold != want.Gold || got.System != want.System || got.Matched != want.Matched || got.Docs != want.Docs {
		t.Fatalf("ScoreSplitter = %+v, want counts %+v", got, want)
	}
	if got.Precision != 1 || got.Recall != 5.0/6 {
		t.Errorf("P/R = %v/%v, want 1/%v", got.Precision, got.Recall, 5.0/6)
	}
}

func TestScoreSplitterErrors(t *testing.T) {
	if _, err := ScoreSplitter(t.TempDir()); err == nil {
		t.Error("ScoreSplitter(empty dir) = nil error")
	}
	dir := writeSplitCorpus(t, nil)
	if _, err := ScoreSplitter(dir); err == nil {
		t.Error("ScoreSplitter(no line_spans) = nil error")
	}
}

func TestBoundaryEnd(t *testing.T) {
	tests := []struct{ in, want string }{
		{`He left.`, `He left.`},
		{`He left." `, `He left.`},
		{"It’s a fantastic opportunity. ‘", "It’s a fantastic opportunity."},
		{`"'`, ``},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := tc.in[:boundaryEnd(tc.in, 0, len(tc.in))]; got != tc.want {
				t.Errorf("boundaryEnd(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestSplitterCorpus scores the splitter on a shared corpus when
// BRIEF_EVAL_DIR names the evaluation folder, for example:
//
//	BRIEF_EVAL_DIR=/work/shared/eval go test ./internal/eval -run SplitterCorpus -v
//
// With BRIEF_SPLIT_ERRORS=1 it also logs each missed and spurious boundary.
func TestSplitterCorpus(t *testing.T) {
	root := os.Getenv("BRIEF_EVAL_DIR")
	if root == "" {
		t.Skip("BRIEF_EVAL_DIR not set")
	}
	dir := filepath.Join(root, "summ-cnndm")
	sc, err := ScoreSplitter(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("summ-cnndm: P=%.4f R=%.4f F1=%.4f (gold %d, system %d, matched %d, docs %d)",
		sc.Precision, sc.Recall, sc.F1, sc.Gold, sc.System, sc.Matched, sc.Docs)
	if os.Getenv("BRIEF_SPLIT_ERRORS") != "" {
		logSplitErrors(t, dir)
	}
	if sc.F1 < 0.90 {
		t.Errorf("boundary F1 = %.4f, want >= 0.90", sc.F1)
	}
}

func logSplitErrors(t *testing.T, dir string) {
	err := eachSplitDoc(dir, func(id string, d splitDoc) {
		for _, e := range sortedKeys(d.gold) {
			if !d.system[e] {
				t.Logf("MISS %s: %s", id, splitContext(d.text, e))
			}
		}
		for _, e := range sortedKeys(d.system) {
			if !d.gold[e] {
				t.Logf("EXTRA %s: %s", id, splitContext(d.text, e))
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func splitContext(text string, e int) string {
	lo, hi := max(0, e-40), min(len(text), e+30)
	return fmt.Sprintf("%q|%q", text[lo:e], text[e:hi])
}
