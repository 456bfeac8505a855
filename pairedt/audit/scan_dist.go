package audit

import (
	"math"

	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"
)

// fSurvival is P(F_{d1,d2} >= x), as R's pf(x, d1, d2, lower.tail = FALSE),
// from the regularised incomplete beta function. Degrees of freedom below minDF or above
// 1e10 give NaN (gonum's incomplete beta is not trusted there).
//
// TODO(dist): move into internal/dist with the other tails once it lands.
func fSurvival(x, d1, d2 float64) float64 {
	if !(d1 >= minDF && d2 >= minDF && d1 <= 1e10 && d2 <= 1e10) || math.IsNaN(x) {
		return math.NaN()
	}
	if x <= 0 {
		return 1
	}
	// P(F >= x) = I_{d2/(d2 + d1 x)}(d2/2, d1/2), the upper tail straight
	// from the incomplete beta: gonum's F.Survival is 1 - CDF and reads
	// 1.1e-16 where R's pf gives 7.46e-19 (F(1, 22) = 810.6).
	z := d2 / (d2 + d1*x)
	if !(z >= 0 && z <= 1) {
		return math.NaN()
	}
	return math.Min(1, math.Max(0, mathext.RegIncBeta(d2/2, d1/2, z)))
}

// chi2Survival is P(X^2_k >= x), as R's pchisq(x, k, lower.tail = FALSE).
func chi2Survival(x, k float64) float64 {
	if !(k >= minDF && k <= 1e10) || math.IsNaN(x) {
		return math.NaN()
	}
	return math.Min(1, math.Max(0, distuv.ChiSquared{K: k}.Survival(x)))
}
