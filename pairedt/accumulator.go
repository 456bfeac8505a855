package pairedt

import (
	"fmt"
	"math"
)

// Accumulator is a mergeable summary of paired data for a t-test on data
// that does not fit in memory or arrives in shards: Add pairs one at a time,
// Merge summaries built anywhere (in any order), and call Result for the
// same Result as Test on all the pairs (equal within about 1e-13 relative;
// 1e-12 is what the tests demand). It is the hook a distributed engine's
// combiner would call. The zero value is an empty accumulator ready to use.
//
// It keeps the count and, for x, y and d = x - y, the running mean and the
// sum of squared deviations (plus the co-moment of x and y) of the values
// shifted by the first pair added (so that data such as 1e9 + 0.1 lose
// nothing to the size of their mean), updated by
// Welford's method (Welford 1962, "Note on a method for calculating
// corrected sums of squares and products", Technometrics 4(3), 419-420)
// and merged by the pairwise update of Chan, Golub and LeVeque (1979,
// "Updating formulae and a pairwise algorithm for computing sample
// variances", Stanford CS report STAN-CS-79-773):
//
//	n = na + nb,  delta = mean_b - mean_a
//	mean = mean_a + delta nb / n
//	M2   = M2_a + M2_b + delta^2 na nb / n    (and delta_x delta_y na nb / n for the co-moment)
//
// As in Test, a pair with a NaN is dropped and counted. A pair holding
// ±Inf is not added; Result then returns an error wrapping ErrNonFinite
// naming the first such pair, numbered from 0 in the order of Add calls,
// pairs merged in from another accumulator counting after this one's own
// at the time of the Merge. Values whose squared deviations overflow
// float64 (beyond about 1e154) also make Result return ErrNonFinite.
//
// An Accumulator is not safe for concurrent use; give each goroutine its
// own and Merge them.
type Accumulator struct {
	n, dropped, nonFinite int
	seen                  int     // pairs offered to Add, including dropped and non-finite ones
	firstBad              int     // 1 + index of the first ±Inf pair; 0 if none
	kx, ky, kd            float64 // shifts: the first complete pair
	mx, my, md            float64 // means of the shifted values
	sxx, syy, sdd, sxy    float64
}

// Add adds the pair (x, y). It allocates nothing.
func (a *Accumulator) Add(x, y float64) {
	a.seen++
	if math.IsNaN(x) || math.IsNaN(y) {
		a.dropped++
		return
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		if a.firstBad == 0 {
			a.firstBad = a.seen
		}
		a.nonFinite++
		return
	}
	if a.n == 0 {
		a.kx, a.ky, a.kd = x, y, x-y
	}
	a.n++
	n := float64(a.n)
	u, v, w := x-a.kx, y-a.ky, (x-y)-a.kd
	du, dv, dw := u-a.mx, v-a.my, w-a.md
	a.mx += du / n
	a.my += dv / n
	a.md += dw / n
	a.sxx += du * (u - a.mx)
	a.syy += dv * (v - a.my)
	a.sdd += dw * (w - a.md)
	a.sxy += du * (v - a.my)
}

// Merge adds the pairs summarised by b to a, as if each had been passed to
// a.Add after a's own. b is not changed (a.Merge(a) doubles a); a nil b
// is a no-op.
func (a *Accumulator) Merge(b *Accumulator) {
	if b == nil {
		return
	}
	bb := *b
	if a.firstBad == 0 && bb.firstBad != 0 {
		a.firstBad = a.seen + bb.firstBad
	}
	a.seen += bb.seen
	a.dropped += bb.dropped
	a.nonFinite += bb.nonFinite
	switch {
	case bb.n == 0:
		return
	case a.n == 0:
		a.n, a.kx, a.ky, a.kd, a.mx, a.my, a.md = bb.n, bb.kx, bb.ky, bb.kd, bb.mx, bb.my, bb.md
		a.sxx, a.syy, a.sdd, a.sxy = bb.sxx, bb.syy, bb.sdd, bb.sxy
		return
	}
	na, nb := float64(a.n), float64(bb.n)
	n := na + nb
	f := na * nb / n
	// b's means in a's frame: (b.k - a.k) + b.m.
	dx := ((bb.kx - a.kx) + bb.mx) - a.mx
	dy := ((bb.ky - a.ky) + bb.my) - a.my
	dd := ((bb.kd - a.kd) + bb.md) - a.md
	a.mx += dx * (nb / n)
	a.my += dy * (nb / n)
	a.md += dd * (nb / n)
	a.sxx += bb.sxx + dx*dx*f
	a.syy += bb.syy + dy*dy*f
	a.sdd += bb.sdd + dd*dd*f
	a.sxy += bb.sxy + dx*dy*f
	a.n += bb.n
}

// N returns the number of complete pairs added so far.
func (a *Accumulator) N() int { return a.n }

// Dropped returns the number of pairs dropped for a NaN so far.
func (a *Accumulator) Dropped() int { return a.dropped }

// Result returns the paired t-test of the pairs added, as Test would for
// the same pairs, with the same errors (except ErrLength, which cannot
// occur).
func (a *Accumulator) Result(o Options) (Result, error) {
	level, err := o.validate()
	if err != nil {
		return Result{}, err
	}
	if a.nonFinite > 0 {
		return Result{}, fmt.Errorf("%w: %d pairs hold ±Inf, the first is pair %d", ErrNonFinite, a.nonFinite, a.firstBad-1)
	}
	m := moments{n: a.n, mx: a.kx + a.mx, my: a.ky + a.my, md: a.kd + a.md, sxx: a.sxx, syy: a.syy, sdd: a.sdd, sxy: a.sxy}
	if !safeMoments(m) {
		return Result{}, fmt.Errorf("%w: the sums of squares overflow float64 (values beyond about 1e154)", ErrNonFinite)
	}
	return finish(m, a.dropped, o, level, true)
}
