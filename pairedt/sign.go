package pairedt

import (
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"gonum.org/v1/gonum/mathext"

	"github.com/pairedt/pairedt/internal/dist"
)

// SignTestResult is the outcome of SignTest.
type SignTestResult struct {
	// Method is R's method string, "Exact binomial test".
	Method string `json:"method"`
	// Positive, Negative and Zero count the differences d - Mu above,
	// below and equal to zero; zeros are dropped from the test.
	Positive int `json:"positive"`
	Negative int `json:"negative"`
	Zero     int `json:"zero"`
	// Statistic is the number of positive differences, the x of R's
	// binom.test(Positive, N, 0.5).
	Statistic float64 `json:"statistic"`
	// N is the number of non-zero differences, Positive + Negative.
	N int `json:"n"`
	// Dropped is the number of pairs dropped because x or y was NaN.
	Dropped int `json:"dropped"`
	// P is the exact binomial p-value for Alternative.
	P float64 `json:"p"`
	// Alternative is the alternative hypothesis: Greater means that the
	// differences tend to be above Mu (more positive signs).
	Alternative Alternative `json:"alternative"`
	// Mu is the median difference under the null hypothesis.
	Mu float64 `json:"mu"`
	// Interval holds the confidence intervals; only SignTestCI sets it
	// (SignTest leaves it nil and the JSON key "interval" out).
	Interval *SignInterval `json:"interval,omitempty"`
	// Warnings are caveats that do not stop the analysis, in a fixed order.
	Warnings []Warning `json:"warnings"`
}

// SignInterval holds SignTestCI's two confidence intervals: the exact
// (Clopper-Pearson) interval of the probability of a positive sign, as R's
// binom.test(Positive, N, conf.level, alternative)$conf.int, and the
// distribution-free interval of the median difference from the order
// statistics of the differences (the interval that inverts the sign test;
// Hollander, Wolfe and Chicken 2014, Nonparametric Statistical Methods,
// 3rd ed., section 3.6). One-sided intervals have one bound at 0 or 1
// (proportion) or ±Inf (median). It marshals to JSON with the keys of the
// field tags, ±Inf as "Inf"/"-Inf".
type SignInterval struct {
	// ConfLevel is the requested confidence level (Options.ConfLevel,
	// 0.95 when zero).
	ConfLevel float64 `json:"conf_level"`
	// Prop is Positive / N, R's binom.test estimate; PropLow and
	// PropHigh bound its Clopper-Pearson interval at ConfLevel (coverage
	// at least ConfLevel for every true proportion).
	Prop     float64 `json:"prop"`
	PropLow  float64 `json:"prop_ci_low"`
	PropHigh float64 `json:"prop_ci_high"`
	// Median is the sample median of all complete differences x - y
	// (those equal to Mu included: the interval does not depend on Mu).
	Median float64 `json:"median"`
	// MedianLow and MedianHigh are the order statistics d_(K) and
	// d_(M+1-K) of the M complete differences (see SignTestCI); ±Inf
	// when K = 0 (too few differences for the level).
	MedianLow  float64 `json:"median_ci_low"`
	MedianHigh float64 `json:"median_ci_high"`
	// MedianConfLevel is the interval's exact coverage for continuous
	// data, 1 - 2 P(B <= K-1) (one-sided: 1 - P(B <= K-1)), B ~
	// Binomial(M, 1/2): at least ConfLevel, 1 when K = 0.
	MedianConfLevel float64 `json:"median_conf_level"`
	// K is the rank of the order statistic of the lower bound.
	K int `json:"median_ci_rank"`
}

// signIntervalJSON is SignInterval with the numbers as jnum.
type signIntervalJSON struct {
	ConfLevel       jnum `json:"conf_level"`
	Prop            jnum `json:"prop"`
	PropLow         jnum `json:"prop_ci_low"`
	PropHigh        jnum `json:"prop_ci_high"`
	Median          jnum `json:"median"`
	MedianLow       jnum `json:"median_ci_low"`
	MedianHigh      jnum `json:"median_ci_high"`
	MedianConfLevel jnum `json:"median_conf_level"`
	K               int  `json:"median_ci_rank"`
}

// MarshalJSON encodes iv with the keys of the field tags, ±Inf as the
// strings "Inf" and "-Inf" and NaN as null.
func (iv SignInterval) MarshalJSON() ([]byte, error) {
	return json.Marshal(signIntervalJSON{jnum(iv.ConfLevel), jnum(iv.Prop), jnum(iv.PropLow), jnum(iv.PropHigh),
		jnum(iv.Median), jnum(iv.MedianLow), jnum(iv.MedianHigh), jnum(iv.MedianConfLevel), iv.K})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (iv *SignInterval) UnmarshalJSON(b []byte) error {
	var j signIntervalJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*iv = SignInterval{float64(j.ConfLevel), float64(j.Prop), float64(j.PropLow), float64(j.PropHigh),
		float64(j.Median), float64(j.MedianLow), float64(j.MedianHigh), float64(j.MedianConfLevel), j.K}
	return nil
}

// MarshalJSON encodes r with the keys of the field tags, followed by
// "warning_codes", the kinds of the warnings; Warnings is always an array.
func (r SignTestResult) MarshalJSON() ([]byte, error) {
	type plain SignTestResult
	p := plain(r)
	p.Warnings = nonNilWarnings(p.Warnings)
	return json.Marshal(struct {
		plain
		WarningCodes []WarningKind `json:"warning_codes"`
	}{p, warningCodesOf(r.Warnings)})
}

// SignTest performs the exact sign test of the differences d = x - y against
// the median Mu, as R's binom.test(k, m, p = 0.5, alternative) with k positive
// among the m non-zero d - Mu and K ~ Binomial(m, 1/2):
//
//	Less: P(K <= k)   Greater: P(K >= k)   TwoSided: min(1, 2 P(K <= min(k, m-k)))
//
// For p = 1/2, R's two-sided rule (the outcomes no more likely than k, with a
// relative slack of 1e-7) is this doubled smaller tail for m below 10^7. Tails
// are summed over the smaller tail, never as 1 - CDF, with Loader's (2000)
// binomial probabilities beyond 2^14 trials.
//
// Pairs with a NaN are dropped (Dropped); differences equal to Mu are dropped
// and counted in Zero (Dixon and Mood 1946). Options.ConfLevel is validated
// but not used.
//
// Options.ConfLevel is validated but not used here: SignTestCI adds the
// confidence intervals.
//
// Errors: ErrLength; ErrNonFinite (±Inf in x or y); ErrTooFew (no complete
// pair); ErrIdentical (every difference equals Mu); ErrAlternative, ErrMu,
// ErrConfLevel.
//
// Reference: Dixon and Mood (1946) The statistical sign test, JASA 41:557-566.
// R: src/library/stats/R/binom.test.R.
func SignTest(x, y []float64, o Options) (SignTestResult, error) {
	r, _, err := signTest(x, y, o)
	return r, err
}

// SignTestCI is SignTest with the confidence intervals at o.ConfLevel in
// Interval (SignInterval). With k positive of m non-zero differences and
// alpha = 1 - ConfLevel, the Clopper-Pearson interval is R's binom.test:
//
//	two-sided  [qbeta(alpha/2, k, m-k+1), qbeta(1-alpha/2, k+1, m-k)]
//	Greater    [qbeta(alpha, k, m-k+1), 1]
//	Less       [0, qbeta(1-alpha, k+1, m-k)]
//
// (lower bound 0 when k = 0, upper 1 when k = m). The median interval
// uses all M complete differences sorted, d_(1) <= ... <= d_(M), and
// K = the largest integer with P(B <= K-1) <= alpha/2 (alpha one-sided),
// B ~ Binomial(M, 1/2):
//
//	two-sided  [d_(K), d_(M+1-K)]   Greater [d_(K), Inf)   Less (-Inf, d_(M+1-K)]
//
// whose coverage for any continuous distribution is MedianConfLevel =
// 1 - 2 P(B <= K-1) >= ConfLevel (Hollander, Wolfe and Chicken 2014,
// section 3.6; Conover 1999, Practical Nonparametric Statistics, section
// 3.4). With ties the coverage is at least that. When even K = 1 is too
// much (M too small for the level) the interval is the whole line.
// Errors are SignTest's.
func SignTestCI(x, y []float64, o Options) (SignTestResult, error) {
	r, diffs, err := signTest(x, y, o)
	if err != nil {
		return r, err
	}
	level, _ := o.validate() // validated by signTest
	r.Interval = signInterval(r.Positive, r.N, diffs, level, o.Alternative)
	return r, nil
}

// signInterval computes SignTestCI's intervals; it reorders diffs.
func signInterval(k, m int, diffs []float64, level float64, alt Alternative) *SignInterval {
	iv := &SignInterval{ConfLevel: level, Prop: float64(k) / float64(m)}
	alpha := 1 - level
	pl := func(a float64) float64 {
		if k == 0 {
			return 0
		}
		return mathext.InvRegIncBeta(float64(k), float64(m-k+1), a)
	}
	pu := func(a float64) float64 {
		if k == m {
			return 1
		}
		return mathext.InvRegIncBeta(float64(k+1), float64(m-k), 1-a)
	}
	a2 := alpha
	switch alt {
	case Less:
		iv.PropLow, iv.PropHigh = 0, pu(alpha)
	case Greater:
		iv.PropLow, iv.PropHigh = pl(alpha), 1
	default:
		a2 = alpha / 2
		iv.PropLow, iv.PropHigh = pl(alpha/2), pu(alpha/2)
	}
	// Three order statistics of diffs (signTest's own copy, reordered in
	// place) by selection, O(n), not a sort: the median, d_(K), d_(M+1-K).
	d := diffs
	nd := len(d)
	half := nd / 2
	vm := signNth(d, half) // now d[:half] <= d[half] <= d[half+1:]
	iv.Median = vm
	if nd%2 == 0 {
		lo := slices.Max(d[:half]) // 0-based half-1
		v := (lo + vm) / 2
		if math.IsInf(v, 0) {
			v = lo/2 + vm/2
		}
		iv.Median = v
	}
	// d_(K), 0-based K-1 <= half, and d_(M+1-K), 0-based nd-K >= half
	orderStat := func(k int) float64 {
		switch {
		case k == half:
			return vm
		case k < half:
			return signNth(d[:half], k)
		}
		return signNth(d[half+1:], k-half-1)
	}
	// Largest K in [0, (nd+1)/2] with P(B <= K-1) <= a2; the tail grows
	// with K, so bisect.
	lo, hi := 0, (nd+1)/2
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if dist.BinomHalfLower(mid-1, nd) <= a2 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	K := lo
	iv.K = K
	tail := dist.BinomHalfLower(K-1, nd)
	iv.MedianLow, iv.MedianHigh = math.Inf(-1), math.Inf(1)
	if K >= 1 {
		if alt != Less {
			iv.MedianLow = orderStat(K - 1)
		}
		if alt != Greater {
			iv.MedianHigh = orderStat(nd - K)
		}
	}
	if alt == TwoSided {
		iv.MedianConfLevel = 1 - 2*tail
	} else {
		iv.MedianConfLevel = 1 - tail
	}
	return iv
}

// signTest is SignTest, also returning the complete differences x - y.
func signTest(x, y []float64, o Options) (SignTestResult, []float64, error) {
	if _, err := o.validate(); err != nil {
		return SignTestResult{}, nil, err
	}
	if len(x) != len(y) {
		return SignTestResult{}, nil, fmt.Errorf("%w: SignTest: len(x) = %d, len(y) = %d", ErrLength, len(x), len(y))
	}
	diffs, dropped, err := rankDifferences(x, y, "SignTest")
	if err != nil {
		return SignTestResult{}, nil, err
	}
	return signTestDiffs(diffs, dropped, o)
}

// signTestCIDiffs is SignTestCI on the differences diffs (no NaN, no ±Inf;
// dropped pairs with a NaN); it reorders diffs. o must be valid.
func signTestCIDiffs(diffs []float64, dropped int, o Options) (SignTestResult, error) {
	r, diffs, err := signTestDiffs(diffs, dropped, o)
	if err != nil {
		return r, err
	}
	level, _ := o.validate()
	r.Interval = signInterval(r.Positive, r.N, diffs, level, o.Alternative)
	return r, nil
}

// signTestDiffs is signTest after the differences are formed.
func signTestDiffs(diffs []float64, dropped int, o Options) (SignTestResult, []float64, error) {
	res := SignTestResult{
		Method:      "Exact binomial test",
		Dropped:     dropped,
		Alternative: o.Alternative,
		Mu:          o.Mu,
	}
	for _, d := range diffs {
		switch v := d - o.Mu; {
		case v > 0:
			res.Positive++
		case v < 0:
			res.Negative++
		default:
			res.Zero++
		}
	}
	res.N = res.Positive + res.Negative
	if res.N == 0 {
		return SignTestResult{}, nil, fmt.Errorf("%w: SignTest: all %d differences equal mu = %v; no signs to test",
			ErrIdentical, len(diffs), o.Mu)
	}
	res.Statistic = float64(res.Positive)
	k, m := res.Positive, res.N
	switch o.Alternative {
	case Less:
		res.P = dist.BinomHalfLower(k, m)
	case Greater:
		res.P = dist.BinomHalfLower(m-k, m) // P(K >= k) = P(K <= m-k)
	default:
		if 2*k == m {
			res.P = 1
		} else {
			res.P = math.Min(1, 2*dist.BinomHalfLower(min(k, m-k), m))
		}
	}
	if dropped > 0 {
		res.Warnings = append(res.Warnings, Warning{Kind: WarnMissingPairs, N: dropped})
	}
	if res.Zero > 0 {
		res.Warnings = append(res.Warnings, Warning{Kind: WarnSignZeros, N: res.Zero})
	}
	return res, diffs, nil
}

// signNth returns the k-th smallest (0-based) of a, the value sort would
// put at a[k], and leaves a partitioned around it: a[:k] <= a[k] <=
// a[k+1:]. Quickselect (Hoare 1961) with a three-way partition (runs of
// equal values, as in ordinal scores, end it early) about the median of
// three; O(n) expected, and a sort of what is left after 2 log2(n) + 8
// rounds bounds it by O(n log n). Two zeros of opposite sign are equal
// here as in a sort, which leaves their order unspecified too.
func signNth(a []float64, k int) float64 {
	lo, hi := 0, len(a)
	budget := 2*bits.Len(uint(len(a))) + 8
	for hi-lo > 16 && budget > 0 {
		budget--
		x, y, z := a[lo], a[lo+(hi-lo)/2], a[hi-1]
		p := max(min(x, y), min(max(x, y), z)) // median of three
		lt, i, gt := lo, lo, hi
		for i < gt {
			switch v := a[i]; {
			case v < p:
				a[lt], a[i] = v, a[lt]
				lt++
				i++
			case v > p:
				gt--
				a[i], a[gt] = a[gt], v
			default:
				i++
			}
		}
		switch {
		case k < lt:
			hi = lt
		case k >= gt:
			lo = gt
		default:
			return a[k]
		}
	}
	slices.Sort(a[lo:hi])
	return a[k]
}
