// Package clipboard puts text on the user's clipboard from a terminal
// program: through the terminal itself with OSC 52 (which works over SSH),
// wrapped for tmux and GNU screen when brief runs inside them, and through
// the native clipboard tools when the session is local.
package clipboard

import (
	"encoding/base64"
	"errors"
	"os"
	"strings"

	native "github.com/atotto/clipboard"
)

// MaxOSC52 is the largest payload, in bytes before encoding, that OSC52
// encodes. Many terminals drop longer sequences silently, so a longer text is
// refused with ErrTooLarge rather than lost without a word.
const MaxOSC52 = 100_000

// ErrTooLarge is returned for text over MaxOSC52 bytes.
var ErrTooLarge = errors.New("text too large for the terminal clipboard")

// ErrNoNative is returned by Native when no native clipboard tool works.
var ErrNoNative = errors.New("no native clipboard (install wl-clipboard, xclip or xsel)")

// Multiplexer names the terminal multiplexer between brief and the terminal.
type Multiplexer int

// The multiplexers OSC52 knows how to pass a sequence through.
const (
	None Multiplexer = iota
	Tmux
	Screen
)

// Detect returns the multiplexer named by the environment lookup getenv
// (os.Getenv in production): $TMUX for tmux, $STY for GNU screen.
func Detect(getenv func(string) string) Multiplexer {
	switch {
	case getenv("TMUX") != "":
		return Tmux
	case getenv("STY") != "":
		return Screen
	}
	return None
}

// InTmux reports whether the process runs inside tmux.
func InTmux() bool { return Detect(os.Getenv) == Tmux }

// OverSSH reports whether the session is remote, in which case the native
// clipboard would be the remote machine's and only OSC 52 reaches the user.
func OverSSH() bool {
	return os.Getenv("SSH_CONNECTION") != "" || os.Getenv("SSH_TTY") != "" || os.Getenv("SSH_CLIENT") != ""
}

// OSC52 returns the escape sequence that sets the system clipboard to text,
// wrapped in a DCS passthrough for tmux or screen as m says. The tmux form
// needs `set -g allow-passthrough on` (tmux ≥ 3.3) or set-clipboard.
func OSC52(text string, m Multiplexer) (string, error) {
	if len(text) > MaxOSC52 {
		return "", ErrTooLarge
	}
	seq := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(text)) + "\x07"
	switch m {
	case Tmux:
		return "\x1bPtmux;" + strings.ReplaceAll(seq, "\x1b", "\x1b\x1b") + "\x1b\\", nil
	case Screen:
		return "\x1bP" + seq + "\x1b\\", nil
	}
	return seq, nil
}

// Native writes text to the local clipboard with the platform's tools
// (wl-copy, xclip, xsel, pbcopy, clip.exe). It runs a process: call it from
// a tea.Cmd, never from Update or View.
func Native(text string) error {
	if native.Unsupported {
		return ErrNoNative
	}
	if err := native.WriteAll(text); err != nil {
		return ErrNoNative
	}
	return nil
}
