package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
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

// TestAgreeOneTest checks the sentence comparing the decisions when a
// single robustness test stands beside the t-test (R's datasets::sleep:
// t.test p = .0028, wilcox.test p = .0091, both below .05).
func TestAgreeOneTest(t *testing.T) {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	res, err := pairedt.Test(x, y, pairedt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w, err := pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang report.Lang
		want string
	}{
		{report.English, "The Wilcoxon signed-rank test leads to the same decision as the t-test at α = .05."},
		{report.Indonesian, "Uji Wilcoxon peringkat bertanda menghasilkan keputusan yang sama dengan uji t pada α = 0,05."},
	} {
		var md bytes.Buffer
		if err := report.Markdown(&md, report.Analysis{T: &res, Wilcoxon: &w}, report.Options{Lang: c.lang, NoCharts: true}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(md.String(), c.want) {
			t.Errorf("%s: lacks %q:\n%s", c.lang, c.want, md.String())
		}
	}
}
