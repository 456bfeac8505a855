package audit

import (
	"math"

	"github.com/pairedt/pairedt/internal/dist"
)

// fSurvival is P(F_{d1,d2} >= x), as R's pf(x, d1, d2, lower.tail = FALSE).
// Degrees of freedom below minDF or above 1e10 give NaN (the incomplete
// beta is not trusted there).
func fSurvival(x, d1, d2 float64) float64 {
	if !(d1 >= minDF && d2 >= minDF && d1 <= 1e10 && d2 <= 1e10) {
		return math.NaN()
	}
	return dist.FUpper(x, d1, d2)
}

// chi2Survival is P(X^2_k >= x), as R's pchisq(x, k, lower.tail = FALSE),
// with the same limits on k.
func chi2Survival(x, k float64) float64 {
	if !(k >= minDF && k <= 1e10) || math.IsNaN(x) {
		return math.NaN()
	}
	return dist.ChisqUpper(x, k)
}
