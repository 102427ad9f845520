package article

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Sentinel errors a caller can branch on with errors.Is. Load wraps them in a
// *SourceError that names the source.
var (
	// ErrEmpty reports an input with no text at all.
	ErrEmpty = errors.New("no text")
	// ErrNoReadableText reports an HTML page with no readable article text.
	ErrNoReadableText = errors.New("no readable text in the page")
	// ErrBinary reports an input that is not text (NUL bytes or mostly
	// non-text bytes).
	ErrBinary = errors.New("binary data, not text")
	// ErrTooLarge reports an input over the size cap; it is never truncated.
	ErrTooLarge = errors.New("input too large")
	// ErrNoItems reports a feed without items (or without usable ones).
	ErrNoItems = errors.New("feed has no items")
	// ErrNoArticles reports a folder that holds no loadable article.
	ErrNoArticles = errors.New("no articles found")
	// ErrUnsupportedType reports a content type brief cannot read, such as
	// image/png.
	ErrUnsupportedType = errors.New("unsupported content type")
	// ErrUnsupportedScheme reports a URL that is not http or https.
	ErrUnsupportedScheme = errors.New("unsupported URL scheme (want http or https)")
	// ErrTimeout reports a URL that did not answer in time.
	ErrTimeout = errors.New("timed out")
	// ErrRedirectLoop reports a URL whose redirects come back to a URL
	// already visited.
	ErrRedirectLoop = errors.New("redirect loop")
	// ErrTooManyRedirects reports more than MaxRedirects redirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrNotFound reports a missing file; it matches fs.ErrNotExist too.
	ErrNotFound = notFoundError{}
)

type notFoundError struct{}

func (notFoundError) Error() string        { return "no such file or directory" }
func (notFoundError) Is(target error) bool { return target == fs.ErrNotExist }

// HTTPStatusError reports a URL answered with a status other than 2xx.
type HTTPStatusError struct {
	// StatusCode is the HTTP status code, such as 404.
	StatusCode int
	// Status is the status line text, such as "404 Not Found".
	Status string
}

// Error implements error.
func (e *HTTPStatusError) Error() string {
	s := e.Status
	if s == "" {
		s = fmt.Sprint(e.StatusCode)
	}
	return "HTTP status " + s
}

// SourceError is a failure to load one source (a file, URL, "-", or one
// item of a feed). Its message is one line: "SOURCE: cause".
type SourceError struct {
	// Source names the path, URL, "-" or feed item ("feed.xml#3").
	Source string
	// Err is the cause.
	Err error
}

// Error implements error.
func (e *SourceError) Error() string {
	msg := oneLine(e.Err.Error())
	if e.Source == "" {
		return msg
	}
	return e.Source + ": " + msg
}

// Unwrap returns the cause.
func (e *SourceError) Unwrap() error { return e.Err }

// LoadErrors collects the failures of several sources (a folder's bad files,
// a feed's bad items, or several sources given at once). Each element prints
// as one line; the whole prints one line per element.
type LoadErrors []*SourceError

// Error implements error.
func (l LoadErrors) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the individual errors, so errors.Is and errors.As look
// through every one of them.
func (l LoadErrors) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Errors splits err into one error per failed source: the elements of a
// LoadErrors, or err itself. It returns nil for a nil error. A caller prints
// one line per element.
func Errors(err error) []error {
	if err == nil {
		return nil
	}
	var l LoadErrors
	if errors.As(err, &l) {
		return l.Unwrap()
	}
	return []error{err}
}

// wrapSource attaches src to err unless err already names a source.
func wrapSource(src string, err error) error {
	if err == nil {
		return nil
	}
	var se *SourceError
	var le LoadErrors
	if errors.As(err, &se) || errors.As(err, &le) {
		return err
	}
	return &SourceError{Source: src, Err: err}
}

// appendErr adds err (a *SourceError, LoadErrors or plain error, which is
// attributed to src) to list.
func appendErr(list LoadErrors, src string, err error) LoadErrors {
	if err == nil {
		return list
	}
	var le LoadErrors
	if errors.As(err, &le) {
		return append(list, le...)
	}
	var se *SourceError
	if errors.As(err, &se) {
		return append(list, se)
	}
	return append(list, &SourceError{Source: src, Err: err})
}

// oneLine folds a message onto one line.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
