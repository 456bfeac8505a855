package dist

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSignRankCondEqualsSignRank: with the doubled untied ranks 2, 4, ..,
// 2n the conditional distribution is the ordinary one (R's psignrank): the
// same integer counts, summed in the same order, so equal to the bit for
// n <= 52 and to rounding beyond.
func TestSignRankCondEqualsSignRank(t *testing.T) {
	for n := 1; n <= 80; n++ {
		a := make([]int, n)
		for i := range a {
			a[i] = 2 * (i + 1)
		}
		c := NewSignRankCond(a)
		s := NewSignRank(n)
		if c.Total() != 2*s.U() {
			t.Fatalf("n = %d: total %d, u %d", n, c.Total(), s.U())
		}
		for q := -1; q <= s.U()+1; q++ {
			got, want := c.Lower(2*q), s.Lower(q)
			if n <= 52 && got != want || math.Abs(got-want) > 1e-15*math.Max(want, 1e-300) && math.Abs(got-want) > 1e-300 {
				t.Fatalf("n = %d q = %d: Lower %v, SignRank %v", n, q, got, want)
			}
			if g, w := c.Upper(2*q), s.Upper(q-1); n <= 52 && g != w {
				t.Fatalf("n = %d q = %d: Upper %v, SignRank %v", n, q, g, w)
			}
		}
	}
}

// TestSignRankCondBruteForce enumerates all sign patterns of random small
// score vectors (with repeats, as tied midranks give).
func TestSignRankCondBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1986, 1))
	for it := 0; it < 300; it++ {
		n := 1 + rng.IntN(14)
		a := make([]int, n)
		for i := range a {
			a[i] = 1 + rng.IntN(12)
		}
		c := NewSignRankCond(a)
		counts := make([]int, c.Total()+1)
		for mask := 0; mask < 1<<n; mask++ {
			s := 0
			for j := range a {
				if mask>>j&1 == 1 {
					s += a[j]
				}
			}
			counts[s]++
		}
		cum := 0
		for s := 0; s <= c.Total(); s++ {
			cum += counts[s]
			if want := float64(cum) / float64(int(1)<<n); c.Lower(s) != want {
				t.Fatalf("a = %v: P(S <= %d) = %v, enumeration %v", a, s, c.Lower(s), want)
			}
		}
	}
	// n = 1000 (counts up to 2^1000) stays finite and symmetric: the
	// total 3997 is odd, so P(S <= 1998) = 1/2 exactly; P(S = 0) = 2^-1000.
	a := make([]int, 1000)
	for i := range a {
		a[i] = 1 + i%7
	}
	c := NewSignRankCond(a)
	if p := c.Lower(c.Total() / 2); c.Total() != 3997 || p != 0.5 || c.Lower(0) != math.Ldexp(1, -1000) {
		t.Fatalf("n = 1000: total %d, P(S <= total/2) = %v, P(S = 0) = %v", c.Total(), p, c.Lower(0))
	}
}
