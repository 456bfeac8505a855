package dist

import "math"

// SignRank is the exact null distribution of Wilcoxon's signed-rank
// statistic V (the sum of the ranks of the positive differences) for n
// untied, non-zero differences: P(V = k) = c_n(k) / 2^n, c_n(k) the number
// of subsets of {1, ..., n} whose sum is k (R's dsignrank, psignrank and
// qsignrank, src/nmath/signrank.c).
type SignRank struct {
	n, u int
	// count[k] = c_n(k) for k <= u/2; the rest follows from the symmetry
	// c_n(k) = c_n(u-k), u = n(n+1)/2.
	count []float64
}

// NewSignRank returns the distribution for n >= 1 differences, its counts
// from R's csignrank recursion: adding rank j to the set gives
// w_j(k) = w_{j-1}(k) + w_{j-1}(k - j), done in place from the top down.
// Counts are integers, exact in float64 while 2^n < 2^53 (n <= 52) and
// correct to rounding beyond. It takes O(n^3) time and O(n^2) memory.
func NewSignRank(n int) *SignRank {
	u := n * (n + 1) / 2
	c := u / 2
	w := make([]float64, c+1)
	w[0] = 1
	if c >= 1 {
		w[1] = 1
	}
	if n == 1 {
		// {} and {1}: w[0] = w[1] = 1, but c = 0 holds only w[0].
		return &SignRank{n: n, u: u, count: w}
	}
	for j := 2; j <= n; j++ {
		end := min(j*(j+1)/2, c)
		for i := end; i >= j; i-- {
			w[i] += w[i-j]
		}
	}
	return &SignRank{n: n, u: u, count: w}
}

// At returns the number of subsets with sum k.
func (s *SignRank) At(k int) float64 {
	if k < 0 || k > s.u {
		return 0
	}
	if k > len(s.count)-1 {
		k = s.u - k
	}
	return s.count[k]
}

// Lower returns P(V <= q), summing the counts of the smaller tail exactly
// (one rounding for n <= 52).
func (s *SignRank) Lower(q int) float64 {
	if q < 0 {
		return 0
	}
	if q >= s.u {
		return 1
	}
	if 2*q <= s.u {
		return s.sumTo(q)
	}
	// P(V <= q) = 1 - P(V >= q+1) = 1 - P(V <= u-q-1)
	return 1 - s.sumTo(s.u-q-1)
}

// LowerR is P(V <= q) computed as R's psignrank(q, n) does, summing
// count * exp(-n log 2) term by term, with R's rounding (0.125 at n = 3 is
// 0.12500000000000003, as in R); Lower is the exactly rounded value.
func (s *SignRank) LowerR(q int) float64 {
	if q < 0 {
		return 0
	}
	if q >= s.u {
		return 1
	}
	f := math.Exp(-float64(s.n) * math.Ln2)
	p := 0.0
	if 4*q <= s.n*(s.n+1) {
		for i := 0; i <= q; i++ {
			p += s.At(i) * f
		}
		return p
	}
	for i := 0; i < s.u-q; i++ {
		p += s.At(i) * f
	}
	return 0.5 - p + 0.5
}

// Upper returns P(V > q).
func (s *SignRank) Upper(q int) float64 {
	if q < 0 {
		return 1
	}
	if q >= s.u {
		return 0
	}
	// P(V > q) = P(V >= q+1) = P(V <= u-q-1) by symmetry.
	return s.Lower(s.u - q - 1)
}

// sumTo returns P(V <= q) for 0 <= q by summing count[0..q] and scaling by
// 2^-n.
func (s *SignRank) sumTo(q int) float64 {
	t := 0.0
	for k := 0; k <= q; k++ {
		t += s.At(k)
	}
	return math.Ldexp(t, -s.n)
}

// Quantile is R's qsignrank(p, n): the smallest q with P(V <= q) >= p,
// with R's fuzz of 10 machine epsilons (0 for p <= 0, u for p >= 1).
func (s *SignRank) Quantile(p float64) int {
	if p <= 0 {
		return 0
	}
	if p >= 1 {
		return s.u
	}
	const fuzz = 10 * 0x1p-52
	scale := math.Ldexp(1, -s.n)
	cum := 0.0
	if p <= 0.5 {
		p -= fuzz
		for q := 0; ; q++ {
			cum += s.At(q)
			if cum*scale >= p || q >= s.u {
				return q
			}
		}
	}
	p = 1 - p + fuzz
	for q := 0; ; q++ {
		cum += s.At(q)
		if cum*scale > p || q >= s.u {
			return s.u - q
		}
	}
}

// U returns u = n(n+1)/2, the largest value of V.
func (s *SignRank) U() int { return s.u }

// N returns the number of differences n; the support of V is 0, ..., N(N+1)/2.
func (s *SignRank) N() int { return s.n }
