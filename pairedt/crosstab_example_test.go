package pairedt_test

import (
	"fmt"
	"log"

	"github.com/pairedt/pairedt/pairedt"
)

// The article's pretest: 17 mothers whose milk was not out yet, 6 with milk
// out but not smooth, none smooth (Bener 2024). The zero row is kept, as in
// the published table.
func ExampleFrequencies() {
	levels := []string{"not out", "out, not smooth", "smooth"}
	var before []string
	for i, n := range []int{17, 6, 0} {
		for range n {
			before = append(before, levels[i])
		}
	}
	t, err := pairedt.Frequencies(before, levels, pairedt.FreqOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(t)
	fmt.Println(pairedt.RoundPercents(t.Percent, 1))
	// Output:
	//                       Frequency Percent Valid Percent Cumulative Percent
	// Valid not out                17    73.9          73.9               73.9
	//       out, not smooth         6    26.1          26.1              100.0
	//       smooth                  0     0.0           0.0              100.0
	//       Total                  23   100.0         100.0
	// [73.9 26.1 0]
}

// Rounding each of three equal shares to one decimal gives 99.9; the
// largest remainder method gives the missing tenth to the first.
func ExampleRoundPercents() {
	third := 100.0 / 3
	fmt.Println(pairedt.RoundPercents([]float64{third, third, third}, 1))
	// Output: [33.4 33.3 33.3]
}

// One of the joint tables consistent with the article's margins (before
// 17/6/0, after 4/0/19): nobody moved between "not out" and "out, not
// smooth", so R's mcnemar.test returns NaN; Bowker uses the other two
// pairs and says so. Stuart-Maxwell compares the margins.
func ExampleStuartMaxwell() {
	levels := []string{"not out", "out, not smooth", "smooth"}
	c, err := pairedt.NewCrossTable(levels, [][]int{
		{4, 0, 13}, // before: not out
		{0, 0, 6},  // before: out, not smooth
		{0, 0, 0},  // before: smooth
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(c)
	sm, err := pairedt.StuartMaxwell(c)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: chi-squared = %.4f, df = %g, p = %.4g\n", sm.Method, sm.Statistic, sm.DF, sm.P)
	bw, err := pairedt.Bowker(c)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: chi-squared = %.4f, df = %g, p = %.4g\n", bw.Method, bw.Statistic, bw.DF, bw.P)
	fmt.Println(bw.Warnings[0])
	// Output:
	// before \ after   not out  out, not smooth  smooth  Total
	// not out                4                0      13     17
	// out, not smooth        0                0       6      6
	// smooth                 0                0       0      0
	// Total                  4                0      19     23
	// Stuart-Maxwell test of marginal homogeneity: chi-squared = 19.0000, df = 2, p = 7.485e-05
	// McNemar-Bowker test of symmetry: chi-squared = 19.0000, df = 2, p = 7.485e-05
	// 1 of 3 symmetric pairs of cells is empty (both counts 0): ("not out", "out, not smooth"); it was left out and df = 2, the number of non-empty pairs
}

// Paired values in two columns, a missing one dropped: the cross table,
// McNemar's test with R's continuity correction, and its exact version.
func ExampleCrossTabulate() {
	before := []string{"no", "no", "no", "yes", "no", "", "no", "yes", "no", "no"}
	after := []string{"yes", "yes", "yes", "yes", "yes", "yes", "no", "no", "yes", "yes"}
	c, err := pairedt.CrossTabulate(before, after, []string{"no", "yes"}, pairedt.FreqOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(c)
	mc, err := pairedt.McNemar(c, true)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: chi-squared = %.4f, df = %g, p = %.4f\n", mc.Method, mc.Statistic, mc.DF, mc.P)
	ex, err := pairedt.McNemarExact(c)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("exact: b = %d, c = %d, p = %.4f\n", ex.B, ex.C, ex.P)
	x, y, err := c.Scored([]float64{0, 1})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(x, y)
	// Output:
	// before \ after  no  yes  Total
	// no               1    6      7
	// yes              1    1      2
	// Total            2    7      9
	// 1 pair dropped because a value was missing
	// McNemar's Chi-squared test with continuity correction: chi-squared = 2.2857, df = 1, p = 0.1306
	// exact: b = 6, c = 1, p = 0.1250
	// [0 0 0 0 0 0 0 1 1] [0 1 1 1 1 1 1 0 1]
}
