package dist

import "gonum.org/v1/gonum/mathext"

// ChisqUpper returns P(X > x) for X chi-squared with df > 0 degrees of
// freedom, from the upper tail directly (never 1 - CDF):
//
//	P(X > x) = Q(df/2, x/2),
//
// Q the regularized upper incomplete gamma function (gonum's
// mathext.GammaIncRegComp, a port of cephes igamc). x <= 0 gives 1.
func ChisqUpper(x, df float64) float64 {
	if !(x > 0) {
		return 1
	}
	return mathext.GammaIncRegComp(df/2, x/2)
}
