// Command quickstart is the pairedt library in about thirty lines: a paired
// t-test with its effect size, and the Wilcoxon signed-rank test beside it.
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"log"

	"github.com/pairedt/pairedt/pairedt"
)

func main() {
	// Eight people measured before and after (made-up scores for the demo).
	before := []float64{12, 15, 11, 18, 14, 16, 13, 17}
	after := []float64{14, 18, 12, 21, 15, 19, 15, 18}

	// d = before - after, as R's t.test(before, after, paired = TRUE).
	res, err := pairedt.Test(before, after, pairedt.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(res) // the block R prints
	fmt.Printf("d_z = %.2f, 95%% CI [%.2f, %.2f]\n", res.DZ, res.DZCILow, res.DZCIHigh)
	for _, w := range res.Warnings {
		fmt.Println("note:", w)
	}

	// The rank-based test that does not assume normal differences.
	w, err := pairedt.Wilcoxon(before, after, pairedt.WilcoxonOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Wilcoxon V = %g, p = %.4g (%s)\n", w.V, w.P, w.Method)
}
