package pairedt_test

import (
	"fmt"

	"github.com/pairedt/pairedt/pairedt"
)

// The JZS Bayes factor of a published result, t(22) = -28.471 (n = 23
// pairs), with the default prior r = sqrt(2)/2, and the sensitivity of
// that design.
func ExampleBayesFactorT() {
	b, err := pairedt.BayesFactorT(-28.471, 23, pairedt.PriorMedium, pairedt.TwoSided)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("BF10 = %.6g, BF+0 = %.6g, BF-0 = %.6g\n", b.BF10, b.Plus, b.Minus)
	fmt.Print(b)
	// Output:
	// BF10 = 4.84796e+15, BF+0 = 0.038932, BF-0 = 9.69592e+15
	// JZS Bayes factor (Cauchy prior on delta, r = 0.7071 medium; H1: delta != 0): BF10 = 4.84796e+15, BF01 = 2.062723e-16
}

func ExampleTPowerN() {
	r, _ := pairedt.TPowerN(0.5, 0.80, 0.05, pairedt.TwoSided)
	fmt.Printf("%d pairs (n = %.4f), power %.4f\n", r.N, r.NExact, r.Power)
	s, _ := pairedt.TPowerDZ(23, 0.80, 0.05, pairedt.TwoSided)
	fmt.Printf("23 pairs detect d_z >= %.4f with 80%% power\n", s.DZ)
	// Output:
	// 34 pairs (n = 33.3671), power 0.8078
	// 23 pairs detect d_z >= 0.6113 with 80% power
}
