package pairedt

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/pairedt/pairedt/internal/kernel"
)

// Accumulator is a mergeable summary of paired data, for a t-test on data that
// does not fit in memory or arrives in shards: Add pairs, Merge summaries built
// anywhere in any order, and Result gives the TTestResult that Test gives on
// all the pairs (to about 1e-13 relative; see the package's Accuracy). The zero
// value is an empty accumulator ready to use.
//
// It keeps the count and, for x, y and d = x - y, the mean and the sum of
// squared deviations M2, summing blocks of 256 pairs shifted by the block's
// first pair and merging by the pairwise update of Chan, Golub and LeVeque
// (1979, Stanford report STAN-CS-79-773):
//
//	n = na + nb,  delta = mean_b - mean_a
//	mean = mean_a + delta nb / n,  M2 = M2_a + M2_b + delta^2 na nb / n
//
// As in Test, a pair with a NaN is dropped and counted. A pair holding ±Inf is
// not added, and Result returns ErrNonFinite naming the first such pair by its
// 0-based place in the order of Add calls (pairs merged in count after the
// receiver's own at the time of the Merge). Result also returns ErrNonFinite
// when squared deviations overflow (values beyond about 1e154) or underflow
// (deviations below about 1e-150), which Test handles by rescaling.
//
// An Accumulator is not safe for concurrent use; give each goroutine its own
// and Merge them.
type Accumulator struct {
	n, dropped, nonFinite int
	seen                  int // pairs offered to Add, including dropped and non-finite ones
	firstBad              int // 1 + index of the first ±Inf pair; 0 if none

	// The largest |deviation| of x, y and d whose square fell below
	// accTiny (and so lost digits or underflowed to 0); see Result.
	tinyX, tinyY, tinyD float64

	// The folded summary of nf pairs: means relative to the frame k.
	nf            int
	kx, ky, kd    float64
	mx, my, md    float64
	sxx, syy, sdd float64

	// The current block: bn pairs shifted by b.
	bn                        int
	bx, by, bd                float64
	su, sv, sw, suu, svv, sww float64
}

// accBlock is the number of pairs summed by Add before a fold.
const accBlock = 256

// accTiny is the square below which a squared deviation is near or in the
// subnormal range of float64 (2^-1022) and has lost digits or become 0.
const accTiny = 0x1p-1000

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
	if a.bn == 0 {
		a.bx, a.by, a.bd = x, y, x-y
	}
	u, v, w := x-a.bx, y-a.by, (x-y)-a.bd
	a.su += u
	a.sv += v
	a.sw += w
	uu, vv, ww := u*u, v*v, w*w
	a.suu += uu
	a.svv += vv
	a.sww += ww
	if uu < accTiny || vv < accTiny || ww < accTiny {
		a.noteTiny(u, v, w, uu, vv, ww)
	}
	a.n++
	if a.bn++; a.bn == accBlock {
		a.fold()
	}
}

// AddSlices adds the pairs (x[i], y[i]) in order, as Add would one by one,
// but at the speed of Test: blocks of pairs are summed by the same kernel.
// It returns an error wrapping ErrLength, and adds nothing, if len(x) !=
// len(y). It allocates nothing.
func (a *Accumulator) AddSlices(x, y []float64) error {
	if len(x) != len(y) {
		return fmt.Errorf("%w: len(x) = %d, len(y) = %d", ErrLength, len(x), len(y))
	}
	for len(x) > 0 && a.bn != 0 { // finish the open block pair by pair
		a.Add(x[0], y[0])
		x, y = x[1:], y[1:]
	}
	for len(x) > 0 {
		m := min(len(x), kernel.BlockLen)
		bx, by := x[:m], y[:m]
		k := kernel.Shifts{X: bx[0], Y: by[0], D: bx[0] - by[0]}
		var s kernel.Sums
		kernel.Kernel(bx, by, &k, &s)
		if !s.Finite() || !kernel.SafeRange(s, m) {
			// NaN, Inf or extreme values: the careful way.
			for i := range bx {
				a.Add(bx[i], by[i])
			}
			a.fold()
		} else {
			a.seen += m
			a.n += m
			a.bn = m
			a.bx, a.by, a.bd = k.X, k.Y, k.D
			a.su, a.sv, a.sw, a.suu, a.svv, a.sww = s.U, s.V, s.W, s.UU, s.VV, s.WW
			a.fold()
		}
		x, y = x[m:], y[m:]
	}
	return nil
}

// noteTiny records the deviations whose squares are below accTiny (exact
// zeros are fine).
func (a *Accumulator) noteTiny(u, v, w, uu, vv, ww float64) {
	if uu < accTiny && u != 0 {
		a.tinyX = max(a.tinyX, math.Abs(u))
	}
	if vv < accTiny && v != 0 {
		a.tinyY = max(a.tinyY, math.Abs(v))
	}
	if ww < accTiny && w != 0 {
		a.tinyD = max(a.tinyD, math.Abs(w))
	}
}

// fold merges the current block into the folded summary.
func (a *Accumulator) fold() {
	if a.bn == 0 {
		return
	}
	m := float64(a.bn)
	if a.nf == 0 {
		a.kx, a.ky, a.kd = a.bx, a.by, a.bd
	}
	b := Accumulator{
		nf: a.bn, kx: a.bx, ky: a.by, kd: a.bd,
		mx: a.su / m, my: a.sv / m, md: a.sw / m,
		sxx: math.Max(a.suu-a.su*a.su/m, 0),
		syy: math.Max(a.svv-a.sv*a.sv/m, 0),
		sdd: math.Max(a.sww-a.sw*a.sw/m, 0),
	}
	a.bn = 0
	a.su, a.sv, a.sw, a.suu, a.svv, a.sww = 0, 0, 0, 0, 0, 0
	a.combine(&b)
}

// combine merges the folded summary of b into that of a (Chan et al.).
func (a *Accumulator) combine(b *Accumulator) {
	switch {
	case b.nf == 0:
		return
	case a.nf == 0:
		a.nf, a.kx, a.ky, a.kd, a.mx, a.my, a.md = b.nf, b.kx, b.ky, b.kd, b.mx, b.my, b.md
		a.sxx, a.syy, a.sdd = b.sxx, b.syy, b.sdd
		return
	}
	na, nb := float64(a.nf), float64(b.nf)
	n := na + nb
	f := na * nb / n
	// b's means in a's frame: (b.k - a.k) + b.m.
	dx := ((b.kx - a.kx) + b.mx) - a.mx
	dy := ((b.ky - a.ky) + b.my) - a.my
	dd := ((b.kd - a.kd) + b.md) - a.md
	a.mx += dx * (nb / n)
	a.my += dy * (nb / n)
	a.md += dd * (nb / n)
	qx, qy, qd := dx*dx*f, dy*dy*f, dd*dd*f
	a.sxx += b.sxx + qx
	a.syy += b.syy + qy
	a.sdd += b.sdd + qd
	if qx < accTiny || qy < accTiny || qd < accTiny {
		sf := math.Sqrt(f)
		a.noteTiny(dx*sf, dy*sf, dd*sf, qx, qy, qd)
	}
	a.nf += b.nf
}

// Merge adds the pairs summarised by b to a, as if each had been passed to
// a.Add after a's own. b is not changed (a.Merge(a) doubles a); a nil b
// is a no-op.
func (a *Accumulator) Merge(b *Accumulator) {
	if b == nil {
		return
	}
	bb := *b
	bb.fold()
	a.fold()
	if a.firstBad == 0 && bb.firstBad != 0 {
		a.firstBad = a.seen + bb.firstBad
	}
	a.tinyX, a.tinyY, a.tinyD = max(a.tinyX, bb.tinyX), max(a.tinyY, bb.tinyY), max(a.tinyD, bb.tinyD)
	a.seen += bb.seen
	a.dropped += bb.dropped
	a.nonFinite += bb.nonFinite
	a.n += bb.n
	a.combine(&bb)
}

// N returns the number of complete pairs added so far.
func (a *Accumulator) N() int { return a.n }

// Dropped returns the number of pairs dropped for a NaN so far.
func (a *Accumulator) Dropped() int { return a.dropped }

// Result returns the paired t-test of the pairs added, as Test would for
// the same pairs, with the same errors (except ErrLength, which cannot
// occur).
func (a *Accumulator) Result(o Options) (TTestResult, error) {
	level, err := o.validate()
	if err != nil {
		return TTestResult{}, err
	}
	if a.nonFinite > 0 {
		return TTestResult{}, fmt.Errorf("%w: %d pairs hold ±Inf, the first is pair %d", ErrNonFinite, a.nonFinite, a.firstBad-1)
	}
	c := *a
	c.fold()
	m := kernel.Moments{N: c.n, MX: c.kx + c.mx, MY: c.ky + c.my, MD: c.kd + c.md, SXX: c.sxx, SYY: c.syy, SDD: c.sdd,
		SXY: (c.sxx + c.syy - c.sdd) / 2}
	if !kernel.SafeMoments(m) {
		return TTestResult{}, fmt.Errorf("%w: the sums of squares overflow float64 (values beyond about 1e154)", ErrNonFinite)
	}
	// Deviations below about 1e-150 have squares that lost digits or
	// became 0; that matters when they are not negligible against the
	// sum of squares (n tiny^2 > 1e-16 S), that is when the data
	// themselves are that small (found by FuzzAccumulator: two pairs near
	// 1e-222 came out as "essentially constant"). Test rescales such data.
	for _, q := range [...][2]float64{{c.tinyX, c.sxx}, {c.tinyY, c.syy}, {c.tinyD, c.sdd}} {
		if q[0] > 0 && q[0]*math.Sqrt(float64(c.n)) > 1e-8*math.Sqrt(q[1]) {
			return TTestResult{}, fmt.Errorf("%w: the sums of squares underflow float64 (deviations of about %.3g; values below about 1e-150): rescale the data or use Test", ErrNonFinite, q[0])
		}
	}
	return finish(m, a.dropped, o, level, true)
}

// ErrAccumulatorEncoding is wrapped by the errors of
// Accumulator.UnmarshalBinary for bytes that are not an Accumulator's
// encoding: of the wrong length or version, or with counts that no sequence
// of Add, AddSlices and Merge produces.
var ErrAccumulatorEncoding = errors.New("pairedt: invalid Accumulator encoding")

// accVersion is the first byte of an Accumulator's binary encoding.
const accVersion = 1

// accEncodedLen is the length of an Accumulator's binary encoding: the
// version byte, then 7 counts and 21 float64s, 8 bytes each.
const accEncodedLen = 1 + 8*(7+21)

// counts and floats list the fields of a in the order of the encoding.
func (a *Accumulator) counts() [7]*int {
	return [...]*int{&a.n, &a.dropped, &a.nonFinite, &a.seen, &a.firstBad, &a.nf, &a.bn}
}

func (a *Accumulator) floats() [21]*float64 {
	return [...]*float64{&a.tinyX, &a.tinyY, &a.tinyD,
		&a.kx, &a.ky, &a.kd, &a.mx, &a.my, &a.md, &a.sxx, &a.syy, &a.sdd,
		&a.bx, &a.by, &a.bd, &a.su, &a.sv, &a.sw, &a.suu, &a.svv, &a.sww}
}

// AppendBinary appends the encoding of a to b (encoding.BinaryAppender), as
// MarshalBinary describes. It allocates only when b lacks the capacity.
func (a *Accumulator) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, accVersion)
	for _, c := range a.counts() {
		b = binary.LittleEndian.AppendUint64(b, uint64(*c))
	}
	for _, f := range a.floats() {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(*f))
	}
	return b, nil
}

// MarshalBinary encodes a's whole state (encoding.BinaryMarshaler), for an
// Accumulator that travels between processes, as a Beam CombineFn's does:
// 225 bytes, a version byte (1) and then a's counts and float64s, each as
// 8 little-endian bytes. UnmarshalBinary restores a bit for bit, so that
// Add, Merge and Result give the same bits after the round trip as before
// it; the same state gives the same bytes. The error is always nil.
func (a *Accumulator) MarshalBinary() ([]byte, error) {
	return a.AppendBinary(make([]byte, 0, accEncodedLen))
}

// UnmarshalBinary sets a to the state MarshalBinary encoded in b
// (encoding.BinaryUnmarshaler). Bytes that are not such an encoding (of
// another length or version, or with inconsistent counts: n + dropped +
// nonfinite pairs must be the pairs seen, and so on) give an error wrapping
// ErrAccumulatorEncoding and leave a unchanged.
func (a *Accumulator) UnmarshalBinary(b []byte) error {
	if len(b) != accEncodedLen {
		return fmt.Errorf("%w: %d bytes, want %d", ErrAccumulatorEncoding, len(b), accEncodedLen)
	}
	if b[0] != accVersion {
		return fmt.Errorf("%w: version %d, want %d", ErrAccumulatorEncoding, b[0], accVersion)
	}
	var c Accumulator
	p := b[1:]
	for i, f := range c.counts() {
		u := binary.LittleEndian.Uint64(p)
		p = p[8:]
		if u > math.MaxInt64>>2 {
			return fmt.Errorf("%w: count %d is %d", ErrAccumulatorEncoding, i, u)
		}
		*f = int(u)
	}
	for _, f := range c.floats() {
		*f = math.Float64frombits(binary.LittleEndian.Uint64(p))
		p = p[8:]
	}
	if err := c.check(); err != nil {
		return fmt.Errorf("%w: %v", ErrAccumulatorEncoding, err)
	}
	*a = c
	return nil
}

// check returns an error unless a's counts are consistent, as Add,
// AddSlices and Merge keep them.
func (a *Accumulator) check() error {
	switch {
	case a.n+a.dropped+a.nonFinite != a.seen:
		return fmt.Errorf("%d complete + %d dropped + %d non-finite pairs != %d seen", a.n, a.dropped, a.nonFinite, a.seen)
	case a.nf+a.bn != a.n:
		return fmt.Errorf("%d folded + %d open pairs != %d complete", a.nf, a.bn, a.n)
	case a.bn >= accBlock:
		return fmt.Errorf("%d pairs in the open block, the most is %d", a.bn, accBlock-1)
	case a.bn == 0 && (a.su != 0 || a.sv != 0 || a.sw != 0 || a.suu != 0 || a.svv != 0 || a.sww != 0):
		return errors.New("sums in an empty open block")
	case (a.nonFinite == 0) != (a.firstBad == 0) || a.firstBad > a.seen:
		return fmt.Errorf("first non-finite pair %d of %d, with %d non-finite", a.firstBad-1, a.seen, a.nonFinite)
	}
	for _, t := range [...]float64{a.tinyX, a.tinyY, a.tinyD} {
		if !(t >= 0 && t < 1) {
			return fmt.Errorf("tiny deviation %g", t)
		}
	}
	return nil
}
