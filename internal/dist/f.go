package dist

import (
	"math"

	"gonum.org/v1/gonum/mathext"
)

// FUpper returns P(F >= x) for F with d1 and d2 degrees of freedom, from
// the upper tail directly (never 1 - CDF):
//
//	P(F >= x) = I_{d2/(d2 + d1 x)}(d2/2, d1/2),
//
// I the regularized incomplete beta function (gonum's mathext.RegIncBeta).
// x <= 0 gives 1; NaN arguments or d1, d2 <= 0 give NaN.
func FUpper(x, d1, d2 float64) float64 {
	if math.IsNaN(x) || !(d1 > 0 && d2 > 0) {
		return math.NaN()
	}
	if x <= 0 {
		return 1
	}
	z := d2 / (d2 + d1*x)
	if !(z >= 0 && z <= 1) {
		return math.NaN()
	}
	return clamp01(mathext.RegIncBeta(d2/2, d1/2, z))
}
