package dist

import (
	"math"
	"testing"
)

// TestGKRulePolynomials: the Kronrod rule integrates x^k exactly for
// k <= 22 and the embedded Gauss rule for k <= 13, on [0, 1].
func TestGKRulePolynomials(t *testing.T) {
	for k := 0; k <= 22; k++ {
		kk := float64(k)
		p := gkRule(func(x float64) float64 { return math.Pow(x, kk) }, 0, 1)
		if e := math.Abs(p.v - 1/(kk+1)); e > 1e-15 {
			t.Errorf("K15 x^%d: %v, want %v", k, p.v, 1/(kk+1))
		}
		if k <= 13 && p.e > 1e-15 {
			t.Errorf("G7 x^%d: error estimate %v, want 0", k, p.e)
		}
	}
}

// TestLogIntegralGaussian: log ∫ exp(-(u-m)^2/(2 s^2) + c) du = c + log(s sqrt(2 pi)),
// for peaks from 0.3 wide (LogIntegral scans in steps of 1, so it is for
// integrands at least that wide) to 200, and values beyond float64's range.
func TestLogIntegralGaussian(t *testing.T) {
	for _, c := range [][3]float64{{0, 1, 0}, {10.5, 0.3, 800}, {-30, 5, -900}, {3, 200, 0}} {
		m, s, k := c[0], c[1], c[2]
		got := LogIntegral(func(u float64) float64 { return -(u-m)*(u-m)/(2*s*s) + k }, -100, 100)
		want := k + math.Log(s*math.Sqrt(2*math.Pi))
		if math.Abs(got-want) > 1e-13*math.Max(1, math.Abs(want)) {
			t.Errorf("m %v s %v: %v, want %v", m, s, got, want)
		}
	}
}
