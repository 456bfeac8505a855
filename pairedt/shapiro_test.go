package pairedt

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/pairedt/pairedt/internal/rref"
)

func TestShapiroWilkMatchesR(t *testing.T) {
	ref := rankLoadRef(t)
	var errs rankErrTracker
	for _, c := range ref.Shapiro {
		t.Run(c.Name, func(t *testing.T) {
			// shapiro.test(x)
			got, err := ShapiroWilk(rref.Floats(c.X))
			if err != nil {
				t.Fatal(err)
			}
			if got.N != int(c.N) || got.Dropped != len(c.X)-int(c.N) {
				t.Errorf("N, Dropped = %d, %d; R n = %v of %d", got.N, got.Dropped, c.N, len(c.X))
			}
			errs.add("W", got.W, float64(c.W))
			errs.add("p", got.P, float64(c.P))
			if !rankClose(got.W, float64(c.W), 1e-10) {
				t.Errorf("W = %.17g, R %.17g", got.W, float64(c.W))
			}
			if !rankClose(got.P, float64(c.P), 1e-10) {
				t.Errorf("p = %.17g, R %.17g", got.P, float64(c.P))
			}
			// print(shapiro.test(x)); R writes tiny p-values as "< 2.2e-16".
			if !strings.Contains(c.Print, "< 2.2e-16") {
				if s, want := got.String(), c.Print+"\n"; s != want {
					t.Errorf("String() =\n%q\nR prints\n%q", s, want)
				}
			}
		})
	}
	errs.log(t)
}

func TestShapiroWilkInvariance(t *testing.T) {
	ref := rankLoadRef(t)
	for _, c := range ref.Shapiro {
		if strings.Contains(c.Name, "NA") {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			x := rref.Floats(c.X)
			base, err := ShapiroWilk(x)
			if err != nil {
				t.Fatal(err)
			}
			shift := make([]float64, len(x))
			scale := make([]float64, len(x))
			neg := make([]float64, len(x))
			rev := make([]float64, len(x))
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, v := range x {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
			c := 3 * (hi - lo)
			for i, v := range x {
				shift[i] = v + c
				scale[i] = v * 1000
				neg[i] = -v
				rev[len(x)-1-i] = v
			}
			// Location, scale, reflection and order leave W unchanged
			// (to rounding: a shift changes the low bits of x).
			for name, y := range map[string][]float64{"shift": shift, "scale": scale, "negate": neg, "reverse": rev} {
				r, err := ShapiroWilk(y)
				if err != nil {
					t.Fatal(err)
				}
				tol := 1e-12
				if name == "shift" {
					tol = 1e-9
				}
				if !scalar.EqualWithinAbsOrRel(r.W, base.W, tol, tol) {
					t.Errorf("%s: W = %.17g, want %.17g", name, r.W, base.W)
				}
				if !(r.W > 0 && r.W <= 1+1e-15 && r.P >= 0 && r.P <= 1) {
					t.Errorf("%s: W %v, p %v out of range", name, r.W, r.P)
				}
			}
		})
	}
}

func TestShapiroWilkErrors(t *testing.T) {
	big := make([]float64, 5001)
	for i := range big {
		big[i] = float64(i)
	}
	cases := []struct {
		name string
		x    []float64
		want error
	}{
		{"empty", nil, ErrTooFew},
		{"two", []float64{1, 2}, ErrTooFew},
		{"two after NaN", []float64{1, math.NaN(), 2}, ErrTooFew},
		{"too many", make([]float64, ShapiroWilkMaxN+1), ErrShapiroWilkN},
		{"identical", []float64{2, 2, 2, 2}, ErrConstant},
		{"inf", []float64{1, 2, math.Inf(1)}, ErrNonFinite},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ShapiroWilk(c.x)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}
	// Exactly 5000 is accepted without a warning; 5001 with
	// WarnShapiroWilkLargeN (SciPy's "p-value may not be accurate for
	// N > 5000"), as are ShapiroWilkMaxN values.
	if r, err := ShapiroWilk(big[:5000]); err != nil || len(r.Warnings) != 0 {
		t.Errorf("n = 5000: %v, warnings %v", err, r.Warnings)
	}
	r, err := ShapiroWilk(big)
	if err != nil || !hasWarning(r.Warnings, WarnShapiroWilkLargeN) || r.N != len(big) {
		t.Errorf("n = %d: %v, warnings %v", len(big), err, r.Warnings)
	}
	huge := make([]float64, ShapiroWilkMaxN)
	for i := range huge {
		huge[i] = float64(i*i%1013) + float64(i)/7
	}
	if r, err := ShapiroWilk(huge); err != nil || !(r.P >= 0 && r.P <= 1) || !hasWarning(r.Warnings, WarnShapiroWilkLargeN) {
		t.Errorf("n = %d: %v, %+v", len(huge), err, r)
	}
}

func TestShapiroWilkEdgeCases(t *testing.T) {
	// A range that overflows float64 is rescaled instead of giving NaN.
	r, err := ShapiroWilk([]float64{-1.5e308, 0, 1e308, 1.7e308})
	if err != nil {
		t.Fatal(err)
	}
	want, err := ShapiroWilk([]float64{-1.5, 0, 1, 1.7})
	if err != nil {
		t.Fatal(err)
	}
	if !scalar.EqualWithinAbsOrRel(r.W, want.W, 1e-12, 1e-12) || math.IsNaN(r.P) {
		t.Errorf("overflowing range: W %v p %v, want W %v", r.W, r.P, want.W)
	}
	// Extreme non-normality at small n: R's p of 1e-99.
	r, err = ShapiroWilk([]float64{0, 0, 0, 0, 0, 0, 0, 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.P > 1e-3 {
		t.Errorf("W %v p %v", r.W, r.P)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"statistic":`) || !strings.Contains(string(b), `"warnings":[]`) {
		t.Errorf("JSON %s", b)
	}
}

func TestShapiroWilkStringTinyP(t *testing.T) {
	// R prints "p-value < 2.2e-16" for the lognormal case of rank.R; the
	// String method prints the value.
	ref := rankLoadRef(t)
	for _, c := range ref.Shapiro {
		if !strings.Contains(c.Print, "< 2.2e-16") {
			continue
		}
		r, err := ShapiroWilk(rref.Floats(c.X))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Replace(c.Print, "p-value < 2.2e-16", "p-value = "+formatR(r.P, 4), 1) + "\n"
		if got := r.String(); got != want {
			t.Errorf("%s: String() = %q, want %q", c.Name, got, want)
		}
	}
}
