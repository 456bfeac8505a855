package pairedt

import (
	"fmt"
	"math"

	"github.com/pairedt/pairedt/internal/dist"
	"gonum.org/v1/gonum/mat"
)

// ErrNoDiscordant: the cross table has no discordant pair (no subject changed,
// or the table is empty), so a test of change is undefined. It wraps
// ErrTooFew: errors.Is(err, ErrTooFew) also holds.
var ErrNoDiscordant error = categoricalNoDiscordant{}

// categoricalNoDiscordant is ErrNoDiscordant: its message does not repeat
// ErrTooFew's, but errors.Is sees ErrTooFew through Unwrap.
type categoricalNoDiscordant struct{}

func (categoricalNoDiscordant) Error() string { return "pairedt: no discordant pairs" }
func (categoricalNoDiscordant) Unwrap() error { return ErrTooFew }

// McNemar method strings, as R's mcnemar.test writes them.
const (
	methodMcNemar          = "McNemar's Chi-squared test"
	methodMcNemarCorrected = "McNemar's Chi-squared test with continuity correction"
	methodBowker           = "McNemar-Bowker test of symmetry"
	methodStuartMaxwell    = "Stuart-Maxwell test of marginal homogeneity"
	methodMcNemarExact     = "Exact McNemar test (binomial)"
)

// categoricalFewDiscordant is the number of discordant pairs below which
// McNemar warns that the chi-squared approximation is rough (the b + c < 25
// rule of thumb quoted, e.g., in the Wikipedia article "McNemar's test").
const categoricalFewDiscordant = 25

// ChiSquareResult is the result of a chi-squared test on a paired cross table
// (McNemar, Bowker, Stuart-Maxwell).
type ChiSquareResult struct {
	// Method names the test, e.g. "McNemar's Chi-squared test with
	// continuity correction" (R's wording for McNemar).
	Method string `json:"method"`
	// Statistic is the chi-squared statistic, >= 0.
	Statistic float64 `json:"statistic"`
	// DF is its degrees of freedom, >= 1.
	DF float64 `json:"df"`
	// P is the upper tail probability of the chi-squared distribution with
	// DF degrees of freedom at Statistic, computed directly (not 1 - CDF).
	P float64 `json:"p"`
	// N is the number of pairs in the table.
	N int `json:"n"`
	// Warnings are caveats in a fixed order; empty (not nil) when there are
	// none.
	Warnings []Warning `json:"warnings"`
}

// McNemarExactResult is the result of the exact (binomial) McNemar test.
type McNemarExactResult struct {
	// Method is "Exact McNemar test (binomial)".
	Method string `json:"method"`
	// B is the number of pairs in level 1 before and level 2 after
	// (Counts[0][1]); C the number in level 2 before and level 1 after
	// (Counts[1][0]).
	B int `json:"b"`
	C int `json:"c"`
	// Statistic is B, the number of successes in R's binom.test(b, b + c).
	Statistic float64 `json:"statistic"`
	// Trials is B + C, the number of discordant pairs.
	Trials int `json:"trials"`
	// Estimate is B / (B + C), the estimated probability that a discordant
	// pair is of type b; 0.5 under the null hypothesis.
	Estimate float64 `json:"estimate"`
	// P is the two-sided p-value, min(1, 2 P(X <= min(B, C))) for
	// X ~ Binomial(B + C, 1/2).
	P float64 `json:"p"`
	// N is the number of pairs in the table.
	N int `json:"n"`
	// Warnings are caveats; empty (not nil) when there are none.
	Warnings []Warning `json:"warnings"`
}

// categoricalSquare checks that c is a well-formed table with at least two
// levels (and exactly two when two is true).
func categoricalSquare(c CrossTable, test string, two bool) error {
	if err := c.check(); err != nil {
		return err
	}
	k := len(c.Levels)
	if two && k != 2 {
		return fmt.Errorf("%w: %s needs a 2 x 2 table, got %d x %d (use Bowker or StuartMaxwell)", ErrTable, test, k, k)
	}
	if k < 2 {
		return fmt.Errorf("%w: %s needs at least 2 levels, got %d", ErrLevels, test, k)
	}
	return nil
}

// McNemar performs McNemar's test of marginal homogeneity for a 2 x 2 paired
// table with discordant counts b = Counts[0][1] and c = Counts[1][0]:
//
//	X^2 = (|b - c| - 1)^2 / (b + c)   with continuity correction
//	X^2 = (b - c)^2 / (b + c)         without
//
// on 1 degree of freedom (McNemar 1947; Edwards 1948 for the correction).
// As R's mcnemar.test, the correction is applied only when b != c: for
// b == c the statistic is 0 and p is 1 whether or not correct is set, and
// Method then does not mention the correction. With fewer than 25 discordant
// pairs a warning suggests McNemarExact.
//
// Errors: a table that is not 2 x 2 or is malformed (ErrTable, ErrLevels);
// b + c = 0 (ErrNoDiscordant; R returns NaN).
func McNemar(c CrossTable, correct bool) (ChiSquareResult, error) {
	if err := categoricalSquare(c, "McNemar's test", true); err != nil {
		return ChiSquareResult{}, err
	}
	b, cc := c.Counts[0][1], c.Counts[1][0]
	if b+cc == 0 {
		return ChiSquareResult{}, fmt.Errorf("%w: McNemar's test needs b + c > 0, the table has b = c = 0", ErrNoDiscordant)
	}
	fb, fc := float64(b), float64(cc)
	num := fb - fc
	method := methodMcNemar
	if correct && b != cc {
		num = math.Abs(fb-fc) - 1
		method = methodMcNemarCorrected
	}
	stat := num * num / (fb + fc)
	r := ChiSquareResult{
		Method:    method,
		Statistic: stat,
		DF:        1,
		P:         dist.ChisqUpper(stat, 1),
		N:         c.N,
		Warnings:  []Warning{},
	}
	if b+cc < categoricalFewDiscordant {
		r.Warnings = append(r.Warnings, Warning{Kind: WarnFewDiscordant, N: b + cc, M: categoricalFewDiscordant})
	}
	return r, nil
}

// McNemarExact performs the exact McNemar test of a 2 x 2 paired table with
// discordant counts b = Counts[0][1] and c = Counts[1][0], the two-sided p of
// R's binom.test(b, b + c):
//
//	p = min(1, 2 P(X <= min(b, c))),  X ~ Binomial(b + c, 1/2)
//
// so b == c gives p = 1. As in SignTest, the smaller tail is summed (not
// taken as 1 - CDF), beyond 2^14 discordant pairs with Loader's (2000)
// binomial probabilities, the algorithm of R's dbinom.
//
// Errors: a table that is not 2 x 2 or is malformed (ErrTable, ErrLevels);
// b + c = 0 (ErrNoDiscordant); b + c above McNemarExactMaxPairs (ErrTable; the
// chi-squared McNemar is accurate there).
func McNemarExact(c CrossTable) (McNemarExactResult, error) {
	if err := categoricalSquare(c, "the exact McNemar test", true); err != nil {
		return McNemarExactResult{}, err
	}
	b, cc := c.Counts[0][1], c.Counts[1][0]
	n := b + cc
	if n == 0 {
		return McNemarExactResult{}, fmt.Errorf("%w: the exact McNemar test needs b + c > 0, the table has b = c = 0", ErrNoDiscordant)
	}
	if n > McNemarExactMaxPairs {
		return McNemarExactResult{}, fmt.Errorf("%w: the exact McNemar test supports at most %d discordant pairs, the table has b + c = %d (use McNemar)",
			ErrTable, McNemarExactMaxPairs, n)
	}
	p := 1.0
	if b != cc {
		p = math.Min(1, 2*dist.BinomHalfLower(min(b, cc), n))
	}
	return McNemarExactResult{
		Method:    methodMcNemarExact,
		B:         b,
		C:         cc,
		Statistic: float64(b),
		Trials:    n,
		Estimate:  float64(b) / float64(n),
		P:         p,
		N:         c.N,
		Warnings:  []Warning{},
	}, nil
}

// McNemarExactMaxPairs is the largest number of discordant pairs b + c that
// McNemarExact accepts; its tail sum then takes a few tens of milliseconds.
const McNemarExactMaxPairs = 1 << 40

// Bowker performs Bowker's (1948) test of symmetry of a k x k paired table,
// the generalisation of McNemar's test that R's mcnemar.test computes for
// k > 2 (for k = 2 it equals McNemar without continuity correction):
//
//	X^2 = sum_{i<j} (n_ij - n_ji)^2 / (n_ij + n_ji),  df = k (k - 1) / 2
//
// When a symmetric pair of cells is empty (n_ij = n_ji = 0) its term is 0/0
// and R returns NaN. Bowker instead sums over the non-empty pairs only, with
// df = their number, and adds a warning naming the empty pairs. With no
// non-empty pair (no subject changed) it returns ErrNoDiscordant.
//
// Errors: a malformed table or fewer than 2 levels (ErrTable, ErrLevels);
// no discordant pair (ErrNoDiscordant).
func Bowker(c CrossTable) (ChiSquareResult, error) {
	if err := categoricalSquare(c, "Bowker's test", false); err != nil {
		return ChiSquareResult{}, err
	}
	k := len(c.Levels)
	stat, df := 0.0, 0
	var empty []string // the first categoricalListMax empty pairs, as (row, column) levels
	nEmpty := 0
	// Column-major over the upper triangle, the order of R's upper.tri, so
	// that the floating-point sum is R's.
	for j := range k {
		for i := range j {
			a, b := c.Counts[i][j], c.Counts[j][i]
			if a+b == 0 {
				if nEmpty++; nEmpty <= categoricalListMax {
					empty = append(empty, c.Levels[i], c.Levels[j])
				}
				continue
			}
			d := float64(a - b)
			stat += d * d / float64(a+b)
			df++
		}
	}
	if df == 0 {
		return ChiSquareResult{}, fmt.Errorf("%w: every off-diagonal cell of the %d x %d table is 0, Bowker's test is undefined", ErrNoDiscordant, k, k)
	}
	r := ChiSquareResult{
		Method:    methodBowker,
		Statistic: stat,
		DF:        float64(df),
		P:         dist.ChisqUpper(stat, float64(df)),
		N:         c.N,
		Warnings:  []Warning{},
	}
	if nEmpty > 0 {
		r.Warnings = append(r.Warnings, Warning{Kind: WarnEmptyPairs, N: nEmpty, M: k * (k - 1) / 2, K: df, Labels: empty})
	}
	return r, nil
}

// StuartMaxwell performs the Stuart (1955) - Maxwell (1970) test of marginal
// homogeneity of a k x k paired table, the asymptotic test of
// coin::mh_test: with d the differences of the margins and V their covariance
// under the null hypothesis,
//
//	d_i  = n_i. - n_.i
//	V_ii = n_i. + n_.i - 2 n_ii,   V_ij = -(n_ij + n_ji)  (i != j)
//	X^2  = d' V^- d,  df = rank(V)
//
// where V^- is the Moore-Penrose inverse. rank(V) is k minus the number of
// groups of levels the discordant pairs connect, computed exactly from the
// table: k - 1 when they connect all levels, less (with a warning) when a level
// is empty or its subjects never changed. For k = 2 it equals McNemar without
// continuity correction.
//
// Errors: a malformed table or fewer than 2 levels (ErrTable, ErrLevels);
// no discordant pair (ErrNoDiscordant; coin returns statistic 0 with df 0).
func StuartMaxwell(c CrossTable) (ChiSquareResult, error) {
	if err := categoricalSquare(c, "the Stuart-Maxwell test", false); err != nil {
		return ChiSquareResult{}, err
	}
	k := len(c.Levels)
	d := make([]float64, k)
	v := mat.NewSymDense(k, nil)
	for i := range k {
		d[i] = float64(c.RowTotals[i]) - float64(c.ColTotals[i])
		v.SetSym(i, i, float64(c.RowTotals[i])+float64(c.ColTotals[i])-2*float64(c.Counts[i][i]))
		for j := i + 1; j < k; j++ {
			v.SetSym(i, j, -float64(c.Counts[i][j]+c.Counts[j][i]))
		}
	}
	rank := k - categoricalComponents(c)
	if rank == 0 {
		return ChiSquareResult{}, fmt.Errorf("%w: every off-diagonal cell of the %d x %d table is 0, the Stuart-Maxwell test is undefined", ErrNoDiscordant, k, k)
	}
	var svd mat.SVD
	if !svd.Factorize(v, mat.SVDThin) {
		return ChiSquareResult{}, fmt.Errorf("%w: singular value decomposition of the covariance matrix failed", ErrTable)
	}
	sv := svd.Values(nil)
	var u mat.Dense
	svd.UTo(&u)
	stat := 0.0
	// The singular values come in decreasing order; the first rank of them
	// are the non-zero eigenvalues of the positive semi-definite V.
	for l := range rank {
		proj := 0.0
		for i := range k {
			proj += u.At(i, l) * d[i]
		}
		stat += proj * proj / sv[l]
	}
	r := ChiSquareResult{
		Method:    methodStuartMaxwell,
		Statistic: stat,
		DF:        float64(rank),
		P:         dist.ChisqUpper(stat, float64(rank)),
		N:         c.N,
		Warnings:  []Warning{},
	}
	if rank < k-1 {
		var idle []string // the first categoricalListMax idle levels
		nIdle := 0
		for i := range k {
			if v.At(i, i) == 0 {
				if nIdle++; nIdle <= categoricalListMax {
					idle = append(idle, c.Levels[i])
				}
			}
		}
		w := Warning{Kind: WarnSeparateGroups, M: rank, K: k - 1}
		if nIdle > 0 {
			w = Warning{Kind: WarnIdleLevels, N: nIdle, M: rank, K: k - 1, Labels: idle}
		}
		r.Warnings = append(r.Warnings, w)
	}
	return r, nil
}

// categoricalListMax is the number of items a warning names before it says
// how many more there are: a sparse 100-level table has thousands of empty
// pairs, and a warning is read in a footnote.
const categoricalListMax = 10

// categoricalComponents returns the number of connected components of the
// graph whose vertices are the levels and whose edges join levels i and j
// with n_ij + n_ji > 0. The covariance matrix V of StuartMaxwell is the
// weighted Laplacian of this graph, so rank(V) = k - components.
func categoricalComponents(c CrossTable) int {
	k := len(c.Levels)
	parent := make([]int, k)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	comps := k
	for i := range k {
		for j := i + 1; j < k; j++ {
			if c.Counts[i][j]+c.Counts[j][i] > 0 {
				if a, b := find(i), find(j); a != b {
					parent[a] = b
					comps--
				}
			}
		}
	}
	return comps
}
