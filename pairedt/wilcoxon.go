package pairedt

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/pairedt/pairedt/internal/dist"
)

// ExactMode chooses between the exact null distribution of the Wilcoxon
// signed-rank statistic and its normal approximation. The zero value,
// ExactAuto, is R's default.
type ExactMode int

const (
	// ExactAuto is R's exact = NULL: the exact distribution when there are
	// fewer than 50 non-zero differences and neither ties nor zeros, the
	// normal approximation otherwise.
	ExactAuto ExactMode = iota
	// ExactForce is R's exact = TRUE: the exact distribution whatever the
	// number of non-zero differences (up to WilcoxonExactMaxN), unless there
	// are ties or zeros, in which case the normal approximation is used and
	// a warning says so (as R warns).
	ExactForce
	// ExactNever is R's exact = FALSE: always the normal approximation.
	ExactNever
	// ExactConditional is the exact permutation distribution of V given
	// the observed ranks (coin's wilcoxsign_test(..., distribution =
	// "exact"), SciPy's permutation method): valid with ties and zeros,
	// for up to WilcoxonExactMaxN non-zero differences (beyond, the
	// normal approximation with a warning). Without ties and zeros it
	// equals ExactForce's p-value. It changes only the p-value: the
	// estimate and interval are ExactForce's (exact Walsh-average
	// quantiles without ties and zeros, R's approximate inversion
	// otherwise). See Wilcoxon.
	ExactConditional
)

// WilcoxonExactMaxN is the largest number of non-zero differences for which
// ExactForce computes the exact distribution, ExactConditional the exact
// permutation distribution given the observed ranks (ties and zeros
// allowed); their counts overflow float64 near n = 1024, and above
// WilcoxonExactMaxN the normal approximation is used with a warning.
const WilcoxonExactMaxN = 1000

// String returns "auto", "force" or "never"; an invalid value prints as
// "ExactMode(N)".
func (m ExactMode) String() string {
	switch m {
	case ExactAuto:
		return "auto"
	case ExactForce:
		return "force"
	case ExactNever:
		return "never"
	case ExactConditional:
		return "conditional"
	}
	return fmt.Sprintf("ExactMode(%d)", int(m))
}

// Valid reports whether m is ExactAuto, ExactForce, ExactNever or
// ExactConditional.
func (m ExactMode) Valid() bool { return m >= ExactAuto && m <= ExactConditional }

// ParseExactMode reads "auto", "force", "never" or "conditional", or R's
// spelling of the exact argument: "NULL", "TRUE", "FALSE" (also in lower
// case).
func ParseExactMode(s string) (ExactMode, error) {
	switch s {
	case "auto", "NULL", "null":
		return ExactAuto, nil
	case "force", "TRUE", "true":
		return ExactForce, nil
	case "never", "FALSE", "false":
		return ExactNever, nil
	case "conditional":
		return ExactConditional, nil
	}
	return 0, fmt.Errorf("%w: exact mode %q (want auto, force, never or conditional)", ErrWilcoxonOptions, s)
}

// MarshalText encodes m as "auto", "force" or "never".
func (m ExactMode) MarshalText() ([]byte, error) {
	if !m.Valid() {
		return nil, fmt.Errorf("%w: %v", ErrWilcoxonOptions, m)
	}
	return []byte(m.String()), nil
}

// UnmarshalText accepts what ParseExactMode accepts.
func (m *ExactMode) UnmarshalText(b []byte) error {
	v, err := ParseExactMode(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// ErrWilcoxonOptions: a WilcoxonOptions field other than Alternative, Mu and
// ConfLevel is invalid (an unknown ExactMode, a TolRoot that is negative,
// NaN or infinite).
var ErrWilcoxonOptions = errors.New("pairedt: invalid Wilcoxon options")

// WilcoxonOptions configures Wilcoxon. The zero value is R's
// wilcox.test(x, y, paired = TRUE, conf.int = TRUE) with its defaults:
// two-sided, mu = 0, 95% interval, exact = NULL, correct = TRUE,
// tol.root = 1e-4.
type WilcoxonOptions struct {
	// Options are the alternative, the location shift Mu of the
	// differences under the null hypothesis, and the confidence level of
	// the Hodges-Lehmann interval, as for Test.
	Options
	// Exact chooses the exact distribution or the normal approximation;
	// the zero value is R's rule (ExactAuto).
	Exact ExactMode
	// NoCorrect switches off the continuity correction of the normal
	// approximation (R's correct = FALSE). The zero value corrects, as R.
	NoCorrect bool
	// TolRoot is the tolerance of the root finder behind the approximate
	// interval and estimate (R's tol.root); 0 means R's 1e-4.
	TolRoot float64
	// Zero is the treatment of differences equal to Mu; the zero value,
	// ZeroWilcox, drops them as R does. See ZeroMethod.
	Zero ZeroMethod
}

// ZeroMethod says how the signed-rank test treats differences equal to Mu
// ("zeros"). The zero value, ZeroWilcox, is R's and today's behaviour.
// Without zeros the three methods give the same result.
type ZeroMethod int

const (
	// ZeroWilcox drops the zeros and ranks the rest (Wilcoxon 1945; R's
	// wilcox.test, SciPy's zero_method = "wilcox", coin's zero.method =
	// "Wilcoxon").
	ZeroWilcox ZeroMethod = iota
	// ZeroPratt ranks all |d - Mu|, zeros included (they take the
	// smallest ranks), then drops the zeros' ranks (Pratt 1959; SciPy's
	// "pratt", coin's "Pratt", coin's default).
	ZeroPratt
	// ZeroSplit ranks as ZeroPratt and adds half the zeros' rank sum to V
	// (SciPy's "zsplit"). Under the permutation distribution this is
	// Pratt's statistic plus a constant, so its p-value equals ZeroPratt's;
	// see Wilcoxon for how SciPy's p differs.
	ZeroSplit
)

// String returns "wilcox", "pratt" or "zsplit" (SciPy's spelling); an
// invalid value prints as "ZeroMethod(N)".
func (z ZeroMethod) String() string {
	switch z {
	case ZeroWilcox:
		return "wilcox"
	case ZeroPratt:
		return "pratt"
	case ZeroSplit:
		return "zsplit"
	}
	return fmt.Sprintf("ZeroMethod(%d)", int(z))
}

// Valid reports whether z is ZeroWilcox, ZeroPratt or ZeroSplit.
func (z ZeroMethod) Valid() bool { return z >= ZeroWilcox && z <= ZeroSplit }

// ParseZeroMethod reads "wilcox", "pratt" or "zsplit" (SciPy), or coin's
// "Wilcoxon" and "Pratt" (also in lower case).
func ParseZeroMethod(s string) (ZeroMethod, error) {
	switch s {
	case "wilcox", "Wilcoxon", "wilcoxon":
		return ZeroWilcox, nil
	case "pratt", "Pratt":
		return ZeroPratt, nil
	case "zsplit":
		return ZeroSplit, nil
	}
	return 0, fmt.Errorf("%w: zero method %q (want wilcox, pratt or zsplit)", ErrWilcoxonOptions, s)
}

// MarshalText encodes z as "wilcox", "pratt" or "zsplit".
func (z ZeroMethod) MarshalText() ([]byte, error) {
	if !z.Valid() {
		return nil, fmt.Errorf("%w: %v", ErrWilcoxonOptions, z)
	}
	return []byte(z.String()), nil
}

// UnmarshalText accepts what ParseZeroMethod accepts.
func (z *ZeroMethod) UnmarshalText(b []byte) error {
	v, err := ParseZeroMethod(string(b))
	if err != nil {
		return err
	}
	*z = v
	return nil
}

// WilcoxonResult is the outcome of Wilcoxon. Non-finite numbers marshal to
// JSON as in TTestResult: ±Inf as the strings "Inf" and "-Inf", NaN as null.
type WilcoxonResult struct {
	// Method is R's method string: "Wilcoxon signed rank exact test",
	// "Wilcoxon signed rank test with continuity correction" or
	// "Wilcoxon signed rank test".
	Method string `json:"method"`
	// V is the sum of the ranks of |d - Mu| over the positive d - Mu
	// (zeros dropped), R's statistic V; under ZeroPratt the ranks are
	// among all |d - Mu|, zeros included, and ZeroSplit adds half the
	// zeros' rank sum (see Wilcoxon).
	V float64 `json:"statistic"`
	// P is the p-value for Alternative.
	P float64 `json:"p"`
	// Exact reports whether P comes from an exact null distribution (the
	// interval too, except under ExactConditional with ties or zeros,
	// where it is R's approximate one).
	Exact bool `json:"exact"`
	// Z is the standardised statistic of the normal approximation,
	// (V - n(n+1)/4 - correction) / sigma; NaN when Exact.
	Z float64 `json:"z"`
	// N is the number of non-zero differences d - Mu (the n of the test).
	N int `json:"n"`
	// NZero is the number of differences equal to Mu, dropped (R's
	// "Wilcoxon" zero method).
	NZero int `json:"n_zero"`
	// Dropped is the number of pairs dropped because x or y was NaN.
	Dropped int `json:"dropped"`
	// Ties reports whether some non-zero |d - Mu| are tied.
	Ties bool `json:"ties"`
	// Estimate is R's (pseudo)median: the Hodges-Lehmann estimate (median
	// of the Walsh averages) in the exact case, the root of the
	// uncorrected standardised statistic in the approximate case; the
	// midrange when no interval can be computed.
	Estimate float64 `json:"estimate"`
	// CILow and CIHigh bound the confidence interval of the location shift;
	// one-sided intervals have one infinite bound; NaN when all non-zero
	// differences are tied (as R). At very low levels the approximate bounds can
	// cross by up to TolRoot; they are returned as R returns them, with a warning.
	CILow  float64 `json:"ci_low"`
	CIHigh float64 `json:"ci_high"`
	// ConfLevel is the confidence level achieved: the requested level, or
	// R's replacement when the requested one is not achievable (then a
	// warning says so); 0 when no interval could be computed.
	ConfLevel float64 `json:"conf_level"`
	// RankBiserial is Kerby's (2014) matched-pairs rank-biserial correlation
	// over the non-zero differences, as effectsize::rank_biserial(x, y,
	// paired = TRUE, mu): r = (R+ - R-) / (R+ + R-) = 2V/S - 1, S = n(n+1)/2.
	RankBiserial float64 `json:"rank_biserial"`
	// Alternative is the alternative hypothesis.
	Alternative Alternative `json:"alternative"`
	// Mu is the location shift under the null hypothesis.
	Mu float64 `json:"mu"`
	// ZeroMethod is the treatment of zeros used (WilcoxonOptions.Zero);
	// the JSON key "zero_method" is present only when it is not
	// ZeroWilcox.
	ZeroMethod ZeroMethod `json:"zero_method,omitempty"`
	// Warnings are caveats that do not stop the analysis, in a fixed order.
	Warnings []Warning `json:"warnings"`

	oneSample bool // from WilcoxonOneSample: String prints R's one-sample lines
}

// MarshalJSON encodes r with the keys of the field tags; NaN becomes null
// and ±Inf the strings "Inf" and "-Inf".
func (r WilcoxonResult) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Method       string        `json:"method"`
		V            jnum          `json:"statistic"`
		P            jnum          `json:"p"`
		Exact        bool          `json:"exact"`
		Z            jnum          `json:"z"`
		N            int           `json:"n"`
		NZero        int           `json:"n_zero"`
		Dropped      int           `json:"dropped"`
		Ties         bool          `json:"ties"`
		Estimate     jnum          `json:"estimate"`
		CILow        jnum          `json:"ci_low"`
		CIHigh       jnum          `json:"ci_high"`
		ConfLevel    jnum          `json:"conf_level"`
		RankBiserial jnum          `json:"rank_biserial"`
		Alternative  Alternative   `json:"alternative"`
		Mu           jnum          `json:"mu"`
		ZeroMethod   ZeroMethod    `json:"zero_method,omitempty"`
		Warnings     []Warning     `json:"warnings"`
		WarningCodes []WarningKind `json:"warning_codes"`
	}{r.Method, jnum(r.V), jnum(r.P), r.Exact, jnum(r.Z),
		r.N, r.NZero, r.Dropped, r.Ties, jnum(r.Estimate), jnum(r.CILow),
		jnum(r.CIHigh), jnum(r.ConfLevel), jnum(r.RankBiserial),
		r.Alternative, jnum(r.Mu), r.ZeroMethod, nonNilWarnings(r.Warnings), warningCodesOf(r.Warnings)})
}

// Wilcoxon is the Wilcoxon signed-rank test of the differences d = x - y, as
// R 4.2's wilcox.test(x, y, paired = TRUE, conf.int = TRUE). With n non-zero
// d_i - Mu and r_i the (average, for ties) ranks of |d_i - Mu|:
//
//	V = sum of r_i over d_i - Mu > 0
//	z = (V - n(n+1)/4 - c) / sqrt(n(n+1)(2n+1)/24 - sum(t³ - t)/48)
//
// with t the tie group sizes and c = ±0.5 towards the mean (0 with NoCorrect).
// Pairs with a NaN are dropped (Dropped), differences equal to Mu too (NZero).
// The exact test (chosen as ExactMode says) counts V's null distribution by R's
// csignrank recursion; its estimate and interval are the median and quantiles
// of the Walsh averages (d_i + d_j)/2, i <= j (Hodges and Lehmann 1963; Bauer
// 1972), R's order statistics selected without forming the n(n+1)/2
// averages (Johnson and Mizoguchi 1978; Monahan 1984): O(n log n) time and
// O(n) memory, the same float64 values as R's sort. The normal
// approximation inverts z in the shift with R's zeroin at tolerance TolRoot,
// so its bounds lie within about TolRoot of the step where the statistic
// changes sign; its estimate inverts the uncorrected z. As R 4.2, a
// one-sided Less interval checks attainability at qnorm(alpha/2). The test
// keeps one float64 per difference (the differences sorted once).
//
// Zero methods (WilcoxonOptions.Zero): ZeroWilcox, the zero value, drops
// the differences equal to Mu, as R. ZeroPratt ranks all N values |d - Mu|
// and sums the ranks a_i of the positive ones (Pratt 1959); ZeroSplit adds
// half the zeros' rank sum (SciPy's "zsplit"). Their normal approximation
// uses the permutation moments given the ranks (Cureton 1967),
//
//	E = sum(a)/2,  Var = sum(a²)/4
//
// over the non-zero ranks a (coin's asymptotic wilcoxsign_test, SciPy's
// "pratt"); SciPy's "zsplit" variance counts the zeros as if signed, so its
// p is larger than ours when there are zeros. The zero method changes only
// the test of Mu: the estimate, the interval and RankBiserial are R's, over
// the non-zero differences.
//
// ExactConditional is the permutation distribution of V given the scores
// a_i (midranks for ties), computed exactly by the shift algorithm over the
// doubled scores (Streitberg and Röhmel 1986; coin's wilcoxsign_test with
// distribution = "exact"); the two-sided p is 2 min(P(V <= v), P(V >= v))
// capped at 1. Without ties and zeros it is ExactForce's p.
//
// Errors: ErrLength; ErrNonFinite (±Inf, or a difference, or for the normal
// approximation a range of differences, that overflows); ErrTooFew (no
// complete pair); ErrIdentical (every difference equals Mu; R returns NaN);
// ErrAlternative, ErrMu, ErrConfLevel, ErrWilcoxonOptions.
//
// References: Wilcoxon (1945) Biometrics Bulletin 1:80-83; Hodges and Lehmann
// (1963) Ann. Math. Statist. 34:598-611; Hollander and Wolfe (1973) pp. 27-33
// (tie correction); Bauer (1972) JASA 67:687-690; Kerby (2014) Comprehensive
// Psychology 3:11.IT.3.1 (RankBiserial); Pratt (1959) JASA 54:655-667;
// Cureton (1967) JASA 62:1068-1069; Streitberg and Röhmel (1986) Statistical
// Software Newsletter 12:10-17; Hothorn et al. (2008) J. Stat. Softw. 28(8)
// (coin); Johnson and Mizoguchi (1978) SIAM J. Comput. 7:147-153; Monahan
// (1984) ACM TOMS 10:265-270 (Algorithm 616). R: wilcox.test.R, signrank.c,
// zeroin.c.
func Wilcoxon(x, y []float64, o WilcoxonOptions) (WilcoxonResult, error) {
	level, tol, err := o.rankValidate()
	if err != nil {
		return WilcoxonResult{}, err
	}
	if len(x) != len(y) {
		return WilcoxonResult{}, fmt.Errorf("%w: Wilcoxon: len(x) = %d, len(y) = %d", ErrLength, len(x), len(y))
	}
	diffs, dropped, err := rankDifferences(x, y, "Wilcoxon")
	if err != nil {
		return WilcoxonResult{}, err
	}
	return wilcoxonDiffs(diffs, dropped, o, level, tol)
}

// wilcoxonDiffs is Wilcoxon on the differences diffs (rankDifferences'
// output, which it owns and reorders), dropped pairs with a NaN, with the
// level and tolerance from o.rankValidate.
func wilcoxonDiffs(diffs []float64, dropped int, o WilcoxonOptions, level, tol float64) (WilcoxonResult, error) {
	res := WilcoxonResult{Dropped: dropped}
	if dropped > 0 {
		res.Warnings = append(res.Warnings, Warning{Kind: WarnMissingPairs, N: dropped})
	}
	return rankWilcoxonCore(res, diffs, o, level, tol)
}

// WilcoxonOneSample performs the one-sample Wilcoxon signed-rank test of
// the median (centre of symmetry) of x against o.Mu, as R 4.2's
//
//	wilcox.test(x, mu = Mu, exact = NULL, correct = TRUE, conf.int = TRUE)
//
// It is Wilcoxon with the differences d = x: every formula, option,
// contract and error of Wilcoxon applies, with "value" for "pair"
// (WilcoxonOneSample(d, o) equals Wilcoxon(x, y, o) for d = x - y).
// NaN values are dropped and counted in Dropped (a WarnMissingValues
// warning); ±Inf is ErrNonFinite; no value left is ErrTooFew.
func WilcoxonOneSample(x []float64, o WilcoxonOptions) (WilcoxonResult, error) {
	level, tol, err := o.rankValidate()
	if err != nil {
		return WilcoxonResult{}, err
	}
	d := make([]float64, 0, len(x))
	dropped := 0
	for i, v := range x {
		if math.IsInf(v, 0) {
			return WilcoxonResult{}, fmt.Errorf("%w: WilcoxonOneSample: value %d is %v", ErrNonFinite, i+1, v)
		}
		if math.IsNaN(v) {
			dropped++
			continue
		}
		d = append(d, v)
	}
	if len(d) == 0 {
		return WilcoxonResult{}, fmt.Errorf("%w: WilcoxonOneSample: no non-missing value (%d %s, all missing)",
			ErrTooFew, len(x), rankPlural(len(x), "value", "values"))
	}
	res := WilcoxonResult{Dropped: dropped, oneSample: true}
	if dropped > 0 {
		res.Warnings = append(res.Warnings, Warning{Kind: WarnMissingValues, N: dropped})
	}
	return rankWilcoxonCore(res, d, o, level, tol)
}

// rankWilcoxonCore is the signed-rank test of the differences diffs (no
// NaN, no ±Inf) against o.Mu; res carries Dropped and its warning. It owns
// diffs: unless a zero method or ExactConditional needs them as they are,
// it keeps the non-zero d - Mu in diffs' storage and sorts them there, so
// that the whole test takes one float64 per difference (ranks come from
// the sorted order, rankSortedStats; the approximate interval shifts them
// back by Mu in place).
func rankWilcoxonCore(res WilcoxonResult, diffs []float64, o WilcoxonOptions, level, tol float64) (WilcoxonResult, error) {
	return rankWilcoxonCoreBy(res, diffs, o, level, tol, false)
}

// rankWilcoxonCoreBy is rankWilcoxonCore; forceRanked takes the path
// that ranks in the original order (rankAbsRanks) whatever the options,
// the oracle of the sorted path in the tests.
func rankWilcoxonCoreBy(res WilcoxonResult, diffs []float64, o WilcoxonOptions, level, tol float64, forceRanked bool) (WilcoxonResult, error) {
	res.Alternative = o.Alternative
	res.Mu = o.Mu
	res.Z = math.NaN()
	res.ZeroMethod = o.Zero
	nd := len(diffs)

	// R: x <- x - mu; zeros dropped. Pratt's scores and the conditional
	// distribution pair every difference with its rank: they keep diffs
	// and a copy in the original order.
	keep := o.Zero != ZeroWilcox || o.Exact == ExactConditional || forceRanked
	var nonzero []float64
	if keep {
		nonzero = make([]float64, 0, len(diffs))
	} else {
		nonzero = diffs[:0] // written at or behind the read index
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, d := range diffs {
		v := d - o.Mu
		if math.IsInf(v, 0) {
			return WilcoxonResult{}, fmt.Errorf("%w: Wilcoxon: difference %d minus mu, %v - %v, overflows",
				ErrNonFinite, i+1, d, o.Mu)
		}
		if v == 0 {
			res.NZero++
			continue
		}
		nonzero = append(nonzero, v)
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	n := len(nonzero)
	res.N = n
	if n == 0 {
		return WilcoxonResult{}, fmt.Errorf("%w: Wilcoxon: all %d differences equal mu = %v; the test is undefined (R gives NaN)",
			ErrIdentical, nd, o.Mu)
	}
	zeros := res.NZero > 0
	// ranked: the ranks are needed in the order of nonzero; otherwise
	// nonzero is sorted and V and the ties come from the sorted order.
	ranked := (zeros && o.Zero != ZeroWilcox) || o.Exact == ExactConditional || n > rankMergeMaxN || forceRanked
	var (
		ranks  []float64
		tieSum float64
		ties   bool
		v      float64
	)
	if ranked {
		ranks = make([]float64, n)
		tieSum, ties = rankAbsRanks(nonzero, ranks, make([]int, n))
		for i, d := range nonzero {
			if d > 0 {
				v += ranks[i]
			}
		}
	} else {
		slices.Sort(nonzero)
		v, tieSum, ties = rankSortedStats(nonzero)
	}
	res.Ties = ties
	res.V = v
	nf := float64(n)
	s := nf * (nf + 1) / 2
	res.RankBiserial = v/s - (s-v)/s

	exact := false
	switch o.Exact {
	case ExactAuto:
		exact = n < 50
	case ExactForce, ExactConditional:
		exact = true
	}
	conditional := o.Exact == ExactConditional
	if exact && (conditional || (!ties && !zeros)) && n > WilcoxonExactMaxN {
		res.Warnings = append(res.Warnings, Warning{Kind: WarnExactTooMany, N: n, M: WilcoxonExactMaxN})
		exact, conditional = false, false
	}

	if exact && !ties && !zeros {
		rankWilcoxonExact(&res, nonzero, o, level)
	} else {
		// The approximate interval and estimate shift the differences by
		// amounts up to their range: a range beyond float64 would turn
		// them into ±Inf.
		if math.IsInf(hi-lo, 0) {
			return WilcoxonResult{}, fmt.Errorf("%w: Wilcoxon: the differences range from %v to %v, wider than float64 can hold; rescale the data",
				ErrNonFinite, lo+o.Mu, hi+o.Mu)
		}
		if ranked {
			rankWilcoxonApprox(&res, nonzero, ranks, tieSum, o, level, tol)
		} else {
			// sorted stays sorted: adding Mu is monotone. nonzero is
			// not read again (only the ranked cases read it below).
			for i := range nonzero {
				nonzero[i] += o.Mu
			}
			rankWilcoxonApproxOn(&res, nonzero, true, tieSum, o, level, tol)
		}
		if exact && ties && !conditional {
			res.Warnings = append(res.Warnings, Warning{Kind: WarnExactTies})
		}
		if exact && zeros && !conditional {
			res.Warnings = append(res.Warnings, Warning{Kind: WarnExactZeroes})
		}
	}
	// The zero method changes the test of Mu, not the interval: from the
	// (Pratt) ranks of all |d - Mu|, the scores of the non-zero ones.
	scores := ranks
	if zeros && o.Zero != ZeroWilcox {
		scores = rankPrattScores(diffs, o.Mu, n)
		vp := 0.0
		for i, d := range nonzero {
			if d > 0 {
				vp += scores[i]
			}
		}
		n0 := float64(res.NZero)
		res.V = vp
		if o.Zero == ZeroSplit {
			res.V += n0 * (n0 + 1) / 4 // half the zeros' rank sum
		}
		if !conditional {
			rankPrattApprox(&res, vp, scores, n0, o)
		}
	}
	if conditional {
		rankConditionalExact(&res, nonzero, scores, o)
	}
	if res.NZero > 0 && o.Zero == ZeroWilcox {
		res.Warnings = append(res.Warnings, Warning{Kind: WarnWilcoxonZeros, N: res.NZero})
	}
	return res, nil
}

// rankPrattScores returns, in the order of the non-zero d - mu, their
// ranks among all |d - mu| with the nz zeros included (average ranks for
// ties; the zeros share ranks 1..NZero). nz is the number of non-zero
// differences.
func rankPrattScores(diffs []float64, mu float64, nz int) []float64 {
	all := make([]float64, len(diffs))
	for i, d := range diffs {
		all[i] = d - mu
	}
	r := make([]float64, len(all))
	rankAbsRanks(all, r, make([]int, len(all)))
	out := make([]float64, 0, nz)
	for i, v := range all {
		if v != 0 {
			out = append(out, r[i])
		}
	}
	return out
}

// rankPrattApprox sets the normal-approximation p-value of Pratt's
// statistic vp (the sum of the positive scores), with its permutation
// mean and variance given the scores (Cureton 1967):
//
//	E = sum(a)/2 = (N(N+1)/2 - N0(N0+1)/2)/2
//	Var = sum(a²)/4 = (N(N+1)(2N+1) - N0(N0+1)(2N0+1))/24 - sum(t³ - t)/48
//
// N all differences, N0 zeros, t the sizes of the tie groups among the
// non-zero ones; sum(a²) is summed directly, which is the same number.
func rankPrattApprox(res *WilcoxonResult, vp float64, scores []float64, n0 float64, o WilcoxonOptions) {
	sum, sum2 := 0.0, 0.0
	for _, a := range scores {
		sum += a
		sum2 += a * a
	}
	z := vp - sum/2
	sigma := math.Sqrt(sum2 / 4)
	z = (z - rankCorrection(z, o.Alternative, !o.NoCorrect)) / sigma
	res.Z = z
	res.P = rankNormalP(z, o.Alternative)
	res.Exact = false
	res.Method = rankMethodName(o.Zero, "test")
	if !o.NoCorrect {
		res.Method += " with continuity correction"
	}
}

// rankMethodName is the method string for a zero method and a suffix.
func rankMethodName(z ZeroMethod, suffix string) string {
	switch z {
	case ZeroPratt:
		return "Wilcoxon-Pratt signed rank " + suffix
	case ZeroSplit:
		return "Wilcoxon signed rank " + suffix + " (zero-split)"
	}
	return "Wilcoxon signed rank " + suffix
}

// rankConditionalExact sets the exact p-value of V from the permutation
// distribution of sum a_i B_i given the scores a (dist.SignRankCond over
// the doubled scores).
func rankConditionalExact(res *WilcoxonResult, d, scores []float64, o WilcoxonOptions) {
	a := make([]int, len(scores))
	s := 0
	for i, r := range scores {
		a[i] = int(math.Round(2 * r))
		if d[i] > 0 {
			s += a[i]
		}
	}
	cd := dist.NewSignRankCond(a)
	switch o.Alternative {
	case Less:
		res.P = cd.Lower(s)
	case Greater:
		res.P = cd.Upper(s)
	default:
		if 2*s == cd.Total() {
			res.P = 1
		} else {
			res.P = math.Min(1, 2*math.Min(cd.Lower(s), cd.Upper(s)))
		}
	}
	res.Exact = true
	res.Z = math.NaN()
	res.Method = rankMethodName(o.Zero, "exact conditional test")
}

// rankValidate checks the options and returns the confidence level and the
// root-finding tolerance with defaults applied.
func (o WilcoxonOptions) rankValidate() (level, tol float64, err error) {
	level, err = o.Options.validate()
	if err != nil {
		return 0, 0, err
	}
	if !o.Exact.Valid() {
		return 0, 0, fmt.Errorf("%w: Exact = %v", ErrWilcoxonOptions, o.Exact)
	}
	if !o.Zero.Valid() {
		return 0, 0, fmt.Errorf("%w: Zero = %v", ErrWilcoxonOptions, o.Zero)
	}
	tol = o.TolRoot
	if tol == 0 {
		tol = 1e-4
	}
	if !(tol > 0) || math.IsInf(tol, 0) {
		return 0, 0, fmt.Errorf("%w: TolRoot = %v, need a finite tolerance > 0", ErrWilcoxonOptions, o.TolRoot)
	}
	return level, tol, nil
}

// rankDifferences returns x[i] - y[i] over the pairs without NaN and the
// number of pairs dropped. It rejects ±Inf inputs, overflowing differences
// and inputs without a complete pair. len(x) == len(y) is assumed.
func rankDifferences(x, y []float64, who string) (d []float64, dropped int, err error) {
	d = make([]float64, 0, len(x))
	for i := range x {
		if math.IsInf(x[i], 0) || math.IsInf(y[i], 0) {
			return nil, 0, fmt.Errorf("%w: %s: pair %d is (%v, %v)", ErrNonFinite, who, i+1, x[i], y[i])
		}
		if math.IsNaN(x[i]) || math.IsNaN(y[i]) {
			dropped++
			continue
		}
		v := x[i] - y[i]
		if math.IsInf(v, 0) {
			return nil, 0, fmt.Errorf("%w: %s: difference of pair %d, %v - %v, overflows", ErrNonFinite, who, i+1, x[i], y[i])
		}
		d = append(d, v)
	}
	if len(d) == 0 {
		return nil, 0, fmt.Errorf("%w: %s: no complete pair (%d %s, %d with a missing value)", ErrTooFew, who, len(x), rankPlural(len(x), "pair", "pairs"), dropped)
	}
	return d, dropped, nil
}

// rankSortedStats returns, for the non-zero differences s sorted
// ascending, what rankAbsRanks and the sum over the positive ones give: V
// (the sum of the average ranks of |s| over s > 0), sum(t³ - t) over the
// tie groups of |s| and whether there is a tie. The order of |s| is the
// merge of the negative run read downwards and the positive run read
// upwards (rankWFunc.eval at d = 0): the tie groups come in rankAbsRanks'
// ascending order, so the tie sum adds the same terms in the same order,
// and V is summed exactly (twice it, in integers), which is what the
// float64 sum of half-integer ranks gives for len(s) <= rankMergeMaxN,
// every partial sum being exact.
func rankSortedStats(s []float64) (v, tieSum float64, ties bool) {
	n := len(s)
	k := sort.Search(n, func(i int) bool { return s[i] > 0 })
	i, j := k-1, k
	rank := 0
	var twice int64
	for i >= 0 || j < n {
		var m float64
		switch {
		case i < 0:
			m = s[j]
		case j >= n:
			m = -s[i]
		default:
			m = min(-s[i], s[j])
		}
		t := 0
		for i >= 0 && -s[i] == m {
			i--
			t++
		}
		start := j
		for j < n && s[j] == m {
			j++
		}
		cp := j - start
		t += cp
		if cp > 0 {
			twice += int64(cp) * int64(2*rank+1+t)
		}
		if t > 1 {
			ties = true
			tf := float64(t)
			tieSum += tf*tf*tf - tf
		}
		rank += t
	}
	return float64(twice) / 2, tieSum, ties
}

// rankAbsRanks writes into r the average ranks of |d| (R's rank(abs(d)),
// ties.method = "average") using idx as scratch space, and returns
// sum(t³ - t) over the tie groups and whether there is a tie.
func rankAbsRanks(d, r []float64, idx []int) (tieSum float64, ties bool) {
	// r holds |d| until a tie group's ranks overwrite it; a group is
	// overwritten only after it has been delimited, and later groups are
	// read from entries not yet overwritten.
	for i := range idx {
		idx[i] = i
		r[i] = math.Abs(d[i])
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(r[a], r[b]) })
	for i := 0; i < len(idx); {
		j := i + 1
		for j < len(idx) && r[idx[j]] == r[idx[i]] {
			j++
		}
		avg := float64(i+1+j) / 2 // mean of ranks i+1 .. j
		for k := i; k < j; k++ {
			r[idx[k]] = avg
		}
		if t := float64(j - i); j-i > 1 {
			ties = true
			tieSum += t*t*t - t
		}
		i = j
	}
	return tieSum, ties
}

// rankWilcoxonExact fills the exact-distribution part of res: p-value,
// Hodges-Lehmann estimate and the Walsh-average interval, as R.
func rankWilcoxonExact(res *WilcoxonResult, d []float64, o WilcoxonOptions, level float64) {
	n := len(d)
	sr := dist.NewSignRank(n)
	res.Exact = true
	res.Method = "Wilcoxon signed rank exact test"
	v := res.V
	u := n * (n + 1) / 2
	vi := int(v) // V is an integer without ties
	switch o.Alternative {
	case Less:
		res.P = sr.Lower(vi)
	case Greater:
		res.P = sr.Upper(vi - 1)
	default:
		var p float64
		if v > float64(n)*float64(n+1)/4 {
			p = sr.Upper(vi - 1)
		} else {
			p = sr.Lower(vi)
		}
		res.P = math.Min(2*p, 1)
	}

	// Interval: R adds mu back to the differences and takes order
	// statistics of the sorted Walsh averages, here selected without
	// forming them (walshSelector; the same values, bit for bit).
	xs := make([]float64, n)
	for i, di := range d {
		xs[i] = di + o.Mu
	}
	slices.Sort(xs)
	ws := newWalshSelector(xs)
	walsh := func(k int) float64 { return ws.selectK(int64(k)) }
	alpha := 1 - level
	var achieved float64
	switch o.Alternative {
	case TwoSided:
		qu := sr.Quantile(alpha / 2)
		if qu == 0 {
			qu = 1
		}
		ql := u - qu
		achieved = 2 * sr.LowerR(qu-1)
		res.CILow, res.CIHigh = walsh(qu-1), walsh(ql)
	case Greater:
		qu := sr.Quantile(alpha)
		if qu == 0 {
			qu = 1
		}
		achieved = sr.LowerR(qu - 1)
		res.CILow, res.CIHigh = walsh(qu-1), math.Inf(1)
	case Less:
		qu := sr.Quantile(alpha)
		if qu == 0 {
			qu = 1
		}
		ql := u - qu
		achieved = sr.LowerR(qu - 1)
		res.CILow, res.CIHigh = math.Inf(-1), walsh(ql)
	}
	res.ConfLevel = level
	if achieved-alpha > alpha/2 {
		res.ConfLevel = 1 - rankSignif2(achieved)
		res.Warnings = append(res.Warnings, Warning{Kind: WarnExactLevel, X: level, N: n, Y: res.ConfLevel})
	}
	// R's median(walsh): the middle one, or the mean of the middle two
	// as rankMedianSorted computes it.
	if m := u / 2; u%2 == 1 {
		res.Estimate = walsh(m)
	} else {
		a := walsh(m - 1)
		b := ws.next(int64(m-1), a)
		res.Estimate = (a + b) / 2
		if math.IsInf(res.Estimate, 0) {
			res.Estimate = a/2 + b/2
		}
	}
}

// rankSignif2 rounds x to 2 significant digits, as R's signif(x, 2).
func rankSignif2(x float64) float64 {
	v, err := strconv.ParseFloat(strconv.FormatFloat(x, 'e', 1, 64), 64)
	if err != nil {
		return x
	}
	return v
}

// rankMedianSorted is R's median of a sorted, non-empty slice.
func rankMedianSorted(s []float64) float64 {
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	v := (s[m-1] + s[m]) / 2
	if math.IsInf(v, 0) {
		v = s[m-1]/2 + s[m]/2
	}
	return v
}

// rankWilcoxonApprox fills the normal-approximation part of res, as R, from
// the non-zero differences d - Mu in any order (not modified; ranks is
// unused, kept for the oracle tests' signature).
func rankWilcoxonApprox(res *WilcoxonResult, d, ranks []float64, tieSum float64, o WilcoxonOptions, level, tol float64) {
	xs := make([]float64, len(d))
	for i, di := range d {
		xs[i] = di + o.Mu
	}
	rankWilcoxonApproxOn(res, xs, false, tieSum, o, level, tol)
}

// rankWilcoxonApproxOn is rankWilcoxonApprox on sorted = d + Mu, which it
// owns and sorts in place unless isSorted says it is sorted ascending
// already (then len(sorted) <= rankMergeMaxN: the fallback above that
// needs R's order).
func rankWilcoxonApproxOn(res *WilcoxonResult, sorted []float64, isSorted bool, tieSum float64, o WilcoxonOptions, level, tol float64) {
	n := float64(len(sorted))
	correct := !o.NoCorrect
	res.Method = "Wilcoxon signed rank test"
	if correct {
		res.Method += " with continuity correction"
	}
	z := res.V - n*(n+1)/4
	sigma := math.Sqrt(n*(n+1)*(2*n+1)/24 - tieSum/48)
	z = (z - rankCorrection(z, o.Alternative, correct)) / sigma
	res.Z = z
	res.P = rankNormalP(z, o.Alternative)

	// Interval: R adds mu back to the non-zero differences. W is
	// evaluated on them sorted (sorted once); only above rankMergeMaxN
	// does it keep them in their order as well, for the
	// sort-per-evaluation fallback.
	wf := &rankWFunc{alt: o.Alternative, correct: correct}
	if len(sorted) > rankMergeMaxN {
		wf.x = append([]float64(nil), sorted...)
	}
	mumin, mumax := sorted[0], sorted[0]
	for _, v := range sorted {
		mumin = math.Min(mumin, v)
		mumax = math.Max(mumax, v)
	}
	if !isSorted {
		sort.Float64s(sorted)
	}
	wf.s = sorted
	wmin := wf.eval(mumin)
	wmax := math.NaN()
	if !math.IsNaN(wmin) && !math.IsInf(wmin, 0) {
		wmax = wf.eval(mumax)
	}
	if math.IsNaN(wmax) || math.IsInf(wmax, 0) {
		// All non-zero differences are equal: R's W has sigma = 0.
		res.CILow, res.CIHigh = math.NaN(), math.NaN()
		switch o.Alternative {
		case Less:
			res.CILow = math.Inf(-1)
		case Greater:
			res.CIHigh = math.Inf(1)
		}
		res.ConfLevel = 0
		res.Estimate = (mumin + mumax) / 2
		res.Warnings = append(res.Warnings, Warning{Kind: WarnNoInterval})
		return
	}
	alpha := 1 - level
	notAchievable := func() {
		res.ConfLevel = 1 - math.Min(1, alpha)
		res.Warnings = append(res.Warnings, Warning{Kind: WarnApproxLevel, X: level, Y: res.ConfLevel})
	}
	res.ConfLevel = level
	root := func(zq float64) float64 {
		return rankUniroot(func(m float64) float64 { return wf.eval(m) - zq }, mumin, mumax, wmin-zq, wmax-zq, tol, res)
	}
	switch o.Alternative {
	case TwoSided:
		for alpha < 2 && (wmin+dist.NormQuantile(alpha/2) < 0 || wmax-dist.NormQuantile(alpha/2) > 0) {
			alpha *= 2
		}
		if alpha >= 1 || 1-level < alpha*0.75 {
			notAchievable()
		}
		if alpha < 1 {
			res.CILow = root(-dist.NormQuantile(alpha / 2))
			res.CIHigh = root(dist.NormQuantile(alpha / 2))
		} else {
			m := rankMedianSorted(sorted)
			res.CILow, res.CIHigh = m, m
		}
	case Greater:
		for alpha < 1 && wmin+dist.NormQuantile(alpha) < 0 {
			alpha *= 2
		}
		if alpha >= 1 || 1-level < alpha*0.75 {
			notAchievable()
		}
		if alpha < 1 {
			res.CILow = root(-dist.NormQuantile(alpha))
		} else {
			res.CILow = rankMedianSorted(sorted)
		}
		res.CIHigh = math.Inf(1)
	case Less:
		// R 4.2 tests qnorm(alpha/2) here (not qnorm(alpha)); kept so
		// that the reported conf.level is R's.
		for alpha < 2 && wmax-dist.NormQuantile(alpha/2) > 0 {
			alpha *= 2
		}
		if alpha >= 1 || 1-level < alpha*0.75 {
			notAchievable()
		}
		res.CILow = math.Inf(-1)
		if alpha < 1 {
			res.CIHigh = root(dist.NormQuantile(alpha))
		} else {
			res.CIHigh = rankMedianSorted(sorted)
		}
	}
	if res.CILow > res.CIHigh {
		// Both bounds sit on the same step of W, each within TolRoot of
		// it: R returns them as they are, and so do we, with a note.
		res.Warnings = append(res.Warnings, Warning{Kind: WarnBoundsCross, X: res.CILow - res.CIHigh, Y: tol})
	}
	// R sets correct <- FALSE before the estimate.
	wf.correct = false
	res.Estimate = rankUniroot(wf.eval, mumin, mumax, wf.eval(mumin), wf.eval(mumax), tol, res)
}

// rankCorrection is R's continuity correction for the signed-rank z.
func rankCorrection(z float64, alt Alternative, correct bool) float64 {
	if !correct {
		return 0
	}
	switch alt {
	case Less:
		return -0.5
	case Greater:
		return 0.5
	}
	switch {
	case z > 0:
		return 0.5
	case z < 0:
		return -0.5
	}
	return 0
}

// rankNormalP returns the p-value of a standard normal statistic z, from
// the tail that is small (never 1 - CDF).
func rankNormalP(z float64, alt Alternative) float64 {
	switch alt {
	case Less:
		return dist.NormUpper(-z)
	case Greater:
		return dist.NormUpper(z)
	}
	return 2 * math.Min(dist.NormUpper(-z), dist.NormUpper(z))
}

// rankMergeMaxN is the largest n for which rankWFunc.eval ranks by
// merging: n(n+1) <= 2^53, so every partial sum of the (half-integer)
// ranks is exact in float64 and the rank sum does not depend on the order
// of summation. Above it eval sorts, as before, and sums in R's order.
const rankMergeMaxN = 1 << 26

// rankWFunc is R's W(d) inside wilcox.test: the standardised signed-rank
// statistic of x - d with zeros dropped and the tie correction.
type rankWFunc struct {
	s       []float64 // x sorted ascending
	x       []float64 // x in R's order; set only when len(s) > rankMergeMaxN
	alt     Alternative
	correct bool
	xd, r   []float64
	idx     []int
}

// eval returns W(d). x - d is monotone in x (rounding is monotone), so
// on the sorted x the e = x - d < 0 form one run whose |e| ascend from
// its top end down, the e == 0 (dropped) the next, and the e > 0 a last
// run with ascending |e|: merging the two runs gives the order of |e|
// that rankAbsRanks sorts for, in O(n) and without storing it. The tie
// groups (equal |e|) come in the same ascending order, so the tie sum
// adds the same terms in the same order; the rank sum of the positive e
// is summed exactly in integers (twice it, below 2^53), which is what
// the float64 sum in R's order gives, every partial sum being exact.
func (w *rankWFunc) eval(d float64) float64 {
	s := w.s
	n := len(s)
	if n > rankMergeMaxN {
		return w.evalSort(d)
	}
	k := sort.Search(n, func(i int) bool { return s[i]-d >= 0 })
	z := k + sort.Search(n-k, func(i int) bool { return s[k+i]-d > 0 })
	i, j := k-1, z
	rank := 0
	var twice int64 // twice the rank sum of the positive e
	tieSum := 0.0
	for i >= 0 || j < n {
		var m float64
		switch {
		case i < 0:
			m = s[j] - d
		case j >= n:
			m = -(s[i] - d)
		default:
			m = min(-(s[i] - d), s[j]-d)
		}
		t := 0
		for i >= 0 && -(s[i]-d) == m {
			i--
			t++
		}
		start := j
		for j < n && s[j]-d == m {
			j++
		}
		cp := j - start
		t += cp
		if cp > 0 {
			// ranks rank+1 .. rank+t, mean (2 rank + 1 + t)/2, cp times
			twice += int64(cp) * int64(2*rank+1+t)
		}
		if t > 1 {
			tf := float64(t)
			tieSum += tf*tf*tf - tf
		}
		rank += t
	}
	zd := float64(twice) / 2
	nf := float64(rank)
	zd -= nf * (nf + 1) / 4
	sigma := math.Sqrt(nf*(nf+1)*(2*nf+1)/24 - tieSum/48)
	return (zd - rankCorrection(zd, w.alt, w.correct)) / sigma
}

// evalSort is W(d) by ranking x - d with rankAbsRanks (a sort per
// evaluation), summing the ranks in R's order.
func (w *rankWFunc) evalSort(d float64) float64 {
	w.xd = w.xd[:0]
	for _, v := range w.x {
		if e := v - d; e != 0 {
			w.xd = append(w.xd, e)
		}
	}
	nx := len(w.xd)
	if cap(w.r) < nx {
		w.r = make([]float64, nx)
		w.idx = make([]int, nx)
	}
	r, idx := w.r[:nx], w.idx[:nx]
	tieSum, _ := rankAbsRanks(w.xd, r, idx)
	zd := 0.0
	for i, e := range w.xd {
		if e > 0 {
			zd += r[i]
		}
	}
	n := float64(nx)
	zd -= n * (n + 1) / 4
	sigma := math.Sqrt(n*(n+1)*(2*n+1)/24 - tieSum/48)
	return (zd - rankCorrection(zd, w.alt, w.correct)) / sigma
}

// rankUniroot is R's uniroot(f, lower = a, upper = b, f.lower = fa,
// f.upper = fb, tol = tol) with maxiter = 1000, by dist.Zeroin (R_zeroin2).
// Where R would stop with an error (end points not of opposite sign) or
// warn (no convergence) it returns NaN or the last iterate and records a
// warning on res.
func rankUniroot(f func(float64) float64, ax, bx, fa, fb, tol float64, res *WilcoxonResult) float64 {
	if math.IsNaN(fa) || math.IsNaN(fb) || rankSign(fa)*rankSign(fb) > 0 {
		res.Warnings = append(res.Warnings, Warning{Kind: WarnRootSign, X: fa, Y: fb})
		return math.NaN()
	}
	b, converged := dist.Zeroin(f, ax, bx, fa, fb, tol, 1000)
	if converged {
		return b
	}
	res.Warnings = append(res.Warnings, Warning{Kind: WarnRootIterations, N: 1000})
	return b
}

func rankSign(v float64) float64 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}
