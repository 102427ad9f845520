package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalDir returns the shared evaluation corpora (read at test time, never
// copied into the repository), or "" when they are not on this machine.
func evalDir() string {
	if d := os.Getenv("BRIEF_EVAL_DIR"); d != "" {
		return d
	}
	d := filepath.Join("..", "..", "..", "shared", "eval")
	if _, err := os.Stat(d); err != nil {
		return ""
	}
	return d
}

// TestEvalCorpora loads every plain-text document of the evaluation corpora
// and checks the loader's promises on real news text: the text is the
// file's bytes, every sentence is file[start:end], no document is empty,
// summ-bbc's line 1 is the title, and single-paragraph corpora get no fake
// title.
func TestEvalCorpora(t *testing.T) {
	dir := evalDir()
	if dir == "" || testing.Short() {
		t.Skip("no evaluation corpora (set BRIEF_EVAL_DIR)")
	}
	tests := []struct {
		corpus       string
		titleFromBBC bool    // gold "title" is line 1 and must be found
		maxTitles    float64 // largest share of documents allowed a title
	}{
		{"summ-bbc", true, 1},
		{"summ-cnndm", false, 0},
		{"figures-newsquant", false, 0},
		{"timex-tbaq", false, 0.01},
		{"quotes-polnear", false, 0.5},
	}
	for _, tc := range tests {
		t.Run(tc.corpus, func(t *testing.T) {
			gold := readGoldTitles(t, filepath.Join(dir, tc.corpus, "gold.jsonl"))
			files, _ := filepath.Glob(filepath.Join(dir, tc.corpus, "docs", "*.txt"))
			if len(files) == 0 {
				t.Skip("corpus missing")
			}
			titles, titleMiss := 0, 0
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				a, err := ParseText(bytes.NewReader(b))
				if err != nil {
					t.Errorf("%s: %v", f, err)
					continue
				}
				if err := invariantErr(a); err != nil {
					t.Errorf("%s: %v", f, err)
				}
				if len(a.Sentences) == 0 {
					t.Errorf("%s: no sentences", f)
				}
				if a.Text == string(b) {
					for i, s := range a.Sentences {
						if string(b[s.Start:s.End]) != a.SentenceText(i) {
							t.Fatalf("%s: sentence %d is not the file's bytes", f, i)
						}
					}
				}
				if a.Title != "" {
					titles++
				}
				if want, ok := gold[filepath.Base(f)]; tc.titleFromBBC && ok && a.Title != strings.Join(strings.Fields(want), " ") {
					titleMiss++
					if titleMiss <= 5 {
						t.Logf("%s: title %q, want %q", filepath.Base(f), a.Title, want)
					}
				}
			}
			share := float64(titles) / float64(len(files))
			t.Logf("%d docs, %.1f%% with a title, %d title misses", len(files), 100*share, titleMiss)
			if share > tc.maxTitles {
				t.Errorf("%.1f%% of documents got a title, want at most %.1f%%", 100*share, 100*tc.maxTitles)
			}
			if tc.titleFromBBC && titleMiss*100 > len(files) {
				t.Errorf("%d of %d titles missed", titleMiss, len(files))
			}
		})
	}
}

// readGoldTitles maps document file names to their gold "title".
func readGoldTitles(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var g struct {
			File  string `json:"file"`
			Title string `json:"title"`
		}
		if json.Unmarshal(sc.Bytes(), &g) == nil && g.Title != "" {
			out[filepath.Base(g.File)] = strings.TrimSpace(g.Title)
		}
	}
	return out
}
