package pairedt

import "testing"

// rankBenchTiesZeros returns n differences in steps of 0.5 with many ties
// and zeros (a Likert-type outcome).
func rankBenchTiesZeros(n int) []float64 {
	d := make([]float64, n)
	for i := range d {
		d[i] = float64((i*7919)%9-3) / 2
	}
	return d
}

// The exact conditional distribution (shift algorithm over doubled
// midranks) at n = 49 with ties and zeros, Pratt's scores: compare with
// BenchmarkWilcoxonApprox49Baseline, the normal approximation that
// ExactAuto uses on such data.
func BenchmarkWilcoxonConditional49(b *testing.B) {
	d := rankBenchTiesZeros(49)
	b.ReportAllocs()
	for b.Loop() {
		r, err := WilcoxonOneSample(d, WilcoxonOptions{Exact: ExactConditional, Zero: ZeroPratt})
		if err != nil || !r.Exact {
			b.Fatal(err)
		}
		rankBenchSink += r.P
	}
}

// The same at WilcoxonExactMaxN differences, the largest the conditional
// distribution is computed for (about n³/3 additions).
func BenchmarkWilcoxonConditional1000(b *testing.B) {
	d := rankBenchTiesZeros(1000)
	b.ReportAllocs()
	for b.Loop() {
		r, err := WilcoxonOneSample(d, WilcoxonOptions{Exact: ExactConditional})
		if err != nil || !r.Exact {
			b.Fatal(err)
		}
		rankBenchSink += r.P
	}
}

// Pratt's normal approximation at n = 49 with ties and zeros.
func BenchmarkWilcoxonPrattApprox49(b *testing.B) {
	d := rankBenchTiesZeros(49)
	b.ReportAllocs()
	for b.Loop() {
		r, err := WilcoxonOneSample(d, WilcoxonOptions{Zero: ZeroPratt})
		if err != nil || r.Exact {
			b.Fatal(err)
		}
		rankBenchSink += r.P
	}
}

// SignTestCI on 1000 pairs: SignTest plus the sort and the bisection for
// the order statistic (compare with BenchmarkSignTest1000).
func BenchmarkSignTestCI1000(b *testing.B) {
	x := rankBenchNormal(1000)
	y := make([]float64, len(x))
	b.ReportAllocs()
	for b.Loop() {
		r, err := SignTestCI(x, y, Options{})
		if err != nil {
			b.Fatal(err)
		}
		rankBenchSink += r.Interval.MedianLow
	}
}
