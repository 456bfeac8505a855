package dist

import (
	"math"
	"testing"
)

// TestLogNCTDensityMpmath: within 1e-12 (absolute for |log f| < 1, else
// relative; the largest seen is 1.4e-13 at df = 1000) of the same definition integrated by mpmath
// at 30 digits (log_dnct in testdata/r/bayes_mpmath.py), far into the
// tails: dt(-28.471, 22, ncp = 2) = exp(-53.18) = 8.0e-24, where R's dt
// returns 0.
func TestLogNCTDensityMpmath(t *testing.T) {
	for _, c := range [][4]float64{
		{-28.471, 22, 2, -53.18146891661896440351681},
		{-28.471, 22, 0, -42.71564358176091052438022},
		{-28.471, 22, -136.53, -203.7558025262950110670912},
		{3.5, 19, 15, -48.22894010086739329314125},
		{3.5, 19, -15, -144.86491420245318634865},
		{0.5, 1, 3, -3.72447466104064977991098},
		{100, 5, -50, -1294.543793906275062163577},
		{2, 1000, 2, -0.920187409402333104389882},
		{-1, 1e5, 30, -481.4166186746628026610921},
	} {
		got := LogNCTDensity(c[0], c[1], c[2])
		if e := math.Abs(got-c[3]) / math.Max(1, math.Abs(c[3])); e > 1e-12 {
			t.Errorf("LogNCTDensity(%v, %v, %v) = %.16g, mpmath %.16g (rel %.2g)", c[0], c[1], c[2], got, c[3], e)
		}
	}
	if !math.IsNaN(LogNCTDensity(1, 0, 1)) || !math.IsNaN(LogNCTDensity(math.NaN(), 3, 1)) {
		t.Error("want NaN for df = 0 or NaN t")
	}
}

// TestJZSDeltaForm: BF+0 and BF-0 as Rouder et al.'s integral over delta
// of the noncentral t likelihood (in log space, LogNCTDensity) times the
// Cauchy prior, against JZS's g-integral, for the article's t = -28.471,
// n = 23 (BF+0 = 0.0389319841175, which R's BayesFactor gives as
// 0.00361401) and pingouin's t = 3.5, n = 20.
func TestJZSDeltaForm(t *testing.T) {
	for _, c := range [][2]float64{{-28.471, 23}, {3.5, 20}, {-4.0621276833820366, 10}} {
		tt, n := c[0], c[1]
		r := math.Sqrt2 / 2
		nu := n - 1
		l0 := LogNCTDensity(tt, nu, 0)
		_, lp, lm := JZS(tt, n, r)
		for _, plus := range []bool{true, false} {
			sign := 1.0
			if !plus {
				sign = -1
			}
			// delta = sign e^v, d delta = e^v dv
			lf := func(v float64) float64 {
				d := sign * math.Exp(v)
				return LogNCTDensity(tt, nu, d*math.Sqrt(n)) - l0 + math.Log(2*r/(math.Pi*(r*r+d*d))) + v
			}
			got := LogIntegral(lf, -30, 10)
			want := lp
			if !plus {
				want = lm
			}
			if e := math.Abs(math.Exp(got-want) - 1); e > 1e-10 {
				t.Errorf("t %v n %v plus %v: delta form %.15g, g form %.15g (rel %.2g)", tt, n, plus, math.Exp(got), math.Exp(want), e)
			}
		}
	}
}

// FuzzLogNCTDensity: no panic, and never +Inf.
func FuzzLogNCTDensity(f *testing.F) {
	f.Add(-28.471, 22.0, 2.0)
	f.Add(1e300, 1e-300, -1e300)
	f.Add(0.0, 1e15, 0.0)
	f.Fuzz(func(t *testing.T, x, df, ncp float64) {
		if v := LogNCTDensity(x, df, ncp); math.IsInf(v, 1) {
			t.Fatalf("LogNCTDensity(%v, %v, %v) = +Inf", x, df, ncp)
		}
	})
}
