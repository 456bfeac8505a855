package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/pairedt/pairedt/internal/rref"
	"github.com/pairedt/pairedt/pairedt"
)

// rMargins is testdata/r/margins.json, written by testdata/r/margins.R
// (R 4.2.2: every joint table enumerated in R, t.test(paired = TRUE) and
// wilcox.test(paired = TRUE) on the expanded pairs).
type rMargins struct {
	Cases []struct {
		Name      string    `json:"name"`
		Before    []int     `json:"before"`
		After     []int     `json:"after"`
		Scores    []float64 `json:"scores"`
		Tables    int       `json:"tables"`
		Undefined int       `json:"undefined"`
		TMin      string    `json:"t_min"`
		TMax      string    `json:"t_max"`
		TAll      []string  `json:"t_all"`
		VMin      string    `json:"v_min"`
		VMax      string    `json:"v_max"`
		PMin      string    `json:"wilcoxon_p_min"`
		PMax      string    `json:"wilcoxon_p_max"`
		AnyGrid   string    `json:"t_max_abs_any_scoring_grid"`
	} `json:"cases"`
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	v, err := rref.ParseString(s)
	if err != nil {
		t.Fatalf("reference file: %v", err)
	}
	return v
}

func loadRMargins(t *testing.T) rMargins {
	t.Helper()
	b, err := os.ReadFile("../../testdata/r/margins.json")
	if err != nil {
		t.Fatal(err)
	}
	var r rMargins
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Cases) == 0 {
		t.Fatal("no cases in margins.json")
	}
	return r
}

// allT enumerates every table and returns its t values (sorted), for
// comparison with R's list.
func allT(before, after []int, s []float64) []float64 {
	n := 0
	for _, v := range before {
		n += v
	}
	c := &tCollector{e: newEnumerator(before, after, s, n, 1<<30, MarginOptions{NoWilcoxon: true})}
	c.run()
	sort.Float64s(c.ts)
	return c.ts
}

type tCollector struct {
	e  *enumerator
	ts []float64
}

func (c *tCollector) run() {
	e := c.e
	var row func(i int, s2 float64)
	var cell func(i, j, rem int, s2 float64)
	row = func(i int, s2 float64) {
		if i == e.k-1 {
			for j, v := range e.colRem {
				s2 += e.sq[i][j] * float64(v)
			}
			if t, ok := tFromSums(e.d, s2, e.n); ok {
				c.ts = append(c.ts, t)
			}
			return
		}
		cell(i, 0, e.r[i], s2)
	}
	cell = func(i, j, rem int, s2 float64) {
		if j == e.k-1 {
			e.colRem[j] -= rem
			row(i+1, s2+e.sq[i][j]*float64(rem))
			e.colRem[j] += rem
			return
		}
		rest := 0
		for l := j + 1; l < e.k; l++ {
			rest += e.colRem[l]
		}
		for v := max(0, rem-rest); v <= min(rem, e.colRem[j]); v++ {
			e.colRem[j] -= v
			cell(i, j+1, rem-v, s2+e.sq[i][j]*float64(v))
			e.colRem[j] += v
		}
	}
	row(0, 0)
}

func TestMarginsAgainstR(t *testing.T) {
	ref := loadRMargins(t)
	for _, c := range ref.Cases {
		for _, builtin := range []bool{false, true} {
			t.Run(c.Name+map[bool]string{false: "/pairedt.Wilcoxon", true: "/builtin"}[builtin], func(t *testing.T) {
				r, err := Margins(c.Before, c.After, MarginOptions{Scores: c.Scores, BuiltinWilcoxon: builtin})
				if err != nil {
					t.Fatal(err)
				}
				if !r.Exact || r.Tables != c.Tables || r.Undefined != c.Undefined {
					t.Errorf("tables = %d (exact %v, undefined %d), R: %d (undefined %d)", r.Tables, r.Exact, r.Undefined, c.Tables, c.Undefined)
				}
				for _, x := range []struct {
					name      string
					got, want float64
				}{
					{"t_min", r.TMin, num(t, c.TMin)},
					{"t_max", r.TMax, num(t, c.TMax)},
				} {
					if !scalar.EqualWithinAbsOrRel(x.got, x.want, 1e-10, 1e-10) {
						t.Errorf("%s = %.17g, R: %.17g", x.name, x.got, x.want)
					}
				}
				// The closed form (northwest/northeast corner) agrees with the
				// enumeration, without enumerating.
				cf, err := Margins(c.Before, c.After, MarginOptions{Scores: c.Scores, MaxTables: -1})
				if err != nil {
					t.Fatal(err)
				}
				if cf.Exact || !scalar.EqualWithinAbsOrRel(cf.TMin, num(t, c.TMin), 1e-10, 1e-10) || !scalar.EqualWithinAbsOrRel(cf.TMax, num(t, c.TMax), 1e-10, 1e-10) {
					t.Errorf("closed form [%.17g, %.17g] (exact %v), R [%s, %s]", cf.TMin, cf.TMax, cf.Exact, c.TMin, c.TMax)
				}
				// Every attainable t, as a multiset.
				got := allT(c.Before, c.After, r.Scores)
				if len(got) != len(c.TAll) {
					t.Fatalf("%d defined t values, R: %d", len(got), len(c.TAll))
				}
				for i := range got {
					if w := num(t, c.TAll[i]); !scalar.EqualWithinAbsOrRel(got[i], w, 1e-10, 1e-10) {
						t.Errorf("t[%d] = %.17g, R: %.17g", i, got[i], w)
						break
					}
				}
				// Wilcoxon V and p ranges: R's wilcox.test(paired = TRUE).
				if r.Wilcoxon == nil {
					t.Fatal("no Wilcoxon range")
				}
				w := r.Wilcoxon
				for _, x := range []struct {
					name      string
					got, want float64
				}{
					{"v_min", w.VMin, num(t, c.VMin)},
					{"v_max", w.VMax, num(t, c.VMax)},
					{"p_min", w.PMin, num(t, c.PMin)},
					{"p_max", w.PMax, num(t, c.PMax)},
				} {
					if !scalar.EqualWithinAbsOrRel(x.got, x.want, 1e-12, 1e-9) {
						t.Errorf("%s = %.17g, R: %.17g", x.name, x.got, x.want)
					}
				}
				// Any-scoring supremum: R's optimize() plus a grid never exceeds
				// it and comes within 1e-6.
				if g := num(t, c.AnyGrid); !math.IsNaN(g) {
					if r.TMaxAbsAnyScoring < g-1e-9 || !scalar.EqualWithinAbsOrRel(r.TMaxAbsAnyScoring, g, 1e-6, 1e-6) {
						t.Errorf("t_max_abs_any_scoring = %.17g, R grid/optimize %.17g", r.TMaxAbsAnyScoring, g)
					}
				}
			})
		}
	}
}

// TestArticleMargins pins the article's numbers: 5 joint tables, t in
// [-8.5247, -5.7643] under scores 1, 2, 3 (R values in margins.json), and
// no increasing scoring reaching |t| = 28.471.
func TestArticleMargins(t *testing.T) {
	c, err := CheckMargins([]int{17, 6, 0}, []int{4, 0, 19}, "-28,471", MarginOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Verdict != Inconsistent || c.Tables == nil || *c.Tables != 5 {
		t.Fatalf("verdict %s, tables %v", c.Verdict, c.Tables)
	}
	if c.TMaxAbsAnyScoring == nil || *c.TMaxAbsAnyScoring > 28.4705 {
		t.Fatalf("t_max_abs_any_scoring %v", c.TMaxAbsAnyScoring)
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"claim", "verdict", "reported", "recomputed", "explanation", "explanation_indonesian", "t_min", "t_max", "tables", "t_max_abs_any_scoring"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, b)
		}
	}
}

// tAt computes t for a table and scores directly from the pairs (two-pass
// mean and variance), independent of tFromSums.
func tAt(tab [][]int, s []float64) (float64, bool) {
	var d []float64
	for i := range tab {
		for j, c := range tab[i] {
			for ; c > 0; c-- {
				d = append(d, s[i]-s[j])
			}
		}
	}
	n := float64(len(d))
	m := 0.0
	for _, x := range d {
		m += x
	}
	m /= n
	v := 0.0
	for _, x := range d {
		v += (x - m) * (x - m)
	}
	v /= n - 1
	if v <= 1e-14*m*m || v == 0 {
		return math.NaN(), false
	}
	return m / math.Sqrt(v/n), true
}

// TestAnyScoringDenseGrid verifies the any-scoring supremum against a dense
// grid over s = (0, u, 1) on every table (k = 3), against the k = 3 closed
// form, and for k = 4 against a grid over the two interior scores.
func TestAnyScoringDenseGrid(t *testing.T) {
	cases := []struct {
		name          string
		before, after []int
	}{
		{"article", []int{17, 6, 0}, []int{4, 0, 19}},
		{"spread", []int{10, 8, 5}, []int{4, 9, 10}},
		{"improved", []int{15, 8, 0}, []int{0, 5, 18}},
		{"mixed", []int{3, 9, 4}, []int{6, 2, 8}},
		{"k4", []int{5, 4, 3, 2}, []int{2, 3, 4, 5}},
		{"k4_sparse", []int{6, 0, 3, 1}, []int{1, 4, 0, 5}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Margins(c.before, c.after, MarginOptions{NoWilcoxon: true})
			if err != nil {
				t.Fatal(err)
			}
			k := len(c.before)
			nw := corner(c.before, c.after, false)
			if k == 3 {
				if cf := anyScoring3(nw, c.before, c.after); !scalar.EqualWithinAbsOrRel(cf, r.TMaxAbsAnyScoring, 1e-9, 1e-9) {
					t.Errorf("closed form k = 3: %.17g, subsets: %.17g", cf, r.TMaxAbsAnyScoring)
				}
			}
			// Grid over every table (not only the northwest corner).
			var tabs [][][]int
			e := newEnumerator(c.before, c.after, []float64{1, 2, 3, 4}[:k], r.N, 1<<20, MarginOptions{NoWilcoxon: true})
			collectTables(e, &tabs)
			best := 0.0
			steps := 2000
			if k == 4 {
				steps = 40
			}
			for _, tab := range tabs {
				for a := 1; a < steps; a++ {
					u := float64(a) / float64(steps)
					if k == 3 {
						if tv, ok := tAt(tab, []float64{0, u, 1}); ok {
							best = math.Max(best, math.Abs(tv))
						}
						continue
					}
					for b := a + 1; b < steps; b++ {
						v := float64(b) / float64(steps)
						if tv, ok := tAt(tab, []float64{0, u, v, 1}); ok {
							best = math.Max(best, math.Abs(tv))
						}
					}
				}
			}
			if best > r.TMaxAbsAnyScoring*(1+1e-9) {
				t.Errorf("grid found |t| = %.17g above the supremum %.17g", best, r.TMaxAbsAnyScoring)
			}
			if best < r.TMaxAbsAnyScoring*(1-2e-2) {
				t.Errorf("grid best %.17g far below the supremum %.17g", best, r.TMaxAbsAnyScoring)
			}
			// The reported maximising scoring gives the supremum on the
			// northwest-corner table (when it is not a limit with ties).
			if !r.ScoresTMaxAbsLimit {
				if tv, ok := tAt(nw, r.ScoresTMaxAbs); !ok || !scalar.EqualWithinAbsOrRel(math.Abs(tv), r.TMaxAbsAnyScoring, 1e-9, 1e-9) {
					t.Errorf("scores %v give |t| = %v, want %v", r.ScoresTMaxAbs, tv, r.TMaxAbsAnyScoring)
				}
			}
		})
	}
}

func collectTables(e *enumerator, out *[][][]int) {
	var row func(i int)
	var cell func(i, j, rem int)
	row = func(i int) {
		if i == e.k-1 {
			copy(e.tab[i], e.colRem)
			*out = append(*out, copyTable(e.tab))
			return
		}
		cell(i, 0, e.r[i])
	}
	cell = func(i, j, rem int) {
		if j == e.k-1 {
			e.tab[i][j] = rem
			e.colRem[j] -= rem
			row(i + 1)
			e.colRem[j] += rem
			return
		}
		rest := 0
		for l := j + 1; l < e.k; l++ {
			rest += e.colRem[l]
		}
		for v := max(0, rem-rest); v <= min(rem, e.colRem[j]); v++ {
			e.tab[i][j] = v
			e.colRem[j] -= v
			cell(i, j+1, rem-v)
			e.colRem[j] += v
		}
	}
	row(0)
}

// TestMarginsIdentities: swapping before and after negates the t range;
// affine transformations of increasing scores leave it unchanged; a limit
// below the number of tables keeps the exact range and decides a t outside
// it; the t at each end is attained by the table reported for it.
func TestMarginsIdentities(t *testing.T) {
	b, a := []int{10, 8, 5}, []int{4, 9, 10}
	r, err := Margins(b, a, MarginOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("swap", func(t *testing.T) {
		s, err := Margins(a, b, MarginOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !scalar.EqualWithinAbsOrRel(s.TMin, -r.TMax, 1e-12, 1e-12) || !scalar.EqualWithinAbsOrRel(s.TMax, -r.TMin, 1e-12, 1e-12) || s.Tables != r.Tables {
			t.Errorf("swapped range [%v, %v], want [%v, %v]", s.TMin, s.TMax, -r.TMax, -r.TMin)
		}
	})
	t.Run("affine", func(t *testing.T) {
		s, err := Margins(b, a, MarginOptions{Scores: []float64{-7, -4.5, -2}})
		if err != nil {
			t.Fatal(err)
		}
		if !scalar.EqualWithinAbsOrRel(s.TMin, r.TMin, 1e-12, 1e-12) || !scalar.EqualWithinAbsOrRel(s.TMax, r.TMax, 1e-12, 1e-12) {
			t.Errorf("affine scores range [%v, %v], want [%v, %v]", s.TMin, s.TMax, r.TMin, r.TMax)
		}
		if !scalar.EqualWithinAbsOrRel(s.TMaxAbsAnyScoring, r.TMaxAbsAnyScoring, 1e-12, 1e-12) {
			t.Errorf("any-scoring supremum depends on the scores: %v vs %v", s.TMaxAbsAnyScoring, r.TMaxAbsAnyScoring)
		}
	})
	t.Run("extreme tables", func(t *testing.T) {
		for _, x := range []struct {
			tab  [][]int
			want float64
		}{{r.TableTMin, r.TMin}, {r.TableTMax, r.TMax}} {
			if got, ok := tAt(x.tab, r.Scores); !ok || !scalar.EqualWithinAbsOrRel(got, x.want, 1e-12, 1e-12) {
				t.Errorf("table %v gives t = %v, want %v", x.tab, got, x.want)
			}
		}
	})
	t.Run("limit", func(t *testing.T) {
		out := Number{Text: "-9.0", Value: -9, Decimals: 1, Comparison: "="}
		in := Number{Text: fmtDec(r.TMin, 3), Value: math.Round(r.TMin*1000) / 1000, Decimals: 3, Comparison: "="}
		s, err := Margins(b, a, MarginOptions{MaxTables: 10, T: &out})
		if err != nil {
			t.Fatal(err)
		}
		if s.Exact || s.Tables != 0 || !s.TDecided || s.TAttainable || s.Wilcoxon != nil {
			t.Errorf("limited: exact %v tables %d decided %v attainable %v", s.Exact, s.Tables, s.TDecided, s.TAttainable)
		}
		if !scalar.EqualWithinAbsOrRel(s.TMin, r.TMin, 1e-12, 1e-12) {
			t.Errorf("limited range %v, want %v", s.TMin, r.TMin)
		}
		// A budget of one row: neither enumeration nor search can decide.
		s, err = Margins(b, a, MarginOptions{MaxTables: 1, T: &in})
		if err != nil {
			t.Fatal(err)
		}
		if s.TDecided {
			t.Errorf("t inside the range decided with a budget of 1")
		}
		c, err := CheckMargins(b, a, in.Text, MarginOptions{MaxTables: 1})
		if err != nil || c.Verdict != NotDerivable || c.Tables != nil {
			t.Errorf("CheckMargins beyond the limit: %v %v", c.Verdict, err)
		}
		// A budget of 10: the pruned search finds the table.
		c, err = CheckMargins(b, a, in.Text, MarginOptions{MaxTables: 10})
		if err != nil || c.Verdict != Consistent || c.Tables != nil || c.TableNearest == nil {
			t.Errorf("CheckMargins by search: %v %v", c.Verdict, err)
		}
		c, err = CheckMargins(b, a, in.Text, MarginOptions{})
		if err != nil || c.Verdict != Consistent {
			t.Errorf("CheckMargins at t_min printed to 3 decimals: %v %v", c.Verdict, err)
		}
	})
	t.Run("no t", func(t *testing.T) {
		c, err := CheckMargins(b, a, "", MarginOptions{})
		if err != nil || c.Verdict != NotDerivable || c.TMin == nil {
			t.Errorf("no t: %v %v", c.Verdict, err)
		}
	})
}

// TestMarginsSwitchableWilcoxon: a WilcoxonFunc gets the expanded pairs;
// here one that recomputes the built-in from the pairs must give the same
// range.
func TestMarginsSwitchableWilcoxon(t *testing.T) {
	b, a := []int{10, 8, 5}, []int{4, 9, 10}
	calls := 0
	f := func(x, y []float64) (float64, float64, error) {
		calls++
		if len(x) != 23 || len(y) != 23 {
			t.Fatalf("lengths %d, %d", len(x), len(y))
		}
		tab := make([][]int, 3)
		for i := range tab {
			tab[i] = make([]int, 3)
		}
		for i := range x {
			tab[int(x[i])-1][int(y[i])-1]++
		}
		return newWilcoxTables([]float64{1, 2, 3}).test(tab)
	}
	r1, err := Margins(b, a, MarginOptions{BuiltinWilcoxon: true})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := Margins(b, a, MarginOptions{Wilcoxon: f})
	if err != nil {
		t.Fatal(err)
	}
	r3, err := Margins(b, a, MarginOptions{}) // pairedt.Wilcoxon
	if err != nil {
		t.Fatal(err)
	}
	if calls == 0 || calls >= r1.Tables {
		t.Errorf("%d calls for %d tables: not memoised by multiset", calls, r1.Tables)
	}
	w1 := r1.Wilcoxon
	for _, w := range []*WilcoxonRange{r2.Wilcoxon, r3.Wilcoxon} {
		if w == nil || w1.VMin != w.VMin || w1.VMax != w.VMax || !scalar.EqualWithinAbsOrRel(w1.PMin, w.PMin, 1e-15, 1e-12) || !scalar.EqualWithinAbsOrRel(w1.PMax, w.PMax, 1e-15, 1e-12) {
			t.Errorf("ranges %+v vs %+v", w1, w)
		}
	}
}

// TestSignedRankExact: the exact branch against R's psignrank-based
// wilcox.test: wilcox.test(c(1, 2, 3, 4, 5) + 0.5 * (1:5 %% 2 == 0) ...).
// Values: R 4.2.2, wilcox.test(c(1.1, -2.2, 3.3, 4.4, 5.5), mu = 0) gives
// V = 13, p-value = 0.1875 (exact); V = 15 with n = 5 gives 0.0625.
func TestSignedRankExact(t *testing.T) {
	for _, c := range []struct {
		v    float64
		n    int
		want float64
	}{{13, 5, 0.1875}, {15, 5, 0.0625}, {0, 5, 0.0625}, {7.5, 5, 1}} {
		if got := signedRankP(c.v, c.n, true, 0); !scalar.EqualWithinAbsOrRel(got, c.want, 1e-12, 1e-12) {
			t.Errorf("V = %v, n = %d: p = %v, want %v", c.v, c.n, got, c.want)
		}
	}
}

func TestMarginsErrors(t *testing.T) {
	for _, c := range []struct {
		name          string
		before, after []int
		scores        []float64
		want          error
	}{
		{"lengths", []int{1, 2}, []int{1, 1, 1}, nil, ErrMargins},
		{"one level", []int{3}, []int{3}, nil, ErrMargins},
		{"totals", []int{1, 2}, []int{2, 2}, nil, ErrMargins},
		{"negative", []int{-1, 4}, []int{1, 2}, nil, ErrMargins},
		{"too few", []int{1, 0}, []int{0, 1}, nil, pairedt.ErrTooFew},
		{"too many levels", make([]int, 13), make([]int, 13), nil, ErrMargins},
		{"scores length", []int{1, 2}, []int{2, 1}, []float64{1}, pairedt.ErrScores},
		{"scores order", []int{1, 2}, []int{2, 1}, []float64{2, 1}, pairedt.ErrScores},
		{"scores NaN", []int{1, 2}, []int{2, 1}, []float64{0, math.NaN()}, pairedt.ErrScores},
		{"scores gap below 1e-100 of the largest", []int{1, 2, 3}, []int{3, 2, 1}, []float64{0, 1e-120, 1}, pairedt.ErrScores},
		{"counts above 1e8", []int{2e8, 1}, []int{1, 2e8}, nil, ErrMargins},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Margins(c.before, c.after, MarginOptions{Scores: c.scores})
			if !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
		})
	}
	if _, err := CheckMargins([]int{1, 2}, []int{2, 1}, "abc", MarginOptions{}); !errors.Is(err, ErrUnparsable) {
		t.Errorf("bad t: %v", err)
	}
	if _, err := CheckMargins([]int{1, 2}, []int{2, 1}, "< 3", MarginOptions{}); !errors.Is(err, ErrUnparsable) {
		t.Errorf("t with comparison: %v", err)
	}
}

// TestMarginsScoreScale: t is invariant to s -> b s (b > 0), since D and
// sqrt(n S2 - D^2) both scale by b; so tiny scores must give the t of scores
// 1, 2 (and MeanDiff scaled by b). Before scores were rescaled internally,
// scores 0 and 5e-324 made every table "undefined" (the squared
// differences underflowed to 0) and 0, 1e-160 gave t_max 1.0000056 instead
// of 1.
func TestMarginsScoreScale(t *testing.T) {
	before, after := []int{3, 4}, []int{4, 3}
	ref, err := Margins(before, after, MarginOptions{Scores: []float64{0, 1}})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []float64{5e-324, 1e-300, 1e-160, 1e-100, 1e-10, 3, 1e50, 1e100} {
		t.Run(fmt.Sprint(b), func(t *testing.T) {
			r, err := Margins(before, after, MarginOptions{Scores: []float64{0, b}})
			if err != nil {
				t.Fatal(err)
			}
			if r.Tables != ref.Tables || r.Undefined != ref.Undefined ||
				!scalar.EqualWithinAbsOrRel(r.TMin, ref.TMin, 0, 1e-14) ||
				!scalar.EqualWithinAbsOrRel(r.TMax, ref.TMax, 0, 1e-14) {
				t.Errorf("scores 0, %g: t in [%v, %v] over %d tables (%d undefined); scores 0, 1: [%v, %v] over %d (%d)",
					b, r.TMin, r.TMax, r.Tables, r.Undefined, ref.TMin, ref.TMax, ref.Tables, ref.Undefined)
			}
			if !scalar.EqualWithinAbsOrRel(r.MeanDiff, ref.MeanDiff*b, 0, 1e-14) || r.Scores[1] != b {
				t.Errorf("MeanDiff %v, scores %v; want %v, [0 %v]", r.MeanDiff, r.Scores, ref.MeanDiff*b, b)
			}
			if w, rw := r.Wilcoxon, ref.Wilcoxon; w == nil || rw == nil || w.VMin != rw.VMin || w.VMax != rw.VMax ||
				!scalar.EqualWithinAbsOrRel(w.PMin, rw.PMin, 0, 1e-14) || !scalar.EqualWithinAbsOrRel(w.PMax, rw.PMax, 0, 1e-14) {
				t.Errorf("Wilcoxon %+v, scores 0, 1: %+v", r.Wilcoxon, ref.Wilcoxon)
			}
		})
	}
}

// TestMarginsDegenerate: every subject moves exactly one level up, so the
// only table has all differences equal: t is undefined (R: "data are
// essentially constant") and the any-scoring supremum is unbounded.
func TestMarginsDegenerate(t *testing.T) {
	r, err := Margins([]int{5, 0}, []int{0, 5}, MarginOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Tables != 1 || r.Undefined != 1 || !math.IsNaN(r.TMin) || !math.IsInf(r.TMaxAbsAnyScoring, 1) {
		t.Errorf("%+v", r)
	}
	c, err := CheckMargins([]int{5, 0}, []int{0, 5}, "-3.0", MarginOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c.TMin != nil || !c.TUnboundedAnyScoring {
		t.Errorf("%+v", c)
	}
	// Nothing changes: all differences zero.
	r, err = Margins([]int{2, 3}, []int{2, 3}, MarginOptions{MaxTables: -1})
	if err != nil {
		t.Fatal(err)
	}
	if !math.IsNaN(r.TMaxAbsAnyScoring) {
		t.Errorf("identical margins: sup %v", r.TMaxAbsAnyScoring)
	}
}

// FuzzMargins feeds CheckMargins small random margins (k = 2..5 levels, the
// counts taken from the bytes) and a printed t: it must return an error
// wrapping a sentinel or a complete check, never panic.
func FuzzMargins(f *testing.F) {
	f.Add([]byte{17, 6, 0, 4, 0, 19}, "-28,471", false)
	f.Add([]byte{5, 4, 3, 2, 2, 3, 4, 5}, "-1.5", true)
	f.Add([]byte{1, 0}, "2", false)
	f.Add([]byte{3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, "", true)
	f.Fuzz(func(t *testing.T, b []byte, ts string, scores bool) {
		if len(b)%2 == 1 || len(b) > 10 {
			return
		}
		k := len(b) / 2
		before, after := make([]int, k), make([]int, k)
		for i := 0; i < k; i++ {
			before[i], after[i] = int(b[i]%16), int(b[k+i]%16)
		}
		o := MarginOptions{MaxTables: 20000}
		if scores && k > 0 {
			o.Scores = make([]float64, k)
			for i := range o.Scores {
				o.Scores[i] = float64(i*i) - 0.5
			}
		}
		c, err := CheckMargins(before, after, ts, o)
		if err != nil {
			if !errors.Is(err, ErrMargins) && !errors.Is(err, ErrUnparsable) && !errors.Is(err, pairedt.ErrTooFew) && !errors.Is(err, pairedt.ErrScores) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			return
		}
		if c.Verdict == "" || c.Explanation == "" || c.Text(Indonesian).Explanation == "" || c.Text(Indonesian).Claim == "" || c.Text(Indonesian).Recomputed == "" {
			t.Fatalf("incomplete check %+v", c)
		}
		if c.TMin != nil && c.TMax != nil && *c.TMin > *c.TMax {
			t.Fatalf("t_min %v > t_max %v", *c.TMin, *c.TMax)
		}
		if c.TMin != nil && c.TMaxAbsAnyScoring != nil && math.Max(math.Abs(*c.TMin), math.Abs(*c.TMax)) > *c.TMaxAbsAnyScoring*(1+1e-9)+1e-9 {
			t.Fatalf("|t| range [%v, %v] beyond the any-scoring supremum %v", *c.TMin, *c.TMax, *c.TMaxAbsAnyScoring)
		}
	})
}

// TestMarginsOppositeSign: a t printed with the other sign convention
// (after - before) is attainable and explained as such; a t outside both
// ranges is not, with or without enumeration.
func TestMarginsOppositeSign(t *testing.T) {
	b, a := []int{10, 8, 5}, []int{4, 9, 10}
	r, err := Margins(b, a, MarginOptions{NoWilcoxon: true})
	if err != nil {
		t.Fatal(err)
	}
	printed := fmtDec(-r.TMin, 4)
	for _, max := range []int{0, -1} {
		c, err := CheckMargins(b, a, printed, MarginOptions{MaxTables: max})
		if err != nil {
			t.Fatal(err)
		}
		want := Consistent
		if max < 0 {
			want = NotDerivable
		}
		if c.Verdict != want || want == Consistent && !strings.Contains(c.Explanation, "after - before") {
			t.Errorf("max %d: %s: %s", max, c.Verdict, c.Explanation)
		}
		c, err = CheckMargins(b, a, "-40.0", MarginOptions{MaxTables: max})
		if err != nil || c.Verdict != Inconsistent {
			t.Errorf("max %d: t = -40: %s %v", max, c.Verdict, err)
		}
		c, err = CheckMargins(b, a, "40.0", MarginOptions{MaxTables: max})
		if err != nil || c.Verdict != Inconsistent {
			t.Errorf("max %d: t = 40: %s %v", max, c.Verdict, err)
		}
	}
}

// TestSearchAgreesWithEnumeration: beyond the enumeration limit a t inside
// the range is decided by the pruned search; wherever it decides, it agrees
// with the full enumeration, for attainable values (R's t_all) and for
// values in the gaps between them.
func TestSearchAgreesWithEnumeration(t *testing.T) {
	ref := loadRMargins(t)
	decidedCount := 0
	for _, c := range ref.Cases {
		if c.Tables < 50 {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			var targets []Number
			for i, s := range c.TAll {
				v := num(t, s)
				targets = append(targets, Number{Text: fmtDec(v, 6), Value: math.Round(v*1e6) / 1e6, Decimals: 6, Comparison: "="})
				if i+1 < len(c.TAll) {
					if w := num(t, c.TAll[i+1]); w-v > 1e-5 {
						m := (v + w) / 2
						targets = append(targets, Number{Text: fmtDec(m, 6), Value: math.Round(m*1e6) / 1e6, Decimals: 6, Comparison: "="})
					}
				}
				if len(targets) > 120 {
					break
				}
			}
			for _, tn := range targets {
				tn := tn
				full, err := Margins(c.Before, c.After, MarginOptions{Scores: c.Scores, T: &tn, NoWilcoxon: true})
				if err != nil || !full.Exact {
					t.Fatal(err)
				}
				lim, err := Margins(c.Before, c.After, MarginOptions{Scores: c.Scores, T: &tn, NoWilcoxon: true, MaxTables: c.Tables / 2})
				if err != nil || lim.Exact {
					t.Fatal(err)
				}
				if lim.TDecided {
					decidedCount++
					if lim.TAttainable != full.TAttainable {
						t.Errorf("t = %s: search says %v, enumeration %v", tn.Text, lim.TAttainable, full.TAttainable)
					}
					if lim.TAttainable {
						if got, ok := tAt(lim.TableNearest, c.Scores); !ok || math.Abs(got-tn.Value) > tn.HalfUnit()+1e-12 {
							t.Errorf("t = %s: search table %v gives %v", tn.Text, lim.TableNearest, got)
						}
					}
				}
				if lim.TOppositeDecided && lim.TOppositeAttainable != full.TOppositeAttainable {
					t.Errorf("-t = %s: search says %v, enumeration %v", tn.Text, lim.TOppositeAttainable, full.TOppositeAttainable)
				}
			}
		})
	}
	if decidedCount == 0 {
		t.Error("the search never decided")
	}
	t.Logf("%d targets decided by the search", decidedCount)
}

// TestSearchFiveLevels: 5 levels, n = 200, far beyond the enumeration
// limit. With scores 1..5, S2 = sum r_i s_i^2 + sum c_j s_j^2 - 2 sum n_ij
// s_i s_j has a fixed parity, so S2min + 1 and S2max - 1 are unattainable
// while S2min + 2, a middle even value and S2max - 2 are attained; the
// search must decide all five, and the tables it returns must give the t
// (recomputed from the pairs by tAt).
func TestSearchFiveLevels(t *testing.T) {
	if testing.Short() {
		t.Skip("enumerates up to DefaultMaxTables tables")
	}
	s := []float64{1, 2, 3, 4, 5}
	d, s2min := tableS2(corner(fiveBefore, fiveAfter, false), s)
	_, s2max := tableS2(corner(fiveBefore, fiveAfter, true), s)
	mid := 2 * math.Round((s2min+s2max)/4)
	for _, c := range []struct {
		s2   float64
		want bool
	}{{s2min + 2, true}, {mid, true}, {s2max - 2, true}, {s2min + 1, false}, {s2max - 1, false}} {
		v, _ := tFromSums(d, c.s2, 200)
		tn := Number{Text: fmtDec(v, 6), Value: math.Round(v*1e6) / 1e6, Decimals: 6, Comparison: "="}
		r, err := Margins(fiveBefore, fiveAfter, MarginOptions{T: &tn, MaxTables: 200000})
		if err != nil {
			t.Fatal(err)
		}
		if r.Exact || !r.TDecided || r.TAttainable != c.want {
			t.Errorf("S2 = %v (t = %s): exact %v decided %v attainable %v, want %v", c.s2, tn.Text, r.Exact, r.TDecided, r.TAttainable, c.want)
			continue
		}
		if c.want {
			got, ok := tAt(r.TableNearest, s)
			rows, cols := make([]int, 5), make([]int, 5)
			for i := range r.TableNearest {
				for j, n := range r.TableNearest[i] {
					rows[i] += n
					cols[j] += n
				}
			}
			if !ok || math.Abs(got-tn.Value) > tn.HalfUnit() || fmt.Sprint(rows) != fmt.Sprint(fiveBefore) || fmt.Sprint(cols) != fmt.Sprint(fiveAfter) {
				t.Errorf("table %v: t = %v, margins %v %v", r.TableNearest, got, rows, cols)
			}
		}
	}
}
