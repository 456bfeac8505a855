package dist

import (
	"math"

	"gonum.org/v1/gonum/mathext"
)

// NormUpper returns the standard normal upper tail
//
//	P(Z > z) = erfc(z/sqrt 2) / 2,
//
// accurate in relative terms far into the tail (to z = 38, where it
// underflows), unlike 1 - Phi(z).
func NormUpper(z float64) float64 { return 0.5 * math.Erfc(z/math.Sqrt2) }

// NormLower returns the standard normal lower tail Phi(z) = erfc(-z/sqrt 2)/2.
func NormLower(z float64) float64 { return 0.5 * math.Erfc(-z/math.Sqrt2) }

// NormQuantile returns the standard normal quantile Phi^-1(p) (Wichura
// 1988, AS 241, through gonum's mathext.NormalQuantile): -Inf at p = 0,
// +Inf at p = 1, NaN outside [0, 1] (where mathext panics).
func NormQuantile(p float64) float64 {
	if !(p >= 0 && p <= 1) {
		return math.NaN()
	}
	return mathext.NormalQuantile(p)
}
