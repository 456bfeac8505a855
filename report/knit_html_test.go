package report_test

import (
	"bytes"
	"os"
	"testing"
	"testing/fstest"

	"github.com/pairedt/pairedt/report"
)

// TestKnitHTMLValid: the knitted example manuscripts are valid HTML5 by
// the same checks as the report's pages (htmlProblems).
func TestKnitHTMLValid(t *testing.T) {
	for _, c := range []struct{ dir, name, lang string }{
		{"../examples/oxytocin", "manuscript-id.md", "id"},
		{"../examples/sleep", "manuscript-en.md", "en"},
	} {
		m, err := report.Knit(os.DirFS(c.dir), c.name, report.KnitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.WriteHTML(&b); err != nil {
			t.Fatal(err)
		}
		for _, p := range htmlProblems(b.Bytes(), c.lang) {
			t.Errorf("%s: %s", c.name, p)
		}
	}
}

// TestKnitHTMLValidCharts: a chart shown twice, and charts of two
// analyses, keep the page's ids unique.
func TestKnitHTMLValidCharts(t *testing.T) {
	sleep, err := os.ReadFile("../testdata/sleep.csv")
	if err != nil {
		t.Fatal(err)
	}
	src := "---\nanalyses:\n  a:\n    data: s.csv\n    before: group1\n    after: group2\n  b:\n    data: s.csv\n    before: group2\n    after: group1\n---\n\n# Results\n\n{{chart a.paired}}\n\n{{chart b.paired}}\n\n{{chart a.paired}}\n\n{{chart a.differences}}\n\n{{chart b.differences}}\n"
	fsys := fstest.MapFS{"s.csv": {Data: sleep}, "m.md": {Data: []byte(src)}}
	m, err := report.Knit(fsys, "m.md", report.KnitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	for _, p := range htmlProblems(b.Bytes(), "en") {
		t.Error(p)
	}
}
