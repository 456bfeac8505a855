package report

import (
	"bytes"
	"io"
	"os"
	"testing"
)

// BenchmarkKnitExample knits examples/oxytocin/manuscript-id.md (read
// through os.DirFS, as a caller would) and writes its Markdown and HTML;
// BenchmarkKnitBaselineReport writes the report of the same analysis
// with New, the work knitting adds to.
func BenchmarkKnitExample(b *testing.B) {
	fsys := os.DirFS("../examples/oxytocin")
	for b.Loop() {
		m, err := Knit(fsys, "manuscript-id.md", KnitOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if err := m.WriteMarkdown(io.Discard); err != nil {
			b.Fatal(err)
		}
		if err := m.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkKnitBaselineReport(b *testing.B) {
	src, err := os.ReadFile("../examples/oxytocin/manuscript-id.md")
	if err != nil {
		b.Fatal(err)
	}
	yml, line0, _, _ := splitFrontMatter(src)
	h, err := parseHeader(yml, line0, "m.md")
	if err != nil {
		b.Fatal(err)
	}
	d, err := loadAnalysis(os.DirFS("../examples/oxytocin"), ".", &h.Analyses[0])
	if err != nil {
		b.Fatal(err)
	}
	a := FromStudy(d.study)
	a.Checks = d.checks
	for b.Loop() {
		doc, err := New(a, Options{Lang: Indonesian})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := doc.WriteMarkdown(&buf); err != nil {
			b.Fatal(err)
		}
		if err := doc.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
