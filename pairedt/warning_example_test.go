package pairedt_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/pairedt/pairedt/pairedt"
)

// A result's warnings are values: a kind and its facts. String gives the
// English sentence; the JSON keeps the sentences under "warnings" and adds
// their codes under "warning_codes". R's sleep data (drug 1 minus drug 2)
// has one zero difference and ties, so the normal approximation is used,
// as wilcox.test(x, y, paired = TRUE) warns.
func ExampleWarning() {
	drug1 := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	drug2 := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	r, err := pairedt.Wilcoxon(drug1, drug2, pairedt.WilcoxonOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range r.Warnings {
		switch w.Kind {
		case pairedt.WarnWilcoxonZeros:
			fmt.Printf("%v: %d zero difference(s) dropped\n", w.Kind, w.N)
		default:
			fmt.Printf("%v: %s\n", w.Kind, w)
		}
	}
	json.NewEncoder(os.Stdout).Encode(struct {
		W []pairedt.Warning     `json:"warnings"`
		K []pairedt.WarningKind `json:"warning_codes"`
	}{r.Warnings[:1], []pairedt.WarningKind{r.Warnings[0].Kind}})
	// Output:
	// exact_ties: cannot compute exact p-value with ties: normal approximation used
	// exact_zeroes: cannot compute exact p-value with zeroes: normal approximation used
	// wilcoxon_zeros_dropped: 1 zero difference(s) dropped
	// {"warnings":["cannot compute exact p-value with ties: normal approximation used"],"warning_codes":["exact_ties"]}
}
