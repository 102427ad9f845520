package eval

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func writeCorpus(t *testing.T, gold string, meta string, docs map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"gold.jsonl": gold}
	if meta != "" {
		files["corpus.json"] = meta
	}
	for name, text := range docs {
		files[filepath.Join("docs", name)] = text
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadCorpus(t *testing.T) {
	tests := []struct {
		name, gold, meta, task, corpus string
		n                              int
	}{
		{"task from corpus.json", `{"id":"a","file":"docs/a.txt","date":null,"quantities":[]}`,
			`{"name":"mine","task":"summary"}`, TaskSummary, "mine", 1},
		{"detected quotes", `{"id":"a","file":"docs/a.txt","date":"2025-03-14","quotes":[],"mixed":[]}`, "", TaskQuotes, "", 1},
		{"detected timex", `{"id":"a","file":"docs/a.txt","timexes":[]}` + "\n\nnot json\n" +
			`{"id":"b","file":"docs/b.txt","timexes":[]}`, "", TaskTimex, "", 2},
		{"detected figures", `{"id":"a","file":"docs/a.txt","quantities":[]}`, "", TaskFigures, "", 1},
		{"default", `{"id":"a","file":"docs/a.txt"}`, "", TaskSummary, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeCorpus(t, tt.gold, tt.meta, nil)
			c, err := LoadCorpus(dir)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.corpus
			if want == "" {
				want = filepath.Base(dir)
			}
			if c.Task != tt.task || c.Name != want || len(c.Gold) != tt.n {
				t.Errorf("got task %q name %q %d rows, want %q %q %d", c.Task, c.Name, len(c.Gold), tt.task, want, tt.n)
			}
		})
	}
	if _, err := LoadCorpus(t.TempDir()); !errors.Is(err, ErrNoGold) {
		t.Errorf("LoadCorpus(empty dir) = %v, want ErrNoGold", err)
	}
}

func TestReadOutputs(t *testing.T) {
	gold := `{"id":"a","file":"docs/a.txt","reference":"Ships sail.","lines":["Ships sail."]}
{"id":"b","file":"docs/b.txt","reference":"Ports close."}`
	dir := writeCorpus(t, gold, "", map[string]string{"a.txt": "Ships sail.", "b.txt": "Ports close."})
	c, err := LoadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Gold[0].HasLines || c.Gold[1].HasLines {
		t.Errorf("HasLines = %v, %v", c.Gold[0].HasLines, c.Gold[1].HasLines)
	}
	out := `{"source":"/elsewhere/a.txt","sentences":[{"start":0,"end":11,"text":"Ships sail."}],"key_sentences":[{"sentence":0,"text":"Ships sail."}]}
{"source":"a.txt","key_sentences":[]}
garbage
{"source":"z.txt"}
`
	docs, extra, err := c.ReadOutputs([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Out == nil || docs[1].Out != nil || extra != 1 {
		t.Fatalf("docs %+v extra %d", docs, extra)
	}
	if len(docs[0].Out.KeySentences) != 1 || string(docs[1].Data) != "Ports close." {
		t.Errorf("the first object for a.txt should win and data be read: %+v", docs)
	}
	s := ScoreSummary(docs)
	if !near(s.System.R1, 0.5) || s.Lead3GoldLines == nil || !near(s.Lead3GoldLines.R1, 0.5) {
		t.Errorf("summary %+v", s)
	}
}
