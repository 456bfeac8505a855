package pairedt

import (
	"encoding/binary"
	"math"
	"slices"
	"testing"
)

// FuzzWalshSelect: for any finite values (8 bytes each, at most 120 of
// them) and any rank k, selectK equals the formed and sorted Walsh
// averages, and next the one after; the selection never panics. The seed
// corpus is testdata/fuzz/FuzzWalshSelect.
func FuzzWalshSelect(f *testing.F) {
	enc := func(v ...float64) []byte {
		b := make([]byte, 0, 8*len(v))
		for _, x := range v {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
		}
		return b
	}
	f.Add(enc(1, 2, 3), uint32(2))
	f.Add(enc(-1, 1, -1, 1, 0), uint32(7))
	f.Add(enc(math.MaxFloat64, -math.MaxFloat64, math.MaxFloat64), uint32(3))
	f.Add(enc(math.SmallestNonzeroFloat64, -2*math.SmallestNonzeroFloat64), uint32(1))
	f.Fuzz(func(t *testing.T, b []byte, k uint32) {
		var x []float64
		for len(b) >= 8 && len(x) < 120 {
			v := math.Float64frombits(binary.LittleEndian.Uint64(b))
			b = b[8:]
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				x = append(x, v)
			}
		}
		if len(x) == 0 {
			return
		}
		slices.Sort(x)
		want := walshFormed(x)
		kk := int64(k) % int64(len(want))
		ws := newWalshSelector(x)
		if got := ws.selectK(kk); !walshSame(got, want[kk]) {
			t.Fatalf("%v: k=%d: got %v, sorted %v", x, kk, got, want[kk])
		}
		if kk+1 < int64(len(want)) {
			if got := ws.next(kk, want[kk]); !walshSame(got, want[kk+1]) {
				t.Fatalf("%v: next after k=%d: got %v, sorted %v", x, kk, got, want[kk+1])
			}
		}
	})
}
