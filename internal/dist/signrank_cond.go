package dist

import "math"

// SignRankCond is the conditional (permutation) null distribution of a
// signed-rank statistic given its scores: S = sum a_i B_i with B_i
// independent Bernoulli(1/2) signs and fixed positive integer scores a_i,
// here the doubled midranks 2 r_i of the non-zero differences, so that
// tied and Pratt ranks (multiples of 1/2) stay integers. It is the exact
// distribution of coin's wilcoxsign_test(..., distribution = "exact")
// (Streitberg B, Röhmel J (1986) Exact distributions for permutation and
// rank tests: an introduction to some recently published algorithms,
// Statistical Software Newsletter 12:10-17; Hothorn T, Hornik K, van de
// Wiel MA, Zeileis A (2006) A Lego system for conditional inference, The
// American Statistician 60:257-263) and of SciPy's permutation version.
//
// The counts are built by the shift algorithm: adding score a to the set
// gives c'(s) = c(s) + c(s - a), done in place from the top down, in
// O(n sum a_i) time and O(sum a_i) memory. The counts are integers up to
// 2^n, exact in float64 for n <= 53 and rounded (never overflowing) up to
// n = 1023.
type SignRankCond struct {
	n, total int
	count    []float64 // count[s] = number of sign patterns with S = s
}

// NewSignRankCond returns the distribution for the positive scores a
// (len(a) >= 1, len(a) <= 1000, each a_i >= 1). It panics on none of these:
// callers validate.
func NewSignRankCond(a []int) *SignRankCond {
	total := 0
	for _, v := range a {
		total += v
	}
	c := make([]float64, total+1)
	c[0] = 1
	top := 0
	for _, v := range a {
		top += v
		for s := top; s >= v; s-- {
			c[s] += c[s-v]
		}
	}
	return &SignRankCond{n: len(a), total: total, count: c}
}

// Total returns sum a_i, the largest value of S.
func (d *SignRankCond) Total() int { return d.total }

// Lower returns P(S <= s), summed over the smaller tail (the distribution
// is symmetric about Total/2), never as 1 - CDF of the other tail unless
// that tail is the larger one.
func (d *SignRankCond) Lower(s int) float64 {
	if s < 0 {
		return 0
	}
	if s >= d.total {
		return 1
	}
	if 2*s <= d.total {
		return d.sum(s)
	}
	return 1 - d.sum(d.total-s-1) // P(S >= s+1) = P(S <= total-s-1)
}

// Upper returns P(S >= s).
func (d *SignRankCond) Upper(s int) float64 { return d.Lower(d.total - s) }

// sum returns P(S <= s) for 0 <= s <= total.
func (d *SignRankCond) sum(s int) float64 {
	t := 0.0
	for k := 0; k <= s; k++ {
		t += d.count[k]
	}
	v := math.Ldexp(t, -d.n)
	return math.Min(v, 1)
}
