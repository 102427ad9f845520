package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Config
		wantErr string
	}{
		{"empty", "", Config{Theme: "auto"}, ""},
		{"all", "theme = \"light\"\nsentences = 5\n[keys]\nnext_quote = [\"n\", \"ctrl+n\"]\n",
			Config{Theme: "light", Sentences: 5, Keys: map[string][]string{"next_quote": {"n", "ctrl+n"}}}, ""},
		{"bad toml", "theme = ", Config{Theme: "auto"}, "config c.toml"},
		{"bad theme", "theme = \"pink\"", Config{Theme: "auto"}, "theme \"pink\""},
		{"unknown key", "colour = 3", Config{Theme: "auto"}, "unknown setting \"colour\""},
		{"too many sentences", "sentences = 99", Config{Theme: "auto"}, "sentences 99"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse("c.toml", []byte(tc.in))
			if tc.wantErr == "" && err != nil {
				t.Fatalf("Parse(%q) error = %v", tc.in, err)
			}
			if tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("Parse(%q) error = %v, want it to contain %q", tc.in, err, tc.wantErr)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("Parse(%q) = %+v, want %+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestPath(t *testing.T) {
	env := map[string]string{"HOME": "/home/u"}
	get := func(k string) string { return env[k] }
	if got, want := Path(get), filepath.Join("/home/u", ".config", "brief", "config.toml"); got != want {
		t.Errorf("Path() = %q, want %q", got, want)
	}
	env["XDG_CONFIG_HOME"] = "/x"
	if got, want := Path(get), filepath.Join("/x", "brief", "config.toml"); got != want {
		t.Errorf("Path() = %q, want %q", got, want)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	if c, err := LoadFile(filepath.Join(dir, "missing.toml")); err != nil || c.Theme != "auto" {
		t.Fatalf("LoadFile(missing) = %+v, %v; want defaults, nil", c, err)
	}
	p := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(p, []byte("sentences = 4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if c, err := LoadFile(p); err != nil || c.Sentences != 4 {
		t.Fatalf("LoadFile(%s) = %+v, %v; want sentences 4", p, c, err)
	}
}
