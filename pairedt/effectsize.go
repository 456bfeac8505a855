package pairedt

import (
	"math"

	"github.com/pairedt/pairedt/internal/dist"
)

// effectSizes fills in d_z, g_z, their intervals and (for a paired test)
// d_av. It reports whether the d_z interval had to use the normal
// approximation to the noncentral t.
//
// d_z is Cohen's standardized mean difference of the differences, signed,
// and its interval inverts the noncentral t distribution of the t
// statistic (as R's effectsize::cohens_d(x, y, paired = TRUE, mu) does, but
// solved to better than 1e-10 relative, instead of effectsize's optim
// tolerance of 1e-9 on the probabilities, about 1e-5 on the bounds):
//
//	d_z = (mean(d) - mu) / sd(d)
//	[d_low, d_high] = [delta_low, delta_high] / sqrt(n),
//	P(T <= t | delta_high) = alpha/2,  P(T > t | delta_low) = alpha/2
//
// where T is noncentral t with n - 1 degrees of freedom, t the observed
// statistic and alpha = 1 - level (a one-sided test uses alpha on its one
// finite side, as effectsize does with alternative = "less"/"greater").
//
// g_z is Hedges' bias-corrected d_z with the exact factor (Hedges 1981,
// "Distribution theory for Glass's estimator of effect size and related
// estimators", J. Educational Statistics 6(2), 107-128):
//
//	g_z = J(n-1) d_z,  J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2))
//
// and its interval is J times the d_z interval (effectsize::hedges_g). For
// n = 2, J(1) = 0. d_av is the mean difference over the mean of the two
// standard deviations (Cumming 2012; Lakens 2013):
//
//	d_av = mean(d) / ((sd(x) + sd(y)) / 2)
func effectSizes(r *TTestResult, paired bool) (approx bool) {
	n := float64(r.N)
	r.DZ = (r.MeanDiff - r.Mu) / r.SDDiff
	alpha := 1 - r.ConfLevel
	hn := math.Sqrt(1 / n)
	r.DZCILow, r.DZCIHigh = math.Inf(-1), math.Inf(1)
	ok1, ok2 := true, true
	var d float64
	switch r.Alternative {
	case Less:
		d, ok1 = dist.NCTSolve(r.T, r.DF, alpha, false)
		r.DZCIHigh = d * hn
	case Greater:
		d, ok1 = dist.NCTSolve(r.T, r.DF, alpha, true)
		r.DZCILow = d * hn
	default:
		d, ok1 = dist.NCTSolve(r.T, r.DF, alpha/2, true)
		r.DZCILow = d * hn
		d, ok2 = dist.NCTSolve(r.T, r.DF, alpha/2, false)
		r.DZCIHigh = d * hn
	}
	j := hedgesJ(r.DF)
	r.GZ = j * r.DZ
	r.GZCILow = scaleBound(j, r.DZCILow)
	r.GZCIHigh = scaleBound(j, r.DZCIHigh)
	r.DAv = math.NaN()
	if paired {
		r.DAv = r.MeanDiff / ((r.SDX + r.SDY) / 2)
	}
	return !ok1 || !ok2
}

// nctSeriesMax bounds |t| for the noncentral t series behind the d_z
// interval; beyond it the interval is the normal approximation.
const nctSeriesMax = dist.NCTSeriesMax

// scaleBound returns j*b, keeping an infinite bound infinite when j = 0.
func scaleBound(j, b float64) float64 {
	if math.IsInf(b, 0) {
		return b
	}
	return j * b
}

// hedgesJ is Hedges' exact small-sample factor
//
//	J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)),
//
// computed as Gamma(x+1/2)/Gamma(x) / sqrt(x+1/2) with x = (m-1)/2 so that
// it stays accurate for large m (where exp(lgamma(m/2) - lgamma((m-1)/2))
// loses about log10(m) digits).
func hedgesJ(m float64) float64 {
	x := (m - 1) / 2
	return dist.GammaRatioHalf(x) / math.Sqrt(x+0.5)
}
