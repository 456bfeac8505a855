package pairedt_test

import (
	"fmt"

	"github.com/pairedt/pairedt/pairedt"
)

// The exact p-value of the sleep data, which has a zero and ties, from
// the permutation distribution given the ranks, with Pratt's treatment of
// the zero: coin's
//
//	pvalue(wilcoxsign_test(extra[1:10] ~ extra[11:20], zero.method = "Pratt",
//	    distribution = "exact"))   # 0.00390625
func ExampleWilcoxon_conditional() {
	drug1 := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	drug2 := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	r, err := pairedt.Wilcoxon(drug1, drug2, pairedt.WilcoxonOptions{
		Exact: pairedt.ExactConditional, Zero: pairedt.ZeroPratt})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Method)
	fmt.Printf("V = %g, exact p = %g, %d zero ranked then dropped\n", r.V, r.P, r.NZero)
	// Output:
	// Wilcoxon-Pratt signed rank exact conditional test
	// V = 0, exact p = 0.00390625, 1 zero ranked then dropped
}

// The one-sample test of the differences equals the paired test, as R's
// wilcox.test(d, mu = -1, conf.int = TRUE): V = 8.5, p-value = 0.1091
// (-1 is a difference equal to mu, dropped, and there are ties).
func ExampleWilcoxonOneSample() {
	d := []float64{-1.2, -2.4, -1.3, -1.3, 0, -1, -1.8, -0.8, -4.6, -1.4}
	r, err := pairedt.WilcoxonOneSample(d, pairedt.WilcoxonOptions{Options: pairedt.Options{Mu: -1}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("V = %g, p = %.4f, n = %d\n", r.V, r.P, r.N)
	// Output:
	// V = 8.5, p = 0.1091, n = 9
}

// The sign test with its two intervals: Clopper-Pearson for the
// probability of a positive sign (R's binom.test(0, 9)$conf.int) and the
// order-statistic interval for the median difference.
func ExampleSignTestCI() {
	drug1 := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	drug2 := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	r, err := pairedt.SignTestCI(drug1, drug2, pairedt.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	iv := r.Interval
	fmt.Printf("P(+) = %g, 95%% CI [%.7f, %.7f]\n", iv.Prop, iv.PropLow, iv.PropHigh)
	fmt.Printf("median %g, [%.4g, %.4g] at %.4f (order statistics %d and %d)\n",
		iv.Median, iv.MedianLow, iv.MedianHigh, iv.MedianConfLevel, iv.K, r.N+r.Zero+1-iv.K)
	// Output:
	// P(+) = 0, 95% CI [0.0000000, 0.3362671]
	// median -1.3, [-2.4, -0.8] at 0.9785 (order statistics 2 and 9)
}
