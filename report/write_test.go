package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/pairedt/pairedt/report"
)

var writeDir = flag.String("write", "", "write the article's section (results.LANG.md/.html, charts as SVG and 150 dpi PNG) into this directory, to look at")

// TestWriteArticle writes the files a person looks at (and the README's
// screenshot is taken from): go test ./report -run WriteArticle -write DIR.
func TestWriteArticle(t *testing.T) {
	if *writeDir == "" {
		t.Skip("no -write directory")
	}
	a := articleAnalysis(t)
	for _, l := range langs {
		o := report.Options{Lang: l}
		for ext, f := range map[string]render{"md": report.Markdown, "html": report.HTML} {
			if err := os.WriteFile(filepath.Join(*writeDir, "results."+string(l)+"."+ext), renderString(t, f, a, o), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cs, err := report.Charts(a, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			var svg, png bytes.Buffer
			if err := c.WriteSVG(&svg); err != nil {
				t.Fatal(err)
			}
			if err := c.WritePNG(&png, 150); err != nil {
				t.Fatal(err)
			}
			base := filepath.Join(*writeDir, string(l)+"."+c.Name)
			if err := os.WriteFile(base+".svg", svg.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(base+".png", png.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Variants for the HTML validator (vnu.jar DIR/*.html): every hostile
	// label in both locales, caller notes, a histogram of many pairs, and
	// the empty analysis.
	pages := map[string]report.Analysis{}
	for _, h := range hostile {
		ha := hostileAnalysis(t, h.s)
		ha.Notes = []string{h.s, "Pairs reconstructed from the published margins."}
		pages["hostile."+h.name] = ha
	}
	x, y := make([]float64, report.MaxSubjectCharts+1), make([]float64, report.MaxSubjectCharts+1)
	for i := range x {
		x[i], y[i] = float64(i%97)/7, float64(i%89)/5
	}
	pages["many"] = report.Analysis{Title: "Many pairs", X: x, Y: y}
	pages["empty"] = report.Analysis{}
	for name, pa := range pages {
		for _, l := range langs {
			path := filepath.Join(*writeDir, name+"."+string(l)+".html")
			if err := os.WriteFile(path, renderString(t, report.HTML, pa, report.Options{Lang: l}), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
