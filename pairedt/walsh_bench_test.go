package pairedt

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// walshBenchData is n sorted continuous differences.
func walshBenchData(n int) []float64 {
	rng := rand.New(rand.NewPCG(1, 616))
	x := make([]float64, n)
	for i := range x {
		x[i] = rng.NormFloat64() + 0.3
	}
	slices.Sort(x)
	return x
}

// walshBenchKs are the order statistics an exact 95% interval and the
// estimate take: about the 2.5% and 97.5% points and the middle two.
func walshBenchKs(n int) []int64 {
	u := int64(n) * int64(n+1) / 2
	return []int64{u / 40, u - u/40, u/2 - 1, u / 2}
}

func benchmarkWalshSelect(b *testing.B, n int) {
	x := walshBenchData(n)
	ks := walshBenchKs(n)
	b.ReportAllocs()
	for b.Loop() {
		ws := newWalshSelector(x) // as rankWilcoxonExact: 3 selections and a next
		rankBenchSink += ws.selectK(ks[0]) + ws.selectK(ks[1])
		m := ws.selectK(ks[2])
		rankBenchSink += m + ws.next(ks[2], m)
	}
	b.ReportMetric(float64(n)*float64(n+1)/2, "averages")
}

func benchmarkWalshFormSort(b *testing.B, n int) {
	x := walshBenchData(n)
	ks := walshBenchKs(n)
	b.ReportAllocs()
	for b.Loop() {
		w := walshFormed(x)
		for _, k := range ks {
			rankBenchSink += w[k]
		}
	}
	b.ReportMetric(float64(n)*float64(n+1)/2, "averages")
}

// The four order statistics of the exact interval and estimate:
// WalshSelect selects them (walshSelector), FormSort is the baseline that
// forms and sorts all n(n+1)/2 averages, as the code did before. At
// n = 20000 forming would take 1.6 GB, so the baseline stops at 6000.
func BenchmarkWalshSelect2000(b *testing.B)           { benchmarkWalshSelect(b, 2000) }
func BenchmarkWalshFormSort2000Baseline(b *testing.B) { benchmarkWalshFormSort(b, 2000) }
func BenchmarkWalshSelect6000(b *testing.B)           { benchmarkWalshSelect(b, 6000) }
func BenchmarkWalshFormSort6000Baseline(b *testing.B) { benchmarkWalshFormSort(b, 6000) }
func BenchmarkWalshSelect20000(b *testing.B)          { benchmarkWalshSelect(b, 20000) }

// Selection alone at 1e6 and 1e7 differences (5e11 and 5e13 averages):
// the O(n log n) growth. Beyond WilcoxonExactMaxN the exact interval
// is not used (the signed-rank counts overflow), so this is the
// algorithm's reach, not a public path.
func BenchmarkWalshSelect1e6(b *testing.B) { benchmarkWalshSelect(b, 1e6) }
func BenchmarkWalshSelect1e7(b *testing.B) { benchmarkWalshSelect(b, 1e7) }

// Baseline for the 1e6 and 1e7 selections: one sort of the n values.
func BenchmarkWalshSort1e6Baseline(b *testing.B) {
	x := walshBenchData(1e6)
	y := make([]float64, len(x))
	b.ReportAllocs()
	for b.Loop() {
		copy(y, x)
		y[0], y[len(y)-1] = y[len(y)-1], y[0]
		rng := rand.New(rand.NewPCG(2, 2))
		rng.Shuffle(len(y), func(i, j int) { y[i], y[j] = y[j], y[i] })
		slices.Sort(y)
	}
}

// The exact interval, estimate and p of ExactForce at n = 1000 (its
// largest n), through rankWilcoxonExact: Select as now, FormSort the
// oracle (500,500 averages formed and sorted). Both include the
// signed-rank distribution of n = 1000.
func benchmarkWilcoxonExact1000(b *testing.B, f func(*WilcoxonResult, []float64, WilcoxonOptions, float64)) {
	d := walshBenchData(WilcoxonExactMaxN)
	o := WilcoxonOptions{Exact: ExactForce}
	b.ReportAllocs()
	for b.Loop() {
		r := WilcoxonResult{V: 300000}
		f(&r, d, o, 0.95)
		if math.IsNaN(r.Estimate) {
			b.Fatal(r)
		}
		rankBenchSink += r.Estimate
	}
}

func BenchmarkWilcoxonExact1000Select(b *testing.B) {
	benchmarkWilcoxonExact1000(b, rankWilcoxonExact)
}

func BenchmarkWilcoxonExact1000FormSortBaseline(b *testing.B) {
	benchmarkWilcoxonExact1000(b, oracleRankWilcoxonExact)
}
