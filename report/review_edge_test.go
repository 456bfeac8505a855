package report_test

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// TestMismatchedParts: an Analysis whose parts disagree (scores, cross table
// and frequency tables with different numbers of levels; non-finite scores;
// nil parts mixed with present ones) gives ErrAnalysis or renders, in both
// languages and both formats, but never panics.
func TestMismatchedParts(t *testing.T) {
	lv3 := []string{"a", "b", "c"}
	fb3 := must(pairedt.FrequenciesFromCounts(lv3, []int{3, 2, 1}, 0))
	fa3 := must(pairedt.FrequenciesFromCounts(lv3, []int{1, 2, 3}, 0))
	fb2 := must(pairedt.FrequenciesFromCounts([]string{"a", "b"}, []int{3, 3}, 0))
	ct3 := must(pairedt.NewCrossTable(lv3, [][]int{{1, 1, 1}, {0, 1, 1}, {0, 0, 1}}))
	ct2 := must(pairedt.NewCrossTable([]string{"a", "b"}, [][]int{{3, 0}, {0, 3}}))
	x := []float64{1, 1, 1, 2, 2, 3}
	y := []float64{1, 2, 3, 2, 3, 3}
	for _, tc := range []struct {
		name string
		a    report.Analysis
		want error // nil: must render
	}{
		{"scores shorter than cross levels, no freq tables",
			report.Analysis{Cross: &ct3, CategoryCodes: true, Scores: []float64{1, 2}, X: x, Y: y}, report.ErrAnalysis},
		{"scores longer than cross levels, no freq tables",
			report.Analysis{Cross: &ct3, CategoryCodes: true, Scores: []float64{1, 2, 3, 4}, X: x, Y: y}, report.ErrAnalysis},
		{"scores shorter than FreqAfter levels, no FreqBefore",
			report.Analysis{FreqAfter: &fa3, CategoryCodes: true, Scores: []float64{1, 2}, X: x, Y: y}, report.ErrAnalysis},
		{"NaN score",
			report.Analysis{FreqBefore: &fb3, CategoryCodes: true, Scores: []float64{1, math.NaN(), 3}, X: x, Y: y}, report.ErrAnalysis},
		{"infinite score",
			report.Analysis{FreqBefore: &fb3, CategoryCodes: true, Scores: []float64{1, 2, math.Inf(1)}, X: x, Y: y}, report.ErrAnalysis},
		{"cross with 2 levels, freq tables with 3",
			report.Analysis{FreqBefore: &fb3, FreqAfter: &fa3, Cross: &ct2}, report.ErrAnalysis},
		{"cross with 3 levels, FreqBefore with 2",
			report.Analysis{FreqBefore: &fb2, Cross: &ct3}, report.ErrAnalysis},
		{"FreqBefore 2 levels, FreqAfter 3",
			report.Analysis{FreqBefore: &fb2, FreqAfter: &fa3}, report.ErrAnalysis},
		{"cross only, codes without scores",
			report.Analysis{Cross: &ct3, CategoryCodes: true, X: x, Y: y}, nil},
		{"FreqAfter only with codes",
			report.Analysis{FreqAfter: &fa3, CategoryCodes: true, Scores: []float64{1, 2, 5}, X: x, Y: y}, nil},
		{"codes, no levels anywhere",
			report.Analysis{CategoryCodes: true, Scores: []float64{1, 2}, X: x, Y: y}, nil},
	} {
		for _, lang := range []report.Lang{report.English, report.Indonesian} {
			for fname, f := range map[string]func(*bytes.Buffer, report.Analysis, report.Options) error{
				"md":   func(b *bytes.Buffer, a report.Analysis, o report.Options) error { return report.Markdown(b, a, o) },
				"html": func(b *bytes.Buffer, a report.Analysis, o report.Options) error { return report.HTML(b, a, o) },
			} {
				t.Run(fmt.Sprintf("%s/%s/%s", tc.name, lang, fname), func(t *testing.T) {
					var err error
					func() {
						defer func() {
							if p := recover(); p != nil {
								err = fmt.Errorf("panic: %v", p)
							}
						}()
						var b bytes.Buffer
						err = f(&b, tc.a, report.Options{Lang: lang})
					}()
					if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
						t.Fatalf("err = %v, want %v", err, tc.want)
					}
				})
			}
		}
	}
}
