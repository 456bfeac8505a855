package pairedt

import (
	"testing"
)

func FuzzShapiroWilk(f *testing.F) {
	f.Add([]byte{4, 8, 12}, false)
	f.Add([]byte{1, 1, 1, 1, 0, 0, 0, 9}, false)
	f.Add([]byte{5, 250, 3, 100, 9, 0, 17, 33, 66, 129, 1, 2, 3}, false)
	f.Add(make([]byte, 40), true)
	f.Fuzz(func(t *testing.T, data []byte, raw bool) {
		x := rankFuzzValues(data, raw, 5001)
		r, err := ShapiroWilk(x)
		if err != nil {
			rankFuzzCheckErr(t, err)
			return
		}
		if !(r.W > 0 && r.W <= 1+1e-12) || !(r.P >= 0 && r.P <= 1) {
			t.Fatalf("W = %v, p = %v for %v", r.W, r.P, x)
		}
		if r.N+r.Dropped != len(x) {
			t.Fatalf("N %d + Dropped %d != %d", r.N, r.Dropped, len(x))
		}
	})
}
