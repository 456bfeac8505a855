package pairedt

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/dist"
	"gonum.org/v1/gonum/floats/scalar"
)

// Identities of the t-test that hold whatever the data (up to rounding):
// they test the code against itself in ways a single reference value can't.

var sleepX = []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
var sleepY = []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}

type dataset struct {
	name string
	x, y []float64
}

func propertyData() []dataset {
	r := rand.New(rand.NewPCG(7, 11))
	gen := func(n int, shift, noise float64) dataset {
		x, y := make([]float64, n), make([]float64, n)
		for i := range x {
			x[i] = 20 + 4*r.NormFloat64()
			y[i] = x[i] - shift + noise*r.NormFloat64()
		}
		return dataset{fmt.Sprintf("normal/n=%d/shift=%g", n, shift), x, y}
	}
	return []dataset{
		{"sleep", sleepX, sleepY},
		{"n2", []float64{1.5, 3.25}, []float64{0.5, 1.0}},
		{"n3", []float64{2.1, 3.4, 1.9}, []float64{1.0, 2.2, 1.3}},
		gen(12, 0.3, 1),
		gen(40, -1.5, 2),
		gen(200, 0.05, 1),
		gen(1500, 4, 0.5),
	}
}

var alternatives = []Alternative{TwoSided, Less, Greater}

func mustTest(t *testing.T, x, y []float64, o Options) TTestResult {
	t.Helper()
	r, err := Test(x, y, o)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// same reports whether a and b agree within rel relative (or abs absolute,
// for values near zero), treating equal infinities and NaNs as equal.
func same(a, b, abs, rel float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return scalar.EqualWithinAbsOrRel(a, b, abs, rel)
}

func neg(a Alternative) Alternative {
	switch a {
	case Less:
		return Greater
	case Greater:
		return Less
	}
	return a
}

func TestPropertySwap(t *testing.T) {
	for _, d := range propertyData() {
		for _, alt := range alternatives {
			for _, mu := range []float64{0, 0.25} {
				t.Run(fmt.Sprintf("%s/%v/mu=%g", d.name, alt, mu), func(t *testing.T) {
					a := mustTest(t, d.x, d.y, Options{Alternative: alt, Mu: mu})
					b := mustTest(t, d.y, d.x, Options{Alternative: neg(alt), Mu: -mu})
					check := []struct {
						name string
						got  float64
						want float64
					}{
						{"t", b.T, -a.T}, {"mean_diff", b.MeanDiff, -a.MeanDiff}, {"d_z", b.DZ, -a.DZ},
						{"g_z", b.GZ, -a.GZ}, {"p", b.P, a.P}, {"ci_low", b.CILow, -a.CIHigh},
						{"ci_high", b.CIHigh, -a.CILow}, {"d_z_ci_low", b.DZCILow, -a.DZCIHigh},
						{"d_z_ci_high", b.DZCIHigh, -a.DZCILow}, {"r", b.R, a.R}, {"d_av", b.DAv, -a.DAv},
						{"sd_diff", b.SDDiff, a.SDDiff},
					}
					for _, c := range check {
						if !same(c.got, c.want, 1e-14, 1e-12) {
							t.Errorf("%s: swapped %.17g, want %.17g", c.name, c.got, c.want)
						}
					}
				})
			}
		}
	}
}

func TestPropertyShiftPermuteScale(t *testing.T) {
	for _, d := range propertyData() {
		for _, alt := range alternatives {
			o := Options{Alternative: alt, Mu: 0.1, ConfLevel: 0.9}
			base := mustTest(t, d.x, d.y, o)
			t.Run(d.name+"/"+alt.String()+"/shift", func(t *testing.T) {
				xs, ys := slices.Clone(d.x), slices.Clone(d.y)
				for i := range xs {
					xs[i] += 1000
					ys[i] += 1000
				}
				r := mustTest(t, xs, ys, o)
				// Adding 1000 rounds x and y to fewer bits, so d changes
				// by up to ~1e-13 absolute.
				for _, k := range []string{"t", "p", "mean_diff", "sd_diff", "ci_low", "ci_high", "d_z", "r"} {
					if !same(field(r, k), field(base, k), 1e-11, 1e-10) {
						t.Errorf("%s: %.17g after shift, %.17g before", k, field(r, k), field(base, k))
					}
				}
				if !same(r.MeanX, base.MeanX+1000, 0, 1e-14) {
					t.Errorf("mean_x %v, want %v", r.MeanX, base.MeanX+1000)
				}
			})
			t.Run(d.name+"/"+alt.String()+"/permute", func(t *testing.T) {
				p := rand.New(rand.NewPCG(1, uint64(len(d.x)))).Perm(len(d.x))
				xs, ys := make([]float64, len(p)), make([]float64, len(p))
				for i, j := range p {
					xs[i], ys[i] = d.x[j], d.y[j]
				}
				r := mustTest(t, xs, ys, o)
				for _, k := range []string{"t", "p", "mean_diff", "sd_diff", "ci_low", "ci_high", "d_z", "d_z_ci_low", "d_z_ci_high", "r", "r_p", "sd_x"} {
					if !same(field(r, k), field(base, k), 1e-14, 1e-12) {
						t.Errorf("%s: %.17g permuted, %.17g before", k, field(r, k), field(base, k))
					}
				}
			})
			for _, a := range []float64{2.5, 0x1p-600, 0x1p+600} {
				t.Run(fmt.Sprintf("%s/%v/scale=%g", d.name, alt, a), func(t *testing.T) {
					xs, ys := slices.Clone(d.x), slices.Clone(d.y)
					for i := range xs {
						xs[i] *= a
						ys[i] *= a
					}
					oa := o
					oa.Mu *= a
					r := mustTest(t, xs, ys, oa)
					for _, k := range []string{"t", "p", "d_z", "g_z", "d_z_ci_low", "d_z_ci_high", "r", "r_p", "d_av"} {
						if !same(field(r, k), field(base, k), 1e-14, 1e-12) {
							t.Errorf("%s: %.17g scaled, %.17g before", k, field(r, k), field(base, k))
						}
					}
					for _, k := range []string{"mean_diff", "sd_diff", "se", "ci_low", "ci_high", "sd_x", "mean_y"} {
						if !same(field(r, k)/a, field(base, k), 1e-14, 1e-12) {
							t.Errorf("%s/a: %.17g scaled, %.17g before", k, field(r, k)/a, field(base, k))
						}
					}
				})
			}
		}
	}
}

func TestPropertyOneSampleEqualsPaired(t *testing.T) {
	for _, d := range propertyData() {
		for _, alt := range alternatives {
			t.Run(d.name+"/"+alt.String(), func(t *testing.T) {
				o := Options{Alternative: alt, Mu: -0.2, ConfLevel: 0.99}
				p := mustTest(t, d.x, d.y, o)
				diff := make([]float64, len(d.x))
				for i := range diff {
					diff[i] = d.x[i] - d.y[i]
				}
				s, err := OneSample(diff, o)
				if err != nil {
					t.Fatal(err)
				}
				for _, k := range []string{"n", "df", "t", "p", "mean_diff", "sd_diff", "se", "ci_low", "ci_high", "d_z", "d_z_ci_low", "d_z_ci_high", "g_z", "g_z_ci_low", "g_z_ci_high"} {
					if !same(field(s, k), field(p, k), 1e-14, 1e-12) {
						t.Errorf("%s: one-sample %.17g, paired %.17g", k, field(s, k), field(p, k))
					}
				}
				for _, k := range []string{"mean_x", "sd_y", "r", "r_p", "d_av"} {
					if !math.IsNaN(field(s, k)) {
						t.Errorf("%s = %v for a one-sample test, want NaN", k, field(s, k))
					}
				}
			})
		}
	}
}

// TestPropertyTailsAndIntervals: the one-sided p-values sum to 1; the
// interval excludes mu exactly when p < 1 - level (on the test's side);
// the d_z interval excludes 0 exactly when p < 1 - level; d_z sqrt(n) = t;
// g_z = J d_z with 0 < J < 1.
func TestPropertyTailsAndIntervals(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for _, d := range propertyData() {
		base := mustTest(t, d.x, d.y, Options{})
		for i := range 20 {
			mu := base.MeanDiff + base.SE*4*r.NormFloat64()
			level := []float64{0.9, 0.95, 0.99}[i%3]
			t.Run(fmt.Sprintf("%s/mu=%.4g/%g", d.name, mu, level), func(t *testing.T) {
				lo := mustTest(t, d.x, d.y, Options{Alternative: Less, Mu: mu, ConfLevel: level})
				hi := mustTest(t, d.x, d.y, Options{Alternative: Greater, Mu: mu, ConfLevel: level})
				two := mustTest(t, d.x, d.y, Options{Alternative: TwoSided, Mu: mu, ConfLevel: level})
				if !scalar.EqualWithinAbs(lo.P+hi.P, 1, 1e-15) {
					t.Errorf("p(less) + p(greater) = 1%+g", lo.P+hi.P-1)
				}
				if !same(two.P, 2*math.Min(lo.P, hi.P), 1e-300, 1e-13) {
					t.Errorf("two-sided p %v, twice the smaller one-sided %v", two.P, 2*math.Min(lo.P, hi.P))
				}
				alpha := 1 - level
				for _, c := range []struct {
					r        TTestResult
					excludes bool
				}{
					{two, mu < two.CILow || mu > two.CIHigh},
					{lo, mu > lo.CIHigh},
					{hi, mu < hi.CILow},
				} {
					if math.Abs(c.r.P-alpha) < 1e-9 {
						continue
					}
					if c.excludes != (c.r.P < alpha) {
						t.Errorf("%v: CI [%v, %v] excludes mu %v: %v; p = %v", c.r.Alternative, c.r.CILow, c.r.CIHigh, mu, c.excludes, c.r.P)
					}
					dzExcl := c.r.DZCILow > 0 || c.r.DZCIHigh < 0
					if dzExcl != (c.r.P < alpha) {
						t.Errorf("%v: d_z CI [%v, %v] excludes 0: %v; p = %v", c.r.Alternative, c.r.DZCILow, c.r.DZCIHigh, dzExcl, c.r.P)
					}
					if !(c.r.DZCILow <= c.r.DZ && c.r.DZ <= c.r.DZCIHigh) && c.r.N > 2 {
						// Not an identity in general, but true for these data.
						t.Errorf("d_z %v outside its interval [%v, %v]", c.r.DZ, c.r.DZCILow, c.r.DZCIHigh)
					}
				}
				n := float64(two.N)
				if !same(two.DZ*math.Sqrt(n), two.T, 1e-14, 1e-13) {
					t.Errorf("d_z sqrt(n) = %v, t = %v", two.DZ*math.Sqrt(n), two.T)
				}
				j := hedgesJ(two.DF)
				if two.N == 2 {
					if j != 0 || two.GZ != 0 {
						t.Errorf("n = 2: J = %v, g_z = %v; want 0, 0", j, two.GZ)
					}
				} else if !(j > 0 && j < 1) || !same(two.GZ, j*two.DZ, 0, 1e-15) {
					t.Errorf("g_z = %v, J = %v, d_z = %v", two.GZ, j, two.DZ)
				}
			})
		}
	}
}

// TestHedgesJ checks J against 40-digit values from Python's mpmath,
// gamma(m/2) / (sqrt(m/2) gamma((m-1)/2)) (R's exp(lgamma(m/2) -
// log(sqrt(m/2)) - lgamma((m-1)/2)), as effectsize computes it, is off by
// about 5e-15 at m = 22 and 59), and against the approximation
// 1 - 3/(4m - 1) for large m.
func TestHedgesJ(t *testing.T) {
	for _, c := range []struct{ m, want float64 }{
		{1, 0},
		{2, 0.56418958354775628},
		{9, 0.91387489179255226651},
		{22, 0.96545065879062981198},
		{59, 0.9872249545597797828},
		{61, 0.9876458224496738179},
		{200, 0.99624452247912655441},
	} {
		if got := hedgesJ(c.m); !scalar.EqualWithinAbsOrRel(got, c.want, 0, 1e-14) {
			t.Errorf("J(%v) = %.17g, want %.17g", c.m, got, c.want)
		}
	}
	for _, m := range []float64{100, 1e3, 1e5, 1e7} {
		want := 1 - 3/(4*m-1) // error O(1/m^2)
		if got := hedgesJ(m); !scalar.EqualWithinAbs(got, want, 2/(m*m)) {
			t.Errorf("J(%v) = %.17g, approximation %.17g", m, got, want)
		}
	}
	// Continuity across the switch from math.Gamma to the series at x = 30.
	if a, b := dist.GammaRatioHalf(30-1e-9), dist.GammaRatioHalf(30); !scalar.EqualWithinRel(a, b, 1e-10) {
		t.Errorf("gammaRatioHalf jumps at 30: %.17g, %.17g", a, b)
	}
}

func TestNaNPairsDropped(t *testing.T) {
	x := []float64{0.7, math.NaN(), -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0, 1.1}
	y := []float64{1.9, 0.8, math.NaN(), 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4, math.NaN()}
	var cx, cy []float64
	for i := range x {
		if !math.IsNaN(x[i]) && !math.IsNaN(y[i]) {
			cx, cy = append(cx, x[i]), append(cy, y[i])
		}
	}
	for _, alt := range alternatives {
		o := Options{Alternative: alt}
		r := mustTest(t, x, y, o)
		c := mustTest(t, cx, cy, o)
		if r.Dropped != 3 || r.N != 8 {
			t.Errorf("n, dropped = %d, %d; want 8, 3", r.N, r.Dropped)
		}
		for _, k := range []string{"t", "p", "mean_diff", "sd_diff", "ci_low", "ci_high", "d_z", "d_z_ci_low", "r", "sd_x"} {
			if !same(field(r, k), field(c, k), 1e-14, 1e-13) {
				t.Errorf("%s: %.17g with NaN pairs, %.17g without", k, field(r, k), field(c, k))
			}
		}
		if len(r.Warnings) == 0 || !strings.Contains(r.Warnings[0].String(), "3 pairs dropped") {
			t.Errorf("warnings %q", r.Warnings)
		}
	}
}

// TestErrors covers every error path of Test, OneSample and Accumulator.
func TestErrors(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	cases := []struct {
		name   string
		x, y   []float64
		o      Options
		want   error
		detail string
	}{
		{"lengths", []float64{1, 2, 3}, []float64{1, 2}, Options{}, ErrLength, "len(x) = 3, len(y) = 2"},
		{"empty", nil, nil, Options{}, ErrTooFew, "0 complete"},
		{"one pair", []float64{1}, []float64{2}, Options{}, ErrTooFew, "1 complete"},
		{"one complete pair", []float64{1, nan, 3}, []float64{2, 5, nan}, Options{}, ErrTooFew, "2 dropped"},
		{"all NaN", []float64{nan, nan}, []float64{nan, 1}, Options{}, ErrTooFew, "0 complete"},
		{"+Inf in x", []float64{1, 2, inf, 4}, []float64{1, 3, 2, 5}, Options{}, ErrNonFinite, "pair 2"},
		{"-Inf in y", []float64{1, 2, 3, 4}, []float64{1, -inf, 2, 5}, Options{}, ErrNonFinite, "pair 1"},
		{"Inf after NaN pair", []float64{nan, 2, 3, 4}, []float64{1, 3, inf, 5}, Options{}, ErrNonFinite, "pair 2"},
		{"constant", []float64{1, 2, 3}, []float64{0, 1, 2}, Options{}, ErrConstant, "equal 1"},
		{"constant vs mu", []float64{1, 2, 3}, []float64{1, 2, 3}, Options{Mu: 1}, ErrConstant, "mu = 1"},
		{"essentially constant", []float64{1e10 + 1, 1e10 + 1.0000019073486328}, []float64{0, 0}, Options{}, ErrConstant, ""},
		{"identical", []float64{1, 2, 3}, []float64{1, 2, 3}, Options{}, ErrIdentical, "mu = 0"},
		{"differences all mu", []float64{1, 2, 3}, []float64{0.5, 1.5, 2.5}, Options{Mu: 0.5}, ErrIdentical, "mu = 0.5"},
		{"level 1", sleepX, sleepY, Options{ConfLevel: 1}, ErrConfLevel, ""},
		{"level negative", sleepX, sleepY, Options{ConfLevel: -0.95}, ErrConfLevel, ""},
		{"level 95", sleepX, sleepY, Options{ConfLevel: 95}, ErrConfLevel, ""},
		{"level NaN", sleepX, sleepY, Options{ConfLevel: nan}, ErrConfLevel, ""},
		{"mu NaN", sleepX, sleepY, Options{Mu: nan}, ErrMu, ""},
		{"mu Inf", sleepX, sleepY, Options{Mu: -inf}, ErrMu, ""},
		{"alternative", sleepX, sleepY, Options{Alternative: 3}, ErrAlternative, ""},
		{"difference overflows", []float64{1.7e308, -1.7e308, 1e308}, []float64{-1.7e308, 1.7e308, 0}, Options{}, ErrNonFinite, "range"},
	}
	for _, c := range cases {
		t.Run("Test/"+c.name, func(t *testing.T) {
			_, err := Test(c.x, c.y, c.o)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), c.detail) {
				t.Errorf("err = %q, want it to mention %q", err, c.detail)
			}
		})
		if c.want == ErrLength {
			continue
		}
		t.Run("Accumulator/"+c.name, func(t *testing.T) {
			var a Accumulator
			for i := range c.x {
				a.Add(c.x[i], c.y[i])
			}
			_, err := a.Result(c.o)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}
	oneSample := []struct {
		name string
		x    []float64
		o    Options
		want error
	}{
		{"empty", nil, Options{}, ErrTooFew},
		{"one", []float64{nan, 3}, Options{}, ErrTooFew},
		{"Inf", []float64{1, 2, -inf}, Options{}, ErrNonFinite},
		{"constant", []float64{2, 2, 2}, Options{}, ErrConstant},
		{"all mu", []float64{2, 2, 2}, Options{Mu: 2}, ErrIdentical},
		{"level", []float64{1, 2}, Options{ConfLevel: 2}, ErrConfLevel},
		{"mu", []float64{1, 2}, Options{Mu: inf}, ErrMu},
		{"alternative", []float64{1, 2}, Options{Alternative: -1}, ErrAlternative},
	}
	for _, c := range oneSample {
		t.Run("OneSample/"+c.name, func(t *testing.T) {
			if _, err := OneSample(c.x, c.o); !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
		})
	}
}

// TestExtremeValues: data at the ends of float64's range take the careful
// scaled path and give the same t as ordinary data.
func TestExtremeValues(t *testing.T) {
	base := mustTest(t, sleepX, sleepY, Options{})
	for _, a := range []float64{1e300, 1e-300, 0x1p-1060} {
		xs, ys := slices.Clone(sleepX), slices.Clone(sleepY)
		for i := range xs {
			xs[i] *= a
			ys[i] *= a
		}
		r, err := Test(xs, ys, Options{})
		if err != nil {
			t.Fatalf("scale %g: %v", a, err)
		}
		rel := 1e-12
		if a < 1e-310 {
			rel = 1e-3 // subnormal inputs keep only about 10 bits
		}
		if !same(r.T, base.T, 0, rel) || !same(r.SDDiff/a, base.SDDiff, 0, rel) {
			t.Errorf("scale %g: t %v sd/a %v, want %v %v", a, r.T, r.SDDiff/a, base.T, base.SDDiff)
		}
	}
}

func TestJSON(t *testing.T) {
	r := mustTest(t, sleepX, sleepY, Options{Alternative: Less})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"ci_low":"-Inf"`, `"alternative":"less"`, `"warnings":[]`, `"d_z_ci_low":"-Inf"`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s: %s", want, s)
		}
	}
	var back TTestResult
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip:\n%#v\n%#v", back, r)
	}
	// The keys are exactly TTestResult's json tags, in order, then the codes of
	// the warnings.
	var keys []string
	rt := reflect.TypeOf(TTestResult{})
	for i := range rt.NumField() {
		keys = append(keys, strings.Split(rt.Field(i).Tag.Get("json"), ",")[0])
	}
	keys = append(keys, "warning_codes")
	dec := json.NewDecoder(strings.NewReader(s))
	var got []string
	dec.Token()
	for dec.More() {
		k, _ := dec.Token()
		got = append(got, k.(string))
		var v json.RawMessage
		dec.Decode(&v)
	}
	if !slices.Equal(got, keys) {
		t.Errorf("keys %v\nwant %v", got, keys)
	}
	// NaN is null, and decodes back to NaN.
	o, err := OneSample(sleepX, Options{Alternative: Greater})
	if err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(o)
	if !strings.Contains(string(b), `"mean_x":null`) || !strings.Contains(string(b), `"ci_high":"Inf"`) {
		t.Errorf("one-sample JSON: %s", b)
	}
	var o2 TTestResult
	if err := json.Unmarshal(b, &o2); err != nil || !math.IsNaN(o2.MeanX) || !math.IsInf(o2.CIHigh, 1) {
		t.Errorf("decoded %+v, %v", o2, err)
	}
	if err := json.Unmarshal([]byte(`{"t":"x"}`), &o2); err == nil {
		t.Error("bad number accepted")
	}
}

// TestString compares with R 4.2.2's print(t.test(extra ~ group, ...)) for
// the sleep data (ANCHORS.md, section 2.1) and the article's p-value.
func TestString(t *testing.T) {
	want := "\n\tPaired t-test\n\ndata:  x and y\nt = -4.0621, df = 9, p-value = 0.002833\n" +
		"alternative hypothesis: true mean difference is not equal to 0\n95 percent confidence interval:\n" +
		" -2.4598858 -0.7001142\nsample estimates:\nmean difference \n          -1.58 \n\n"
	if got := mustTest(t, sleepX, sleepY, Options{}).String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	one, _ := OneSample(sleepX, Options{Mu: 0.5, Alternative: Greater, ConfLevel: 0.9})
	s := one.String()
	for _, w := range []string{"\tOne Sample t-test\n", "data:  x\n", "true mean is greater than 0.5\n", "90 percent confidence interval:\n", "mean of x \n"} {
		if !strings.Contains(s, w) {
			t.Errorf("one-sample print lacks %q:\n%s", w, s)
		}
	}
	art := TTestResult{T: -28.471, DF: 22, P: 7.4641731735619e-19, ConfLevel: 0.95, MeanX: 1}
	if !strings.Contains(art.String(), "t = -28.471, df = 22, p-value = 7.464e-19\n") {
		t.Errorf("article print:\n%s", art.String())
	}
	art.P = 0
	if !strings.Contains(art.String(), "p-value < 4.9e-324") {
		t.Errorf("p = 0 print:\n%s", art.String())
	}
}

// TestFormatR: R 4.2.2's format(x, digits = d).
func TestFormatR(t *testing.T) {
	for _, c := range []struct {
		x    float64
		d    int
		want string
	}{
		{9999999, 5, "1e+07"},
		{0.0028328901973842702, 4, "0.002833"},
		{1.234e-5, 4, "1.234e-05"},
		{100, 7, "100"},
		{123456789, 7, "123456789"},
		{1234567.1, 7, "1234567"},
		{0.30000000000000004, 7, "0.3"},
		{1e-20, 4, "1e-20"},
		{-4.0621276833820366, 5, "-4.0621"},
		{7.4641731735619e-19, 4, "7.464e-19"},
		{0.5, 7, "0.5"},
		{0.33333333333333331, 7, "0.3333333"},
		{-1.5800000000000001, 7, "-1.58"},
		{123456.7, 3, "123457"},
		{0, 7, "0"},
	} {
		if got := formatR(c.x, c.d); got != c.want {
			t.Errorf("format(%v, digits = %d) = %q, R %q", c.x, c.d, got, c.want)
		}
	}
	for _, c := range []struct {
		x    []float64
		want []string
	}{
		{[]float64{math.Inf(-1), 0.7671478}, []string{"     -Inf", "0.7671478"}},
		{[]float64{-2.4598857632769824, -0.70011423672301754}, []string{"-2.4598858", "-0.7001142"}},
		{[]float64{1e-10, 1}, []string{"1e-10", "1e+00"}},
		{[]float64{1.5, math.Inf(1)}, []string{"1.5", "Inf"}},
		{[]float64{-0.5297804, 2.0297804}, []string{"-0.5297804", " 2.0297804"}},
	} {
		if got := formatRVec(c.x, 7); !slices.Equal(got, c.want) {
			t.Errorf("format(%v) = %q, R %q", c.x, got, c.want)
		}
	}
}

func TestWarnings(t *testing.T) {
	r := mustTest(t, []float64{1, 2, 3, math.NaN()}, []float64{1.5, 2, 4, 1}, Options{})
	if len(r.Warnings) != 2 || !strings.Contains(r.Warnings[0].String(), "dropped") || !strings.Contains(r.Warnings[1].String(), "only 3 pairs") {
		t.Errorf("warnings %q", r.Warnings)
	}
	r = mustTest(t, []float64{1, 1, 1}, []float64{0.5, 2, 4}, Options{})
	if !math.IsNaN(r.R) || !strings.Contains(strings.Join(texts(r.Warnings), "|"), "correlation r") {
		t.Errorf("constant x: r = %v, warnings %q", r.R, r.Warnings)
	}
}
