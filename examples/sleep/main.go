// Command sleep reproduces Student's (1908) paired t-test on the sleep data
// (R's datasets::sleep): the extra hours of sleep of ten patients under two
// soporific drugs. R 4.2 gives t = -4.0621, df = 9, p-value = 0.002833,
// 95 percent CI [-2.4598858, -0.7001142] for
// t.test(extra[group == 1], extra[group == 2], paired = TRUE).
//
//	go run ./examples/sleep [-json]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/pairedt/pairedt/pairedt"
)

// The data, as printed by R's datasets::sleep (Cushny and Peebles 1905, via
// Student 1908): extra sleep in hours, patient i under drug 1 and drug 2.
var (
	drug1 = []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	drug2 = []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
)

func main() {
	asJSON := flag.Bool("json", false, "print the result as JSON")
	flag.Parse()

	res, err := pairedt.Test(drug1, drug2, pairedt.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "sleep:", err)
		os.Exit(1)
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintln(os.Stderr, "sleep:", err)
			os.Exit(1)
		}
		return
	}
	fmt.Print(res)
	fmt.Printf("\nCohen's d_z = %.4f, 95%% CI [%.4f, %.4f] (noncentral t)\n", res.DZ, res.DZCILow, res.DZCIHigh)
	fmt.Printf("Hedges' g_z = %.4f, 95%% CI [%.4f, %.4f]\n", res.GZ, res.GZCILow, res.GZCIHigh)
	fmt.Printf("d_av (mean difference / mean of the two SDs) = %.4f\n", res.DAv)
	fmt.Printf("r(x, y) = %.4f, p = %.4g\n", res.R, res.RP)
	for _, w := range res.Warnings {
		fmt.Println("note:", w)
	}
}
