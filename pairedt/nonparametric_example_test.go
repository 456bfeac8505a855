package pairedt_test

import (
	"fmt"

	"github.com/pairedt/pairedt/pairedt"
)

// The article's outcome for 23 mothers, coded 1 = not out, 2 = out but not
// smooth, 3 = smooth, under the joint table in which nobody got worse
// (4 stay at 1, 13 go 1 -> 3, 6 go 2 -> 3); testdata/oxytocin.
func articleCodes() (before, after []float64) {
	add := func(b, a float64, k int) {
		for range k {
			before = append(before, b)
			after = append(after, a)
		}
	}
	add(1, 1, 4)
	add(1, 3, 13)
	add(2, 3, 6)
	return before, after
}

// Wilcoxon signed-rank test on R's sleep data, as
// wilcox.test(extra ~ group, sleep, paired = TRUE, conf.int = TRUE):
// one zero difference and ties, so R's normal approximation is used.
func ExampleWilcoxon() {
	drug1 := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	drug2 := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	r, err := pairedt.Wilcoxon(drug1, drug2, pairedt.WilcoxonOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Method)
	fmt.Printf("V = %g, p = %.6f, n = %d (%d zero dropped)\n", r.V, r.P, r.N, r.NZero)
	fmt.Printf("pseudo-median %.4f, %g%% CI [%.4f, %.4f]\n", r.Estimate, 100*r.ConfLevel, r.CILow, r.CIHigh)
	fmt.Printf("rank-biserial r = %.2f\n", r.RankBiserial)
	// Output:
	// Wilcoxon signed rank test with continuity correction
	// V = 0, p = 0.009091, n = 9 (1 zero dropped)
	// pseudo-median -1.4000, 95% CI [-2.9499, -1.0500]
	// rank-biserial r = -1.00
}

// The article's ordinal outcome (before - after): 4 zeros are dropped, and
// the 19 non-zero differences fall into two tie groups, so R's normal
// approximation with tie and continuity correction applies, as
// wilcox.test(before, after, paired = TRUE, conf.int = TRUE).
func ExampleWilcoxon_article() {
	before, after := articleCodes()
	r, err := pairedt.Wilcoxon(before, after, pairedt.WilcoxonOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Method)
	fmt.Printf("V = %g, z = %.3f, p = %.3g, n = %d, zeros dropped = %d\n", r.V, r.Z, r.P, r.N, r.NZero)
	fmt.Printf("rank-biserial r = %.0f\n", r.RankBiserial)
	// Output:
	// Wilcoxon signed rank test with continuity correction
	// V = 0, z = -3.966, p = 7.3e-05, n = 19, zeros dropped = 4
	// rank-biserial r = -1
}

// Exact Wilcoxon test: fewer than 50 differences, no ties, no zeros.
func ExampleWilcoxon_exact() {
	x := []float64{1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30}
	y := []float64{0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29}
	r, err := pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{Options: pairedt.Options{Alternative: pairedt.Greater}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Method)
	fmt.Printf("V = %g, p = %.6f\n", r.V, r.P)
	// Output:
	// Wilcoxon signed rank exact test
	// V = 40, p = 0.019531
}

// The sign test on the article's ordinal codes: all 19 mothers who changed
// moved up, p = 2 * 2^-19.
func ExampleSignTest() {
	before, after := articleCodes()
	r, err := pairedt.SignTest(after, before, pairedt.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %d up, %d down, %d unchanged, p = %.4g\n", r.Method, r.Positive, r.Negative, r.Zero, r.P)
	// Output:
	// Exact binomial test: 19 up, 0 down, 4 unchanged, p = 3.815e-06
}

// Shapiro-Wilk test of the paired differences, the assumption check before
// a paired t-test, as shapiro.test(x - y).
func ExampleShapiroWilk() {
	drug1 := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	drug2 := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	d := make([]float64, len(drug1))
	for i := range d {
		d[i] = drug1[i] - drug2[i]
	}
	r, err := pairedt.ShapiroWilk(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: W = %.4f, p = %.4f, n = %d\n", r.Method, r.W, r.P, r.N)
	// Output:
	// Shapiro-Wilk normality test: W = 0.8299, p = 0.0333, n = 10
}
