package report_test

import (
	"bytes"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// TestFromStudy: the Analysis built from a study renders the same bytes as
// the Analysis assembled by hand from the same results.
func TestFromStudy(t *testing.T) {
	levels := []string{"low", "mid", "high"}
	before := []string{"low", "low", "mid", "low", "mid", "high", "low"}
	after := []string{"mid", "high", "high", "low", "high", "high", "mid"}
	s, err := pairedt.AnalyzeOrdinal(before, after, levels, nil, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a := report.FromStudy(s)
	hand := report.Analysis{
		FreqBefore: s.FreqBefore, FreqAfter: s.FreqAfter, Cross: s.Cross,
		T: s.T, CategoryCodes: true, Scores: []float64{1, 2, 3}, X: s.X, Y: s.Y,
		ShapiroWilk: s.ShapiroWilk, Wilcoxon: s.Wilcoxon, Sign: s.Sign,
		MarginalHomogeneity: s.StuartMaxwell, Bowker: s.Bowker,
	}
	var got, want bytes.Buffer
	if err := report.Markdown(&got, a, report.Options{NoCharts: true}); err != nil {
		t.Fatal(err)
	}
	if err := report.Markdown(&want, hand, report.Options{NoCharts: true}); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("FromStudy renders differently:\n%s\nwant\n%s", got.String(), want.String())
	}
	if len(a.Undefined) != len(s.Undefined) {
		t.Errorf("undefined %v", a.Undefined)
	}

	// Numeric: no scores, no category flag.
	n, err := pairedt.AnalyzePaired([]float64{1, 2, 4, 7}, []float64{2, 2, 5, 9}, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a := report.FromStudy(n); a.CategoryCodes || a.Scores != nil || a.T == nil || a.Cross != nil {
		t.Errorf("numeric analysis %+v", a)
	}
}

// TestStudyGolden pins the report of a numeric study, Student's sleep data
// (R's datasets::sleep, drug 1 then drug 2), in both languages: the article
// goldens cover an ordinal outcome only. Every number in these files comes
// from pairedt's tests, each checked against R 4.2.2 (t.test, wilcox.test,
// binom.test, shapiro.test on these data; see pairedt's
// ExampleAnalyzePaired); the files pin the words and the layout.
func TestStudyGolden(t *testing.T) {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	s, err := pairedt.AnalyzePaired(x, y, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a := report.FromStudy(s)
	a.Variable = "extra hours of sleep"
	a.BeforeLabel, a.AfterLabel = "Drug 1", "Drug 2"
	a.Provenance = report.Provenance{DataName: "sleep.csv", DataSHA256: "0123abcd", ModuleVersion: "(devel)",
		Command: "pairedt report sleep.csv --before drug1 --after drug2"}
	for _, lang := range []report.Lang{report.English, report.Indonesian} {
		o := report.Options{Lang: lang}
		var md, html bytes.Buffer
		if err := report.Markdown(&md, a, o); err != nil {
			t.Fatal(err)
		}
		if err := report.HTML(&html, a, o); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "sleep."+string(lang)+".golden.md", md.Bytes())
		checkGolden(t, "sleep."+string(lang)+".golden.html", html.Bytes())
	}
}
