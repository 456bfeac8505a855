package pairedt

import (
	"encoding/json"
	"fmt"
	"math"

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
	// Warnings are caveats that do not stop the analysis, in a fixed order.
	Warnings []Warning `json:"warnings"`
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
// Errors: ErrLength; ErrNonFinite (±Inf in x or y); ErrTooFew (no complete
// pair); ErrIdentical (every difference equals Mu); ErrAlternative, ErrMu,
// ErrConfLevel.
//
// Reference: Dixon and Mood (1946) The statistical sign test, JASA 41:557-566.
// R: src/library/stats/R/binom.test.R.
func SignTest(x, y []float64, o Options) (SignTestResult, error) {
	if _, err := o.validate(); err != nil {
		return SignTestResult{}, err
	}
	if len(x) != len(y) {
		return SignTestResult{}, fmt.Errorf("%w: SignTest: len(x) = %d, len(y) = %d", ErrLength, len(x), len(y))
	}
	diffs, dropped, err := rankDifferences(x, y, "SignTest")
	if err != nil {
		return SignTestResult{}, err
	}
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
		return SignTestResult{}, fmt.Errorf("%w: SignTest: all %d differences equal mu = %v; no signs to test",
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
	return res, nil
}
