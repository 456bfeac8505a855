package dist

import "math"

// Double-double arithmetic (a value is hi + lo with |lo| <= ulp(hi)/2;
// Dekker 1971, "A floating-point technique for extending the available
// precision", Numer. Math. 18, 224-242), used where an exponent near -700
// must be known to better than an ulp of itself: exp(u) has the relative
// error that u has in absolute terms.

// twoSum returns s + e = a + b exactly (Knuth's TwoSum).
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return s, e
}

// twoProd returns p + e = a b exactly.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	return p, math.FMA(a, b, -p)
}

// ddAdd returns (ah + al) + (bh + bl).
func ddAdd(ah, al, bh, bl float64) (float64, float64) {
	s, e := twoSum(ah, bh)
	e += al + bl
	return twoSum(s, e)
}

// ddMulF returns (ah + al) b.
func ddMulF(ah, al, b float64) (float64, float64) {
	p, e := twoProd(ah, b)
	e += al * b
	return twoSum(p, e)
}

// ddMul returns (ah + al) (bh + bl).
func ddMul(ah, al, bh, bl float64) (float64, float64) {
	p, e := twoProd(ah, bh)
	e += ah*bl + al*bh
	return twoSum(p, e)
}

// ddDiv returns (ah + al) / (bh + bl).
func ddDiv(ah, al, bh, bl float64) (float64, float64) {
	q := ah / bh
	// remainder (ah + al) - q (bh + bl)
	p, e := twoProd(q, bh)
	r := (ah - p - e + al) - q*bl
	return twoSum(q, r/bh)
}

// ddLog returns log(xh + xl) for xh > 0 finite, to about 1e-30 relative:
// x = 2^k m with m in [1/sqrt 2, sqrt 2), and
//
//	log m = 2 atanh f = 2 (f + f^3/3 + f^5/5 + ...),  f = (m - 1)/(m + 1),
//
// the leading 2f in double-double, the rest (below 0.01 of it) in double.
func ddLog(xh, xl float64) (float64, float64) {
	fr, k := math.Frexp(xh)
	if fr < math.Sqrt2/2 {
		fr *= 2
		k--
	}
	ml := math.Ldexp(xl, -k)
	nh, nl := twoSum(fr-1, ml) // fr - 1 is exact (Sterbenz)
	dh, dl := twoSum(fr, 1)
	dh, dl = ddAdd(dh, dl, ml, 0)
	fh, fl := ddDiv(nh, nl, dh, dl)
	f2 := fh * fh
	// S = f^2/3 + f^4/5 + ... (|f| < 0.1716, f^2 < 0.0295)
	s, p := 0.0, f2
	for j := 3.0; j < 60; j += 2 {
		term := p / j
		s += term
		if term < 1e-20*s {
			break
		}
		p *= f2
	}
	lh, ll := 2*fh, 2*fl+2*fh*s
	const (
		ln2Hi = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		ln2Lo = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
	)
	kf := float64(k)
	h, l := twoSum(kf*ln2Hi, lh)
	l += kf*ln2Lo + ll
	return twoSum(h, l)
}

// ddExp returns exp(uh + ul) for |ul| <= ulp(uh): exp(uh) (1 + ul).
func ddExp(uh, ul float64) float64 {
	return math.Exp(uh) * (1 + ul)
}
