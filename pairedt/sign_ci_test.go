package pairedt

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/rref"
)

// TestSignTestCIMatchesR checks SignTestCI against R's
// binom.test(k, m, 0.5, alternative, conf.level)$conf.int and the
// order-statistic median interval computed in testdata/r/rank_extra.R.
func TestSignTestCIMatchesR(t *testing.T) {
	ref, _ := rankLoadExtra(t)
	var errs rankErrTracker
	for _, c := range ref.SignCI {
		alt, _ := ParseAlternative(c.Alternative)
		r, err := SignTestCI(rref.Floats(c.X), rref.Floats(c.Y), Options{Alternative: alt, ConfLevel: float64(c.ConfLevel)})
		if err != nil {
			t.Fatal(err)
		}
		iv := r.Interval
		name := fmt.Sprintf("%s/%s/%v", c.Name, c.Alternative, float64(c.ConfLevel))
		for _, ch := range []struct {
			name      string
			got, want float64
			tol       float64
		}{{"p", r.P, float64(c.P), 1e-13}, {"prop", iv.Prop, float64(c.Prop), 1e-15},
			{"prop_ci_low", iv.PropLow, float64(c.PropLow), 1e-12}, {"prop_ci_high", iv.PropHigh, float64(c.PropHigh), 1e-12},
			{"median", iv.Median, float64(c.Median), 0}, {"median_ci_low", iv.MedianLow, float64(c.MedianLow), 0},
			{"median_ci_high", iv.MedianHigh, float64(c.MedianHigh), 0}, {"median_conf_level", iv.MedianConfLevel, float64(c.MedianConfLevel), 1e-14},
			{"K", float64(iv.K), float64(c.K), 0}} {
			errs.add(ch.name, ch.got, ch.want)
			if !rankClose(ch.got, ch.want, ch.tol) && ch.got != ch.want {
				t.Errorf("%s: %s = %.17g, R %.17g", name, ch.name, ch.got, ch.want)
			}
		}
		// String prints R's lines from "number of successes" to the
		// estimate, then the median interval.
		want := strings.TrimRight(c.Print[strings.Index(c.Print, "number of successes"):], "\n") + "\n\n"
		if got := r.String(); !strings.Contains(got, want) || !strings.Contains(got, "distribution-free interval") {
			t.Errorf("%s: String() =\n%s\nR prints\n%s", name, got, c.Print)
		}
		if iv.MedianConfLevel < float64(c.ConfLevel) {
			t.Errorf("%s: median interval level %v below %v", name, iv.MedianConfLevel, float64(c.ConfLevel))
		}
	}
	errs.log(t)
}

// TestSignTestCICoverage: the Clopper-Pearson interval covers every true
// proportion with probability at least the level (computed exactly over
// the binomial outcomes), and the median interval's coverage for
// continuous data, estimated by simulation, is its MedianConfLevel.
func TestSignTestCICoverage(t *testing.T) {
	for _, alt := range []Alternative{TwoSided, Less, Greater} {
		for m := 1; m <= 30; m++ {
			ivs := make([]*SignInterval, m+1)
			for k := 0; k <= m; k++ {
				x := make([]float64, m)
				for i := range x {
					x[i] = -1
					if i < k {
						x[i] = 1
					}
				}
				r, err := SignTestCI(x, make([]float64, m), Options{Alternative: alt, ConfLevel: 0.9})
				if err != nil {
					t.Fatal(err)
				}
				ivs[k] = r.Interval
			}
			for pi := 1; pi < 100; pi++ {
				p := float64(pi) / 100
				cover := 0.0
				for k := 0; k <= m; k++ {
					if ivs[k].PropLow <= p && p <= ivs[k].PropHigh {
						lg, _ := math.Lgamma(float64(m + 1))
						lk, _ := math.Lgamma(float64(k + 1))
						lmk, _ := math.Lgamma(float64(m - k + 1))
						cover += math.Exp(lg - lk - lmk + float64(k)*math.Log(p) + float64(m-k)*math.Log1p(-p))
					}
				}
				if cover < 0.9-1e-9 {
					t.Fatalf("%v m = %d p = %v: Clopper-Pearson coverage %v < 0.9", alt, m, p, cover)
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	const reps = 4000
	for _, n := range []int{7, 15, 40} {
		hits := 0
		var level float64
		for rep := 0; rep < reps; rep++ {
			x := make([]float64, n)
			for i := range x {
				x[i] = rng.NormFloat64() + 2 // median 2
			}
			r, err := SignTestCI(x, make([]float64, n), Options{ConfLevel: 0.95})
			if err != nil {
				t.Fatal(err)
			}
			level = r.Interval.MedianConfLevel
			if r.Interval.MedianLow <= 2 && 2 <= r.Interval.MedianHigh {
				hits++
			}
		}
		cov := float64(hits) / reps
		se := math.Sqrt(level * (1 - level) / reps)
		if math.Abs(cov-level) > 4*se || level < 0.95 {
			t.Errorf("n = %d: coverage %v, MedianConfLevel %v (se %v)", n, cov, level, se)
		}
	}
}

// TestSignTestCIJSON: SignTest's JSON has no "interval" (unchanged);
// SignTestCI's has it, with infinite bounds as strings.
func TestSignTestCIJSON(t *testing.T) {
	x, y := []float64{1, 2, 3}, []float64{0, 0, 0}
	r, _ := SignTest(x, y, Options{})
	b, _ := json.Marshal(r)
	if strings.Contains(string(b), "interval") {
		t.Errorf("SignTest JSON %s", b)
	}
	r, err := SignTestCI(x, y, Options{Alternative: Greater})
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"interval":{`, `"median_ci_high":"Inf"`, `"prop_ci_high":1`, `"median_ci_rank"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("SignTestCI JSON %s lacks %s", b, want)
		}
	}
	// Wilcoxon: "zero_method" only when not the default.
	w, _ := Wilcoxon(x, y, WilcoxonOptions{})
	b, _ = json.Marshal(w)
	if strings.Contains(string(b), "zero_method") {
		t.Errorf("default Wilcoxon JSON %s", b)
	}
	w, _ = Wilcoxon(x, y, WilcoxonOptions{Zero: ZeroPratt})
	b, _ = json.Marshal(w)
	if !strings.Contains(string(b), `"zero_method":"pratt"`) {
		t.Errorf("Pratt Wilcoxon JSON %s", b)
	}
}
