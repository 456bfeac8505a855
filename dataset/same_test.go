package dataset

import (
	"math"
	"os"
	"testing"

	"github.com/pairedt/pairedt/internal/csvin"
)

// The same data from CSV (the command-line tool's reader, internal/csvin),
// xlsx and every SPSS layout gives bit-identical float64 columns.
func TestSameDataEveryFormat(t *testing.T) {
	f, err := os.Open("../testdata/sleep.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := csvin.NewReader(f, csvin.Options{Name: "sleep.csv"})
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"id", "group1", "group2"}
	idx := make([]int, len(names))
	for i, n := range names {
		if idx[i], err = r.Column(n); err != nil {
			t.Fatal(err)
		}
	}
	want := make([][]float64, len(names))
	for r.Next() {
		for i := range names {
			x, err := r.Float(idx[i])
			if err != nil {
				t.Fatal(err)
			}
			want[i] = append(want[i], x)
		}
	}
	if r.Err() != nil {
		t.Fatal(r.Err())
	}
	for _, file := range []string{"sleep.xlsx", "sleep.sav", "sleep-compressed.sav", "sleep.zsav"} {
		tb := readFixture(t, file, Options{})
		for i, n := range names {
			got := column(t, tb, n).Numbers
			if len(got) != len(want[i]) {
				t.Fatalf("%s %s: %d values, CSV has %d", file, n, len(got), len(want[i]))
			}
			for k := range got {
				if math.Float64bits(got[k]) != math.Float64bits(want[i][k]) {
					t.Errorf("%s %s[%d] = %v (%#x), CSV %v (%#x)", file, n, k, got[k], math.Float64bits(got[k]), want[i][k], math.Float64bits(want[i][k]))
				}
			}
		}
	}
}

// The 23 mothers: the CSV's category labels, mapped through the .sav's
// value labels, give the codes the .sav stores.
func TestOxytocinLabelsMatchCSV(t *testing.T) {
	src := csvColumns(t, "../testdata/oxytocin/reconstructed.csv")
	tb := readFixture(t, "oxytocin.sav", Options{})
	for name, csvName := range map[string]string{"sebelum": "before", "sesudah": "after"} {
		c := column(t, tb, name)
		code := map[string]float64{}
		for _, l := range c.ValueLabels {
			code[l.Label] = l.Value
		}
		for i, s := range src[csvName] {
			x, ok := code[s]
			if !ok || c.Numbers[i] != x {
				t.Errorf("%s case %d: CSV %q, .sav %v", name, i+1, s, c.Numbers[i])
			}
		}
	}
}
