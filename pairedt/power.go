package pairedt

import (
	"errors"
	"fmt"
	"math"

	"github.com/pairedt/pairedt/internal/dist"
	"gonum.org/v1/gonum/mathext"
)

// Power of the paired t-test, with the exact noncentral t, as R's
// pwr::pwr.t.test(type = "paired") and G*Power's "Means: Difference between
// two dependent means (matched pairs)" compute it: with n pairs, df = n - 1
// and noncentrality sqrt(n) d_z,
//
//	two-sided: P(T' > q) + P(T' < -q),  q = qt(1 - alpha/2, df)
//	greater:   P(T' > qt(1 - alpha, df))
//	less:      P(T' < -qt(1 - alpha, df))
//
// with T' ~ noncentral t(df, sqrt(n) d_z). The two-sided power counts both
// rejection regions (pwr's and G*Power's convention). R's
// stats::power.t.test(type = "paired") counts only the region on the side
// of the effect unless strict = TRUE, so for small effects its default
// two-sided power is lower (d = 0.1, n = 10: 0.0469 against 0.0593); with
// strict = TRUE it agrees with this one.

var (
	// ErrPower: a power outside (alpha, 1) for a solve (no design reaches
	// it), or outside (0, 1).
	ErrPower = errors.New("pairedt: invalid power")
	// ErrAlpha: a significance level outside (0, 1).
	ErrAlpha = errors.New("pairedt: invalid alpha")
	// ErrEffect: an effect size that is NaN, infinite, zero where a sample
	// size is solved for, or of the sign the one-sided alternative
	// excludes.
	ErrEffect = errors.New("pairedt: invalid effect size")
)

// TPowerResult is one design of the paired t-test: any three of N, DZ,
// Power and Alpha determine the fourth, named by Solved.
type TPowerResult struct {
	// N is the number of pairs; when solved for, the smallest whole
	// number of pairs that reaches the requested power, and Power is the
	// power actually reached with N pairs.
	N int
	// NExact is the real-valued solution for n (pwr's n); N when N was
	// given.
	NExact float64
	// DZ is the standardized mean difference d_z = mu_d / sigma_d; the
	// smallest detectable one when solved for (sensitivity).
	DZ float64
	// Power is 1 - beta at N; Alpha the significance level.
	Power, Alpha float64
	// Alternative is the alternative of the test.
	Alternative Alternative
	// Solved is "n", "d_z", "power" or "alpha".
	Solved string
}

func checkAlpha(alpha float64) error {
	if !(alpha > 0 && alpha < 1) {
		return fmt.Errorf("%w: alpha = %v, want 0 < alpha < 1", ErrAlpha, alpha)
	}
	return nil
}

// tCrit returns qt(1 - a, df) for 0 < a < 1.
func tCrit(a, df float64) float64 {
	if a > 0.5 {
		return -dist.TQuantileUpper(1-a, df)
	}
	return dist.TQuantileUpper(a, df)
}

// tPower is the power at a real n >= 2 (no checks); NaN when the
// noncentral t series cannot be summed.
func tPower(n, dz, alpha float64, alt Alternative) float64 {
	df := n - 1
	ncp := math.Sqrt(n) * dz
	if math.Abs(ncp) > nctExactMax {
		return tPowerApprox(df, ncp, alpha, alt)
	}
	switch alt {
	case Greater:
		_, up, ok := dist.NCTTails(tCrit(alpha, df), df, ncp)
		if !ok {
			return math.NaN()
		}
		return up
	case Less:
		lo, _, ok := dist.NCTTails(-tCrit(alpha, df), df, ncp)
		if !ok {
			return math.NaN()
		}
		return lo
	}
	q := tCrit(alpha/2, df)
	_, up, ok1 := dist.NCTTails(q, df, ncp)
	lo, _, ok2 := dist.NCTTails(-q, df, ncp)
	if !ok1 || !ok2 {
		return math.NaN()
	}
	return math.Min(1, up+lo)
}

// nctExactMax bounds the noncentrality for the exact series (whose cost
// grows with it); beyond, where a power is 1 or 0 to double precision
// unless alpha or df are extreme, the normal approximation of Abramowitz
// and Stegun 26.7.10 is used (R's pt(q, df, ncp) switches to it beyond
// 37.62).
const nctExactMax = 100

// tPowerApprox is tPower by P(T' <= t) ~ Phi((t (1 - 1/(4 df)) - ncp) / sqrt(1 + t^2/(2 df))).
func tPowerApprox(df, ncp, alpha float64, alt Alternative) float64 {
	lower := func(t float64) float64 {
		return dist.NormLower((t*(1-1/(4*df)) - ncp) / math.Sqrt(1+t*t/(2*df)))
	}
	upper := func(t float64) float64 {
		return dist.NormUpper((t*(1-1/(4*df)) - ncp) / math.Sqrt(1+t*t/(2*df)))
	}
	switch alt {
	case Greater:
		return upper(tCrit(alpha, df))
	case Less:
		return lower(-tCrit(alpha, df))
	}
	q := tCrit(alpha/2, df)
	return math.Min(1, upper(q)+lower(-q))
}

// TPower returns the power of the paired t-test with n pairs (n >= 2, a
// real n as pwr allows), effect d_z and level alpha. It agrees with
// pwr.t.test to 1e-10 relative (testdata/r/power.R); a power below 0.01
// (a one-sided test against the direction of the effect) is good to about
// 1e-16 absolute only, as R's is.
func TPower(n, dz, alpha float64, alt Alternative) (float64, error) {
	switch {
	case !(n >= 2) || math.IsInf(n, 1):
		return 0, fmt.Errorf("%w: n = %v pairs, need at least 2", ErrTooFew, n)
	case math.IsNaN(dz) || math.IsInf(dz, 0):
		return 0, fmt.Errorf("%w: d_z = %v", ErrEffect, dz)
	case !alt.Valid():
		return 0, fmt.Errorf("%w: %d", ErrAlternative, int(alt))
	}
	if err := checkAlpha(alpha); err != nil {
		return 0, err
	}
	p := tPower(n, dz, alpha, alt)
	if math.IsNaN(p) {
		return 0, fmt.Errorf("%w: the noncentral t series failed at n = %v, d_z = %v", ErrEffect, n, dz)
	}
	return p, nil
}

// TPowerAt returns the design with n pairs and effect dz (Solved "power").
func TPowerAt(n int, dz, alpha float64, alt Alternative) (TPowerResult, error) {
	p, err := TPower(float64(n), dz, alpha, alt)
	if err != nil {
		return TPowerResult{}, err
	}
	return TPowerResult{N: n, NExact: float64(n), DZ: dz, Power: p, Alpha: alpha, Alternative: alt, Solved: "power"}, nil
}

func checkTarget(power, alpha float64) error {
	if err := checkAlpha(alpha); err != nil {
		return err
	}
	if !(power > alpha && power < 1) {
		return fmt.Errorf("%w: power = %v, want alpha = %v < power < 1", ErrPower, power, alpha)
	}
	return nil
}

// TPowerN solves for the number of pairs that gives power at effect dz and
// level alpha (a priori analysis): NExact is the real root of power(n) =
// power (pwr's n) and N its ceiling (at least 2), with Power the power at
// N. N pairs reach the power, N - 1 do not.
func TPowerN(dz, power, alpha float64, alt Alternative) (TPowerResult, error) {
	if err := checkTarget(power, alpha); err != nil {
		return TPowerResult{}, err
	}
	switch {
	case math.IsNaN(dz) || math.IsInf(dz, 0) || dz == 0:
		return TPowerResult{}, fmt.Errorf("%w: d_z = %v, want a finite d_z != 0", ErrEffect, dz)
	case !alt.Valid():
		return TPowerResult{}, fmt.Errorf("%w: %d", ErrAlternative, int(alt))
	case alt == Greater && dz < 0, alt == Less && dz > 0:
		return TPowerResult{}, fmt.Errorf("%w: d_z = %v has the sign the alternative %s excludes", ErrEffect, dz, alt)
	}
	f := func(n float64) float64 { return tPower(n, dz, alpha, alt) - power }
	res := TPowerResult{DZ: dz, Alpha: alpha, Alternative: alt, Solved: "n"}
	lo, flo := 2.0, f(2)
	if flo >= 0 {
		res.N, res.NExact, res.Power = 2, 2, flo+power
		return res, nil
	}
	hi, fhi := 4.0, f(4)
	for fhi < 0 {
		if math.IsNaN(fhi) || hi > 1e15 {
			return TPowerResult{}, fmt.Errorf("%w: d_z = %v is too small for any n up to 1e15 to reach power %v", ErrEffect, dz, power)
		}
		lo, flo = hi, fhi
		hi *= 2
		fhi = f(hi)
	}
	root, ok := dist.Zeroin(f, lo, hi, flo, fhi, 1e-12, 1000)
	if !ok || math.IsNaN(root) {
		return TPowerResult{}, fmt.Errorf("%w: no convergence solving for n (d_z = %v, power = %v)", ErrEffect, dz, power)
	}
	res.NExact = root
	n := math.Ceil(root)
	// Guard the rounding: the whole n must reach the power, n - 1 not.
	for n > 2 && f(n-1) >= 0 {
		n--
	}
	for f(n) < 0 {
		n++
	}
	if n > math.MaxInt32 {
		return TPowerResult{}, fmt.Errorf("%w: n = %v pairs is beyond the int range used here", ErrEffect, n)
	}
	res.N = int(n)
	res.Power = tPower(n, dz, alpha, alt)
	return res, nil
}

// TPowerDZ solves for the smallest effect d_z that n pairs detect with
// the given power at level alpha (sensitivity analysis). It is positive for
// TwoSided and Greater and negative for Less.
func TPowerDZ(n int, power, alpha float64, alt Alternative) (TPowerResult, error) {
	if n < 2 {
		return TPowerResult{}, fmt.Errorf("%w: n = %d pairs, need at least 2", ErrTooFew, n)
	}
	if err := checkTarget(power, alpha); err != nil {
		return TPowerResult{}, err
	}
	if !alt.Valid() {
		return TPowerResult{}, fmt.Errorf("%w: %d", ErrAlternative, int(alt))
	}
	sign := 1.0
	if alt == Less {
		sign = -1
	}
	nf := float64(n)
	f := func(d float64) float64 { return tPower(nf, sign*d, alpha, alt) - power }
	lo, flo := 0.0, f(0)
	hi, fhi := 1.0, f(1)
	for fhi < 0 {
		if math.IsNaN(fhi) || hi > 1e6 {
			return TPowerResult{}, fmt.Errorf("%w: no d_z reaches power %v with n = %d", ErrPower, power, n)
		}
		lo, flo = hi, fhi
		hi *= 2
		fhi = f(hi)
	}
	d, ok := dist.Zeroin(f, lo, hi, flo, fhi, 1e-15, 1000)
	if !ok || math.IsNaN(d) {
		return TPowerResult{}, fmt.Errorf("%w: no convergence solving for d_z (n = %d, power = %v)", ErrPower, n, power)
	}
	return TPowerResult{N: n, NExact: nf, DZ: sign * d, Power: power, Alpha: alpha, Alternative: alt, Solved: "d_z"}, nil
}

// TPowerAlpha solves for the significance level at which n pairs detect d_z
// with the given power (criterion analysis).
func TPowerAlpha(n int, dz, power float64, alt Alternative) (TPowerResult, error) {
	switch {
	case n < 2:
		return TPowerResult{}, fmt.Errorf("%w: n = %d pairs, need at least 2", ErrTooFew, n)
	case math.IsNaN(dz) || math.IsInf(dz, 0):
		return TPowerResult{}, fmt.Errorf("%w: d_z = %v", ErrEffect, dz)
	case !(power > 0 && power < 1):
		return TPowerResult{}, fmt.Errorf("%w: power = %v, want 0 < power < 1", ErrPower, power)
	case !alt.Valid():
		return TPowerResult{}, fmt.Errorf("%w: %d", ErrAlternative, int(alt))
	}
	nf := float64(n)
	f := func(a float64) float64 { return tPower(nf, dz, a, alt) - power }
	lo, hi := 1e-10, 1-1e-10
	flo, fhi := f(lo), f(hi)
	if !(flo < 0 && fhi > 0) {
		return TPowerResult{}, fmt.Errorf("%w: no alpha in (1e-10, 1 - 1e-10) gives power %v with n = %d, d_z = %v", ErrPower, power, n, dz)
	}
	a, ok := dist.Zeroin(f, lo, hi, flo, fhi, 1e-16, 1000)
	if !ok || math.IsNaN(a) {
		return TPowerResult{}, fmt.Errorf("%w: no convergence solving for alpha", ErrPower)
	}
	return TPowerResult{N: n, NExact: nf, DZ: dz, Power: power, Alpha: a, Alternative: alt, Solved: "alpha"}, nil
}

// DZFromMoments returns d_z from the means' difference, the two SDs and
// the pre/post correlation rho, as G*Power's "Determine" drawer does:
//
//	d_z = (mean_x - mean_y) / sqrt(sd_x^2 + sd_y^2 - 2 rho sd_x sd_y).
func DZFromMoments(meanDiff, sdX, sdY, rho float64) (float64, error) {
	switch {
	case math.IsNaN(meanDiff) || math.IsInf(meanDiff, 0):
		return 0, fmt.Errorf("%w: mean difference %v", ErrEffect, meanDiff)
	case !(sdX > 0) || !(sdY > 0) || math.IsInf(sdX, 0) || math.IsInf(sdY, 0):
		return 0, fmt.Errorf("%w: standard deviations %v and %v, want finite and > 0", ErrEffect, sdX, sdY)
	case !(rho > -1 && rho < 1):
		return 0, fmt.Errorf("%w: correlation %v, want -1 < r < 1", ErrEffect, rho)
	}
	v := sdX*sdX + sdY*sdY - 2*rho*sdX*sdY
	if !(v > 0) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%w: the SD of the differences is %v", ErrEffect, math.Sqrt(v))
	}
	return meanDiff / math.Sqrt(v), nil
}

// DZFromT returns d_z = t / sqrt(n) for a published paired t on n pairs.
func DZFromT(t float64, n int) (float64, error) {
	if n < 2 {
		return 0, fmt.Errorf("%w: n = %d pairs, need at least 2", ErrTooFew, n)
	}
	if math.IsNaN(t) || math.IsInf(t, 0) {
		return 0, fmt.Errorf("%w: t = %v", ErrStatistic, t)
	}
	return t / math.Sqrt(float64(n)), nil
}

// Wilcoxon signed-rank test power by asymptotic relative efficiency, as
// G*Power's A.R.E. method: the signed-rank test on n pairs has the power
// of the t-test on ARE * n pairs (a real n, df = ARE n - 1), so it needs
// n_t / ARE pairs, where ARE is Pitman's efficiency of the signed-rank test
// relative to the t-test under the parent distribution of the differences
// (Lehmann 1975, "Nonparametrics", ch. 4).

// Parent distributions of the differences, by their ARE.
const (
	// AREnormal is 3/pi = 0.955 (normal differences).
	AREnormal = 3 / math.Pi
	// ARElogistic is pi^2/9 = 1.097.
	ARElogistic = math.Pi * math.Pi / 9
	// ARElaplace is 1.5 (double exponential).
	ARElaplace = 1.5
	// AREmin is 0.864, the smallest ARE over all continuous symmetric
	// parents (Hodges and Lehmann 1956).
	AREmin = 108.0 / 125
)

// ParseParent returns the ARE of a named parent distribution: "normal",
// "logistic", "laplace" or "min".
func ParseParent(s string) (float64, error) {
	switch s {
	case "normal", "":
		return AREnormal, nil
	case "logistic":
		return ARElogistic, nil
	case "laplace":
		return ARElaplace, nil
	case "min":
		return AREmin, nil
	}
	return 0, fmt.Errorf("%w: parent %q (want normal, logistic, laplace or min)", ErrEffect, s)
}

// WilcoxonPowerN returns the pairs the signed-rank test needs by the A.R.E.
// method: NExact = the t-test's real n / are, N its ceiling, Power the
// power at N (that of the t-test on are * N pairs).
func WilcoxonPowerN(dz, power, alpha float64, alt Alternative, are float64) (TPowerResult, error) {
	if !(are > 0) || math.IsInf(are, 0) {
		return TPowerResult{}, fmt.Errorf("%w: ARE = %v", ErrEffect, are)
	}
	r, err := TPowerN(dz, power, alpha, alt)
	if err != nil {
		return r, err
	}
	r.NExact /= are
	n := math.Max(2, math.Ceil(r.NExact))
	for are*n < 2 || tPower(are*n, dz, alpha, alt) < power {
		n++
	}
	r.N = int(n)
	r.Power = tPower(are*n, dz, alpha, alt)
	return r, nil
}

// WilcoxonPower returns the A.R.E. power of the signed-rank test on n pairs.
func WilcoxonPower(n int, dz, alpha float64, alt Alternative, are float64) (float64, error) {
	if !(are > 0) || math.IsInf(are, 0) {
		return 0, fmt.Errorf("%w: ARE = %v", ErrEffect, are)
	}
	return TPower(are*float64(n), dz, alpha, alt)
}

// McNemar power for a 2x2 table of paired proportions: p10 = P(before +,
// after -) and p01 = P(before -, after +) are the discordant cell
// probabilities, two-sided at alpha (alpha/2 to each side).

func checkDiscordant(p10, p01 float64) error {
	if !(p10 >= 0 && p01 >= 0 && p10+p01 > 0 && p10+p01 <= 1) || p10 == p01 {
		return fmt.Errorf("%w: discordant probabilities %v and %v (want >= 0, different, sum in (0, 1])", ErrEffect, p10, p01)
	}
	return nil
}

// McNemarNConnor returns the pairs McNemar's test needs by Connor's normal
// approximation (Connor 1987, "Sample size for testing differences in
// proportions for the paired-sample design", Biometrics 43, 207-211):
//
//	n = [z_{1-alpha/2} sqrt(pD) + z_{1-beta} sqrt(pD - d^2)]^2 / d^2,
//
// d = p10 - p01, pD = p10 + p01. NExact is n, N its ceiling, Power
// Connor's power at N (McNemarPowerConnor).
func McNemarNConnor(p10, p01, power, alpha float64) (TPowerResult, error) {
	if err := checkDiscordant(p10, p01); err != nil {
		return TPowerResult{}, err
	}
	if err := checkTarget(power, alpha); err != nil {
		return TPowerResult{}, err
	}
	d, pd := p10-p01, p10+p01
	za := -dist.NormQuantile(alpha / 2)
	zb := -dist.NormQuantile(1 - power)
	x := (za*math.Sqrt(pd) + zb*math.Sqrt(pd-d*d)) / d
	n := x * x
	res := TPowerResult{NExact: n, DZ: d, Alpha: alpha, Solved: "n"}
	res.N = int(math.Max(2, math.Ceil(n)))
	res.Power = mcnemarConnor(float64(res.N), d, pd, alpha)
	return res, nil
}

func mcnemarConnor(n, d, pd, alpha float64) float64 {
	za := -dist.NormQuantile(alpha / 2)
	if pd-d*d <= 0 {
		return 1
	}
	return dist.NormLower((math.Abs(d)*math.Sqrt(n) - za*math.Sqrt(pd)) / math.Sqrt(pd-d*d))
}

// McNemarPowerConnor returns Connor's approximate power with n pairs.
func McNemarPowerConnor(n int, p10, p01, alpha float64) (float64, error) {
	if n < 1 {
		return 0, fmt.Errorf("%w: n = %d", ErrTooFew, n)
	}
	if err := checkDiscordant(p10, p01); err != nil {
		return 0, err
	}
	if err := checkAlpha(alpha); err != nil {
		return 0, err
	}
	return mcnemarConnor(float64(n), p10-p01, p10+p01, alpha), nil
}

// McNemarPowerExact returns the exact power of the exact (binomial)
// McNemar test with n pairs: the number of discordant pairs m is
// Binomial(n, pD), and given m the count in cell 10 is Binomial(m, p10/pD);
// the test rejects when either tail of Binomial(m, 1/2) at that count is at
// most alpha/2 (binom.test's two-sided p <= alpha). n up to 1e5.
func McNemarPowerExact(n int, p10, p01, alpha float64) (float64, error) {
	if n < 1 || n > 1e5 {
		return 0, fmt.Errorf("%w: n = %d, want 1 to 1e5", ErrTooFew, n)
	}
	if err := checkDiscordant(p10, p01); err != nil {
		return 0, err
	}
	if err := checkAlpha(alpha); err != nil {
		return 0, err
	}
	pd := p10 + p01
	p := p10 / pd
	var pow float64
	c := -1 // the largest k with P(K <= k) <= alpha/2 under Binomial(m, 1/2)
	for m := 1; m <= n; m++ {
		for dist.BinomHalfLower(c+1, m) <= alpha/2 {
			c++
		}
		if c < 0 {
			continue
		}
		// P(B <= c) + P(B >= m - c), B ~ Binomial(m, p)
		rej := binomLower(c, m, p) + binomLower(c, m, 1-p)
		pow += binomPMF(m, n, pd) * math.Min(1, rej)
	}
	return math.Min(1, pow), nil
}

// binomLower returns P(B <= k), B ~ Binomial(m, p), 0 <= k < m.
func binomLower(k, m int, p float64) float64 {
	if p == 0 {
		return 1
	}
	if p == 1 {
		return 0
	}
	return mathext.RegIncBeta(float64(m-k), float64(k+1), 1-p)
}

func binomPMF(k, n int, p float64) float64 {
	if p == 1 {
		if k == n {
			return 1
		}
		return 0
	}
	lg := func(x int) float64 { v, _ := math.Lgamma(float64(x) + 1); return v }
	return math.Exp(lg(n) - lg(k) - lg(n-k) + float64(k)*math.Log(p) + float64(n-k)*math.Log1p(-p))
}

// McNemarNExact returns the smallest number of pairs whose exact power
// (McNemarPowerExact) reaches power, as G*Power's exact McNemar a priori
// analysis; Power is the power at N and NExact is N. (The exact power is
// not monotone in n: a few n above N may fall below the target again.)
// Up to 1e5 pairs.
func McNemarNExact(p10, p01, power, alpha float64) (TPowerResult, error) {
	c, err := McNemarNConnor(p10, p01, power, alpha)
	if err != nil {
		return TPowerResult{}, err
	}
	start := 1
	if c.N > 2000 {
		start = c.N * 3 / 4
	}
	for n := start; n <= 1e5; n++ {
		p, err := McNemarPowerExact(n, p10, p01, alpha)
		if err != nil {
			return TPowerResult{}, err
		}
		if p >= power {
			return TPowerResult{N: n, NExact: float64(n), DZ: p10 - p01, Power: p, Alpha: alpha, Solved: "n"}, nil
		}
	}
	return TPowerResult{}, fmt.Errorf("%w: more than 1e5 pairs needed", ErrEffect)
}
