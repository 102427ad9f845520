package article

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Defaults for Options.
const (
	// DefaultMaxBytes caps every input (file, stdin, URL body): 10 MiB.
	DefaultMaxBytes = 10 << 20
	// DefaultTimeout bounds fetching one URL.
	DefaultTimeout = 15 * time.Second
	// MaxRedirects is the number of redirects a URL may take.
	MaxRedirects = 10
)

// Version is the brief version named in the User-Agent. cmd/brief may set
// it; when empty, the module version of the binary is used ("dev" for a
// development build).
var Version = ""

// UserAgent returns the User-Agent brief sends:
// "brief/<version> (+https://github.com/brief-reader/brief)".
func UserAgent() string {
	v := Version
	if v == "" {
		v = "dev"
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	return "brief/" + v + " (+https://github.com/brief-reader/brief)"
}

// Options control loading. The zero value loads with the defaults.
type Options struct {
	// Format forces a format; FormatAuto detects it from the content type,
	// the extension and the content.
	Format Format
	// Stdin is read for the source "-" (os.Stdin when nil).
	Stdin io.Reader
	// MaxBytes caps each input; over it is an error, never a truncation
	// (DefaultMaxBytes when 0).
	MaxBytes int64
	// Timeout bounds fetching one URL (DefaultTimeout when 0).
	Timeout time.Duration
	// HTTPClient fetches URLs (a client of its own when nil). Its
	// CheckRedirect is replaced by brief's redirect policy.
	HTTPClient *http.Client
	// UserAgent overrides UserAgent() for URL requests.
	UserAgent string
	// Recursive makes a folder source include its subfolders.
	Recursive bool
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// supportedExt lists the extensions a folder is searched for.
var supportedExt = map[string]bool{
	".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true,
	".xml": true, ".rss": true, ".atom": true, ".json": true,
}

// Load reads one source and returns its articles: a file, a folder (its
// supported files: .txt .md .markdown .html .htm .xml .rss .atom .json,
// subfolders only when opts.Recursive), "-" for stdin, or an http(s) URL. A
// feed or folder yields several articles.
//
// On failure the error is a *SourceError naming the source. When some parts
// of a folder or feed fail and others load, Load returns the good articles
// and a LoadErrors with one *SourceError per bad file or item.
func Load(ctx context.Context, src string, opts Options) ([]*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, &SourceError{Source: src, Err: err}
	}
	switch {
	case src == "-":
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		b, err := readCapped(in, opts.maxBytes())
		if err != nil {
			return nil, &SourceError{Source: src, Err: err}
		}
		return parseSource(src, b, opts.Format, "", "")
	case isURL(src):
		return loadURL(ctx, src, opts)
	}
	fi, err := os.Stat(src)
	if err != nil {
		return nil, &SourceError{Source: src, Err: fileErr(err)}
	}
	if fi.IsDir() {
		return loadDir(ctx, src, opts)
	}
	return loadFile(src, opts)
}

// LoadAll loads every source in order. It returns all the articles that
// loaded and, when some sources failed, a LoadErrors with one entry per
// failure.
func LoadAll(ctx context.Context, srcs []string, opts Options) ([]*Article, error) {
	var arts []*Article
	var errs LoadErrors
	for _, src := range srcs {
		a, err := Load(ctx, src, opts)
		arts = append(arts, a...)
		errs = appendErr(errs, src, err)
	}
	if len(errs) > 0 {
		return arts, errs
	}
	return arts, nil
}

// isURL reports whether src names a URL rather than a path.
func isURL(src string) bool {
	i := strings.Index(src, "://")
	if i <= 0 {
		return false
	}
	for _, c := range src[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// fileErr turns an os error into a short cause.
func fileErr(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrNotFound
	case errors.Is(err, fs.ErrPermission):
		return fs.ErrPermission
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadFile reads and parses one file.
func loadFile(path string, opts Options) ([]*Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &SourceError{Source: path, Err: fileErr(err)}
	}
	defer f.Close()
	b, err := readCapped(f, opts.maxBytes())
	if err != nil {
		return nil, &SourceError{Source: path, Err: fileErr(err)}
	}
	format := opts.Format
	if format == FormatAuto {
		format = FormatOf(path)
	}
	return parseSource(path, b, format, "", "")
}

// loadDir loads the supported files of a folder, in name order.
func loadDir(ctx context.Context, dir string, opts Options) ([]*Article, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != dir && (!opts.Recursive || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || !supportedExt[strings.ToLower(filepath.Ext(name))] {
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		} else if fi, err := os.Stat(p); d.Type()&fs.ModeSymlink != 0 && err == nil && fi.Mode().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, &SourceError{Source: dir, Err: fileErr(err)}
	}
	sort.Strings(files)
	var arts []*Article
	var errs LoadErrors
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			errs = appendErr(errs, dir, err)
			break
		}
		if opts.Format == FormatAuto && FormatOf(f) == FormatFeed && !looksLikeFeedFile(f) {
			// Data files (.json, .xml) that are not feeds are not articles.
			continue
		}
		a, err := loadFile(f, opts)
		arts = append(arts, a...)
		errs = appendErr(errs, f, err)
	}
	if len(arts) == 0 {
		cause := ErrNoArticles
		if len(files) > 0 {
			cause = fmt.Errorf("%w (%d files failed)", ErrNoArticles, len(errs))
		}
		errs = append(errs, &SourceError{Source: dir, Err: cause})
	}
	if len(errs) > 0 {
		return arts, errs
	}
	return arts, nil
}

// looksLikeFeedFile reports whether the start of file path looks like a
// feed (RSS, Atom, RDF or JSON Feed).
func looksLikeFeedFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true // let loadFile report it
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return DetectFormat(head[:n]) == FormatFeed
}

// readCapped reads r to the end, failing with ErrTooLarge once more than
// max bytes arrive; it never reads more than max+1 bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			if fi.Size() > max {
				return nil, tooLarge(max)
			}
			buf.Grow(int(fi.Size()) + 1)
		}
	}
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if n > max {
		return nil, tooLarge(max)
	}
	return buf.Bytes(), nil
}

func tooLarge(max int64) error {
	return fmt.Errorf("%w: more than %s", ErrTooLarge, sizeString(max))
}

// sizeString prints a byte count as "10 MB" or "512 bytes".
func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// parseSource parses the bytes of one source and names it in the articles
// and errors. pageURL is the URL the bytes came from and contentType their
// Content-Type, if any.
func parseSource(src string, b []byte, f Format, contentType, pageURL string) ([]*Article, error) {
	arts, err := parse(b, f, pageURL, contentType)
	for _, a := range arts {
		a.Source = src
		if a.URL == "" && pageURL != "" {
			a.URL = SafeURL(pageURL)
		}
	}
	if err == nil {
		return arts, nil
	}
	var le LoadErrors
	if errors.As(err, &le) {
		for _, e := range le {
			if e.Source == "" {
				e.Source = src
			}
		}
		return arts, le
	}
	return arts, &SourceError{Source: src, Err: err}
}

// Parse parses one input of format f (FormatAuto detects it from the
// content) and returns its articles: one, or one per feed item. It reads r
// to the end and does no other IO; the caller bounds r (Load reads at most
// Options.MaxBytes). Feed items that fail are skipped and
// reported in a LoadErrors next to the good articles.
func Parse(r io.Reader, f Format) ([]*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return parse(b, f, "", "")
}

// parse dispatches bytes to the parser of format f. A panic in a parser
// (third-party code included) becomes an error: hostile input must never
// take brief down.
func parse(b []byte, f Format, pageURL, contentType string) (arts []*Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			arts, err = nil, fmt.Errorf("%v parser failed: %v", f, p)
		}
	}()
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		b = decodeUTF16(b[2:], b[0] == 0xFE)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	if f == FormatAuto {
		if isBinary(b) {
			return nil, ErrBinary
		}
		f = DetectFormat(b)
	}
	if f != FormatFeed && !utf8.Valid(b) {
		b = toUTF8(b, contentType, f == FormatHTML)
	}
	var a *Article
	switch f {
	case FormatFeed:
		return parseFeedBytes(b)
	case FormatHTML:
		a, err = parseHTMLBytes(b, pageURL)
	case FormatMarkdown:
		a, err = parseMarkdownBytes(b)
	default:
		a, err = parseTextBytes(b)
	}
	if err != nil {
		return nil, err
	}
	return []*Article{a}, nil
}
