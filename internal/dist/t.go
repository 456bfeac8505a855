package dist

import "math"

// TUpper returns the upper tail P(T >= t) of Student's t distribution with
// df > 0 degrees of freedom, computed as an upper tail (never 1 - CDF):
//
//	P(T >= t) = I_x(df/2, 1/2) / 2,  x = df / (df + t^2),  t >= 0
//	P(T >= t) = 1 - P(T >= -t),                             t < 0
//
// where I is the regularized incomplete beta function (Abramowitz and
// Stegun 26.7.1). Three evaluations, each where it is accurate:
//
//   - t^2 < df and P(T >= t) >= 0.02: 1/2 - I_y(1/2, df/2)/2, y = 1 - x, by
//     the hypergeometric series (Abramowitz and Stegun 26.5.23);
//   - y = t^2/(df + t^2) >= 0.05: the continued fraction for I_x(df/2, 1/2)
//     (Abramowitz and Stegun 26.5.8, evaluated by the modified Lentz
//     method, Press et al. 2007, Numerical Recipes, sec. 6.4);
//   - otherwise (large df, small tail): f(t) times the integral of
//     f(t + v)/f(t) over v > 0, f the density, by double-exponential
//     quadrature (Takahasi and Mori 1974).
//
// The factor x^(df/2) = exp(-(df/2) log(1 + t^2/df)) (and the density) is
// computed with its exponent in double-double arithmetic, and
// B(df/2, 1/2) from Gamma(df/2 + 1/2)/Gamma(df/2) (GammaRatioHalf), so that
// no digits are lost to cancellation at large df or in the far tail.
// It returns NaN for a NaN t or df <= 0, and the normal tail for df = +Inf.
func TUpper(t, df float64) float64 {
	switch {
	case math.IsNaN(t) || !(df > 0):
		return math.NaN()
	case math.IsInf(df, 1):
		return NormUpper(t)
	case t < 0:
		return 1 - TUpper(-t, df)
	case t == 0:
		return 0.5
	case math.IsInf(t, 1):
		return 0
	}
	t2 := t * t
	// (For t > 3 and df > t^2 > 9 the tail is below P(T_9 >= 3) = 0.0075.)
	if t2 < df && t <= 3 {
		// Below 0.02 the subtraction would lose more than a factor 25.
		if c := 0.5 * (1 - incBetaHalf(t, df)); c >= 0.02 {
			return c
		}
	}
	// y = t^2/(df + t^2) = 1/(1 + df/t^2), safe from overflow.
	y := 1 / (1 + df/t/t)
	if y >= 0.05 {
		return tUpperCF(t, df, y)
	}
	return tUpperQuad(t, df)
}

// log1pT2 returns log(1 + t^2/df) in double-double, for t > 0, df > 0.
func log1pT2(t, df float64) (float64, float64) {
	if t < 1e150 && t < 1e150*math.Sqrt(df) {
		th, tl := twoProd(t, t)
		wh, wl := ddDiv(th, tl, df, 0)
		sh, sl := twoSum(1, wh)
		sh, sl = twoSum(sh, sl+wl)
		return ddLog(sh, sl)
	}
	// 2 log t - log df + log1p(df/t^2)
	ah, al := ddLog(t, 0)
	bh, bl := ddLog(df, 0)
	h, l := ddAdd(2*ah, 2*al, -bh, -bl)
	return ddAdd(h, l, math.Log1p(df/t/t), 0)
}

// expTimes returns exp(uh + ul) r for r > 0, without underflow of exp(uh)
// when r is large.
func expTimes(uh, ul, r float64) float64 {
	if uh > -700 {
		return ddExp(uh, ul) * r
	}
	return ddExp(uh+math.Log(r), ul)
}

// tUpperCF is P(T >= t) for t > 0 and y = t^2/(df + t^2) not small, from
// the continued fraction of I_x(a, 1/2), a = df/2, x = 1 - y:
//
//	I_x(a, b) = x^a y^b / (a B(a, b)) / (1 + d_1/(1 + d_2/(1 + ...)))
//	d_{2m+1} = -(a+m)(a+b+m) x / ((a+2m)(a+2m+1)),  d_{2m} = m(b-m) x / ((a+2m-1)(a+2m))
func tUpperCF(t, df, y float64) float64 {
	a, b := df/2, 0.5
	x := 1 / (1 + t/df*t)
	lh, ll := log1pT2(t, df)
	uh, ul := ddMulF(lh, ll, -a)
	front := math.Sqrt(y) * GammaRatioHalf(a) / math.SqrtPi / a
	return expTimes(uh, ul, 0.5*front*betaCF(a, b, x))
}

// betaCF evaluates the continued fraction of tUpperCF by the modified Lentz
// method.
func betaCF(a, b, x float64) float64 {
	const tiny = 1e-300
	fix := func(v float64) float64 {
		if math.Abs(v) < tiny {
			return tiny
		}
		return v
	}
	c := 1.0
	d := 1 / fix(1-(a+b)*x/(a+1))
	h := d
	for m := 1.0; m < 1e6; m++ {
		m2 := 2 * m
		aa := m * (b - m) * x / ((a - 1 + m2) * (a + m2))
		d = 1 / fix(1+aa*d)
		c = fix(1 + aa/c)
		h *= d * c
		aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2))
		d = 1 / fix(1+aa*d)
		c = fix(1 + aa/c)
		del := d * c
		h *= del
		if math.Abs(del-1) <= 1e-17 {
			break
		}
	}
	return h
}

// tUpperQuad is P(T >= t) for t > 0 as f(t) J, f the density and
//
//	J = int_0^inf exp(-g(v)) dv,  g(v) = (df+1)/2 log1p(v (2t + v)/(df + t^2)),
//
// with v = s/g'(0) and s = exp(pi/2 sinh tau) (the exp-sinh rule of
// Takahasi and Mori 1974), trapezoidal in tau with the step halved until
// the sum settles.
func tUpperQuad(t, df float64) float64 {
	dd := df + t*t
	c := (df + 1) / 2
	kappa := 2 * c * t / dd
	f := func(k int) float64 {
		v := expSinhNodes[k].s / kappa
		return math.Exp(-c*math.Log1p(v*(2*t+v)/dd)) * expSinhNodes[k].w
	}
	// Steps 1/4, 1/8, then 1/16 (the error at a step is about the square of
	// the change from the coarser one).
	sum := 0.0
	for k := 0; k < len(expSinhNodes); k += 4 {
		sum += f(k)
	}
	est := sum / 4
	for k := 2; k < len(expSinhNodes); k += 4 {
		sum += f(k)
	}
	next := sum / 8
	if math.Abs(next-est) > 1e-8*next {
		for k := 1; k < len(expSinhNodes); k += 2 {
			sum += f(k)
		}
		next = sum / 16
	}
	j := next / kappa
	// f(t) = Gamma((df+1)/2) / (Gamma(df/2) sqrt(df pi)) (1 + t^2/df)^(-(df+1)/2)
	lh, ll := log1pT2(t, df)
	uh, ul := ddMulF(lh, ll, -df/2)
	uh, ul = ddAdd(uh, ul, -lh/2, -ll/2)
	return expTimes(uh, ul, GammaRatioHalf(df/2)/math.Sqrt(df*math.Pi)*j)
}

// expSinhNodes are the nodes s = exp(pi/2 sinh tau) and weights
// ds/dtau = s pi/2 cosh tau of the exp-sinh rule at tau = -4 + k/16 for
// tau <= 2.5: below, the weight is under 1e-17; above, s > 1e3, where the
// integrand of tUpperQuad is below exp(-s).
var expSinhNodes = func() []struct{ s, w float64 } {
	var nodes []struct{ s, w float64 }
	for k := 0; k <= 104; k++ {
		tau := -4 + float64(k)/16
		s := math.Exp(math.Pi / 2 * math.Sinh(tau))
		nodes = append(nodes, struct{ s, w float64 }{s, s * math.Pi / 2 * math.Cosh(tau)})
	}
	return nodes
}()

// incBetaHalf returns I_y(1/2, df/2) at y = t^2/(df+t^2), for t^2 < df,
// by the hypergeometric series (Abramowitz and Stegun 26.5.23 with
// 15.1.1)
//
//	I_y(a, b) = y^a (1-y)^b / (a B(a, b)) * sum_n c_n,  c_0 = 1,  c_{n+1} = c_n y (a+b+n) / (a+1+n)
//
// with (1-y)^(df/2) = exp(-df/2 log1p(t^2/df)) and 1/B(1/2, df/2) =
// Gamma(df/2 + 1/2) / (Gamma(df/2) sqrt(pi)) from GammaRatioHalf.
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
	front := math.Exp(-b*math.Log1p(t2/df)) * (math.Sqrt(y) * GammaRatioHalf(b)) / math.SqrtPi / a
	return math.Min(1, front*sum)
}

// TLower returns P(T <= t) = TUpper(-t, df).
func TLower(t, df float64) float64 { return TUpper(-t, df) }

// TDensity is the density of Student's t with df degrees of freedom,
//
//	f(t) = Gamma((df+1)/2) / (Gamma(df/2) sqrt(df pi)) (1 + t^2/df)^(-(df+1)/2).
func TDensity(t, df float64) float64 {
	return GammaRatioHalf(df/2) / math.Sqrt(df*math.Pi) * math.Exp(-(df+1)/2*math.Log1p(t*t/df))
}

// TQuantileUpper returns the q with P(T >= q) = a for Student's t with df > 0
// degrees of freedom and 0 < a < 1 (+Inf for a <= 0, -Inf for a >= 1, NaN
// for a NaN a or df <= 0; a > 1/2 gives -TQuantileUpper(1 - a, df) by
// symmetry). From a start (the Cornish-Fisher
// expansion of Abramowitz and Stegun 26.7.5 for df >= 5, the power-law tail
// P(T >= t) ~ f(t) t/df below) it takes Newton steps on log TUpper,
// safeguarded by a bracket [lo, hi] with TUpper(lo) > a > TUpper(hi) (a
// bisection step, or a doubling while hi is unknown, whenever Newton would
// leave it), so that its accuracy is
// that of TUpper.
func TQuantileUpper(a, df float64) float64 {
	if math.IsNaN(a) || !(df > 0) {
		return math.NaN()
	}
	if a > 0.5 {
		return -TQuantileUpper(1-a, df)
	}
	if a == 0.5 {
		return 0
	}
	if !(a > 0) {
		return math.Inf(1)
	}
	q := tQuantileStart(a, df)
	if !(q > 0) || math.IsInf(q, 0) {
		q = 1
	}
	// The bracket [lo, hi] starts as [0, +Inf): TUpper(0) = 1/2 > a.
	lo, hi := 0.0, math.Inf(1)
	u := TUpper(q, df)
	la := math.Log(a)
	for range 2000 {
		if u == a {
			return q
		}
		if u > a {
			lo = q
		} else {
			hi = q
		}
		next := q
		if f := TDensity(q, df); f > 0 && u > 0 {
			next = q + (math.Log(u)-la)*u/f
		}
		if !(next > lo && next < hi) {
			next = lo + (hi-lo)/2
			if math.IsInf(hi, 1) {
				next = 2 * lo
			}
		}
		if math.IsInf(next, 1) {
			return next
		}
		if math.Abs(next-q) <= 0x1p-50*q || next == lo || next == hi {
			return next
		}
		q = next
		u = TUpper(q, df)
	}
	return q
}

// tQuantileStart is a first guess at TQuantileUpper(a, df), 0 < a < 1/2.
func tQuantileStart(a, df float64) float64 {
	if df >= 5 {
		z := -NormQuantile(a)
		z2 := z * z
		g1 := (z2 + 1) * z / 4
		g2 := ((5*z2+16)*z2 + 3) * z / 96
		g3 := (((3*z2+19)*z2+17)*z2 - 15) * z / 384
		g4 := ((((79*z2+776)*z2+1482)*z2-1920)*z2 - 945) * z / 92160
		return z + (g1+(g2+(g3+g4/df)/df)/df)/df
	}
	// P(T >= t) ~ K df^((df-1)/2) t^-df, K = Gamma((df+1)/2)/(Gamma(df/2) sqrt(df pi))
	lk := math.Log(GammaRatioHalf(df/2) / math.Sqrt(df*math.Pi))
	return math.Exp((lk + (df-1)/2*math.Log(df) - math.Log(a)) / df)
}
