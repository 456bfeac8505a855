package pairedt

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// Fuzzers for the entry points the first round of fuzz tests did not reach:
// the Accumulator's Add, AddSlices and Merge in any order, TTestResult's JSON
// round trip, the McNemar family on arbitrary small tables, NewCrossTable and
// Scored, and the text forms of Alternative and ExactMode. Each checks a
// property, not only the absence of a panic. Seed corpora are in
// testdata/fuzz/FuzzName/.

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

// FuzzResultJSON: a Result from Test (or OneSample) on fuzzed data, and a
// Result whose numbers are arbitrary bit patterns, marshal to JSON in which
// +Inf is "Inf", -Inf is "-Inf" and NaN is null, and unmarshal back to the
// same numbers bit for bit (shortest round-trip formatting), the same
// alternative and warnings.
func FuzzResultJSON(f *testing.F) {
	f.Add([]byte{1, 2, 3, 5, 7, 4, 0, 9}, uint8(0), 0.0, 0.95, []byte{})
	f.Add([]byte{1, 2, 3, 5, 7, 4, 0, 9}, uint8(1), 0.5, 0.9, []byte{0, 0, 0, 0, 0, 0, 0xf0, 0x7f})
	f.Add([]byte{9, 2, 3, 5, 7, 4, 0, 9, 1, 1}, uint8(6), -2.0, 0.99, []byte{1, 0, 0, 0, 0, 0, 0xf8, 0x7f, 0, 0, 0, 0, 0, 0, 0xf0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte, mode uint8, mu, level float64, bits []byte) {
		x, y := fuzzExactPairs(data, 0, int8(mode>>3), false)
		o := Options{Alternative: Alternative(mode % 3), Mu: mu, ConfLevel: level}
		var r TTestResult
		var err error
		if mode&4 != 0 {
			r, err = OneSample(x, o)
		} else {
			r, err = Test(x, y, o)
		}
		if err != nil {
			if fuzzErrKind(err) == "" || strings.HasPrefix(fuzzErrKind(err), "no sentinel") {
				t.Fatalf("error without a sentinel: %v", err)
			}
			r = TTestResult{Alternative: Alternative(mode % 3), Warnings: []Warning{{Kind: WarnOther, Labels: []string{"w \"\u00e9\"\n"}}}}
		}
		// Overwrite the numbers with arbitrary bit patterns from bits.
		v := floatsFromBytes(bits)
		for i, k := range resultKeys[2:] {
			if i < len(v) {
				fuzzSetField(&r, k, v[i])
			}
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("marshal %+v: %v", r, err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("invalid JSON %s: %v", b, err)
		}
		for _, k := range append(resultKeys[2:], "conf_level", "mu") {
			val, fv := m[k], fuzzGetField(&r, k)
			switch {
			case math.IsNaN(fv):
				if val != nil {
					t.Fatalf("%s: NaN encoded as %#v", k, val)
				}
			case math.IsInf(fv, 1):
				if val != "Inf" {
					t.Fatalf("%s: +Inf encoded as %#v", k, val)
				}
			case math.IsInf(fv, -1):
				if val != "-Inf" {
					t.Fatalf("%s: -Inf encoded as %#v", k, val)
				}
			default:
				if g, ok := val.(float64); !ok || g != fv {
					t.Fatalf("%s: %v encoded as %#v", k, fv, val)
				}
			}
		}
		if m["alternative"] != r.Alternative.String() {
			t.Fatalf("alternative %v encoded as %#v", r.Alternative, m["alternative"])
		}
		var back TTestResult
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("unmarshal %s: %v", b, err)
		}
		if back.N != r.N || back.Dropped != r.Dropped || back.Alternative != r.Alternative {
			t.Fatalf("round trip changed n/dropped/alternative: %+v -> %+v", r, back)
		}
		for _, k := range append(resultKeys[2:], "conf_level", "mu") {
			if got, want := fuzzGetField(&back, k), fuzzGetField(&r, k); !fuzzFloatBits(got, want) {
				t.Fatalf("%s: %v came back as %v (JSON %s)", k, want, got, b)
			}
		}
		if strings.Join(texts(back.Warnings), "\x00") != strings.Join(texts(r.Warnings), "\x00") {
			t.Fatalf("warnings %q came back as %q", r.Warnings, back.Warnings)
		}
	})
}

// fuzzSetField sets the number with JSON key k in r.
func fuzzSetField(r *TTestResult, k string, v float64) { *fuzzFieldPtr(r, k) = v }

// fuzzGetField reads the number with JSON key k from the struct itself.
func fuzzGetField(r *TTestResult, k string) float64 { return *fuzzFieldPtr(r, k) }

func fuzzFieldPtr(r *TTestResult, k string) *float64 {
	return map[string]*float64{"df": &r.DF, "mean_diff": &r.MeanDiff, "sd_diff": &r.SDDiff, "se": &r.SE, "t": &r.T, "p": &r.P,
		"ci_low": &r.CILow, "ci_high": &r.CIHigh, "mean_x": &r.MeanX, "mean_y": &r.MeanY, "sd_x": &r.SDX, "sd_y": &r.SDY,
		"se_x": &r.SEX, "se_y": &r.SEY, "r": &r.R, "r_p": &r.RP, "d_z": &r.DZ, "d_z_ci_low": &r.DZCILow,
		"d_z_ci_high": &r.DZCIHigh, "g_z": &r.GZ, "g_z_ci_low": &r.GZCILow, "g_z_ci_high": &r.GZCIHigh, "d_av": &r.DAv,
		"conf_level": &r.ConfLevel, "mu": &r.Mu}[k]
}

// fuzzTable builds a k x k table (k = 2..5) from data: one count per byte,
// or per 4 bytes (up to 2^32 - 1) when huge is set.
func fuzzTable(kb uint8, data []byte, huge bool) [][]int {
	k := 2 + int(kb)%4
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
		for j := range m[i] {
			p := i*k + j
			switch {
			case huge && 4*p+4 <= len(data):
				m[i][j] = int(binary.LittleEndian.Uint32(data[4*p:]))
			case !huge && p < len(data):
				m[i][j] = int(data[p])
			}
		}
	}
	return m
}

// FuzzMcNemarBowker: on arbitrary small tables McNemar, McNemarExact,
// Bowker and StuartMaxwell never panic; they return a statistic >= 0 and
// p in [0, 1], or a documented error (ErrTable for McNemar on k != 2,
// ErrNoDiscordant when nobody changed). Swapping before and after leaves
// McNemar's and Bowker's statistics unchanged bit for bit and the exact
// p-value unchanged (b and c swap); for k = 2 Bowker equals McNemar without
// correction, and Stuart-Maxwell agrees with both.
func FuzzMcNemarBowker(f *testing.F) {
	f.Add(uint8(0), []byte{10, 5, 3, 10}, false)
	f.Add(uint8(0), []byte{10, 0, 0, 10}, false)
	f.Add(uint8(0), []byte{0, 4, 0, 0}, false)
	f.Add(uint8(1), []byte{4, 0, 13, 0, 0, 6, 0, 0, 0}, false)
	f.Add(uint8(0), []byte{1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0x80, 0, 0, 0, 0}, true)
	f.Fuzz(func(t *testing.T, kb uint8, data []byte, huge bool) {
		m := fuzzTable(kb, data, huge)
		k := len(m)
		c, err := NewCrossTable(ordinalLevels(k), m)
		if err != nil {
			t.Fatal(err)
		}
		ct := categoricalTranspose(t, c)
		discordant := 0
		for i := range k {
			for j := range k {
				if i != j {
					discordant += m[i][j]
				}
			}
		}
		chi := func(name string, r ChiSquareResult, err error, two bool) bool {
			t.Helper()
			switch {
			case err == nil:
				if !(r.Statistic >= 0) || math.IsInf(r.Statistic, 0) || !(r.DF >= 1) || !(r.P >= 0 && r.P <= 1) || r.N != c.N || r.Warnings == nil {
					t.Fatalf("%s on %v: %+v", name, m, r)
				}
				return true
			case two && k != 2:
				if !errors.Is(err, ErrTable) {
					t.Fatalf("%s on %d x %d: %v, want ErrTable", name, k, k, err)
				}
			case discordant == 0 || two && m[0][1]+m[1][0] == 0:
				if !errors.Is(err, ErrNoDiscordant) || !errors.Is(err, ErrTooFew) {
					t.Fatalf("%s without discordant pairs: %v, want ErrNoDiscordant", name, err)
				}
			default:
				t.Fatalf("%s on %v: unexpected error %v", name, m, err)
			}
			return false
		}
		for _, correct := range []bool{false, true} {
			r, err := McNemar(c, correct)
			rt, errt := McNemar(ct, correct)
			if chi("McNemar", r, err, true) != chi("McNemar transposed", rt, errt, true) {
				t.Fatalf("McNemar: %v, transposed %v", err, errt)
			}
			if err == nil && (rt.Statistic != r.Statistic || rt.P != r.P || rt.Method != r.Method) {
				t.Fatalf("swapping before and after changed McNemar %+v to %+v", r, rt)
			}
			if err == nil && !correct {
				if bw, err := Bowker(c); err != nil || bw.Statistic != r.Statistic || bw.DF != 1 || bw.P != r.P {
					t.Fatalf("Bowker %+v (%v) differs from uncorrected McNemar %+v", bw, err, r)
				}
				if sm, err := StuartMaxwell(c); err != nil || !same(sm.Statistic, r.Statistic, 1e-9, 1e-9) || sm.DF != 1 {
					t.Fatalf("Stuart-Maxwell %+v (%v) differs from uncorrected McNemar %+v", sm, err, r)
				}
			}
		}
		e, err := McNemarExact(c)
		et, errt := McNemarExact(ct)
		if (err == nil) != (errt == nil) {
			t.Fatalf("McNemarExact: %v, transposed %v", err, errt)
		}
		if err != nil {
			if k == 2 && m[0][1]+m[1][0] > 0 && m[0][1]+m[1][0] <= McNemarExactMaxPairs || !errors.Is(err, ErrTable) && !errors.Is(err, ErrNoDiscordant) {
				t.Fatalf("McNemarExact on %v: %v", m, err)
			}
		} else {
			if !(e.P >= 0 && e.P <= 1) || e.B != m[0][1] || e.C != m[1][0] || e.Trials != e.B+e.C || e.Statistic != float64(e.B) {
				t.Fatalf("McNemarExact on %v: %+v", m, e)
			}
			if et.P != e.P || et.B != e.C || et.C != e.B {
				t.Fatalf("swapping before and after changed McNemarExact %+v to %+v", e, et)
			}
			if e.B == e.C && e.P != 1 {
				t.Fatalf("McNemarExact b = c = %d gives p = %v", e.B, e.P)
			}
		}
		bw, err := Bowker(c)
		bt, errt := Bowker(ct)
		if chi("Bowker", bw, err, false) != chi("Bowker transposed", bt, errt, false) {
			t.Fatalf("Bowker: %v, transposed %v", err, errt)
		}
		if err == nil && (bt.Statistic != bw.Statistic || bt.DF != bw.DF || bt.P != bw.P) {
			t.Fatalf("swapping before and after changed Bowker %+v to %+v", bw, bt)
		}
		sm, err := StuartMaxwell(c)
		chi("StuartMaxwell", sm, err, false)
	})
}

// FuzzNewCrossTable: NewCrossTable on arbitrary levels and ragged, possibly
// negative counts either refuses them with ErrLevels or ErrTable, or
// returns a well-formed table whose margins and N are the sums of the
// counts; Scored then expands it into exactly Counts[i][j] pairs
// (scores[i], scores[j]) per cell, or refuses the scores with ErrScores
// unless they are finite and strictly increasing. A hand-built table with
// a wrong N or margins is refused by every test, never indexed out of range.
func FuzzNewCrossTable(f *testing.F) {
	f.Add("a|b|c", []byte{3, 3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9}, []byte{}, uint8(0))
	f.Add("a|a", []byte{2, 2, 1, 2, 3, 4}, []byte{}, uint8(0))
	f.Add("a|b", []byte{2, 1, 1, 2, 3}, []byte{}, uint8(1))
	f.Add("x|y", []byte{2, 2, 0xff, 2, 3, 4}, []byte{0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0, 0x40}, uint8(2))
	f.Add("lo|mid|hi", []byte{3, 3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9}, []byte{0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0x08, 0x40}, uint8(3))
	f.Fuzz(func(t *testing.T, levels string, shape, scoreBits []byte, mode uint8) {
		l := freqSplit(levels)
		// shape: number of rows, then each row's length, then the counts
		// (signed bytes).
		var counts [][]int
		if len(shape) > 0 {
			rows := int(shape[0] % 8)
			p := 1
			lens := make([]int, rows)
			for i := range lens {
				lens[i] = len(l)
				if p < len(shape) && mode&1 != 0 {
					lens[i] = int(shape[p] % 8)
					p++
				}
			}
			for _, n := range lens {
				row := make([]int, n)
				for j := range row {
					if p < len(shape) {
						row[j] = int(int8(shape[p]))
						if mode&2 == 0 {
							row[j] &= 0x7f
						}
						p++
					}
				}
				counts = append(counts, row)
			}
		}
		c, err := NewCrossTable(l, counts)
		if err != nil {
			if !errors.Is(err, ErrLevels) && !errors.Is(err, ErrTable) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		k := len(l)
		if err := c.check(); err != nil {
			t.Fatalf("NewCrossTable built a malformed table: %v", err)
		}
		n := 0
		for i := range k {
			for j := range k {
				n += counts[i][j]
			}
		}
		if c.N != n {
			t.Fatalf("N = %d, counts sum to %d", c.N, n)
		}
		if k > 0 && len(counts[0]) > 0 {
			counts[0][0]++ // the table keeps its own copy
			if c.Counts[0][0] == counts[0][0] {
				t.Fatal("NewCrossTable aliases the caller's counts")
			}
		}
		var scores []float64
		if len(scoreBits) > 0 {
			scores = floatsFromBytes(scoreBits)
		}
		x, y, err := c.Scored(scores)
		valid := scores == nil || len(scores) == k
		for i, s := range scores {
			if math.IsNaN(s) || math.IsInf(s, 0) || i > 0 && !(s > scores[i-1]) {
				valid = false
			}
		}
		if !valid {
			if !errors.Is(err, ErrScores) {
				t.Fatalf("Scored(%v) on %d levels: %v, want ErrScores", scores, k, err)
			}
		} else {
			if err != nil || len(x) != c.N || len(y) != c.N {
				t.Fatalf("Scored: %d, %d pairs for N = %d, %v", len(x), len(y), c.N, err)
			}
			s, _ := crosstabScores(scores, k)
			got := make(map[[2]float64]int)
			for i := range x {
				got[[2]float64{x[i], y[i]}]++
			}
			for i := range k {
				for j := range k {
					if got[[2]float64{s[i], s[j]}] != c.Counts[i][j] {
						t.Fatalf("Scored gives %d pairs (%v, %v), the cell holds %d", got[[2]float64{s[i], s[j]}], s[i], s[j], c.Counts[i][j])
					}
				}
			}
		}
		_ = c.String()
		categoricalCheckTests(t, c)
		// Hand-built, inconsistent copies: every test refuses them.
		bad := []CrossTable{c, c}
		bad[0].N++
		if k > 0 {
			bad[1].RowTotals = append([]int(nil), c.RowTotals...)
			bad[1].RowTotals[int(mode)%k]++
		} else {
			bad[1].Counts = [][]int{{1}}
		}
		for _, b := range bad {
			if _, err := McNemar(b, true); err == nil {
				t.Fatal("McNemar accepted an inconsistent table")
			}
			if _, err := McNemarExact(b); err == nil {
				t.Fatal("McNemarExact accepted an inconsistent table")
			}
			if _, err := Bowker(b); err == nil {
				t.Fatal("Bowker accepted an inconsistent table")
			}
			if _, err := StuartMaxwell(b); err == nil {
				t.Fatal("StuartMaxwell accepted an inconsistent table")
			}
			if _, _, err := b.Scored(nil); !errors.Is(err, ErrTable) && !errors.Is(err, ErrLevels) {
				t.Fatalf("Scored on an inconsistent table: %v", err)
			}
			if s := b.String(); !strings.HasPrefix(s, "invalid cross table") {
				t.Fatalf("String of an inconsistent table: %q", s)
			}
		}
	})
}

// FuzzParseAlternative: whatever ParseAlternative accepts is Valid and
// survives MarshalText -> ParseAlternative and UnmarshalText; whatever it
// refuses wraps ErrAlternative and UnmarshalText refuses too. Every
// Alternative value marshals iff it is Valid, and its text parses back.
func FuzzParseAlternative(f *testing.F) {
	for _, s := range []string{"two.sided", "two-sided", "less", "greater", "Less", "", "two.sided "} {
		f.Add(s, 0)
	}
	f.Add("x", -1)
	f.Add("x", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		a, err := ParseAlternative(s)
		var u Alternative
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, ErrAlternative) || !strings.Contains(err.Error(), "want") {
				t.Fatalf("ParseAlternative(%q): %v", s, err)
			}
			if uerr == nil {
				t.Fatalf("UnmarshalText(%q) accepted what ParseAlternative refuses", s)
			}
		} else {
			if !a.Valid() || uerr != nil || u != a {
				t.Fatalf("ParseAlternative(%q) = %v; UnmarshalText gives %v, %v", s, a, u, uerr)
			}
			b, err := a.MarshalText()
			if err != nil || string(b) != a.String() {
				t.Fatalf("MarshalText(%v) = %q, %v", a, b, err)
			}
			if back, err := ParseAlternative(string(b)); err != nil || back != a {
				t.Fatalf("%q -> %v -> %q -> %v, %v", s, a, b, back, err)
			}
		}
		v := Alternative(n)
		b, err := v.MarshalText()
		if v.Valid() != (err == nil) {
			t.Fatalf("Alternative(%d): Valid %v, MarshalText error %v", n, v.Valid(), err)
		}
		if err != nil {
			if !errors.Is(err, ErrAlternative) {
				t.Fatalf("MarshalText(Alternative(%d)): %v", n, err)
			}
			if v.String() == "" || !strings.HasPrefix(v.String(), "Alternative(") {
				t.Fatalf("String of invalid Alternative(%d) = %q", n, v.String())
			}
			return
		}
		if back, err := ParseAlternative(string(b)); err != nil || back != v {
			t.Fatalf("Alternative(%d) -> %q -> %v, %v", n, b, back, err)
		}
		// and inside JSON, as Options and Result carry it
		j, err := json.Marshal(struct{ A Alternative }{v})
		if err != nil {
			t.Fatal(err)
		}
		var w struct{ A Alternative }
		if err := json.Unmarshal(j, &w); err != nil || w.A != v {
			t.Fatalf("JSON %s -> %v, %v", j, w.A, err)
		}
	})
}

// FuzzParseExactMode: as FuzzParseAlternative for ExactMode and
// ErrWilcoxonOptions.
func FuzzParseExactMode(f *testing.F) {
	for _, s := range []string{"auto", "force", "never", "NULL", "TRUE", "FALSE", "true", "True", ""} {
		f.Add(s, 0)
	}
	f.Add("x", 3)
	f.Add("x", -7)
	f.Fuzz(func(t *testing.T, s string, n int) {
		m, err := ParseExactMode(s)
		var u ExactMode
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, ErrWilcoxonOptions) {
				t.Fatalf("ParseExactMode(%q): %v", s, err)
			}
			if uerr == nil {
				t.Fatalf("UnmarshalText(%q) accepted what ParseExactMode refuses", s)
			}
		} else {
			if !m.Valid() || uerr != nil || u != m {
				t.Fatalf("ParseExactMode(%q) = %v; UnmarshalText gives %v, %v", s, m, u, uerr)
			}
			b, err := m.MarshalText()
			if err != nil || string(b) != m.String() {
				t.Fatalf("MarshalText(%v) = %q, %v", m, b, err)
			}
			if back, err := ParseExactMode(string(b)); err != nil || back != m {
				t.Fatalf("%q -> %v -> %q -> %v, %v", s, m, b, back, err)
			}
		}
		v := ExactMode(n)
		b, err := v.MarshalText()
		if v.Valid() != (err == nil) {
			t.Fatalf("ExactMode(%d): Valid %v, MarshalText error %v", n, v.Valid(), err)
		}
		if err != nil {
			if !errors.Is(err, ErrWilcoxonOptions) || !strings.HasPrefix(v.String(), "ExactMode(") {
				t.Fatalf("ExactMode(%d): %v, String %q", n, err, v.String())
			}
			return
		}
		if back, err := ParseExactMode(string(b)); err != nil || back != v {
			t.Fatalf("ExactMode(%d) -> %q -> %v, %v", n, b, back, err)
		}
		if _, err := Wilcoxon([]float64{1, 2, 3, 4}, []float64{0, 0, 0, 0}, WilcoxonOptions{Exact: v}); err != nil {
			t.Fatalf("Wilcoxon with Exact %v: %v", v, err)
		}
	})
}
