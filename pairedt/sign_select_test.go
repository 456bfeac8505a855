package pairedt

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// signSelectData is n values of one of several shapes: continuous, heavy
// ties (ordinal scores), all equal, sorted, reversed, organ-pipe, signed
// zeros, extreme magnitudes.
func signSelectData(rng *rand.Rand, kind, n int) []float64 {
	d := make([]float64, n)
	for i := range d {
		switch kind {
		case 0:
			d[i] = rng.NormFloat64()
		case 1:
			d[i] = float64(rng.IntN(5) - 2)
		case 2:
			d[i] = 1.5
		case 3:
			d[i] = float64(i)
		case 4:
			d[i] = float64(n - i)
		case 5:
			d[i] = float64(min(i, n-i))
		case 6:
			d[i] = []float64{0, 1, -1, 2}[rng.IntN(4)]
		case 7:
			d[i] = math.MaxFloat64 * (rng.Float64() - 0.5) * 2
		}
	}
	return d
}

// signNth returns what a sort puts at a[k], and partitions a around it.
func TestSignNthMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 7))
	for kind := range 8 {
		for _, n := range []int{1, 2, 3, 16, 17, 18, 100, 1000, 3000} {
			d := signSelectData(rng, kind, n)
			want := slices.Clone(d)
			sort.Float64s(want)
			for _, k := range []int{0, n / 2, n - 1, rng.IntN(n), rng.IntN(n)} {
				a := slices.Clone(d)
				got := signNth(a, k)
				if got != want[k] {
					t.Fatalf("kind %d n=%d k=%d: got %v, sort %v", kind, n, k, got, want[k])
				}
				for i := range a {
					if (i < k && a[i] > got) || (i > k && a[i] < got) {
						t.Fatalf("kind %d n=%d k=%d: a[%d] = %v not partitioned about %v", kind, n, k, i, a[i], got)
					}
				}
				b := slices.Clone(a)
				sort.Float64s(b)
				if fmt.Sprint(b) != fmt.Sprint(want) {
					t.Fatalf("kind %d n=%d k=%d: not a permutation", kind, n, k)
				}
			}
		}
	}
}

// oracleSignMedianInterval is the median interval as signInterval computed
// it before selection: the differences sorted.
func oracleSignMedianInterval(diffs []float64, K int) (median, lo, hi float64) {
	d := append([]float64(nil), diffs...)
	sort.Float64s(d)
	nd := len(d)
	return rankMedianSorted(d), d[K-1], d[nd-K]
}

// signInterval's median and order-statistic bounds equal the sorted
// differences' (the oracle) on every shape, size, level and alternative.
func TestSignIntervalSelectMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 8))
	cases := 0
	for kind := range 8 {
		for _, n := range []int{1, 2, 3, 4, 5, 10, 17, 40, 101, 600} {
			d := signSelectData(rng, kind, n)
			for _, level := range []float64{0.95, 0.5, 0.999, 0.01} {
				for _, alt := range []Alternative{TwoSided, Less, Greater} {
					iv := signInterval(n/2, n, slices.Clone(d), level, alt)
					if iv.K < 1 {
						continue
					}
					med, lo, hi := oracleSignMedianInterval(d, iv.K)
					if alt == Less {
						lo = math.Inf(-1)
					}
					if alt == Greater {
						hi = math.Inf(1)
					}
					if iv.Median != med || iv.MedianLow != lo || iv.MedianHigh != hi {
						t.Fatalf("kind %d n=%d %v %v: median %v [%v, %v], sorted %v [%v, %v]",
							kind, n, level, alt, iv.Median, iv.MedianLow, iv.MedianHigh, med, lo, hi)
					}
					cases++
				}
			}
		}
	}
	t.Logf("%d intervals equal", cases)
}
