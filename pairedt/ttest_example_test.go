package pairedt_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/pairedt/pairedt/pairedt"
)

// Student's (1908) sleep data, as R's `sleep`: extra hours of sleep of ten
// patients on drug 1 (x) and on drug 2 (y). R 4.2.2:
// t.test(x, y, paired = TRUE) gives t = -4.0621, df = 9, p-value = 0.002833,
// 95 percent confidence interval -2.4598858 -0.7001142; effectsize 0.8.3:
// cohens_d(x, y, paired = TRUE) gives -1.28456 [-2.11802, -0.41463],
// hedges_g(x, y, paired = TRUE) -1.17392; cor(x, y) = 0.7951702.
func ExampleTest() {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	r, err := pairedt.Test(x, y, pairedt.Options{})
	if err != nil {
		log.Fatal(err)
	}
	// R ends the two estimate lines with a space; gofmt would strip it
	// from the expected output below, so trim it here.
	fmt.Print(strings.ReplaceAll(r.String(), " \n", "\n"))
	fmt.Printf("d_z = %.4f, 95%% CI [%.4f, %.4f]; g_z = %.4f; r = %.4f\n", r.DZ, r.DZCILow, r.DZCIHigh, r.GZ, r.R)
	// Output:
	//
	// 	Paired t-test
	//
	// data:  x and y
	// t = -4.0621, df = 9, p-value = 0.002833
	// alternative hypothesis: true mean difference is not equal to 0
	// 95 percent confidence interval:
	//  -2.4598858 -0.7001142
	// sample estimates:
	// mean difference
	//           -1.58
	//
	// d_z = -1.2846, 95% CI [-2.1180, -0.4146]; g_z = -1.1739; r = 0.7952
}

// A one-sided test of one sample against mu, with a 90% interval. R 4.2.2:
// t.test(x, mu = 0.5, alternative = "greater", conf.level = 0.9) gives
// t = 0.4419, p = 0.3345, interval [-0.03243, Inf).
func ExampleOneSample() {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	r, err := pairedt.OneSample(x, pairedt.Options{Alternative: pairedt.Greater, Mu: 0.5, ConfLevel: 0.90})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("t(%g) = %.4f, p = %.4f, 90%% CI [%.4f, %v)\n", r.DF, r.T, r.P, r.CILow, r.CIHigh)
	// Output:
	// t(9) = 0.4419, p = 0.3345, 90% CI [-0.0324, +Inf)
}

// Shards summarised separately (on other machines, or as the data stream
// in) merge into the same test as all the pairs at once.
func ExampleAccumulator() {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	var shard1, shard2 pairedt.Accumulator
	for i := range 4 {
		shard1.Add(x[i], y[i])
	}
	for i := 4; i < len(x); i++ {
		shard2.Add(x[i], y[i])
	}
	var all pairedt.Accumulator
	all.Merge(&shard2) // any order
	all.Merge(&shard1)
	r, err := all.Result(pairedt.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("n = %d, t = %.4f, df = %g, p = %.6f, CI [%.7f, %.7f]\n", r.N, r.T, r.DF, r.P, r.CILow, r.CIHigh)
	// Output:
	// n = 10, t = -4.0621, df = 9, p = 0.002833, CI [-2.4598858, -0.7001142]
}
