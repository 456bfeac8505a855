package pairedt

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/pairedt/pairedt/internal/rref"
)

// rankRef is testdata/r/rank.json, written by testdata/r/rank.R (R 4.2.2,
// effectsize 0.8.3).
type rankRef struct {
	Source   string `json:"source"`
	Wilcoxon []struct {
		Name         string       `json:"name"`
		X            []rref.Float `json:"x"`
		Y            []rref.Float `json:"y"`
		Alternative  string       `json:"alternative"`
		Mu           rref.Float   `json:"mu"`
		Exact        string       `json:"exact"`
		Correct      bool         `json:"correct"`
		ConfLevel    rref.Float   `json:"conf_level"`
		Method       string       `json:"method"`
		Statistic    rref.Float   `json:"statistic"`
		P            rref.Float   `json:"p"`
		N            rref.Float   `json:"n"`
		NZero        rref.Float   `json:"n_zero"`
		Estimate     rref.Float   `json:"estimate"`
		CILow        rref.Float   `json:"ci_low"`
		CIHigh       rref.Float   `json:"ci_high"`
		ConfLevelOut rref.Float   `json:"conf_level_out"`
		RankBiserial rref.Float   `json:"rank_biserial"`
		Warnings     []string     `json:"warnings"`
		Print        string       `json:"print"`
	} `json:"wilcoxon"`
	Sign []struct {
		Name        string       `json:"name"`
		X           []rref.Float `json:"x"`
		Y           []rref.Float `json:"y"`
		Alternative string       `json:"alternative"`
		Mu          rref.Float   `json:"mu"`
		Positive    rref.Float   `json:"positive"`
		Negative    rref.Float   `json:"negative"`
		Zero        rref.Float   `json:"zero"`
		N           rref.Float   `json:"n"`
		P           rref.Float   `json:"p"`
	} `json:"sign"`
	SignCounts []struct {
		Name        string     `json:"name"`
		Alternative string     `json:"alternative"`
		Positive    rref.Float `json:"positive"`
		Negative    rref.Float `json:"negative"`
		P           rref.Float `json:"p"`
	} `json:"sign_counts"`
	Shapiro []struct {
		Name  string       `json:"name"`
		X     []rref.Float `json:"x"`
		N     rref.Float   `json:"n"`
		W     rref.Float   `json:"w"`
		P     rref.Float   `json:"p"`
		Print string       `json:"print"`
	} `json:"shapiro"`
}

var (
	rankRefOnce sync.Once
	rankRefData rankRef
	rankRefErr  error
)

func rankLoadRef(t testing.TB) *rankRef {
	t.Helper()
	rankRefOnce.Do(func() {
		b, err := os.ReadFile("../testdata/r/rank.json")
		if err != nil {
			rankRefErr = err
			return
		}
		rankRefErr = json.Unmarshal(b, &rankRefData)
	})
	if rankRefErr != nil {
		t.Fatalf("reading R reference values: %v", rankRefErr)
	}
	return &rankRefData
}

// rankErrTracker records the largest relative error per quantity.
type rankErrTracker struct {
	max  map[string]float64
	keys []string
}

func (e *rankErrTracker) add(name string, got, want float64) {
	if e.max == nil {
		e.max = map[string]float64{}
	}
	if _, ok := e.max[name]; !ok {
		e.keys = append(e.keys, name)
		e.max[name] = 0
	}
	var rel float64
	switch {
	case math.IsNaN(got) && math.IsNaN(want), got == want:
		rel = 0
	default:
		rel = math.Abs(got-want) / math.Max(math.Abs(want), 1e-300)
	}
	if rel > e.max[name] || math.IsNaN(rel) {
		e.max[name] = rel
	}
}

func (e *rankErrTracker) log(t *testing.T) {
	for _, k := range e.keys {
		t.Logf("largest relative error vs R: %-28s %.3g", k, e.max[k])
	}
}

// rankClose compares with a relative tolerance (and an absolute floor of
// 1e-300 for exact zeros); NaN equals NaN and infinities must match.
func rankClose(got, want, rel float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	if math.IsInf(want, 0) {
		return got == want
	}
	return scalar.EqualWithinAbsOrRel(got, want, 1e-300, rel)
}

func TestWilcoxonMatchesR(t *testing.T) {
	ref := rankLoadRef(t)
	var errs rankErrTracker
	for _, c := range ref.Wilcoxon {
		name := fmt.Sprintf("%s/%s/exact=%s/correct=%v/conf=%v", c.Name, c.Alternative, c.Exact, c.Correct, float64(c.ConfLevel))
		t.Run(name, func(t *testing.T) {
			alt, err := ParseAlternative(c.Alternative)
			if err != nil {
				t.Fatal(err)
			}
			o := WilcoxonOptions{Options: Options{Alternative: alt, Mu: float64(c.Mu), ConfLevel: float64(c.ConfLevel)}, NoCorrect: !c.Correct}
			switch c.Exact {
			case "true":
				o.Exact = ExactForce
			case "false":
				o.Exact = ExactNever
			}
			got, err := Wilcoxon(rref.Floats(c.X), rref.Floats(c.Y), o)
			if err != nil {
				t.Fatal(err)
			}
			if got.Method != c.Method {
				t.Errorf("Method = %q, R %q", got.Method, c.Method)
			}
			if got.N != int(c.N) || got.NZero != int(c.NZero) {
				t.Errorf("N, NZero = %d, %d, R %v, %v", got.N, got.NZero, c.N, c.NZero)
			}
			pTol := 1e-10
			if got.Exact {
				pTol = 1e-12
			}
			kind := "approx"
			if got.Exact {
				kind = "exact"
			}
			checks := []struct {
				name      string
				got, want float64
				tol       float64
			}{
				{"V", got.V, float64(c.Statistic), 1e-12},
				{"p (" + kind + ")", got.P, float64(c.P), pTol},
				{"estimate (" + kind + ")", got.Estimate, float64(c.Estimate), 1e-10},
				{"ci_low (" + kind + ")", got.CILow, float64(c.CILow), 1e-10},
				{"ci_high (" + kind + ")", got.CIHigh, float64(c.CIHigh), 1e-10},
				{"conf_level", got.ConfLevel, float64(c.ConfLevelOut), 1e-10},
				{"rank_biserial", got.RankBiserial, float64(c.RankBiserial), 1e-10},
			}
			for _, ch := range checks {
				errs.add(ch.name, ch.got, ch.want)
				if !rankClose(ch.got, ch.want, ch.tol) {
					t.Errorf("%s = %.17g, R %.17g (rel tol %g)", ch.name, ch.got, ch.want, ch.tol)
				}
			}
			// print(wilcox.test(...)); R writes tiny p-values as "< 2.2e-16".
			if !strings.Contains(c.Print, "< 2.2e-16") {
				if s, want := got.String(), c.Print+"\n"; s != want {
					t.Errorf("String() =\n%q\nR prints\n%q", s, want)
				}
			}
			// Every R warning about conf.level has a counterpart.
			for _, w := range c.Warnings {
				if strings.Contains(w, "conf.level not achievable") && !rankHasWarning(got.Warnings, "not achievable") {
					t.Errorf("R warned %q; Warnings = %q", w, got.Warnings)
				}
				if strings.Contains(w, "all observations are zero or tied") && !rankHasWarning(got.Warnings, "zero or tied") {
					t.Errorf("R warned %q; Warnings = %q", w, got.Warnings)
				}
			}
		})
	}
	errs.log(t)
}

func rankHasWarning(ws []Warning, sub string) bool {
	for _, w := range ws {
		if strings.Contains(w.String(), sub) {
			return true
		}
	}
	return false
}

// sleep data (R's datasets::sleep, extra by group).
var (
	rankSleep1 = []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	rankSleep2 = []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
)

// rankNoTies returns n paired values with distinct non-zero differences.
func rankNoTies(n int) (x, y []float64) {
	x, y = make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = math.Sin(float64(i)*1.7) * 3
		y[i] = math.Cos(float64(i)*0.9) + 0.1
	}
	return x, y
}

func TestWilcoxonIdentities(t *testing.T) {
	x49, y49 := rankNoTies(49)
	x60, y60 := rankNoTies(60)
	cases := []struct {
		name string
		x, y []float64
		o    WilcoxonOptions
	}{
		{"sleep", rankSleep1, rankSleep2, WilcoxonOptions{}},
		{"exact n=49", x49, y49, WilcoxonOptions{}},
		{"approx n=60", x60, y60, WilcoxonOptions{}},
		{"forced exact n=60", x60, y60, WilcoxonOptions{Exact: ExactForce}},
		{"approx n=49 uncorrected", x49, y49, WilcoxonOptions{Exact: ExactNever, NoCorrect: true}},
		{"exact n=49 mu", x49, y49, WilcoxonOptions{Options: Options{Mu: 0.3}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := map[Alternative]WilcoxonResult{}
			rs := map[Alternative]WilcoxonResult{}
			for _, alt := range []Alternative{TwoSided, Less, Greater} {
				o := c.o
				o.Alternative = alt
				var err error
				if r[alt], err = Wilcoxon(c.x, c.y, o); err != nil {
					t.Fatal(err)
				}
				// Swapping x and y (and negating mu) mirrors the test.
				o.Mu = -o.Mu
				switch alt {
				case Less:
					o.Alternative = Greater
				case Greater:
					o.Alternative = Less
				}
				if rs[alt], err = Wilcoxon(c.y, c.x, o); err != nil {
					t.Fatal(err)
				}
			}
			two := r[TwoSided]
			n := float64(two.N)
			if got, want := rs[TwoSided].V, n*(n+1)/2-two.V; got != want {
				t.Errorf("swapped V = %v, want n(n+1)/2 - V = %v", got, want)
			}
			for _, alt := range []Alternative{TwoSided, Less, Greater} {
				if !scalar.EqualWithinAbsOrRel(rs[alt].P, r[alt].P, 1e-15, 1e-12) {
					t.Errorf("%v: swapped p = %v, p = %v", alt, rs[alt].P, r[alt].P)
				}
				if !scalar.EqualWithinAbsOrRel(rs[alt].RankBiserial, -r[alt].RankBiserial, 1e-15, 1e-12) {
					t.Errorf("%v: swapped r = %v, r = %v", alt, rs[alt].RankBiserial, r[alt].RankBiserial)
				}
			}
			// Two-sided p is twice the smaller one-sided p (capped at 1).
			if want := math.Min(1, 2*math.Min(r[Less].P, r[Greater].P)); !scalar.EqualWithinAbsOrRel(two.P, want, 1e-15, 1e-12) {
				t.Errorf("two-sided p = %v, 2 min(one-sided) = %v", two.P, want)
			}
			// Exact: P(V <= v) + P(V >= v) = 1 + P(V = v) > 1; approx with
			// the same correction on both sides: sum >= 1 too.
			if s := r[Less].P + r[Greater].P; s < 1-1e-12 {
				t.Errorf("less p + greater p = %v < 1", s)
			}
			// CI and p agree: the interval excludes mu when p < alpha
			// (exact intervals are inverted tests; approximate ones up
			// to the root finder's tolerance, away from the boundary).
			alpha := 1 - two.ConfLevel
			mu := c.o.Mu
			excl := mu < two.CILow || mu > two.CIHigh
			if two.Exact && two.P < alpha/2 && !excl {
				t.Errorf("p = %v < alpha but CI [%v, %v] contains mu", two.P, two.CILow, two.CIHigh)
			}
			if two.P > 2*alpha && excl {
				t.Errorf("p = %v > 2 alpha but CI [%v, %v] excludes mu", two.P, two.CILow, two.CIHigh)
			}
			if !(two.CILow <= two.Estimate && two.Estimate <= two.CIHigh) {
				t.Errorf("estimate %v outside CI [%v, %v]", two.Estimate, two.CILow, two.CIHigh)
			}
			if !math.IsInf(r[Less].CILow, -1) || !math.IsInf(r[Greater].CIHigh, 1) {
				t.Errorf("one-sided intervals: less %v, greater %v", r[Less].CILow, r[Greater].CIHigh)
			}
		})
	}
}

func TestWilcoxonShiftEquivariance(t *testing.T) {
	// Adding c to every x and testing mu + c gives the same V and p, and
	// the estimate and interval move by c.
	x, y := rankNoTies(30)
	const c = 0.5 // exactly representable; keeps differences' ranks
	xc := make([]float64, len(x))
	for i := range x {
		xc[i] = x[i] + c
	}
	for _, exact := range []ExactMode{ExactAuto, ExactNever} {
		t.Run(exact.String(), func(t *testing.T) {
			a, err := Wilcoxon(x, y, WilcoxonOptions{Options: Options{Mu: 0.25}, Exact: exact})
			if err != nil {
				t.Fatal(err)
			}
			b, err := Wilcoxon(xc, y, WilcoxonOptions{Options: Options{Mu: 0.25 + c}, Exact: exact})
			if err != nil {
				t.Fatal(err)
			}
			if a.V != b.V || !scalar.EqualWithinAbsOrRel(a.P, b.P, 1e-15, 1e-12) {
				t.Errorf("V, p = %v, %v and %v, %v", a.V, a.P, b.V, b.P)
			}
			tol := 1e-9
			if !a.Exact {
				tol = 1e-3 // root finder's tolerance (1e-4) on a step function
			}
			for _, p := range [][2]float64{{a.Estimate + c, b.Estimate}, {a.CILow + c, b.CILow}, {a.CIHigh + c, b.CIHigh}} {
				if !scalar.EqualWithinAbs(p[0], p[1], tol) {
					t.Errorf("shifted %v, want %v", p[1], p[0])
				}
			}
		})
	}
}

func TestWilcoxonExactSwitch(t *testing.T) {
	x, y := rankNoTies(50)
	r49, err := Wilcoxon(x[:49], y[:49], WilcoxonOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r50, err := Wilcoxon(x, y, WilcoxonOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !r49.Exact || r50.Exact {
		t.Errorf("Exact at n = 49, 50: %v, %v; want true, false", r49.Exact, r50.Exact)
	}
	if !math.IsNaN(r49.Z) || math.IsNaN(r50.Z) {
		t.Errorf("Z at n = 49, 50: %v, %v", r49.Z, r50.Z)
	}
	// Ties or zeros at n < 50 force the approximation, with a warning
	// only when exactness was explicitly requested (as R).
	xt := append([]float64(nil), x[:10]...)
	yt := append([]float64(nil), y[:10]...)
	yt[3] = xt[3] // a zero
	for _, m := range []ExactMode{ExactAuto, ExactForce} {
		r, err := Wilcoxon(xt, yt, WilcoxonOptions{Exact: m})
		if err != nil {
			t.Fatal(err)
		}
		if r.Exact || r.NZero != 1 || r.N != 9 {
			t.Errorf("%v with a zero: Exact %v, NZero %d, N %d", m, r.Exact, r.NZero, r.N)
		}
		if !rankHasWarning(r.Warnings, "zeroes") || !rankHasWarning(r.Warnings, "dropped") {
			t.Errorf("%v: warnings %q", m, r.Warnings)
		}
	}
	// ExactForce above the cap falls back with a warning.
	xb, yb := rankNoTies(WilcoxonExactMaxN + 1)
	r, err := Wilcoxon(xb, yb, WilcoxonOptions{Exact: ExactForce})
	if err != nil {
		t.Fatal(err)
	}
	if r.Exact || !rankHasWarning(r.Warnings, "not computed") {
		t.Errorf("n = %d forced: Exact %v, warnings %q", WilcoxonExactMaxN+1, r.Exact, r.Warnings)
	}
}

func TestWilcoxonErrors(t *testing.T) {
	x, y := rankNoTies(10)
	inf := math.Inf(1)
	cases := []struct {
		name string
		x, y []float64
		o    WilcoxonOptions
		want error
	}{
		{"length", x, y[:9], WilcoxonOptions{}, ErrLength},
		{"empty", nil, nil, WilcoxonOptions{}, ErrTooFew},
		{"all NaN", []float64{math.NaN(), 1}, []float64{1, math.NaN()}, WilcoxonOptions{}, ErrTooFew},
		{"inf x", []float64{1, inf}, []float64{1, 2}, WilcoxonOptions{}, ErrNonFinite},
		{"inf y", []float64{1, 2}, []float64{1, -inf}, WilcoxonOptions{}, ErrNonFinite},
		{"overflow", []float64{1e308, 1}, []float64{-1e308, 2}, WilcoxonOptions{}, ErrNonFinite},
		{"identical", []float64{1, 2, 3}, []float64{1, 2, 3}, WilcoxonOptions{}, ErrIdentical},
		{"all equal mu", []float64{2, 3}, []float64{1, 2}, WilcoxonOptions{Options: Options{Mu: 1}}, ErrIdentical},
		{"alternative", x, y, WilcoxonOptions{Options: Options{Alternative: 7}}, ErrAlternative},
		{"mu NaN", x, y, WilcoxonOptions{Options: Options{Mu: math.NaN()}}, ErrMu},
		{"mu Inf", x, y, WilcoxonOptions{Options: Options{Mu: inf}}, ErrMu},
		{"conf 1", x, y, WilcoxonOptions{Options: Options{ConfLevel: 1}}, ErrConfLevel},
		{"conf negative", x, y, WilcoxonOptions{Options: Options{ConfLevel: -0.5}}, ErrConfLevel},
		{"exact mode", x, y, WilcoxonOptions{Exact: 9}, ErrWilcoxonOptions},
		{"tol negative", x, y, WilcoxonOptions{TolRoot: -1}, ErrWilcoxonOptions},
		{"tol NaN", x, y, WilcoxonOptions{TolRoot: math.NaN()}, ErrWilcoxonOptions},
		{"tol Inf", x, y, WilcoxonOptions{TolRoot: inf}, ErrWilcoxonOptions},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Wilcoxon(c.x, c.y, c.o)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), "pairedt") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestWilcoxonEdgeCases(t *testing.T) {
	t.Run("one pair", func(t *testing.T) {
		r, err := Wilcoxon([]float64{2}, []float64{1}, WilcoxonOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// R: V = 1, p = 1, CI [1, 1] at conf.level 0 (not achievable).
		if r.V != 1 || r.P != 1 || !r.Exact || r.CILow != 1 || r.CIHigh != 1 || r.RankBiserial != 1 {
			t.Errorf("%+v", r)
		}
	})
	t.Run("dropped NaN", func(t *testing.T) {
		r, err := Wilcoxon([]float64{1, math.NaN(), 3, 5}, []float64{0, 1, math.NaN(), 1}, WilcoxonOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if r.Dropped != 2 || r.N != 2 || !rankHasWarning(r.Warnings, "missing") {
			t.Errorf("%+v", r)
		}
	})
	t.Run("all tied", func(t *testing.T) {
		r, err := Wilcoxon([]float64{2, 3, 4}, []float64{1, 2, 3}, WilcoxonOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !math.IsNaN(r.CILow) || !math.IsNaN(r.CIHigh) || r.Estimate != 1 || r.ConfLevel != 0 {
			t.Errorf("%+v", r)
		}
	})
	t.Run("root not bracketed", func(t *testing.T) {
		// R 4.2 stops with "f() values at end points not of opposite
		// sign" for this call; Wilcoxon returns a NaN bound and a warning.
		r, err := Wilcoxon([]float64{1, 2, 3, 4, 5}, []float64{0, 0, 0, 0, 0},
			WilcoxonOptions{Options: Options{Alternative: Less, ConfLevel: 0.001}, Exact: ExactNever})
		if err != nil {
			t.Fatal(err)
		}
		if !math.IsNaN(r.CIHigh) || !math.IsInf(r.CILow, -1) || !rankHasWarning(r.Warnings, "not of opposite sign") {
			t.Errorf("%+v", r)
		}
	})
	t.Run("JSON", func(t *testing.T) {
		r, err := Wilcoxon(rankSleep1, rankSleep2, WilcoxonOptions{Options: Options{Alternative: Less}})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, want := range []string{`"statistic":0`, `"ci_low":"-Inf"`, `"alternative":"less"`, `"n_zero":1`, `"exact":false`} {
			if !strings.Contains(s, want) {
				t.Errorf("JSON %s lacks %s", s, want)
			}
		}
		e, err := Wilcoxon([]float64{1, 2, 3}, []float64{0, 0, 0}, WilcoxonOptions{})
		if err != nil {
			t.Fatal(err)
		}
		b, err = json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), `"z":null`) || !strings.Contains(string(b), `"warnings":[`) {
			t.Errorf("JSON %s", b)
		}
	})
	t.Run("ParseExactMode", func(t *testing.T) {
		for in, want := range map[string]ExactMode{"auto": ExactAuto, "NULL": ExactAuto, "force": ExactForce,
			"TRUE": ExactForce, "true": ExactForce, "never": ExactNever, "FALSE": ExactNever} {
			got, err := ParseExactMode(in)
			if err != nil || got != want {
				t.Errorf("%q: %v, %v", in, got, err)
			}
			b, err := got.MarshalText()
			if err != nil || string(b) != got.String() {
				t.Errorf("MarshalText(%v) = %s, %v", got, b, err)
			}
			var m ExactMode
			if err := m.UnmarshalText(b); err != nil || m != got {
				t.Errorf("UnmarshalText(%s) = %v, %v", b, m, err)
			}
		}
		if _, err := ParseExactMode("maybe"); !errors.Is(err, ErrWilcoxonOptions) {
			t.Errorf("err = %v", err)
		}
		var m ExactMode
		if err := m.UnmarshalText([]byte("x")); !errors.Is(err, ErrWilcoxonOptions) {
			t.Errorf("err = %v", err)
		}
		if _, err := ExactMode(7).MarshalText(); !errors.Is(err, ErrWilcoxonOptions) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("ExactMode strings", func(t *testing.T) {
		for m, want := range map[ExactMode]string{ExactAuto: "auto", ExactForce: "force", ExactNever: "never", 5: "ExactMode(5)"} {
			if m.String() != want {
				t.Errorf("%d: %q", int(m), m.String())
			}
		}
	})
}

// TestWilcoxonOverflow: differences whose shift by Mu, or whose range,
// overflows float64 used to give an infinite or crossed interval and an
// infinite estimate without any error; they are now ErrNonFinite.
func TestWilcoxonOverflow(t *testing.T) {
	for _, tc := range []struct {
		name string
		x, y []float64
		mu   float64
		want error
	}{
		{"d - mu overflows", []float64{1e308, 1.5e308, 1e307}, []float64{0, 0, 0}, -1e308, ErrNonFinite},
		{"range overflows, tied", []float64{1.7e308, -1.7e308, 1e308}, []float64{0, 0, 0}, 0, ErrNonFinite},
		{"range overflows, untied, exact", []float64{1.7e308, -1.6e308, 1e308, 5}, []float64{0, 0, 0, 0}, 0, nil},
		{"range overflows, untied, n = 60", rankReviewSpread(60), make([]float64, 60), 0, ErrNonFinite},
		{"large but fine", []float64{8e307, -8e307, 1e307, 5}, []float64{0, 0, 0, 1}, 0, nil},
	} {
		for _, alt := range []Alternative{TwoSided, Less, Greater} {
			t.Run(tc.name+"/"+alt.String(), func(t *testing.T) {
				r, err := Wilcoxon(tc.x, tc.y, WilcoxonOptions{Options: Options{Mu: tc.mu, Alternative: alt}})
				if !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v; result %+v", err, tc.want, r)
				}
				if err != nil {
					return
				}
				if math.IsNaN(r.P) || math.IsNaN(r.Estimate) || math.IsInf(r.Estimate, 0) ||
					math.IsNaN(r.CILow) || math.IsNaN(r.CIHigh) || r.CILow > r.CIHigh {
					t.Errorf("p %v, estimate %v, CI [%v, %v]", r.P, r.Estimate, r.CILow, r.CIHigh)
				}
			})
		}
	}
}

// rankReviewSpread returns n distinct values from -1.6e308 to 1.6e308.
func rankReviewSpread(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = -1.6e308 + float64(i)*(1.6e308/float64(n-1))*2
	}
	return v
}
