package audit

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/pairedt/pairedt/internal/dist"
	"github.com/pairedt/pairedt/pairedt"
	"gonum.org/v1/gonum/mat"
)

// Size limits of the margin check.
const (
	// MaxLevels is the largest number of ordered levels Margins accepts. The
	// any-scoring search visits 2^(k-1) supports, each an O(k^3) solve.
	MaxLevels = 12
	// DefaultMaxTables is the default MarginOptions.MaxTables: the most joint
	// tables Margins enumerates (see Margins for what it still decides beyond).
	DefaultMaxTables = 2_000_000
)

// WilcoxonFunc computes the Wilcoxon signed-rank statistic V (the sum of the
// ranks of the positive differences x - y) and its two-sided p-value for
// paired data, as R's wilcox.test(x, y, paired = TRUE). Margins calls it once
// per distinct multiset of differences among the joint tables; an error marks
// those tables' Wilcoxon test undefined.
type WilcoxonFunc func(x, y []float64) (v, p float64, err error)

// MarginOptions configures Margins.
type MarginOptions struct {
	// Scores are the scores of the k ordered levels, strictly increasing,
	// finite, at most 1e100 in magnitude, with no gap between neighbours
	// below 1e-100 of the largest |score|; nil means 1, 2, ..., k.
	Scores []float64
	// MaxTables limits the number of joint tables enumerated; 0 means
	// DefaultMaxTables, a negative value means no enumeration at all.
	MaxTables int
	// Wilcoxon computes the signed-rank test for one table's pairs; nil
	// means DefaultWilcoxon (pairedt.Wilcoxon with R's defaults) for at most
	// DefaultWilcoxonMaxPairs pairs and the built-in computation (see
	// BuiltinWilcoxon) beyond, so that no large table is expanded into its
	// pairs. It is called once per distinct multiset of differences, not
	// once per table.
	Wilcoxon WilcoxonFunc
	// BuiltinWilcoxon, when Wilcoxon is nil, computes V and p from the table
	// itself by R 4.2's wilcox.test(paired = TRUE) rules (no pairs built, no
	// interval), agreeing with pairedt.Wilcoxon and with R.
	BuiltinWilcoxon bool
	// NoWilcoxon skips the Wilcoxon statistics.
	NoWilcoxon bool
	// T is the reported t statistic as printed; nil means none. Its printed
	// decimals set the interval [T - h, T + h] that a table must hit.
	T *Number
	// V is the reported Wilcoxon V as printed; nil means none.
	V *Number
}

// WilcoxonRange is the range of the Wilcoxon signed-rank test over the joint
// tables.
type WilcoxonRange struct {
	// VMin, VMax bound V; PMin, PMax bound its two-sided p-value.
	VMin, VMax, PMin, PMax float64
	// TableVMin and TableVMax are tables giving VMin and VMax.
	TableVMin, TableVMax [][]int
	// Undefined counts tables where the test is undefined (every
	// difference zero).
	Undefined int
	// VAttainable reports whether some table gives a V within the rounding
	// interval of MarginOptions.V (false when V was not given).
	VAttainable bool
	// VNearest is the attainable V nearest to MarginOptions.V.
	VNearest float64
}

// MarginResult is what Margins finds about the paired t statistics that a
// pair of published category margins allows.
type MarginResult struct {
	// K is the number of levels and N the number of pairs.
	K, N int
	// Scores are the scores used.
	Scores []float64
	// MeanDiff is the mean difference before - after, the same for every
	// joint table: (sum_i before_i s_i - sum_j after_j s_j) / n.
	MeanDiff float64
	// TMin and TMax bound t over every joint table with a defined t.
	TMin, TMax float64
	// TableTMin and TableTMax are joint tables (rows before, columns after)
	// giving TMin and TMax.
	TableTMin, TableTMax [][]int
	// Exact is true when every joint table was enumerated; then Tables is
	// their number and Undefined the number whose differences all equal one
	// value (t undefined, R: "data are essentially constant").
	Exact     bool
	Tables    int
	Undefined int
	// TMaxAbsAnyScoring is the supremum of |t| over every joint table and
	// every strictly increasing scoring (+Inf when unbounded);
	// ScoresTMaxAbs is a scoring (normalised to run from 1 to k) reaching
	// it, a limit of strictly increasing scorings when ScoresTMaxAbsLimit.
	TMaxAbsAnyScoring  float64
	ScoresTMaxAbs      []float64
	ScoresTMaxAbsLimit bool
	// TAttainable reports whether some joint table gives a t within the
	// rounding interval of MarginOptions.T; TDecided is false when that
	// could not be settled (the range contains the interval but the tables
	// were too many to enumerate).
	TAttainable, TDecided bool
	// TOppositeAttainable and TOppositeDecided are the same for -T: whether
	// the printed t is attainable with the differences taken the other way
	// (after - before), a sign convention articles seldom state.
	TOppositeAttainable, TOppositeDecided bool
	// TNearest is the attainable t nearest to MarginOptions.T and
	// TableNearest a table giving it (exact enumeration only).
	TNearest     float64
	TableNearest [][]int
	// Wilcoxon is the Wilcoxon range (exact enumeration only, nil otherwise
	// or when MarginOptions.NoWilcoxon).
	Wilcoxon *WilcoxonRange
}

func copyTable(t [][]int) [][]int {
	out := make([][]int, len(t))
	for i := range t {
		out[i] = append([]int(nil), t[i]...)
	}
	return out
}

// corner fills a table (len(r) rows, len(c) columns, equal totals) with row
// sums r and column sums c by the northwest corner rule, taking columns in
// reverse order when reverse is true (the northeast corner).
func corner(r, c []int, reverse bool) [][]int {
	kr, kc := len(r), len(c)
	t := make([][]int, kr)
	for i := range t {
		t[i] = make([]int, kc)
	}
	rr, cc := append([]int(nil), r...), append([]int(nil), c...)
	i, jj := 0, 0
	for i < kr && jj < kc {
		j := jj
		if reverse {
			j = kc - 1 - jj
		}
		m := min(rr[i], cc[j])
		t[i][j] += m
		rr[i] -= m
		cc[j] -= m
		if rr[i] == 0 {
			i++
		} else {
			jj++
		}
	}
	return t
}

// tableS2 returns D = sum of differences and S2 = sum of squared differences
// of a table under scores s.
func tableS2(t [][]int, s []float64) (d, s2 float64) {
	for i := range t {
		for j, v := range t[i] {
			x := s[i] - s[j]
			d += float64(v) * x
			s2 += float64(v) * x * x
		}
	}
	return d, s2
}

// tFromSums is the paired t statistic from the sum D and the sum of squares
// S2 of n differences,
//
//	t = D sqrt(n - 1) / sqrt(n S2 - D^2),
//
// and ok = false when the variance is zero (t undefined).
func tFromSums(d, s2 float64, n int) (t float64, ok bool) {
	den := float64(n)*s2 - d*d
	if !(den > 1e-12*float64(n)*s2) {
		return math.NaN(), false
	}
	return d * math.Sqrt(float64(n-1)) / math.Sqrt(den), true
}

func validateMargins(before, after []int, scores []float64) (n int, s []float64, err error) {
	k := len(before)
	if k < 2 || k != len(after) {
		return 0, nil, fmt.Errorf("%w: %d before and %d after levels, need the same number >= 2", ErrMargins, len(before), len(after))
	}
	if k > MaxLevels {
		return 0, nil, fmt.Errorf("%w: %d levels, at most %d supported", ErrMargins, k, MaxLevels)
	}
	na := 0
	for i := range before {
		if before[i] < 0 || after[i] < 0 {
			return 0, nil, fmt.Errorf("%w: negative count (before %v, after %v)", ErrMargins, before, after)
		}
		if before[i] > 1e8 || after[i] > 1e8 {
			return 0, nil, fmt.Errorf("%w: count above 1e8 (before %v, after %v)", ErrMargins, before, after)
		}
		n += before[i]
		na += after[i]
	}
	if n != na {
		return 0, nil, fmt.Errorf("%w: before counts sum to %d, after counts to %d", ErrMargins, n, na)
	}
	if n < 2 {
		return 0, nil, fmt.Errorf("%w: %d pairs, need at least 2", pairedt.ErrTooFew, n)
	}
	if scores == nil {
		s = make([]float64, k)
		for i := range s {
			s[i] = float64(i + 1)
		}
		return n, s, nil
	}
	if len(scores) != k {
		return 0, nil, fmt.Errorf("%w: %d scores for %d levels", pairedt.ErrScores, len(scores), k)
	}
	for i, v := range scores {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e100 {
			return 0, nil, fmt.Errorf("%w: score %v", pairedt.ErrScores, v)
		}
		if i > 0 && !(v > scores[i-1]) {
			return 0, nil, fmt.Errorf("%w: scores %v not strictly increasing", pairedt.ErrScores, scores)
		}
	}
	return n, append([]float64(nil), scores...), nil
}

// scaleScores returns s multiplied by the power of two 1/f that brings the
// largest |s_i| into [0.5, 1) when it is below 0.5 (otherwise s itself, so
// that integer scores stay integers for searchT), and f. The scaling is
// exact and t is invariant to it; without it, scores as small as 1e-160
// give squared differences that underflow (scores 0 and 5e-324 made every
// table "undefined"). A gap between neighbouring scores below 1e-100 of the
// largest |score| cannot be represented in the squared differences next to
// the others and is an error wrapping pairedt.ErrScores.
func scaleScores(s []float64) (scaled []float64, f float64, err error) {
	m := math.Max(math.Abs(s[0]), math.Abs(s[len(s)-1]))
	scaled, f = s, 1
	if m < 0.5 {
		_, e := math.Frexp(m)
		scaled = make([]float64, len(s))
		for i, v := range s {
			scaled[i] = math.Ldexp(v, -e)
		}
		m, f = math.Ldexp(m, -e), math.Ldexp(1, e)
	}
	for i := 1; i < len(scaled); i++ {
		if !(scaled[i]-scaled[i-1] >= 1e-100*m) {
			return nil, 0, fmt.Errorf("%w: scores %v: a gap between neighbouring scores below 1e-100 of the largest |score| is not supported", pairedt.ErrScores, s)
		}
	}
	return scaled, f, nil
}

// Margins finds the paired t statistics (d = before - after) that published
// category counts before and after allow, over every joint k x k table (rows:
// before level, columns: after level) with those margins. For scores s every
// such table has the same D = sum_i (before_i - after_i) s_i, and
//
//	t = D sqrt(n - 1) / sqrt(n S2 - D^2),  S2 = sum_ij n_ij (s_i - s_j)^2
//
// TMin and TMax are exact in O(k^2), without enumeration: the northwest- and
// northeast-corner tables minimise and maximise S2 (the Monge property;
// Hoffman 1963, "On simple linear programming problems"). TMaxAbsAnyScoring,
// the supremum of |t| over every table and strictly increasing scoring, is
// exact too (it tries the 2^(k-1) supports of the score gaps).
//
// The number of tables, whether the printed o.T is attainable (the attainable
// t form a discrete set) and the Wilcoxon range need every table; there are
// about n^((k-1)^2) of them. Beyond o.MaxTables the enumeration stops: Exact
// is false and Wilcoxon nil; a printed t outside [TMin, TMax] is still decided,
// one inside is searched for with exact pruning within the same budget, and
// TDecided is false if the budget runs out first.
//
// Errors wrap ErrMargins (unequal totals or lengths, negative counts or counts
// above 1e8, more than MaxLevels levels), pairedt.ErrTooFew (fewer than 2
// pairs) or pairedt.ErrScores (scores that break MarginOptions.Scores' rules;
// t does not depend on the scale of the scores).
func Margins(before, after []int, o MarginOptions) (MarginResult, error) {
	// Method. For scores s, every joint table has the same sum of differences
	// D = sum_i (before_i - after_i) s_i, and
	//
	//	t = D sqrt(n - 1) / sqrt(n S2 - D^2),  S2 = sum_ij n_ij (s_i - s_j)^2,
	//
	// so |t| falls as S2 rises. S2 = const - 2 sum_ij n_ij s_i s_j and, for
	// increasing s, the array s_i s_j has the (inverse) Monge property, so the
	// northwest-corner table (the comonotone coupling) minimises S2 and the
	// northeast-corner table maximises it (Hoffman 1963, "On simple linear
	// programming problems"; the rearrangement inequality). TMin and TMax are
	// therefore exact without enumeration, in O(k^2).
	//
	// The northwest-corner table is the same for every increasing scoring, so
	// the supremum of |t| over all tables and strictly increasing scorings is
	// the supremum over scorings for that one table. With gaps g_l = s_{l+1} -
	// s_l >= 0 (t is invariant to s -> a + b s, b > 0), D = b.g and S2 = g'Mg
	// with b_l = sum_{i>l}(before_i - after_i) and M = sum_ij n_ij e_ij e_ij',
	// e_ij the indicator of the gaps between levels i and j. The supremum of
	// (b.g)^2 / g'Mg over g >= 0 is attained on some support S where M_SS is
	// non-singular and M_SS g_S = +-b_S (the stationarity condition; a singular
	// M_SS lets g move to a smaller support without changing the ratio), so
	// trying every support (2^(k-1) of them) and both signs is exact. For
	// k = 3 this reduces to the one-parameter family s = (0, u, 1), whose
	// stationary point is u* = (aB + aC + bB) / (aB + b(A + B)) (anyScoring3,
	// used in the tests). A maximiser with a zero gap is a limit of strictly
	// increasing scorings (ScoresTMaxAbsLimit).
	//
	// Enumeration. The number of tables, the exact attainability of a printed t
	// inside [TMin, TMax] (the attainable t form a discrete set), and the
	// Wilcoxon range need every table: they are enumerated row by row, each
	// cell ranging over the values that keep the rest feasible, so every visited
	// leaf is a table. The cost is O(T k^2) for T tables; T grows like
	// n^((k-1)^2) (for the article, 3 x 3 with n = 23, T = 5; for 5 levels and
	// n = 200 it is astronomically large). The Wilcoxon range takes a second
	// pass, run only when the first saw every table; with the default
	// pairedt.Wilcoxon it costs one call (about 45 µs at n = 23) per distinct
	// multiset of differences, with BuiltinWilcoxon O(k^2) per table. Beyond
	// MaxTables the enumeration stops: Exact is false, the range and the
	// any-scoring supremum are still exact, a printed t outside the range is
	// still decided (not attainable), and
	// one inside it is searched for depth-first with exact pruning at every row
	// boundary (the remaining rows and column sums are again a Monge
	// transportation problem, so their corners bound S2 exactly), within the same
	// budget of MaxTables rows visited: a hit or an exhausted search decides it,
	// an exhausted budget leaves it undecided (TDecided false).
	n, s0, err := validateMargins(before, after, o.Scores)
	if err != nil {
		return MarginResult{}, err
	}
	// t is computed from exactly rescaled scores s (see scaleScores); the
	// Wilcoxon pass, which builds pairs for o.Wilcoxon, gets the scores s0
	// as given.
	s, scale, err := scaleScores(s0)
	if err != nil {
		return MarginResult{}, err
	}
	k := len(before)
	res := MarginResult{K: k, N: n, Scores: s0}
	nw := corner(before, after, false)
	ne := corner(before, after, true)
	dNW, s2Min := tableS2(nw, s)
	_, s2Max := tableS2(ne, s)
	res.MeanDiff = dNW / float64(n) * scale
	tLo, okLo := tFromSums(dNW, s2Min, n)
	tHi, okHi := tFromSums(dNW, s2Max, n)
	if dNW > 0 {
		tLo, tHi = tHi, tLo
		okLo, okHi = okHi, okLo
		res.TableTMin, res.TableTMax = ne, nw
	} else {
		res.TableTMin, res.TableTMax = nw, ne
	}
	res.TMin, res.TMax = tLo, tHi
	if dNW == 0 && okHi != okLo {
		// Every defined table gives t = 0; the corner with a positive
		// variance is one of them.
		res.TMin, res.TMax, okLo, okHi = 0, 0, true, true
		if s2Min > 0 {
			res.TableTMin, res.TableTMax = nw, nw
		} else {
			res.TableTMin, res.TableTMax = ne, ne
		}
	}
	res.TMaxAbsAnyScoring, res.ScoresTMaxAbs, res.ScoresTMaxAbsLimit = anyScoring(nw, before, after)

	limit := o.MaxTables
	if limit == 0 {
		limit = DefaultMaxTables
	}
	if limit > 0 {
		// Pass 1: t only, cheap per table, stops at the limit. Pass 2, only
		// when pass 1 saw every table: the Wilcoxon range.
		o1 := o
		o1.NoWilcoxon = true
		e := newEnumerator(before, after, s, n, limit, o1)
		e.run()
		if !e.aborted && !o.NoWilcoxon {
			o2 := o
			o2.T = nil
			e2 := newEnumerator(before, after, s0, n, limit, o2)
			e2.run()
			e.wr, e.wDefined = e2.wr, e2.wDefined
		}
		if !e.aborted {
			res.Exact = true
			res.Tables = e.count
			res.Undefined = e.undefined
			if e.defined > 0 {
				res.TMin, res.TMax = e.tMin, e.tMax
				res.TableTMin, res.TableTMax = e.tabMin, e.tabMax
				okLo, okHi = true, true
			}
			if o.T != nil {
				res.TDecided, res.TOppositeDecided = true, true
				res.TAttainable = e.hit
				res.TOppositeAttainable = e.hitNeg
				res.TNearest = e.nearest
				res.TableNearest = e.tabNearest
			}
			if e.wr != nil && e.wDefined > 0 {
				res.Wilcoxon = e.wr
			}
		}
	}
	if !okLo || !okHi {
		if !res.Exact {
			return res, fmt.Errorf("%w: an extreme table has all differences equal (t undefined) and the %d-table limit was reached", ErrTooLarge, limit)
		}
		if res.Tables == res.Undefined {
			res.TMin, res.TMax = math.NaN(), math.NaN()
		}
	}
	// Beyond the enumeration limit, a t inside the range is searched for
	// with exact pruning (searchT), within the same budget.
	if o.T != nil && !res.Exact && limit > 0 && !math.IsNaN(res.TMin) {
		h := o.T.HalfUnit()
		if !res.TDecided {
			if found, tab, tv, decided := searchT(before, after, s, n, dNW, o.T.Value-h, o.T.Value+h, limit); decided {
				res.TDecided, res.TAttainable = true, found
				if found {
					res.TNearest, res.TableNearest = tv, tab
				}
			}
		}
		if !res.TOppositeDecided {
			if found, _, _, decided := searchT(before, after, s, n, dNW, -o.T.Value-h, -o.T.Value+h, limit); decided {
				res.TOppositeDecided, res.TOppositeAttainable = true, found
			}
		}
	}
	if o.T != nil && !res.TOppositeDecided {
		h := o.T.HalfUnit()
		if -o.T.Value+h < res.TMin || -o.T.Value-h > res.TMax {
			res.TOppositeDecided, res.TOppositeAttainable = true, false
		}
	}
	if o.T != nil && !res.TDecided {
		h := o.T.HalfUnit()
		if o.T.Value+h < res.TMin || o.T.Value-h > res.TMax {
			res.TDecided, res.TAttainable = true, false
			if o.T.Value < res.TMin {
				res.TNearest, res.TableNearest = res.TMin, res.TableTMin
			} else {
				res.TNearest, res.TableNearest = res.TMax, res.TableTMax
			}
		}
	}
	return res, nil
}

// enumerator visits every k x k table with the given margins.
type enumerator struct {
	k, n, limit  int
	r, c, colRem []int
	s            []float64
	sq           [][]float64 // (s_i - s_j)^2
	tab          [][]int
	d            float64
	count        int
	aborted      bool

	defined, undefined int
	tMin, tMax         float64
	tabMin, tabMax     [][]int

	target     *Number
	hit        bool
	hitNeg     bool
	nearest    float64
	tabNearest [][]int

	wt       *wilcoxTables
	wf       WilcoxonFunc
	vTarget  *Number
	wr       *WilcoxonRange
	wDefined int
	x, y     []float64
	memo     map[string]wilcoxMemo
	key      []byte
}

type wilcoxMemo struct {
	v, p float64
	err  error
}

func newEnumerator(before, after []int, s []float64, n, limit int, o MarginOptions) *enumerator {
	k := len(before)
	e := &enumerator{k: k, n: n, limit: limit, r: before, c: after, s: s,
		colRem: append([]int(nil), after...), target: o.T, vTarget: o.V}
	e.sq = make([][]float64, k)
	e.tab = make([][]int, k)
	for i := range e.sq {
		e.sq[i] = make([]float64, k)
		e.tab[i] = make([]int, k)
		for j := range e.sq[i] {
			x := s[i] - s[j]
			e.sq[i][j] = x * x
		}
	}
	for i := range before {
		e.d += float64(before[i])*s[i] - float64(after[i])*s[i]
	}
	if !o.NoWilcoxon {
		e.wt = newWilcoxTables(s)
		e.wf = o.Wilcoxon
		if e.wf == nil && !o.BuiltinWilcoxon && n <= DefaultWilcoxonMaxPairs {
			e.wf = DefaultWilcoxon
		}
		if e.wf != nil {
			e.x = make([]float64, n)
			e.y = make([]float64, n)
			e.memo = map[string]wilcoxMemo{}
		}
		e.wr = &WilcoxonRange{}
	}
	return e
}

func (e *enumerator) run() { e.row(0, 0) }

func (e *enumerator) row(i int, s2 float64) {
	if e.aborted {
		return
	}
	if i == e.k-1 {
		for j, v := range e.colRem {
			e.tab[i][j] = v
			s2 += e.sq[i][j] * float64(v)
		}
		e.count++
		if e.count > e.limit {
			e.aborted = true
			return
		}
		e.visit(s2)
		return
	}
	e.cell(i, 0, e.r[i], s2)
}

func (e *enumerator) cell(i, j, rem int, s2 float64) {
	if e.aborted {
		return
	}
	if j == e.k-1 {
		// rem <= colRem[j] holds by the lower bounds chosen below.
		e.tab[i][j] = rem
		e.colRem[j] -= rem
		e.row(i+1, s2+e.sq[i][j]*float64(rem))
		e.colRem[j] += rem
		return
	}
	rest := 0
	for l := j + 1; l < e.k; l++ {
		rest += e.colRem[l]
	}
	lo := max(0, rem-rest)
	hi := min(rem, e.colRem[j])
	for v := lo; v <= hi; v++ {
		e.tab[i][j] = v
		e.colRem[j] -= v
		e.cell(i, j+1, rem-v, s2+e.sq[i][j]*float64(v))
		e.colRem[j] += v
		if e.aborted {
			return
		}
	}
}

func (e *enumerator) visit(s2 float64) {
	t, ok := tFromSums(e.d, s2, e.n)
	if !ok {
		e.undefined++
	} else {
		if e.defined == 0 || t < e.tMin {
			e.tMin, e.tabMin = t, copyTable(e.tab)
		}
		if e.defined == 0 || t > e.tMax {
			e.tMax, e.tabMax = t, copyTable(e.tab)
		}
		if e.target != nil {
			h := e.target.HalfUnit()
			if t >= e.target.Value-h && t <= e.target.Value+h {
				e.hit = true
			}
			if -t >= e.target.Value-h && -t <= e.target.Value+h {
				e.hitNeg = true
			}
			if e.defined == 0 || math.Abs(t-e.target.Value) < math.Abs(e.nearest-e.target.Value) {
				e.nearest, e.tabNearest = t, copyTable(e.tab)
			}
		}
		e.defined++
	}
	if e.wr == nil {
		return
	}
	var v, p float64
	var err error
	if e.wf != nil {
		// V and p depend only on the multiset of differences: call the
		// function once per distinct multiset.
		e.key = e.wt.signature(e.tab, e.key[:0])
		if m, ok := e.memo[string(e.key)]; ok {
			v, p, err = m.v, m.p, m.err
		} else {
			m := 0
			for i := range e.tab {
				for j, c := range e.tab[i] {
					for ; c > 0; c-- {
						e.x[m], e.y[m] = e.s[i], e.s[j]
						m++
					}
				}
			}
			v, p, err = e.wf(e.x, e.y)
			e.memo[string(e.key)] = wilcoxMemo{v, p, err}
		}
	} else {
		v, p, err = e.wt.test(e.tab)
	}
	if err != nil || math.IsNaN(p) {
		e.wr.Undefined++
		return
	}
	w := e.wr
	if e.wDefined == 0 || v < w.VMin {
		w.VMin, w.TableVMin = v, copyTable(e.tab)
	}
	if e.wDefined == 0 || v > w.VMax {
		w.VMax, w.TableVMax = v, copyTable(e.tab)
	}
	if e.wDefined == 0 || p < w.PMin {
		w.PMin = p
	}
	if e.wDefined == 0 || p > w.PMax {
		w.PMax = p
	}
	if e.vTarget != nil {
		h := e.vTarget.HalfUnit()
		if v >= e.vTarget.Value-h && v <= e.vTarget.Value+h {
			w.VAttainable = true
		}
		if e.wDefined == 0 || math.Abs(v-e.vTarget.Value) < math.Abs(w.VNearest-e.vTarget.Value) {
			w.VNearest = v
		}
	}
	e.wDefined++
}

// wilcoxTables computes R's paired Wilcoxon signed-rank test from a joint
// table without building the pairs: cell (i, j) holds n_ij differences
// s_i - s_j, grouped by their absolute value (exact float equality, as R's
// rank(abs(x)) with digits.rank = Inf).
type wilcoxTables struct {
	group [][]int  // group[i][j]: index of |s_i - s_j| among the distinct values, -1 on the diagonal
	pos   [][]bool // s_i - s_j > 0
	ng    int
	cnt   []int
	npos  []int
}

func newWilcoxTables(s []float64) *wilcoxTables {
	k := len(s)
	var abs []float64
	for i := range s {
		for j := range s {
			if i != j {
				abs = append(abs, math.Abs(s[i]-s[j]))
			}
		}
	}
	sort.Float64s(abs)
	var uniq []float64
	for _, a := range abs {
		if len(uniq) == 0 || a != uniq[len(uniq)-1] {
			uniq = append(uniq, a)
		}
	}
	w := &wilcoxTables{group: make([][]int, k), pos: make([][]bool, k), ng: len(uniq),
		cnt: make([]int, len(uniq)), npos: make([]int, len(uniq))}
	for i := range s {
		w.group[i] = make([]int, k)
		w.pos[i] = make([]bool, k)
		for j := range s {
			w.group[i][j] = -1
			d := s[i] - s[j]
			if i != j && d != 0 {
				w.group[i][j] = sort.SearchFloat64s(uniq, math.Abs(d))
				w.pos[i][j] = d > 0
			}
		}
	}
	return w
}

// signature appends to key the counts of positive and negative differences
// for each distinct |difference| and the number of zero differences: the
// multiset of differences, which is all V and p depend on.
func (w *wilcoxTables) signature(tab [][]int, key []byte) []byte {
	for g := range w.cnt {
		w.cnt[g], w.npos[g] = 0, 0
	}
	zeros := 0
	for i := range tab {
		for j, c := range tab[i] {
			if g := w.group[i][j]; g >= 0 {
				w.cnt[g] += c
				if w.pos[i][j] {
					w.npos[g] += c
				}
			} else {
				zeros += c
			}
		}
	}
	key = binary.AppendUvarint(key, uint64(zeros))
	for g := range w.cnt {
		key = binary.AppendUvarint(key, uint64(w.npos[g]))
		key = binary.AppendUvarint(key, uint64(w.cnt[g]-w.npos[g]))
	}
	return key
}

// DefaultWilcoxonMaxPairs is the largest number of pairs for which the
// margin checks call pairedt.Wilcoxon by default (building the pairs of a
// joint table: 16 bytes a pair); beyond it they use the built-in
// computation from the table, which builds no pairs.
const DefaultWilcoxonMaxPairs = 100_000

// DefaultWilcoxon is pairedt.Wilcoxon with R's defaults
// (wilcox.test(x, y, paired = TRUE)) as a WilcoxonFunc: the default of
// MarginOptions.Wilcoxon.
func DefaultWilcoxon(x, y []float64) (v, p float64, err error) {
	r, err := pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{})
	if err != nil {
		return math.NaN(), math.NaN(), err
	}
	return r.V, r.P, nil
}

// test returns V and the two-sided p-value of R 4.2's
// wilcox.test(x, y, paired = TRUE) with its defaults (exact = NULL,
// correct = TRUE): zero differences are dropped; with n < 50 non-zero
// differences and neither ties nor zeros the exact null distribution
// (psignrank) is used; otherwise the normal approximation with the tie
// correction and a continuity correction of 0.5,
//
//	z = (V - n(n+1)/4 - sign(.) 0.5) / sqrt(n(n+1)(2n+1)/24 - sum(t^3 - t)/48).
//
// Source: wch/r-source src/library/stats/R/wilcox.test.R (R 4.2).
func (w *wilcoxTables) test(tab [][]int) (v, p float64, err error) {
	for g := range w.cnt {
		w.cnt[g], w.npos[g] = 0, 0
	}
	zeros := false
	for i := range tab {
		for j, c := range tab[i] {
			if c == 0 {
				continue
			}
			g := w.group[i][j]
			if g < 0 {
				zeros = true
				continue
			}
			w.cnt[g] += c
			if w.pos[i][j] {
				w.npos[g] += c
			}
		}
	}
	n, ties, tieSum := 0, false, 0.0
	for g, c := range w.cnt {
		if c == 0 {
			continue
		}
		mid := float64(n) + float64(c+1)/2
		v += float64(w.npos[g]) * mid
		n += c
		if c > 1 {
			ties = true
			fc := float64(c)
			tieSum += fc*fc*fc - fc
		}
	}
	if n == 0 {
		return math.NaN(), math.NaN(), fmt.Errorf("%w: every difference is zero", pairedt.ErrIdentical)
	}
	return v, signedRankP(v, n, !ties && !zeros && n < 50, tieSum), nil
}

// signedRankP is the two-sided p-value of the signed-rank statistic v with n
// non-zero differences: exact (R's psignrank) when exact, else the normal
// approximation with tie and continuity corrections (tieSum = sum(t^3 - t)).
func signedRankP(v float64, n int, exact bool, tieSum float64) float64 {
	fn := float64(n)
	if exact {
		// R: if (STATISTIC > n(n+1)/4) psignrank(STATISTIC - 1, n, lower.tail = FALSE) else psignrank(STATISTIC, n)
		sr := dist.NewSignRank(n)
		iv := int(math.Round(v))
		var p float64
		if v > fn*(fn+1)/4 {
			p = sr.Upper(iv - 1)
		} else {
			p = sr.Lower(iv)
		}
		return math.Min(1, 2*p)
	}
	z := v - fn*(fn+1)/4
	sigma := math.Sqrt(fn*(fn+1)*(2*fn+1)/24 - tieSum/48)
	corr := 0.0
	if z > 0 {
		corr = 0.5
	} else if z < 0 {
		corr = -0.5
	}
	z = (z - corr) / sigma
	return 2 * math.Min(dist.NormLower(z), dist.NormUpper(z))
}

// anyScoring returns the supremum over strictly increasing scorings of |t|
// for the table nw (the northwest-corner table; see Margins), a scoring
// (normalised to 1..k) reaching it and whether that scoring has tied
// levels (a limit of strictly increasing ones). The supremum is +Inf when
// some scoring makes every non-zero difference equal.
func anyScoring(nw [][]int, before, after []int) (sup float64, scores []float64, limit bool) {
	k := len(before)
	n := 0
	for _, v := range before {
		n += v
	}
	m := k - 1
	b := make([]float64, m)
	for l := 0; l < m; l++ {
		for i := l + 1; i < k; i++ {
			b[l] += float64(before[i] - after[i])
		}
	}
	M := make([][]float64, m)
	for l := range M {
		M[l] = make([]float64, m)
	}
	covered := make([]bool, m)
	for i := range nw {
		for j, c := range nw[i] {
			if c == 0 || i == j {
				continue
			}
			lo, hi := min(i, j), max(i, j)
			for l := lo; l < hi; l++ {
				covered[l] = true
				for q := lo; q < hi; q++ {
					M[l][q] += float64(c)
				}
			}
		}
	}
	var cov []int
	for l, ok := range covered {
		if ok {
			cov = append(cov, l)
		}
	}
	best := 0.0
	var bestG []float64
	for mask := 1; mask < 1<<len(cov); mask++ {
		var S []int
		for q, l := range cov {
			if mask&(1<<q) != 0 {
				S = append(S, l)
			}
		}
		A := make([][]float64, len(S))
		rhs := make([]float64, len(S))
		for a, l := range S {
			A[a] = make([]float64, len(S))
			for c2, q := range S {
				A[a][c2] = M[l][q]
			}
			rhs[a] = b[l]
		}
		x, ok := solve(A, append([]float64(nil), rhs...))
		if !ok {
			continue
		}
		// x solves M_SS x = b_S; the sign sigma = sign(b_S . x) makes
		// sigma x the candidate with M_SS (sigma x) = sigma b_S.
		val := 0.0
		for a := range S {
			val += rhs[a] * x[a]
		}
		if !(val > 0) {
			continue
		}
		allPos, allNeg := true, true
		for a := range x {
			allPos = allPos && x[a] > 0
			allNeg = allNeg && x[a] < 0
		}
		if !allPos && !allNeg {
			continue
		}
		sgn := 1.0
		if allNeg {
			sgn = -1
		}
		// (b.g)^2 / g'Mg at g = x equals b_S . x.
		if val > best {
			best = val
			bestG = make([]float64, m)
			for a, l := range S {
				bestG[l] = sgn * x[a]
			}
		}
	}
	if bestG == nil { // every difference is zero under every scoring
		return math.NaN(), nil, false
	}
	fn := float64(n)
	if best >= fn*(1-1e-12) {
		sup = math.Inf(1)
	} else {
		sup = math.Sqrt((fn - 1) * best / (fn - best))
	}
	// Build the scoring: uncovered gaps do not change t; give them the mean
	// positive gap so the scoring is strictly increasing where it can be.
	mean, np := 0.0, 0
	for _, g := range bestG {
		if g > 0 {
			mean += g
			np++
		}
	}
	mean /= float64(np)
	scores = make([]float64, k)
	for l := 0; l < m; l++ {
		g := bestG[l]
		if !covered[l] {
			g = mean
		} else if g <= 0 {
			limit = true
		}
		scores[l+1] = scores[l] + g
	}
	span := scores[k-1]
	for i := range scores {
		scores[i] = 1 + float64(k-1)*scores[i]/span
	}
	return sup, scores, limit
}

// solve solves A x = b for the symmetric positive semidefinite A of
// anyScoring (a sum of outer products of indicator vectors) by its Cholesky
// factorization A = U^T U (gonum's mat.Cholesky); ok is false when A is
// (numerically) singular: a squared pivot U_ii^2 at most 1e-10 of the
// largest |A_ij|, or a factorization that fails.
func solve(A [][]float64, b []float64) (x []float64, ok bool) {
	n := len(b)
	scale := 0.0
	s := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			s.SetSym(i, j, A[i][j])
			scale = math.Max(scale, math.Abs(A[i][j]))
		}
	}
	if scale == 0 {
		return nil, false
	}
	var chol mat.Cholesky
	if !chol.Factorize(s) {
		return nil, false
	}
	u := chol.RawU()
	for i := range n {
		if d := u.At(i, i); d*d <= 1e-10*scale {
			return nil, false
		}
	}
	xv := mat.NewVecDense(n, nil)
	if err := chol.SolveVecTo(xv, mat.NewVecDense(n, b)); err != nil {
		return nil, false
	}
	return xv.RawVector().Data, true
}

// anyScoring3 is the closed form for k = 3 used to cross-check anyScoring:
// with s = (0, u, 1), D = a u + b and S2 = A u^2 + B (1-u)^2 + C, where
// a = before_2 - after_2, b = before_3 - after_3, A = n12 + n21,
// B = n23 + n32, C = n13 + n31, the ratio D^2/S2 has a single stationary
// point with D != 0,
//
//	u* = (aB + aC + bB) / (aB + b(A + B)),
//
// so its supremum over (0, 1) is the largest of the ratio at u* (when inside)
// and its limits at u -> 0 and u -> 1. It returns that supremum as |t|.
func anyScoring3(t [][]int, before, after []int) float64 {
	n := float64(before[0] + before[1] + before[2])
	a := float64(before[1] - after[1])
	b := float64(before[2] - after[2])
	A := float64(t[0][1] + t[1][0])
	B := float64(t[1][2] + t[2][1])
	C := float64(t[0][2] + t[2][0])
	f := func(u float64) float64 {
		d := a*u + b
		s2 := A*u*u + B*(1-u)*(1-u) + C
		if s2 == 0 {
			return 0
		}
		return d * d / s2
	}
	best := math.Max(f(0), f(1))
	if f(0) == 0 && B+C == 0 && A > 0 { // limit u -> 0 when S2(0) = 0
		best = math.Max(best, a*a/A)
	}
	if f(1) == 0 && A+C == 0 && B > 0 { // limit u -> 1 when S2(1) = 0 (then a + b = 0)
		best = math.Max(best, a*a/B)
	}
	if den := a*B + b*(A+B); den != 0 {
		if u := (a*B + a*C + b*B) / den; u > 0 && u < 1 {
			best = math.Max(best, f(u))
		}
	}
	if best >= n*(1-1e-12) {
		return math.Inf(1)
	}
	return math.Sqrt((n - 1) * best / (n - best))
}

// formatTable writes a table as "[[4 13 0] [0 6 0] [0 0 0]]".
func formatTable(t [][]int) string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, r := range t {
		if i > 0 {
			sb.WriteString(" ")
		}
		fmt.Fprint(&sb, r)
	}
	sb.WriteString("]")
	return sb.String()
}
