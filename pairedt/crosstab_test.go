package pairedt

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

func TestCrossTabulate(t *testing.T) {
	lv := []string{"lo", "mid", "hi"}
	before := []string{"lo", "lo", "mid", "", "hi", "lo", "mid", "NA", "lo"}
	after := []string{"hi", "mid", "hi", "lo", "hi", "", "lo", "NA", "hi"}
	c, err := CrossTabulate(before, after, lv, FreqOptions{Missing: []string{"", "NA"}})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int{{0, 1, 2}, {1, 0, 1}, {0, 0, 1}}
	for i := range want {
		if !slices.Equal(c.Counts[i], want[i]) {
			t.Fatalf("counts %v, want %v", c.Counts, want)
		}
	}
	if !slices.Equal(c.RowTotals, []int{3, 2, 1}) || !slices.Equal(c.ColTotals, []int{1, 1, 4}) {
		t.Errorf("margins %v, %v", c.RowTotals, c.ColTotals)
	}
	if c.N != 6 || c.Dropped != 3 {
		t.Errorf("N, Dropped = %d, %d; want 6, 3", c.N, c.Dropped)
	}
	// The margins are the frequency tables of the complete pairs.
	var b2, a2 []string
	for i := range before {
		if before[i] != "" && before[i] != "NA" && after[i] != "" && after[i] != "NA" {
			b2 = append(b2, before[i])
			a2 = append(a2, after[i])
		}
	}
	fb, _ := Frequencies(b2, lv, FreqOptions{})
	fa, _ := Frequencies(a2, lv, FreqOptions{})
	if !slices.Equal(fb.Counts, c.RowTotals) || !slices.Equal(fa.Counts, c.ColTotals) {
		t.Errorf("margins %v %v differ from frequencies %v %v", c.RowTotals, c.ColTotals, fb.Counts, fa.Counts)
	}
	// NewCrossTable from the counts gives the same table (Dropped aside).
	n, err := NewCrossTable(lv, want)
	if err != nil {
		t.Fatal(err)
	}
	n.Dropped = c.Dropped
	if n.String() != c.String() {
		t.Errorf("NewCrossTable:\n%v\nCrossTabulate:\n%v", n, c)
	}
}

func TestCrossTableString(t *testing.T) {
	c, err := NewCrossTable(freqArticleLevels, [][]int{{2, 0, 15}, {2, 0, 4}, {0, 0, 0}})
	if err != nil {
		t.Fatal(err)
	}
	c.Dropped = 1
	want := `before \ after   not out  out, not smooth  smooth  Total
not out                2                0      15     17
out, not smooth        2                0       4      6
smooth                 0                0       0      0
Total                  4                0      19     23
1 pair dropped because a value was missing
`
	if got := c.String(); got != want {
		t.Errorf("String():\n%s\nwant:\n%s", got, want)
	}
	c.N = 5
	if got := c.String(); !strings.HasPrefix(got, "invalid cross table") {
		t.Errorf("malformed table printed as %q", got)
	}
	// Labels with control characters are escaped.
	c, _ = NewCrossTable([]string{"a\tb", "\x1b[31m"}, [][]int{{1, 0}, {0, 1}})
	if got := c.String(); strings.ContainsAny(got, "\t\x1b") || !strings.Contains(got, `"a\tb"`) {
		t.Errorf("labels not escaped:\n%s", got)
	}
}

func TestCrossTabulateErrors(t *testing.T) {
	lv := []string{"a", "b"}
	tests := []struct {
		name          string
		before, after []string
		levels        []string
		want          error
		contains      []string
	}{
		{"lengths", []string{"a"}, []string{"a", "b"}, lv, ErrLength, []string{"1 before", "2 after"}},
		{"no levels", []string{"a"}, []string{"a"}, nil, ErrLevels, nil},
		{"duplicate levels", []string{"a"}, []string{"a"}, []string{"a", "a"}, ErrLevels, nil},
		{"too many levels", []string{"a"}, []string{"a"}, freqManyLevels(MaxLevels + 1), ErrLevels, []string{"at most 100"}},
		{"unknown before", []string{"a", "c"}, []string{"a", "b"}, lv, ErrUnknownLevel, []string{"before", `"c"`, "row 2"}},
		{"unknown after", []string{"a", "b", "a"}, []string{"a", "b", "B"}, lv, ErrUnknownLevel, []string{"after", `"B"`, "row 3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := CrossTabulate(tc.before, tc.after, tc.levels, FreqOptions{})
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			for _, s := range tc.contains {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
	// All pairs incomplete: no error here, N = 0 (the tests then refuse).
	c, err := CrossTabulate([]string{"", "a"}, []string{"b", ""}, lv, FreqOptions{})
	if err != nil || c.N != 0 || c.Dropped != 2 {
		t.Errorf("all incomplete: %+v, %v", c, err)
	}
}

func freqManyLevels(k int) []string {
	l := make([]string, k)
	for i := range l {
		l[i] = strings.Repeat("x", i+1)
	}
	return l
}

func TestNewCrossTableErrors(t *testing.T) {
	lv := []string{"a", "b"}
	tests := []struct {
		name   string
		levels []string
		counts [][]int
		want   error
	}{
		{"no levels", nil, nil, ErrLevels},
		{"too many levels", freqManyLevels(MaxLevels + 1), nil, ErrLevels},
		{"rows", lv, [][]int{{1, 2}}, ErrTable},
		{"columns", lv, [][]int{{1, 2}, {3}}, ErrTable},
		{"negative", lv, [][]int{{1, 2}, {-3, 4}}, ErrTable},
		{"overflow", lv, [][]int{{math.MaxInt, 0}, {1, 0}}, ErrTable},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewCrossTable(tc.levels, tc.counts); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
	// MaxLevels itself is accepted.
	k := MaxLevels
	counts := make([][]int, k)
	for i := range counts {
		counts[i] = make([]int, k)
	}
	if _, err := NewCrossTable(freqManyLevels(k), counts); err != nil {
		t.Errorf("%d levels: %v", k, err)
	}
}

func TestCrossTablePercents(t *testing.T) {
	c, err := NewCrossTable([]string{"a", "b", "c"}, [][]int{{3, 1, 0}, {2, 5, 0}, {0, 0, 0}})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.RowPercent(0, 0); !scalar.EqualWithinAbsOrRel(got, 75, 1e-14, 1e-14) {
		t.Errorf("RowPercent(0,0) = %v, want 75", got)
	}
	if got := c.ColPercent(1, 0); !scalar.EqualWithinAbsOrRel(got, 40, 1e-14, 1e-14) {
		t.Errorf("ColPercent(1,0) = %v, want 40", got)
	}
	if got := c.TotalPercent(1, 1); !scalar.EqualWithinAbsOrRel(got, 500.0/11, 1e-14, 1e-14) {
		t.Errorf("TotalPercent(1,1) = %v, want 500/11", got)
	}
	total := 0.0
	for i := range 3 {
		row, col := 0.0, 0.0
		for j := range 3 {
			row += c.RowPercent(i, j)
			col += c.ColPercent(j, i)
			total += c.TotalPercent(i, j)
		}
		if i < 2 && (!scalar.EqualWithinAbs(row, 100, 1e-12) || !scalar.EqualWithinAbs(col, 100, 1e-12)) {
			t.Errorf("row/column %d percentages sum to %v, %v", i, row, col)
		}
	}
	if !scalar.EqualWithinAbs(total, 100, 1e-12) {
		t.Errorf("total percentages sum to %v", total)
	}
	if !math.IsNaN(c.RowPercent(2, 0)) || !math.IsNaN(c.ColPercent(0, 2)) {
		t.Error("percentages of an empty row or column should be NaN")
	}
	empty, _ := NewCrossTable([]string{"a"}, [][]int{{0}})
	if !math.IsNaN(empty.TotalPercent(0, 0)) {
		t.Error("TotalPercent of an empty table should be NaN")
	}
}

func TestScored(t *testing.T) {
	c, err := NewCrossTable(freqArticleLevels, [][]int{{1, 0, 16}, {3, 0, 3}, {0, 0, 0}})
	if err != nil {
		t.Fatal(err)
	}
	x, y, err := c.Scored(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(x) != c.N || len(y) != c.N {
		t.Fatalf("%d, %d pairs, want %d", len(x), len(y), c.N)
	}
	wantX := slices.Concat(slices.Repeat([]float64{1}, 17), slices.Repeat([]float64{2}, 6))
	wantY := slices.Concat([]float64{1}, slices.Repeat([]float64{3}, 16), []float64{1, 1, 1}, []float64{3, 3, 3})
	if !slices.Equal(x, wantX) || !slices.Equal(y, wantY) {
		t.Errorf("Scored(nil):\nx %v\ny %v", x, y)
	}
	x, y, err = c.Scored([]float64{0, 0.5, 10})
	if err != nil {
		t.Fatal(err)
	}
	if x[0] != 0 || y[1] != 10 || x[20] != 0.5 {
		t.Errorf("custom scores: %v %v", x, y)
	}
	// The scored means equal the margin-weighted scores.
	sumX, sumY := 0.0, 0.0
	for i := range x {
		sumX += x[i]
		sumY += y[i]
	}
	if sumX != 17*0+6*0.5 || sumY != 4*0+19*10 {
		t.Errorf("sums %v %v", sumX, sumY)
	}
}

func TestScoredErrors(t *testing.T) {
	c, _ := NewCrossTable([]string{"a", "b"}, [][]int{{1, 2}, {3, 4}})
	for _, tc := range []struct {
		name   string
		scores []float64
	}{
		{"too few", []float64{1}},
		{"too many", []float64{1, 2, 3}},
		{"NaN", []float64{1, math.NaN()}},
		{"Inf", []float64{math.Inf(-1), 1}},
		{"equal", []float64{1, 1}},
		{"decreasing", []float64{2, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := c.Scored(tc.scores); !errors.Is(err, ErrScores) {
				t.Errorf("err = %v, want ErrScores", err)
			}
			if _, err := Score([]string{"a"}, []string{"a", "b"}, tc.scores, FreqOptions{}); !errors.Is(err, ErrScores) {
				t.Errorf("Score: err = %v, want ErrScores", err)
			}
		})
	}
	bad := []struct {
		name string
		c    CrossTable
		want error
	}{
		{"N mismatch", CrossTable{Levels: []string{"a"}, Counts: [][]int{{2}}, RowTotals: []int{2}, ColTotals: []int{2}, N: 3}, ErrTable},
		{"ragged", CrossTable{Levels: []string{"a", "b"}, Counts: [][]int{{2}, {1, 1}}}, ErrTable},
		{"no rows", CrossTable{Levels: []string{"a", "b"}}, ErrTable},
		{"negative", CrossTable{Levels: []string{"a"}, Counts: [][]int{{-1}}, RowTotals: []int{-1}, ColTotals: []int{-1}, N: -1}, ErrTable},
		{"margins", CrossTable{Levels: []string{"a", "b"}, Counts: [][]int{{1, 0}, {0, 1}}, RowTotals: []int{2, 0}, ColTotals: []int{1, 1}, N: 2}, ErrTable},
		{"no margins", CrossTable{Levels: []string{"a"}, Counts: [][]int{{1}}, N: 1}, ErrTable},
		{"zero value", CrossTable{}, ErrLevels},
		{"too many levels", CrossTable{Levels: freqManyLevels(MaxLevels + 1)}, ErrLevels},
	}
	huge, err := NewCrossTable([]string{"a", "b"}, [][]int{{MaxScoredPairs, 0}, {0, 1}})
	if err != nil {
		t.Fatal(err)
	}
	bad = append(bad, struct {
		name string
		c    CrossTable
		want error
	}{"too many pairs", huge, ErrTable})
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := tc.c.Scored(nil); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestScore(t *testing.T) {
	got, err := Score([]string{"smooth", "", "not out", "out, not smooth"}, freqArticleLevels, nil, FreqOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{3, math.NaN(), 1, 2}
	for i := range want {
		if !scalar.Same(got[i], want[i]) {
			t.Fatalf("Score = %v, want %v", got, want)
		}
	}
	if _, err := Score([]string{"smooth", "lancar"}, freqArticleLevels, nil, FreqOptions{}); !errors.Is(err, ErrUnknownLevel) || !strings.Contains(err.Error(), `"lancar" in row 2`) {
		t.Errorf("unknown level: %v", err)
	}
	if _, err := Score([]string{"a"}, []string{"a", "a"}, nil, FreqOptions{}); !errors.Is(err, ErrLevels) {
		t.Errorf("duplicate levels: %v", err)
	}
}

// TestCrossTabulateRandom: on random data N + Dropped is the number of
// rows, the margins sum to N, and Scored returns N pairs whose score sums
// match the margins.
func TestCrossTabulateRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	lv := []string{"a", "b", "c", "d"}
	pick := func() string {
		if j := rng.IntN(5); j < 4 {
			return lv[j]
		}
		return ""
	}
	for trial := range 100 {
		n := rng.IntN(50)
		before, after := make([]string, n), make([]string, n)
		for i := range before {
			before[i], after[i] = pick(), pick()
		}
		c, err := CrossTabulate(before, after, lv, FreqOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if c.N+c.Dropped != n {
			t.Errorf("trial %d: N %d + Dropped %d != %d", trial, c.N, c.Dropped, n)
		}
		x, y, err := c.Scored(nil)
		if err != nil {
			t.Fatal(err)
		}
		sx, sy, mx, my := 0.0, 0.0, 0.0, 0.0
		for i := range x {
			sx += x[i]
			sy += y[i]
		}
		for i := range lv {
			mx += float64(i+1) * float64(c.RowTotals[i])
			my += float64(i+1) * float64(c.ColTotals[i])
		}
		if sx != mx || sy != my {
			t.Errorf("trial %d: scored sums %v %v, margins give %v %v", trial, sx, sy, mx, my)
		}
	}
}
