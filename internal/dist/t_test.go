package dist

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// mpmathRow is one line of testdata/tdist_mpmath.tsv, written by
// testdata/tdist_mpmath.py (mpmath 1.3, 40 significant digits).
type mpmathRow struct {
	kind      string
	df, x, v  float64
	dfs, line string
}

func readMpmath(t *testing.T) []mpmathRow {
	t.Helper()
	f, err := os.Open("testdata/tdist_mpmath.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []mpmathRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 4 {
			t.Fatalf("bad line %q", line)
		}
		r := mpmathRow{kind: fs[0], dfs: fs[1], line: line}
		for i, p := range []*float64{&r.df, &r.x, &r.v} {
			if *p, err = strconv.ParseFloat(fs[i+1], 64); err != nil {
				t.Fatalf("line %q: %v", line, err)
			}
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) < 500 {
		t.Fatalf("only %d reference rows", len(rows))
	}
	return rows
}

func relErr(got, want float64) float64 {
	if got == want {
		return 0
	}
	return math.Abs(got-want) / math.Abs(want)
}

// TestTUpperMpmath checks TUpper against the 40-digit mpmath tails of
// testdata/tdist_mpmath.tsv (df from 1 to 1e7, integer and not, p from 0.45
// down to 1e-300, and lower tails near 1): within 1e-13 relative everywhere.
func TestTUpperMpmath(t *testing.T) {
	worst := map[string]float64{}
	for _, r := range readMpmath(t) {
		if r.kind != "tail" {
			continue
		}
		got := TUpper(r.x, r.df)
		e := relErr(got, r.v)
		worst[r.dfs] = math.Max(worst[r.dfs], e)
		if !(e <= 1e-13) {
			t.Errorf("TUpper(%v, %v) = %.17g, mpmath %.17g (rel. error %.2g)", r.x, r.df, got, r.v, e)
		}
	}
	for df, e := range worst {
		t.Logf("df %s: max rel. error %.2g", df, e)
	}
}

// TestTQuantileUpperMpmath checks TQuantileUpper against the 40-digit mpmath
// quantiles of testdata/tdist_mpmath.tsv (within 1e-13 relative), and the
// round trip TUpper(TQuantileUpper(a)) = a within the tail's condition.
func TestTQuantileUpperMpmath(t *testing.T) {
	for _, r := range readMpmath(t) {
		if r.kind != "quantile" {
			continue
		}
		got := TQuantileUpper(r.x, r.df)
		if e := relErr(got, r.v); !(e <= 1e-13) {
			t.Errorf("TQuantileUpper(%v, %v) = %.17g, mpmath %.17g (rel. error %.2g)", r.x, r.df, got, r.v, e)
		}
		// A change of one ulp in q moves the tail by q f(q)/a ulps.
		cond := got * TDensity(got, r.df) / r.x
		if back := TUpper(got, r.df); !(relErr(back, r.x) <= 1e-13+4*0x1p-52*cond) {
			t.Errorf("TUpper(TQuantileUpper(%v, %v)) = %.17g", r.x, r.df, back)
		}
		if neg := TQuantileUpper(1-r.x, r.df); r.x >= 1e-3 && !(relErr(neg, -r.v) <= 1e-12) {
			t.Errorf("TQuantileUpper(1 - %v, %v) = %.17g, mpmath %.17g", r.x, r.df, neg, -r.v)
		}
	}
}

func BenchmarkTUpper(b *testing.B) {
	for _, c := range []struct {
		name  string
		t, df float64
	}{{"series", 1, 22}, {"cf", 5, 22}, {"quad", 5, 1e5}} {
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				sink += TUpper(c.t, c.df)
			}
		})
	}
}

func BenchmarkTQuantileUpper(b *testing.B) {
	for _, df := range []float64{22, 1e5} {
		b.Run(strconv.FormatFloat(df, 'g', -1, 64), func(b *testing.B) {
			for range b.N {
				sink += TQuantileUpper(0.025, df) + TQuantileUpper(0.005, df)
			}
		})
	}
}

var sink float64

// TestTUpperEdges: infinite and huge df give the normal tail (Go's
// math.Erfc; at df = 1e300 the two differ by about t^4/df mathematically),
// infinite t gives 0 or 1, and the two tails of t and -t sum to 1.
func TestTUpperEdges(t *testing.T) {
	for _, x := range []float64{0.5, 1.96, 5, 12, 37} {
		for _, df := range []float64{1e300, math.Inf(1)} {
			if got, want := TUpper(x, df), NormUpper(x); relErr(got, want) > 1e-13 {
				t.Errorf("TUpper(%v, %v) = %.17g, normal %.17g", x, df, got, want)
			}
		}
		for _, df := range []float64{1, 3.5, 22, 1e4, 1e7} {
			if s := TUpper(x, df) + TUpper(-x, df); math.Abs(s-1) > 1e-15 {
				t.Errorf("df %v: P(T >= %v) + P(T >= -%v) = %v", df, x, x, s)
			}
		}
	}
	if TUpper(math.Inf(1), 5) != 0 || TUpper(math.Inf(-1), 5) != 1 || TUpper(0, 5) != 0.5 {
		t.Error("TUpper at t = +Inf, -Inf, 0")
	}
	if !math.IsNaN(TUpper(math.NaN(), 5)) || !math.IsNaN(TUpper(1, 0)) || !math.IsNaN(TUpper(1, -1)) {
		t.Error("TUpper of NaN t or df <= 0 is not NaN")
	}
	if !math.IsNaN(TQuantileUpper(math.NaN(), 5)) || !math.IsNaN(TQuantileUpper(0.1, 0)) || !math.IsInf(TQuantileUpper(0, 5), 1) || !math.IsInf(TQuantileUpper(1, 5), -1) {
		t.Error("TQuantileUpper at a = NaN, 0, 1 or df = 0")
	}
	if !math.IsNaN(NormQuantile(-0.1)) || !math.IsNaN(NormQuantile(math.NaN())) || !math.IsInf(NormQuantile(1), 1) {
		t.Error("NormQuantile outside (0, 1)")
	}
	if q := TQuantileUpper(0.025, math.Inf(1)); relErr(q, 1.959963984540054) > 1e-15 { // qnorm(0.975) in R
		t.Errorf("TQuantileUpper(0.025, Inf) = %.17g", q)
	}
}

// FuzzTUpper: for any t and df > 0, TUpper is a probability, the tails of t
// and -t sum to 1, and TQuantileUpper inverts it.
func FuzzTUpper(f *testing.F) {
	f.Add(2.0, 22.0, 0.025)
	f.Add(37.0, 1e7, 1e-300)
	f.Add(1e300, 1.0, 0.4)
	f.Add(-3.5, 4.7, 1e-20)
	f.Fuzz(func(t *testing.T, x, df, a float64) {
		if math.IsNaN(x) || !(df > 1e-3) || math.IsInf(df, 0) || df > 1e30 {
			return
		}
		p := TUpper(x, df)
		if !(p >= 0 && p <= 1) {
			t.Fatalf("TUpper(%v, %v) = %v", x, df, p)
		}
		if s := p + TUpper(-x, df); math.Abs(s-1) > 1e-15 {
			t.Fatalf("TUpper(%v, %v) + TUpper(-x) = %v", x, df, s)
		}
		if !(a > 1e-300 && a < 0.5) || df < 0.5 {
			return
		}
		q := TQuantileUpper(a, df)
		if math.IsInf(q, 1) && TUpper(math.MaxFloat64, df) > a {
			return // the quantile is beyond float64's range
		}
		if !(q >= 0) || math.IsInf(q, 0) {
			t.Fatalf("TQuantileUpper(%v, %v) = %v", a, df, q)
		}
		cond := q * TDensity(q, df) / a
		if back := TUpper(q, df); relErr(back, a) > 1e-13+8*0x1p-52*cond {
			t.Fatalf("TUpper(TQuantileUpper(%v, %v) = %v) = %v", a, df, q, back)
		}
	})
}
