package pairedt

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"
)

// bayesRef is testdata/r/bayes_mpmath.json, written by
// testdata/r/bayes_mpmath.py (mpmath 1.3.0, 40 digits): BF10 by Rouder et
// al.'s g-integral, BF+0 and BF-0 by the g-integral weighted with the t
// sign probability, checked against the delta-integral over the noncentral
// t density (delta_check, relative).
type bayesRef struct {
	Cases []struct {
		Name       string
		T          string
		TFloat     float64 `json:"t_float"`
		N          int
		RName      string `json:"r_name"`
		R          string
		BF10       string `json:"bf10"`
		BFPlus     string `json:"bf_plus"`
		BFMinus    string `json:"bf_minus"`
		DeltaCheck string `json:"delta_check"`
	}
}

func readBayesRef(t *testing.T) bayesRef {
	t.Helper()
	b, err := os.ReadFile("../testdata/r/bayes_mpmath.json")
	if err != nil {
		t.Fatal(err)
	}
	var r bayesRef
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestBayesMpmath: every factor within 1e-10 relative of the 40-digit
// values, for t from 0 to 100, n from 2 to 1e5, r from 0.5 to 2.
// Among them the article's t = -28.471, n = 23: BF10 = 4.84796017592508e15,
// where R's BayesFactor 0.9.12-4.4 gives 4.8418e15 (off by 1.3e-3 while
// reporting a proportional error of 7e-20), and BF+0 = 0.0389319841175,
// which BayesFactor gives as 0.00361401 (10.8 times too small): it
// integrates R's noncentral dt(t, df, ncp), which underflows to 0 there
// (dt(-28.471, 22, ncp = 2) = 0 for a true 8.0e-24).
func TestBayesMpmath(t *testing.T) {
	ref := readBayesRef(t)
	worst := map[string]float64{}
	for _, c := range ref.Cases {
		r := pf(t, c.R)
		b, err := BayesFactorT(c.TFloat, c.N, r, TwoSided)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []struct {
			what string
			got  float64
			want string
		}{{"BF10", b.TwoSided, c.BF10}, {"BF+0", b.Plus, c.BFPlus}, {"BF-0", b.Minus, c.BFMinus}} {
			e := rel(v.got, pf(t, v.want))
			worst[v.what] = math.Max(worst[v.what], e)
			if e > 1e-10 {
				t.Errorf("%s t = %v n = %d r = %s: %s = %.15g, mpmath %s (rel %.2g)", c.Name, c.TFloat, c.N, c.RName, v.what, v.got, v.want, e)
			}
		}
		if c.DeltaCheck != "" && pf(t, c.DeltaCheck) > 1e-15 {
			t.Errorf("%s: the two mpmath forms differ by %s", c.Name, c.DeltaCheck)
		}
	}
	t.Logf("%d cases; max relative error %v", len(ref.Cases), worst)
}

// TestBayesAnchors: the published values. Sleep data from pairedt.Test:
// 17.2588802677739 (mpmath; the often quoted 17.2588802596507 is for t
// rounded to -4.062127683, also in the reference file); t = 3.5, n = 20:
// 17.1846157196 (pingouin's documented 17.185).
func TestBayesAnchors(t *testing.T) {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0, 2}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	res, err := Test(x, y, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		t    float64
		n    int
		r    float64
		alt  Alternative
		want float64
	}{
		{res.T, 10, PriorMedium, TwoSided, 17.2588802677739},
		{-4.062127683, 10, PriorMedium, TwoSided, 17.2588802596507},
		{3.5, 20, PriorMedium, TwoSided, 17.1846157196392},
		{-28.471, 23, PriorMedium, TwoSided, 4.84796017592508e15},
		{-28.471, 23, PriorMedium, Greater, 0.0389319841175},
		{-28.471, 23, PriorMedium, Less, 9.69592035185e15},
	} {
		b, err := BayesFactorT(c.t, c.n, c.r, c.alt)
		if err != nil {
			t.Fatal(err)
		}
		if e := rel(b.BF10, c.want); e > 1e-10 {
			t.Errorf("t = %v n = %d %s: BF10 = %.15g, want %.15g (rel %.2g)", c.t, c.n, c.alt, b.BF10, c.want, e)
		}
	}
	b, err := BayesFactor(res, PriorMedium)
	if err != nil || rel(b.BF10, 17.2588802677739) > 1e-10 {
		t.Errorf("BayesFactor(sleep) = %v, %v", b.BF10, err)
	}
}

// TestBayesIdentities: BF01 = 1/BF10 and BF10 = (BF+0 + BF-0)/2, and the
// sign symmetry BF+0(t) = BF-0(-t).
func TestBayesIdentities(t *testing.T) {
	for _, tt := range []float64{-50, -28.471, -4, -1, 0, 0.3, 2, 7, 100, 1e3} {
		for _, n := range []int{2, 3, 10, 23, 200, 1e4, 1e6} {
			for _, r := range []float64{0.1, PriorMedium, PriorWide, PriorUltrawide, 5} {
				b, err := BayesFactorT(tt, n, r, TwoSided)
				if err != nil {
					t.Fatal(err)
				}
				if math.IsInf(b.TwoSided, 0) || math.IsNaN(b.LogBF10) {
					continue
				}
				if e := rel(b.BF01*b.BF10, 1); e > 1e-14 {
					t.Errorf("t %v n %d r %v: BF01 BF10 = %v", tt, n, r, b.BF01*b.BF10)
				}
				if e := rel((b.Plus+b.Minus)/2, b.TwoSided); e > 1e-11 {
					t.Errorf("t %v n %d r %v: (BF+0 + BF-0)/2 = %v, BF10 %v (rel %.2g)", tt, n, r, (b.Plus+b.Minus)/2, b.TwoSided, e)
				}
				m, _ := BayesFactorT(-tt, n, r, TwoSided)
				if rel(m.Minus, b.Plus) > 1e-13 || rel(m.TwoSided, b.TwoSided) > 1e-13 {
					t.Errorf("t %v n %d r %v: not symmetric in t", tt, n, r)
				}
			}
		}
	}
}

func TestBayesRobustness(t *testing.T) {
	rob, err := BayesRobustness(3.5, 20, TwoSided, nil)
	if err != nil || len(rob) != len(RobustnessScales) {
		t.Fatal(rob, err)
	}
	for i, b := range rob {
		if b.R != RobustnessScales[i] {
			t.Errorf("row %d: r = %v", i, b.R)
		}
	}
	for _, s := range []struct {
		in   string
		want float64
	}{{"medium", PriorMedium}, {"wide", 1}, {"ultrawide", math.Sqrt2}, {"0.5", 0.5}, {"", PriorMedium}} {
		if r, err := ParsePriorScale(s.in); err != nil || r != s.want {
			t.Errorf("ParsePriorScale(%q) = %v, %v", s.in, r, err)
		}
	}
}

func TestBayesErrors(t *testing.T) {
	for _, c := range []struct {
		err, want error
	}{
		{second(BayesFactorT(1, 1, PriorMedium, TwoSided)), ErrTooFew},
		{second(BayesFactorT(math.NaN(), 10, PriorMedium, TwoSided)), ErrStatistic},
		{second(BayesFactorT(math.Inf(1), 10, PriorMedium, TwoSided)), ErrStatistic},
		{second(BayesFactorT(1, 10, 0, TwoSided)), ErrPriorScale},
		{second(BayesFactorT(1, 10, -1, TwoSided)), ErrPriorScale},
		{second(BayesFactorT(1, 10, math.Inf(1), TwoSided)), ErrPriorScale},
		{second(BayesFactorT(1, 10, PriorMedium, Alternative(7))), ErrAlternative},
		{second(ParsePriorScale("huge")), ErrPriorScale},
		{second(ParsePriorScale("-2")), ErrPriorScale},
		{second(BayesRobustness(1, 10, TwoSided, []float64{1, 0})), ErrPriorScale},
	} {
		if !errors.Is(c.err, c.want) {
			t.Errorf("got %v, want %v", c.err, c.want)
		}
	}
}

func TestBayesJSON(t *testing.T) {
	b, _ := BayesFactorT(1e6, 1e6, PriorMedium, TwoSided)
	j, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	var back BayesResult
	if err := json.Unmarshal(j, &back); err != nil || back.LogBF10 != b.LogBF10 || !math.IsInf(back.BF10, 1) {
		t.Errorf("round trip %s: %+v, %v", j, back, err)
	}
}

// FuzzBayesFactorT: no panic, and either an error or a factor that obeys
// the identities, for any t, n and r.
func FuzzBayesFactorT(f *testing.F) {
	f.Add(-28.471, 23, PriorMedium)
	f.Add(3.5, 20, 1.0)
	f.Add(0.0, 2, 1e-300)
	f.Add(1e300, 1<<40, 1e300)
	f.Add(-1e-300, 3, 0.5)
	f.Fuzz(func(t *testing.T, tt float64, n int, r float64) {
		b, err := BayesFactorT(tt, n, r, TwoSided)
		if err != nil {
			return
		}
		if math.IsNaN(b.LogBF10) || b.BF10 < 0 {
			t.Fatalf("t %v n %d r %v: %+v", tt, n, r, b)
		}
	})
}

// FuzzTPower: no panic from the power solves.
func FuzzTPower(f *testing.F) {
	f.Add(34, 0.5, 0.8, 0.05)
	f.Add(2, 1e-300, 0.999999, 1e-300)
	f.Add(1<<30, 10.0, 0.5, 0.9)
	f.Fuzz(func(t *testing.T, n int, dz, power, alpha float64) {
		if p, err := TPower(float64(n), dz, alpha, TwoSided); err == nil && !(p >= 0 && p <= 1) {
			t.Fatalf("power %v", p)
		}
		if r, err := TPowerN(dz, power, alpha, TwoSided); err == nil && r.Power < power {
			t.Fatalf("TPowerN %+v below %v", r, power)
		}
		TPowerDZ(n, power, alpha, Greater)
		TPowerAlpha(n, dz, power, Less)
	})
}

func BenchmarkBayesFactorT(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := BayesFactorT(-28.471, 23, PriorMedium, TwoSided); err != nil {
			b.Fatal(err)
		}
	}
}
