package dist

import (
	"math"
	"math/big"
)

// BinomHalfLower returns P(K <= j) for K ~ Binomial(m, 1/2), m >= 1:
//
//	P(K <= j) = 2^-m sum_{i <= j} C(m, i).
//
// Up to m = 2^14 the coefficients are summed exactly in integers
// and rounded once; beyond, the smaller tail is summed term by term from
// the largest down, each term from Loader's saddle-point binomial
// probability (Loader 2000, "Fast and accurate computation of binomial
// probabilities"; the algorithm of R's dbinom), and P(K <= j) =
// 1 - P(K <= m-j-1) when j >= m/2.
func BinomHalfLower(j, m int) float64 {
	if j < 0 {
		return 0
	}
	if j >= m {
		return 1
	}
	if m > binomExactMaxM {
		if 2*j < m {
			return binomHalfLowerLoader(j, m)
		}
		// P(K <= j) = 1 - P(K <= m-j-1) >= 1/2, by symmetry
		return 1 - binomHalfLowerLoader(m-j-1, m)
	}
	var sum *big.Int
	if 2*j <= m {
		sum = binomSum(j, m)
	} else {
		// 2^m - sum over i <= m-j-1, by symmetry
		sum = new(big.Int).Lsh(big.NewInt(1), uint(m))
		sum.Sub(sum, binomSum(m-j-1, m))
	}
	f := new(big.Float).SetInt(sum)
	f.SetMantExp(f, -m)
	v, _ := f.Float64()
	return v
}

// binomExactMaxM bounds the exact big-integer binomial sums (about m^2/128
// word operations).
const binomExactMaxM = 1 << 14

// binomSum returns sum_{i=0..j} C(m, i) for 0 <= j <= m.
func binomSum(j, m int) *big.Int {
	c := big.NewInt(1) // C(m, 0)
	sum := big.NewInt(1)
	t := new(big.Int)
	for i := 1; i <= j; i++ {
		c.Mul(c, t.SetInt64(int64(m-i+1)))
		c.Quo(c, t.SetInt64(int64(i)))
		sum.Add(sum, c)
	}
	return sum
}

// binomHalfLowerLoader returns P(X <= x) for X ~ Binomial(n, 1/2) and
// 0 <= x < n/2: the terms P(X = k) for k = x, x-1, ... are summed until they
// no longer change the sum, the first from Loader's saddle-point log
// probability (logDbinomHalf) and the others by the ratio
// P(X = k-1) / P(X = k) = k / (n - k + 1). The sum is taken relative to the
// first term (which counts as 1) and scaled at the end, so that a tail far
// below 2^-1022 (where term * ratio would round back up to the smallest
// subnormal instead of reaching 0) still ends after O(sqrt(n)) steps.
func binomHalfLowerLoader(x, n int) float64 {
	lt := logDbinomHalf(x, n)
	sum, term := 0.0, 1.0
	for k := x; k >= 0; k-- {
		next := sum + term
		if next == sum {
			break
		}
		sum = next
		term *= float64(k) / float64(n-k+1)
	}
	if t0 := math.Exp(lt); t0 >= 0x1p-1022 {
		return t0 * sum
	}
	return math.Exp(lt + math.Log(sum)) // subnormal or 0
}

// logDbinomHalf returns log P(X = x) for X ~ Binomial(n, 1/2) by
// Loader's saddle-point expansion (Loader 2000):
//
//	P(X = x) = exp(d(n) - d(x) - d(n-x) - D(x, n/2) - D(n-x, n/2)) / sqrt(2 pi x (n-x)/n)
//
// where d is the error of Stirling's formula (stirlerr) and
// D(x, m) = x log(x/m) + m - x the deviance term (bd0), both
// computed without cancellation.
func logDbinomHalf(x, n int) float64 {
	if x == 0 || x == n {
		return -float64(n) * math.Ln2 // log 2^-n
	}
	fx, fn := float64(x), float64(n)
	m := fn / 2
	lc := stirlerr(fn) - stirlerr(fx) - stirlerr(fn-fx) -
		bd0(fx, m) - bd0(fn-fx, m)
	lf := math.Log(2*math.Pi) + math.Log(fx) + math.Log1p(-fx/fn)
	return lc - 0.5*lf
}
