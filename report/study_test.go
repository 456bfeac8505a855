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
