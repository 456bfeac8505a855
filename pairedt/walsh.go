package pairedt

import (
	"math"
	"math/rand/v2"
	"slices"
)

// walshAverage is the Walsh average (a + b)/2 as the exact Wilcoxon interval
// computes it: a + b, halved; when the sum overflows, a/2 + b/2; a zero is
// +0 (the half of a subnormal sum can round to -0, and forming and sorting
// left the order of -0 and +0 to the sort's internals). It is
// symmetric, and non-decreasing in each argument (rounding is monotone,
// halving is exact outside the subnormal range, and at the overflow
// boundary fl(a+b)/2 <= MaxFloat64/2 <= fl(a/2 + b/2)), which is what
// walshSelector relies on.
func walshAverage(a, b float64) float64 {
	w := (a + b) / 2
	if math.IsInf(w, 0) {
		w = a/2 + b/2
	}
	return w + 0 // -0 + 0 = +0; any other w unchanged
}

// walshSampleSize and walshDelta are the sample of candidates each round of
// selectK draws and the half-width (in sample ranks) of the bracket it
// keeps around the target: about 2.6 standard deviations of the target's
// rank in the sample at its widest (sqrt(2048/4) = 22.6), so a round keeps
// about 1/17 of the candidates and misses the target rarely (then it keeps
// the side of the bracket the target is on, still fewer candidates).
const (
	walshSampleSize = 2048
	walshDelta      = 60
	// walshGather: at or below this many candidates selectK copies
	// them out and sorts them.
	walshGather = 4096
)

// walshSelector finds order statistics of the n(n+1)/2 Walsh averages
// w(s_i, s_j), i <= j, of sorted s without forming them. Row i is
// w(s_i, s_j) for j = i..n-1, non-decreasing in j; column j is
// non-decreasing in i. lo[i]..hi[i] (inclusive, column indices) are the
// candidates of row i: every element of the row left of lo[i] is known to
// be below the target, every one right of hi[i] above it.
type walshSelector struct {
	s      []float64
	lo, hi []int32
	rng    *rand.Rand
	sample []float64
	picks  []int64
	buf    []float64
	formed bool // buf holds all the averages, sorted (n(n+1)/2 <= walshGather)
}

// newWalshSelector prepares the selection among the Walsh averages of s,
// which must be sorted ascending, finite, with 1 <= len(s) < 2^31.
// Its buffers are allocated at the first selection that needs them.
func newWalshSelector(s []float64) *walshSelector {
	return &walshSelector{s: s}
}

// selectK returns the k-th smallest (0-based) of the Walsh averages
// w(s_i, s_j) = walshAverage(s_i, s_j), i <= j, of the sorted s, that is
// sort(walsh)[k] for walsh formed and sorted, without forming them:
// Floyd and Rivest's (1975) sampled two-pivot selection carried to the
// implicit sorted matrix, as Johnson and Mizoguchi (1978) and Monahan
// (1984, ACM TOMS Algorithm 616, HLQEST) select among the Walsh averages.
// Each round draws walshSampleSize random candidates, takes two of them
// bracketing the target's rank, counts the elements below and at each
// pivot row by row with one pointer that only moves left (O(n)), and keeps
// the candidates on the target's side; it stops when the target equals a
// pivot or when few enough candidates remain to sort. Expected time
// O(n log n), memory O(n) (two int32 a row). 0 <= k < n(n+1)/2 is
// assumed. The selector may be reused for other k.
func (ws *walshSelector) selectK(k int64) float64 {
	s := ws.s
	n := len(s)
	total := int64(n) * int64(n+1) / 2 // candidates
	if total <= walshGather {
		// Few enough to form and sort once for every k (n <= 90).
		if !ws.formed {
			ws.buf = make([]float64, 0, total)
			for i := range s {
				for j := i; j < n; j++ {
					ws.buf = append(ws.buf, walshAverage(s[i], s[j]))
				}
			}
			slices.Sort(ws.buf)
			ws.formed = true
		}
		return ws.buf[k]
	}
	if ws.lo == nil {
		ws.lo, ws.hi = make([]int32, n), make([]int32, n)
		// A fixed seed: the selected value does not depend on the
		// pivots, only the time does, and that is then reproducible.
		ws.rng = rand.New(rand.NewPCG(1984, 616))
	}
	for i := range s {
		ws.lo[i], ws.hi[i] = int32(i), int32(n-1)
	}
	below := int64(0) // elements below the candidates
	for total > walshGather {
		pl, ph := ws.pivots(k-below, total)
		ltL, leL, ltH, leH := ws.count2(pl, ph)
		switch {
		case ltL <= k && k < leL:
			return pl
		case ltH <= k && k < leH:
			return ph
		case k < ltL:
			ws.restrictHigh(pl)
		case k >= leH:
			ws.restrictLow(ph)
			below = leH
		default:
			ws.restrictBetween(pl, ph)
			below = leL
		}
		total = ws.candidates()
	}
	ws.buf = ws.buf[:0]
	for i := range s {
		for j := ws.lo[i]; j <= ws.hi[i]; j++ {
			ws.buf = append(ws.buf, walshAverage(s[i], s[j]))
		}
	}
	slices.Sort(ws.buf)
	return ws.buf[k-below]
}

// pivots draws walshSampleSize candidates uniformly (with replacement),
// sorts their values and returns the two at sample ranks around the
// target's expected rank, t (0-based among the total candidates).
func (ws *walshSelector) pivots(t, total int64) (pl, ph float64) {
	ws.picks = ws.picks[:0]
	for range walshSampleSize {
		ws.picks = append(ws.picks, ws.rng.Int64N(total))
	}
	slices.Sort(ws.picks)
	ws.sample = ws.sample[:0]
	var seen int64 // candidates in the rows before i
	p := 0
	for i := 0; i < len(ws.s) && p < len(ws.picks); i++ {
		c := int64(ws.hi[i]) - int64(ws.lo[i]) + 1
		if c <= 0 {
			continue
		}
		for p < len(ws.picks) && ws.picks[p] < seen+c {
			j := int64(ws.lo[i]) + ws.picks[p] - seen
			ws.sample = append(ws.sample, walshAverage(ws.s[i], ws.s[j]))
			p++
		}
		seen += c
	}
	slices.Sort(ws.sample)
	m := int64(len(ws.sample))
	c := min(int64(float64(t)/float64(total)*float64(m)), m-1) // t*m could overflow int64
	il, ih := max(c-walshDelta, 0), min(c+walshDelta, m-1)
	return ws.sample[il], ws.sample[ih]
}

// count2 returns the numbers of Walsh averages below pl, at or below pl,
// below ph and at or below ph, for pivots that are candidates. For p = pl
// or ph, the first column of row i at or above p (and the first above p),
// t_i, never moves right as i grows, because the columns are
// non-decreasing; and t_i lies in lo[i]..hi[i]+1, because everything left
// of lo[i] is at or below an earlier lower pivot, below p, and everything
// right of hi[i] at or above an earlier upper pivot, above p. So each row
// starts from the previous row's t clamped to its candidates and moves left
// within them: O(n) moves in all, and a row without candidates costs no
// evaluation.
func (ws *walshSelector) count2(pl, ph float64) (ltL, leL, ltH, leH int64) {
	s, lo, hi := ws.s, ws.lo, ws.hi
	n := int32(len(s))
	a1, b1, a2, b2 := n, n, n, n
	for i := range s {
		v, l, h := s[i], lo[i], hi[i]+1
		a1, b1 = min(max(a1, l), h), min(max(b1, l), h)
		a2, b2 = min(max(a2, l), h), min(max(b2, l), h)
		for a1 > l && walshAverage(v, s[a1-1]) >= pl {
			a1--
		}
		for b1 > l && walshAverage(v, s[b1-1]) > pl {
			b1--
		}
		for a2 > l && walshAverage(v, s[a2-1]) >= ph {
			a2--
		}
		for b2 > l && walshAverage(v, s[b2-1]) > ph {
			b2--
		}
		ltL += int64(a1) - int64(i)
		leL += int64(b1) - int64(i)
		ltH += int64(a2) - int64(i)
		leH += int64(b2) - int64(i)
	}
	return ltL, leL, ltH, leH
}

// restrictBetween keeps the candidates strictly between pl and ph.
func (ws *walshSelector) restrictBetween(pl, ph float64) {
	s, lo, hi := ws.s, ws.lo, ws.hi
	je, jl := int32(len(s)), int32(len(s))
	for i := range s {
		v, l, h := s[i], lo[i], hi[i]+1
		je, jl = min(max(je, l), h), min(max(jl, l), h)
		for je > l && walshAverage(v, s[je-1]) > pl {
			je--
		}
		for jl > l && walshAverage(v, s[jl-1]) >= ph {
			jl--
		}
		lo[i], hi[i] = je, jl-1
	}
}

// restrictHigh drops the candidates at or above p (the target is below it).
func (ws *walshSelector) restrictHigh(p float64) {
	s, lo, hi := ws.s, ws.lo, ws.hi
	jl := int32(len(s))
	for i := range s {
		a, l, h := s[i], lo[i], hi[i]+1
		jl = min(max(jl, l), h)
		for jl > l && walshAverage(a, s[jl-1]) >= p {
			jl--
		}
		hi[i] = jl - 1
	}
}

// restrictLow drops the candidates at or below p (the target is above it).
func (ws *walshSelector) restrictLow(p float64) {
	s, lo, hi := ws.s, ws.lo, ws.hi
	je := int32(len(s))
	for i := range s {
		a, l, h := s[i], lo[i], hi[i]+1
		je = min(max(je, l), h)
		for je > l && walshAverage(a, s[je-1]) > p {
			je--
		}
		lo[i] = je
	}
}

// next returns the (k+1)-th smallest (0-based) Walsh average given v, the
// k-th: v again when more than k+1 averages are at or below v, otherwise
// the smallest average above v, the least over the rows of the first
// column above v. One O(n) sweep over all columns (the candidates of the
// last selection are not used); an index when all are formed.
func (ws *walshSelector) next(k int64, v float64) float64 {
	if ws.formed {
		return ws.buf[k+1]
	}
	s := ws.s
	n := len(s)
	var le int64
	next := math.Inf(1)
	je := n
	for i := range s {
		je = max(je, i)
		for je > i && walshAverage(s[i], s[je-1]) > v {
			je--
		}
		le += int64(je - i)
		if je < n {
			next = min(next, walshAverage(s[i], s[je]))
		}
	}
	if le > k+1 {
		return v
	}
	return next
}

// candidates is the number of candidates left.
func (ws *walshSelector) candidates() int64 {
	var t int64
	for i := range ws.lo {
		if c := int64(ws.hi[i]) - int64(ws.lo[i]) + 1; c > 0 {
			t += c
		}
	}
	return t
}
