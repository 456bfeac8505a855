package pairedt

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// The Study's sign test and Wilcoxon share one copy of the differences
// (the sign test reorders it, Wilcoxon sorts it): their results equal the
// public functions' on x and y, bit for bit, with missing pairs, zeros,
// ties, mu, every alternative, exact mode, zero method and direction.
func TestStudySharedDifferencesMatchDirectCalls(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 9))
	cases := 0
	for _, n := range []int{2, 5, 20, 49, 60, 150} {
		for _, shape := range []string{"continuous", "ties-zeros", "missing"} {
			x := make([]float64, n)
			y := make([]float64, n)
			for i := range x {
				switch shape {
				case "continuous":
					x[i], y[i] = rng.NormFloat64()+0.3, rng.NormFloat64()
				default:
					x[i], y[i] = float64(rng.IntN(5)), float64(rng.IntN(5))
				}
				if shape == "missing" && rng.IntN(5) == 0 {
					x[i] = math.NaN()
				}
			}
			for _, alt := range []Alternative{TwoSided, Less, Greater} {
				for _, mu := range []float64{0, 0.5} {
					for _, ex := range []ExactMode{ExactAuto, ExactForce, ExactNever, ExactConditional} {
						for _, zm := range []ZeroMethod{ZeroWilcox, ZeroPratt} {
							for _, dir := range []Direction{BeforeMinusAfter, AfterMinusBefore} {
								so := StudyOptions{Options: Options{Alternative: alt, Mu: mu}, Exact: ex, Zero: zm, Direction: dir}
								st, err := AnalyzePaired(x, y, so)
								if err != nil {
									continue // e.g. no t-test: not what this checks
								}
								a, b := x, y
								if dir == AfterMinusBefore {
									a, b = y, x
								}
								sign, serr := SignTestCI(a, b, so.Options)
								wil, werr := Wilcoxon(a, b, WilcoxonOptions{Options: so.Options, Exact: ex, Zero: zm})
								if (serr == nil) != (st.Sign != nil) || (werr == nil) != (st.Wilcoxon != nil) {
									t.Fatalf("n=%d %s %+v: study sign %v wilcoxon %v; direct errors %v, %v", n, shape, so, st.Sign != nil, st.Wilcoxon != nil, serr, werr)
								}
								if st.Sign != nil && fmt.Sprintf("%+v %+v", *st.Sign, *st.Sign.Interval) != fmt.Sprintf("%+v %+v", sign, *sign.Interval) {
									t.Fatalf("n=%d %s %+v: sign test %+v, direct %+v", n, shape, so, *st.Sign, sign)
								}
								if st.Wilcoxon != nil {
									if err := wilcoxonSameBits(*st.Wilcoxon, wil); err != nil {
										t.Fatalf("n=%d %s %+v: Wilcoxon: %v", n, shape, so, err)
									}
								}
								cases++
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d studies equal to the direct calls", cases)
}
