package audit_test

import (
	"fmt"

	"github.com/pairedt/pairedt/pairedt/audit"
)

// ExampleScan finds and checks every result in running text, in English
// and Indonesian forms.
func ExampleScan() {
	text := `The change was significant, t(28) = 2.20, p = 0.04; the second test,
t(15) = 1.98, p < .05, was not. Hasil uji Wilcoxon: Z = -2,097 dengan
Asymp. Sig. (2-tailed) 0,036.`
	checks, err := audit.Scan(text, audit.ScanOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range checks {
		fmt.Printf("%s: %s (%s)\n", c.Verdict, c.Claim, c.Source)
	}
	// Output:
	// consistent: p = 0.04 for t(28) = 2.20 (line 1, column 29)
	// decision_error: p < .05 for t(15) = 1.98 (line 2, column 1)
	// consistent: p = 0,036 for Z = -2,097 (lines 2-3, column 53)
}
