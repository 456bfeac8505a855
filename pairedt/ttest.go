package pairedt

import (
	"fmt"
	"math"
	"strings"

	"github.com/pairedt/pairedt/internal/dist"
	"github.com/pairedt/pairedt/internal/kernel"
)

// Test is the paired t-test of the differences d = x - y, as R's
//
//	t.test(x, y, paired = TRUE, alternative, mu, conf.level)
//
// with the statistics SPSS prints beside it (means, standard deviations and
// standard errors of x and y, their Pearson r and its p-value) and the effect
// sizes d_z, g_z and d_av (see TTestResult):
//
//	t = (mean(d) - Mu) / (sd(d) / sqrt(n)),  df = n - 1
//	two-sided p = 2 P(T_df >= |t|), less p = P(T_df <= t), greater p = P(T_df >= t)
//	CI = mean(d) ± qt(1 - alpha/2, df) sd(d) / sqrt(n)   (one-sided: one infinite bound)
//
// It assumes independent pairs and normally distributed differences. A NaN in
// x[i] or y[i] drops pair i (R's complete.cases), counted in Dropped. Sums of
// squares use shifted sums with a second pass about the means when needed
// (Chan, Golub and LeVeque 1983); when the data are scaled as a whole
// (values near 1e300 or 1e-300) the differences are summed again with a
// scale of their own, so that x = ±1e300 beside d = -1e-300 neither
// overflows nor reads as constant. Test allocates only the warnings it
// returns.
//
// Errors: ErrLength; ErrNonFinite (±Inf in a complete pair, or t, the mean,
// the standard deviation or a finite interval bound beyond float64's range);
// ErrTooFew (fewer than 2 complete pairs); ErrConstant (all differences equal,
// not to Mu); ErrIdentical (all differences equal Mu); ErrConfLevel, ErrMu,
// ErrAlternative. Accuracy: see the package documentation.
func Test(x, y []float64, o Options) (TTestResult, error) {
	level, err := o.validate()
	if err != nil {
		return TTestResult{}, err
	}
	if len(x) != len(y) {
		return TTestResult{}, fmt.Errorf("%w: len(x) = %d, len(y) = %d", ErrLength, len(x), len(y))
	}
	m, dropped, bad := kernel.PairMoments(x, y)
	if bad >= 0 {
		return TTestResult{}, fmt.Errorf("%w: pair %d has x = %v, y = %v", ErrNonFinite, bad, x[bad], y[bad])
	}
	d := diffMoments{MD: m.MD, SDD: m.SDD, E: m.E}
	if m.E != 0 || m.SDD == 0 || !kernel.SafeMoments(m) {
		// Data scaled as a whole (values near 1e300 or 1e-300), or
		// differences that look constant: the differences get their own
		// scale, so that d = 0, 0, -1e-300 beside x = ±1e300 is not
		// read as constant (issue 11 item 9). The t-test needs only d.
		var err error
		if d, err = scaledDiffMoments(x, y); err != nil {
			return TTestResult{}, err
		}
	}
	return finishD(m, d, dropped, o, level, true)
}

// diffMoments are the mean of the differences and their sum of squared
// deviations in units of 2^(2E).
type diffMoments struct {
	MD, SDD float64
	E       int
}

// scaledDiffMoments computes the moments of d = x - y over the complete
// pairs with d scaled by a power of two near its own largest magnitude, in
// two passes about the mean, so that neither the size of x and y nor tiny
// differences overflow or underflow the squares. A difference beyond
// float64's range (x = 1e308, y = -1e308) is ErrNonFinite.
func scaledDiffMoments(x, y []float64) (diffMoments, error) {
	n, big := 0, 0.0
	for i := range x {
		if math.IsNaN(x[i]) || math.IsNaN(y[i]) {
			continue
		}
		di := x[i] - y[i]
		if math.IsInf(di, 0) {
			return diffMoments{}, fmt.Errorf("%w: the difference of pair %d (x = %v, y = %v) is beyond float64's range", ErrNonFinite, i, x[i], y[i])
		}
		n++
		big = max(big, math.Abs(di))
	}
	if n == 0 || big == 0 {
		return diffMoments{}, nil
	}
	_, e := math.Frexp(big)
	e = max(e, -1000) // 2^-e must be a float64
	scale := math.Ldexp(1, -e)
	var sum float64
	for i := range x {
		if !math.IsNaN(x[i]) && !math.IsNaN(y[i]) {
			sum += (x[i] - y[i]) * scale
		}
	}
	mean := sum / float64(n)
	var ss, c float64
	for i := range x {
		if !math.IsNaN(x[i]) && !math.IsNaN(y[i]) {
			u := (x[i]-y[i])*scale - mean
			ss += u * u
			c += u
		}
	}
	ss -= c * c / float64(n) // the corrected two-pass formula
	mean += c / float64(n)
	return diffMoments{MD: math.Ldexp(mean, e), SDD: max(ss, 0), E: e}, nil
}

// OneSample is the one-sample t-test of x against Mu, as R's
//
//	t.test(x, alternative, mu, conf.level)
//
// computed as Test computes the test of the differences; the paired
// descriptives of TTestResult (MeanX ... RP, DAv) are NaN. NaN values are
// dropped and counted in Dropped. Errors as for Test, except ErrLength.
func OneSample(x []float64, o Options) (TTestResult, error) {
	level, err := o.validate()
	if err != nil {
		return TTestResult{}, err
	}
	// With y = x the differences are all zero and the x sums are those of
	// the sample: one code path for both tests.
	m, dropped, bad := kernel.PairMoments(x, x)
	if bad >= 0 {
		return TTestResult{}, fmt.Errorf("%w: x[%d] = %v", ErrNonFinite, bad, x[bad])
	}
	m.MD, m.SDD = m.MX, m.SXX
	return finish(m, dropped, o, level, false)
}

// finish computes the test from the moments of the complete pairs.
func finish(m kernel.Moments, dropped int, o Options, level float64, paired bool) (TTestResult, error) {
	return finishD(m, diffMoments{MD: m.MD, SDD: m.SDD, E: m.E}, dropped, o, level, paired)
}

// finishD is finish with the moments of the differences given apart, each
// set with its own scale.
func finishD(m kernel.Moments, dm diffMoments, dropped int, o Options, level float64, paired bool) (TTestResult, error) {
	what := "differences"
	if !paired {
		what = "values"
	}
	if m.N < 2 {
		return TTestResult{}, fmt.Errorf("%w: %d complete %s (%d dropped for NaN), need at least 2",
			ErrTooFew, m.N, what, dropped)
	}
	n := float64(m.N)
	df := n - 1
	sd := math.Ldexp(math.Sqrt(dm.SDD/float64(m.N-1)), dm.E)
	se := math.Ldexp(math.Sqrt(dm.SDD/float64(m.N-1)/n), dm.E) // R: sqrt(var(d) / n)
	if math.IsInf(dm.MD, 0) || math.IsInf(sd, 0) || math.IsInf(m.MX, 0) || math.IsInf(m.MY, 0) {
		return TTestResult{}, fmt.Errorf("%w: the mean or standard deviation of the %s is beyond float64's range",
			ErrNonFinite, what)
	}
	// R: if (stderr < 10 * .Machine$double.eps * abs(mx)) stop("data are essentially constant")
	if dm.SDD == 0 || se < 10*kernel.Eps*math.Abs(dm.MD) {
		if dm.SDD == 0 && dm.MD == o.Mu {
			if paired {
				return TTestResult{}, fmt.Errorf("%w: all %d differences equal mu = %v, so t is 0/0",
					ErrIdentical, m.N, o.Mu)
			}
			return TTestResult{}, fmt.Errorf("%w: all %d values equal mu = %v, so t is 0/0",
				ErrIdentical, m.N, o.Mu)
		}
		return TTestResult{}, fmt.Errorf("%w: all %d %s equal %v (sd %v), mu = %v",
			ErrConstant, m.N, what, dm.MD, sd, o.Mu)
	}
	r := TTestResult{
		N: m.N, Dropped: dropped, DF: df,
		MeanDiff: dm.MD, SDDiff: sd, SE: se,
		ConfLevel: level, Alternative: o.Alternative, Mu: o.Mu,
	}
	r.T = (dm.MD - o.Mu) / se
	// The interval is mean -+ q se. R writes it mu + (t -+ q) se, equal
	// in exact arithmetic, but that loses the digits of the interval when
	// |mean - mu| is large against se (mu = 1e300 gave [0, 0]).
	switch o.Alternative {
	case Less:
		r.P = dist.TLower(r.T, df)
		r.CILow = math.Inf(-1)
		r.CIHigh = dm.MD + dist.TQuantileUpper(1-level, df)*se
	case Greater:
		r.P = dist.TUpper(r.T, df)
		r.CILow = dm.MD - dist.TQuantileUpper(1-level, df)*se
		r.CIHigh = math.Inf(1)
	default:
		r.P = math.Min(1, 2*dist.TUpper(math.Abs(r.T), df))
		q := dist.TQuantileUpper((1-level)/2, df)
		r.CILow = dm.MD - q*se
		r.CIHigh = dm.MD + q*se
	}
	if math.IsInf(r.T, 0) || math.IsInf(r.CILow, 1) || math.IsInf(r.CIHigh, -1) ||
		(o.Alternative != Less && math.IsInf(r.CILow, -1)) || (o.Alternative != Greater && math.IsInf(r.CIHigh, 1)) {
		return TTestResult{}, fmt.Errorf("%w: t or the confidence interval is beyond float64's range (mean %v, se %v, mu %v)",
			ErrNonFinite, dm.MD, se, o.Mu)
	}
	if paired {
		r.MeanX, r.MeanY = m.MX, m.MY
		r.SDX, r.SDY = m.SD(m.SXX), m.SD(m.SYY)
		r.SEX, r.SEY = r.SDX/math.Sqrt(n), r.SDY/math.Sqrt(n)
		r.R, r.RP = correlation(m)
	} else {
		nan := math.NaN()
		r.MeanX, r.MeanY, r.SDX, r.SDY, r.SEX, r.SEY, r.R, r.RP = nan, nan, nan, nan, nan, nan, nan, nan
	}
	approx := effectSizes(&r, paired)
	r.Warnings = warnings(&r, paired, approx)
	return r, nil
}

// correlation returns Pearson's r of x and y and its two-sided p-value, as
// R's cor.test(x, y):
//
//	r = sxy / sqrt(sxx syy),  t = sqrt(n - 2) r / sqrt(1 - r^2),  df = n - 2
//
// r is NaN when x or y is constant; its p is NaN also when n < 3.
func correlation(m kernel.Moments) (r, p float64) {
	if m.SXX == 0 || m.SYY == 0 {
		return math.NaN(), math.NaN()
	}
	r = m.SXY / math.Sqrt(m.SXX) / math.Sqrt(m.SYY)
	r = math.Max(-1, math.Min(1, r))
	if m.N < 3 {
		return r, math.NaN()
	}
	df := float64(m.N - 2)
	t := math.Sqrt(df) * r / math.Sqrt(1-r*r)
	return r, math.Min(1, 2*dist.TUpper(math.Abs(t), df))
}

// warnings lists the caveats for r in a fixed order.
func warnings(r *TTestResult, paired bool, approx bool) []Warning {
	w := []Warning{}
	missing, few := WarnTMissingPairs, WarnTFewPairs
	if !paired {
		missing, few = WarnTMissingValues, WarnTFewValues
	}
	if r.Dropped > 0 {
		w = append(w, Warning{Kind: missing, N: r.Dropped, M: r.N})
	}
	if r.N < 10 {
		w = append(w, Warning{Kind: few, N: r.N})
	}
	if paired && math.IsNaN(r.R) {
		w = append(w, Warning{Kind: WarnTConstant})
	}
	if approx {
		w = append(w, Warning{Kind: WarnDzNormalApprox, X: math.Abs(r.T), Y: nctSeriesMax})
	}
	return w
}

// String formats r as R prints a t-test (print.htest with the default
// digits = 7), except that the p-value is always printed as a number: where
// R writes "p-value < 2.2e-16" this writes the p-value itself (for example
// "p-value = 7.464e-19"); a p-value that underflows to zero prints as
// "p-value < 4.9e-324".
func (r TTestResult) String() string {
	paired := !math.IsNaN(r.MeanX) || !math.IsNaN(r.R)
	var b strings.Builder
	method, data, est := "One Sample t-test", "x", "mean of x"
	if paired {
		method, data, est = "Paired t-test", "x and y", "mean difference"
	}
	fmt.Fprintf(&b, "\n\t%s\n\n", method)
	fmt.Fprintf(&b, "data:  %s\n", data)
	p := "p-value < 4.9e-324"
	if r.P > 0 || math.IsNaN(r.P) {
		p = "p-value = " + formatR(r.P, 4)
	}
	fmt.Fprintf(&b, "t = %s, df = %s, %s\n", formatR(r.T, 5), formatR(r.DF, 5), p)
	alt := map[Alternative]string{TwoSided: "not equal to", Less: "less than", Greater: "greater than"}[r.Alternative]
	if alt == "" {
		alt = r.Alternative.String()
	}
	name := "mean"
	if paired {
		name = "mean difference"
	}
	fmt.Fprintf(&b, "alternative hypothesis: true %s is %s %s\n", name, alt, formatR(r.Mu, 7))
	fmt.Fprintf(&b, "%s percent confidence interval:\n", formatR(100*r.ConfLevel, 7))
	ci := formatRVec([]float64{r.CILow, r.CIHigh}, 7)
	fmt.Fprintf(&b, " %s %s\n", ci[0], ci[1])
	b.WriteString("sample estimates:\n")
	v := formatR(r.MeanDiff, 7)
	w := max(len(est), len(v))
	fmt.Fprintf(&b, "%*s \n%*s \n\n", w, est, w, v)
	return b.String()
}
