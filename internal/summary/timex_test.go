package summary

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/internal/article"
	"github.com/brief-reader/brief/internal/sample"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestTimexValues checks the tagger on sentences written for the test:
// the expression found (Text), its TIMEX3 type and value.
func TestTimexValues(t *testing.T) {
	const fri = "2024-08-23" // a Friday
	tests := []struct {
		name, text, ref  string
		want, typ, value string
		mod              string
	}{
		{"said same weekday", "The ministry said Friday it would act.", fri, "Friday", "DATE", "2024-08-23", ""},
		{"ended previous round", "The last round of talks ended Friday in Rome.", fri, "Friday", "DATE", "2024-08-16", ""},
		{"will meet next", "The envoys will meet Friday in Oslo.", fri, "Friday", "DATE", "2024-08-30", ""},
		{"past weekday", "The mayor resigned on Tuesday.", fri, "Tuesday", "DATE", "2024-08-20", ""},
		{"future weekday", "The council will vote on Monday.", fri, "Monday", "DATE", "2024-08-26", ""},
		{"weekday night", "Crews worked Thursday night to clear the road.", fri, "Thursday night", "TIME", "2024-08-22TNI", ""},
		{"month day", "The plan was agreed on May 31.", fri, "May 31", "DATE", "2024-05-31", ""},
		{"late last month", "The leader was killed late last month.", fri, "late last month", "DATE", "2024-07", "END"},
		{"this week", "Officials said this week's round matters.", fri, "this week", "DATE", "2024-W34", ""},
		{"the weekend", "More talks will follow over the weekend.", fri, "the weekend", "DATE", "2024-W34-WE", ""},
		{"last year", "Sales fell last year.", fri, "last year", "DATE", "2023", ""},
		{"in year", "The firm was founded in 2023.", fri, "2023", "DATE", "2023", ""},
		{"months ago", "The deal collapsed 10 months ago.", fri, "10 months ago", "DATE", "2023-10", ""},
		{"duration adjective", "The region suffered an over 10-month war.", fri, "10-month", "DURATION", "P10M", ""},
		{"iso date", "The filing is dated 2024-03-05.", fri, "2024-03-05", "DATE", "2024-03-05", ""},
		{"us numeric date", "The memo of 3/5/2024 was leaked.", fri, "3/5/2024", "DATE", "2024-03-05", ""},
		{"yesterday", "Prices rose yesterday.", fri, "yesterday", "DATE", "2024-08-22", ""},
		{"today", "The court rules today.", fri, "today", "DATE", "2024-08-23", ""},
		{"now", "The road is now open.", fri, "now", "DATE", "PRESENT_REF", ""},
		{"currently", "She currently leads the team.", fri, "currently", "DATE", "PRESENT_REF", ""},
		{"tonight", "The band plays tonight.", fri, "tonight", "TIME", "2024-08-23TNI", ""},
		{"past three years", "Rents doubled over the past three years.", fri, "the past three years", "DURATION", "P3Y", ""},
		{"recent years", "Floods grew worse in recent years.", fri, "recent years", "DURATION", "PXY", ""},
		{"third quarter", "Profit rose in the third quarter.", fri, "the third quarter", "DATE", "2024-Q3", ""},
		{"quarter adjective", "Its third-quarter profit rose.", fri, "third-quarter", "DATE", "2024-Q3", ""},
		{"fiscal year", "Revenue in fiscal 2023 rose.", fri, "fiscal 2023", "DATE", "2023", ""},
		{"decade", "Prices peaked in the 1990s.", fri, "the 1990s", "DATE", "199", ""},
		{"season", "The dam was finished last summer.", fri, "last summer", "DATE", "2023-SU", ""},
		{"every day", "Every day the queue grows.", fri, "Every day", "SET", "P1D", ""},
		{"daily", "The paper prints daily.", fri, "daily", "SET", "P1D", ""},
		{"weekly", "The club meets weekly.", fri, "weekly", "SET", "P1W", ""},
		{"clock pm", "The blast hit at 10:35 p.m. Thursday.", fri, "10:35 p.m. Thursday", "TIME", "2024-08-22T22:35", ""},
		{"clock am", "Doors open at 6 a.m.", fri, "6 a.m.", "TIME", "2024-08-23T06:00", ""},
		{"within hours", "A mediator will be named within 48 hours.", fri, "48 hours", "DURATION", "PT48H", ""},
		{"three-week", "A three-week strike idled the port.", fri, "three-week", "DURATION", "P3W", ""},
		{"next week", "Members vote next week.", fri, "next week", "DATE", "2024-W35", ""},
		{"full date", "He was born on March 26, 1996.", fri, "March 26, 1996", "DATE", "1996-03-26", ""},
		{"month year", "Work began in June 1994.", fri, "June 1994", "DATE", "1994-06", ""},
		{"early next year", "A vote is due early next year.", fri, "early next year", "DATE", "2025", "START"},
		{"thanksgiving", "He was rescued on Thanksgiving Day.", "1999-12-01", "Thanksgiving Day", "DATE", "1999-11-25", ""},
		{"spelled year", "It happened in nineteen ninety-six.", fri, "nineteen ninety-six", "DATE", "1996", ""},
		{"year's quarter", "Sales in 2007's third quarter were flat.", fri, "2007's third quarter", "DATE", "2007-Q3", ""},
		{"q quarter", "Sales jumped in Q3 2008.", fri, "Q3 2008", "DATE", "2008-Q3", ""},
		{"fiscal year number", "Profit in fiscal year 2008 fell.", fri, "fiscal year 2008", "DATE", "2008", ""},
		{"local time", "The quake struck at 10:30 local time.", fri, "10:30 local time", "TIME", "2024-08-23T10:30", ""},
		{"gmt", "Markets opened at 0830 GMT.", fri, "0830 GMT", "TIME", "2024-08-23T08:30", ""},
		{"until past", "The strike lasted until March 9th.", fri, "March 9th", "DATE", "2024-03-09", ""},
		{"quoted today", "\"Today,\" she said, \"we vote.\"", fri, "Today", "DATE", "2024-08-23", ""},
		{"the march adjective", "The March vote was close.", fri, "March", "DATE", "2024-03", ""},
		{"march month", "Prices rose in March for the third month.", fri, "March", "DATE", "2024-03", ""},
		{"takes effect", "The new rule takes effect on Jan. 1.", fri, "Jan. 1", "DATE", "2025-01-01", ""},
		{"takes place", "The vote takes place Sunday.", fri, "Sunday", "DATE", "2024-08-25", ""},
		{"until deadline", "The deadline was extended until Tuesday.", fri, "Tuesday", "DATE", "2024-08-27", ""},
		{"first half", "Sales in the first half of 2023 rose.", fri, "the first half of 2023", "DATE", "2023-H1", ""},
		{"that day", "He was shot on Oct. 23, 1998. That day, his family sent a fax.", fri, "That day", "DATE", "1998-10-23", ""},
		{"following year", "He was promoted in 1995 and the following year he left.", fri, "the following year", "DATE", "1996", ""},
		{"afternoon anchored", "On May 5, 2006 the board met again in the afternoon.", fri, "the afternoon", "TIME", "2006-05-05TAF", ""},
		{"no reference weekday", "The minister resigned on Tuesday.", "", "Tuesday", "DATE", "XXXX-WXX-2", ""},
		{"no reference yesterday", "Prices rose yesterday.", "", "yesterday", "DATE", "XXXX-XX-XX", ""},
		{"no reference month day", "The plan was agreed on May 31.", "", "May 31", "DATE", "XXXX-05-31", ""},
		{"no reference last year", "Sales fell last year.", "", "last year", "DATE", "XXXX", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ref time.Time
			if tc.ref != "" {
				ref = day(tc.ref)
			}
			a := &article.Article{Text: tc.text}
			var got *Timex
			tx := findTimexes(a, ref)
			for i := range tx {
				if tx[i].Text == tc.want {
					got = &tx[i]
				}
			}
			if got == nil {
				t.Fatalf("findTimexes(%q) = %+v, want %q", tc.text, tx, tc.want)
			}
			if got.Type != tc.typ || got.Value != tc.value || got.Mod != tc.mod {
				t.Errorf("findTimexes(%q): %q = %s %s %q, want %s %s %q", tc.text, got.Text, got.Type, got.Value, got.Mod, tc.typ, tc.value, tc.mod)
			}
		})
	}
}

// TestTimexPresentScheduled checks that a present-tense scheduling verb
// right before a weekday (or "on" and a weekday) points to the coming
// weekday, while past verbs, "says" and nouns keep the past reading.
func TestTimexPresentScheduled(t *testing.T) {
	const wed = "2025-03-12" // a Wednesday
	tests := []struct{ name, text, want, value string }{
		{"meets", "The committee meets Monday to review the budget.", "Monday", "2025-03-17"},
		{"plural meet", "Leaders meet Friday to sign the accord.", "Friday", "2025-03-14"},
		{"opens", "The museum opens Saturday after a long refit.", "Saturday", "2025-03-15"},
		{"plays on", "The team plays on Sunday against the visitors.", "Sunday", "2025-03-16"},
		{"pronoun vote on", "They vote on Monday, the union said.", "Monday", "2025-03-17"},
		{"plural resume", "Talks resume Tuesday in Vienna.", "Tuesday", "2025-03-18"},
		{"launches", "The agency launches Friday from the coast.", "Friday", "2025-03-14"},
		{"will meet", "The envoys will meet Friday in Oslo.", "Friday", "2025-03-14"},
		{"said", "The minister said Monday that talks would go on.", "Monday", "2025-03-10"},
		{"says", "The minister says Monday was a bad day.", "Monday", "2025-03-10"},
		{"met", "The two sides met Monday in Geneva.", "Monday", "2025-03-10"},
		{"ended", "The strike ended Friday after a week.", "Friday", "2025-03-07"},
		{"did not meet", "The board did not meet Monday as planned.", "Monday", "2025-03-10"},
		{"noun vote", "The vote Monday was close.", "Monday", "2025-03-10"},
		{"noun votes", "Two votes Monday drew protests.", "Monday", "2025-03-10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tx := findTimexes(&article.Article{Text: tc.text}, day(wed))
			for _, x := range tx {
				if x.Text == tc.want {
					if x.Value != tc.value {
						t.Errorf("findTimexes(%q): %q = %s, want %s", tc.text, x.Text, x.Value, tc.value)
					}
					return
				}
			}
			t.Fatalf("findTimexes(%q) = %+v, want %q", tc.text, tx, tc.want)
		})
	}
}

// TestTimexNotTagged checks expressions that are not time expressions.
func TestTimexNotTagged(t *testing.T) {
	for _, text := range []string{
		"The 6-year-old boy stayed with relatives.",
		"Mr. Reupke, 52 years old, resigned.",
		"The bill may pass.",
		"Prices rose 1,990 percent.",
		"Troops will march on the capital.",
		"The company raised its quarterly dividend.",
		"Farmers March On Parliament Over Fuel Prices",
		"Thousands joined the annual March for Peace.",
		"She spoke on the show \"This Week\" about the vote.",
		"He told ``60 Minutes'' that he would stay.",
		"The striker scored twice in the second half.",
		"She won the first half of the race.",
		"He told the Daily Mail he would stay.",
		"Crowds celebrated the fall of the wall.",
		"The casino trade has been in a free-fall.",
		"He spoke on Breitbart News Daily about it.",
		"He hoped for a second-place finish.",
		"The story ran in USA Today on the front page.",
	} {
		t.Run(text, func(t *testing.T) {
			if tx := findTimexes(&article.Article{Text: text}, day("2024-08-23")); len(tx) != 0 {
				t.Errorf("findTimexes(%q) = %+v, want none", text, tx)
			}
		})
	}
}

func portStrike(t testing.TB) *article.Article {
	t.Helper()
	a, err := article.ParseText(strings.NewReader(sample.Text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestPortStrikeTimexes checks every time expression of the sample brief,
// published Friday 2025-03-14.
func TestPortStrikeTimexes(t *testing.T) {
	a := portStrike(t)
	ref := day("2025-03-14")
	got := map[string][]string{}
	for _, x := range findTimexes(a, ref) {
		if a.Text[x.Start:x.End] != x.Text {
			t.Errorf("span %d:%d = %q, Text %q", x.Start, x.End, a.Text[x.Start:x.End], x.Text)
		}
		got[x.Text] = append(got[x.Text], x.Type+" "+x.Value+" "+x.Mod)
	}
	want := map[string][]string{
		"Friday":          {"DATE 2025-03-14 ", "DATE 2025-03-07 "},
		"Tuesday":         {"DATE 2025-03-11 "},
		"late last month": {"DATE 2025-02 END"},
		"last week":       {"DATE 2025-W10 "},
		"next week":       {"DATE 2025-W12 "},
		"February 21":     {"DATE 2025-02-21 "},
		"March 21":        {"DATE 2025-03-21 "},
		"Thursday night":  {"TIME 2025-03-13TNI "},
		"Saturday":        {"DATE 2025-03-15 "},
		"this year":       {"DATE 2025 "},
		"2026":            {"DATE 2026 "},
		"three-week":      {"DURATION P3W "},
		"48 hours":        {"DURATION PT48H "},
		"Every day":       {"SET P1D "},
		"Wednesday":       {"DATE 2025-03-12 "},
	}
	for text, vals := range want {
		if strings.Join(got[text], "|") != strings.Join(vals, "|") {
			t.Errorf("%q = %q, want %q", text, got[text], vals)
		}
	}
}

// TestTimexHeadline checks that a headline's expressions are tagged and
// that the headline "subject to verb" form reads as a future.
func TestTimexHeadline(t *testing.T) {
	const fri = "2024-08-23"
	tests := []struct{ name, head, want, value string }{
		{"to verb future", "Minister to visit Orlin on Sunday", "Sunday", "2024-08-25"},
		{"present past", "Dockers end strike on Tuesday", "Tuesday", "2024-08-20"},
		{"rises to number", "Jobless rate rises to 6% in July", "July", "2024-07"},
		{"falls to record", "Shares fall to record low on Monday", "Monday", "2024-08-19"},
		{"year", "Port to close in 2026", "2026", "2026"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := article.ParseText(strings.NewReader(tc.head + "\n\nOfficials said more details would follow.\n"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, x := range findTimexes(a, day(fri)) {
				if x.Text == tc.want {
					got = append(got, x.Value)
				}
			}
			if len(got) != 1 || got[0] != tc.value {
				t.Errorf("headline %q: %q = %q, want %q", tc.head, tc.want, got, tc.value)
			}
		})
	}
}

// TestTxFormat checks the hand-written date formatters against the
// standard library over a span of days, years included.
func TestTxFormat(t *testing.T) {
	for d := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC); d.Year() < 2101; d = d.AddDate(0, 0, 13) {
		y, w := d.ISOWeek()
		checks := []struct{ got, want string }{
			{txFmtDay(d), d.Format("2006-01-02")},
			{txFmtMonth(d.Year(), int(d.Month())), d.Format("2006-01")},
			{txFmtWeek(d), fmt.Sprintf("%04d-W%02d", y, w)},
			{txFmtYear(d.Year()), d.Format("2006")},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Fatalf("%v: got %q, want %q", d, c.got, c.want)
			}
		}
		if got, ok := parseDay(txFmtDay(d)); !ok || !got.Equal(d) {
			t.Fatalf("parseDay(%q) = %v, %v", txFmtDay(d), got, ok)
		}
	}
	for _, bad := range []string{"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "abcd-01-01", "2024-1-01", "2024-01-1x", ""} {
		if _, ok := parseDay(bad); ok {
			t.Errorf("parseDay(%q) accepted", bad)
		}
	}
	if got := txFmtYear(12345); got != "12345" {
		t.Errorf("txFmtYear(12345) = %q", got)
	}
}

// TestTimexResolutionRules checks the TimeML resolution rules added for
// value accuracy, each on sentences written for the test: the expression
// (Text), its type and value.
func TestTimexResolutionRules(t *testing.T) {
	const fri, mon, autumn = "2024-08-23", "2024-08-26", "2024-11-05"
	tests := []struct{ name, text, ref, want, typ, value string }{
		// a day after a clock time takes the tense cues before the clock
		{"until clock weekday", "The agency gave the family until 9 a.m. Tuesday to reply.", fri, "9 a.m. Tuesday", "TIME", "2024-08-27T09:00"},
		{"has until", "The council has until Monday to decide.", fri, "Monday", "DATE", "2024-08-26"},
		{"lasted until", "The siege lasted until Monday.", fri, "Monday", "DATE", "2024-08-19"},
		// "planning to": a coming event whatever the auxiliary's tense
		{"planning to", "The families were planning to march on Sunday.", fri, "Sunday", "DATE", "2024-08-25"},
		{"hoping to", "Rescuers are hoping to reach the valley Tuesday.", fri, "Tuesday", "DATE", "2024-08-27"},
		// present scheduling verb after a conjoined subject, across an adverb
		{"conjoined subject", "The premier and the envoy meet separately Tuesday with the mediators.", fri, "Tuesday", "DATE", "2024-08-27"},
		{"past adverb", "The premier and the envoy met separately Tuesday.", fri, "Tuesday", "DATE", "2024-08-20"},
		// "this past" / "this coming" season: the last one over, the next one to begin
		{"this past spring", "The plant closed this past spring.", autumn, "this past spring", "DATE", "2024-SP"},
		{"this coming winter", "Prices may rise this coming winter.", autumn, "this coming winter", "DATE", "2024-WI"},
		{"this coming spring", "The bridge opens this coming spring.", autumn, "this coming spring", "DATE", "2025-SP"},
		// "the following month", "the previous Friday": anaphoric to the date in focus
		{"following month", "In March, the club hired a coach. The following month, it sold the ground.", fri, "The following month", "DATE", "2024-04"},
		{"previous month anchored", "Exports rose in May 2019 from the previous month.", fri, "the previous month", "DATE", "2019-04"},
		{"previous friday", "Stocks closed lower Friday, down 3% from the previous Friday.", mon, "the previous Friday", "DATE", "2024-08-16"},
		{"previous friday no anchor", "Stocks were down 3% from the previous Friday.", mon, "the previous Friday", "DATE", "2024-08-23"},
		{"previous quarter anchored", "Sales rose in the third quarter of 2019 from the previous quarter.", fri, "the previous quarter", "DATE", "2019-Q2"},
		{"following week anchored", "The deal was signed on May 3, 2021. The following week, the firm sold its stake.", fri, "The following week", "DATE", "2021-W19"},
		// a possessive weekday names its own event: the clause's tense is another verb's
		{"possessive weekday", "Lawyers would look for ways around Wednesday's ruling.", fri, "Wednesday", "DATE", "2024-08-21"},
		{"ahead of possessive", "Voters were nervous ahead of Sunday's election.", fri, "Sunday", "DATE", "2024-08-25"},
		{"holds on", "Nevada holds its caucuses on Saturday, a poll shows.", "2016-02-18", "Saturday", "DATE", "2016-02-20"},
		{"testifies", "Yellen testifies before the committee on Thursday.", "2015-12-01", "Thursday", "DATE", "2015-12-03"},
		{"slated for", "She canceled a rally slated for Wednesday.", "2016-06-13", "Wednesday", "DATE", "2016-06-15"},
		{"hoped for", "Aides hoped for a strong finish on Tuesday.", "2016-02-11", "Tuesday", "DATE", "2016-02-09"},
		// "earlier" counts from the date in focus, "ago" from the reference
		{"days earlier anchored", "He was shot on Oct. 23, 1998. Two days earlier, police saw the car.", fri, "Two days earlier", "DATE", "1998-10-21"},
		{"year earlier far anchor", "The court ruled in March 2012, nearly a year earlier than expected.", fri, "nearly a year earlier", "DATE", "2011"},
		{"year earlier report", "Profit rose to $5 million from $4 million a year earlier.", fri, "a year earlier", "DATE", "2023"},
		{"days ago", "He was shot on Oct. 23, 1998. Police said two days ago that they had a suspect.", fri, "two days ago", "DATE", "2024-08-21"},
		// a bare season is placed like a month by tense and distance
		{"past season", "Sales peaked in the summer.", "2016-01-10", "the summer", "DATE", "2015-SU"},
		{"coming season", "The plant will reopen in the spring.", "2016-01-10", "the spring", "DATE", "2016-SP"},
		// the month May is no modal
		{"may month not modal", "Adults were polled from May 13 through Sunday.", "2016-05-27", "Sunday", "DATE", "2016-05-22"},
		{"may modal", "Officials said the ship may sail Sunday.", "2016-05-27", "Sunday", "DATE", "2016-05-29"},
		// a cue past "because" or a closing quote belongs to another clause
		{"because of", "Fans will march because of the shooting on Friday.", "2016-08-28", "Friday", "DATE", "2016-08-26"},
		{"quote then said", "\"There is a vote on Tuesday,\" she said.", "2016-06-27", "Tuesday", "DATE", "2016-06-28"},
		// a present clause does not send a coming month back a year
		{"present month ahead", "Trump is the likely nominee in November.", "2016-03-15", "November", "DATE", "2016-11"},
		{"month of next year", "Leaders agreed to a plan by March of next year.", "2016-09-18", "March of next year", "DATE", "2017-03"},
		{"month of that year", "He took office in January 2009 and the rate peaked in October of that year.", fri, "October of that year", "DATE", "2009-10"},
		// early in the week, a weekend without tense is the one just past
		{"weekend monday", "Protests over the weekend drew crowds.", "2016-05-02", "the weekend", "DATE", "2016-W17-WE"},
		// a weekday with a plural day part is a set
		{"plural nights", "Buses run late on Saturday nights.", fri, "Saturday nights", "SET", "XXXX-WXX-6TNI"},
		{"distributed nights", "Buses run late on Friday and Saturday nights.", fri, "Friday", "SET", "XXXX-WXX-5TNI"},
		// "one day" after a modal is some day to come
		{"will one day", "She believes the town will one day host the games.", fri, "one day", "DATE", "FUTURE_REF"},
		{"one day duration", "The strike lasted one day.", fri, "one day", "DURATION", "P1D"},
		// a coming quarter does not take the focus from the quarter reported
		{"coming quarter focus", "The firm posted higher third-quarter profit. It will take a fourth-quarter charge. In the latest quarter, sales rose.", autumn, "the latest quarter", "DATE", "2024-Q3"},
		{"due to cause", "The firm will pay a dividend in January. It cut the payout due to its third-quarter loss. In the year-ago quarter, it earned $2 million.", autumn, "the year-ago quarter", "DATE", "2023-Q3"},
		// halves: a match's half is no date; a business half is
		{"half of last year", "The mine was shut for the second half of last year.", fri, "the second half of last year", "DATE", "2023-H2"},
		{"business half", "Profit rose 8% in the first half.", fri, "the first half", "DATE", "2024-H1"},
		// some day to come
		{"dreams of one day", "The boy dreams of one day playing for the national team.", fri, "one day", "DATE", "FUTURE_REF"},
		{"one day he will", "Hopefully one day he will coach abroad.", fri, "one day", "DATE", "FUTURE_REF"},
		// "the following summer": the year after the one in focus
		{"following summer", "He joined on loan in 2011 and signed for good the following summer.", fri, "the following summer", "DATE", "2012-SU"},
		// a weekday named with a day and month picks the year they agree in
		{"weekday fixes year", "The shop opens on Thursday 16th April.", "2015-07-23", "Thursday 16th April", "DATE", "2015-04-16"},
		{"earlier quarter keeps focus", "The mill posted higher third-quarter profit. After a weak second quarter, prices rose. In the year-earlier period, it lost money.", autumn, "the year-earlier period", "DATE", "2023-Q3"},
		{"unfinished quarter keeps focus", "The insurer posted third-quarter net income. It has no estimate of fourth-quarter claims. In the latest quarter, auto losses grew.", autumn, "the latest quarter", "DATE", "2024-Q3"},
		{"expect coming quarter", "The firm posted a third-quarter loss. Analysts expect weakness into the fourth quarter. In the year-ago period, it earned $2 million.", autumn, "the year-ago period", "DATE", "2023-Q3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tx := findTimexes(&article.Article{Text: tc.text}, day(tc.ref))
			for _, x := range tx {
				if x.Text == tc.want {
					if x.Type != tc.typ || x.Value != tc.value {
						t.Errorf("findTimexes(%q): %q = %s %s, want %s %s", tc.text, x.Text, x.Type, x.Value, tc.typ, tc.value)
					}
					return
				}
			}
			t.Fatalf("findTimexes(%q) = %+v, want %q", tc.text, tx, tc.want)
		})
	}
}
