package audit

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
)

// TestCheckStatementPMatchesTestBitForBit: pairedt.Test (what `pairedt test`
// prints) and CheckStatement (what `pairedt check` recomputes) give the same
// p for the same t and df, bit for bit, for every alternative, from df = 22
// up to df = 1e7 (both call dist.TUpper). The statement's t is printed with
// 20 decimals, so the rounding interval [t - h, t + h] collapses to t and
// both ends Low and High of the check are the recomputed p.
func TestCheckStatementPMatchesTestBitForBit(t *testing.T) {
	dfs := []int{1, 2, 5, 22, 100, 1000, 100000, 1000000, 10000000}
	if testing.Short() {
		dfs = dfs[:len(dfs)-2]
	}
	for _, df := range dfs {
		n := df + 1
		r := rand.New(rand.NewPCG(uint64(df), 9))
		x := make([]float64, n)
		y := make([]float64, n)
		for _, target := range []float64{0.3, 2.1, 4.5, 12, 37} {
			// x - y has mean target/sqrt(n) and sd about 1: t is near target.
			shift := target / math.Sqrt(float64(n))
			for i := range x {
				y[i] = r.NormFloat64()
				x[i] = y[i] + shift + r.NormFloat64()
			}
			for _, alt := range []pairedt.Alternative{pairedt.TwoSided, pairedt.Less, pairedt.Greater} {
				res, err := pairedt.Test(x, y, pairedt.Options{Alternative: alt})
				if err != nil {
					t.Fatal(err)
				}
				name := fmt.Sprintf("df=%d/t=%.4g/%v", df, res.T, alt)
				dfv := res.DF
				st := Statement{
					Text: name,
					T:    &Number{Text: strconv.FormatFloat(res.T, 'f', 20, 64), Value: res.T, Decimals: 20, Comparison: "="},
					DF:   &dfv,
					P:    &Number{Text: "0.5", Value: 0.5, Decimals: 1, Comparison: "="},
				}
				c, err := CheckStatement(st, StatementOptions{Alternative: alt})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if c.Low == nil || c.High == nil {
					t.Fatalf("%s: no recomputed p", name)
				}
				if *c.Low != res.P || *c.High != res.P {
					t.Errorf("%s: pairedt test p = %.17g, pairedt check p in [%.17g, %.17g]", name, res.P, *c.Low, *c.High)
				}
			}
		}
	}
}
