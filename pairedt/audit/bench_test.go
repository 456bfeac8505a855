package audit

import "testing"

// Benchmarks of the margin check. The baseline is the closed form alone
// (MaxTables < 0: range by the northwest/northeast-corner tables and the
// any-scoring supremum, no enumeration); the others add the enumeration of
// every joint table with t attainability and the Wilcoxon range.
//
//	go test ./pairedt/audit -run '^$' -bench Margins -benchtime 20x -count 5

var (
	articleBefore = []int{17, 6, 0}
	articleAfter  = []int{4, 0, 19}
	// 5 levels, n = 200: far more joint tables than DefaultMaxTables, so
	// the enumeration stops at the limit.
	fiveBefore = []int{80, 60, 30, 20, 10}
	fiveAfter  = []int{10, 20, 30, 60, 80}
)

func benchMargins(b *testing.B, before, after []int, o MarginOptions) {
	b.ReportAllocs()
	t := Number{Text: "-28.471", Value: -28.471, Decimals: 3, Comparison: "="}
	o.T = &t
	for b.Loop() {
		if _, err := Margins(before, after, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarginsArticleClosedForm(b *testing.B) {
	benchMargins(b, articleBefore, articleAfter, MarginOptions{MaxTables: -1})
}

func BenchmarkMarginsArticleEnumerate(b *testing.B) {
	benchMargins(b, articleBefore, articleAfter, MarginOptions{})
}

func BenchmarkMargins5Levels200ClosedForm(b *testing.B) {
	benchMargins(b, fiveBefore, fiveAfter, MarginOptions{MaxTables: -1})
}

// BenchmarkMargins5Levels200Enumerate enumerates up to DefaultMaxTables
// tables (t only) and stops: the cost of reaching the documented limit.
func BenchmarkMargins5Levels200Enumerate(b *testing.B) {
	benchMargins(b, fiveBefore, fiveAfter, MarginOptions{NoWilcoxon: true})
}

// BenchmarkMargins5Levels200EnumerateWilcoxon: the default options; the
// Wilcoxon pass runs only when the t pass saw every table, so beyond the
// limit it costs nothing.
func BenchmarkMargins5Levels200EnumerateWilcoxon(b *testing.B) {
	benchMargins(b, fiveBefore, fiveAfter, MarginOptions{})
}

// BenchmarkMargins5Levels200Search: a printed t inside the range (S2 =
// 1280, t = -14.284186), decided by the pruned search after the
// enumeration stops at the limit.
func BenchmarkMargins5Levels200Search(b *testing.B) {
	b.ReportAllocs()
	t := Number{Text: "-14.284186", Value: -14.284186, Decimals: 6, Comparison: "="}
	for b.Loop() {
		r, err := Margins(fiveBefore, fiveAfter, MarginOptions{T: &t})
		if err != nil || !r.TDecided || !r.TAttainable {
			b.Fatal(err, r.TDecided, r.TAttainable)
		}
	}
}

// A 4-level case that completes (2285 tables, testdata/r/margins.json case
// "k4"): pairedt.Wilcoxon (default, memoised per multiset of differences)
// against the built-in table computation.
func BenchmarkMarginsK4DefaultWilcoxon(b *testing.B) {
	benchMargins(b, []int{5, 4, 3, 2}, []int{2, 3, 4, 5}, MarginOptions{})
}

func BenchmarkMarginsK4BuiltinWilcoxon(b *testing.B) {
	benchMargins(b, []int{5, 4, 3, 2}, []int{2, 3, 4, 5}, MarginOptions{BuiltinWilcoxon: true})
}
