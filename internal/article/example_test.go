package article_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/brief-reader/brief/internal/article"
)

func ExampleParseText() {
	wire := "Harbour reopens after storm\n" +
		"By Lena Brook\n" +
		"OSLO, Jan 9 (NTB) - The harbour reopened on Thursday. Ferries resumed at noon.\n"
	a, err := article.ParseText(strings.NewReader(wire))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Byline)
	fmt.Println(a.Dateline.Place, a.Dateline.Agency, a.Dateline.Date)
	for i, s := range a.Sentences {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, a.SentenceText(i))
	}
	// Output:
	// Harbour reopens after storm
	// Lena Brook
	// OSLO NTB Jan 9
	// 62-95 The harbour reopened on Thursday.
	// 96-120 Ferries resumed at noon.
}

func ExampleLoad() {
	_, err := article.Load(context.Background(), "testdata/no-such-file.txt", article.Options{})
	for _, e := range article.Errors(err) {
		fmt.Println(e)
	}
	// Output:
	// testdata/no-such-file.txt: no such file or directory
}
