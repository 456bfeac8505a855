package report_test

import (
	"errors"
	"io"
	"math"
	"testing"

	"github.com/pairedt/pairedt/report"
)

// TestDegenerateData: every complete pair X = Y = c (and pairs one ulp
// apart), for c where an axis range collapses (c >= 1e16: c + 0.5 == c),
// overflows or underflows, renders in every format without a panic
// (issue 11, item 11; gonum/plot panicked "illegal range"). Only data that
// spans more than float64 holds (-MaxFloat64 and MaxFloat64 in one axis)
// may fail, with ErrAnalysis.
func TestDegenerateData(t *testing.T) {
	cases := [][]float64{}
	for _, c := range []float64{1e16, 1e300, -1e300, 5e-324, -5e-324, 0, 3, 1e-300, math.MaxFloat64, -math.MaxFloat64} {
		cases = append(cases, []float64{c, c, c, c}, []float64{c, math.Nextafter(c, math.Inf(1)), c, math.Nextafter(c, math.Inf(1))})
	}
	cases = append(cases, []float64{1, math.Nextafter(1, 2)}, []float64{5e-324, 1e-323, 5e-324}, []float64{-math.MaxFloat64, math.MaxFloat64})
	for _, v := range cases {
		for _, a := range []report.Analysis{{X: v, Y: v}, {X: v, Y: append(v[1:len(v):len(v)], v[0])}} {
			spans := math.IsInf(math.Abs(v[0]-v[len(v)-1]), 0)
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%g: panic: %v", v, r)
					}
				}()
				if err := report.Markdown(io.Discard, a, report.Options{}); err != nil && !(spans && errors.Is(err, report.ErrAnalysis)) {
					t.Errorf("%g: Markdown: %v", v, err)
				}
				if err := report.HTML(io.Discard, a, report.Options{}); err != nil && !(spans && errors.Is(err, report.ErrAnalysis)) {
					t.Errorf("%g: HTML: %v", v, err)
				}
				if d, err := report.New(a, report.Options{}); err == nil {
					for _, w := range []func(io.Writer) error{d.WriteDOCX, d.WriteLaTeX, d.WriteLaTeXStandalone} {
						if err := w(io.Discard); err != nil {
							t.Errorf("%g: %v", v, err)
						}
					}
				} else if !(spans && errors.Is(err, report.ErrAnalysis)) {
					t.Errorf("%g: New: %v", v, err)
				}
				cs, err := report.Charts(a, report.Options{})
				if err != nil && !(spans && errors.Is(err, report.ErrAnalysis)) {
					t.Errorf("%g: Charts: %v", v, err)
				}
				if err == nil && len(cs) != 2 {
					t.Errorf("%g: %d charts, want 2", v, len(cs))
				}
				for _, c := range cs {
					for _, f := range []string{"svg", "png", "pdf", "eps"} {
						wt, err := c.WriterTo(f, 20)
						if err == nil {
							_, err = wt.WriteTo(io.Discard)
						}
						if err != nil {
							t.Errorf("%g: %s %s: %v", v, c.Name, f, err)
						}
					}
				}
			}()
		}
	}
}
