package article

import (
	"context"
	"fmt"
	"io"
	"os"
)

// Options control loading.
type Options struct {
	// Format forces a format; FormatAuto sniffs it.
	Format Format
	// Stdin is read for the source "-".
	Stdin io.Reader
}

// Load reads one source (a path, "-" or a URL) and returns its articles; a
// feed or folder yields several.
//
// TEMPORARY: files and stdin as plain text only.
func Load(ctx context.Context, src string, opts Options) ([]*Article, error) {
	var r io.Reader
	if src == "-" {
		r = opts.Stdin
	} else {
		f, err := os.Open(src)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", src, err)
		}
		defer f.Close()
		r = f
	}
	a, err := ParseText(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	a.Source = src
	return []*Article{a}, nil
}
