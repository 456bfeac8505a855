package pairedt

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// TestCIIndependentOfMu: the interval is mean -+ q se whatever mu is (mu
// moves only t and p), so it must not change with mu. R computes it as
// mu + (t -+ q) se, which is the same in exact arithmetic but cancels when
// |mean - mu| >> se: mu = 1e300 gave the interval [0, 0] (for the data below
// R 4.2 prints "0 0" too), mu = 1e6 lost about 6 digits.
func TestCIIndependentOfMu(t *testing.T) {
	x := []float64{1, 2, 4, 7.5}
	y := []float64{0, 0.5, 0.25, 1}
	for _, alt := range []Alternative{TwoSided, Less, Greater} {
		ref, err := Test(x, y, Options{Alternative: alt})
		if err != nil {
			t.Fatal(err)
		}
		for _, mu := range []float64{1e6, -1e6, 1e15, 1e300, -1e300} {
			t.Run(fmt.Sprintf("%v/mu=%g", alt, mu), func(t *testing.T) {
				o := Options{Alternative: alt, Mu: mu}
				r, err := Test(x, y, o)
				if err != nil {
					t.Fatal(err)
				}
				var a Accumulator
				for i := range x {
					a.Add(x[i], y[i])
				}
				ra, err := a.Result(o)
				if err != nil {
					t.Fatal(err)
				}
				for _, got := range []Result{r, ra} {
					for _, b := range [][2]float64{{got.CILow, ref.CILow}, {got.CIHigh, ref.CIHigh}} {
						if !(math.IsInf(b[1], 0) && b[0] == b[1]) && !scalar.EqualWithinAbsOrRel(b[0], b[1], 0, 1e-14) {
							t.Errorf("CI [%v, %v], with mu = 0 [%v, %v]", got.CILow, got.CIHigh, ref.CILow, ref.CIHigh)
						}
					}
				}
			})
		}
	}
}

// TestOneSidedCILevelBelowHalf: a one-sided interval at a level below 0.5
// has its finite bound on the other side of the mean (q = qt(level, df) is
// negative). tQuantileUpper returned 0 for a >= 0.5, so every such bound
// was the mean itself. Reference values from R 4.2.2:
//
//	x <- c(1, 2, 4, 7.5); y <- c(0, 0.5, 0.25, 1)
//	t.test(x, y, paired = TRUE, alternative = a, conf.level = cl)$conf.int
func TestOneSidedCILevelBelowHalf(t *testing.T) {
	x := []float64{1, 2, 4, 7.5}
	y := []float64{0, 0.5, 0.25, 1}
	for _, c := range []struct {
		alt       Alternative
		level     float64
		low, high float64
	}{
		{Less, 0.3, math.Inf(-1), 2.453672412238892},
		{Less, 0.5, math.Inf(-1), 3.1875},
		{Less, 1e-3, math.Inf(-1), -9.6390520720211992},
		{Greater, 0.3, 3.9213275877611076, math.Inf(1)},
		{Greater, 0.5, 3.1875, math.Inf(1)},
		{Greater, 1e-3, 16.014052072021197, math.Inf(1)},
	} {
		t.Run(fmt.Sprintf("%v/%g", c.alt, c.level), func(t *testing.T) {
			r, err := Test(x, y, Options{Alternative: c.alt, ConfLevel: c.level})
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range [][2]float64{{r.CILow, c.low}, {r.CIHigh, c.high}} {
				if !(math.IsInf(b[1], 0) && b[0] == b[1]) && !scalar.EqualWithinAbsOrRel(b[0], b[1], 0, 1e-12) {
					t.Errorf("CI [%.17g, %.17g], R [%.17g, %.17g]", r.CILow, r.CIHigh, c.low, c.high)
				}
			}
		})
	}
}
