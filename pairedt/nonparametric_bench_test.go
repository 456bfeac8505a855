package pairedt

import (
	"math"
	"sort"
	"testing"
)

// Benchmarks of the rank tests. Each has a baseline in this file: the
// irreducible work of the same size (sorting the data, or the cheaper
// branch of the same test), so a regression shows as a ratio.

func rankBenchNormal(n int) []float64 {
	// Deterministic, distinct values with a roughly normal shape.
	x := make([]float64, n)
	for i := range x {
		p := (float64(i) + 0.5) / float64(n)
		x[i] = math.Sqrt2 * math.Erfinv(2*p-1)
		x[i] += 1e-3 * math.Sin(float64(i)*7.3)
	}
	// shuffle deterministically
	for i := range x {
		j := (i * 7919) % n
		x[i], x[j] = x[j], x[i]
	}
	return x
}

var rankBenchSink float64

// Exact Wilcoxon at n = 49, the largest n R's rule computes exactly: the
// counting recursion, the 1225 Walsh averages and the interval.
func BenchmarkWilcoxonExact49(b *testing.B) {
	x, y := rankNoTies(49)
	b.ReportAllocs()
	for b.Loop() {
		r, err := Wilcoxon(x, y, WilcoxonOptions{})
		if err != nil || !r.Exact {
			b.Fatal(err, r.Exact)
		}
		rankBenchSink += r.P
	}
}

// Baseline: the same data through the normal approximation (ranks, z and
// the root-finding interval).
func BenchmarkWilcoxonApprox49Baseline(b *testing.B) {
	x, y := rankNoTies(49)
	b.ReportAllocs()
	for b.Loop() {
		r, err := Wilcoxon(x, y, WilcoxonOptions{Exact: ExactNever})
		if err != nil || r.Exact {
			b.Fatal(err)
		}
		rankBenchSink += r.P
	}
}

// Baseline: sorting the 1225 Walsh averages, the largest step of the
// exact interval.
func BenchmarkWalshSort49Baseline(b *testing.B) {
	x, _ := rankNoTies(49)
	w := make([]float64, 0, 49*50/2)
	b.ReportAllocs()
	for b.Loop() {
		w = w[:0]
		for i := range x {
			for j := i; j < len(x); j++ {
				w = append(w, (x[i]+x[j])/2)
			}
		}
		sort.Float64s(w)
		rankBenchSink += w[0]
	}
}

// Shapiro-Wilk at its largest n, 5000.
func BenchmarkShapiroWilk5000(b *testing.B) {
	x := rankBenchNormal(5000)
	b.ReportAllocs()
	for b.Loop() {
		r, err := ShapiroWilk(x)
		if err != nil {
			b.Fatal(err)
		}
		rankBenchSink += r.W
	}
}

// Baseline: copying and sorting the 5000 values, which ShapiroWilk must do.
func BenchmarkSort5000Baseline(b *testing.B) {
	x := rankBenchNormal(5000)
	s := make([]float64, len(x))
	b.ReportAllocs()
	for b.Loop() {
		copy(s, x)
		sort.Float64s(s)
		rankBenchSink += s[0]
	}
}

// Sign test with 1000 pairs (exact big-integer binomial tail).
func BenchmarkSignTest1000(b *testing.B) {
	x := rankBenchNormal(1000)
	y := make([]float64, len(x))
	for i := range y {
		y[i] = 0.05
	}
	b.ReportAllocs()
	for b.Loop() {
		r, err := SignTest(x, y, Options{})
		if err != nil {
			b.Fatal(err)
		}
		rankBenchSink += r.P
	}
}
