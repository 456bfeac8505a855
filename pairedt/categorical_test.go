package pairedt

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/floats/scalar"
)

// categoricalTranspose returns the table with before and after swapped.
func categoricalTranspose(t testing.TB, c CrossTable) CrossTable {
	t.Helper()
	k := len(c.Levels)
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
		for j := range m[i] {
			m[i][j] = c.Counts[j][i]
		}
	}
	tt, err := NewCrossTable(c.Levels, m)
	if err != nil {
		t.Fatal(err)
	}
	return tt
}

// categoricalPermute relabels the levels: level i becomes level perm[i] in
// both margins.
func categoricalPermute(t testing.TB, c CrossTable, perm []int) CrossTable {
	t.Helper()
	k := len(c.Levels)
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
	}
	for i := range k {
		for j := range k {
			m[perm[i]][perm[j]] = c.Counts[i][j]
		}
	}
	pc, err := NewCrossTable(c.Levels, m)
	if err != nil {
		t.Fatal(err)
	}
	return pc
}

func categoricalRandomTable(t testing.TB, rng *rand.Rand) CrossTable {
	t.Helper()
	k := 2 + rng.IntN(5)
	lambda := []int{1, 2, 4, 20}[rng.IntN(4)]
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
		for j := range m[i] {
			if rng.IntN(3) > 0 {
				m[i][j] = rng.IntN(lambda + 1)
			}
		}
	}
	c, err := NewCrossTable(ordinalLevels(k), m)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func categoricalSameTest(t *testing.T, what string, a, b ChiSquareResult) {
	t.Helper()
	if !scalar.EqualWithinAbsOrRel(a.Statistic, b.Statistic, 1e-12, 1e-12) || a.DF != b.DF ||
		!scalar.EqualWithinAbsOrRel(a.P, b.P, 1e-300, 1e-12) {
		t.Errorf("%s: %+v != %+v", what, a, b)
	}
}

// TestCategoricalIdentities checks on random tables that swapping before and
// after (transposing) and relabelling the levels leave the statistics of
// McNemar, Bowker and Stuart-Maxwell unchanged, that for 2 x 2 tables the
// three uncorrected statistics coincide, and that p is the chi-squared upper
// tail and lies in [0, 1].
func TestCategoricalIdentities(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := range 300 {
		c := categoricalRandomTable(t, rng)
		tc := categoricalTranspose(t, c)
		k := len(c.Levels)
		perm := rng.Perm(k)
		pc := categoricalPermute(t, c, perm)

		bw, errB := Bowker(c)
		sm, errS := StuartMaxwell(c)
		if errors.Is(errB, ErrNoDiscordant) != errors.Is(errS, ErrNoDiscordant) {
			t.Fatalf("trial %d: Bowker err %v, Stuart-Maxwell err %v", trial, errB, errS)
		}
		if errB != nil {
			if !errors.Is(errB, ErrNoDiscordant) || !errors.Is(errB, ErrTooFew) {
				t.Fatalf("trial %d: unexpected error %v", trial, errB)
			}
			continue
		}
		if errS != nil {
			t.Fatal(errS)
		}
		for _, v := range []ChiSquareResult{bw, sm} {
			if !(v.Statistic >= 0) || !(v.P >= 0 && v.P <= 1) || !(v.DF >= 1) || math.IsInf(v.Statistic, 0) {
				t.Fatalf("trial %d: out of range: %+v", trial, v)
			}
			if v.Warnings == nil {
				t.Errorf("trial %d: nil Warnings", trial)
			}
		}
		if sm.DF > float64(k-1) || bw.DF > float64(k*(k-1)/2) {
			t.Errorf("trial %d: df too large: %v, %v", trial, sm.DF, bw.DF)
		}
		bwT, err := Bowker(tc)
		if err != nil {
			t.Fatal(err)
		}
		smT, err := StuartMaxwell(tc)
		if err != nil {
			t.Fatal(err)
		}
		categoricalSameTest(t, "Bowker swapped", bw, bwT)
		categoricalSameTest(t, "Stuart-Maxwell swapped", sm, smT)
		bwP, err := Bowker(pc)
		if err != nil {
			t.Fatal(err)
		}
		smP, err := StuartMaxwell(pc)
		if err != nil {
			t.Fatal(err)
		}
		categoricalSameTest(t, "Bowker relabelled", bw, bwP)
		categoricalSameTest(t, "Stuart-Maxwell relabelled", sm, smP)

		if k == 2 {
			for _, correct := range []bool{false, true} {
				mc, err := McNemar(c, correct)
				if err != nil {
					t.Fatal(err)
				}
				mcT, err := McNemar(tc, correct)
				if err != nil {
					t.Fatal(err)
				}
				categoricalSameTest(t, "McNemar swapped", mc, mcT)
				if !correct {
					categoricalSameTest(t, "McNemar = Bowker", mc, bw)
					categoricalSameTest(t, "McNemar = Stuart-Maxwell", mc, sm)
				}
			}
			ex, err := McNemarExact(c)
			if err != nil {
				t.Fatal(err)
			}
			exT, err := McNemarExact(tc)
			if err != nil {
				t.Fatal(err)
			}
			if ex.P != exT.P || ex.B != exT.C || ex.C != exT.B || !(ex.P > 0 && ex.P <= 1) {
				t.Errorf("exact McNemar swapped: %+v, %+v", ex, exT)
			}
		}
	}
}

// TestMcNemarContinuity: with b == c the correction is skipped as in R
// (statistic 0, p 1, uncorrected method); with |b - c| = 1 the corrected
// statistic is 0.
func TestMcNemarContinuity(t *testing.T) {
	for _, tc := range []struct {
		name      string
		b, c      int
		correct   bool
		stat      float64
		method    string
		exactP    float64
		nWarnings int
	}{
		{"b == c corrected", 5, 5, true, 0, methodMcNemar, 1, 1},
		{"b == c uncorrected", 5, 5, false, 0, methodMcNemar, 1, 1},
		{"|b - c| = 1", 3, 2, true, 0, methodMcNemarCorrected, 1, 1},
		{"b = 0, c = 30 corrected", 0, 30, true, 29 * 29.0 / 30, methodMcNemarCorrected, math.Ldexp(1, -29), 0},
		{"b = 0, c = 30", 0, 30, false, 30, methodMcNemar, math.Ldexp(1, -29), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCrossTable([]string{"no", "yes"}, [][]int{{7, tc.b}, {tc.c, 9}})
			if err != nil {
				t.Fatal(err)
			}
			got, err := McNemar(c, tc.correct)
			if err != nil {
				t.Fatal(err)
			}
			if !scalar.EqualWithinAbsOrRel(got.Statistic, tc.stat, 1e-14, 1e-14) || got.Method != tc.method || len(got.Warnings) != tc.nWarnings {
				t.Errorf("got %+v, want statistic %v, method %q, %d warnings", got, tc.stat, tc.method, tc.nWarnings)
			}
			if tc.stat == 0 && got.P != 1 {
				t.Errorf("p = %v, want 1", got.P)
			}
			ex, err := McNemarExact(c)
			if err != nil {
				t.Fatal(err)
			}
			if !scalar.EqualWithinAbsOrRel(ex.P, tc.exactP, 0, 1e-13) {
				t.Errorf("exact p = %.17g, want %.17g", ex.P, tc.exactP)
			}
			if ex.Trials != tc.b+tc.c || ex.Statistic != float64(tc.b) || ex.N != 16+tc.b+tc.c {
				t.Errorf("exact: %+v", ex)
			}
		})
	}
}

func TestCategoricalErrors(t *testing.T) {
	mk := func(levels []string, m [][]int) CrossTable {
		c, err := NewCrossTable(levels, m)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	two := []string{"a", "b"}
	three := []string{"a", "b", "c"}
	diag2 := mk(two, [][]int{{4, 0}, {0, 3}})
	empty2 := mk(two, [][]int{{0, 0}, {0, 0}})
	diag3 := mk(three, [][]int{{4, 0, 0}, {0, 3, 0}, {0, 0, 1}})
	full3 := mk(three, [][]int{{4, 1, 0}, {0, 3, 2}, {1, 0, 1}})
	one := mk([]string{"a"}, [][]int{{5}})
	malformed := CrossTable{Levels: two, Counts: [][]int{{1, 2}, {3, 4}}, N: 10}
	tests := []struct {
		name string
		run  func() error
		want error
	}{
		{"McNemar 3x3", func() error { _, err := McNemar(full3, true); return err }, ErrTable},
		{"McNemar 1x1", func() error { _, err := McNemar(one, true); return err }, ErrTable},
		{"McNemar no discordant", func() error { _, err := McNemar(diag2, true); return err }, ErrNoDiscordant},
		{"McNemar empty", func() error { _, err := McNemar(empty2, false); return err }, ErrTooFew},
		{"McNemar malformed", func() error { _, err := McNemar(malformed, false); return err }, ErrTable},
		{"McNemar zero value", func() error { _, err := McNemar(CrossTable{}, false); return err }, ErrLevels},
		{"exact 3x3", func() error { _, err := McNemarExact(full3); return err }, ErrTable},
		{"exact no discordant", func() error { _, err := McNemarExact(diag2); return err }, ErrNoDiscordant},
		{"exact malformed", func() error { _, err := McNemarExact(malformed); return err }, ErrTable},
		{"Bowker 1x1", func() error { _, err := Bowker(one); return err }, ErrLevels},
		{"Bowker no discordant", func() error { _, err := Bowker(diag3); return err }, ErrNoDiscordant},
		{"Bowker empty", func() error { _, err := Bowker(empty2); return err }, ErrTooFew},
		{"Bowker malformed", func() error { _, err := Bowker(malformed); return err }, ErrTable},
		{"Stuart-Maxwell 1x1", func() error { _, err := StuartMaxwell(one); return err }, ErrLevels},
		{"Stuart-Maxwell no discordant", func() error { _, err := StuartMaxwell(diag3); return err }, ErrNoDiscordant},
		{"Stuart-Maxwell malformed", func() error { _, err := StuartMaxwell(malformed); return err }, ErrTable},
		{"Stuart-Maxwell zero value", func() error { _, err := StuartMaxwell(CrossTable{}); return err }, ErrLevels},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.run(); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestCategoricalArticle runs the tests on the joint table of the article's
// margins (before 17/6/0, after 4/0/19) in which nobody moved from "not out"
// to "out, not smooth" and back: R's mcnemar.test gives NaN, Bowker uses the
// two non-empty pairs and says so.
func TestCategoricalArticle(t *testing.T) {
	c, err := NewCrossTable(freqArticleLevels, [][]int{{4, 0, 13}, {0, 0, 6}, {0, 0, 0}})
	if err != nil {
		t.Fatal(err)
	}
	bw, err := Bowker(c)
	if err != nil {
		t.Fatal(err)
	}
	if bw.DF != 2 || bw.Statistic != 19 || len(bw.Warnings) != 1 ||
		!strings.Contains(bw.Warnings[0].String(), `("not out", "out, not smooth")`) || !strings.Contains(bw.Warnings[0].String(), "df = 2") {
		t.Errorf("Bowker: %+v", bw)
	}
	sm, err := StuartMaxwell(c)
	if err != nil {
		t.Fatal(err)
	}
	// coin::mh_test on this table: chi-squared = 19, df = 2 (testdata/r/ordinal.json, article_a4).
	if sm.DF != 2 || !scalar.EqualWithinAbsOrRel(sm.Statistic, 19, 0, 1e-12) || len(sm.Warnings) != 0 {
		t.Errorf("Stuart-Maxwell: %+v", sm)
	}
}

func TestStuartMaxwellRankWarning(t *testing.T) {
	for _, tc := range []struct {
		name    string
		m       [][]int
		df      float64
		mention string
	}{
		{"empty level", [][]int{{5, 3, 0, 1}, {2, 7, 0, 4}, {0, 0, 0, 0}, {1, 0, 0, 6}}, 2, `level(s) "L3"`},
		{"two groups", [][]int{{4, 3, 0, 0}, {1, 2, 0, 0}, {0, 0, 3, 5}, {0, 0, 2, 1}}, 2, "separate groups"},
		{"connected", [][]int{{4, 3, 0, 0}, {1, 2, 1, 0}, {0, 0, 3, 5}, {0, 0, 2, 1}}, 3, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCrossTable(ordinalLevels(4), tc.m)
			if err != nil {
				t.Fatal(err)
			}
			sm, err := StuartMaxwell(c)
			if err != nil {
				t.Fatal(err)
			}
			if sm.DF != tc.df {
				t.Errorf("df = %v, want %v", sm.DF, tc.df)
			}
			if tc.mention == "" {
				if len(sm.Warnings) != 0 {
					t.Errorf("unexpected warnings %q", sm.Warnings)
				}
			} else if len(sm.Warnings) != 1 || !strings.Contains(sm.Warnings[0].String(), tc.mention) {
				t.Errorf("warnings %q do not mention %q", sm.Warnings, tc.mention)
			}
		})
	}
}

func TestChiSquareResultJSON(t *testing.T) {
	c, _ := NewCrossTable([]string{"a", "b"}, [][]int{{10, 40}, {20, 30}})
	r, err := McNemar(c, true)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"method":"McNemar's Chi-squared test with continuity correction","statistic":` // prefix
	if !strings.HasPrefix(string(b), want) || !strings.Contains(string(b), `"df":1,"p":`) || !strings.HasSuffix(string(b), `"n":100,"warnings":[],"warning_codes":[]}`) {
		t.Errorf("JSON %s", b)
	}
	ex, _ := McNemarExact(c)
	b, err = json.Marshal(ex)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"method":`, `"b":40`, `"c":20`, `"statistic":40`, `"trials":60`, `"estimate":`, `"p":`, `"n":100`, `"warnings":[]`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("exact JSON %s lacks %s", b, key)
		}
	}
}

func TestErrNoDiscordantMessage(t *testing.T) {
	c, _ := NewCrossTable([]string{"a", "b"}, [][]int{{3, 0}, {0, 2}})
	_, err := McNemar(c, true)
	if !errors.Is(err, ErrNoDiscordant) || !errors.Is(err, ErrTooFew) {
		t.Fatalf("err = %v", err)
	}
	if got, want := err.Error(), "pairedt: no discordant pairs: McNemar's test needs b + c > 0, the table has b = c = 0"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}

// TestMcNemarExactHugeCounts: the exact McNemar tail is summed term by term,
// O(sqrt(b + c)) terms; published tables with discordant counts near
// math.MaxInt must give an error at once rather than run for minutes, and
// counts within the supported range still give a p-value in (0, 1].
func TestMcNemarExactHugeCounts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		b, c    int
		wantErr error
	}{
		{"at the limit", McNemarExactMaxPairs/2 - 1, McNemarExactMaxPairs/2 + 1, nil},
		{"just above the limit", McNemarExactMaxPairs/2 + 1, McNemarExactMaxPairs / 2, ErrTable},
		{"near MaxInt/2 each", 1 << 61, 1<<61 + 2, ErrTable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCrossTable([]string{"a", "b"}, [][]int{{0, tc.b}, {tc.c, 0}})
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			r, err := McNemarExact(c)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && !(r.P > 0 && r.P <= 1) {
				t.Errorf("p = %v", r.P)
			}
		})
	}
}

// TestSparseTableWarningsShort: Bowker's and Stuart-Maxwell's warnings on a
// sparse 20-level table name at most ten pairs or levels and count the
// rest, instead of listing all 189 empty pairs in one footnote.
func TestSparseTableWarningsShort(t *testing.T) {
	k := 20
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
		m[i][i] = 3
	}
	m[0][1], m[1][0] = 4, 1
	c, err := NewCrossTable(ordinalLevels(k), m)
	if err != nil {
		t.Fatal(err)
	}
	bw, err := Bowker(c)
	if err != nil {
		t.Fatal(err)
	}
	sm, err := StuartMaxwell(c)
	if err != nil {
		t.Fatal(err)
	}
	for name, ws := range map[string][]string{"Bowker": texts(bw.Warnings), "Stuart-Maxwell": texts(sm.Warnings)} {
		if len(ws) != 1 {
			t.Fatalf("%s warnings %q", name, ws)
		}
		if len(ws[0]) > 600 || !strings.Contains(ws[0], " more") {
			t.Errorf("%s warning is %d bytes: %q", name, len(ws[0]), ws[0])
		}
	}
	if !strings.Contains(bw.Warnings[0].String(), "189 of 190 symmetric pairs of cells are empty") || !strings.Contains(bw.Warnings[0].String(), "and 179 more") {
		t.Errorf("Bowker warning %q", bw.Warnings[0])
	}
}
