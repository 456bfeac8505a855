package rref

import (
	"encoding/json"
	"math"
	"testing"
)

func TestFloat(t *testing.T) {
	var v struct{ A []Float }
	if err := json.Unmarshal([]byte(`{"A": [1.5, "Inf", "-Inf", "NaN", "NA", null, "0.12345678901234567", -2e-300]}`), &v); err != nil {
		t.Fatal(err)
	}
	got := Floats(v.A)
	want := []float64{1.5, math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), math.NaN(), 0.12345678901234567, -2e-300}
	for i := range want {
		if !Close(got[i], want[i], 0, 0) {
			t.Errorf("A[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	for _, bad := range []string{`"x"`, `true`, `{}`, `"1,5"`} {
		var f Float
		if err := json.Unmarshal([]byte(bad), &f); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestClose(t *testing.T) {
	inf := math.Inf(1)
	for _, c := range []struct {
		got, want, abs, rel float64
		ok                  bool
	}{
		{1, 1 + 1e-13, 0, 1e-12, true},
		{1, 1 + 1e-11, 0, 1e-12, false},
		{0, 1e-20, 1e-15, 0, true},
		{math.NaN(), math.NaN(), 0, 0, true},
		{math.NaN(), 1, 1, 1, false},
		{inf, inf, 0, 0, true},
		{inf, -inf, 0, 0, false},
		{1e308, inf, 1, 1, false},
	} {
		if got := Close(c.got, c.want, c.abs, c.rel); got != c.ok {
			t.Errorf("Close(%g, %g, %g, %g) = %v", c.got, c.want, c.abs, c.rel, got)
		}
	}
	if RelErr(2, 1) != 1 || RelErr(1e-3, 0) != 1e-3 || RelErr(inf, inf) != 0 {
		t.Error("RelErr")
	}
}
