package pairedt

import (
	"errors"
	"fmt"
	"math"
)

// Alternative is the alternative hypothesis of a test. The zero value,
// TwoSided, is the safe default.
type Alternative int

const (
	// TwoSided tests H1: true location != Mu.
	TwoSided Alternative = iota
	// Less tests H1: true location < Mu.
	Less
	// Greater tests H1: true location > Mu.
	Greater
)

// String returns the alternative as R writes it: "two.sided", "less" or
// "greater". An invalid value prints as "Alternative(N)".
func (a Alternative) String() string {
	switch a {
	case TwoSided:
		return "two.sided"
	case Less:
		return "less"
	case Greater:
		return "greater"
	}
	return fmt.Sprintf("Alternative(%d)", int(a))
}

// Valid reports whether a is one of TwoSided, Less or Greater.
func (a Alternative) Valid() bool { return a == TwoSided || a == Less || a == Greater }

// MarshalText encodes a as R writes it ("two.sided", "less", "greater").
func (a Alternative) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrAlternative, int(a))
	}
	return []byte(a.String()), nil
}

// UnmarshalText accepts what ParseAlternative accepts.
func (a *Alternative) UnmarshalText(b []byte) error {
	v, err := ParseAlternative(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// ParseAlternative reads an alternative as R, SciPy or a person writes it:
// "two.sided", "two-sided", "two_sided", "less", "greater" (case-sensitive,
// as in R).
func ParseAlternative(s string) (Alternative, error) {
	switch s {
	case "two.sided", "two-sided", "two_sided", "twosided":
		return TwoSided, nil
	case "less":
		return Less, nil
	case "greater":
		return Greater, nil
	}
	return 0, fmt.Errorf("%w: %q (want two.sided, less or greater)", ErrAlternative, s)
}

// Options configures a t-test (and, where they apply, the other location
// tests of this package). The zero value is a two-sided test of Mu = 0 with a
// 95% confidence interval, as R's defaults.
type Options struct {
	// Alternative is the alternative hypothesis; the zero value is TwoSided.
	Alternative Alternative
	// Mu is the location under the null hypothesis: the mean difference for
	// a paired test, the mean for a one-sample test. It must be finite.
	Mu float64
	// ConfLevel is the confidence level of the interval; 0 means 0.95.
	// Otherwise it must lie in the open interval (0, 1).
	ConfLevel float64
}

// level returns the effective confidence level and validates o.
func (o Options) validate() (level float64, err error) {
	if !o.Alternative.Valid() {
		return 0, fmt.Errorf("%w: %d", ErrAlternative, int(o.Alternative))
	}
	if math.IsNaN(o.Mu) || math.IsInf(o.Mu, 0) {
		return 0, fmt.Errorf("%w: %v", ErrMu, o.Mu)
	}
	level = o.ConfLevel
	if level == 0 {
		level = 0.95
	}
	if !(level > 0 && level < 1) {
		return 0, fmt.Errorf("%w: %v, need 0 < level < 1", ErrConfLevel, o.ConfLevel)
	}
	return level, nil
}

// Sentinel errors. Every error returned by this package wraps one of these
// (or an error from the standard library) so that callers can match it with
// errors.Is; the wrapping message carries the detail.
var (
	// ErrLength: x and y (or two parallel inputs) have different lengths.
	ErrLength = errors.New("pairedt: lengths differ")
	// ErrTooFew: fewer complete observations than the method needs.
	ErrTooFew = errors.New("pairedt: not enough observations")
	// ErrNonFinite: an input value is +Inf or -Inf.
	ErrNonFinite = errors.New("pairedt: non-finite value")
	// ErrConstant: the differences (the values, for a one-sample test) are
	// constant, or nearly so, and their mean differs from Mu: the variance
	// is exactly 0, or the standard error is below 10 * eps * |mean| (eps =
	// 2^-52). The second check is R's: t.test stops with "data are
	// essentially constant" when stderr < 10 * .Machine$double.eps *
	// abs(mean(d)). R's check is relative to the mean, so it does not
	// catch differences that are all 0 when Mu is not 0:
	// t.test(c(0, 0, 0), mu = 1) returns t = -Inf and p = 0 in R 4.2. Test
	// returns ErrConstant there as well, because a t statistic of ±Inf with
	// a standard error of 0 is an artefact of the data, not evidence; a
	// caller who wants R's -Inf can test for ErrConstant.
	ErrConstant = errors.New("pairedt: data are essentially constant")
	// ErrIdentical: every difference equals Mu (for Mu = 0: the two samples
	// are identical); R silently returns NaN.
	ErrIdentical = errors.New("pairedt: samples are identical")
	// ErrConfLevel: Options.ConfLevel outside (0, 1).
	ErrConfLevel = errors.New("pairedt: invalid confidence level")
	// ErrMu: Options.Mu is NaN or infinite.
	ErrMu = errors.New("pairedt: invalid mu")
	// ErrAlternative: an Alternative other than TwoSided, Less or Greater.
	ErrAlternative = errors.New("pairedt: invalid alternative")
	// ErrUnknownLevel: a category value that is not among the declared
	// levels and not a missing marker.
	ErrUnknownLevel = errors.New("pairedt: unknown level")
	// ErrLevels: the declared levels are unusable (none, duplicates, or more
	// than a table supports).
	ErrLevels = errors.New("pairedt: invalid levels")
	// ErrTable: a contingency table that is not square, has negative or
	// non-integer counts, or is otherwise malformed.
	ErrTable = errors.New("pairedt: invalid table")
	// ErrScores: scores that do not match the levels, are not finite, or
	// (where order matters) are not strictly increasing.
	ErrScores = errors.New("pairedt: invalid scores")
)
