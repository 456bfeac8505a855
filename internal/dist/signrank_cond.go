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
// gives c'(s) = c(s) + c(s - a), done in place from the top down, over
// the scores divided by their greatest common divisor and only up to half
// the total (the distribution is symmetric), in O(n sum a_i) time and
// O(sum a_i) memory. The counts are integers up to
// 2^n, exact in float64 for n <= 53 and rounded (never overflowing) up to
// n = 1023.
type SignRankCond struct {
	n, total, g int
	// count[s] = number of sign patterns with S = g s, for s <= total/2
	// (the rest by the symmetry count[s] = count[total - s]), total and
	// the scores divided by g, their greatest common divisor.
	count []float64
}

// NewSignRankCond returns the distribution for the positive scores a
// (1 <= len(a) <= 1000, each a_i >= 1; callers validate).
func NewSignRankCond(a []int) *SignRankCond {
	g := 0
	for _, v := range a {
		g = gcd(g, v)
	}
	total := 0
	for _, v := range a {
		total += v / g
	}
	half := total / 2
	c := make([]float64, half+1)
	c[0] = 1
	top := 0
	for _, v := range a {
		v /= g
		top += v
		for s := min(top, half); s >= v; s-- {
			c[s] += c[s-v]
		}
	}
	return &SignRankCond{n: len(a), total: total, g: g, count: c}
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Total returns sum a_i, the largest value of S.
func (d *SignRankCond) Total() int { return d.total * d.g }

// Lower returns P(S <= s), summed over the smaller tail (the distribution
// is symmetric about Total/2), as 1 - the other tail only when that one
// is the smaller.
func (d *SignRankCond) Lower(s int) float64 {
	if s < 0 {
		return 0
	}
	s /= d.g // S <= s iff S/g <= floor(s/g)
	if s >= d.total {
		return 1
	}
	if 2*s <= d.total {
		return d.sum(s)
	}
	return 1 - d.sum(d.total-s-1) // P(S >= s+1) = P(S <= total-s-1)
}

// Upper returns P(S >= s) = P(S <= Total - s).
func (d *SignRankCond) Upper(s int) float64 { return d.Lower(d.Total() - s) }

// sum returns P(S/g <= s) for 0 <= s <= total/2.
func (d *SignRankCond) sum(s int) float64 {
	t := 0.0
	for k := 0; k <= s; k++ {
		t += d.count[k]
	}
	return math.Min(math.Ldexp(t, -d.n), 1)
}
