package pairedt

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
)

// SignTestResult is the outcome of SignTest. It marshals to JSON with the
// keys of the field tags.
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

// SignTest performs the exact sign test of the paired differences
// d = x - y against the median Mu: with k positive and m = k + (negative)
// non-zero differences d - Mu, it is R's
//
//	binom.test(k, m, p = 0.5, alternative)
//
// Less:      P(K <= k)
// Greater:   P(K >= k)
// TwoSided:  min(1, 2 P(K <= min(k, m-k))), and 1 when k = m/2
//
// for K ~ Binomial(m, 1/2). The two-sided value is R's rule (the sum of the
// probabilities of all outcomes no more likely than k, with a relative
// slack of 1e-7), which for p = 1/2 reduces to the doubled smaller tail
// above because the distribution is symmetric and, for m below 10^7, no
// outcome's probability is within 1e-7 of another's unless they are
// mirror images. Tail probabilities are summed over the smaller tail, never
// taken as 1 - CDF: exactly in integers up to 2^14 non-zero differences,
// from Loader's (2000) binomial probabilities beyond.
//
// Pairs with a NaN are dropped (Dropped); differences equal to Mu are
// dropped and counted in Zero (the conventional sign test; Dixon and Mood
// 1946). Options.ConfLevel is validated but not used.
//
// Errors: ErrLength, ErrNonFinite (±Inf in x or y), ErrTooFew (no complete
// pair), ErrIdentical (every difference equals Mu: R's binom.test refuses
// n = 0), ErrAlternative and ErrMu.
//
// Reference: Dixon WJ, Mood AM (1946) The statistical sign test, JASA
// 41:557-566. R source: src/library/stats/R/binom.test.R.
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
		res.P = signBinomHalfLower(k, m)
	case Greater:
		res.P = signBinomHalfLower(m-k, m) // P(K >= k) = P(K <= m-k)
	default:
		if 2*k == m {
			res.P = 1
		} else {
			res.P = math.Min(1, 2*signBinomHalfLower(min(k, m-k), m))
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

// signBinomHalfLower returns P(K <= j) for K ~ Binomial(m, 1/2), m >= 1.
// Up to m = signExactMaxM it sums the binomial coefficients exactly in
// integers and rounds once, so even 2^-1000 keeps all its digits; beyond,
// it sums the smaller tail term by term from Loader's (2000) saddle-point
// binomial probabilities (categoricalBinomHalfLower, shared with
// McNemarExact), within about 1e-12 relative of R's pbinom (checked against
// R up to m = 10^6 in TestSignTestLargeNMatchesR, by hand up to m = 10^12).
// gonum's incomplete beta function, used here before, was 3e-10 off at
// m = 10^6 and above 1 at m = 2^41.
func signBinomHalfLower(j, m int) float64 {
	if j < 0 {
		return 0
	}
	if j >= m {
		return 1
	}
	if m > signExactMaxM {
		if 2*j < m {
			return categoricalBinomHalfLower(j, m)
		}
		// P(K <= j) = 1 - P(K <= m-j-1) >= 1/2, by symmetry
		return 1 - categoricalBinomHalfLower(m-j-1, m)
	}
	var sum *big.Int
	if 2*j <= m {
		sum = signBinomSum(j, m)
	} else {
		// 2^m - sum over i <= m-j-1, by symmetry
		sum = new(big.Int).Lsh(big.NewInt(1), uint(m))
		sum.Sub(sum, signBinomSum(m-j-1, m))
	}
	f := new(big.Float).SetInt(sum)
	f.SetMantExp(f, -m)
	v, _ := f.Float64()
	return v
}

// signExactMaxM bounds the exact big-integer binomial sums (about m²/128
// word operations).
const signExactMaxM = 1 << 14

// signBinomSum returns sum_{i=0..j} C(m, i) for 0 <= j <= m.
func signBinomSum(j, m int) *big.Int {
	c := big.NewInt(1) // C(m, 0)
	sum := big.NewInt(1)
	t := new(big.Int)
	for i := 1; i <= j; i++ {
		c.Mul(c, t.SetInt64(int64(m-i+1)))
		c.Quo(c, t.SetInt64(int64(i)))
		sum.Add(sum, c)
	}
	return sum
}
