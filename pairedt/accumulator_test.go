package pairedt

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/rref"
)

var resultKeys = []string{"n", "dropped", "df", "mean_diff", "sd_diff", "se", "t", "p", "ci_low", "ci_high",
	"mean_x", "mean_y", "sd_x", "sd_y", "se_x", "se_y", "r", "r_p", "d_z", "d_z_ci_low", "d_z_ci_high",
	"g_z", "g_z_ci_low", "g_z_ci_high", "d_av"}

// compareResults fails t unless a and b agree within rel on every number.
func compareResults(t *testing.T, what string, a, b TTestResult, rel float64) {
	t.Helper()
	for _, k := range resultKeys {
		rk := rel
		if k == "r_p" {
			// A p-value far out in the tail amplifies r's last-bit
			// differences (at p = 1e-118, n = 200, about 3e-12).
			rk = 1e3 * rel
		}
		if !same(field(a, k), field(b, k), 1e-300, rk) {
			t.Errorf("%s: %s = %.17g, want %.17g", what, k, field(a, k), field(b, k))
		}
	}
	if strings.Join(texts(a.Warnings), "|") != strings.Join(texts(b.Warnings), "|") {
		t.Errorf("%s: warnings %q, want %q", what, a.Warnings, b.Warnings)
	}
}

// TestAccumulatorMatchesTest: adding the pairs one by one, or in shards
// merged in any order, gives Test's numbers within 1e-12 relative.
func TestAccumulatorMatchesTest(t *testing.T) {
	data := propertyData()
	_, cases := readR(t)
	for _, c := range cases {
		if c.Paired {
			data = append(data, dataset{"R/" + c.Name, rref.Floats(c.X), rref.Floats(c.Y)})
		}
	}
	for _, d := range data {
		for _, alt := range alternatives {
			o := Options{Alternative: alt, Mu: 0.05, ConfLevel: 0.9}
			want, err := Test(d.x, d.y, o)
			if err != nil {
				t.Fatal(err)
			}
			t.Run(d.name+"/"+alt.String()+"/sequential", func(t *testing.T) {
				var a Accumulator
				for i := range d.x {
					a.Add(d.x[i], d.y[i])
				}
				got, err := a.Result(o)
				if err != nil {
					t.Fatal(err)
				}
				compareResults(t, "sequential", got, want, 1e-12)
			})
			t.Run(d.name+"/"+alt.String()+"/slices", func(t *testing.T) {
				var a Accumulator
				h := max(1, len(d.x)/3)
				a.Add(d.x[0], d.y[0])
				if err := a.AddSlices(d.x[1:h], d.y[1:h]); err != nil {
					t.Fatal(err)
				}
				for i := h; i < 2*h; i++ {
					a.Add(d.x[i], d.y[i])
				}
				if err := a.AddSlices(d.x[2*h:], d.y[2*h:]); err != nil {
					t.Fatal(err)
				}
				got, err := a.Result(o)
				if err != nil {
					t.Fatal(err)
				}
				compareResults(t, "slices", got, want, 1e-12)
			})
			t.Run(d.name+"/"+alt.String()+"/shards", func(t *testing.T) {
				r := rand.New(rand.NewPCG(uint64(len(d.x)), 9))
				shards := make([]Accumulator, 1+r.IntN(7))
				for i := range d.x {
					shards[r.IntN(len(shards))].Add(d.x[i], d.y[i])
				}
				// Merge in a random order, as a tree.
				for len(shards) > 1 {
					i, j := r.IntN(len(shards)), r.IntN(len(shards))
					if i == j {
						continue
					}
					shards[i].Merge(&shards[j])
					shards = append(shards[:j], shards[j+1:]...)
				}
				got, err := shards[0].Result(o)
				if err != nil {
					t.Fatal(err)
				}
				compareResults(t, "shards", got, want, 1e-12)
			})
		}
	}
}

func TestAccumulatorNaNAndInf(t *testing.T) {
	var a, b Accumulator
	a.Add(1, 2)
	a.Add(math.NaN(), 2)
	a.Add(3, 3.5)
	b.Add(2, math.NaN())
	b.Add(4, 1)
	b.Add(math.Inf(1), 1) // pair 2 of b: pair 3 + 2 = 5 after the merge
	b.Add(0, math.Inf(-1))
	if a.N() != 2 || a.Dropped() != 1 {
		t.Errorf("N, Dropped = %d, %d", a.N(), a.Dropped())
	}
	r, err := a.Result(Options{})
	if err != nil || r.Dropped != 1 || r.N != 2 {
		t.Errorf("a: %v, %+v", err, r)
	}
	a.Merge(&b)
	_, err = a.Result(Options{})
	if !errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), "2 pairs") || !strings.Contains(err.Error(), "pair 5") {
		t.Errorf("err = %v, want ErrNonFinite naming 2 pairs, the first pair 5", err)
	}
	// AddSlices: NaN and Inf inside a block, and a length mismatch.
	var s Accumulator
	xs := []float64{1, 2, math.NaN(), 4, 5, 6}
	ys := []float64{1.5, 2, 3, math.Inf(1), 4, 7}
	if err := s.AddSlices(xs, ys[:5]); !errors.Is(err, ErrLength) {
		t.Errorf("AddSlices lengths: %v", err)
	}
	if err := s.AddSlices(xs, ys); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Result(Options{}); !errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), "pair 3") || s.Dropped() != 1 || s.N() != 4 {
		t.Errorf("AddSlices with NaN and Inf: %v, dropped %d, n %d", err, s.Dropped(), s.N())
	}
	var c Accumulator
	c.Merge(nil)
	c.Merge(&Accumulator{})
	if _, err := c.Result(Options{}); !errors.Is(err, ErrTooFew) {
		t.Errorf("empty: %v", err)
	}
	// Self-merge doubles.
	var d Accumulator
	for i := range sleepX {
		d.Add(sleepX[i], sleepY[i])
	}
	d.Merge(&d)
	x2 := append(append([]float64{}, sleepX...), sleepX...)
	y2 := append(append([]float64{}, sleepY...), sleepY...)
	want, _ := Test(x2, y2, Options{})
	got, err := d.Result(Options{})
	if err != nil {
		t.Fatal(err)
	}
	compareResults(t, "self-merge", got, want, 1e-12)
	// Overflowing squares.
	var e Accumulator
	e.Add(1e300, -1e300)
	e.Add(-1e300, 1e300)
	if _, err := e.Result(Options{}); !errors.Is(err, ErrNonFinite) {
		t.Errorf("overflow: %v", err)
	}
}

func TestAccumulatorAddAllocs(t *testing.T) {
	var a Accumulator
	n := testing.AllocsPerRun(100, func() {
		a.Add(1.5, 2)
		a.Add(math.NaN(), 1)
	})
	if n != 0 {
		t.Errorf("Add allocates %v times", n)
	}
}

func TestTestAllocs(t *testing.T) {
	x, y := make([]float64, 5000), make([]float64, 5000)
	for i := range x {
		x[i] = float64(i % 17)
		y[i] = float64(i%13) + 0.5
	}
	n := testing.AllocsPerRun(20, func() {
		if _, err := Test(x, y, Options{}); err != nil {
			panic(err)
		}
	})
	// O(1): nothing per pair (a no-warning result allocates nothing today).
	if n > 4 {
		t.Errorf("Test allocates %v times", n)
	}
}

// TestAccumulatorHardData: sorted data (each block's mean far from the
// running mean), a wild first pair, and values near 1e9, against Test.
func TestAccumulatorHardData(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	sorted := dataset{name: "sorted"}
	for i := range 100_000 {
		x := float64(i) * 0.37
		sorted.x = append(sorted.x, x)
		sorted.y = append(sorted.y, x-1+r.NormFloat64())
	}
	outlier := dataset{name: "outlier first", x: []float64{1e6}, y: []float64{-1e6}}
	big := dataset{name: "near 1e9"}
	for range 3000 {
		x := 1e9 + r.NormFloat64()*0.1
		big.x = append(big.x, x)
		big.y = append(big.y, x-0.01+0.001*r.NormFloat64())
	}
	for range 2000 {
		x := r.NormFloat64()
		outlier.x = append(outlier.x, x)
		outlier.y = append(outlier.y, x+0.1*r.NormFloat64())
	}
	for _, d := range []dataset{sorted, outlier, big} {
		t.Run(d.name, func(t *testing.T) {
			want := mustTest(t, d.x, d.y, Options{})
			var a Accumulator
			for i := range d.x {
				a.Add(d.x[i], d.y[i])
			}
			got, err := a.Result(Options{})
			if err != nil {
				t.Fatal(err)
			}
			compareResults(t, d.name, got, want, 1e-12)
		})
	}
}

// TestAccumulatorTinyValues: found by FuzzAccumulator
// (testdata/fuzz/FuzzAccumulator/416c9b59d34737bd): two pairs near 1e-222,
// whose squared deviations underflow to 0, came out of the Accumulator as
// "essentially constant" (ErrConstant) while Test, which rescales, gives
// the test. The Accumulator now says that the sums of squares underflow
// (ErrNonFinite, as for overflow); a tiny deviation that is negligible
// against the rest of the data is still fine.
func TestAccumulatorTinyValues(t *testing.T) {
	for _, c := range []struct {
		name string
		x, y []float64
		ok   bool
	}{
		{"near 1e-222", []float64{1.3832261657045163e-222, 1.3832261657045165e-222}, []float64{0, 1e-230}, false},
		{"subnormal", []float64{5e-324, 1e-323, 2e-323}, []float64{0, 0, 5e-324}, false},
		{"scaled 1e-200", []float64{1e-200, 3e-200, 2e-200, 5e-200}, []float64{2e-200, 2e-200, 1e-200, 1e-200}, false},
		{"one tiny deviation among ordinary ones", []float64{0, 1e-300, 5, 7, 2}, []float64{1, 1, 2, 2, 3}, true},
		{"ordinary", []float64{1, 3, 2, 5}, []float64{2, 2, 1, 1}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, err := Test(c.x, c.y, Options{})
			if err != nil {
				t.Fatalf("Test: %v", err)
			}
			var a Accumulator
			for i := range c.x {
				a.Add(c.x[i], c.y[i])
			}
			var s Accumulator
			if err := s.AddSlices(c.x, c.y); err != nil {
				t.Fatal(err)
			}
			for _, acc := range []*Accumulator{&a, &s} {
				got, err := acc.Result(Options{})
				if c.ok {
					if err != nil {
						t.Fatalf("Accumulator: %v", err)
					}
					compareResults(t, c.name, got, want, 1e-12)
					continue
				}
				if !errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), "underflow") {
					t.Errorf("Accumulator: %v, want ErrNonFinite saying the sums of squares underflow", err)
				}
			}
		})
	}
}
