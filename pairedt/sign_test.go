package pairedt

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/pairedt/pairedt/internal/rref"
)

func TestSignTestMatchesR(t *testing.T) {
	ref := rankLoadRef(t)
	var errs rankErrTracker
	for _, c := range ref.Sign {
		t.Run(fmt.Sprintf("%s/%s", c.Name, c.Alternative), func(t *testing.T) {
			alt, err := ParseAlternative(c.Alternative)
			if err != nil {
				t.Fatal(err)
			}
			got, err := SignTest(rref.Floats(c.X), rref.Floats(c.Y), Options{Alternative: alt, Mu: float64(c.Mu)})
			if err != nil {
				t.Fatal(err)
			}
			if got.Positive != int(c.Positive) || got.Negative != int(c.Negative) || got.Zero != int(c.Zero) || got.N != int(c.N) {
				t.Errorf("counts +%d -%d 0:%d n %d; R +%v -%v 0:%v n %v",
					got.Positive, got.Negative, got.Zero, got.N, c.Positive, c.Negative, c.Zero, c.N)
			}
			if got.Statistic != float64(c.Positive) {
				t.Errorf("Statistic = %v, want %v", got.Statistic, c.Positive)
			}
			errs.add("sign p", got.P, float64(c.P))
			// binom.test(npos, n, 0.5, alternative)
			if !rankClose(got.P, float64(c.P), 1e-10) {
				t.Errorf("p = %.17g, R %.17g", got.P, float64(c.P))
			}
		})
	}
	errs.log(t)
}

// TestSignTestLargeNMatchesR checks the sign test beyond the exact
// big-integer range (more than 2^14 non-zero differences) against R's
// binom.test(positive, positive + negative, 0.5, alternative), from the
// counts in testdata/r/rank.json ("sign_counts").
func TestSignTestLargeNMatchesR(t *testing.T) {
	ref := rankLoadRef(t)
	if len(ref.SignCounts) == 0 {
		t.Fatal("no sign_counts cases in rank.json")
	}
	// x - y - 0.5 is +0.5 for the first np pairs and -0.5 for the rest;
	// one zero slice of the largest size serves as every y.
	maxN := 0
	for _, c := range ref.SignCounts {
		maxN = max(maxN, int(c.Positive+c.Negative))
	}
	y := make([]float64, maxN)
	for _, c := range ref.SignCounts {
		t.Run(fmt.Sprintf("%s/%s", c.Name, c.Alternative), func(t *testing.T) {
			alt, err := ParseAlternative(c.Alternative)
			if err != nil {
				t.Fatal(err)
			}
			np, nn := int(c.Positive), int(c.Negative)
			x := make([]float64, np+nn)
			for i := range np {
				x[i] = 1
			}
			got, err := SignTest(x, y[:len(x)], Options{Alternative: alt, Mu: 0.5})
			if err != nil {
				t.Fatal(err)
			}
			if got.Positive != np || got.Negative != nn {
				t.Fatalf("counts +%d -%d, want +%d -%d", got.Positive, got.Negative, np, nn)
			}
			if !rankClose(got.P, float64(c.P), 1e-10) {
				t.Errorf("p = %.17g, R %.17g (rel. error %.2g)", got.P, float64(c.P), math.Abs(got.P-float64(c.P))/float64(c.P))
			}
		})
	}
}

func TestSignTestIdentities(t *testing.T) {
	x, y := rankNoTies(41)
	for _, mu := range []float64{0, 0.2, -0.5} {
		t.Run(fmt.Sprint("mu=", mu), func(t *testing.T) {
			r := map[Alternative]SignTestResult{}
			for _, alt := range []Alternative{TwoSided, Less, Greater} {
				var err error
				if r[alt], err = SignTest(x, y, Options{Alternative: alt, Mu: mu}); err != nil {
					t.Fatal(err)
				}
				// swapping x and y and mirroring the alternative and mu
				mirror := map[Alternative]Alternative{TwoSided: TwoSided, Less: Greater, Greater: Less}[alt]
				s, err := SignTest(y, x, Options{Alternative: mirror, Mu: -mu})
				if err != nil {
					t.Fatal(err)
				}
				if s.Positive != r[alt].Negative || !scalar.EqualWithinAbsOrRel(s.P, r[alt].P, 1e-300, 1e-14) {
					t.Errorf("%v: swapped %+v vs %+v", alt, s, r[alt])
				}
			}
			// P(K <= k) + P(K >= k) = 1 + P(K = k) >= 1
			if s := r[Less].P + r[Greater].P; s < 1-1e-14 {
				t.Errorf("one-sided sum %v", s)
			}
			if want := math.Min(1, 2*math.Min(r[Less].P, r[Greater].P)); !scalar.EqualWithinAbsOrRel(r[TwoSided].P, want, 1e-300, 1e-14) {
				t.Errorf("two-sided %v, 2 min one-sided %v", r[TwoSided].P, want)
			}
		})
	}
	// Extreme tails keep their digits: 0 of 1000 positive is 2^-1000
	// (one-sided), not 0.
	x0, y0 := make([]float64, 1000), make([]float64, 1000)
	for i := range y0 {
		y0[i] = 1
	}
	r, err := SignTest(x0, y0, Options{Alternative: Less})
	if err != nil {
		t.Fatal(err)
	}
	if want := math.Ldexp(1, -1000); !scalar.EqualWithinRel(r.P, want, 1e-12) {
		t.Errorf("P = %v, want 2^-1000 = %v", r.P, want)
	}
}

func TestSignTestErrors(t *testing.T) {
	cases := []struct {
		name string
		x, y []float64
		o    Options
		want error
	}{
		{"length", []float64{1, 2}, []float64{1}, Options{}, ErrLength},
		{"empty", nil, nil, Options{}, ErrTooFew},
		{"all NaN", []float64{math.NaN()}, []float64{1}, Options{}, ErrTooFew},
		{"inf", []float64{math.Inf(-1)}, []float64{1}, Options{}, ErrNonFinite},
		{"overflow", []float64{-1.5e308}, []float64{1.5e308}, Options{}, ErrNonFinite},
		{"identical", []float64{1, 2}, []float64{1, 2}, Options{}, ErrIdentical},
		{"alternative", []float64{1}, []float64{2}, Options{Alternative: -1}, ErrAlternative},
		{"mu", []float64{1}, []float64{2}, Options{Mu: math.NaN()}, ErrMu},
		{"conf", []float64{1}, []float64{2}, Options{ConfLevel: 2}, ErrConfLevel},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := SignTest(c.x, c.y, c.o)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}
}

func TestSignTestWarningsJSON(t *testing.T) {
	r, err := SignTest([]float64{1, 2, math.NaN(), 4}, []float64{1, 1, 0, 5}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Dropped != 1 || r.Zero != 1 || len(r.Warnings) != 2 {
		t.Errorf("%+v", r)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"statistic":1`, `"p":1`, `"alternative":"two.sided"`, `"zero":1`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	r2, _ := SignTest([]float64{2}, []float64{1}, Options{})
	if b, _ := json.Marshal(r2); !strings.Contains(string(b), `"warnings":[]`) {
		t.Errorf("JSON %s", b)
	}
}

func TestSignTestString(t *testing.T) {
	r, err := SignTest(rankSleep1, rankSleep2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// binom.test(0, 9): p-value = 0.003906
	want := "\n\tExact binomial test (sign test)\n\n" +
		"data:  signs of x - y: 0 positive, 9 negative, 1 zero dropped\n" +
		"number of successes = 0, number of trials = 9, p-value = 0.003906\n" +
		"alternative hypothesis: true probability of success is not equal to 0.5\n\n"
	if got := r.String(); got != want {
		t.Errorf("String() =\n%q\nwant\n%q", got, want)
	}
	r, err = SignTest(rankSleep1, rankSleep2, Options{Alternative: Greater, Mu: -1.5})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.String(); !strings.Contains(got, "signs of x - y + 1.5: 7 positive, 3 negative, 0 zero") ||
		!strings.Contains(got, "greater than 0.5") {
		t.Errorf("String() = %q", got)
	}
}

// TestMcNemarExactEqualsSignTest: the exact McNemar test and the two-sided
// sign test on the same counts (b positive, c negative differences) are the
// same binom.test(b, b + c) and now the same computation, so their p agree
// bit for bit; both are checked against R's binom.test values
// (testdata/r/rank.json "sign_counts", written by testdata/r/rank.R), below
// and beyond 2^14 trials.
func TestMcNemarExactEqualsSignTest(t *testing.T) {
	ref := rankLoadRef(t)
	counts := [][2]int{{0, 9}, {1, 1}, {3, 7}, {12, 30}, {400, 600}, {8000, 8384}, {8191, 8193}, {9000, 9000}, {20000, 20500}}
	want := map[[2]int]float64{}
	for _, c := range ref.SignCounts {
		if c.Alternative == "two.sided" {
			k := [2]int{int(c.Positive), int(c.Negative)}
			counts = append(counts, k)
			want[k] = float64(c.P)
		}
	}
	if len(want) == 0 {
		t.Fatal("no two-sided sign_counts in rank.json")
	}
	for _, k := range counts {
		b, c := k[0], k[1]
		ct, err := NewCrossTable([]string{"a", "b"}, [][]int{{5, b}, {c, 2}})
		if err != nil {
			t.Fatal(err)
		}
		ex, err := McNemarExact(ct)
		if err != nil {
			t.Fatal(err)
		}
		x := make([]float64, b+c)
		for i := range b {
			x[i] = 1
		}
		for i := b; i < b+c; i++ {
			x[i] = -1
		}
		st, err := SignTest(x, make([]float64, b+c), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if ex.P != st.P {
			t.Errorf("b = %d, c = %d: McNemarExact p = %.17g, SignTest p = %.17g", b, c, ex.P, st.P)
		}
		if w, ok := want[k]; ok && !rankClose(ex.P, w, 1e-12) {
			t.Errorf("b = %d, c = %d: p = %.17g, R binom.test %.17g", b, c, ex.P, w)
		}
	}
}

// TestSignTestStringZeros: the data line of SignTestResult.String agrees in
// number ("1 zero dropped", "4 zeros dropped", "0 zeros dropped").
func TestSignTestStringZeros(t *testing.T) {
	for _, tc := range []struct {
		zeros int
		want  string
	}{{0, "0 zeros dropped"}, {1, "1 zero dropped"}, {4, "4 zeros dropped"}} {
		x := []float64{3, 4, 5, 0, 0, 0, 0}
		y := []float64{1, 1, 1, 2, 2, 2, 2}
		for i := range tc.zeros {
			y[3+i] = x[3+i]
		}
		r, err := SignTest(x, y, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if s := r.String(); !strings.Contains(s, tc.want+"\n") {
			t.Errorf("%d zeros: String() = %q, want %q", tc.zeros, s, tc.want)
		}
	}
}
