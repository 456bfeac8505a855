package pairedt

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// ordinalRefPath is written by testdata/r/ordinal.R (R 4.2.2, coin 1.4.2).
const ordinalRefPath = "../testdata/r/ordinal.json"

// ordinalRelTol is the relative tolerance against R; statistics that are 0
// in R may come out as a few ulp of their scale, hence ordinalStatAbs.
const (
	ordinalRelTol  = 1e-10
	ordinalStatAbs = 1e-12
)

type ordinalRefTest struct {
	Statistic *float64 `json:"statistic"` // nil: R gave NaN
	DF        float64  `json:"df"`
	P         *float64 `json:"p"`
	Method    string   `json:"method"`
	PCoin     *float64 `json:"p_coin"`
}

type ordinalRefTable struct {
	Name           string          `json:"name"`
	Note           string          `json:"note"`
	Counts         [][]int         `json:"counts"`
	McNemarCorrect *ordinalRefTest `json:"mcnemar_correct"`
	McNemar        *ordinalRefTest `json:"mcnemar"`
	BinomP         *float64        `json:"binom_p"`
	BowkerR        *ordinalRefTest `json:"bowker_r"`
	Bowker         *ordinalRefTest `json:"bowker"`
	MH             *ordinalRefTest `json:"mh"`
}

type ordinalRefFreq struct {
	Name              string    `json:"name"`
	Levels            []string  `json:"levels"`
	Missing           []string  `json:"missing"`
	Values            []string  `json:"values"`
	Counts            []int     `json:"counts"`
	N                 int       `json:"n"`
	NValid            int       `json:"n_valid"`
	NMissing          int       `json:"n_missing"`
	Percent           []float64 `json:"percent"`
	ValidPercent      []float64 `json:"valid_percent"`
	CumulativePercent []float64 `json:"cumulative_percent"`
	MissingPercent    float64   `json:"missing_percent"`
}

type ordinalRef struct {
	Source      string            `json:"source"`
	RVersion    string            `json:"r_version"`
	Tables      []ordinalRefTable `json:"tables"`
	Frequencies []ordinalRefFreq  `json:"frequencies"`
}

func ordinalLoadRef(t testing.TB) ordinalRef {
	t.Helper()
	b, err := os.ReadFile(ordinalRefPath)
	if err != nil {
		t.Fatalf("reading R reference values: %v", err)
	}
	var r ordinalRef
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("parsing %s: %v", ordinalRefPath, err)
	}
	if len(r.Tables) == 0 || len(r.Frequencies) == 0 {
		t.Fatalf("%s holds no cases", ordinalRefPath)
	}
	return r
}

func ordinalLevels(k int) []string {
	l := make([]string, k)
	for i := range l {
		l[i] = fmt.Sprintf("L%d", i+1)
	}
	return l
}

// ordinalRelErr is |got - want| / |want| (|got - want| when want is 0).
func ordinalRelErr(got, want float64) float64 {
	if want == 0 {
		return math.Abs(got)
	}
	return math.Abs(got-want) / math.Abs(want)
}

// ordinalMaxErr records the largest relative error per statistic so that
// the test log shows how close to R the package is.
type ordinalMaxErr map[string]float64

func (m ordinalMaxErr) check(t *testing.T, what string, got, want, abs float64) {
	t.Helper()
	m[what] = math.Max(m[what], ordinalRelErr(got, want))
	if !scalar.EqualWithinAbsOrRel(got, want, abs, ordinalRelTol) {
		t.Errorf("%s = %.17g, R gives %.17g (relative error %.3g)", what, got, want, ordinalRelErr(got, want))
	}
}

func (m ordinalMaxErr) log(t *testing.T) {
	// fixed order for a readable log
	for _, k := range []string{"mcnemar_correct.statistic", "mcnemar_correct.p", "mcnemar.statistic", "mcnemar.p", "binom.p", "bowker.statistic", "bowker.p", "mh.statistic", "mh.p"} {
		if v, ok := m[k]; ok {
			t.Logf("largest relative error vs R: %-26s %.3g", k, v)
		}
	}
}

func (m ordinalMaxErr) test(t *testing.T, name string, got ChiSquareResult, want *ordinalRefTest) {
	t.Helper()
	m.check(t, name+".statistic", got.Statistic, *want.Statistic, ordinalStatAbs)
	m.check(t, name+".p", got.P, *want.P, 0)
	if got.DF != want.DF {
		t.Errorf("%s df = %v, R gives %v", name, got.DF, want.DF)
	}
}

// TestCategoricalAgainstR compares McNemar, McNemarExact, Bowker and
// StuartMaxwell with mcnemar.test, binom.test and coin::mh_test on every
// table of testdata/r/ordinal.json.
func TestCategoricalAgainstR(t *testing.T) {
	ref := ordinalLoadRef(t)
	errs := ordinalMaxErr{}
	for _, tc := range ref.Tables {
		t.Run(tc.Name, func(t *testing.T) {
			c, err := NewCrossTable(ordinalLevels(len(tc.Counts)), tc.Counts)
			if err != nil {
				t.Fatal(err)
			}
			if tc.McNemar != nil {
				got, err := McNemar(c, true)
				if err != nil {
					t.Fatal(err)
				}
				errs.test(t, "mcnemar_correct", got, tc.McNemarCorrect)
				if got.Method != tc.McNemarCorrect.Method {
					t.Errorf("corrected method %q, R says %q", got.Method, tc.McNemarCorrect.Method)
				}
				got, err = McNemar(c, false)
				if err != nil {
					t.Fatal(err)
				}
				errs.test(t, "mcnemar", got, tc.McNemar)
				if got.Method != tc.McNemar.Method {
					t.Errorf("method %q, R says %q", got.Method, tc.McNemar.Method)
				}
				ex, err := McNemarExact(c)
				if err != nil {
					t.Fatal(err)
				}
				errs.check(t, "binom.p", ex.P, *tc.BinomP, 0)
			}
			if tc.Bowker == nil {
				if _, err := Bowker(c); err == nil {
					t.Error("Bowker: no error on a table without discordant pairs")
				}
			} else {
				got, err := Bowker(c)
				if err != nil {
					t.Fatal(err)
				}
				errs.test(t, "bowker", got, tc.Bowker)
				rNaN := tc.BowkerR.Statistic == nil
				if warned := len(got.Warnings) > 0; warned != rNaN {
					t.Errorf("Bowker warnings %q, but R's statistic NaN = %v", got.Warnings, rNaN)
				}
				if !rNaN && got.DF != tc.BowkerR.DF {
					t.Errorf("Bowker df %v, R's mcnemar.test %v", got.DF, tc.BowkerR.DF)
				}
			}
			if tc.MH == nil {
				if c.N > 1e4 {
					return // ordinal.R skips mh_test on large tables (it expands them)
				}
				if _, err := StuartMaxwell(c); err == nil {
					t.Error("StuartMaxwell: no error on a table without discordant pairs")
				}
			} else {
				got, err := StuartMaxwell(c)
				if err != nil {
					t.Fatal(err)
				}
				errs.test(t, "mh", got, tc.MH)
				k := len(c.Levels)
				if warned := len(got.Warnings) > 0; warned != (got.DF < float64(k-1)) {
					t.Errorf("StuartMaxwell warnings %q with df %v of k - 1 = %d", got.Warnings, got.DF, k-1)
				}
			}
		})
	}
	errs.log(t)
}

// TestFrequenciesAgainstR checks the SPSS percentages against R's table().
func TestFrequenciesAgainstR(t *testing.T) {
	ref := ordinalLoadRef(t)
	for _, tc := range ref.Frequencies {
		t.Run(tc.Name, func(t *testing.T) {
			got, err := Frequencies(tc.Values, tc.Levels, FreqOptions{Missing: tc.Missing})
			if err != nil {
				t.Fatal(err)
			}
			if got.N != tc.N || got.NValid != tc.NValid || got.NMissing != tc.NMissing {
				t.Errorf("n, n_valid, n_missing = %d, %d, %d; R %d, %d, %d", got.N, got.NValid, got.NMissing, tc.N, tc.NValid, tc.NMissing)
			}
			for i := range tc.Levels {
				if got.Counts[i] != tc.Counts[i] {
					t.Errorf("count[%d] = %d, R %d", i, got.Counts[i], tc.Counts[i])
				}
				for _, p := range []struct {
					name      string
					got, want float64
				}{
					{"percent", got.Percent[i], tc.Percent[i]},
					{"valid_percent", got.ValidPercent[i], tc.ValidPercent[i]},
					{"cumulative_percent", got.CumulativePercent[i], tc.CumulativePercent[i]},
				} {
					if !scalar.EqualWithinAbsOrRel(p.got, p.want, 1e-13, 1e-13) {
						t.Errorf("%s[%d] = %.17g, R %.17g", p.name, i, p.got, p.want)
					}
				}
			}
			if !scalar.EqualWithinAbsOrRel(got.MissingPercent, tc.MissingPercent, 1e-13, 1e-13) {
				t.Errorf("missing percent %.17g, R %.17g", got.MissingPercent, tc.MissingPercent)
			}
			// The same table from the counts.
			fc, err := FrequenciesFromCounts(tc.Levels, tc.Counts, tc.NMissing)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(fc) != fmt.Sprint(got) {
				t.Errorf("FrequenciesFromCounts differs from Frequencies:\n%v\n%v", fc, got)
			}
			if strings.TrimSpace(got.String()) == "" {
				t.Error("empty String()")
			}
		})
	}
}
