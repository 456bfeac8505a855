package pairedt

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Student's t tail probabilities and quantiles for the t-test. All callers
// pass df > 0.

// tUpper returns P(T_df >= t), computed as an upper tail (never 1 - CDF):
//
//	P(T >= t) = I_{df/(df+t^2)}(df/2, 1/2) / 2                    (t >= 0)
//	          = (1 - I_{t^2/(df+t^2)}(1/2, df/2)) / 2   when t^2 < df and that is >= 0.01
//
// The second form, with incBetaHalf, keeps full accuracy for moderate tails
// at any df. The first is gonum's StudentsT.Survival (cephes incbet), whose
// relative error grows roughly as 1e-16 * df (its log-gamma prefactor
// cancels), so that small p-values at df > 1000 are good to about
// 1e-16 * df relative rather than 1e-13.
func tUpper(t, df float64) float64 {
	if math.IsNaN(t) {
		return math.NaN()
	}
	if t < 0 {
		return 1 - tUpper(-t, df)
	}
	t2 := t * t
	if t2 < df {
		c := 0.5 * (1 - incBetaHalf(t, df))
		if c >= 0.01 {
			return c
		}
	}
	if math.IsInf(t2, 1) {
		return 0
	}
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Survival(t)
}

// incBetaHalf returns I_y(1/2, df/2) at y = t^2/(df+t^2), for t^2 < df,
// by the hypergeometric series (Abramowitz and Stegun 26.5.23 with
// 15.1.1)
//
//	I_y(a, b) = y^a (1-y)^b / (a B(a, b)) * sum_n c_n,  c_0 = 1,  c_{n+1} = c_n y (a+b+n) / (a+1+n)
//
// with (1-y)^(df/2) = exp(-df/2 log1p(t^2/df)) and 1/B(1/2, df/2) =
// Gamma(df/2 + 1/2) / (Gamma(df/2) sqrt(pi)) from gammaRatioHalf: no
// log-gamma differences, so no loss of accuracy at large df.
func incBetaHalf(t, df float64) float64 {
	t2 := t * t
	y := t2 / (df + t2)
	a, b := 0.5, df/2
	var sum, c float64 = 1, 1
	for n := 0.0; n < 100000; n++ {
		c *= y * (a + b + n) / (a + 1 + n)
		sum += c
		if c <= 1e-17*sum {
			break
		}
	}
	front := math.Sqrt(y) * math.Exp(-b*math.Log1p(t2/df)) * gammaRatioHalf(b) / math.SqrtPi / a
	return math.Min(1, front*sum)
}

// tLower returns P(T_df <= t).
func tLower(t, df float64) float64 { return tUpper(-t, df) }

// tDensity is the density of Student's t with df degrees of freedom.
func tDensity(t, df float64) float64 {
	a, _ := math.Lgamma((df + 1) / 2)
	b, _ := math.Lgamma(df / 2)
	return math.Exp(a - b - 0.5*math.Log(df*math.Pi) - (df+1)/2*math.Log1p(t*t/df))
}

// tQuantileUpper returns the q with P(T_df >= q) = a, for 0 < a < 1:
// Newton steps on tUpper from gonum's quantile, safeguarded by a bracket
// [lo, hi] with tUpper(lo) > a > tUpper(hi) (a bisection step whenever
// Newton would leave it), so that its accuracy is that of the tail
// probability. gonum's quantile alone loses about log10(df) digits at large
// df and is far off for small a at large df (a = 1e-8, df = 1e5 gave 81.65,
// R 5.6125; a = 1e-14, df = 1e4 gave -2726); 1 - a rounds to 1 below
// a = 1.1e-16, which made the start infinite. For a > 0.5 (a one-sided
// interval at a level below 0.5) q is negative, -tQuantileUpper(1 - a) by
// symmetry.
func tQuantileUpper(a, df float64) float64 {
	if a > 0.5 {
		return -tQuantileUpper(1-a, df)
	}
	if a == 0.5 {
		return 0
	}
	if !(a > 0) {
		return math.Inf(1)
	}
	// Bracket: tUpper(0) = 0.5 > a; grow hi until tUpper(hi) <= a.
	lo, hi := 0.0, 1.0
	for tUpper(hi, df) > a {
		lo, hi = hi, 2*hi
		if math.IsInf(hi, 1) {
			return hi
		}
	}
	q := -distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Quantile(a)
	if !(q > lo && q < hi) {
		q = (lo + hi) / 2
	}
	for range 2000 {
		u := tUpper(q, df)
		if u == a {
			return q
		}
		if u > a {
			lo = q
		} else {
			hi = q
		}
		next := q
		if f := tDensity(q, df); f > 0 {
			next = q + (u-a)/f
		}
		if !(next > lo && next < hi) {
			next = lo + (hi-lo)/2
		}
		if math.Abs(next-q) <= 1e-16*q || next == lo || next == hi {
			return next
		}
		q = next
	}
	return q
}
