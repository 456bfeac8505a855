package dist

import (
	"math"
	"testing"
)

func TestSignRank(t *testing.T) {
	// Counts against brute-force enumeration of subsets for small n, and
	// total mass 2^n.
	for n := 1; n <= 12; n++ {
		d := NewSignRank(n)
		u := n * (n + 1) / 2
		want := make([]float64, u+1)
		for mask := 0; mask < 1<<n; mask++ {
			s := 0
			for i := 0; i < n; i++ {
				if mask&(1<<i) != 0 {
					s += i + 1
				}
			}
			want[s]++
		}
		for k := -1; k <= u+1; k++ {
			w := 0.0
			if k >= 0 && k <= u {
				w = want[k]
			}
			if got := d.At(k); got != w {
				t.Errorf("n=%d: count(%d) = %v, want %v", n, k, got, w)
			}
		}
		for q := -1; q <= u; q++ {
			if s := d.Lower(q) + d.Upper(q); math.Abs(s-1) > 1e-15 {
				t.Errorf("n=%d q=%d: lower + upper = %v", n, q, s)
			}
		}
		if d.Quantile(0) != 0 || d.Quantile(1) != u {
			t.Errorf("n=%d: quantile(0), quantile(1) = %d, %d", n, d.Quantile(0), d.Quantile(1))
		}
	}
	// Total mass at n = 49 is 2^49 exactly.
	d := NewSignRank(49)
	if got := d.Lower(d.U()); got != 1 {
		t.Errorf("P(V <= u) = %v", got)
	}
	// u = 1225 is odd, so P(V <= 612) = 1/2 exactly by symmetry.
	if got := d.sumTo(d.U() / 2); d.U()%2 != 1 || got != 0.5 {
		t.Errorf("u = %d, P(V <= u/2) = %v", d.U(), got)
	}
}
