package audit

import (
	"errors"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// TestParseStatements: the forms of issue 10 items 2 and 3, each verdict
// from statcheck 1.4.0 (statcheck("...")) or R 4.2.2 (2*pt(-|t|, df)).
func TestParseStatements(t *testing.T) {
	for _, c := range []struct {
		in      string
		n       int
		p       []float64 // the p read, per statement
		verdict []Verdict
	}{
		// statcheck 1.4.0: error FALSE, then error and decision error (computed p = .0664).
		{"t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05", 2, []float64{0.04, 0.05}, []Verdict{Consistent, DecisionError}},
		// statcheck reads p = .5e-3 as 0.0005: R 2*pt(-2.2, 28) = 0.0362, an error.
		{"t(28) = 2.20, p = .5e-3", 1, []float64{0.0005}, []Verdict{Inconsistent}},
		{"t(28) = 2.20, p = 5e-4", 1, []float64{0.0005}, []Verdict{Inconsistent}},
		// R 2*pt(-2.94, 71) = 0.004427.
		{"*t*(71) = \u22122.94, *p* = .004", 1, []float64{0.004}, []Verdict{Consistent}},
		// R 2*pt(-3.125, 19) = 0.005575: p = 0,004 is inconsistent.
		{"t hitung 3,125 dengan df 19 dan sig. 0,004", 1, []float64{0.004}, []Verdict{Inconsistent}},
		// R 2*pt(-3.125, 19) rounds to 0,006.
		{"t hitung 3,125 dengan df 19 dan sig. 0,006", 1, []float64{0.006}, []Verdict{Consistent}},
		{"p = .03 for t(28) = 2.20", 1, []float64{0.03}, []Verdict{Inconsistent}},
	} {
		t.Run(c.in, func(t *testing.T) {
			sts, err := ParseStatements(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if len(sts) != c.n {
				t.Fatalf("%d statements, want %d: %+v", len(sts), c.n, sts)
			}
			for i, st := range sts {
				if st.P == nil || !scalar.EqualWithinAbsOrRel(st.P.Value, c.p[i], 1e-15, 1e-12) {
					t.Errorf("statement %d: p %+v, want %g", i+1, st.P, c.p[i])
				}
				ch, err := CheckStatement(st, StatementOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if ch.Verdict != c.verdict[i] {
					t.Errorf("statement %d: %s, want %s", i+1, ch, c.verdict[i])
				}
			}
			one, err := ParseStatement(c.in)
			if err != nil || one.T == nil || sts[0].T.Value != one.T.Value {
				t.Errorf("ParseStatement reads %+v, %v; want the first of ParseStatements", one, err)
			}
		})
	}
	if sts, _ := ParseStatements("t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05"); len(sts) == 2 && (sts[0].Text != "t(28) = 2.20, p = 0.04" || sts[1].Text != "t(15) = 1.98, p < .05") {
		t.Errorf("texts %q, %q", sts[0].Text, sts[1].Text)
	}
	// statcheck 1.4.0 extracts nothing from t(2,28) = 2.20: not a t-test.
	for _, s := range []string{"t(2,28) = 2.20", "t(2, 28) = 2.20, p = .03"} {
		if _, err := ParseStatements(s); !errors.Is(err, ErrUnparsable) {
			t.Errorf("%q: err = %v, want ErrUnparsable", s, err)
		}
	}
	// A Welch df with a decimal comma stays one df.
	if sts, err := ParseStatements("t(27,43) = 2,10, p = 0,045"); err != nil || *sts[0].DF != 27.43 {
		t.Errorf("Welch df: %+v, %v", sts, err)
	}
}
