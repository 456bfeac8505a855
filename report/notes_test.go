package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/report"
)

// TestNotes checks that caller notes appear under the title, escaped, in
// both formats, and that an empty note is skipped.
func TestNotes(t *testing.T) {
	a := report.Analysis{
		Title: "T",
		Notes: []string{
			"Pairs reconstructed from the published margins.",
			"  ",
			"<script>alert(1)</script> | *x*\nsecond line",
		},
	}
	var md bytes.Buffer
	if err := report.Markdown(&md, a, report.Options{}); err != nil {
		t.Fatal(err)
	}
	got := md.String()
	for _, want := range []string{
		"# T\n\n> Pairs reconstructed from the published margins.\n\n",
		"> &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* second line\n\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "\n> ") != 2 {
		t.Errorf("want 2 note paragraphs (the blank note skipped):\n%s", got)
	}
	var h bytes.Buffer
	if err := report.HTML(&h, a, report.Options{}); err != nil {
		t.Fatal(err)
	}
	html := h.String()
	if strings.Contains(html, "<script>") {
		t.Errorf("HTML lets a caller's <script> through:\n%s", html)
	}
	if !strings.Contains(html, "<blockquote>\n<p>Pairs reconstructed from the published margins.</p>") {
		t.Errorf("HTML lacks the first note as a blockquote:\n%s", html)
	}
}
