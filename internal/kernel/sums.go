package kernel

import "math"

// This file holds the one-pass summation that pairedt.Test and OneSample run over
// the data: shifted sums of x, y and d = x - y and of their squares, from
// which the means and the sums of squared deviations follow, and the
// co-moment of x and y by the identity
//
//	sum (x-mx)(y-my) = (Sxx + Syy - Sdd) / 2
//
// (one accumulator fewer in the inner loop; its rounding error, about
// 1e-16 (Sxx + Syy), is of the same order as that of the direct sum,
// whose terms cancel in the same way when r is near 0) (Chan, Golub and LeVeque 1983, "Algorithms for
// computing the sample variance: analysis and recommendations", The
// American Statistician 37(3), 242-247: the shifted-data algorithm, and the
// corrected two-pass algorithm, their eq. 1.7, when the shift was poor).

// Shifts are the constants subtracted from x, y and d before summing.
type Shifts struct{ X, Y, D float64 }

// Sums are sums over the complete pairs of the shifted values
// u = x - shifts.x, v = y - shifts.y, w = (x - y) - shifts.d.
type Sums struct {
	U, V, W    float64 // sum u, sum v, sum w
	UU, VV, WW float64 // sum u^2, sum v^2, sum w^2
}

func (s *Sums) Finite() bool {
	t := s.U + s.V + s.W + s.UU + s.VV + s.WW
	return !math.IsNaN(t) && !math.IsInf(t, 0)
}

// kahan is a compensated (Kahan-Babuska-Neumaier) running sum of the block
// sums, so that the error of the total does not grow with the number of
// blocks.
type kahan struct{ s, c float64 }

func (k *kahan) add(x float64) {
	t := k.s + x
	if math.Abs(k.s) >= math.Abs(x) {
		k.c += (k.s - t) + x
	} else {
		k.c += (x - t) + k.s
	}
	k.s = t
}

func (k *kahan) sum() float64 { return k.s + k.c }

// BlockLen is the number of pairs summed by the kernel before its partial
// sums are folded into the compensated totals: the rounding error of a sum
// then grows with BlockLen, not with n.
const BlockLen = 512

// shiftedSums sums the shifted values over all pairs of x and y (which must
// have the same length and hold no NaN or Inf for the result to be
// meaningful). It allocates nothing.
func shiftedSums(x, y []float64, k Shifts) Sums {
	var tu, tv, tw, tuu, tvv, tww kahan
	for lo := 0; lo < len(x); lo += BlockLen {
		hi := min(lo+BlockLen, len(x))
		var b Sums
		Kernel(x[lo:hi], y[lo:hi], &k, &b)
		tu.add(b.U)
		tv.add(b.V)
		tw.add(b.W)
		tuu.add(b.UU)
		tvv.add(b.VV)
		tww.add(b.WW)
	}
	return Sums{tu.sum(), tv.sum(), tw.sum(), tuu.sum(), tvv.sum(), tww.sum()}
}

// kernelGeneric is the portable kernel: it sums one block in two lanes (even
// and odd indices) and adds the lanes at the end, the same order of
// operations as the SSE2 kernel on amd64, so both give the same bits. The
// float64 conversions stop the compiler from fusing a multiply and an add
// into an FMA, which would round differently.
func kernelGeneric(x, y []float64, k *Shifts, out *Sums) {
	y = y[:len(x)]
	kx, ky, kd := k.X, k.Y, k.D
	var a, b Sums
	i := 0
	for ; i+1 < len(x); i += 2 {
		u0, v0 := x[i]-kx, y[i]-ky
		w0 := (x[i] - y[i]) - kd
		u1, v1 := x[i+1]-kx, y[i+1]-ky
		w1 := (x[i+1] - y[i+1]) - kd
		a.U += u0
		b.U += u1
		a.V += v0
		b.V += v1
		a.W += w0
		b.W += w1
		a.UU += float64(u0 * u0)
		b.UU += float64(u1 * u1)
		a.VV += float64(v0 * v0)
		b.VV += float64(v1 * v1)
		a.WW += float64(w0 * w0)
		b.WW += float64(w1 * w1)
	}
	if i < len(x) {
		u0, v0 := x[i]-kx, y[i]-ky
		w0 := (x[i] - y[i]) - kd
		a.U += u0
		a.V += v0
		a.W += w0
		a.UU += float64(u0 * u0)
		a.VV += float64(v0 * v0)
		a.WW += float64(w0 * w0)
	}
	out.U = a.U + b.U
	out.V = a.V + b.V
	out.W = a.W + b.W
	out.UU = a.UU + b.UU
	out.VV = a.VV + b.VV
	out.WW = a.WW + b.WW
}

// scan is the careful path for data with NaN, Inf, or values so large or
// small that squares overflow or underflow. It reports the number of
// complete pairs, the number dropped for a NaN, the index of the first
// complete pair holding ±Inf (-1 if none) and the largest absolute value
// among the complete pairs.
func scan(x, y []float64) (n, dropped, firstInf int, maxAbs float64) {
	firstInf = -1
	y = y[:len(x)]
	for i := range x {
		xi, yi := x[i], y[i]
		if math.IsNaN(xi) || math.IsNaN(yi) {
			dropped++
			continue
		}
		if math.IsInf(xi, 0) || math.IsInf(yi, 0) {
			if firstInf < 0 {
				firstInf = i
			}
			continue
		}
		n++
		maxAbs = max(maxAbs, math.Abs(xi), math.Abs(yi))
	}
	return n, dropped, firstInf, maxAbs
}

// scaledSums is shiftedSums over the complete pairs only, with every value
// multiplied by the power of two scale (exact, barring underflow) before the
// shift is subtracted.
func scaledSums(x, y []float64, scale float64, k Shifts) Sums {
	y = y[:len(x)]
	var tu, tv, tw, tuu, tvv, tww kahan
	var b Sums
	m := 0
	flush := func() {
		tu.add(b.U)
		tv.add(b.V)
		tw.add(b.W)
		tuu.add(b.UU)
		tvv.add(b.VV)
		tww.add(b.WW)
		b = Sums{}
		m = 0
	}
	for i := range x {
		xi, yi := x[i]*scale, y[i]*scale
		if math.IsNaN(xi) || math.IsNaN(yi) || math.IsInf(xi, 0) || math.IsInf(yi, 0) {
			continue
		}
		u, v := xi-k.X, yi-k.Y
		w := (xi - yi) - k.D
		b.U += u
		b.V += v
		b.W += w
		b.UU += float64(u * u)
		b.VV += float64(v * v)
		b.WW += float64(w * w)
		if m++; m == BlockLen {
			flush()
		}
	}
	flush()
	return Sums{tu.sum(), tv.sum(), tw.sum(), tuu.sum(), tvv.sum(), tww.sum()}
}

// Moments are the summary statistics of the complete pairs: their number,
// the means of x, y and d and the sums of squared deviations from those
// means (and the co-moment of x and y).
type Moments struct {
	N          int
	MX, MY, MD float64
	SXX, SYY   float64 // sum (x - mx)^2, sum (y - my)^2
	SDD        float64 // sum (d - md)^2
	SXY        float64 // sum (x - mx)(y - my)
	// E is a binary exponent: the sums of squares above are in units of
	// 2^(2e), so that data near the ends of float64's range do not
	// overflow them (e = 0 on the fast path).
	E int
}

// SD returns sqrt(ss / (n - 1)) * 2^e for a scaled sum of squares ss.
func (m *Moments) SD(ss float64) float64 {
	return math.Ldexp(math.Sqrt(ss/float64(m.N-1)), m.E)
}

// FromSums turns shifted sums into moments. It also reports whether the
// shift was poor for any variable: when n*(mean - shift)^2 exceeds half the
// sum of squares, the one-pass formula has lost more than a bit to
// cancellation and the caller should sum again about the means.
func FromSums(n int, k Shifts, s Sums) (m Moments, poor bool) {
	fn := float64(n)
	m.N = n
	m.MX = k.X + s.U/fn
	m.MY = k.Y + s.V/fn
	m.MD = k.D + s.W/fn
	// Corrected sums of squares: S2 - S1^2/n (Chan, Golub and LeVeque
	// 1983, eq. 1.7 when the shift is a first-pass mean).
	cu, cv, cw := s.U*s.U/fn, s.V*s.V/fn, s.W*s.W/fn
	m.SXX = math.Max(s.UU-cu, 0)
	m.SYY = math.Max(s.VV-cv, 0)
	m.SDD = math.Max(s.WW-cw, 0)
	m.SXY = (m.SXX + m.SYY - m.SDD) / 2
	poor = cu > 0.5*s.UU || cv > 0.5*s.VV || cw > 0.5*s.WW
	return m, poor
}

// pilotLen is the number of leading pairs whose means serve as the first
// Shifts: close enough to the true means that the one-pass sums rarely need
// a second pass, cheap enough not to matter.
const pilotLen = 32

// PairMoments computes the moments of the complete pairs of x and y (same
// length, checked by the caller). It returns the number of pairs dropped for
// a NaN, and the index of the first complete pair holding ±Inf (or -1).
// The common case (no NaN, no Inf, no overflow) is one pass over the data,
// occasionally two; anything else takes the careful scaled path.
func PairMoments(x, y []float64) (m Moments, dropped, firstInf int) {
	n := len(x)
	if n >= 2 {
		p := min(n, pilotLen)
		var k Shifts
		var big float64
		ok := true
		for i := range p {
			xi, yi := x[i], y[i]
			if math.IsNaN(xi) || math.IsNaN(yi) || math.IsInf(xi, 0) || math.IsInf(yi, 0) {
				ok = false
				break
			}
			k.X += xi
			k.Y += yi
			big = max(big, math.Abs(xi), math.Abs(yi))
		}
		// Tiny or huge data go the careful way: their squares would
		// underflow or overflow.
		ok = ok && big > 0x1p-400 && big < 0x1p+400
		if ok {
			k.X /= float64(p)
			k.Y /= float64(p)
			k.D = k.X - k.Y
			s := shiftedSums(x, y, k)
			if s.Finite() && SafeRange(s, n) {
				mm, poor := FromSums(n, k, s)
				if poor {
					k = Shifts{mm.MX, mm.MY, mm.MD}
					s = shiftedSums(x, y, k)
					mm, _ = FromSums(n, k, s)
				}
				if SafeMoments(mm) {
					return mm, 0, -1
				}
			}
		}
	}
	return carefulMoments(x, y)
}

// SafeRange reports whether the sums of squares are far from overflow and
// from the subnormal range, where the fast path would lose accuracy. A zero
// sum of squares is safe only when the plain sum is zero too (all shifted
// values exactly zero); otherwise the squares underflowed.
func SafeRange(s Sums, n int) bool {
	const lo = 0x1p-900
	const hi = 0x1p+900
	for _, q := range [...][2]float64{{s.U, s.UU}, {s.V, s.VV}, {s.W, s.WW}} {
		s1, s2 := q[0], q[1]
		if s2 == 0 && s1 != 0 || s2 != 0 && (s2 < lo*float64(n) || s2 > hi) {
			return false
		}
	}
	return true
}

func SafeMoments(m Moments) bool {
	for _, q := range [...]float64{m.MX, m.MY, m.MD, m.SXX, m.SYY, m.SDD, m.SXY} {
		if math.IsNaN(q) || math.IsInf(q, 0) {
			return false
		}
	}
	return true
}

// carefulMoments is PairMoments for data with NaN, Inf or extreme values:
// it drops NaN pairs, locates the first ±Inf, and sums the data scaled by a
// power of two so that no square overflows or underflows. Means and sums of
// squares are scaled back at the end; a result beyond float64's range
// comes back infinite and is reported by the caller.
func carefulMoments(x, y []float64) (m Moments, dropped, firstInf int) {
	n, dropped, firstInf, maxAbs := scan(x, y)
	m.N = n
	if firstInf >= 0 || n == 0 {
		return m, dropped, firstInf
	}
	if maxAbs == 0 {
		return m, dropped, -1
	}
	_, e := math.Frexp(maxAbs) // maxAbs = f * 2^e, f in [0.5, 1)
	e = max(e, -1000)          // 2^-e must be a float64 (subnormal data)
	scale := math.Ldexp(1, -e)
	var k Shifts
	p := 0
	for i := range x {
		xi, yi := x[i], y[i]
		if math.IsNaN(xi) || math.IsNaN(yi) {
			continue
		}
		k.X += xi * scale
		k.Y += yi * scale
		if p++; p == pilotLen {
			break
		}
	}
	k.X /= float64(p)
	k.Y /= float64(p)
	k.D = k.X - k.Y
	s := scaledSums(x, y, scale, k)
	mm, poor := FromSums(n, k, s)
	if poor {
		k = Shifts{mm.MX, mm.MY, mm.MD}
		s = scaledSums(x, y, scale, k)
		mm, _ = FromSums(n, k, s)
	}
	mm.MX = math.Ldexp(mm.MX, e)
	mm.MY = math.Ldexp(mm.MY, e)
	mm.MD = math.Ldexp(mm.MD, e)
	mm.E = e
	return mm, dropped, -1
}
