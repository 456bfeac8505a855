package csvin

import (
	"errors"
	"strings"
	"testing"
)

// TestUnderflows: nonzero numbers below the float64 range read as 0 are
// counted with the place of the first; zeros however written are not
// (issue 11 item 9).
func TestUnderflows(t *testing.T) {
	in := "a,b\n0,0.000\n-0e5,1\n2,1e-400\n-3e-999,0\n4.5e-330,1e-320\n"
	rd, err := NewReader(strings.NewReader(in), Options{Name: "u.csv"})
	if err != nil {
		t.Fatal(err)
	}
	var got []float64
	for rd.Next() {
		for i := range 2 {
			v, err := rd.Float(i)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, v)
		}
	}
	if rd.Err() != nil {
		t.Fatal(rd.Err())
	}
	// 4.5e-330 is below 2^-1074/2 = 2.47e-324 and rounds to 0; 1e-320 is a
	// subnormal (2025 * 2^-1074) and stays nonzero.
	n, first := rd.Underflows()
	if n != 3 || first == nil || !errors.Is(first, ErrUnderflow) || first.Line != 4 || first.Column != "b" || first.Index != 2 {
		t.Fatalf("Underflows = %d, %+v; want 3, the first on line 4 column b", n, first)
	}
	if got[9] == 0 {
		t.Errorf("1e-320 read as 0")
	}
	if !strings.Contains(first.Error(), `u.csv: line 4, column "b" (field 2): found "1e-400"`) {
		t.Errorf("error text %q", first.Error())
	}
}
