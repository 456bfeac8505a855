package pairedt

import (
	"encoding/json"
	"math"
	"testing"
)

func FuzzSignTest(f *testing.F) {
	f.Add([]byte{4, 8, 12, 0, 3, 7, 20, 1}, false, uint8(0), 0.0)
	f.Add([]byte{1, 1, 1, 1, 0, 0, 0, 0}, false, uint8(1), 0.0)
	f.Add([]byte{5, 250, 3, 100, 9, 0}, false, uint8(2), 0.5)
	f.Add(make([]byte, 32), true, uint8(0), math.Inf(1))
	f.Fuzz(func(t *testing.T, data []byte, raw bool, alt uint8, mu float64) {
		v := rankFuzzValues(data, raw, 2000)
		x, y := v[:len(v)/2], v[len(v)/2:2*(len(v)/2)]
		o := Options{Alternative: Alternative(alt % 4), Mu: mu}
		r, err := SignTest(x, y, o)
		if err != nil {
			rankFuzzCheckErr(t, err)
			return
		}
		if r.Positive+r.Negative != r.N || r.N+r.Zero+r.Dropped != len(x) || r.N < 1 {
			t.Fatalf("counts %+v for %d pairs", r, len(x))
		}
		if !(r.P > 0 && r.P <= 1) {
			t.Fatalf("p = %v", r.P)
		}
	})
}

// FuzzSignTestCI checks SignTestCI's intervals: ordered bounds, the
// proportion's interval inside [0, 1] and (at levels from 1/2) containing
// Positive/N, the
// median's containing the sample median, and the achieved level at least
// the requested one.
func FuzzSignTestCI(f *testing.F) {
	f.Add([]byte{4, 8, 12, 0, 3, 7, 20, 1}, false, uint8(0), 0.0, 0.95)
	f.Add([]byte{1, 1, 1, 1, 0, 0, 0, 0}, false, uint8(1), 0.0, 0.5)
	f.Add([]byte{5, 250, 3, 100, 9, 0}, false, uint8(2), 0.5, 0.999)
	f.Add(make([]byte, 32), true, uint8(0), 0.0, 0.0)
	f.Fuzz(func(t *testing.T, data []byte, raw bool, alt uint8, mu, conf float64) {
		v := rankFuzzValues(data, raw, 2000)
		x, y := v[:len(v)/2], v[len(v)/2:2*(len(v)/2)]
		o := Options{Alternative: Alternative(alt % 4), Mu: mu, ConfLevel: conf}
		r, err := SignTestCI(x, y, o)
		if err != nil {
			rankFuzzCheckErr(t, err)
			return
		}
		iv := r.Interval
		if iv == nil {
			t.Fatal("no interval")
		}
		// A one-sided interval at a level below 1/2 need not contain the
		// estimate (R's binom.test gives the same bounds).
		inside := iv.PropLow <= iv.Prop && iv.Prop <= iv.PropHigh
		if !(0 <= iv.PropLow && iv.PropLow <= iv.PropHigh && iv.PropHigh <= 1) || (!inside && (o.Alternative == TwoSided || iv.ConfLevel >= 0.5)) {
			t.Fatalf("proportion interval %+v", iv)
		}
		if !(iv.MedianLow <= iv.Median && iv.Median <= iv.MedianHigh) {
			t.Fatalf("median interval %+v", iv)
		}
		if !(iv.MedianConfLevel >= iv.ConfLevel-1e-12 && iv.MedianConfLevel <= 1) {
			t.Fatalf("median level %v < %v", iv.MedianConfLevel, iv.ConfLevel)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	})
}
