// Command quickstart is the pairedt library in about thirty lines: one call
// runs every analysis of paired data; it prints the paired t-test with its
// effect size, and the Wilcoxon signed-rank test beside it.
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
	// AnalyzePaired runs every test a report of these data shows; a test
	// the data do not define is nil, with its reason in s.Undefined.
	s, err := pairedt.AnalyzePaired(before, after, pairedt.StudyOptions{})
	if err != nil {
		log.Fatal(err)
	}
	if s.T == nil {
		log.Fatal(s.Reason(pairedt.MethodT))
	}
	res := *s.T
	fmt.Print(res) // the block R prints
	fmt.Printf("d_z = %.2f, 95%% CI [%.2f, %.2f]\n", res.DZ, res.DZCILow, res.DZCIHigh)
	for _, w := range res.Warnings {
		fmt.Println("note:", w)
	}

	// The rank-based test that does not assume normal differences.
	if w := s.Wilcoxon; w != nil {
		fmt.Printf("Wilcoxon V = %g, p = %.4g (%s)\n", w.V, w.P, w.Method)
	}
	for _, u := range s.Undefined {
		fmt.Println("undefined:", u)
	}
}
