package web

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt/audit"
)

// auditView is the audit page: the form, and after a check the text with
// each result marked and the list of checks.
type auditView struct {
	Text, Alpha string
	Done        bool
	Segments    []segment
	Checks      []checkView
	Counts      []verdictCount
}

// segment is a run of the checked text: plain, or a marked result with
// the numbers of its checks.
type segment struct {
	Text    string
	Mark    bool
	Class   string // the worst verdict of its checks, as a CSS class
	Anchor  string // id of the mark, the list's link target
	Nums    []int  // the checks' numbers (1-based)
	Verdict string // the worst verdict's name, in the page's language
}

// checkView is one check in the page's language.
type checkView struct {
	Num                                         int
	Class, Verdict                              string
	Claim, Reported, Recomputed, Explain, Where string
	Anchor                                      string // "" when the check has no place in the text
}

type verdictCount struct {
	Class, Verdict string
	N              int
}

// severity orders verdicts from the worst.
var severity = []audit.Verdict{audit.DecisionError, audit.Inconsistent, audit.ReportingError, audit.NotDerivable, audit.Consistent}

func (s *Server) auditPage(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		s.get(func(w http.ResponseWriter, r *http.Request, ss *session) {
			p := s.newPage(r, ss, "audit")
			p.Audit = &auditView{}
			s.render(w, http.StatusOK, "audit", p)
		})(w, r)
	default:
		s.post(s.auditCheck)(w, r)
	}
}

func (s *Server) auditCheck(w http.ResponseWriter, r *http.Request, ss *session) {
	f, err := s.readForm(w, r, MaxText, MaxText+maxForm)
	p := s.newPage(r, ss, "audit")
	v := &auditView{}
	p.Audit = v
	if errors.Is(err, errTooLarge) {
		p.Error = fmt.Sprintf(p.W.ErrTextTooLong, MaxText)
		s.render(w, http.StatusRequestEntityTooLarge, "audit", p)
		return
	}
	if err != nil || !csrfOK(ss, f.fields["csrf"]) {
		s.fail(w, r, ss, http.StatusForbidden, func(ww *i18n.WebWords) string { return ww.ErrForbidden })
		return
	}
	text := strings.ReplaceAll(f.fields["text"], "\r\n", "\n")
	v.Alpha = strings.TrimSpace(f.fields["alpha"])
	if bytes.HasPrefix(f.file, []byte("%PDF-")) {
		p.Error = p.W.ErrPDF
		s.render(w, http.StatusUnprocessableEntity, "audit", p)
		return
	}
	if len(f.file) > 0 {
		text = strings.ReplaceAll(string(f.file), "\r\n", "\n")
		if isHTML(f.fileName, text) {
			text = audit.HTMLText(text)
		}
	}
	v.Text = text
	if strings.TrimSpace(text) == "" {
		p.Error = p.W.ErrNoText
		s.render(w, http.StatusBadRequest, "audit", p)
		return
	}
	if len(text) > MaxText {
		p.Error = fmt.Sprintf(p.W.ErrTextTooLong, MaxText)
		v.Text = ""
		s.render(w, http.StatusRequestEntityTooLarge, "audit", p)
		return
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		v.Text = text
	}
	var o audit.ScanOptions
	if v.Alpha != "" {
		a, err := strconv.ParseFloat(strings.Replace(v.Alpha, ",", ".", 1), 64)
		if err != nil || !(a > 0 && a < 1) {
			p.Error = p.W.ErrAlpha
			s.render(w, http.StatusBadRequest, "audit", p)
			return
		}
		o.Alpha = a
	}
	checks, err := audit.Scan(text, o)
	if err != nil {
		p.Error = fmt.Sprintf(p.W.ErrAnalysis, err.Error())
		s.render(w, http.StatusBadRequest, "audit", p)
		return
	}
	v.Done = true
	v.Segments, v.Checks = highlight(text, checks, p.Lang)
	for _, sv := range severity {
		n := 0
		for _, c := range checks {
			if c.Verdict == sv {
				n++
			}
		}
		if n > 0 {
			v.Counts = append(v.Counts, verdictCount{Class: verdictClass(sv), Verdict: verdictName(sv, p.Lang), N: n})
		}
	}
	s.render(w, http.StatusOK, "audit", p)
}

// isHTML tells an HTML file by its name or its first tag.
func isHTML(name, text string) bool {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") {
		return true
	}
	t := strings.ToLower(strings.TrimSpace(text))
	return strings.HasPrefix(t, "<!doctype html") || strings.HasPrefix(t, "<html")
}

func verdictClass(v audit.Verdict) string { return "v-" + strings.ReplaceAll(string(v), "_", "-") }

func verdictName(v audit.Verdict, l i18n.Lang) string {
	if n := l.Report().Verdicts[string(v)]; n != "" {
		return n
	}
	return string(v)
}

// reSource reads a check's Source: "line N, column C" or "lines N-M,
// column C" (audit.Scan's form).
var reSource = regexp.MustCompile(`^lines? (\d+)(?:-\d+)?, column (\d+)`)

// lineStarts are the byte offsets at which the lines of text begin.
func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// offset is the byte offset of line ln (1-based), rune column col
// (1-based) in text, whose lines begin at starts, or -1.
func offset(text string, starts []int, ln, col int) int {
	if ln < 1 || ln > len(starts) {
		return -1
	}
	i := starts[ln-1]
	for c := 1; c < col; c++ {
		if i >= len(text) || text[i] == '\n' {
			return -1
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return i
}

// clauseEnd is where the result that starts at a ends: the first ';',
// the end of the sentence (a '.' before white space or the end, which a
// decimal point never is), a blank line or a ')' or ']' closing a bracket
// opened before a; at most 240 bytes on.
func clauseEnd(text string, a int) int {
	depth := 0
	limit := min(len(text), a+240)
	for i := a; i < limit; i++ {
		switch text[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth == 0 {
				return i
			}
			depth--
		case ';':
			if depth == 0 {
				return i
			}
		case '.':
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '\t' {
				return i
			}
		case '\n':
			if i+1 < len(text) && text[i+1] == '\n' {
				return i
			}
		}
	}
	for limit > a && limit < len(text) && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// highlight cuts text into segments, each check's result marked: a
// result of audit.Scan's over its Span (statistic through p-value), a
// check placed only by its Source's line and column to the end of its
// clause. Checks at the same place share one mark; a mark ends where the
// next begins. Checks
// without a place in the text are listed only.
func highlight(text string, checks []audit.Check, l i18n.Lang) ([]segment, []checkView) {
	type span struct {
		a, b int
		nums []int
	}
	var spans []*span
	views := make([]checkView, len(checks))
	byStart := map[int]*span{}
	starts := lineStarts(text)
	for i, c := range checks {
		t := c.Text(l)
		views[i] = checkView{Num: i + 1, Class: verdictClass(c.Verdict), Verdict: verdictName(c.Verdict, l),
			Claim: t.Claim, Reported: t.Reported, Recomputed: t.Recomputed, Explain: t.Explanation, Where: c.Source}
		var a, b int
		if c.Span != nil && c.Span.End <= len(text) && c.Span.Start < c.Span.End {
			// A result of Scan's: its own bytes, statistic through p.
			a, b = c.Span.Start, c.Span.End
		} else {
			// A check Scan places by line and column only (a table's
			// percentages): to the end of its clause.
			m := reSource.FindStringSubmatch(c.Source)
			if m == nil {
				continue
			}
			ln, _ := strconv.Atoi(m[1])
			col, _ := strconv.Atoi(m[2])
			if a = offset(text, starts, ln, col); a < 0 {
				continue
			}
			b = clauseEnd(text, a)
		}
		sp := byStart[a]
		if sp == nil {
			sp = &span{a: a, b: b}
			byStart[a] = sp
			spans = append(spans, sp)
		}
		sp.b = max(sp.b, b)
		sp.nums = append(sp.nums, i+1)
	}
	slices.SortFunc(spans, func(x, y *span) int { return x.a - y.a })
	var segs []segment
	pos := 0
	for k, sp := range spans {
		if k+1 < len(spans) && sp.b > spans[k+1].a {
			sp.b = spans[k+1].a
		}
		if sp.b <= sp.a {
			sp.b = min(len(text), sp.a+1)
			for sp.b < len(text) && !utf8.RuneStart(text[sp.b]) {
				sp.b++
			}
		}
		if sp.a < pos {
			continue
		}
		if sp.a > pos {
			segs = append(segs, segment{Text: text[pos:sp.a]})
		}
		worst := len(severity) - 1
		for _, n := range sp.nums {
			worst = min(worst, slices.Index(severity, checks[n-1].Verdict))
			views[n-1].Anchor = fmt.Sprintf("r%d", sp.nums[0])
		}
		if worst < 0 {
			worst = len(severity) - 1
		}
		segs = append(segs, segment{Text: text[sp.a:sp.b], Mark: true, Class: verdictClass(severity[worst]),
			Anchor: fmt.Sprintf("r%d", sp.nums[0]), Nums: sp.nums, Verdict: verdictName(severity[worst], l)})
		pos = sp.b
	}
	if pos < len(text) {
		segs = append(segs, segment{Text: text[pos:]})
	}
	return segs, views
}
