package pairedt

import (
	"fmt"
	"math"
	"testing"

	"github.com/pairedt/pairedt/internal/dist"
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
				for _, got := range []TTestResult{r, ra} {
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

// TestTQuantileUpperSmallTail: upper quantiles for tiny tails at large df
// (two-sided levels such as 1 - 2e-8 with 1e5 pairs). gonum's quantile, the
// old start, gave 81.65 for a = 1e-8, df = 1e5 and -2726 for a = 1e-14,
// df = 1e4, and +Inf below a = 1.1e-16 (1 - a rounds to 1). Reference:
// R 4.2.2, sprintf("%.17g", qt(a, df, lower.tail = FALSE)), within 1e-14
// relative (the largest difference is 3.5e-16; internal/dist checks the
// quantile against mpmath).
func TestTQuantileUpperSmallTail(t *testing.T) {
	for _, c := range []struct{ a, df, want float64 }{
		{1e-6, 22, 6.3856820270177597},
		{1e-6, 1e5, 4.7537047163912884},
		{1e-8, 1e4, 5.6165634289168684},
		{1e-8, 1e5, 5.6124571748817145},
		{1e-8, 1e6, 5.6120468343692824},
		{1e-10, 1e6, 6.3614068488767419},
		{1e-14, 1e4, 7.6620289574755276},
		{1e-14, 1e6, 7.6507419588840291},
		{5.5e-17, 2, 95346258.924559221},
		{5.5e-17, 22, 22.520297116469777},
		{5.5e-17, 1e5, 8.2949080551322023},
	} {
		t.Run(fmt.Sprintf("a=%g,df=%g", c.a, c.df), func(t *testing.T) {
			if got := dist.TQuantileUpper(c.a, c.df); !scalar.EqualWithinAbsOrRel(got, c.want, 0, 1e-14) {
				t.Errorf("dist.TQuantileUpper(%g, %g) = %.17g, R %.17g", c.a, c.df, got, c.want)
			}
		})
	}
}
