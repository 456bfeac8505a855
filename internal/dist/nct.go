package dist

import (
	"math"

	"gonum.org/v1/gonum/mathext"
)

// The noncentral t distribution, for the confidence interval of d_z.
//
// gonum's distuv.NoncentralT (v0.17.0) ports Lenth's AS 243, as R's pt(q,
// df, ncp) does: its series starts at the Poisson weight exp(-ncp^2/2),
// which underflows for |ncp| > 37.62, where both fall back to a normal
// approximation good to two or three digits, and it takes lower tails as
// 1 - upper. Here the same Poisson mixture of incomplete beta functions is
// summed from the mode of the Poisson weights outwards in both directions
// (Benton and Krishnamoorthy 2003, "Computing discrete mixtures of
// continuous distributions: noncentral chisquare, noncentral t and the
// distribution of the square of the sample multiple correlation
// coefficient", Computational Statistics & Data Analysis 43, 249-267), and
// both tails are summed directly:
//
//	P(T <= t) = Phi(-delta) + 1/2 sum_j [P_j I_x(j+1/2, df/2) + Q_j I_x(j+1, df/2)]
//	P(T >  t) =               1/2 sum_j [P_j I_y(df/2, j+1/2) + Q_j I_y(df/2, j+1)]
//
// for t >= 0, with x = t^2/(t^2+df), y = 1 - x = df/(t^2+df), lambda =
// delta^2/2, P_j = exp(-lambda) lambda^j / j! and Q_j = delta/sqrt(2)
// exp(-lambda) lambda^j / Gamma(j+3/2); for t < 0 the tails of (-t, -delta)
// swap. (The second line follows from the first with I_x(a, b) = 1 -
// I_y(b, a) and sum_j Q_j = 2 Phi(delta) - 1.) The sums are accurate to
// about 1e-16 absolute, which is what the interval needs: its bounds are
// where a tail equals (1 - level)/2.

// NCTSeriesMax bounds |t| for the series; beyond it the interval of d_z
// uses the normal approximation of Abramowitz and Stegun 26.7.10.
const NCTSeriesMax = 5000.0

// NCTTails returns P(T <= t) and P(T > t) for T ~ noncentral t(df, delta),
// df > 0, as Poisson mixtures of incomplete beta functions summed from the
// mode of the Poisson weights outwards (Benton and Krishnamoorthy 2003):
//
//	P(T <= t) = Phi(-delta) + 1/2 sum_j [P_j I_x(j+1/2, df/2) + Q_j I_x(j+1, df/2)]
//	P(T >  t) =               1/2 sum_j [P_j I_y(df/2, j+1/2) + Q_j I_y(df/2, j+1)]
//
// for t >= 0, x = t^2/(t^2+df), y = 1 - x, P_j = exp(-lambda) lambda^j / j!,
// Q_j = delta/sqrt(2) exp(-lambda) lambda^j / Gamma(j+3/2), lambda =
// delta^2/2; for t < 0 the tails of (-t, -delta) swap. ok is false when the
// series would need too many terms.
func NCTTails(t, df, delta float64) (lower, upper float64, ok bool) {
	if t < 0 {
		u, l, ok := NCTTails(-t, df, -delta)
		return l, u, ok
	}
	if t == 0 {
		return NormLower(-delta), NormLower(delta), true
	}
	t2 := t * t
	x := t2 / (t2 + df)
	y := df / (t2 + df)
	if math.IsInf(t2, 1) {
		x, y = 1, 0
	}
	b := df / 2
	lambda := delta * delta / 2
	k := math.Floor(lambda)
	if k > 1e12 {
		return math.NaN(), math.NaN(), false
	}

	// Poisson weight at the mode and the matching Q weight.
	pk := poissonPMF(k, lambda)
	qk := pk * delta / math.Sqrt2 / GammaRatioHalf(k+1)

	// Incomplete beta functions at the mode, and the steps between
	// neighbours: I_x(a, b) - I_x(a+1, b) = x^a y^b / (a B(a, b)).
	ia, ja, ga := betaPair(k+0.5, b, x, y)
	ib, jb, gb := betaPair(k+1, b, x, y)

	// Plain sums suffice: the terms fall off on both sides of the mode, and
	// an absolute accuracy near 1e-16 is what the interval needs.
	lo := pk*ia + qk*ib
	up := pk*ja + qk*jb

	const tiny = 1e-20
	maxTerms := 50*math.Sqrt(lambda) + 1000

	// Forward: j = k+1, k+2, ...
	p, q := pk, qk
	fia, fja, fga := ia, ja, ga
	fib, fjb, fgb := ib, jb, gb
	for j := k + 1; ; j++ {
		aa := j - 0.5 // a of the previous term (j-1)+1/2
		ab := j       // a of the previous term (j-1)+1
		fia -= fga
		fja += fga
		fga *= x * (aa + b) / (aa + 1)
		fib -= fgb
		fjb += fgb
		fgb *= x * (ab + b) / (ab + 1)
		p *= lambda / j
		q *= lambda / (j + 0.5)
		lo += p*fia + q*fib
		up += p*fja + q*fjb
		r := lambda / (j + 1)
		if pq := p + abs(q); pq*r < tiny*(1-r) || pq == 0 {
			break
		}
		if j-k > maxTerms {
			return math.NaN(), math.NaN(), false
		}
	}
	// Backward: j = k-1, ..., 0.
	p, q = pk, qk
	bia, bja, bga := ia, ja, ga
	bib, bjb, bgb := ib, jb, gb
	for j := k - 1; j >= 0; j-- {
		aa := j + 0.5 // a of this term
		ab := j + 1
		if x > 0 {
			bga *= (aa + 1) / (x * (aa + b))
			bgb *= (ab + 1) / (x * (ab + b))
		}
		bia += bga
		bja -= bga
		bib += bgb
		bjb -= bgb
		p *= (j + 1) / lambda
		q *= (j + 1.5) / lambda
		lo += p*bia + q*bib
		up += p*bja + q*bjb
		r := (j + 0.5) / lambda
		if r < 1 && (p+abs(q))*r < tiny*(1-r) {
			break
		}
		if k-j > maxTerms {
			return math.NaN(), math.NaN(), false
		}
	}
	lower = NormLower(-delta) + 0.5*lo
	upper = 0.5 * up
	return clamp01(lower), clamp01(upper), true
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func clamp01(p float64) float64 { return math.Max(0, math.Min(1, p)) }

// betaPair returns I_x(a, b), I_y(b, a) = 1 - I_x(a, b) and the step
// x^a y^b / (a B(a, b)), computing directly the one of the two
// probabilities that the incomplete beta function gets accurately (the one
// whose argument lies below the mean of its beta distribution).
func betaPair(a, b, x, y float64) (ix, jy, g float64) {
	switch {
	case x == 0:
		return 0, 1, 0
	case y == 0:
		return 1, 0, 0
	}
	if x <= a/(a+b) {
		ix = mathext.RegIncBeta(a, b, x)
		jy = 1 - ix
	} else {
		jy = mathext.RegIncBeta(b, a, y)
		ix = 1 - jy
	}
	g = math.Exp(a*math.Log(x) + b*math.Log(y) - math.Log(a) - mathext.Lbeta(a, b))
	return ix, jy, g
}

// poissonPMF returns exp(-lambda) lambda^k / k! for an integer k >= 0,
// by Loader's saddle-point form (Loader 2000, "Fast and accurate
// computation of binomial probabilities", as in R's dpois_raw) so that it
// stays accurate for large lambda.
func poissonPMF(k, lambda float64) float64 {
	if lambda == 0 {
		if k == 0 {
			return 1
		}
		return 0
	}
	if k == 0 {
		return math.Exp(-lambda)
	}
	return math.Exp(-stirlerr(k)-bd0(k, lambda)) / math.Sqrt(2*math.Pi*k)
}

// GammaRatioHalf returns Gamma(x + 1/2) / Gamma(x) for x >= 0 (0 at x = 0),
// from the Stirling series for x >= 30:
//
//	log(Gamma(x+1/2)/Gamma(x)) = log(x)/2 - 1/(8x) + 1/(192x^3) - 1/(640x^5) + 17/(14336x^7) - ...
//
// (the difference of the Bernoulli-polynomial expansions of log Gamma(x+a)
// at a = 1/2 and a = 0), and below from the recurrence
//
//	Gamma(x+1/2)/Gamma(x) = Gamma(x+k+1/2)/Gamma(x+k) prod_{j<k} (x+j)/(x+j+1/2)
//
// up to x + k >= 30, the product in double-double arithmetic.
func GammaRatioHalf(x float64) float64 {
	switch {
	case x == 0:
		return 0
	case x >= 30:
		return gammaRatioHalfStirling(x)
	}
	k := math.Ceil(30 - x)
	nh, nl := 1.0, 0.0
	dh, dl := 1.0, 0.0
	for j := 0.0; j < k; j++ {
		ah, al := twoSum(x, j)
		nh, nl = ddMul(nh, nl, ah, al)
		bh, bl := twoSum(x, j+0.5)
		dh, dl = ddMul(dh, dl, bh, bl)
	}
	rh, _ := ddDiv(nh, nl, dh, dl)
	return gammaRatioHalfStirling(x+k) * rh
}

func gammaRatioHalfStirling(x float64) float64 {
	z := 1 / x
	z2 := z * z
	s := z * (-1.0/8 + z2*(1.0/192+z2*(-1.0/640+z2*(17.0/14336+z2*(-31.0/18432)))))
	return math.Sqrt(x) * math.Exp(s)
}

// NCTSolve returns the noncentrality delta at which the lower tail P(T <= t)
// of the noncentral t(df, delta) equals p (upper = false) or the upper tail
// P(T > t) equals p (upper = true), for 0 < p < 1. The tail is monotone in
// delta (the lower tail falls as delta grows), so the root is bracketed by
// stepping out from the normal approximation and refined with Zeroin to
// 2 eps |delta|. ok is false when the series could not
// be used; delta is then the normal approximation.
func NCTSolve(t, df, p float64, upper bool) (delta float64, ok bool) {
	// Abramowitz and Stegun 26.7.10: P(T <= t) ~ Phi((t (1 - 1/(4 df)) - delta) / sqrt(1 + t^2/(2 df))).
	// Lower tail p: delta = t (1 - 1/(4 df)) - s Phi^-1(p); upper: + s Phi^-1(p).
	z := -NormQuantile(p)
	if upper {
		z = NormQuantile(p)
	}
	s := math.Sqrt(1 + t*t/(2*df))
	approx := t*(1-1/(4*df)) + z*s
	if math.Abs(t) > NCTSeriesMax || math.IsInf(approx, 0) || math.IsNaN(approx) {
		return approx, false
	}
	// f is decreasing in delta with its root at the answer.
	bad := false
	f := func(d float64) float64 {
		l, u, ok := NCTTails(t, df, d)
		if !ok {
			bad = true
			return math.NaN()
		}
		if upper {
			return p - u
		}
		return l - p
	}
	a, fa := approx, f(approx)
	if bad {
		return approx, false
	}
	if fa == 0 {
		return a, true
	}
	// The approximation is good to a small fraction of the spread s of
	// T; step out from it in growing steps.
	h := 0.02 * s * (1 + math.Abs(z))
	if fa < 0 {
		h = -h
	}
	b, fb := a+h, f(a+h)
	for i := 0; (fa > 0) == (fb > 0) && fb != 0; i++ {
		if bad || i > 200 {
			return approx, false
		}
		a, fa = b, fb
		h *= 4
		b, fb = a+h, f(a+h)
	}
	if bad {
		return approx, false
	}
	root, conv := Zeroin(f, a, b, fa, fb, 2e-300, 1000)
	if bad || !conv || math.IsNaN(root) {
		return approx, false
	}
	return root, true
}
