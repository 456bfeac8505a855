// Package rref reads the reference values the tests compare with: JSON files
// written by the R and mpmath scripts under testdata/r/, where R's non-finite
// values are the strings "Inf", "-Inf", "NaN" and "NA" (or null), and some
// numbers are strings of 17 significant digits. It is test support, as
// go-moremath keeps internal/mathtest.
package rref

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// Float is a reference number: a JSON number, null (NaN), or a string
// holding a number, "Inf", "-Inf", "NaN" or "NA" (NaN).
type Float float64

// UnmarshalJSON implements json.Unmarshaler.
func (f *Float) UnmarshalJSON(b []byte) error {
	v, err := Parse(b)
	if err != nil {
		return err
	}
	*f = Float(v)
	return nil
}

// Parse reads one JSON value as a reference number (see Float).
func Parse(b []byte) (float64, error) {
	s := strings.TrimSpace(string(b))
	if s == "null" {
		return math.NaN(), nil
	}
	if strings.HasPrefix(s, `"`) {
		var str string
		if err := json.Unmarshal([]byte(s), &str); err != nil {
			return 0, err
		}
		return ParseString(str)
	}
	var v float64
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return 0, fmt.Errorf("rref: %s is not a reference number: %w", s, err)
	}
	return v, nil
}

// ParseString reads a number written as text by R: decimal or exponent
// notation, "Inf", "-Inf", "NaN" or "NA".
func ParseString(s string) (float64, error) {
	switch s {
	case "Inf":
		return math.Inf(1), nil
	case "-Inf":
		return math.Inf(-1), nil
	case "NaN", "NA":
		return math.NaN(), nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("rref: %q is not a reference number", s)
	}
	return v, nil
}

// Floats converts a slice of reference numbers.
func Floats(v []Float) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}

// Load decodes the JSON file name into v, failing the test on any error.
func Load(t testing.TB, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// Close reports whether got equals want within the absolute tolerance abs
// or the relative tolerance rel; NaN equals NaN and an infinity only itself.
func Close(got, want, abs, rel float64) bool {
	switch {
	case math.IsNaN(want) || math.IsNaN(got):
		return math.IsNaN(want) && math.IsNaN(got)
	case math.IsInf(want, 0) || math.IsInf(got, 0):
		return got == want
	}
	return scalar.EqualWithinAbsOrRel(got, want, abs, rel)
}

// Check reports a test error naming what when got is not Close to want.
func Check(t testing.TB, what string, got, want, abs, rel float64) {
	t.Helper()
	if !Close(got, want, abs, rel) {
		t.Errorf("%s = %.17g, want %.17g (abs %g, rel %g; relative error %.3g)", what, got, want, abs, rel, RelErr(got, want))
	}
}

// RelErr is |got - want| / |want| (|got - want| when want is 0; 0 when both
// are the same non-finite value).
func RelErr(got, want float64) float64 {
	if got == want || (math.IsNaN(got) && math.IsNaN(want)) {
		return 0
	}
	d := math.Abs(got - want)
	if want == 0 {
		return d
	}
	return d / math.Abs(want)
}
