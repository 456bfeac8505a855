package dist

import "math"

// Loader's (2000) building blocks for accurate binomial and Poisson
// probabilities ("Fast and accurate computation of binomial
// probabilities"; R's stirlerr.c and bd0.c), shared by the exact McNemar
// and sign tests and by the noncentral t series.

// stirlerr returns the error of Stirling's approximation to log(n!),
//
//	stirlerr(n) = log(n!) - log(sqrt(2 pi n) (n/e)^n),
//
// for n >= 0: from the exact factorial for integer n <= 15 (15! < 2^53),
// from math.Lgamma for other n <= 15, and from the asymptotic series
// 1/(12n) - 1/(360n^3) + 1/(1260n^5) - 1/(1680n^7) + 1/(1188n^9) beyond
// (Loader 2000, sec. 2). stirlerr(0) = 0.
func stirlerr(n float64) float64 {
	if n == 0 {
		return 0
	}
	if n <= 15 {
		var lf float64
		if n == math.Trunc(n) {
			f := 1.0
			for i := 2.0; i <= n; i++ {
				f *= i
			}
			lf = math.Log(f)
		} else {
			lf, _ = math.Lgamma(n + 1)
		}
		return lf - (n+0.5)*math.Log(n) + n - 0.5*math.Log(2*math.Pi)
	}
	const (
		s0 = 1.0 / 12
		s1 = 1.0 / 360
		s2 = 1.0 / 1260
		s3 = 1.0 / 1680
		s4 = 1.0 / 1188
	)
	nn := n * n
	return (s0 - (s1-(s2-(s3-s4/nn)/nn)/nn)/nn) / n
}

// bd0 returns the deviance term
//
//	bd0(x, m) = x log(x/m) + m - x,   x, m > 0,
//
// without the cancellation of the direct formula when x is near m: with
// v = (x-m)/(x+m) it is (x-m) v + 2x (v^3/3 + v^5/5 + ...) (Loader 2000,
// sec. 3).
func bd0(x, m float64) float64 {
	if math.Abs(x-m) < 0.1*(x+m) {
		v := (x - m) / (x + m)
		s := (x - m) * v
		if math.Abs(s) < math.SmallestNonzeroFloat64 {
			return s
		}
		ej := 2 * x * v
		v *= v
		for j := 1; j < 1000; j++ {
			ej *= v
			s1 := s + ej/float64(2*j+1)
			if s1 == s {
				return s1
			}
			s = s1
		}
	}
	return x*math.Log(x/m) + m - x
}
