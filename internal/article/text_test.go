package article

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestMatchDateline(t *testing.T) {
	tests := []struct {
		in                  string
		place, agency, date string
		prefix              string // the text the dateline covers; "" for none
	}{
		{"WASHINGTON (AA) - The talks", "WASHINGTON", "AA", "", "WASHINGTON (AA) - "},
		{"LONDON, Aug 23 (Reuters) - Prices", "LONDON", "Reuters", "Aug 23", "LONDON, Aug 23 (Reuters) - "},
		{"CAIRO (AP) — Egypt", "CAIRO", "AP", "", "CAIRO (AP) — "},
		{"VELDHAVEN, March 14, 2025 (BNS) - Talks", "VELDHAVEN", "BNS", "March 14, 2025", "VELDHAVEN, March 14, 2025 (BNS) - "},
		{"MOSCOW (AP)_ The mayor", "MOSCOW", "AP", "", "MOSCOW (AP)_ "},
		{"BUFFALO, N.Y. (AP) -- A judge", "BUFFALO, N.Y.", "AP", "", "BUFFALO, N.Y. (AP) -- "},
		{"THE HAGUE, Netherlands (AP) _ The court", "THE HAGUE, Netherlands", "AP", "", "THE HAGUE, Netherlands (AP) _ "},
		{"(CNN)They may not be", "", "CNN", "", "(CNN)"},
		{"Kathmandu, Nepal (CNN)Rescuers", "Kathmandu, Nepal", "CNN", "", "Kathmandu, Nepal (CNN)"},
		{"JOHANNESBURG, August 7 (Xinhua) -- South", "JOHANNESBURG", "Xinhua", "August 7", "JOHANNESBURG, August 7 (Xinhua) -- "},
		{"WASHINGTON — The Senate", "WASHINGTON", "", "", "WASHINGTON — "},
		{"BEIRUT, Lebanon -- Rescuers", "BEIRUT, Lebanon", "", "", "BEIRUT, Lebanon -- "},
		{"BRUSSELS/LONDON (Reuters) - EU", "BRUSSELS/LONDON", "Reuters", "", "BRUSSELS/LONDON (Reuters) - "},
		{"NEW DELHI, India, Aug. 23 (UPI) -- Monsoon", "NEW DELHI, India", "UPI", "Aug. 23", "NEW DELHI, India, Aug. 23 (UPI) -- "},
		{"Aug 23 (Reuters) - Oil rose", "", "Reuters", "Aug 23", "Aug 23 (Reuters) - "},
		{"(Bloomberg) -- Stocks fell", "", "Bloomberg", "", "(Bloomberg) -- "},
		{"PARIS, 23 August 2024 (AFP) - The", "PARIS", "AFP", "23 August 2024", "PARIS, 23 August 2024 (AFP) - "},
		// Not datelines.
		{"EXCLUSIVE — A leaked memo", "", "", "", ""},
		{"Shares of Acme Holdings (ACME), and others rose.", "", "", "", ""},
		{"The Open Society Institute (OSI), financed by", "", "", "", ""},
		{"Hamas (the militant group) said on Friday", "", "", "", ""},
		{"The talks - which began Monday - resumed.", "", "", "", ""},
		{"NATO said on Monday it would", "", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, n := matchDateline(tc.in)
			if got := tc.in[:n]; got != tc.prefix {
				t.Fatalf("matchDateline(%q) covers %q, want %q", tc.in, got, tc.prefix)
			}
			if d.Place != tc.place || d.Agency != tc.agency || d.Date != tc.date {
				t.Errorf("matchDateline(%q) = %+v, want place %q agency %q date %q", tc.in, d, tc.place, tc.agency, tc.date)
			}
		})
	}
}

func TestMatchByline(t *testing.T) {
	tests := []struct {
		in, name, date string
		ok             bool
	}{
		{"By Michael Hernandez", "Michael Hernandez", "", true},
		{"By Jane Roe and John Doe", "Jane Roe and John Doe", "", true},
		{"By Jane Roe, Reuters", "Jane Roe, Reuters", "", true},
		{"BY JANE ROE", "JANE ROE", "", true},
		{"By J.R. Hartley", "J.R. Hartley", "", true},
		{"By Theresa May", "Theresa May", "", true},
		{"By Jerry Brown Columnist September 22 2019 at 10:27 PM EDT", "Jerry Brown Columnist", "September 22 2019 at 10:27 PM EDT", true},
		{"By Monday morning, the queue had grown.", "", "", false},
		{"By contrast, prices fell.", "", "", false},
		{"By 2026, the deficit will double.", "", "", false},
		{"By Friday", "", "", false},
		{"By Elena May will cut weekend trips to two a day.", "", "", false},
		{"Bystanders said the fire spread quickly", "", "", false},
	}
	for _, tc := range tests {
		name, date, ok := matchByline(tc.in)
		if name != tc.name || date != tc.date || ok != tc.ok {
			t.Errorf("matchByline(%q) = %q, %q, %v; want %q, %q, %v", tc.in, name, date, ok, tc.name, tc.date, tc.ok)
		}
	}
}

func TestParseTextLead(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		title     string
		byline    string
		published string
		paras     int
		firstSent string
	}{
		{"headline and byline", "Port workers vote to strike\nBy Ana Silva\nLISBON (Lusa) - Dockers voted on Monday to strike.\nTalks failed.\n",
			"Port workers vote to strike", "Ana Silva", "", 2, "Dockers voted on Monday to strike."},
		{"sentence first line is body", "The mayor resigned on Monday.\n\nShe gave no reason.\n", "", "", "", 2, "The mayor resigned on Monday."},
		{"single line is never a headline", "A short text without a full stop", "", "", "", 1, "A short text without a full stop"},
		{"byline alone stays body", "By Jane Roe Columnist May 2 2021 at 9:00 AM EDT", "", "", "", 1, "By Jane Roe Columnist May 2 2021 at 9:00 AM EDT"},
		{"headline continuation is body", "The council said on Monday that\nthe road would reopen.\n", "", "", "", 1, "The council said on Monday that\nthe road would reopen."},
		{"question headline", "Who pays for the new bridge?\n\nThe regional government will cover most of the cost, officials said on Friday.\n",
			"Who pays for the new bridge?", "", "", 1, "The regional government will cover most of the cost, officials said on Friday."},
		{"published line", "Market hall reopens\nPublished 09:15 BST, 3 June 2024\n\nThe market hall reopened on Monday.\n",
			"Market hall reopens", "", "2024-06-03", 1, "The market hall reopened on Monday."},
		{"dateline with year", "ROME, 5 May 2023 (ANSA) - The museum reopened.\n", "", "", "2023-05-05", 1, "The museum reopened."},
		{"deck before byline", "Port workers vote to strike\nUnion says pay offer falls short\nBy Ana Silva\nLISBON (Lusa) - Dockers voted on Monday to strike.\n",
			"Port workers vote to strike", "Ana Silva", "", 2, "Union says pay offer falls short"},
		{"bullets are paragraphs", "Budget at a glance\n\n- Schools get 2% more\n- Roads get 5% more\n", "Budget at a glance", "", "", 2, "- Schools get 2% more"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, a)
			pub := ""
			if !a.Published.IsZero() {
				pub = a.Published.Format("2006-01-02")
			}
			if a.Title != tc.title || a.Byline != tc.byline || pub != tc.published || len(a.Paragraphs) != tc.paras {
				t.Errorf("ParseText(%q) = title %q byline %q published %q paragraphs %d; want %q %q %q %d",
					tc.in, a.Title, a.Byline, pub, len(a.Paragraphs), tc.title, tc.byline, tc.published, tc.paras)
			}
			if len(a.Sentences) == 0 || a.SentenceText(0) != tc.firstSent {
				t.Errorf("first sentence of %q: got %v, want %q", tc.in, a.Sentences, tc.firstSent)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"2025-03-14", "2025-03-14"},
		{"2025-03-14T23:30:00-05:00", "2025-03-14"},
		{"Fri, 14 Mar 2025 10:00:00 +0000", "2025-03-14"},
		{"March 14, 2025", "2025-03-14"},
		{"14 March 2025", "2025-03-14"},
		{"Updated 12:30 GMT, 23 August 2024", "2024-08-23"},
		{"Sept. 3, 2024", "2024-09-03"},
		{"February 30, 2024", ""},
		{"Aug 23", ""},
		{"nonsense", ""},
	}
	for _, tc := range tests {
		got := ""
		if d, ok := parseDate(tc.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("parseDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseTextUTF16AndBOM(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{"utf-8 bom", []byte("\xEF\xBB\xBFHeadline here\n\nBody text starts here.\n")},
		{"utf-16le bom", []byte("\xFF\xFEH\x00e\x00a\x00d\x00\n\x00\n\x00B\x00o\x00d\x00y\x00.\x00")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := Parse(bytes.NewReader(tc.in), FormatAuto)
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			checkInvariants(t, a)
			if a.Title == "" || len(a.Sentences) != 1 {
				t.Errorf("title %q, %d sentences; want a title and one sentence", a.Title, len(a.Sentences))
			}
		})
	}
}

// bigText builds about n bytes of wire copy.
func bigText(n int) []byte {
	para := `"We are closer than we have been at any point since the walkout began," union chief Tomas Brandt told reporters on Thursday, adding that Mr. Brandt's members would vote on the 6.5% offer by Jan. 3. The port authority said about 40,000 containers were waiting. `
	var b bytes.Buffer
	b.Grow(n + 1024)
	b.WriteString("Port strike talks resume\nBy Elena Marsh\nVELDHAVEN, March 14, 2025 (BNS) - Talks resumed on Friday.\n")
	for b.Len()+2*len(para)+2 <= n {
		b.WriteString(para)
		b.WriteString(para)
		b.WriteString("\n\n")
	}
	return b.Bytes()
}

func BenchmarkParseText(b *testing.B) {
	data := bigText(10 << 20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := ParseText(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadTextFile(b *testing.B) {
	path := b.TempDir() + "/big.txt"
	data := bigText(10 << 20)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load(b.Context(), path, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLegacyCharsets(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		f    Format
		want string
	}{
		{"latin-1 text", []byte("Caf\xe9 owners in N\xeemes protest.\nThe mayor will meet them.\n"), FormatText, "Café owners in Nîmes protest."},
		{"utf-8 text kept", []byte("Café owners protest.\nThe mayor will meet them.\n"), FormatText, "Café owners protest."},
		{"html meta charset", []byte(`<html><head><meta charset="windows-1252"><title>x</title></head><body><article><p>The caf` + "\xe9" + ` reopened on Monday after a long closure, its owner said in a statement to reporters.</p></article></body></html>`),
			FormatHTML, "The café reopened on Monday after a long closure, its owner said in a statement to reporters."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := Parse(bytes.NewReader(tc.in), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			checkInvariants(t, a)
			if len(a.Sentences) == 0 || a.SentenceText(0) != tc.want {
				t.Errorf("first sentence = %q, want %q", a.SentenceText(0), tc.want)
			}
		})
	}
}

// TestKeepOffsets checks that CRLF line ends and C1 controls do not shift
// offsets: every sentence is still the file's bytes at its offsets.
func TestKeepOffsets(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"crlf", "Storm hits coast\r\n\r\nWinds reached 120 km/h on Monday.\r\nPower was cut to 4,000 homes.\r\n"},
		{"c1 mojibake", "Mayor Miguel Bas\u00c3\u0083\u00c2\u00a1ez said on Monday. The plan \u0085 will go ahead.\nA vote is due in May.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseText(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, a)
			if len(a.Text) != len(tc.in) {
				t.Fatalf("len(Text) = %d, want the file's %d", len(a.Text), len(tc.in))
			}
			for i, s := range a.Sentences {
				if got := tc.in[s.Start:s.End]; strings.TrimSpace(got) != strings.TrimSpace(a.SentenceText(i)) && !strings.ContainsAny(got, "\u0083\u0085") {
					t.Errorf("file[%d:%d] = %q, sentence %q", s.Start, s.End, got, a.SentenceText(i))
				}
			}
		})
	}
}
