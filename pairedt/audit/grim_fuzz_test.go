package audit

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// grimOracle reports, in exact arithmetic, whether some integer sum s makes
// mult s / N round to the printed decimal x at its decimals, halves either
// way (GRIM's definition with scrutiny's "up_or_down"): |mult s / N - x| <=
// half a unit of the last decimal.
func grimOracle(t *testing.T, x string, N, mult int64) bool {
	t.Helper()
	num, err := ParseNumber(x)
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	xr, ok := new(big.Rat).SetString(strings.Replace(strings.TrimSpace(x), ",", ".", 1))
	if !ok {
		t.Fatalf("oracle: %q", x)
	}
	half := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Mul(big.NewInt(2), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(num.Decimals)), nil)))
	// the nearest integer sums to x N / mult, and their neighbours
	c := new(big.Rat).Mul(xr, big.NewRat(N, mult))
	centre := new(big.Int).Quo(c.Num(), c.Denom())
	for d := int64(-2); d <= 2; d++ {
		s := new(big.Int).Add(centre, big.NewInt(d))
		v := new(big.Rat).SetFrac(new(big.Int).Mul(s, big.NewInt(mult)), big.NewInt(N))
		diff := new(big.Rat).Sub(v, xr)
		if diff.Abs(diff).Cmp(half) <= 0 {
			return true
		}
	}
	return false
}

// FuzzGRIM: a mean computed from an actual integer sum of n values of
// items items each, printed with d decimals (with a decimal point or
// comma), is GRIM-consistent; and for any printed value near it (shifted by
// a few units of the last decimal) GRIM's verdict is the definition's,
// computed in exact arithmetic: consistent exactly when some integer sum
// rounds to the printed value. The same for percentages of n.
func FuzzGRIM(f *testing.F) {
	f.Add(uint32(145), uint16(27), uint8(0), uint8(2), false, false, int8(0))
	f.Add(uint32(145), uint16(27), uint8(0), uint8(2), false, false, int8(1)) // 5.19, n = 28: the GRIM paper's inconsistent mean
	f.Add(uint32(4), uint16(22), uint8(0), uint8(1), true, true, int8(0))     // 17,4 % of 23
	f.Add(uint32(1), uint16(7), uint8(0), uint8(3), false, false, int8(0))    // 0.125, an exact tie
	f.Add(uint32(1000), uint16(499), uint8(1), uint8(1), false, false, int8(-3))
	f.Fuzz(func(t *testing.T, sum uint32, nb uint16, ib uint8, db uint8, percent, comma bool, shift int8) {
		n := 1 + int64(nb)%1000
		items := 1 + int64(ib)%5
		if n*items > 1000 || percent {
			items = 1
		}
		N := n * items
		d := int(db) % 7
		mult := int64(1)
		var s int64
		if percent {
			d %= 5
			mult = 100
			s = int64(sum) % (n + 1)
		} else {
			s = int64(sum) % (100*N + 1)
		}
		v, _ := new(big.Rat).SetFrac64(mult*s, N).Float64()
		x := strconv.FormatFloat(v, 'f', d, 64)
		unit := math.Pow(10, -float64(d))
		shifted := strconv.FormatFloat(v+float64(shift%4)*unit, 'f', d, 64)
		if strings.HasPrefix(shifted, "-") {
			shifted = x
		}
		for _, p := range []string{x, shifted} {
			q := p
			if comma {
				q = strings.Replace(p, ".", ",", 1)
			}
			ok, err := GRIM(q, int(n), int(items), percent)
			if err != nil {
				t.Fatalf("GRIM(%q, %d, %d, %v): %v", q, n, items, percent, err)
			}
			if p == x && !ok {
				t.Fatalf("GRIM(%q, %d, %d, %v) = false, but the sum %d gives it", q, n, items, percent, s)
			}
			if want := grimOracle(t, p, N, mult); ok != want {
				t.Fatalf("GRIM(%q, %d, %d, %v) = %v, exact arithmetic says %v", q, n, items, percent, ok, want)
			}
			if !percent {
				c, err := CheckGRIM(q, int(n), int(items), "fuzz")
				if err != nil || (c.Verdict == Consistent) != ok || c.Kind != KindGRIM || c.Explanation == "" || c.Text(Indonesian).Explanation == "" {
					t.Fatalf("CheckGRIM(%q, %d, %d) = %+v, %v; GRIM says %v", q, n, items, c, err, ok)
				}
			}
		}
	})
}

// FuzzCheckPercent: CheckPercent never panics; it refuses an unreadable
// percentage (ErrUnparsable) or an impossible count (ErrClaims); otherwise
// it returns Consistent or Inconsistent with the rounding interval
// [Value - h, Value + h] as Low and High, and for n up to 10^6 and up to 6
// decimals the verdict is the definition's in exact arithmetic: 100 count
// / n lies within half a unit of the printed value. The percentage of the
// count itself, printed at any decimals, is Consistent.
func FuzzCheckPercent(f *testing.F) {
	f.Add(int64(4), int64(23), "17,4", uint8(1))
	f.Add(int64(4), int64(23), "17.3", uint8(0))
	f.Add(int64(0), int64(52), "0", uint8(0))
	f.Add(int64(1), int64(8), "12.5%", uint8(0))
	f.Add(int64(1), int64(8), "13", uint8(0))
	f.Add(int64(5), int64(3), "x", uint8(2))
	f.Fuzz(func(t *testing.T, count, n int64, pct string, db uint8) {
		c, err := CheckPercent(int(count), int(n), pct, "", "fuzz")
		if err != nil {
			if !errors.Is(err, ErrUnparsable) && !errors.Is(err, ErrClaims) {
				t.Fatalf("CheckPercent(%d, %d, %q): %v", count, n, pct, err)
			}
			if errors.Is(err, ErrClaims) && n >= 1 && count >= 0 && count <= n {
				t.Fatalf("CheckPercent(%d, %d, %q) refused a possible count: %v", count, n, pct, err)
			}
		} else {
			num, perr := ParseNumber(strings.TrimSuffix(strings.TrimSpace(pct), "%"))
			if perr != nil {
				t.Fatalf("CheckPercent accepted %q: %v", pct, perr)
			}
			if c.Verdict != Consistent && c.Verdict != Inconsistent || c.Kind != KindPercent || c.Explanation == "" || c.Text(Indonesian).Explanation == "" {
				t.Fatalf("CheckPercent(%d, %d, %q) = %+v", count, n, pct, c)
			}
			h := num.HalfUnit()
			if c.Low == nil || c.High == nil || !(*c.Low == num.Value-h && *c.High == num.Value+h || math.IsNaN(num.Value)) {
				t.Fatalf("CheckPercent(%q): interval %v, %v", pct, c.Low, c.High)
			}
			if n <= 1e6 && num.Decimals <= 6 && num.Comparison == "=" && !math.IsNaN(num.Value) && len(pct) < 40 {
				xr, ok := new(big.Rat).SetString(strconv.FormatFloat(num.Value, 'f', num.Decimals, 64))
				if !ok {
					t.Fatal(num)
				}
				diff := new(big.Rat).Sub(big.NewRat(100*count, n), xr)
				half := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Mul(big.NewInt(2), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(num.Decimals)), nil)))
				if want := diff.Abs(diff).Cmp(half) <= 0; want != (c.Verdict == Consistent) {
					t.Fatalf("CheckPercent(%d, %d, %q) = %s, exact arithmetic says consistent = %v", count, n, pct, c.Verdict, want)
				}
			}
		}
		if n < 1 || n > 1e9 || count < 0 || count > n {
			return
		}
		d := int(db) % 9
		p := strconv.FormatFloat(100*float64(count)/float64(n), 'f', d, 64)
		c, err = CheckPercent(int(count), int(n), p, "", "fuzz")
		if err != nil || c.Verdict != Consistent {
			t.Fatalf("CheckPercent(%d, %d, %q), the count's own percentage: %+v, %v", count, n, p, c, err)
		}
	})
}
