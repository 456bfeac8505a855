package pairedt

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// The Accumulator's fuzzer: Add, AddSlices and Merge in any order give the
// result of Test on all the pairs. It checks a property, not only the
// absence of a panic; its seed corpus is in testdata/fuzz/FuzzAccumulator/.

// fuzzErrKind names the sentinel a t-test error wraps ("" for nil).
func fuzzErrKind(err error) string {
	if err == nil {
		return ""
	}
	for _, s := range []error{ErrLength, ErrTooFew, ErrNonFinite, ErrConstant, ErrIdentical, ErrConfLevel, ErrMu, ErrAlternative} {
		if errors.Is(err, s) {
			return s.Error()
		}
	}
	return "no sentinel: " + err.Error()
}

// fuzzExactPairs turns bytes into pairs of exactly representable numbers,
// x = (off + a) 2^e and y = (off + b) 2^e with a, b signed bytes, so that
// every value and difference is exact and the only rounding is the
// algorithms' own.
// With special set, a = -128 stands for NaN and b = -128 for ±Inf.
func fuzzExactPairs(data []byte, off int32, e int8, special bool) (x, y []float64) {
	n := len(data) / 2
	x, y = make([]float64, n), make([]float64, n)
	ex := int(e) % 40
	for i := range n {
		a, b := int8(data[2*i]), int8(data[2*i+1])
		x[i] = math.Ldexp(float64(off)+float64(a), ex)
		y[i] = math.Ldexp(float64(off)+float64(b), ex)
		if special && a == -128 {
			x[i] = math.NaN()
		}
		if special && b == -128 {
			y[i] = math.Inf(1 - 2*int(data[2*i]&1))
		}
	}
	return x, y
}

// fuzzShards accumulates x, y in shards cut by plan (each byte: a shard
// length and whether to use Add or AddSlices), then merges the shards in an
// order drawn from seed, sometimes through a chain, sometimes pairwise.
func fuzzShards(t *testing.T, x, y []float64, plan []byte, seed uint64) *Accumulator {
	t.Helper()
	var shards []*Accumulator
	i := 0
	for _, p := range plan {
		if i >= len(x) {
			break
		}
		m := int(p & 0x3f)
		if p&0x40 != 0 {
			m *= 16 // long shards cross the 256-pair block
		}
		m = min(m, len(x)-i)
		a := new(Accumulator)
		if p&0x80 != 0 {
			if err := a.AddSlices(x[i:i+m], y[i:i+m]); err != nil {
				t.Fatal(err)
			}
		} else {
			for j := i; j < i+m; j++ {
				a.Add(x[j], y[j])
			}
		}
		shards = append(shards, a)
		i += m
	}
	if i < len(x) {
		a := new(Accumulator)
		if err := a.AddSlices(x[i:], y[i:]); err != nil {
			t.Fatal(err)
		}
		shards = append(shards, a)
	}
	shards = append(shards, new(Accumulator)) // an empty shard merges as a no-op
	rng := rand.New(rand.NewPCG(seed, seed>>32))
	for len(shards) > 1 {
		// merge a random shard into another random one
		i, j := rng.IntN(len(shards)), rng.IntN(len(shards)-1)
		if j >= i {
			j++
		}
		shards[i].Merge(shards[j])
		if rng.IntN(4) == 0 {
			shards[i].Merge(nil)
		}
		shards = append(shards[:j], shards[j+1:]...)
	}
	return shards[0]
}

// FuzzAccumulator: pairs split into random shards, accumulated with Add or
// AddSlices and merged in a random order, give Test's result within the
// documented 1e-12 relative, widened where the data's conditioning demands
// it (fuzzAccTolerance), or the same kind of error. On arbitrary bit
// patterns (raw) the errors still match, except the documented ones: values
// beyond about 1e154, or so small that their squared deviations underflow
// (below about 1e-130), make the Accumulator report ErrNonFinite where
// Test, which rescales, succeeds.
func FuzzAccumulator(f *testing.F) {
	f.Add([]byte{1, 2, 3, 5, 7, 4, 0, 9}, []byte{0x81, 0x02}, int32(0), int8(0), uint64(1), uint8(0))
	f.Add(bytes.Repeat([]byte{5, 3, 8, 2, 1, 1, 250, 9}, 100), []byte{0x45, 0x81, 0xc3, 7}, int32(1<<30), int8(-20), uint64(7), uint8(2))
	f.Add([]byte{0x80, 1, 2, 0x80, 3, 4, 5, 6}, []byte{1, 1}, int32(-5), int8(3), uint64(3), uint8(1))
	f.Add([]byte{4, 4, 4, 4, 4, 4}, []byte{}, int32(0), int8(0), uint64(0), uint8(0))
	f.Add([]byte{4, 3, 5, 4, 6, 5}, []byte{}, int32(0), int8(0), uint64(0), uint8(0))
	f.Fuzz(func(t *testing.T, data, plan []byte, off int32, e int8, seed uint64, mode uint8) {
		raw := mode&4 != 0
		var x, y []float64
		if raw {
			v := floatsFromBytes(data)
			x, y = v[:len(v)/2], v[len(v)/2:2*(len(v)/2)]
		} else {
			x, y = fuzzExactPairs(data, off>>8, e, mode&1 != 0)
		}
		o := Options{Alternative: Alternative(mode >> 3 % 3), Mu: float64(int8(mode)), ConfLevel: 0.9}
		want, werr := Test(x, y, o)
		a := fuzzShards(t, x, y, plan, seed)
		got, gerr := a.Result(o)
		if raw && werr == nil && errors.Is(gerr, ErrNonFinite) && (fuzzMaxAbs(x, y) > 1e150 || fuzzMinAbs(x, y) < 1e-130) {
			return // documented: the Accumulator does not rescale
		}
		if fuzzErrKind(gerr) != fuzzErrKind(werr) {
			t.Fatalf("Accumulator error %v, Test error %v", gerr, werr)
		}
		if werr != nil {
			return
		}
		if a.N() != want.N || a.Dropped() != want.Dropped {
			t.Fatalf("N %d, Dropped %d; Test has %d, %d", a.N(), a.Dropped(), want.N, want.Dropped)
		}
		if raw {
			if !same(got.T, want.T, 1e-9, 1e-6) {
				t.Fatalf("t %v, Test's %v", got.T, want.T)
			}
			return
		}
		gf, wf := fuzzFields(t, got), fuzzFields(t, want)
		for _, k := range resultKeys {
			abs, rel := fuzzAccTolerance(want, k)
			if !same(gf[k], wf[k], abs, rel) {
				t.Errorf("%s = %.17g, Test gives %.17g (tolerance %.3g abs, %.3g rel)", k, gf[k], wf[k], abs, rel)
			}
		}
		if strings.Join(texts(got.Warnings), "|") != strings.Join(texts(want.Warnings), "|") {
			t.Errorf("warnings %q, Test gives %q", got.Warnings, want.Warnings)
		}
	})
}

// fuzzFields returns the numbers of r by JSON key, decoded as TTestResult's
// UnmarshalJSON decodes them (one marshalling for all keys).
func fuzzFields(t *testing.T, r TTestResult) map[string]float64 {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	out := make(map[string]float64, len(m))
	for k, v := range m {
		var j jnum
		if json.Unmarshal(v, &j) == nil {
			out[k] = float64(j)
		}
	}
	return out
}

// fuzzAccTolerance is how far the Accumulator's field k may be from Test's
// w: 1e-12 relative (the documented agreement) on the standard deviations,
// and on the other statistics with the absolute error that the data's
// conditioning allows whatever the algorithm. A mean is summed relative to
// a shift (Test: the mean of the first 32 pairs; the Accumulator, which
// cannot take a second pass: the first pair), so it carries an absolute
// error of a few ulp of |first value - mean| <= sd sqrt(n): a mean that is
// tiny against the spread (mean_diff = -7.2e-12 with differences up to
// 8e-8, seed ac607d764884c615) agrees only to 1.5e-12 relative. t =
// (mean - mu) / se and d_z inherit that error and cancel when the mean is
// near mu, the interval mu + (t -+ q) se cancels near 0, r = sxy /
// sqrt(sxx syy) with sxy = (sxx + syy - sdd) / 2 cancels near 0, and a
// p-value's relative error is that of its statistic times about t^2. The
// noncentral-t intervals are solved to 1e-10 relative, so they get 1e-9.
func fuzzAccTolerance(w TTestResult, k string) (abs, rel float64) {
	const e = 1e-12
	n := float64(w.N)
	mAbs := 1e-13 * math.Sqrt(n) * w.SDDiff // error of mean_diff
	loc := math.Abs(w.MeanDiff) + math.Abs(w.Mu)
	tAbs := (e*loc + mAbs) / w.SE
	rCancel := e * (w.SDX*w.SDX + w.SDY*w.SDY) / (w.SDX * w.SDY)
	switch k {
	case "mean_diff":
		return mAbs, e
	case "mean_x":
		return 1e-13 * math.Sqrt(n) * w.SDX, e
	case "mean_y":
		return 1e-13 * math.Sqrt(n) * w.SDY, e
	case "d_av":
		return mAbs / ((w.SDX + w.SDY) / 2), e
	case "t":
		return tAbs, e
	case "p":
		return tAbs, 1e-9 * max(1, w.T*w.T)
	case "ci_low", "ci_high":
		return e*(2*loc+100*w.SE) + mAbs, e
	case "d_z", "g_z":
		return (e*loc + mAbs) / w.SDDiff, e
	case "d_z_ci_low", "d_z_ci_high", "g_z_ci_low", "g_z_ci_high":
		return 1e-9*(1+loc/w.SDDiff) + 10*mAbs/w.SDDiff, 1e-9
	case "r":
		return rCancel, e
	case "r_p":
		tr := w.R * math.Sqrt(n-2) / math.Sqrt(1-w.R*w.R)
		return rCancel * n, 1e-9 * max(1, tr*tr)
	}
	return 1e-300, e
}

// fuzzMinAbs is the smallest non-zero |x|, |y| or |x - y| of the complete
// pairs (+Inf if none).
func fuzzMinAbs(x, y []float64) float64 {
	m := math.Inf(1)
	for i := range x {
		if math.IsNaN(x[i]) || math.IsNaN(y[i]) {
			continue
		}
		for _, v := range []float64{x[i], y[i], x[i] - y[i]} {
			if v != 0 {
				m = min(m, math.Abs(v))
			}
		}
	}
	return m
}

func fuzzMaxAbs(x, y []float64) float64 {
	m := 0.0
	for i := range x {
		if !math.IsNaN(x[i]) && !math.IsNaN(y[i]) {
			m = max(m, math.Abs(x[i]), math.Abs(y[i]))
		}
	}
	return m
}

// fuzzFloatBits compares float64s bit for bit except that any NaN equals
// any NaN (JSON's null carries no payload).
func fuzzFloatBits(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Float64bits(a) == math.Float64bits(b)
}
