package pairedt

import (
	"bytes"
	"encoding"
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// The Accumulator's binary encoding (MarshalBinary, AppendBinary,
// UnmarshalBinary): a round trip restores the state bit for bit, and bytes
// that are not an encoding give ErrAccumulatorEncoding, never a panic.

var (
	_ encoding.BinaryMarshaler   = (*Accumulator)(nil)
	_ encoding.BinaryAppender    = (*Accumulator)(nil)
	_ encoding.BinaryUnmarshaler = (*Accumulator)(nil)
)

// encodingStates returns Accumulators in the states the encoding must keep:
// empty, an open block, folded blocks, NaN and ±Inf pairs, merged shards,
// overflowing and tiny sums.
func encodingStates() map[string]*Accumulator {
	rng := rand.New(rand.NewPCG(18, 3))
	x, y := make([]float64, 1000), make([]float64, 1000)
	for i := range x {
		x[i] = 100 + 15*rng.NormFloat64()
		y[i] = x[i] - 2 + 5*rng.NormFloat64()
	}
	s := map[string]*Accumulator{"empty": {}}
	open := new(Accumulator)
	for i := range 7 {
		open.Add(x[i], y[i])
	}
	s["open block"] = open
	slices := new(Accumulator)
	_ = slices.AddSlices(x, y) // same lengths
	s["AddSlices"] = slices
	mixed := new(Accumulator)
	mixed.Add(math.NaN(), 1)
	for i := range 300 {
		mixed.Add(x[i], y[i])
	}
	mixed.Add(2, math.Inf(-1))
	mixed.Add(3, 4)
	s["NaN, Inf and a fold"] = mixed
	merged := new(Accumulator)
	merged.Merge(open)
	merged.Merge(mixed)
	merged.Merge(slices)
	s["merged"] = merged
	huge := new(Accumulator)
	huge.Add(1e308, -1e308)
	huge.Add(-1e308, 1e308)
	s["overflow"] = huge
	tiny := new(Accumulator)
	tiny.Add(1e-300, 0)
	tiny.Add(3e-300, 1e-310)
	s["tiny"] = tiny
	return s
}

func TestAccumulatorBinaryRoundTrip(t *testing.T) {
	o := Options{ConfLevel: 0.9}
	for name, a := range encodingStates() {
		t.Run(name, func(t *testing.T) {
			b, err := a.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if len(b) != 225 || b[0] != 1 {
				t.Fatalf("encoding of %d bytes, version %d; want 225 bytes, version 1", len(b), b[0])
			}
			var c Accumulator
			c.Add(5, 6) // UnmarshalBinary replaces the whole state
			if err := c.UnmarshalBinary(b); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(accBits(&c), accBits(a)) {
				t.Fatalf("round trip changed the state:\n got %v\nwant %v", accBits(&c), accBits(a))
			}
			b2, _ := c.MarshalBinary()
			if !bytes.Equal(b, b2) {
				t.Fatal("re-encoding gives other bytes")
			}
			app, _ := c.AppendBinary([]byte("head"))
			if !bytes.Equal(app, append([]byte("head"), b...)) {
				t.Fatal("AppendBinary is not the prefix followed by MarshalBinary's bytes")
			}
			// Same results, and the same state after more pairs.
			wr, werr := a.Result(o)
			gr, gerr := c.Result(o)
			if !errors.Is(gerr, fuzzErrSentinel(werr)) || (werr == nil && !reflect.DeepEqual(fuzzFields(t, gr), fuzzFields(t, wr))) {
				t.Fatalf("Result after the round trip: %v, %v; before: %v, %v", gr, gerr, wr, werr)
			}
			d := *a
			for i := range 300 {
				d.Add(float64(i), float64(i%7))
				c.Add(float64(i), float64(i%7))
			}
			d.Merge(a)
			c.Merge(a)
			if !reflect.DeepEqual(accBits(&c), accBits(&d)) {
				t.Fatal("Add and Merge after the round trip diverge")
			}
		})
	}
}

// accBits returns a's state as bits, so that NaNs compare equal.
func accBits(a *Accumulator) []uint64 {
	var v []uint64
	for _, c := range a.counts() {
		v = append(v, uint64(*c))
	}
	for _, f := range a.floats() {
		v = append(v, math.Float64bits(*f))
	}
	return v
}

// fuzzErrSentinel returns the sentinel err wraps, or nil.
func fuzzErrSentinel(err error) error {
	for _, s := range []error{ErrTooFew, ErrNonFinite, ErrConstant, ErrIdentical} {
		if errors.Is(err, s) {
			return s
		}
	}
	return err
}

func TestAccumulatorUnmarshalBinaryErrors(t *testing.T) {
	a := encodingStates()["NaN, Inf and a fold"] // n 301, dropped 1, nonfinite 1, seen 303, firstBad 302, nf 256, bn 45
	good, _ := a.MarshalBinary()
	word := func(i int, v uint64) []byte { // good with word i (0-based after the version) set to v
		b := bytes.Clone(good)
		binary.LittleEndian.PutUint64(b[1+8*i:], v)
		return b
	}
	cases := []struct {
		name string
		b    []byte
	}{
		{"nil", nil},
		{"short", good[:224]},
		{"long", append(bytes.Clone(good), 0)},
		{"version 0", append([]byte{0}, good[1:]...)},
		{"version 2", append([]byte{2}, good[1:]...)},
		{"negative count", word(0, 1<<63)},
		{"huge count", word(3, 1<<62)},
		{"seen", word(3, 302)},
		{"folded", word(5, 255)},
		{"open block full", func() []byte { b := word(6, 256); binary.LittleEndian.PutUint64(b[1+8*5:], 45); return b }()},
		{"non-finite without first", word(4, 0)},
		{"first beyond seen", word(4, 304)},
		{"first without non-finite", func() []byte {
			b := word(2, 0)
			binary.LittleEndian.PutUint64(b[1+8*0:], 302)
			binary.LittleEndian.PutUint64(b[1+8*6:], 46)
			return b
		}()},
		{"negative tiny", word(7, math.Float64bits(-1e-200))},
		{"NaN tiny", word(8, math.Float64bits(math.NaN()))},
		{"sums in empty block", func() []byte {
			var e Accumulator
			b, _ := e.MarshalBinary()
			binary.LittleEndian.PutUint64(b[1+8*(7+15):], math.Float64bits(1))
			return b
		}()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got Accumulator
			got.Add(1, 2)
			before := accBits(&got)
			err := got.UnmarshalBinary(c.b)
			if !errors.Is(err, ErrAccumulatorEncoding) {
				t.Fatalf("error %v, want ErrAccumulatorEncoding", err)
			}
			if !reflect.DeepEqual(accBits(&got), before) {
				t.Fatal("a failed UnmarshalBinary changed the Accumulator")
			}
		})
	}
}

func TestAccumulatorAppendBinaryAllocs(t *testing.T) {
	a := encodingStates()["merged"]
	buf := make([]byte, 0, 225)
	if n := testing.AllocsPerRun(100, func() { buf, _ = a.AppendBinary(buf[:0]) }); n != 0 {
		t.Errorf("AppendBinary allocates %v times", n)
	}
}

// FuzzAccumulatorUnmarshalBinary: any bytes either decode to a state whose
// encoding is those bytes, and on which Add, Merge and Result run without
// panicking, or give ErrAccumulatorEncoding. Accumulators sent through the
// encoding between shards give the same result as without it. Seed corpus
// in testdata/fuzz/FuzzAccumulatorUnmarshalBinary/.
func FuzzAccumulatorUnmarshalBinary(f *testing.F) {
	for _, a := range encodingStates() {
		b, _ := a.MarshalBinary()
		f.Add(b, []byte{0x81, 2})
	}
	f.Add([]byte{1, 2, 3}, []byte{})
	f.Fuzz(func(t *testing.T, b, plan []byte) {
		// The plan cuts exact pairs made of b into shards; each shard
		// through the encoding merges as the shard itself.
		x, y := fuzzExactPairs(b, 0, 0, true)
		direct := fuzzShards(t, x, y, plan, 1)
		viaBytes := fuzzShards(t, x, y, plan, 1)
		enc, _ := viaBytes.MarshalBinary()
		var back Accumulator
		if err := back.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(accBits(&back), accBits(direct)) {
			t.Fatal("an Accumulator changed in the round trip")
		}

		var a Accumulator
		err := a.UnmarshalBinary(b)
		if err != nil {
			if !errors.Is(err, ErrAccumulatorEncoding) {
				t.Fatalf("error %v does not wrap ErrAccumulatorEncoding", err)
			}
			return
		}
		if got, _ := a.MarshalBinary(); !bytes.Equal(got, b) {
			t.Fatal("re-encoding a decoded Accumulator gives other bytes")
		}
		_, _ = a.Result(Options{})
		c := a
		c.Merge(&a)
		c.Add(1, 2)
		if err := c.AddSlices([]float64{1, 2, 3}, []float64{3, 1, 2}); err != nil {
			t.Fatal(err)
		}
		_, _ = c.Result(Options{})
	})
}
