package pairedt

import (
	"fmt"
	"strconv"

	"github.com/pairedt/pairedt/internal/i18n"
)

// WarningKind says which caveat a Warning is. Its String is a stable
// snake_case code ("exact_ties"), the value of the "warning_codes" JSON
// list; the zero value is no known kind.
type WarningKind int

// The kinds of warning. Each comment starts with the kind's code (its String)
// and says what the warning's fields N, M, K, X, Y and Labels hold.
const (
	// "other": known only by its text, Labels[0] (read back from JSON, or
	// built by hand).
	WarnOther WarningKind = iota

	// "t_missing_pairs": Test dropped N pairs with a NaN; M were used.
	WarnTMissingPairs
	// "t_missing_values": OneSample dropped N NaN values; M were used.
	WarnTMissingValues
	// "t_few_pairs": only N < 10 pairs; the t-test leans on normality.
	WarnTFewPairs
	// "t_few_values": only N < 10 values (one-sample test).
	WarnTFewValues
	// "t_constant": x or y is constant, so r and d_av are undefined.
	WarnTConstant
	// "dz_normal_approx": the d_z interval uses a normal approximation to
	// the noncentral t because X = |t| exceeds Y.
	WarnDzNormalApprox

	// "missing_pairs": N pairs with a NaN dropped (Wilcoxon, sign test).
	WarnMissingPairs
	// "missing_values": N NaN values dropped (Shapiro-Wilk).
	WarnMissingValues
	// "exact_too_many": exact p asked for N > M = WilcoxonExactMaxN non-zero
	// differences; normal approximation used.
	WarnExactTooMany
	// "exact_ties": no exact p with tied ranks; normal approximation used.
	WarnExactTies
	// "exact_zeroes": no exact p with zero differences; normal
	// approximation used.
	WarnExactZeroes
	// "wilcoxon_zeros_dropped": N differences equal to mu dropped.
	WarnWilcoxonZeros
	// "sign_zeros_dropped": N differences equal to mu dropped (sign test).
	WarnSignZeros
	// "exact_conf_level_not_achievable": level X is not reachable exactly
	// with N differences; the interval is at level Y.
	WarnExactLevel
	// "conf_level_not_achievable": level X is not reachable by the
	// approximate interval; it is at level Y.
	WarnApproxLevel
	// "no_interval": every difference is zero or tied.
	WarnNoInterval
	// "interval_bounds_cross": the approximate bounds cross by X, within
	// the root finder's tolerance Y.
	WarnBoundsCross
	// "root_not_bracketed": the interval's root search failed; f at the
	// end points is X and Y, of the same sign.
	WarnRootSign
	// "root_not_converged": the root search did not converge in N
	// iterations.
	WarnRootIterations

	// "few_discordant": McNemar with only N < M discordant pairs; the exact
	// test is preferable.
	WarnFewDiscordant
	// "empty_pairs": Bowker left out N of the M symmetric pairs of cells,
	// empty; df = K. Labels: the first (at most ten) as (row, column) levels.
	WarnEmptyPairs
	// "idle_levels": in N levels no subject moved in or out, so the
	// Stuart-Maxwell df = M < K = k - 1. Labels: the first (at most ten).
	WarnIdleLevels
	// "separate_groups": the discordant pairs fall into separate groups of
	// levels, so the Stuart-Maxwell df = M < K = k - 1.
	WarnSeparateGroups

	// WarnShapiroWilkLargeN: Shapiro-Wilk on N > M = ShapiroWilkAccurateN
	// values, beyond the range Royston's approximation was fitted on: the
	// p-value may not be accurate (SciPy's warning). Code
	// "shapiro_wilk_large_n".
	WarnShapiroWilkLargeN

	numWarningKinds
)

var warningCodes = [numWarningKinds]string{
	WarnOther:          "other",
	WarnTMissingPairs:  "t_missing_pairs",
	WarnTMissingValues: "t_missing_values",
	WarnTFewPairs:      "t_few_pairs",
	WarnTFewValues:     "t_few_values",
	WarnTConstant:      "t_constant",
	WarnDzNormalApprox: "dz_normal_approx",
	WarnMissingPairs:   "missing_pairs",
	WarnMissingValues:  "missing_values",
	WarnExactTooMany:   "exact_too_many",
	WarnExactTies:      "exact_ties",
	WarnExactZeroes:    "exact_zeroes",
	WarnWilcoxonZeros:  "wilcoxon_zeros_dropped",
	WarnSignZeros:      "sign_zeros_dropped",
	WarnExactLevel:     "exact_conf_level_not_achievable",
	WarnApproxLevel:    "conf_level_not_achievable",
	WarnNoInterval:     "no_interval",
	WarnBoundsCross:    "interval_bounds_cross",
	WarnRootSign:       "root_not_bracketed",
	WarnRootIterations: "root_not_converged",
	WarnFewDiscordant:  "few_discordant",
	WarnEmptyPairs:     "empty_pairs",
	WarnIdleLevels:     "idle_levels",
	WarnSeparateGroups: "separate_groups",

	WarnShapiroWilkLargeN: "shapiro_wilk_large_n",
}

// String returns the kind's snake_case code ("exact_ties").
func (k WarningKind) String() string {
	if k >= 0 && k < numWarningKinds {
		return warningCodes[k]
	}
	return "WarningKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText encodes the kind as its code.
func (k WarningKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a code; an unknown code is an error.
func (k *WarningKind) UnmarshalText(b []byte) error {
	for i, c := range warningCodes {
		if c == string(b) {
			*k = WarningKind(i)
			return nil
		}
	}
	return fmt.Errorf("pairedt: unknown warning code %q", b)
}

// IsInterval reports whether the kind is about the confidence interval of
// the Hodges-Lehmann estimate (its level, its bounds or their root search),
// which a report that prints no such interval leaves out.
func (k WarningKind) IsInterval() bool {
	switch k {
	case WarnExactLevel, WarnApproxLevel, WarnNoInterval, WarnBoundsCross, WarnRootSign, WarnRootIterations:
		return true
	}
	return false
}

// Warning is a caveat that does not stop an analysis: a kind and its facts.
// What N, M, K, X, Y and Labels hold depends on the kind (see the
// WarningKind constants); unused fields are zero.
type Warning struct {
	Kind    WarningKind
	N, M, K int
	X, Y    float64
	Labels  []string
}

// String is the warning in English, as pairedt has always written it:
// "cannot compute exact p-value with ties: normal approximation used".
func (w Warning) String() string { return w.Text(i18n.English) }

// MarshalText encodes the warning as its English sentence, so that the
// "warnings" of the JSON output are a list of strings.
func (w Warning) MarshalText() ([]byte, error) { return []byte(w.String()), nil }

// UnmarshalText decodes an English sentence as a WarnOther warning: the
// facts are not parsed back out of words.
func (w *Warning) UnmarshalText(b []byte) error {
	*w = Warning{Kind: WarnOther, Labels: []string{string(b)}}
	return nil
}

// Text returns the warning in language lang ("en" or "id", as report.Lang
// and audit.Lang spell them; English for any other value), from the
// module's catalog of sentences (internal/i18n).
func (w Warning) Text(lang i18n.Lang) string {
	c := lang.Warnings()
	switch w.Kind {
	case WarnTMissingPairs:
		return c.TMissingPairs(w.N, w.M)
	case WarnTMissingValues:
		return c.TMissingValues(w.N, w.M)
	case WarnTFewPairs:
		return c.TFewPairs(w.N)
	case WarnTFewValues:
		return c.TFewValues(w.N)
	case WarnTConstant:
		return c.TConstant()
	case WarnDzNormalApprox:
		return c.DzNormalApprox(w.X, w.Y)
	case WarnMissingPairs:
		return c.MissingPairs(w.N)
	case WarnMissingValues:
		return c.MissingValues(w.N)
	case WarnExactTooMany:
		return c.ExactTooMany(w.N, w.M)
	case WarnExactTies:
		return c.ExactTies()
	case WarnExactZeroes:
		return c.ExactZeroes()
	case WarnWilcoxonZeros:
		return c.WilcoxonZeros(w.N)
	case WarnSignZeros:
		return c.SignZeros(w.N)
	case WarnExactLevel:
		return c.ExactLevel(w.X, w.N, w.Y)
	case WarnApproxLevel:
		return c.ApproxLevel(w.X, w.Y)
	case WarnNoInterval:
		return c.NoInterval()
	case WarnBoundsCross:
		return c.BoundsCross(w.X, w.Y)
	case WarnRootSign:
		return c.RootSign(w.X, w.Y)
	case WarnRootIterations:
		return c.RootIterations(w.N)
	case WarnFewDiscordant:
		return c.FewDiscordant(w.N, w.M)
	case WarnEmptyPairs:
		items := make([]string, 0, len(w.Labels)/2)
		for i := 0; i+1 < len(w.Labels); i += 2 {
			items = append(items, "("+quote(w.Labels[i])+", "+quote(w.Labels[i+1])+")")
		}
		return c.EmptyPairs(w.N, w.M, items, w.K)
	case WarnIdleLevels:
		items := make([]string, len(w.Labels))
		for i, l := range w.Labels {
			items[i] = quote(l)
		}
		return c.IdleLevels(items, w.N, w.M, w.K)
	case WarnSeparateGroups:
		return c.SeparateGroups(w.M, w.K)
	case WarnShapiroWilkLargeN:
		return c.ShapiroWilkLargeN(w.N, w.M)
	}
	if len(w.Labels) > 0 {
		return w.Labels[0]
	}
	return ""
}

// warningCodesOf returns the kinds of ws, for the "warning_codes" JSON list
// (empty, not nil).
func warningCodesOf(ws []Warning) []WarningKind {
	k := make([]WarningKind, len(ws))
	for i, w := range ws {
		k[i] = w.Kind
	}
	return k
}

// nonNilWarnings returns ws, or an empty list for nil, so that JSON has [].
func nonNilWarnings(ws []Warning) []Warning {
	if ws == nil {
		return []Warning{}
	}
	return ws
}
