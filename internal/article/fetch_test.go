package article

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// newTestServer serves the URL cases: an article, a feed, Markdown, text,
// a slow page, a redirect loop, a redirect chain, a 404, an oversized body
// and an image.
func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	page, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	feed, err := os.ReadFile("testdata/atom.xml")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "brief/") {
			http.Error(w, "no user agent", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		w.Write(feed)
	})
	mux.HandleFunc("/feed-as-xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml")
		w.Write(feed)
	})
	mux.HandleFunc("/story.md", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/markdown")
		fmt.Fprint(w, "# A served story\n\nIt has **one** paragraph.\n")
	})
	mux.HandleFunc("/wire.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "OSLO (NTB) - Snow closed the main airport on Tuesday.\nFlights resumed at noon.\n")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/chain/"), "%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/wire.txt", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		chunk := strings.Repeat("All work and no play. ", 100)
		for i := 0; i < 100; i++ {
			fmt.Fprint(w, chunk)
		}
	})
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00"))
	})
	mux.HandleFunc("/api.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"status": "ok"}`)
	})
	mux.HandleFunc("/octet", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte("\x00\x01\x02\x03"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestLoadURL(t *testing.T) {
	srv := newTestServer(t)
	tests := []struct {
		name      string
		path      string
		opts      Options
		wantN     int
		wantTitle string
		wantFmt   Format
	}{
		{"html page", "/article", Options{}, 1, "Rail line to reopen after landslide", FormatHTML},
		{"atom feed", "/feed", Options{}, 2, "Students track bats with home-made detectors", FormatFeed},
		{"feed served as text/xml", "/feed-as-xml", Options{}, 2, "Students track bats with home-made detectors", FormatFeed},
		{"markdown", "/story.md", Options{}, 1, "A served story", FormatMarkdown},
		{"plain text", "/wire.txt", Options{}, 1, "", FormatText},
		{"ten redirects", "/chain/9", Options{}, 1, "", FormatText},
		{"format override", "/story.md", Options{Format: FormatText}, 1, "# A served story", FormatText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := srv.URL + tc.path
			arts, err := Load(context.Background(), src, tc.opts)
			if err != nil {
				t.Fatalf("Load(%q): %v", src, err)
			}
			if len(arts) != tc.wantN {
				t.Fatalf("Load(%q) = %d articles, want %d", src, len(arts), tc.wantN)
			}
			a := arts[0]
			if a.Title != tc.wantTitle || a.Format != tc.wantFmt || a.Source != src {
				t.Errorf("Load(%q) = title %q format %v source %q, want %q %v", src, a.Title, a.Format, a.Source, tc.wantTitle, tc.wantFmt)
			}
			checkInvariants(t, a)
		})
	}
}

func TestLoadURLCanonical(t *testing.T) {
	srv := newTestServer(t)
	arts, err := Load(context.Background(), srv.URL+"/article", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := srv.URL + "/2025/02/rail-reopens"; arts[0].URL != want {
		t.Errorf("URL = %q, want the canonical %q", arts[0].URL, want)
	}
}

func TestLoadURLErrors(t *testing.T) {
	srv := newTestServer(t)
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	tests := []struct {
		name string
		src  string
		opts Options
		want error
	}{
		{"slow", srv.URL + "/slow", Options{Timeout: 200 * time.Millisecond}, ErrTimeout},
		{"redirect loop", srv.URL + "/loop", Options{}, ErrRedirectLoop},
		{"eleven redirects", srv.URL + "/chain/10", Options{}, ErrTooManyRedirects},
		{"404", srv.URL + "/missing", Options{}, &HTTPStatusError{}},
		{"oversized body", srv.URL + "/big", Options{MaxBytes: 100 << 10}, ErrTooLarge},
		{"wrong content type", srv.URL + "/image.png", Options{}, ErrUnsupportedType},
		{"json that is not a feed", srv.URL + "/api.json", Options{}, ErrUnsupportedType},
		{"binary octet stream", srv.URL + "/octet", Options{}, ErrBinary},
		{"dead", deadURL + "/x", Options{Timeout: 2 * time.Second}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			arts, err := Load(context.Background(), tc.src, tc.opts)
			if err == nil || len(arts) != 0 {
				t.Fatalf("Load(%q) = %d articles, %v; want an error", tc.src, len(arts), err)
			}
			var hs *HTTPStatusError
			switch {
			case tc.want == nil:
			case errors.As(tc.want, &hs):
				if !errors.As(err, &hs) || hs.StatusCode != http.StatusNotFound {
					t.Errorf("Load(%q) error = %v, want HTTP 404", tc.src, err)
				}
			case !errors.Is(err, tc.want):
				t.Errorf("Load(%q) error = %v, want %v", tc.src, err, tc.want)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, tc.src+": ") || strings.Count(msg, tc.src) > 1 {
				t.Errorf("error %q: want one line naming the source once", msg)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("Load(%q) took %v", tc.src, d)
			}
		})
	}
}

func TestLoadURLContextCancel(t *testing.T) {
	srv := newTestServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := Load(ctx, srv.URL+"/slow", Options{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Load with a cancelled context: %v, want context.DeadlineExceeded", err)
	}
}
