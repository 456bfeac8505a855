package pairedt

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"

	"github.com/pairedt/pairedt/internal/dist"
)

// ShapiroWilkResult is the outcome of ShapiroWilk.
type ShapiroWilkResult struct {
	// Method is R's method string, "Shapiro-Wilk normality test".
	Method string `json:"method"`
	// W is the Shapiro-Wilk statistic, in (0, 1]; values near 1 are
	// consistent with normality.
	W float64 `json:"statistic"`
	// P is the p-value of Royston's approximation (exact for n = 3).
	P float64 `json:"p"`
	// N is the number of non-missing values used.
	N int `json:"n"`
	// Dropped is the number of NaN values dropped.
	Dropped int `json:"dropped"`
	// Warnings are caveats that do not stop the analysis, in a fixed order.
	Warnings []Warning `json:"warnings"`
}

// MarshalJSON encodes r with the keys of the field tags, followed by
// "warning_codes", the kinds of the warnings; Warnings is always an array.
func (r ShapiroWilkResult) MarshalJSON() ([]byte, error) {
	type plain ShapiroWilkResult
	p := plain(r)
	p.Warnings = nonNilWarnings(p.Warnings)
	return json.Marshal(struct {
		plain
		WarningCodes []WarningKind `json:"warning_codes"`
	}{p, warningCodesOf(r.Warnings)})
}

// Shapiro-Wilk sample size limits (R's shapiro.test).
const (
	// ShapiroWilkMinN is the smallest sample ShapiroWilk accepts.
	ShapiroWilkMinN = 3
	// ShapiroWilkAccurateN is the largest sample for which Royston's
	// approximation was fitted (and R's shapiro.test runs); above it
	// ShapiroWilk still runs, as SciPy's shapiro does, with a
	// WarnShapiroWilkLargeN warning that the p-value may not be accurate.
	ShapiroWilkAccurateN = 5000
	// ShapiroWilkMaxN is the largest sample ShapiroWilk accepts. Beyond
	// n = 5000 the p-value extrapolates Royston's polynomials in log n for
	// the mean and log standard deviation of log(1 - W); the latter,
	// -0.4803 - 0.082676 L + 0.0030302 L² (L = log n), reaches its minimum
	// at L = 13.64 (n about 840,000) and grows beyond it, so the fitted
	// spread of the null distribution would widen with n, which is the
	// algorithm breaking, not the statistic. The limit stays below that
	// turning point.
	ShapiroWilkMaxN = 500000
)

// ShapiroWilk performs the Shapiro-Wilk test of normality of x (for a paired
// analysis, of the differences), as R's shapiro.test(x). With x sorted and a
// Royston's approximation to the normalised expected normal order statistics:
//
//	W = (sum a_i x_(i))² / sum (x_i - mean)²
//
// computed as 1 - (correlation of a and x)² for accuracy near 1. P is exact for
// n = 3, 6/π (asin(sqrt(W)) - asin(sqrt(3/4))), and otherwise the upper normal
// tail of Royston's normalising transform of log(1 - W) (for 4 <= n <= 11 of
// -log(γ - log(1 - W)), γ = -2.273 + 0.459 n; P is 1e-99, as in R, when
// log(1 - W) >= γ). It ports R's swilk.c operation for operation.
//
// NaN values are dropped and counted in Dropped. W is scale invariant: values
// whose range is below 1e-10 are divided by the range (as R), values whose
// range overflows by their largest magnitude (where R gives NaN).
//
// Errors: ErrNonFinite (±Inf in x); ErrTooFew (fewer than ShapiroWilkMinN
// non-missing values); ErrShapiroWilkN (more than ShapiroWilkMaxN);
// ErrConstant (all values identical).
//
// Above ShapiroWilkAccurateN = 5000 values (where R's shapiro.test
// refuses) the test runs with a WarnShapiroWilkLargeN warning, as SciPy's
// scipy.stats.shapiro warns "p-value may not be accurate for N > 5000".
//
// Errors: ErrNonFinite (±Inf in x), ErrTooFew (fewer than 3 non-missing
// values), ErrShapiroWilkN (more than ShapiroWilkMaxN = 500000, where
// Royston's fitted spread stops growing with n), ErrConstant (all values
// identical).
//
// References: Shapiro and Wilk (1965) Biometrika 52:591-611; Royston (1992)
// Statistics and Computing 2:117-119; Royston (1995) Remark AS R94, Applied
// Statistics 44:547-551. R: src/library/stats/src/swilk.c.
func ShapiroWilk(x []float64) (ShapiroWilkResult, error) {
	dropped := 0
	for i, v := range x {
		if math.IsInf(v, 0) {
			return ShapiroWilkResult{}, fmt.Errorf("%w: ShapiroWilk: value %d is %v", ErrNonFinite, i+1, v)
		}
		if math.IsNaN(v) {
			dropped++
		}
	}
	n := len(x) - dropped
	if n < ShapiroWilkMinN {
		return ShapiroWilkResult{}, fmt.Errorf("%w: ShapiroWilk: %d non-missing %s, need at least %d",
			ErrTooFew, n, rankPlural(n, "value", "values"), ShapiroWilkMinN)
	}
	if n > ShapiroWilkMaxN {
		return ShapiroWilkResult{}, shapiroWilkTooMany(n)
	}
	xs := make([]float64, 0, n) // copied only within the limits
	for _, v := range x {
		if !math.IsNaN(v) {
			xs = append(xs, v)
		}
	}
	sort.Float64s(xs)
	rng := xs[n-1] - xs[0]
	if rng == 0 {
		return ShapiroWilkResult{}, fmt.Errorf("%w: ShapiroWilk: all %d values are identical (%v)", ErrConstant, n, xs[0])
	}
	if math.IsInf(rng, 0) {
		s := math.Max(math.Abs(xs[0]), math.Abs(xs[n-1]))
		for i := range xs {
			xs[i] /= s
		}
	} else if rng < 1e-10 {
		for i := range xs {
			xs[i] /= rng
		}
	}
	w, pw, ok := shapiroSwilk(xs)
	if !ok {
		// Only reachable if rescaling left a range below 1e-19.
		return ShapiroWilkResult{}, fmt.Errorf("%w: ShapiroWilk: range of the values too small", ErrConstant)
	}
	res := ShapiroWilkResult{Method: "Shapiro-Wilk normality test", W: w, P: pw, N: n, Dropped: dropped}
	if dropped > 0 {
		res.Warnings = append(res.Warnings, Warning{Kind: WarnMissingValues, N: dropped})
	}
	if n > ShapiroWilkAccurateN {
		res.Warnings = append(res.Warnings, Warning{Kind: WarnShapiroWilkLargeN, N: n, M: ShapiroWilkAccurateN})
	}
	return res, nil
}

// ErrShapiroWilkN: more values than ShapiroWilk accepts (ShapiroWilkMaxN).
var ErrShapiroWilkN = errors.New("pairedt: sample too large for Shapiro-Wilk")

// Royston's polynomial coefficients (AS R94, as in R's swilk.c).
var (
	shapiroG  = [...]float64{-2.273, .459}
	shapiroC1 = [...]float64{0., .221157, -.147981, -2.07119, 4.434685, -2.706056}
	shapiroC2 = [...]float64{0., .042981, -.293762, -1.752461, 5.682633, -3.582633}
	shapiroC3 = [...]float64{.544, -.39978, .025054, -6.714e-4}
	shapiroC4 = [...]float64{1.3822, -.77857, .062767, -.0020322}
	shapiroC5 = [...]float64{-1.5861, -.31082, -.083751, .0038915}
	shapiroC6 = [...]float64{-.4803, -.082676, .0030302}
)

// shapiroSwilk is swilk() of R's swilk.c for sorted x without censoring
// (n1 = n). It returns W, its p-value and false if the range of x is below
// 1e-19 (R's ifault = 6).
func shapiroSwilk(x []float64) (w, pw float64, ok bool) {
	const small = 1e-19
	n := len(x)
	nn2 := n / 2
	a := make([]float64, nn2+1) // 1-based
	an := float64(n)
	if n == 3 {
		a[1] = 0.70710678 // sqrt(1/2), as R
	} else {
		an25 := an + .25
		summ2 := 0.
		for i := 1; i <= nn2; i++ {
			a[i] = dist.NormQuantile((float64(i) - 0.375) / an25)
			summ2 += a[i] * a[i]
		}
		summ2 *= 2.
		ssumm2 := math.Sqrt(summ2)
		rsn := 1. / math.Sqrt(an)
		a1 := shapiroPoly(shapiroC1[:], rsn) - a[1]/ssumm2
		var i1 int
		var fac float64
		if n > 5 {
			i1 = 3
			a2 := -a[2]/ssumm2 + shapiroPoly(shapiroC2[:], rsn)
			fac = math.Sqrt((summ2 - 2.*(a[1]*a[1]) - 2.*(a[2]*a[2])) /
				(1. - 2.*(a1*a1) - 2.*(a2*a2)))
			a[2] = a2
		} else {
			i1 = 2
			fac = math.Sqrt((summ2 - 2.*(a[1]*a[1])) / (1. - 2.*(a1*a1)))
		}
		a[1] = a1
		for i := i1; i <= nn2; i++ {
			a[i] /= -fac
		}
	}

	rng := x[n-1] - x[0]
	if rng < small {
		return 0, 0, false
	}
	xx := x[0] / rng
	sx := xx
	sa := -a[1]
	for i, j := 1, n-1; i < n; j-- {
		xi := x[i] / rng
		sx += xi
		i++
		if i != j {
			sa += shapiroSignInt(i-j) * a[min(i, j)]
		}
	}
	// W as the squared correlation between data and coefficients.
	sa /= float64(n)
	sx /= float64(n)
	ssa, ssx, sax := 0., 0., 0.
	for i, j := 0, n-1; i < n; i, j = i+1, j-1 {
		var asa float64
		if i != j {
			asa = shapiroSignInt(i-j)*a[1+min(i, j)] - sa
		} else {
			asa = -sa
		}
		xsx := x[i]/rng - sx
		ssa += asa * asa
		ssx += xsx * xsx
		sax += asa * xsx
	}
	// w1 = 1 - W, computed to avoid rounding error for W near 1.
	ssassx := math.Sqrt(ssa * ssx)
	w1 := (ssassx - sax) * (ssassx + sax) / (ssa * ssx)
	w = 1. - w1

	if n == 3 { // exact p-value
		const pi6 = 1.90985931710274  // 6/pi
		const stqr = 1.04719755119660 // asin(sqrt(3/4))
		pw = pi6 * (math.Asin(math.Sqrt(w)) - stqr)
		if pw < 0 {
			pw = 0
		}
		return w, pw, true
	}
	y := math.Log(w1)
	lxx := math.Log(an)
	var m, s float64
	if n <= 11 {
		gamma := shapiroPoly(shapiroG[:], an)
		if y >= gamma {
			return w, 1e-99, true // R's "obvious" value
		}
		y = -math.Log(gamma - y)
		m = shapiroPoly(shapiroC3[:], an)
		s = math.Exp(shapiroPoly(shapiroC4[:], an))
	} else {
		m = shapiroPoly(shapiroC5[:], lxx)
		s = math.Exp(shapiroPoly(shapiroC6[:], lxx))
	}
	pw = dist.NormUpper((y - m) / s) // R: pnorm(y, m, s, upper tail)
	return w, pw, true
}

// shapiroSignInt is R's sign() of an integer, as a float64.
func shapiroSignInt(k int) float64 {
	switch {
	case k > 0:
		return 1
	case k < 0:
		return -1
	}
	return 0
}

// shapiroPoly evaluates the polynomial cc[0] + cc[1] x + ... (algorithm
// AS 181.2), in R's order of operations.
func shapiroPoly(cc []float64, x float64) float64 {
	ret := cc[0]
	if nord := len(cc); nord > 1 {
		p := x * cc[nord-1]
		for j := nord - 2; j > 0; j-- {
			p = (p + cc[j]) * x
		}
		ret += p
	}
	return ret
}

// shapiroWilkTooMany is ShapiroWilk's error for n > ShapiroWilkMaxN values.
func shapiroWilkTooMany(n int) error {
	return fmt.Errorf("%w: ShapiroWilk: %d values, Royston's approximation cannot be extrapolated beyond %d",
		ErrShapiroWilkN, n, ShapiroWilkMaxN)
}
