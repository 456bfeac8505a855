package dist

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// TestFUpper checks the F upper tail against R 4.2.2's
// pf(x, d1, d2, lower.tail = FALSE), printed with 17 digits.
func TestFUpper(t *testing.T) {
	for _, c := range []struct{ x, d1, d2, want float64 }{
		{810.6, 1, 22, 7.4639600287049387e-19},
		{4.44, 1, 19, 0.048622394593332875},
		{0.5, 3, 40, 0.68441377661914204},
		{2.2, 2, 7.5, 0.17708371831372402},
		{30, 5, 100, 1.6580762554847075e-18},
	} {
		if got := FUpper(c.x, c.d1, c.d2); !scalar.EqualWithinRel(got, c.want, 1e-12) {
			t.Errorf("FUpper(%v, %v, %v) = %.17g, R %.17g", c.x, c.d1, c.d2, got, c.want)
		}
	}
	// F(1, d2) = T(d2)^2: the F tail is the two-sided t tail.
	for _, df := range []float64{3, 22, 1000} {
		for _, tt := range []float64{0.5, 2, 9} {
			if got, want := FUpper(tt*tt, 1, df), 2*TUpper(tt, df); !scalar.EqualWithinRel(got, want, 1e-12) {
				t.Errorf("FUpper(%v², 1, %v) = %.17g, 2 TUpper = %.17g", tt, df, got, want)
			}
		}
	}
	if FUpper(0, 1, 2) != 1 || FUpper(-1, 1, 2) != 1 || !math.IsNaN(FUpper(1, 0, 2)) || !math.IsNaN(FUpper(math.NaN(), 1, 2)) {
		t.Error("edge cases")
	}
}
