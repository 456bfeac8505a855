package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/textsafe"
	"github.com/pairedt/pairedt/pairedt/audit"
	"github.com/pairedt/pairedt/report"
)

// bidiLabels put an override, an embedding, an isolate and a stray
// terminator in every caller string (issue 11, item 7): with U+202E left
// in, a browser shows the "t(5) = −3.03, p = .029" after such a label as
// ".920. = p ,30.3− = (5)t".
var bidiLabels = []string{"\u202EDrug 1", "Drug\u202B 2\u202C\u2069", "\u2067שלום\u202E", "x\u202Dy\u2066z", "\u200F5"}

// bidiAnalyses are the sleep study (numeric: paired plot and dot plot)
// and the article (ordinal: bars and the bubble grid) with bidiLabels
// everywhere a caller supplies text.
func bidiAnalyses(t *testing.T) map[string]report.Analysis {
	out := map[string]report.Analysis{}
	for name, a := range map[string]report.Analysis{"sleep": sleepAnalysis(t), "article": articleAnalysis(t)} {
		l := bidiLabels
		a.Title, a.Variable, a.BeforeLabel, a.AfterLabel = l[0], l[1], l[0], l[2]
		a.Notes = append(a.Notes, l...)
		a.Checks = append(a.Checks, audit.Check{Claim: l[0], Reported: l[1], Recomputed: l[2], Explanation: l[3], Verdict: audit.Verdict(l[4])})
		a.Provenance = report.Provenance{DataName: l[0] + ".csv", Command: "pairedt report " + l[2]}
		if a.FreqBefore != nil {
			fb, fa, ct := *a.FreqBefore, *a.FreqAfter, *a.Cross
			levels := append([]string(nil), fb.Levels...)
			for i := range levels {
				levels[i] = l[i%len(l)] + levels[i]
			}
			fb.Levels, fa.Levels, ct.Levels = levels, levels, levels
			a.FreqBefore, a.FreqAfter, a.Cross = &fb, &fa, &ct
		}
		out[name] = a
	}
	return out
}

// checkBidi fails when out holds an embedding or override (U+202A-U+202E)
// or unbalanced isolates, in the whole output or in any one of its units
// (lines of Markdown and LaTeX, SVG <text> elements, HTML and Word
// paragraphs), which an isolate must not cross.
func checkBidi(t *testing.T, what string, out []byte, units *regexp.Regexp) {
	t.Helper()
	s := string(out)
	if i := strings.IndexAny(s, "\u202a\u202b\u202c\u202d\u202e"); i >= 0 {
		t.Errorf("%s: embedding or override at %d: %q", what, i, s[max(0, i-40):min(len(s), i+40)])
	}
	if !textsafe.Balanced(s) {
		t.Errorf("%s: unbalanced isolates", what)
	}
	var parts []string
	if units == nil {
		parts = strings.Split(s, "\n")
	} else {
		parts = units.FindAllString(s, -1)
	}
	for _, p := range parts {
		if !textsafe.Balanced(p) {
			t.Errorf("%s: unbalanced isolates in %q", what, p)
		}
	}
}

var (
	svgTextElem  = regexp.MustCompile(`(?s)<text[^>]*>.*?</text>`)
	htmlTextElem = regexp.MustCompile(`(?s)<(p|h[1-6]|td|th|li|figcaption|title|blockquote|code)[ >].*?</(p|h[1-6]|td|th|li|figcaption|title|blockquote|code)>`)
	wordPara     = regexp.MustCompile(`(?s)<w:p[ >].*?</w:p>`)
)

// TestBidiControls renders analyses whose every label carries bidi
// controls in every format and checks that no embedding or override
// survives and every isolate is balanced within its line, paragraph or
// SVG text element; the labels' own characters stay.
func TestBidiControls(t *testing.T) {
	dir := os.Getenv("PAIREDT_BIDI_DIR") // set to keep the outputs (for a browser)
	for name, a := range bidiAnalyses(t) {
		for _, l := range langs {
			o := report.Options{Lang: l}
			d, err := report.New(a, o)
			if err != nil {
				t.Fatal(err)
			}
			var md, html, tex, docx bytes.Buffer
			for _, w := range []struct {
				b *bytes.Buffer
				f func(w0 *bytes.Buffer) error
			}{
				{&md, func(b *bytes.Buffer) error { return d.WriteMarkdown(b) }},
				{&html, func(b *bytes.Buffer) error { return d.WriteHTML(b) }},
				{&tex, func(b *bytes.Buffer) error { return d.WriteLaTeXStandalone(b) }},
				{&docx, func(b *bytes.Buffer) error { return d.WriteDOCX(b) }},
			} {
				if err := w.f(w.b); err != nil {
					t.Fatal(err)
				}
			}
			tag := name + "." + string(l)
			checkBidi(t, tag+".md", md.Bytes(), nil)
			checkBidi(t, tag+".html", html.Bytes(), htmlTextElem)
			checkBidi(t, tag+".tex", tex.Bytes(), nil)
			checkTeX(t, tex.String())
			_, files := unzip(t, docx.Bytes())
			checkBidi(t, tag+".docx", files["word/document.xml"], wordPara)
			for _, want := range []string{"Drug 1", "Drug 2", "xyz", "שלום"} {
				for f, out := range map[string][]byte{"md": md.Bytes(), "html": html.Bytes(), "docx": files["word/document.xml"]} {
					if !bytes.Contains(out, []byte(want)) {
						t.Errorf("%s.%s: %q is missing", tag, f, want)
					}
				}
			}
			if !bytes.Contains(html.Bytes(), []byte("\u2068\u05e9\u05dc\u05d5\u05dd\u2069")) {
				t.Errorf("%s.html: the Hebrew label is not isolated", tag)
			}
			cs, err := report.Charts(a, o)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cs {
				var svg bytes.Buffer
				if err := c.WriteSVG(&svg); err != nil {
					t.Fatal(err)
				}
				checkBidi(t, tag+"."+c.Name+".svg", svg.Bytes(), svgTextElem)
			}
			if dir != "" {
				_ = os.WriteFile(filepath.Join(dir, tag+".html"), html.Bytes(), 0o644)
			}
		}
	}
}
