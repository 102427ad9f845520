// Package config reads brief's optional configuration file,
// $XDG_CONFIG_HOME/brief/config.toml (~/.config/brief/config.toml when
// XDG_CONFIG_HOME is unset):
//
//	theme = "auto"        # auto, dark or light
//	sentences = 4         # key sentences in the brief
//
//	[keys]                # rebind keys by binding name
//	next_quote = ["]", "ctrl+n"]
//	copy_brief = ["y"]
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
)

// Config holds the user's settings. The zero value means "defaults".
type Config struct {
	// Theme is "auto" (follow the terminal background), "dark" or "light".
	Theme string `toml:"theme"`
	// Sentences is how many key sentences the brief shows; 0 means default.
	Sentences int `toml:"sentences"`
	// Keys rebinds key bindings: binding name → keys.
	Keys map[string][]string `toml:"keys"`
}

// Default returns the configuration used when there is no file.
func Default() Config { return Config{Theme: "auto"} }

// Path returns where the configuration file is looked for, using getenv
// (os.Getenv in production) for XDG_CONFIG_HOME and HOME.
func Path(getenv func(string) string) string {
	dir := getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home := getenv("HOME")
		if home == "" {
			return ""
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "brief", "config.toml")
}

// Load reads the configuration file. A missing file gives Default() and no
// error; a broken one gives Default() and an error that names the file, so
// the caller can report it and go on.
func Load() (Config, error) { return LoadFile(Path(os.Getenv)) }

// LoadFile reads the configuration at path; see Load.
func LoadFile(path string) (Config, error) {
	if path == "" {
		return Default(), nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return Default(), fmt.Errorf("config %s: %w", path, err)
	}
	return Parse(path, b)
}

// maxSentences bounds the configured brief length.
const maxSentences = 20

// Parse decodes and validates configuration bytes; name is used in errors.
func Parse(name string, b []byte) (Config, error) {
	c := Default()
	md, err := toml.Decode(string(b), &c)
	if err != nil {
		return Default(), fmt.Errorf("config %s: %w", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return Default(), fmt.Errorf("config %s: unknown setting %q", name, und[0].String())
	}
	switch c.Theme {
	case "":
		c.Theme = "auto"
	case "auto", "dark", "light":
	default:
		return Default(), fmt.Errorf("config %s: theme %q: want auto, dark or light", name, c.Theme)
	}
	if c.Sentences < 0 || c.Sentences > maxSentences {
		return Default(), fmt.Errorf("config %s: sentences %d: want 1 to %d", name, c.Sentences, maxSentences)
	}
	return c, nil
}
