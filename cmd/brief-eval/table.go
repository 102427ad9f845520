package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/brief-reader/brief/internal/eval"
)

func pct(x float64) string { return fmt.Sprintf("%5.1f", 100*x) }

func pctPtr(x *float64) string {
	if x == nil {
		return "  -  "
	}
	return pct(*x)
}

func prfLine(w io.Writer, label string, d eval.PRF, extra string) {
	fmt.Fprintf(w, "  %-22s P %s  R %s  F1 %s   (tp %d, sys %d, gold %d)%s\n",
		label, pct(d.P), pct(d.R), pct(d.F1), d.TP, d.NSys, d.NGold, extra)
}

func rougeLine(w io.Writer, label string, r eval.Rouge) {
	fmt.Fprintf(w, "  %-22s %7s %7s %7s\n", label, pct(r.R1), pct(r.R2), pct(r.RL))
}

// printCorpus prints one corpus's scores as a compact table.
func printCorpus(w io.Writer, cr corpusReport) {
	r := cr.Result
	fmt.Fprintf(w, "%s  (%s)  docs %d, with output %d, missing %d", r.Corpus, r.Task,
		r.Docs.Gold, r.Docs.WithOutput, r.Docs.Missing)
	if r.Offsets.Checked > 0 {
		fmt.Fprintf(w, ", offsets ok %s%%", pctPtr(r.Offsets.Rate))
	}
	fmt.Fprintln(w)
	switch m := r.Metrics.(type) {
	case eval.SummaryScore:
		fmt.Fprintf(w, "  %-22s %7s %7s %7s\n", "ROUGE F1", "R-1", "R-2", "R-L")
		rougeLine(w, "key sentences", m.System)
		rougeLine(w, "lead-3", m.Lead3)
		if m.Lead3GoldLines != nil {
			rougeLine(w, "lead-3 (gold lines)", *m.Lead3GoldLines)
		}
		fmt.Fprintf(w, "  %-22s %+7.1f %+7.1f %+7.1f\n", "key - lead-3",
			100*(m.System.R1-m.Lead3.R1), 100*(m.System.R2-m.Lead3.R2), 100*(m.System.RL-m.Lead3.RL))
		if s := m.Sentences; s != nil {
			prfLine(w, "sentences vs extract", s.System.PRF, fmt.Sprintf(", neutral %d", s.System.Neutral))
			prfLine(w, "lead-k vs extract", s.LeadK.PRF, fmt.Sprintf(", neutral %d", s.LeadK.Neutral))
		}
	case eval.QuotesScore:
		prfLine(w, "quotes overlap>=50%", m.Overlap50, "")
		prfLine(w, "quotes lenient", m.Lenient.PRF, fmt.Sprintf(", neutral %d", m.Lenient.Neutral))
		prfLine(w, "quotes exact span", m.Exact, "")
		fmt.Fprintf(w, "  %-22s %s%%  (%d of %d scoreable, %d matched)\n", "speaker accuracy",
			pctPtr(m.Speaker.Accuracy), m.Speaker.Correct, m.Speaker.Scoreable, m.Speaker.Matched)
	case eval.TimexScore:
		prfLine(w, "timex strict", m.Strict, "")
		prfLine(w, "timex relaxed", m.Relaxed, "")
		prfLine(w, "timex value", m.Value, "")
		fmt.Fprintf(w, "  %-22s %s%%  (%d of %d relaxed pairs)\n", "type accuracy",
			pctPtr(m.Type.Accuracy), m.Type.Correct, m.Type.Pairs)
	case eval.FiguresScore:
		prfLine(w, "figures value", m.Value, "")
		prfLine(w, "figures value+unit", m.ValueUnit, "")
	}
	if cr.Split != nil {
		prfLine(w, "sentence split", *cr.Split, " boundaries")
	}
	if cr.Failed > 0 {
		fmt.Fprintf(w, "  %d documents failed (see stderr); they score zero\n", cr.Failed)
	}
}

// printSeed prints the seed check of one article.
func printSeed(w io.Writer, r eval.SeedResult) {
	verdict := "FAIL"
	if r.Pass() {
		verdict = "PASS"
	}
	fmt.Fprintf(w, "seed %s  %s\n", r.Name, verdict)
	fmt.Fprintf(w, "  %-22s %d/%d with the right speaker (%d found)\n", "quotes", r.QuotesRight, r.Quotes, r.QuotesFound)
	fmt.Fprintf(w, "  %-22s %d/%d right\n", "timeline dates", r.DatesRight, r.Dates)
	fmt.Fprintf(w, "  %-22s %d/%d with value and unit (%d by value)\n", "figures", r.FiguresRight, r.Figures, r.FiguresValue)
	fmt.Fprintf(w, "  %-22s %d of %d picks are gold key sentences (gold has %d)\n", "key sentences",
		r.KeyMatched, r.KeyPicked, r.KeyGold)
	for _, m := range r.Misses {
		fmt.Fprintf(w, "    - %s\n", m)
	}
}

func prfCell(d eval.PRF) string {
	return fmt.Sprintf("%.1f / %.1f / **%.1f**", 100*d.P, 100*d.R, 100*d.F1)
}

func rougeCell(r eval.Rouge) string {
	return fmt.Sprintf("%.1f / %.1f / %.1f", 100*r.R1, 100*r.R2, 100*r.RL)
}

// printMarkdown prints the headline numbers of every corpus and seed as one
// Markdown table (for docs/QUALITY.md).
func printMarkdown(w io.Writer, rep report) {
	fmt.Fprintln(w, "| corpus | metric | brief | baseline in the same run |")
	fmt.Fprintln(w, "|---|---|---|---|")
	row := func(c, m, v, b string) { fmt.Fprintf(w, "| %s | %s | %s | %s |\n", c, m, v, b) }
	for _, cr := range rep.Corpora {
		c := fmt.Sprintf("%s (%d docs)", cr.Corpus, cr.Docs.Gold)
		switch m := cr.Metrics.(type) {
		case eval.SummaryScore:
			row(c, "ROUGE-1 / 2 / L F1", rougeCell(m.System), "Lead-3 "+rougeCell(m.Lead3))
			if s := m.Sentences; s != nil {
				row(c, "sentences vs extract P / R / F1", prfCell(s.System.PRF), "Lead-3 "+prfCell(s.LeadK.PRF))
			}
		case eval.QuotesScore:
			row(c, "quotes, overlap ≥ 50% P / R / F1", prfCell(m.Overlap50), "")
			row(c, "quotes, lenient (mixed) P / R / F1", prfCell(m.Lenient.PRF), "")
			row(c, "quotes, exact span P / R / F1", prfCell(m.Exact), "")
			row(c, "speaker accuracy", strings.TrimSpace(pctPtr(m.Speaker.Accuracy))+fmt.Sprintf(" (%d of %d)",
				m.Speaker.Correct, m.Speaker.Scoreable), "")
		case eval.TimexScore:
			row(c, "timex strict P / R / F1", prfCell(m.Strict), "")
			row(c, "timex relaxed P / R / F1", prfCell(m.Relaxed), "")
			row(c, "timex value P / R / F1", prfCell(m.Value), "")
			row(c, "type accuracy", strings.TrimSpace(pctPtr(m.Type.Accuracy)), "")
		case eval.FiguresScore:
			row(c, "figures value P / R / F1", prfCell(m.Value), "")
			row(c, "figures value+unit P / R / F1", prfCell(m.ValueUnit), "")
		}
		if cr.Split != nil {
			row(c, "sentence split (boundaries) P / R / F1", prfCell(*cr.Split), "")
		}
	}
	for _, r := range rep.Seeds {
		c := "seed " + r.Name
		row(c, "quotes with the right speaker", fmt.Sprintf("%d / %d (%d found)", r.QuotesRight, r.Quotes, r.QuotesFound), "")
		row(c, "timeline dates right", fmt.Sprintf("%d / %d", r.DatesRight, r.Dates), "")
		row(c, "figures (value, and unit where given)", fmt.Sprintf("%d / %d (%d by value)", r.FiguresRight, r.Figures, r.FiguresValue), "")
		row(c, "key sentences in gold", fmt.Sprintf("%d of %d picks (gold %d)", r.KeyMatched, r.KeyPicked, r.KeyGold), "")
	}
}
