package pairedt

import (
	"math"

	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"
)

// Student's t tail probabilities and quantiles for the t-test. All callers
// pass df > 0.

// tUpper returns P(T_df >= t), computed as an upper tail (never 1 - CDF):
//
//	P(T >= t) = I_{df/(df+t^2)}(df/2, 1/2) / 2                    (t >= 0)
//	          = (1 - I_{t^2/(df+t^2)}(1/2, df/2)) / 2   when that is >= 0.01
//
// The second form keeps full accuracy for moderate tails at large df, where
// df/(df+t^2) is close to 1 and the first form loses digits.
func tUpper(t, df float64) float64 {
	if math.IsNaN(t) {
		return math.NaN()
	}
	if t < 0 {
		return 1 - tUpper(-t, df)
	}
	t2 := t * t
	if t2 < df {
		c := 0.5 * (1 - mathext.RegIncBeta(0.5, df/2, t2/(df+t2)))
		if c >= 0.01 {
			return c
		}
	}
	if math.IsInf(t2, 1) {
		return 0
	}
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Survival(t)
}

// tLower returns P(T_df <= t).
func tLower(t, df float64) float64 { return tUpper(-t, df) }

// tDensity is the density of Student's t with df degrees of freedom.
func tDensity(t, df float64) float64 {
	a, _ := math.Lgamma((df + 1) / 2)
	b, _ := math.Lgamma(df / 2)
	return math.Exp(a - b - 0.5*math.Log(df*math.Pi) - (df+1)/2*math.Log1p(t*t/df))
}

// tQuantileUpper returns the q > 0 with P(T_df >= q) = a, for 0 < a <= 0.5:
// gonum's quantile refined by Newton steps on tUpper, so that its accuracy
// is that of the tail probability (gonum's own quantile loses about
// log10(df) digits at large df).
func tQuantileUpper(a, df float64) float64 {
	if a >= 0.5 {
		return 0
	}
	q := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Quantile(1 - a)
	if math.IsInf(q, 0) || math.IsNaN(q) || q <= 0 {
		return q
	}
	for range 8 {
		f := tDensity(q, df)
		if f == 0 {
			break
		}
		dq := (tUpper(q, df) - a) / f
		q += dq
		if math.Abs(dq) <= 1e-16*q {
			break
		}
	}
	return q
}
