package pairedt

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"
)

// floatsFromBytes reads little-endian float64s (any bit pattern: NaN, ±Inf,
// subnormals, huge values) from b.
func floatsFromBytes(b []byte) []float64 {
	out := make([]float64, len(b)/8)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
	}
	return out
}

var sentinels = []error{ErrLength, ErrTooFew, ErrNonFinite, ErrConstant, ErrIdentical, ErrConfLevel, ErrMu, ErrAlternative}

func checkOutcome(t *testing.T, r TTestResult, err error) {
	t.Helper()
	if err != nil {
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("error wraps no sentinel: %v", err)
	}
	finite := map[string]float64{"df": r.DF, "mean_diff": r.MeanDiff, "sd_diff": r.SDDiff, "se": r.SE,
		"t": r.T, "p": r.P, "d_z": r.DZ, "g_z": r.GZ, "conf_level": r.ConfLevel}
	for k, v := range finite {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("%s = %v in %+v", k, v, r)
		}
	}
	if !(r.P >= 0 && r.P <= 1) {
		t.Fatalf("p = %v", r.P)
	}
	for _, b := range [][2]float64{{r.CILow, r.CIHigh}, {r.DZCILow, r.DZCIHigh}, {r.GZCILow, r.GZCIHigh}} {
		if math.IsNaN(b[0]) || math.IsNaN(b[1]) || b[0] > b[1] {
			t.Fatalf("interval [%v, %v] in %+v", b[0], b[1], r)
		}
	}
	switch r.Alternative {
	case Less:
		if !math.IsInf(r.CILow, -1) || math.IsInf(r.CIHigh, 0) {
			t.Fatalf("less: [%v, %v]", r.CILow, r.CIHigh)
		}
	case Greater:
		if math.IsInf(r.CILow, 0) || !math.IsInf(r.CIHigh, 1) {
			t.Fatalf("greater: [%v, %v]", r.CILow, r.CIHigh)
		}
	default:
		if math.IsInf(r.CILow, 0) || math.IsInf(r.CIHigh, 0) {
			t.Fatalf("two-sided: [%v, %v]", r.CILow, r.CIHigh)
		}
	}
	if _, err := r.MarshalJSON(); err != nil {
		t.Fatal(err)
	}
	_ = r.String()
}

// FuzzTest: any input gives finite numbers or an error wrapping a
// sentinel, never a panic; the Accumulator agrees.
func FuzzTest(f *testing.F) {
	f.Add([]byte{}, uint8(0), 0.0, 0.95)
	f.Fuzz(func(t *testing.T, data []byte, alt uint8, mu, level float64) {
		v := floatsFromBytes(data)
		x, y := v[:len(v)/2], v[len(v)/2:]
		if len(x) != len(y) && len(y) > 0 && alt%5 != 4 {
			y = y[:len(x)] // mostly equal lengths; sometimes not
		}
		o := Options{Alternative: Alternative(alt % 4), Mu: mu, ConfLevel: level}
		r, err := Test(x, y, o)
		checkOutcome(t, r, err)
		if len(x) == len(y) {
			var a Accumulator
			for i := range x {
				a.Add(x[i], y[i])
			}
			ra, erra := a.Result(o)
			checkOutcome(t, ra, erra)
			if err == nil && erra == nil && !same(ra.T, r.T, 1e-9, 1e-6) {
				t.Fatalf("accumulator t %v, Test t %v", ra.T, r.T)
			}
			var s Accumulator
			if err := s.AddSlices(x, y); err != nil {
				t.Fatal(err)
			}
			rs, errs := s.Result(o)
			checkOutcome(t, rs, errs)
			if (errs == nil) != (erra == nil) || errs == nil && !same(rs.T, ra.T, 1e-9, 1e-6) {
				t.Fatalf("AddSlices: %v, %v; Add: %v, %v", rs.T, errs, ra.T, erra)
			}
		}
	})
}

// FuzzOneSample: as FuzzTest for the one-sample test.
func FuzzOneSample(f *testing.F) {
	f.Add([]byte{}, uint8(0), 0.0, 0.0)
	f.Fuzz(func(t *testing.T, data []byte, alt uint8, mu, level float64) {
		r, err := OneSample(floatsFromBytes(data), Options{Alternative: Alternative(alt % 4), Mu: mu, ConfLevel: level})
		checkOutcome(t, r, err)
	})
}
