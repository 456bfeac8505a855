package pairedt

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"testing"

	"github.com/pairedt/pairedt/internal/dist"
)

// The oracle: the exact interval and estimate as rankWilcoxonExact
// computed them before walshSelector (all n(n+1)/2 Walsh averages formed and
// sorted), kept verbatim but for the name.
func oracleRankWilcoxonExact(res *WilcoxonResult, d []float64, o WilcoxonOptions, level float64) {
	n := len(d)
	sr := dist.NewSignRank(n)
	res.Exact = true
	res.Method = "Wilcoxon signed rank exact test"
	v := res.V
	u := n * (n + 1) / 2
	vi := int(v) // V is an integer without ties
	switch o.Alternative {
	case Less:
		res.P = sr.Lower(vi)
	case Greater:
		res.P = sr.Upper(vi - 1)
	default:
		var p float64
		if v > float64(n)*float64(n+1)/4 {
			p = sr.Upper(vi - 1)
		} else {
			p = sr.Lower(vi)
		}
		res.P = math.Min(2*p, 1)
	}

	// Interval: R adds mu back to the differences.
	xs := make([]float64, n)
	for i, di := range d {
		xs[i] = di + o.Mu
	}
	walsh := make([]float64, 0, u)
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			w := (xs[i] + xs[j]) / 2
			if math.IsInf(w, 0) {
				w = xs[i]/2 + xs[j]/2
			}
			walsh = append(walsh, w)
		}
	}
	sort.Float64s(walsh)
	alpha := 1 - level
	var achieved float64
	switch o.Alternative {
	case TwoSided:
		qu := sr.Quantile(alpha / 2)
		if qu == 0 {
			qu = 1
		}
		ql := u - qu
		achieved = 2 * sr.LowerR(qu-1)
		res.CILow, res.CIHigh = walsh[qu-1], walsh[ql]
	case Greater:
		qu := sr.Quantile(alpha)
		if qu == 0 {
			qu = 1
		}
		achieved = sr.LowerR(qu - 1)
		res.CILow, res.CIHigh = walsh[qu-1], math.Inf(1)
	case Less:
		qu := sr.Quantile(alpha)
		if qu == 0 {
			qu = 1
		}
		ql := u - qu
		achieved = sr.LowerR(qu - 1)
		res.CILow, res.CIHigh = math.Inf(-1), walsh[ql]
	}
	res.ConfLevel = level
	if achieved-alpha > alpha/2 {
		res.ConfLevel = 1 - rankSignif2(achieved)
		res.Warnings = append(res.Warnings, Warning{Kind: WarnExactLevel, X: level, N: n, Y: res.ConfLevel})
	}
	res.Estimate = rankMedianSorted(walsh)
}

// walshFormed is every Walsh average of x formed as the oracle forms them,
// sorted.
func walshFormed(x []float64) []float64 {
	w := make([]float64, 0, len(x)*(len(x)+1)/2)
	for i := range x {
		for j := i; j < len(x); j++ {
			w = append(w, walshAverage(x[i], x[j]))
		}
	}
	sort.Float64s(w)
	return w
}

// walshKinds are the shapes of test input: kind k of size n from rng.
var walshKinds = []struct {
	name string
	gen  func(rng *rand.Rand, n int) []float64
}{
	{"normal", func(rng *rand.Rand, n int) []float64 {
		x := make([]float64, n)
		for i := range x {
			x[i] = rng.NormFloat64() + 0.3
		}
		return x
	}},
	{"negative", func(rng *rand.Rand, n int) []float64 {
		x := make([]float64, n)
		for i := range x {
			x[i] = -math.Abs(rng.NormFloat64()) - 1
		}
		return x
	}},
	{"ties", func(rng *rand.Rand, n int) []float64 {
		// few distinct values: long runs of equal Walsh averages
		x := make([]float64, n)
		for i := range x {
			x[i] = float64(rng.IntN(7) - 3)
		}
		return x
	}},
	{"rounded", func(rng *rand.Rand, n int) []float64 {
		x := make([]float64, n)
		for i := range x {
			x[i] = math.Round(rng.NormFloat64()*20) / 10
		}
		return x
	}},
	{"constant", func(rng *rand.Rand, n int) []float64 {
		x := make([]float64, n)
		for i := range x {
			x[i] = 2.5
		}
		return x
	}},
	{"huge", func(rng *rand.Rand, n int) []float64 {
		// sums overflow: the a/2 + b/2 branch, at both signs
		x := make([]float64, n)
		for i := range x {
			x[i] = math.MaxFloat64 * (1 - rng.Float64()/4)
			if rng.IntN(3) == 0 {
				x[i] = -x[i]
			}
		}
		return x
	}},
	{"edge", func(rng *rand.Rand, n int) []float64 {
		// MaxFloat64 itself, the smallest subnormals, zeros, mixed
		vals := []float64{math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64,
			-math.SmallestNonzeroFloat64, 0, 3 * math.SmallestNonzeroFloat64, 1, -1,
			math.MaxFloat64 / 2, math.Nextafter(math.MaxFloat64, 0), 1e-310, -1e-310}
		x := make([]float64, n)
		for i := range x {
			x[i] = vals[rng.IntN(len(vals))]
		}
		return x
	}},
	{"scales", func(rng *rand.Rand, n int) []float64 {
		// magnitudes from 1e-300 to 1e300
		x := make([]float64, n)
		for i := range x {
			x[i] = rng.NormFloat64() * math.Pow(10, float64(rng.IntN(601)-300))
		}
		return x
	}},
}

// Every order statistic of small inputs, and random ones of larger, equal
// the formed-and-sorted Walsh averages bit for bit.
func TestWalshSelectMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 2))
	checked := 0
	for _, kind := range walshKinds {
		for _, n := range []int{1, 2, 3, 4, 5, 7, 10, 31, 64, 90, 91, 100, 150, 300, 700, 2000} {
			x := kind.gen(rng, n)
			slices.Sort(x)
			want := walshFormed(x)
			ws := newWalshSelector(x)
			ks := make([]int64, 0, 64)
			if len(want) <= 600 {
				for k := range want {
					ks = append(ks, int64(k))
				}
			} else {
				ks = append(ks, 0, 1, int64(len(want)/2), int64(len(want)-1), int64(len(want)-2))
				for range 12 {
					ks = append(ks, rng.Int64N(int64(len(want))))
				}
			}
			for _, k := range ks {
				got := ws.selectK(k)
				if !walshSame(got, want[k]) {
					t.Fatalf("%s n=%d: k=%d: got %v, sorted %v", kind.name, n, k, got, want[k])
				}
				if k+1 < int64(len(want)) {
					if nx := ws.next(k, got); !walshSame(nx, want[k+1]) {
						t.Fatalf("%s n=%d: next after k=%d: got %v, sorted %v", kind.name, n, k, nx, want[k+1])
					}
				}
				checked++
			}
		}
	}
	t.Logf("%d order statistics bit-identical", checked)
}

// The exact estimate, interval, achieved level, p and warnings equal the
// oracle's (formed and sorted Walsh averages) bit for bit, for every
// alternative, several levels and mu, on random, tied and extreme data.
// PAIREDT_WALSH_ORACLE_FULL=1 adds n up to 1000 for every kind, and more
// levels.
func TestWilcoxonExactSelectMatchesOracle(t *testing.T) {
	ns := []int{1, 2, 3, 4, 5, 6, 9, 12, 20, 49, 50, 64, 91, 150}
	levels := []float64{0.95, 0.99, 0.5, 0.999999, 0.01}
	if os.Getenv("PAIREDT_WALSH_ORACLE_FULL") != "" {
		ns = append(ns, 200, 333, 500, 700, 999, 1000)
		levels = append(levels, 0.9, 0.8, 0.999)
	}
	mus := []float64{0, 1.5, -0.25}
	rng := rand.New(rand.NewPCG(18, 3))
	cases := 0
	for _, kind := range walshKinds {
		for _, n := range ns {
			d := kind.gen(rng, n)
			for _, mu := range mus {
				if kind.name == "huge" || kind.name == "edge" {
					if mu != 0 {
						continue // d + mu would only round back to d
					}
				}
				for _, alt := range []Alternative{TwoSided, Less, Greater} {
					for _, level := range levels {
						o := WilcoxonOptions{Options: Options{Alternative: alt, Mu: mu, ConfLevel: level}, Exact: ExactForce}
						// a V consistent with n: the exact p is not what
						// this compares, but it must be computed alike.
						v := float64(rng.IntN(n*(n+1)/2 + 1))
						got := WilcoxonResult{V: v}
						want := WilcoxonResult{V: v}
						rankWilcoxonExact(&got, d, o, level)
						oracleRankWilcoxonExact(&want, d, o, level)
						if err := walshSameResult(got, want); err != nil {
							t.Fatalf("%s n=%d mu=%v %v level=%v: %v", kind.name, n, mu, alt, level, err)
						}
						cases++
					}
				}
			}
		}
	}
	t.Logf("%d exact interval cases bit-identical", cases)
}

// The same through the public entry point: Wilcoxon with ExactForce on
// continuous data (no ties, no zeros), n up to WilcoxonExactMaxN.
func TestWilcoxonExactForceMatchesOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 4))
	for _, n := range []int{1, 8, 49, 50, 51, 250, WilcoxonExactMaxN} {
		x := make([]float64, n)
		y := make([]float64, n)
		for i := range x {
			x[i] = rng.NormFloat64() + 0.2
			y[i] = rng.NormFloat64()
		}
		alts := []Alternative{TwoSided, Less, Greater}
		if n == WilcoxonExactMaxN {
			alts = alts[:1] // the signed-rank distribution of n = 1000 is the cost
		}
		for _, alt := range alts {
			o := WilcoxonOptions{Options: Options{Alternative: alt, Mu: 0.1}, Exact: ExactForce}
			got, err := Wilcoxon(x, y, o)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Exact || got.Ties {
				t.Fatalf("n=%d: not the exact case (exact %v, ties %v)", n, got.Exact, got.Ties)
			}
			want := got
			want.Warnings = nil
			d := make([]float64, n)
			for i := range d {
				d[i] = x[i] - y[i] - o.Mu
			}
			oracleRankWilcoxonExact(&want, d, o, 0.95)
			if err := walshSameResult(got, want); err != nil {
				t.Fatalf("n=%d %v: %v", n, alt, err)
			}
		}
	}
}

// walshSame reports whether a and b are the same float64, bit for bit,
// but for the sign of a zero: walshAverage makes every zero +0, where the
// sort behind the oracle left -0 and +0 in whatever order it put them.
func walshSame(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || (a == 0 && b == 0)
}

// walshSameResult compares the fields rankWilcoxonExact sets, bit for bit
// (walshSame).
func walshSameResult(got, want WilcoxonResult) error {
	fields := []struct {
		name   string
		g, w   float64
		gi, wi int
	}{
		{name: "P", g: got.P, w: want.P},
		{name: "CILow", g: got.CILow, w: want.CILow},
		{name: "CIHigh", g: got.CIHigh, w: want.CIHigh},
		{name: "Estimate", g: got.Estimate, w: want.Estimate},
		{name: "ConfLevel", g: got.ConfLevel, w: want.ConfLevel},
	}
	for _, f := range fields {
		if !walshSame(f.g, f.w) {
			return fmt.Errorf("%s: got %v, oracle %v", f.name, f.g, f.w)
		}
	}
	if got.Method != want.Method || got.Exact != want.Exact {
		return fmt.Errorf("method %q exact %v, oracle %q %v", got.Method, got.Exact, want.Method, want.Exact)
	}
	if fmt.Sprint(got.Warnings) != fmt.Sprint(want.Warnings) {
		return fmt.Errorf("warnings %v, oracle %v", got.Warnings, want.Warnings)
	}
	return nil
}
