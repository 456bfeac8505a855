package pairedt

import (
	"errors"
	"math"
	"testing"
)

// TestDiffScaledApart: the t-test needs only d = x - y, so x and y near the
// ends of float64's range do not decide it (issue 11 item 9). The pairs
// (1e300, 1e300), (-1e300, -1e300), (1e-300, 2e-300) have d = 0, 0,
// -1e-300: not all equal. Test used to say "all 3 differences equal mu =
// 0". Expected values from mpmath 1.3 (mp.dps = 40): mean(d) = -1e-300/3,
// sd = 1e-300/sqrt(3), t = -1, p = 1 - 1/sqrt(3) =
// 0.4226497308103742354908512194980425443524 (betainc), qt(0.975, 2) =
// 4.302652729749463852320943892621175008188, CI = mean -+ q se =
// [-1.767550909916487950773647964207058336063e-300,
// 1.100884243249821284106981297540391669396e-300].
func TestDiffScaledApart(t *testing.T) {
	for _, c := range []struct {
		name string
		x, y []float64
	}{
		{"huge x and y", []float64{1e300, -1e300, 1e-300}, []float64{1e300, -1e300, 2e-300}},
		{"fast path", []float64{1, 1e-300, 2}, []float64{1, 2e-300, 2}},
		{"with a NaN pair", []float64{1e300, math.NaN(), -1e300, 1e-300}, []float64{1e300, 5, -1e300, 2e-300}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := Test(c.x, c.y, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range []struct {
				name      string
				got, want float64
			}{
				{"mean", r.MeanDiff, -3.333333333333333333333333333333333333333e-301},
				{"sd", r.SDDiff, 5.773502691896257645091487805019574556476e-301},
				{"se", r.SE, 3.333333333333333333333333333333333333333e-301},
				{"t", r.T, -1},
				{"p", r.P, 0.4226497308103742354908512194980425443524},
				{"ci low", r.CILow, -1.767550909916487950773647964207058336063e-300},
				{"ci high", r.CIHigh, 1.100884243249821284106981297540391669396e-300},
			} {
				// Relative error (scalar.EqualWithinRel compares
				// differences below 2.2e-308 absolutely).
				if math.Abs(q.got-q.want) > 1e-13*math.Abs(q.want) {
					t.Errorf("%s = %v, want %v", q.name, q.got, q.want)
				}
			}
			if r.N != 3 {
				t.Errorf("n = %d", r.N)
			}
		})
	}
	// Differences beyond float64's range are an error naming the pair.
	if _, err := Test([]float64{1e308, 1}, []float64{-1e308, 2}, Options{}); !errors.Is(err, ErrNonFinite) {
		t.Errorf("d = 2e308: err = %v, want ErrNonFinite", err)
	}
	// Truly constant differences beside huge x stay ErrIdentical.
	if _, err := Test([]float64{1e300, -1e300, 3}, []float64{1e300, -1e300, 3}, Options{}); !errors.Is(err, ErrIdentical) {
		t.Errorf("d = 0, 0, 0: err = %v, want ErrIdentical", err)
	}
}
