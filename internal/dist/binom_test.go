package dist

import (
	"math"
	"math/big"
	"testing"
)

// TestBinomHalfLoaderExact compares Loader's binomial tail (BinomHalfLower beyond
// 2^14 trials) with exact rational arithmetic: P(X <= x) = sum_{k<=x} C(n, k) / 2^n.
func TestBinomHalfLoaderExact(t *testing.T) {
	worst, worstModerate := 0.0, 0.0
	for _, n := range []int{1, 2, 3, 7, 15, 16, 17, 30, 31, 36, 81, 100, 501, 1000, 2001} {
		num := new(big.Int)
		c := big.NewInt(1) // C(n, k)
		for x := 0; 2*x < n; x++ {
			if x > 0 {
				c.Mul(c, big.NewInt(int64(n-x+1)))
				c.Quo(c, big.NewInt(int64(x)))
			}
			num.Add(num, c)
			want, _ := new(big.Float).SetPrec(200).Quo(new(big.Float).SetInt(num), new(big.Float).SetMantExp(big.NewFloat(1), n)).Float64()
			got := binomHalfLowerLoader(x, n)
			if want < 0x1p-1022 {
				continue // subnormal: float64 has no relative precision left
			}
			worst = math.Max(worst, relErr(got, want))
			if want >= 1e-30 {
				worstModerate = math.Max(worstModerate, relErr(got, want))
			}
			// The saddle-point terms carry an absolute error of a few ulp of
			// the terms of log P(X = x), which are up to 700 in size: a
			// relative error up to a few 1e-13 in P. (scalar.EqualWithinRel
			// cannot be used here: it compares differences below the
			// smallest normal number absolutely.)
			if relErr(got, want) > 1e-12 {
				t.Errorf("P(X <= %d), n = %d: %.17g, exact %.17g", x, n, got, want)
			}
		}
	}
	t.Logf("largest relative error of the binomial tail: %.3g (%.3g for tails above 1e-30)", worst, worstModerate)
}

// TestBinomHalfLowerRegimes: the exact integer sums (m <= 2^14) and Loader's
// sum agree where both apply, so the switch at 2^14 leaves no step; and
// BinomHalfLower is exact against big-integer arithmetic at small m.
func TestBinomHalfLowerRegimes(t *testing.T) {
	for _, m := range []int{2001, 9999, binomExactMaxM} {
		for _, j := range []int{0, 1, m / 10, m/2 - 50, m/2 - 1} {
			exact, loader := BinomHalfLower(j, m), binomHalfLowerLoader(j, m)
			if exact < 0x1p-1022 {
				continue
			}
			if e := relErr(loader, exact); e > 1e-12 {
				t.Errorf("P(K <= %d | %d): exact %.17g, Loader %.17g (rel. %.2g)", j, m, exact, loader, e)
			}
		}
	}
	for m := 1; m <= 40; m++ {
		for j := -1; j <= m; j++ {
			num := big.NewInt(0)
			for i := 0; i <= j; i++ {
				num.Add(num, new(big.Int).Binomial(int64(m), int64(i)))
			}
			want, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(num), -m).Float64()
			if got := BinomHalfLower(j, m); got != want {
				t.Errorf("BinomHalfLower(%d, %d) = %v, exact %v", j, m, got, want)
			}
		}
	}
	// Beyond 2^14, symmetry: P(K <= j) + P(K <= m-j-1) = 1.
	m := binomExactMaxM + 1001
	if s := BinomHalfLower(m/2-10, m) + BinomHalfLower(m-(m/2-10)-1, m); math.Abs(s-1) > 1e-15 {
		t.Errorf("symmetry at m = %d: %v", m, s)
	}
}

// BenchmarkBinomHalfLoader1000: Loader's floating-point tail (used above 2^14
// trials) alone, for the counts of BenchmarkSignTest1000.
func BenchmarkBinomHalfLoader1000(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink += binomHalfLowerLoader(480, 1000)
	}
}
