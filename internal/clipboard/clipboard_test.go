package clipboard

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
)

func TestOSC52(t *testing.T) {
	payload := base64.StdEncoding.EncodeToString([]byte("héllo"))
	tests := []struct {
		name string
		m    Multiplexer
		want string
	}{
		{"plain", None, "\x1b]52;c;" + payload + "\x07"},
		{"tmux doubles ESC inside passthrough", Tmux, "\x1bPtmux;\x1b\x1b]52;c;" + payload + "\x07\x1b\\"},
		{"screen", Screen, "\x1bP\x1b]52;c;" + payload + "\x07\x1b\\"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := OSC52("héllo", tc.m)
			if err != nil || got != tc.want {
				t.Fatalf("OSC52(%q, %v) = %q, %v; want %q", "héllo", tc.m, got, err, tc.want)
			}
		})
	}
}

func TestOSC52TooLarge(t *testing.T) {
	if _, err := OSC52(strings.Repeat("x", MaxOSC52+1), None); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("OSC52(oversized) error = %v, want ErrTooLarge", err)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want Multiplexer
	}{
		{map[string]string{}, None},
		{map[string]string{"TMUX": "/tmp/tmux-0/default,1,0"}, Tmux},
		{map[string]string{"STY": "1234.pts-0"}, Screen},
		{map[string]string{"TMUX": "x", "STY": "y"}, Tmux},
	}
	for _, tc := range tests {
		if got := Detect(func(k string) string { return tc.env[k] }); got != tc.want {
			t.Errorf("Detect(%v) = %v, want %v", tc.env, got, tc.want)
		}
	}
}
