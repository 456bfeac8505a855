package pairedt

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/pairedt/pairedt/internal/rref"
)

// rankExtraRef is testdata/r/rank_extra.json (testdata/r/rank_extra.R,
// R 4.2.2, coin 1.4.2) and rankSciPyRef testdata/r/rank_scipy.json
// (testdata/r/rank_scipy.py, SciPy 1.10.1).
type rankExtraRef struct {
	Source string `json:"source"`
	Zero   []struct {
		Name                string       `json:"name"`
		X                   []rref.Float `json:"x"`
		Y                   []rref.Float `json:"y"`
		Mu                  rref.Float   `json:"mu"`
		Alternative         string       `json:"alternative"`
		PrattExactP         rref.Float   `json:"pratt_exact_p"`
		PrattAsymptoticP    rref.Float   `json:"pratt_asymptotic_p"`
		PrattStatistic      rref.Float   `json:"pratt_statistic"`
		WilcoxonExactP      rref.Float   `json:"wilcoxon_exact_p"`
		WilcoxonAsymptoticP rref.Float   `json:"wilcoxon_asymptotic_p"`
		WilcoxonStatistic   rref.Float   `json:"wilcoxon_statistic"`
	} `json:"zero"`
	OneSample []struct {
		Name        string       `json:"name"`
		X           []rref.Float `json:"x"`
		Mu          rref.Float   `json:"mu"`
		Alternative string       `json:"alternative"`
		Exact       string       `json:"exact"`
		Method      string       `json:"method"`
		Statistic   rref.Float   `json:"statistic"`
		P           rref.Float   `json:"p"`
		Estimate    rref.Float   `json:"estimate"`
		CILow       rref.Float   `json:"ci_low"`
		CIHigh      rref.Float   `json:"ci_high"`
		Print       string       `json:"print"`
	} `json:"one_sample"`
	SignCI []struct {
		Name            string       `json:"name"`
		X               []rref.Float `json:"x"`
		Y               []rref.Float `json:"y"`
		Alternative     string       `json:"alternative"`
		ConfLevel       rref.Float   `json:"conf_level"`
		P               rref.Float   `json:"p"`
		Prop            rref.Float   `json:"prop"`
		PropLow         rref.Float   `json:"prop_ci_low"`
		PropHigh        rref.Float   `json:"prop_ci_high"`
		K               rref.Float   `json:"k"`
		MedianLow       rref.Float   `json:"median_ci_low"`
		MedianHigh      rref.Float   `json:"median_ci_high"`
		MedianConfLevel rref.Float   `json:"median_conf_level"`
		Median          rref.Float   `json:"median"`
		Print           string       `json:"print"`
	} `json:"sign_ci"`
}

type rankSciPyRef struct {
	Source  string                       `json:"source"`
	Zero    []map[string]json.RawMessage `json:"zero"`
	Shapiro []struct {
		Kind     string     `json:"kind"`
		N        int        `json:"n"`
		W        rref.Float `json:"w"`
		P        rref.Float `json:"p"`
		Warnings []string   `json:"warnings"`
	} `json:"shapiro"`
}

var (
	rankExtraOnce sync.Once
	rankExtraData rankExtraRef
	rankSciPyData rankSciPyRef
	rankExtraErr  error
)

func rankLoadExtra(t testing.TB) (*rankExtraRef, *rankSciPyRef) {
	t.Helper()
	rankExtraOnce.Do(func() {
		for _, f := range []struct {
			path string
			v    any
		}{{"../testdata/r/rank_extra.json", &rankExtraData}, {"../testdata/r/rank_scipy.json", &rankSciPyData}} {
			b, err := os.ReadFile(f.path)
			if err == nil {
				err = json.Unmarshal(b, f.v)
			}
			if err != nil {
				rankExtraErr = err
				return
			}
		}
	})
	if rankExtraErr != nil {
		t.Fatalf("reading reference values: %v", rankExtraErr)
	}
	return &rankExtraData, &rankSciPyData
}

// TestWilcoxonZeroMethodsMatchCoin checks ZeroPratt and ZeroWilcox, exact
// conditional and normal, against coin 1.4.2:
//
//	pvalue(wilcoxsign_test(d ~ 0, zero.method = "Pratt" / "Wilcoxon",
//	    distribution = "exact" / "asymptotic", alternative))
//
// (coin's asymptotic test has no continuity correction: NoCorrect), and
// the statistic against statistic(, type = "linear").
func TestWilcoxonZeroMethodsMatchCoin(t *testing.T) {
	ref, _ := rankLoadExtra(t)
	var errs rankErrTracker
	for _, c := range ref.Zero {
		t.Run(c.Name+"/"+c.Alternative, func(t *testing.T) {
			alt, err := ParseAlternative(c.Alternative)
			if err != nil {
				t.Fatal(err)
			}
			x, y := rref.Floats(c.X), rref.Floats(c.Y)
			run := func(z ZeroMethod, e ExactMode) WilcoxonResult {
				t.Helper()
				r, err := Wilcoxon(x, y, WilcoxonOptions{Options: Options{Alternative: alt, Mu: float64(c.Mu)}, Exact: e, NoCorrect: true, Zero: z})
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			checks := []struct {
				name      string
				got, want float64
				tol       float64
			}{}
			pe, we, se := run(ZeroPratt, ExactConditional), run(ZeroWilcox, ExactConditional), run(ZeroSplit, ExactConditional)
			pa, wa := run(ZeroPratt, ExactNever), run(ZeroWilcox, ExactNever)
			if !pe.Exact || !we.Exact || pa.Exact {
				t.Errorf("Exact flags %v %v %v", pe.Exact, we.Exact, pa.Exact)
			}
			checks = append(checks,
				struct {
					name      string
					got, want float64
					tol       float64
				}{"pratt exact conditional p", pe.P, float64(c.PrattExactP), 1e-12},
				struct {
					name      string
					got, want float64
					tol       float64
				}{"wilcox exact conditional p", we.P, float64(c.WilcoxonExactP), 1e-12},
				struct {
					name      string
					got, want float64
					tol       float64
				}{"pratt asymptotic p", pa.P, float64(c.PrattAsymptoticP), 1e-10},
				struct {
					name      string
					got, want float64
					tol       float64
				}{"wilcox asymptotic p", wa.P, float64(c.WilcoxonAsymptoticP), 1e-10},
				struct {
					name      string
					got, want float64
					tol       float64
				}{"pratt statistic", pe.V, float64(c.PrattStatistic), 1e-14},
				struct {
					name      string
					got, want float64
					tol       float64
				}{"wilcox statistic", we.V, float64(c.WilcoxonStatistic), 1e-14},
			)
			for _, ch := range checks {
				errs.add(ch.name, ch.got, ch.want)
				if !rankClose(ch.got, ch.want, ch.tol) {
					t.Errorf("%s = %.17g, coin %.17g (rel tol %g)", ch.name, ch.got, ch.want, ch.tol)
				}
			}
			// zsplit's statistic is Pratt's plus half the zeros' rank sum,
			// so its exact conditional p is Pratt's.
			n0 := float64(pe.NZero)
			if se.P != pe.P || se.V != pe.V+n0*(n0+1)/4 {
				t.Errorf("zsplit p %v V %v, Pratt p %v V %v", se.P, se.V, pe.P, pe.V)
			}
		})
	}
	errs.log(t)
}

// TestWilcoxonZeroMethodsMatchSciPy checks the normal approximation of
// each zero method against SciPy 1.10.1's
//
//	scipy.stats.wilcoxon(d, zero_method, correction, alternative, method="approx")
//
// ZeroPratt and ZeroWilcox agree; ZeroSplit agrees when there are no zeros.
// The exact conditional p-values agree with scipy.stats.permutation_test
// enumerating all 2^n sign flips (n <= 20).
// With zeros SciPy's zsplit variance counts the zeros' ranks as if they
// had random signs, n(n+1)(2n+1)/24 - sum(t³ - t)/48 over all tie groups
// including the zeros': the test recomputes that formula from our ranks
// and matches SciPy's p with it, which documents the one difference.
func TestWilcoxonZeroMethodsMatchSciPy(t *testing.T) {
	_, sp := rankLoadExtra(t)
	var errs rankErrTracker
	for _, c := range sp.Zero {
		var name, altS string
		var mu float64
		var xr, yr []rref.Float
		if json.Unmarshal(c["name"], &name) != nil || json.Unmarshal(c["alternative"], &altS) != nil ||
			json.Unmarshal(c["mu"], &mu) != nil || json.Unmarshal(c["x"], &xr) != nil || json.Unmarshal(c["y"], &yr) != nil {
			t.Fatal("bad SciPy case")
		}
		alt, _ := ParseAlternative(altS)
		x, y := rref.Floats(xr), rref.Floats(yr)
		// scipy.stats.permutation_test over all 2^n sign flips (n <= 20)
		// is the exact conditional distribution.
		for _, zm := range []ZeroMethod{ZeroWilcox, ZeroPratt} {
			raw, ok := c[zm.String()+"_permutation_p"]
			if !ok {
				continue
			}
			var want rref.Float
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			r, err := Wilcoxon(x, y, WilcoxonOptions{Options: Options{Alternative: alt, Mu: mu}, Exact: ExactConditional, Zero: zm})
			if err != nil {
				t.Fatal(err)
			}
			errs.add(zm.String()+" permutation_test p", r.P, float64(want))
			if !rankClose(r.P, float64(want), 1e-12) {
				t.Errorf("%s/%s %v: exact conditional p = %.17g, SciPy permutation_test %.17g", name, altS, zm, r.P, float64(want))
			}
		}
		for _, zm := range []ZeroMethod{ZeroWilcox, ZeroPratt, ZeroSplit} {
			for _, corr := range []bool{false, true} {
				key := fmt.Sprintf("%s_%s_p", zm, map[bool]string{false: "nocorrect", true: "correct"}[corr])
				var want rref.Float
				if err := json.Unmarshal(c[key], &want); err != nil {
					t.Fatalf("%s: %s: %v", name, key, err)
				}
				r, err := Wilcoxon(x, y, WilcoxonOptions{Options: Options{Alternative: alt, Mu: mu}, Exact: ExactNever, NoCorrect: !corr, Zero: zm})
				if err != nil {
					t.Fatal(err)
				}
				got := r.P
				label := key
				if zm == ZeroSplit && r.NZero > 0 {
					got = rankSciPyZsplitP(x, y, mu, r.V, alt, corr)
					label = "zsplit with zeros, SciPy's variance"
					if !(r.P <= got*(1+1e-12) || alt != TwoSided) {
						t.Errorf("%s: zsplit p %v above SciPy's %v", name, r.P, got)
					}
				}
				errs.add(label, got, float64(want))
				if !rankClose(got, float64(want), 1e-10) {
					t.Errorf("%s/%s %s: p = %.17g, SciPy %.17g", name, altS, label, got, float64(want))
				}
			}
		}
	}
	errs.log(t)
}

// rankSciPyZsplitP is SciPy 1.10's zsplit p-value, from its variance.
func rankSciPyZsplitP(x, y []float64, mu, v float64, alt Alternative, correct bool) float64 {
	d := make([]float64, len(x))
	for i := range x {
		d[i] = (x[i] - y[i]) - mu
	}
	r := make([]float64, len(d))
	tieSum, _ := rankAbsRanks(d, r, make([]int, len(d)))
	n := float64(len(d))
	z := v - n*(n+1)/4
	sigma := math.Sqrt(n*(n+1)*(2*n+1)/24 - tieSum/48)
	z = (z - rankCorrection(z, alt, correct)) / sigma
	return rankNormalP(z, alt)
}

// TestWilcoxonOneSampleMatchesR checks WilcoxonOneSample against R's
// wilcox.test(x, mu = mu, alternative, exact = NULL / FALSE, conf.int = TRUE).
func TestWilcoxonOneSampleMatchesR(t *testing.T) {
	ref, _ := rankLoadExtra(t)
	var errs rankErrTracker
	for _, c := range ref.OneSample {
		t.Run(c.Name+"/"+c.Alternative+"/"+c.Exact, func(t *testing.T) {
			alt, _ := ParseAlternative(c.Alternative)
			o := WilcoxonOptions{Options: Options{Alternative: alt, Mu: float64(c.Mu)}}
			if c.Exact == "FALSE" {
				o.Exact = ExactNever
			}
			x := rref.Floats(c.X)
			got, err := WilcoxonOneSample(x, o)
			if err != nil {
				t.Fatal(err)
			}
			if got.Method != c.Method {
				t.Errorf("Method %q, R %q", got.Method, c.Method)
			}
			for _, ch := range []struct {
				name      string
				got, want float64
			}{{"V", got.V, float64(c.Statistic)}, {"p", got.P, float64(c.P)}, {"estimate", got.Estimate, float64(c.Estimate)},
				{"ci_low", got.CILow, float64(c.CILow)}, {"ci_high", got.CIHigh, float64(c.CIHigh)}} {
				errs.add("one-sample "+ch.name, ch.got, ch.want)
				if !rankClose(ch.got, ch.want, 1e-10) {
					t.Errorf("%s = %.17g, R %.17g", ch.name, ch.got, ch.want)
				}
			}
			if !strings.Contains(c.Print, "< 2.2e-16") {
				if s, want := got.String(), c.Print+"\n"; s != want {
					t.Errorf("String() =\n%q\nR prints\n%q", s, want)
				}
			}
			// Identity: the one-sample test of d is the paired test of
			// (d, 0), and of (x, y) whenever d = x - y exactly.
			p, err := Wilcoxon(x, make([]float64, len(x)), o)
			if err != nil {
				t.Fatal(err)
			}
			p.Warnings, got.Warnings = nil, nil
			got.oneSample = false
			if fmt.Sprint(p) != fmt.Sprint(got) {
				t.Errorf("paired on (d, 0):\n%+v\none-sample:\n%+v", p, got)
			}
		})
	}
	errs.log(t)
}

// TestWilcoxonOneSampleEqualsPaired: WilcoxonOneSample(x - y) equals
// Wilcoxon(x, y) for every option, on data with ties, zeros and NaN.
func TestWilcoxonOneSampleEqualsPaired(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 12))
	for it := 0; it < 200; it++ {
		n := 1 + rng.IntN(60)
		x, y, d := make([]float64, n), make([]float64, n), make([]float64, n)
		for i := range x {
			x[i] = float64(rng.IntN(9)) / 2
			y[i] = float64(rng.IntN(9)) / 2
			if rng.IntN(20) == 0 {
				x[i] = math.NaN()
			}
			d[i] = x[i] - y[i]
		}
		o := WilcoxonOptions{Options: Options{Alternative: Alternative(rng.IntN(3)), Mu: float64(rng.IntN(3)) / 2},
			Exact: ExactMode(rng.IntN(4)), Zero: ZeroMethod(rng.IntN(3)), NoCorrect: rng.IntN(2) == 0}
		p, perr := Wilcoxon(x, y, o)
		s, serr := WilcoxonOneSample(d, o)
		if (perr == nil) != (serr == nil) {
			t.Fatalf("errors %v, %v", perr, serr)
		}
		if perr != nil {
			continue
		}
		for i := range p.Warnings {
			if p.Warnings[i].Kind == WarnMissingPairs {
				p.Warnings[i].Kind = WarnMissingValues
			}
		}
		s.oneSample = false
		if fmt.Sprintf("%+v", p) != fmt.Sprintf("%+v", s) {
			t.Fatalf("%+v:\npaired     %+v\none-sample %+v", o, p, s)
		}
	}
}

// TestWilcoxonZeroMethodsWithoutZeros: without zeros, Pratt and zsplit are
// the default method, field for field (Method and ZeroMethod aside), for
// every exact mode; and ExactConditional's p is ExactForce's.
func TestWilcoxonZeroMethodsWithoutZeros(t *testing.T) {
	rng := rand.New(rand.NewPCG(1959, 1986))
	for it := 0; it < 300; it++ {
		n := 1 + rng.IntN(70)
		x, y := make([]float64, n), make([]float64, n)
		for i := range x {
			x[i] = float64(rng.IntN(40)) / 4
			y[i] = float64(rng.IntN(40))/4 + 0.125 // never equal: no zeros
			if it%2 == 0 {
				x[i] += rng.Float64() // no ties either, almost surely
			}
		}
		alt := Alternative(rng.IntN(3))
		for _, e := range []ExactMode{ExactAuto, ExactForce, ExactNever} {
			base, err := Wilcoxon(x, y, WilcoxonOptions{Options: Options{Alternative: alt}, Exact: e})
			if err != nil {
				t.Fatal(err)
			}
			for _, z := range []ZeroMethod{ZeroPratt, ZeroSplit} {
				r, err := Wilcoxon(x, y, WilcoxonOptions{Options: Options{Alternative: alt}, Exact: e, Zero: z})
				if err != nil {
					t.Fatal(err)
				}
				r.ZeroMethod = ZeroWilcox
				if fmt.Sprintf("%+v", r) != fmt.Sprintf("%+v", base) {
					t.Fatalf("%v %v:\n%+v\n%+v", z, e, r, base)
				}
			}
		}
		force, _ := Wilcoxon(x, y, WilcoxonOptions{Options: Options{Alternative: alt}, Exact: ExactForce})
		cond, err := Wilcoxon(x, y, WilcoxonOptions{Options: Options{Alternative: alt}, Exact: ExactConditional})
		if err != nil {
			t.Fatal(err)
		}
		if !force.Ties {
			if cond.P != force.P && !rankClose(cond.P, force.P, 1e-14) {
				t.Fatalf("n = %d: conditional p %.17g, exact %.17g", n, cond.P, force.P)
			}
			if cond.Estimate != force.Estimate || cond.CILow != force.CILow || cond.CIHigh != force.CIHigh {
				t.Fatalf("conditional interval differs: %+v vs %+v", cond, force)
			}
		}
	}
}

// TestWilcoxonConditionalBruteForce enumerates the 2^n sign patterns of
// small samples with ties and zeros and checks the exact conditional
// p-values of every zero method.
func TestWilcoxonConditionalBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for it := 0; it < 200; it++ {
		n := 1 + rng.IntN(12)
		d := make([]float64, n)
		for i := range d {
			d[i] = float64(rng.IntN(7)-3) / 2
		}
		for _, z := range []ZeroMethod{ZeroWilcox, ZeroPratt} {
			for _, alt := range []Alternative{TwoSided, Less, Greater} {
				r, err := WilcoxonOneSample(d, WilcoxonOptions{Options: Options{Alternative: alt}, Exact: ExactConditional, Zero: z})
				if errors.Is(err, ErrIdentical) {
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				// scores of the non-zero values
				var scores []float64
				if z == ZeroPratt {
					scores = rankPrattScores(d, 0, r.N)
				} else {
					var nz []float64
					for _, v := range d {
						if v != 0 {
							nz = append(nz, v)
						}
					}
					scores = make([]float64, len(nz))
					rankAbsRanks(nz, scores, make([]int, len(nz)))
				}
				obs, total := 0.0, 0.0
				i := 0
				for _, v := range d {
					if v != 0 {
						if v > 0 {
							obs += scores[i]
						}
						total += scores[i]
						i++
					}
				}
				le, ge, far := 0, 0, 0
				m := len(scores)
				for mask := 0; mask < 1<<m; mask++ {
					s := 0.0
					for j := 0; j < m; j++ {
						if mask>>j&1 == 1 {
							s += scores[j]
						}
					}
					if s <= obs {
						le++
					}
					if s >= obs {
						ge++
					}
					if math.Abs(s-total/2) >= math.Abs(obs-total/2) {
						far++
					}
				}
				want := map[Alternative]float64{Less: float64(le), Greater: float64(ge), TwoSided: float64(far)}[alt] / float64(int(1)<<m)
				if !rankClose(r.P, want, 1e-15) {
					t.Fatalf("%v %v d = %v: p = %v, enumeration %v", z, alt, d, r.P, want)
				}
			}
		}
	}
}

// TestWilcoxonZeroOptions: option validation and parsing.
func TestWilcoxonZeroOptions(t *testing.T) {
	if _, err := Wilcoxon([]float64{1, 2}, []float64{0, 0}, WilcoxonOptions{Zero: 3}); !errors.Is(err, ErrWilcoxonOptions) {
		t.Errorf("Zero = 3: %v", err)
	}
	if _, err := WilcoxonOneSample([]float64{1, 2}, WilcoxonOptions{Exact: 4}); !errors.Is(err, ErrWilcoxonOptions) {
		t.Errorf("Exact = 4: %v", err)
	}
	for s, want := range map[string]ZeroMethod{"wilcox": ZeroWilcox, "Wilcoxon": ZeroWilcox, "pratt": ZeroPratt, "Pratt": ZeroPratt, "zsplit": ZeroSplit} {
		z, err := ParseZeroMethod(s)
		if err != nil || z != want {
			t.Errorf("ParseZeroMethod(%q) = %v, %v", s, z, err)
		}
		b, _ := z.MarshalText()
		var back ZeroMethod
		if back.UnmarshalText(b) != nil || back != z {
			t.Errorf("%v does not round-trip", z)
		}
	}
	if _, err := ParseZeroMethod("split"); !errors.Is(err, ErrWilcoxonOptions) {
		t.Error("ParseZeroMethod accepted split")
	}
	if m, err := ParseExactMode("conditional"); err != nil || m != ExactConditional || m.String() != "conditional" {
		t.Errorf("conditional: %v %v", m, err)
	}
	for _, tc := range []struct {
		x    []float64
		want error
	}{{nil, ErrTooFew}, {[]float64{math.NaN()}, ErrTooFew}, {[]float64{1, math.Inf(1)}, ErrNonFinite}, {[]float64{0, 0}, ErrIdentical}} {
		if _, err := WilcoxonOneSample(tc.x, WilcoxonOptions{}); !errors.Is(err, tc.want) {
			t.Errorf("WilcoxonOneSample(%v): %v, want %v", tc.x, err, tc.want)
		}
	}
	// More non-zero differences than WilcoxonExactMaxN: the conditional
	// mode falls back to the normal approximation with a warning.
	big := make([]float64, WilcoxonExactMaxN+WilcoxonExactMaxN/40)
	for i := range big {
		big[i] = float64(i%50) - 20
	}
	r, err := WilcoxonOneSample(big, WilcoxonOptions{Exact: ExactConditional, Zero: ZeroPratt})
	if err != nil || r.Exact || !hasWarning(r.Warnings, WarnExactTooMany) {
		t.Errorf("n > max: %v %+v", err, r.Warnings)
	}
}
