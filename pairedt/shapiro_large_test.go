package pairedt

import (
	"strings"
	"testing"
)

// TestShapiroWilkLargeMatchesSciPy checks n > 5000 against SciPy 1.10.1's
// scipy.stats.shapiro, which computes W in single precision (so W agrees
// to a few 1e-6, and the p-value, a steep function of 1 - W, to about
// 1e-2 relative) and warns "p-value may not be accurate for N > 5000".
func TestShapiroWilkLargeMatchesSciPy(t *testing.T) {
	_, sp := rankLoadExtra(t)
	var errs rankErrTracker
	for _, c := range sp.Shapiro {
		x := make([]float64, c.N)
		for i := range x {
			if c.Kind == "mod1013" {
				x[i] = float64(i*i%1013) + float64(i)/7
			} else {
				x[i] = float64(i%97) + float64(i)/1000
			}
		}
		r, err := ShapiroWilk(x)
		if err != nil {
			t.Fatal(err)
		}
		if !hasWarning(r.Warnings, WarnShapiroWilkLargeN) || len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], "N > 5000") {
			t.Errorf("n = %d: warnings %v, SciPy %v", c.N, r.Warnings, c.Warnings)
		}
		errs.add("W (SciPy float32)", r.W, float64(c.W))
		if !rankClose(r.W, float64(c.W), 1e-5) {
			t.Errorf("n = %d: W = %.17g, SciPy %.17g", c.N, r.W, float64(c.W))
		}
		if c.P == 0 { // SciPy's single precision underflows
			if r.P > 1e-30 {
				t.Errorf("n = %d: p = %v, SciPy 0", c.N, r.P)
			}
			continue
		}
		errs.add("p (SciPy float32)", r.P, float64(c.P))
		if !rankClose(r.P, float64(c.P), 2e-2) {
			t.Errorf("n = %d: p = %.17g, SciPy %.17g", c.N, r.P, float64(c.P))
		}
	}
	errs.log(t)
}
