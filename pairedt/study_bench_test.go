package pairedt

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
)

// studyBenchData is n pairs as a 4-decimal CSV holds them (before ~
// N(50, 10), after = before - N(0.5, 5)): ties among the differences, so
// Wilcoxon takes the normal approximation, as R does at this n.
func studyBenchData(n int) (x, y []float64) {
	rng := rand.New(rand.NewPCG(18, 2))
	x, y = make([]float64, n), make([]float64, n)
	for i := range x {
		a := 50 + 10*rng.NormFloat64()
		x[i] = math.Round(a*1e4) / 1e4
		y[i] = math.Round((a-(0.5+5*rng.NormFloat64()))*1e4) / 1e4
	}
	return x, y
}

// benchmarkAnalyzePaired reports the time of AnalyzePaired (t-test, sign
// test with its intervals, Wilcoxon with its interval and estimate,
// Shapiro-Wilk's size check) and the bytes it allocates per pair.
func benchmarkAnalyzePaired(b *testing.B, n int) {
	x, y := studyBenchData(n)
	b.ReportAllocs()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	loops := 0
	for b.Loop() {
		s, err := AnalyzePaired(x, y, StudyOptions{})
		if err != nil || s.Wilcoxon == nil || s.Sign == nil {
			b.Fatal(err)
		}
		rankBenchSink += s.Wilcoxon.CILow
		loops++
	}
	runtime.ReadMemStats(&m1)
	b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/float64(loops)/float64(n), "B/pair")
}

func BenchmarkAnalyzePaired1e6(b *testing.B) { benchmarkAnalyzePaired(b, 1e6) }
func BenchmarkAnalyzePaired1e7(b *testing.B) { benchmarkAnalyzePaired(b, 1e7) }

// Baseline: one sort of the n differences, which Wilcoxon's interval
// cannot do without.
func BenchmarkAnalyzePairedSortBaseline1e6(b *testing.B) {
	x, y := studyBenchData(1e6)
	d := make([]float64, len(x))
	b.ReportAllocs()
	for b.Loop() {
		for i := range x {
			d[i] = x[i] - y[i]
		}
		slices.Sort(d)
		rankBenchSink += d[0]
	}
}
