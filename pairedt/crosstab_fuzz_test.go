package pairedt

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// FuzzCrossTabulate feeds arbitrary before, after and level lists
// ('|'-separated) to CrossTabulate and checks the table's bookkeeping, the
// scoring and that the tests on it either succeed with finite numbers or
// return a sentinel error.
func FuzzCrossTabulate(f *testing.F) {
	f.Add("a|a|b|c|", "b|c|c|c|a", "a|b|c")
	f.Add("a|b", "a", "a|b")
	f.Add("a|b|x", "a|b|a", "a|b")
	f.Add("||", "a||", "a")
	f.Add("a|b|a|b", "b|a|b|a", "a|b")
	f.Fuzz(func(t *testing.T, before, after, levels string) {
		b, a, l := freqSplit(before), freqSplit(after), freqSplit(levels)
		c, err := CrossTabulate(b, a, l, FreqOptions{})
		if err != nil {
			if !errors.Is(err, ErrLength) && !errors.Is(err, ErrLevels) && !errors.Is(err, ErrUnknownLevel) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		if c.N+c.Dropped != len(b) {
			t.Fatalf("N %d + Dropped %d != %d pairs", c.N, c.Dropped, len(b))
		}
		if err := c.check(); err != nil {
			t.Fatalf("CrossTabulate built a malformed table: %v", err)
		}
		x, y, err := c.Scored(nil)
		if err != nil || len(x) != c.N || len(y) != c.N {
			t.Fatalf("Scored: %d, %d pairs, err %v", len(x), len(y), err)
		}
		if s := c.String(); strings.Count(s, "\n") < len(l)+2 {
			t.Fatalf("String:\n%s", s)
		}
		categoricalCheckTests(t, c)
	})
}

// categoricalCheckTests runs every test of categorical.go on c: each must
// return finite statistics and a p in [0, 1], or a sentinel error.
func categoricalCheckTests(t *testing.T, c CrossTable) {
	t.Helper()
	ok := func(name string, stat, df, p float64, err error) {
		t.Helper()
		if err != nil {
			if !errors.Is(err, ErrTooFew) && !errors.Is(err, ErrTable) && !errors.Is(err, ErrLevels) {
				t.Fatalf("%s: error without a sentinel: %v", name, err)
			}
			return
		}
		if !(stat >= 0) || math.IsInf(stat, 0) || !(df >= 1) || !(p >= 0 && p <= 1) {
			t.Fatalf("%s on %v: statistic %v, df %v, p %v", name, c.Counts, stat, df, p)
		}
	}
	for _, correct := range []bool{false, true} {
		r, err := McNemar(c, correct)
		ok("McNemar", r.Statistic, r.DF, r.P, err)
	}
	e, err := McNemarExact(c)
	ok("McNemarExact", e.Statistic, 1, e.P, err)
	r, err := Bowker(c)
	ok("Bowker", r.Statistic, r.DF, r.P, err)
	r, err = StuartMaxwell(c)
	ok("StuartMaxwell", r.Statistic, r.DF, r.P, err)
}
