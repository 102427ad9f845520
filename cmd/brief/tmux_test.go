package main

import (
	"encoding/base64"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// waitLimit bounds each wait for the screen or the clipboard: generous, as
// CI runs every test package at once on two cores under -race.
const waitLimit = 30 * time.Second

// TestReaderTmux drives the real binary in a detached tmux: it opens a
// fixture, jumps to the first quote with ], copies the brief with y, and
// checks the screen (capture-pane), tmux's clipboard buffer (plain OSC 52
// with set-clipboard on) and the raw output (the tmux-wrapped OSC 52).
func TestReaderTmux(t *testing.T) {
	tmux, err := exec.LookPath("tmux")
	if err != nil {
		t.Skip("tmux not installed")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "brief")
	build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	fixture, err := filepath.Abs("testdata/reader/ferry.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command(bin, "summarize", "--format", "markdown", fixture).Output()
	if err != nil {
		t.Fatalf("brief summarize: %v", err)
	}
	conf := filepath.Join(dir, "tmux.conf")
	if err := os.WriteFile(conf, []byte("set -g set-clipboard on\nset -g status off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "tmux.sock")
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(tmux, append([]string{"-S", sock, "-f", conf}, args...)...)
		cmd.Env = append(os.Environ(), "TERM=xterm-256color")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	raw := filepath.Join(dir, "out.raw")
	env := "env -u SSH_CONNECTION -u SSH_TTY -u SSH_CLIENT XDG_CONFIG_HOME=" + dir + " TERM=xterm-256color "
	run("new-session", "-d", "-s", "e2e", "-x", "160", "-y", "48", env+bin+" "+fixture+"; sleep 5")
	t.Cleanup(func() { _ = exec.Command(tmux, "-S", sock, "kill-server").Run() })
	run("pipe-pane", "-t", "e2e", "-O", "cat >> "+raw)

	screen := func() string { return run("capture-pane", "-p", "-t", "e2e") }
	waitScreen := func(what string) string {
		t.Helper()
		var s string
		for deadline := time.Now().Add(waitLimit); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if s = screen(); strings.Contains(s, what) {
				return s
			}
		}
		t.Fatalf("screen never showed %q:\n%s", what, s)
		return ""
	}
	s := waitScreen("Quotes (")
	if !strings.Contains(s, "Lindholm votes to close its ferry terminal") || !strings.Contains(s, "Timeline (") {
		t.Fatalf("wide layout missing header or panes:\n%s", s)
	}
	run("send-keys", "-t", "e2e", "]")
	s = waitScreen("quote 1/")
	if !strings.Contains(s, "▸") {
		t.Errorf("no selected quote marker after ]:\n%s", s)
	}
	run("send-keys", "-t", "e2e", "y")
	s = waitScreen("summary copied")
	if !strings.Contains(s, "OSC 52") {
		t.Errorf("status does not say how it copied:\n%s", s)
	}
	var buf string
	for deadline := time.Now().Add(waitLimit); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if out, err := exec.Command(tmux, "-S", sock, "show-buffer").Output(); err == nil {
			if buf = string(out); buf != "" {
				break
			}
		}
	}
	if strings.TrimSpace(buf) != strings.TrimSpace(string(want)) {
		t.Errorf("tmux buffer after y:\n%s\nwant brief summarize --format markdown:\n%s", buf, want)
	}
	run("send-keys", "-t", "e2e", "q")
	payload := base64.StdEncoding.EncodeToString(want)
	// pipe-pane may lag behind the screen: poll the raw output.
	var out []byte
	for deadline := time.Now().Add(waitLimit); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if out, err = os.ReadFile(raw); err == nil && strings.Contains(string(out), "\x1bPtmux;\x1b\x1b]52;c;"+payload) {
			break
		}
	}
	if !strings.Contains(string(out), "\x1bPtmux;\x1b\x1b]52;c;"+payload) {
		t.Errorf("raw output lacks the tmux-wrapped OSC 52 with the brief")
	}
	if !strings.Contains(string(out), "\x1b]52;c;"+payload) {
		t.Errorf("raw output lacks the plain OSC 52 with the brief")
	}
}
