package audit

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// The number parser's fuzzer, against an oracle in exact rational
// arithmetic (math/big); the GRIM and percentage checks' fuzzers are in
// grim_fuzz_test.go. Seed corpora are in testdata/fuzz/FuzzName/.

// FuzzParseNumber: ParseNumber never panics; an error wraps ErrUnparsable
// and quotes the text; a parsed number keeps the text, has a known
// comparison, and its Value is the correctly rounded float64 of the
// printed decimal (all the digits of the text over 10^Decimals, so within
// HalfUnit of the text wherever float64 resolves that unit, and within
// half an ulp everywhere); printing Value with
// Decimals decimals and parsing that again gives the same number.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"0,000", "-28,471", "< .001", "p = 0.05", "1.234,5", "1,234.5", "1.234.567", "n.s.",
		"\u2212 3.5", "\u2264 0,05", ".5", "5.", "1,2,3", "00012.3400", "+7", "99999999999999999999999.5",
		"0." + strings.Repeat("0", 330) + "1", "1" + strings.Repeat("0", 400)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			if !errors.Is(err, ErrUnparsable) || !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Fatalf("ParseNumber(%q): %v", s, err)
			}
			return
		}
		if n.Text != s {
			t.Fatalf("Text %q, input %q", n.Text, s)
		}
		if n.Comparison == "ns" {
			if !math.IsNaN(n.Value) {
				t.Fatalf("%q: ns with value %v", s, n.Value)
			}
			return
		}
		switch n.Comparison {
		case "=", "<", ">", "<=", ">=":
		default:
			t.Fatalf("%q: comparison %q", s, n.Comparison)
		}
		if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) || n.Decimals < 0 {
			t.Fatalf("%q: value %v, decimals %d", s, n.Value, n.Decimals)
		}
		// The printed decimal: every digit of the text, over 10^Decimals.
		var digits strings.Builder
		for _, r := range normalizeDashes(s) {
			if r >= '0' && r <= '9' {
				digits.WriteRune(r)
			}
		}
		if digits.Len() < n.Decimals {
			t.Fatalf("%q: %d decimals but %d digits", s, n.Decimals, digits.Len())
		}
		exact, ok := new(big.Rat).SetString(digits.String())
		if !ok {
			t.Fatalf("%q: digits %q", s, digits.String())
		}
		exact.Quo(exact, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Decimals)), nil)))
		if n.Value < 0 || n.Value == 0 && math.Signbit(n.Value) {
			exact.Neg(exact)
		}
		want, _ := exact.Float64() // nearest float64
		if n.Value != want {
			t.Fatalf("%q: value %.17g, the printed decimal %s is %.17g", s, n.Value, exact.FloatString(n.Decimals), want)
		}
		// Within half a unit of the last decimal wherever float64 resolves
		// that unit (beyond 2^53 the spacing of float64s is coarser).
		ulp := math.Nextafter(math.Abs(n.Value), math.Inf(1)) - math.Abs(n.Value)
		if d, _ := new(big.Rat).Sub(new(big.Rat).SetFloat64(n.Value), exact).Float64(); math.Abs(d) > n.HalfUnit() && math.Abs(d) > ulp/2 {
			t.Fatalf("%q: value %v is %v from the text, more than half a unit %v", s, n.Value, d, n.HalfUnit())
		}
		if math.Abs(n.Value) < 1e15 && n.Decimals <= 30 {
			txt := strconv.FormatFloat(n.Value, 'f', n.Decimals, 64)
			m, err := ParseNumber(txt)
			if err != nil || m.Value != n.Value || m.Decimals != n.Decimals {
				t.Fatalf("%q -> %v (%d decimals) -> %q -> %+v, %v", s, n.Value, n.Decimals, txt, m, err)
			}
			if c := strings.Replace(txt, ".", ",", 1); c != txt {
				if m, err := ParseNumber(c); err != nil || m.Value != n.Value || m.Decimals != n.Decimals {
					t.Fatalf("decimal comma %q -> %+v, %v", c, m, err)
				}
			}
		}
	})
}
