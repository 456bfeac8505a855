package pairedt

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
)

// Benchmarks of Test and Accumulator against a baseline that only reads x
// and y once (the sum of x - y): the least any paired test must do. The
// data are generated once and shared by all sizes (n = 1e7 takes a moment,
// but benchmarks do not run under plain go test): x ~ N(50, 10^2) and
// y = x - 0.1 + N(0, 1), a small effect (d_z about 0.1). Test's cost beyond
// the one pass over the data is the noncentral-t interval of d_z, which
// grows with |t|: BenchmarkTestLargeEffect shows it for d_z about 1 at
// n = 1e7 (t about 3200).

var benchSizes = []int{1_000, 100_000, 10_000_000}

var benchData = sync.OnceValue(func() map[int][2][]float64 {
	m := map[int][2][]float64{}
	big := benchSizes[len(benchSizes)-1]
	x, y := make([]float64, big), make([]float64, big)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range x {
		x[i] = 50 + 10*r.NormFloat64()
		y[i] = x[i] - 0.1 + r.NormFloat64()
	}
	for _, n := range benchSizes {
		m[n] = [2][]float64{x[:n], y[:n]}
	}
	return m
})

var sink float64

// readLoop is the baseline: one read of every x and y.
func readLoop(x, y []float64) float64 {
	y = y[:len(x)]
	s := 0.0
	for i := range x {
		s += x[i] - y[i]
	}
	return s
}

func BenchmarkReadLoop(b *testing.B) {
	for _, n := range benchSizes {
		d := benchData()[n]
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(16 * n))
			for b.Loop() {
				sink = readLoop(d[0], d[1])
			}
		})
	}
}

func BenchmarkTest(b *testing.B) {
	for _, n := range benchSizes {
		d := benchData()[n]
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(16 * n))
			for b.Loop() {
				r, err := Test(d[0], d[1], Options{})
				if err != nil {
					b.Fatal(err)
				}
				sink = r.T
			}
		})
	}
}

func BenchmarkAccumulator(b *testing.B) {
	for _, n := range benchSizes {
		d := benchData()[n]
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(16 * n))
			for b.Loop() {
				var a Accumulator
				x, y := d[0], d[1][:len(d[0])]
				for i := range x {
					a.Add(x[i], y[i])
				}
				r, err := a.Result(Options{})
				if err != nil {
					b.Fatal(err)
				}
				sink = r.T
			}
		})
	}
}

func BenchmarkAccumulatorAddSlices(b *testing.B) {
	for _, n := range benchSizes {
		d := benchData()[n]
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(16 * n))
			for b.Loop() {
				var a Accumulator
				if err := a.AddSlices(d[0], d[1]); err != nil {
					b.Fatal(err)
				}
				r, err := a.Result(Options{})
				if err != nil {
					b.Fatal(err)
				}
				sink = r.T
			}
		})
	}
}

// BenchmarkTestOverhead is Test on a tiny sample: the fixed cost of the
// p-value, the interval and the noncentral-t interval of d_z.
func BenchmarkTestOverhead(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r, _ := Test(sleepX, sleepY, Options{})
		sink = r.T
	}
}

func BenchmarkTestLargeEffect(b *testing.B) {
	d := benchData()[10_000_000]
	y := make([]float64, len(d[1]))
	for i := range y {
		y[i] = d[1][i] - 0.9 // d_z about 1
	}
	b.ReportAllocs()
	b.SetBytes(int64(16 * len(y)))
	for b.Loop() {
		r, err := Test(d[0], y, Options{})
		if err != nil {
			b.Fatal(err)
		}
		sink = r.T
	}
}
