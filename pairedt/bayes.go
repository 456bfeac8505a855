package pairedt

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/internal/dist"
)

// Named scales of the Cauchy prior on the standardized effect delta, as
// R's BayesFactor (rscale "medium", "wide", "ultrawide"), JASP and jamovi
// name them.
const (
	// PriorMedium is r = sqrt(2)/2 = 0.707, the default of BayesFactor,
	// JASP and jamovi.
	PriorMedium = math.Sqrt2 / 2
	// PriorWide is r = 1 (Rouder et al. 2009's original JZS prior).
	PriorWide = 1.0
	// PriorUltrawide is r = sqrt(2).
	PriorUltrawide = math.Sqrt2
)

// RobustnessScales are the prior scales of the default robustness table:
// from 0.25 to 1.5 (JASP's robustness plot spans 0 to 1.5) with the three
// named scales among them.
var RobustnessScales = []float64{0.25, 0.5, PriorMedium, PriorWide, 1.25, PriorUltrawide}

var (
	// ErrPriorScale: a Cauchy prior scale r that is not finite and > 0.
	ErrPriorScale = errors.New("pairedt: invalid prior scale")
	// ErrStatistic: a published statistic that is NaN or infinite.
	ErrStatistic = errors.New("pairedt: invalid statistic")
)

// BayesResult is the JZS Bayes factor of a one-sample or paired t-test
// (Rouder, Speckman, Sun, Morey and Iverson 2009): H0 delta = 0 against
// H1 delta ~ Cauchy(0, R), delta the standardized effect (mu_d - Mu) /
// sigma_d, restricted to delta > 0 (Greater, BF+0) or delta < 0 (Less,
// BF-0) for a one-sided Alternative. Values above 1 favour H1.
type BayesResult struct {
	// T and N are the t statistic and the number of pairs it came from.
	T float64
	N int
	// R is the scale of the Cauchy prior on delta.
	R float64
	// Alternative is the H1 that BF10 is for.
	Alternative Alternative
	// BF10 is the Bayes factor of H1 (for Alternative) against H0, and
	// BF01 = 1 / BF10; LogBF10 is its natural logarithm, finite where BF10
	// overflows float64.
	BF10, BF01, LogBF10 float64
	// TwoSided, Plus and Minus are BF10 for the three alternatives:
	// delta != 0, delta > 0 (BF+0) and delta < 0 (BF-0);
	// TwoSided = (Plus + Minus) / 2.
	TwoSided, Plus, Minus float64
}

// PriorName returns "medium", "wide" or "ultrawide" for the named scales
// and "" otherwise.
func PriorName(r float64) string {
	switch r {
	case PriorMedium:
		return "medium"
	case PriorWide:
		return "wide"
	case PriorUltrawide:
		return "ultrawide"
	}
	return ""
}

// ParsePriorScale reads a prior scale: "medium", "wide", "ultrawide" (as
// BayesFactor's rscale) or a positive number.
func ParsePriorScale(s string) (float64, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "medium", "":
		return PriorMedium, nil
	case "wide":
		return PriorWide, nil
	case "ultrawide":
		return PriorUltrawide, nil
	}
	r, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || !(r > 0) || math.IsInf(r, 1) {
		return 0, fmt.Errorf("%w: %q (want medium, wide, ultrawide or a number > 0)", ErrPriorScale, s)
	}
	return r, nil
}

// BayesFactorT returns the JZS Bayes factor for a t statistic from n
// pairs (or n observations of a one-sample test), as for a published
// t(n - 1) = t. The two-sided factor is Rouder et al.'s one-dimensional
// integral over g (their eq. 1); the one-sided ones weight the same
// integrand by the posterior probability of the sign of delta, a central
// t distribution function (see internal/dist.JZS), so no noncentral t
// density (which underflows in R's dt far in the tail) is used. Both are
// within 1e-10 relative of 40-digit values (testdata/r/bayes_mpmath.py).
//
// Errors: ErrTooFew (n < 2), ErrStatistic (t NaN or infinite),
// ErrPriorScale (r not finite and > 0), ErrAlternative.
func BayesFactorT(t float64, n int, r float64, alt Alternative) (BayesResult, error) {
	switch {
	case n < 2:
		return BayesResult{}, fmt.Errorf("%w: n = %d, need at least 2", ErrTooFew, n)
	case math.IsNaN(t) || math.IsInf(t, 0):
		return BayesResult{}, fmt.Errorf("%w: t = %v", ErrStatistic, t)
	case !(r > 0) || math.IsInf(r, 1):
		return BayesResult{}, fmt.Errorf("%w: r = %v, want a finite r > 0", ErrPriorScale, r)
	case !alt.Valid():
		return BayesResult{}, fmt.Errorf("%w: %d", ErrAlternative, int(alt))
	}
	l2, lp, lm := dist.JZS(t, float64(n), r)
	res := BayesResult{T: t, N: n, R: r, Alternative: alt,
		TwoSided: math.Exp(l2), Plus: math.Exp(lp), Minus: math.Exp(lm)}
	switch alt {
	case Greater:
		res.LogBF10 = lp
	case Less:
		res.LogBF10 = lm
	default:
		res.LogBF10 = l2
	}
	if math.IsNaN(res.LogBF10) {
		return BayesResult{}, fmt.Errorf("%w: the Bayes factor integral failed for t = %v, n = %d, r = %v", ErrStatistic, t, n, r)
	}
	res.BF10 = math.Exp(res.LogBF10)
	res.BF01 = math.Exp(-res.LogBF10)
	return res, nil
}

// BayesFactor returns the JZS Bayes factor of a t-test result (paired or
// one-sample) with prior scale r, for the test's alternative.
func BayesFactor(res TTestResult, r float64) (BayesResult, error) {
	return BayesFactorT(res.T, res.N, r, res.Alternative)
}

// BayesRobustness returns the Bayes factor at each prior scale of rs
// (RobustnessScales when rs is nil), the robustness table of JASP.
func BayesRobustness(t float64, n int, alt Alternative, rs []float64) ([]BayesResult, error) {
	if rs == nil {
		rs = RobustnessScales
	}
	out := make([]BayesResult, 0, len(rs))
	for _, r := range rs {
		b, err := BayesFactorT(t, n, r, alt)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// String prints the Bayes factor as BayesFactor's print does, with the
// prior stated: "Bayes factor (JZS, Cauchy prior r = 0.707): BF10 = 17.26, BF01 = 0.05794".
func (b BayesResult) String() string {
	name := ""
	if n := PriorName(b.R); n != "" {
		name = " " + n
	}
	side := "delta != 0"
	switch b.Alternative {
	case Greater:
		side = "delta > 0"
	case Less:
		side = "delta < 0"
	}
	return fmt.Sprintf("JZS Bayes factor (Cauchy prior on delta, r = %s%s; H1: %s): BF10 = %s, BF01 = %s\n",
		strconv.FormatFloat(b.R, 'g', 4, 64), name, side,
		strconv.FormatFloat(b.BF10, 'g', 7, 64), strconv.FormatFloat(b.BF01, 'g', 7, 64))
}

type bayesJSON struct {
	T           jnum        `json:"t"`
	N           int         `json:"n"`
	R           jnum        `json:"r"`
	Alternative Alternative `json:"alternative"`
	BF10        jnum        `json:"bf10"`
	BF01        jnum        `json:"bf01"`
	LogBF10     jnum        `json:"log_bf10"`
	TwoSided    jnum        `json:"bf10_two_sided"`
	Plus        jnum        `json:"bf_plus0"`
	Minus       jnum        `json:"bf_minus0"`
}

// MarshalJSON writes the keys t, n, r, alternative, bf10, bf01, log_bf10,
// bf10_two_sided, bf_plus0 and bf_minus0; a factor beyond float64's range
// is the string "Inf" (log_bf10 stays finite).
func (b BayesResult) MarshalJSON() ([]byte, error) {
	return json.Marshal(bayesJSON{jnum(b.T), b.N, jnum(b.R), b.Alternative, jnum(b.BF10), jnum(b.BF01),
		jnum(b.LogBF10), jnum(b.TwoSided), jnum(b.Plus), jnum(b.Minus)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (b *BayesResult) UnmarshalJSON(data []byte) error {
	var j bayesJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*b = BayesResult{float64(j.T), j.N, float64(j.R), j.Alternative, float64(j.BF10), float64(j.BF01),
		float64(j.LogBF10), float64(j.TwoSided), float64(j.Plus), float64(j.Minus)}
	return nil
}
