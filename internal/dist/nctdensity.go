package dist

import "math"

// LogNCTDensity returns the logarithm of the noncentral t density at t,
// df > 0, noncentrality ncp, accurate far into the tails where the
// density itself underflows (R's dt(-28.471, 22, ncp = 2) returns 0 for
// a true 8.0e-24, and gonum's NoncentralT.Prob does the same). It
// integrates the definition T = (Z + ncp) / S, S = sqrt(V/df), V ~
// chi-squared(df), in log space:
//
//	f(t) = C ∫0^∞ s^df exp(-(t s - ncp)^2/2 - df s^2/2) ds,
//	C = 2 (df/2)^(df/2) / (Gamma(df/2) sqrt(2π)),
//
// whose log integrand h is concave (second derivative <= -(t^2 + df)), its mode
// s0 the positive root of (t^2 + df) s^2 - t ncp s - df = 0, so the
// integral is taken over s0 ± 9/sqrt(t^2 + df) (beyond, the integrand is
// below e^-40 of its peak) by adaptive Gauss-Kronrod. It is within 1e-12
// of mpmath (TestLogNCTDensityMpmath). JZS does not need it; it checks
// JZS's one-sided factors by Rouder et al.'s delta-integral
// (TestJZSDeltaForm). NaN for NaN arguments or
// df <= 0.
func LogNCTDensity(t, df, ncp float64) float64 {
	if math.IsNaN(t) || math.IsNaN(ncp) || !(df > 0) || math.IsInf(df, 0) || math.IsInf(t, 0) || math.IsInf(ncp, 0) {
		return math.NaN()
	}
	a := t*t + df
	tm := t * ncp
	rt := math.Sqrt(tm*tm + 4*df*a)
	var s0 float64
	if tm >= 0 {
		s0 = (tm + rt) / (2 * a)
	} else {
		s0 = 2 * df / (rt - tm)
	}
	h := func(s float64) float64 {
		if s <= 0 {
			return math.Inf(-1)
		}
		d := t*s - ncp
		return df*math.Log(s) - d*d/2 - df*s*s/2
	}
	h0 := h(s0)
	w := 9 / math.Sqrt(a)
	sm := 1 / math.Sqrt(df/(s0*s0)+a) // the width at the mode
	pts := []float64{math.Max(0, s0-w)}
	for _, k := range []float64{-10, -3, -1, 0, 1, 3, 10} {
		if x := s0 + k*sm; x > pts[len(pts)-1] && x < s0+w {
			pts = append(pts, x)
		}
	}
	pts = append(pts, s0+w)
	f := func(s float64) float64 { return math.Exp(h(s) - h0) }
	v := adaptGL(f, pts, 1e-10)
	lgam, _ := math.Lgamma(df / 2)
	logC := math.Ln2 + df/2*math.Log(df/2) - lgam - 0.9189385332046727417803297
	return logC + h0 + math.Log(v)
}
