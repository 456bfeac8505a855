package pairedt

import (
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
