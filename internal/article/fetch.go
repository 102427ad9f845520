package article

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// loadURL fetches an http(s) URL and parses its body by content type and
// content.
func loadURL(ctx context.Context, src string, opts Options) ([]*Article, error) {
	body, ct, final, err := fetch(ctx, src, opts)
	if err != nil {
		return nil, &SourceError{Source: src, Err: err}
	}
	f := opts.Format
	if f == FormatAuto {
		var ok bool
		f, ok = formatOfContentType(ct)
		if !ok {
			return nil, &SourceError{Source: src, Err: fmt.Errorf("%w %s", ErrUnsupportedType, mediaType(ct))}
		}
		if f == FormatAuto {
			if isBinary(body) {
				return nil, &SourceError{Source: src, Err: fmt.Errorf("%w (content type %s)", ErrBinary, mediaType(ct))}
			}
			f = DetectFormat(body)
			if f != FormatFeed && strings.Contains(mediaType(ct), "json") {
				return nil, &SourceError{Source: src, Err: fmt.Errorf("%w %s (not a JSON Feed)", ErrUnsupportedType, mediaType(ct))}
			}
		}
	}
	return parseSource(src, body, f, ct, final)
}

// mediaType returns the bare media type of a Content-Type header.
func mediaType(ct string) string {
	mt := strings.TrimSpace(strings.SplitN(ct, ";", 2)[0])
	if mt == "" {
		return "(none)"
	}
	return SanitizeLine(mt)
}

// fetch GETs src with the timeout, size cap, redirect policy and
// User-Agent of opts. It returns the body, the Content-Type and the final URL.
func fetch(ctx context.Context, src string, opts Options) ([]byte, string, string, error) {
	u, err := url.Parse(src)
	if err != nil {
		return nil, "", "", fmt.Errorf("bad URL: %w", errors.Unwrap(err))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, "", "", ErrUnsupportedScheme
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, ErrTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", err
	}
	ua := opts.UserAgent
	if ua == "" {
		ua = UserAgent()
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "+
		"application/feed+json, application/xml;q=0.9, text/markdown;q=0.9, text/plain;q=0.8, */*;q=0.5")
	resp, err := client(opts).Do(req)
	if err != nil {
		return nil, "", "", fetchErr(ctx, err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", "", &HTTPStatusError{StatusCode: resp.StatusCode, Status: SanitizeLine(resp.Status)}
	}
	max := opts.maxBytes()
	if resp.ContentLength > max {
		return nil, "", "", tooLarge(max)
	}
	body, err := readCapped(resp.Body, max)
	if err != nil {
		return nil, "", "", fetchErr(ctx, err, timeout)
	}
	return body, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}

// client returns the HTTP client of opts with brief's redirect policy.
func client(opts Options) *http.Client {
	c := &http.Client{}
	if opts.HTTPClient != nil {
		cc := *opts.HTTPClient
		c = &cc
	}
	c.CheckRedirect = checkRedirect
	return c
}

// checkRedirect allows MaxRedirects http(s) redirects and stops a loop.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return ErrUnsupportedScheme
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return ErrRedirectLoop
		}
	}
	if len(via) > MaxRedirects {
		return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, MaxRedirects)
	}
	return nil
}

// fetchErr turns a client error into a short cause: a timeout, a redirect
// problem, or the network error without the repeated URL.
func fetchErr(ctx context.Context, err error, timeout time.Duration) error {
	if errors.Is(context.Cause(ctx), ErrTimeout) {
		return fmt.Errorf("%w after %v", ErrTimeout, timeout)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	for _, sentinel := range []error{ErrRedirectLoop, ErrTooManyRedirects, ErrUnsupportedScheme, ErrTooLarge} {
		if errors.Is(err, sentinel) {
			var ue *url.Error
			if errors.As(err, &ue) {
				return ue.Err
			}
			return err
		}
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("%w: %v", ErrTimeout, ne)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
