package ui

import (
	"bytes"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-reader/brief/internal/clipboard"
	"github.com/brief-reader/brief/internal/render"
)

// stepQuote selects the next (d = 1) or previous (d = -1) quote, wrapping,
// and shows it in the article.
func (m *Model) stepQuote(d int) {
	n := len(m.quotes())
	if m.stillAnalysing() {
		return
	}
	if n == 0 {
		m.setStatus("no quotes in this article", true)
		return
	}
	m.selectQuote(wrapStep(m.quoteSel, n, d))
}

// wrapStep returns the index d steps from sel among n items, wrapping; a
// backward step from no selection (sel < 0) lands on the last item.
func wrapStep(sel, n, d int) int {
	i := sel + d
	if sel < 0 && d < 0 {
		i = n - 1
	}
	return ((i % n) + n) % n
}

// selectQuote selects quote i, scrolls the quotes pane to it and the
// article so it shows with a line of context above.
func (m *Model) selectQuote(i int) {
	q := m.quotes()[i]
	m.quoteSel = i
	m.updateSelMarks()
	m.keepVisible()
	m.showOffset(q.Start)
	who := q.Speaker
	if who == "" {
		who = "unknown speaker"
	}
	m.setStatus(who, false)
}

// stepEvent selects the next or previous timeline event, wrapping.
func (m *Model) stepEvent(d int) {
	n := len(m.events())
	if m.stillAnalysing() {
		return
	}
	if n == 0 {
		m.setStatus("no dated events in this article", true)
		return
	}
	m.selectEvent(wrapStep(m.eventSel, n, d))
}

// selectEvent selects event i and shows its sentence in the article.
func (m *Model) selectEvent(i int) {
	ev := m.events()[i]
	m.eventSel = i
	m.updateSelMarks()
	m.keepVisible()
	off := -1
	if ev.Timex >= 0 && ev.Timex < len(m.e.S.Timexes) {
		off = m.e.S.Timexes[ev.Timex].Start
	} else if ev.Sentence >= 0 && ev.Sentence < len(m.e.A.Sentences) {
		off = m.e.A.Sentences[ev.Sentence].Start
	}
	if off >= 0 {
		m.showOffset(off)
	}
	m.setStatus(position("event", i+1, len(m.events()))+" · "+ev.Label, false)
}

// cycleSpeaker goes to the selected speaker's next quote.
func (m *Model) cycleSpeaker() {
	qs := m.quotes()
	if m.stillAnalysing() {
		return
	}
	if len(qs) == 0 {
		m.setStatus("no quotes in this article", true)
		return
	}
	if m.quoteSel < 0 {
		m.selectQuote(0)
		return
	}
	who := qs[m.quoteSel].Speaker
	var same []int
	k := 0
	for i, q := range qs {
		if q.Speaker == who {
			if i == m.quoteSel {
				k = len(same)
			}
			same = append(same, i)
		}
	}
	k = (k + 1) % len(same)
	m.selectQuote(same[k])
	if who == "" {
		who = "unknown speaker"
	}
	m.setStatus(fmt.Sprintf("%s: quote %d/%d", who, k+1, len(same)), false)
}

// stillAnalysing says so in the status line while the analysis of a long
// article runs, and reports whether it does.
func (m *Model) stillAnalysing() bool {
	if m.e.Pending {
		m.setStatus("still analysing the article; try again in a moment", true)
	}
	return m.e.Pending
}

// jumpSelected shows the selected quote or event of the focused pane.
func (m *Model) jumpSelected() {
	switch m.focus {
	case paneQuotes:
		if len(m.quotes()) > 0 {
			m.selectQuote(max(m.quoteSel, 0))
		}
	case paneTimeline:
		if len(m.events()) > 0 {
			m.selectEvent(max(m.eventSel, 0))
		}
	}
}

// briefMarkdown is the formatted brief, exactly what
// `brief summarize --format markdown` prints.
func (m *Model) briefMarkdown() string {
	var b bytes.Buffer
	if err := render.Markdown(&b, m.e.A, m.e.S); err != nil {
		return ""
	}
	return b.String()
}

// quoteMarkdown is the selected quote with attribution, source and date.
func (m *Model) quoteMarkdown() (string, bool) {
	if m.quoteSel < 0 || m.quoteSel >= len(m.quotes()) {
		return "", false
	}
	return render.QuoteMarkdown(m.e.A, m.quotes()[m.quoteSel]), true
}

func (m *Model) copyBrief() tea.Cmd {
	if m.stillAnalysing() {
		return nil
	}
	return m.copyText(m.briefMarkdown(), "summary")
}

func (m *Model) copyQuote() tea.Cmd {
	text, ok := m.quoteMarkdown()
	if !ok {
		m.setStatus("no quote selected: press ] first", true)
		return nil
	}
	return m.copyText(text, "quote")
}

// copyText sends text to the terminal's clipboard with OSC 52 (also
// wrapped for tmux or screen passthrough) and to the native clipboard when
// the session is local, and says what it did in the status line.
func (m *Model) copyText(text, what string) tea.Cmd {
	getenv := m.opts.Getenv
	mux := clipboard.Detect(getenv)
	msg := fmt.Sprintf("%s copied (%s)", what, humanSize(len(text)))
	var cmds []tea.Cmd
	seq, err := clipboard.OSC52(text, mux)
	switch {
	case err != nil:
		msg = fmt.Sprintf("%s not sent to the terminal (%s): %s", what, humanSize(len(text)), err)
	case mux == clipboard.None:
		cmds = append(cmds, tea.SetClipboard(text))
		msg += " via OSC 52"
	default:
		// Plain OSC 52 reaches tmux's own clipboard (set-clipboard on);
		// the wrapped copy passes through to the outer terminal.
		cmds = append(cmds, tea.SetClipboard(text), tea.Raw(seq))
		msg += " via OSC 52 (through " + muxName(mux) + ")"
	}
	ssh := getenv("SSH_CONNECTION") != "" || getenv("SSH_TTY") != "" || getenv("SSH_CLIENT") != ""
	if !ssh {
		cmds = append(cmds, nativeCopyCmd(m.opts.NativeCopy, text))
	}
	m.lastCopy = text
	m.setStatus(msg, err != nil)
	m.copyStatus = m.status
	return tea.Batch(cmds...)
}

func muxName(mux clipboard.Multiplexer) string {
	if mux == clipboard.Screen {
		return "screen"
	}
	return "tmux"
}

// handleNativeCopied adds the native clipboard's answer to the copy's
// status message, unless something else has been said since.
func (m *Model) handleNativeCopied(err error) {
	if m.status != m.copyStatus || m.status == "" {
		return
	}
	switch {
	case errors.Is(err, clipboard.ErrNoNative):
		m.status += " · no system clipboard tool"
	case err != nil:
		m.status += " · system clipboard: " + err.Error()
	default:
		m.status += " and the system clipboard"
	}
	m.copyStatus = m.status
}

// humanSize formats a byte count: "812 B", "1.4 KB", "2.0 MB".
func humanSize(n int) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f KB", float64(n)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
