package dist

import "math"

// Zeroin returns a root of f in [ax, bx], given fa = f(ax) and fb = f(bx) of
// opposite signs (or one of them 0), by Brent's method: inverse quadratic or
// secant interpolation, safeguarded by bisection (Brent 1973, "Algorithms
// for Minimization without Derivatives", ch. 4). It is R's R_zeroin2
// (src/library/stats/src/zeroin.c, from NETLIB c/brent.shar), the solver of
// uniroot: it stops when the bracket is within
//
//	2 eps |b| + tol/2,  eps = 2^-52,
//
// of the iterate b, or f(b) = 0, and converged is false when maxIter
// evaluations of f did not get there (b is then the last iterate). Callers
// check the signs of fa and fb first; with equal signs the result is
// meaningless.
func Zeroin(f func(float64) float64, ax, bx, fa, fb, tol float64, maxIter int) (root float64, converged bool) {
	const eps = 0x1p-52
	a, b := ax, bx
	c, fc := a, fa
	if fa == 0 {
		return a, true
	}
	if fb == 0 {
		return b, true
	}
	for maxit := maxIter + 1; maxit > 0; maxit-- {
		prevStep := b - a
		if math.Abs(fc) < math.Abs(fb) {
			a, b, c = b, c, b
			fa, fb, fc = fb, fc, fb
		}
		tolAct := 2*eps*math.Abs(b) + tol/2
		newStep := (c - b) / 2
		if math.Abs(newStep) <= tolAct || fb == 0 {
			return b, true
		}
		if math.Abs(prevStep) >= tolAct && math.Abs(fa) > math.Abs(fb) {
			var p, q float64
			cb := c - b
			if a == c { // secant
				t1 := fb / fa
				p = cb * t1
				q = 1 - t1
			} else { // inverse quadratic interpolation
				q = fa / fc
				t1 := fb / fc
				t2 := fb / fa
				p = t2 * (cb*q*(q-t1) - (b-a)*(t1-1))
				q = (q - 1) * (t1 - 1) * (t2 - 1)
			}
			if p > 0 {
				q = -q
			} else {
				p = -p
			}
			if p < 0.75*cb*q-math.Abs(tolAct*q)/2 && p < math.Abs(prevStep*q/2) {
				newStep = p / q
			}
		}
		if math.Abs(newStep) < tolAct {
			if newStep > 0 {
				newStep = tolAct
			} else {
				newStep = -tolAct
			}
		}
		a, fa = b, fb
		b += newStep
		fb = f(b)
		if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) {
			c, fc = a, fa
		}
	}
	return b, false
}
