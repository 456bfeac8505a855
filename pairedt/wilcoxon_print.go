package pairedt

import (
	"fmt"
	"math"
	"strings"
)

// rankPValue formats a p-value as R's print.htest does (format.pval with
// 4 digits), except that it is always a number, as TTestResult.String: where R
// writes "p-value < 2.2e-16" this writes the value itself; a p-value that
// underflows to zero prints as "p-value < 4.9e-324".
func rankPValue(p float64) string {
	if p > 0 || math.IsNaN(p) {
		return "p-value = " + formatR(p, 4)
	}
	return "p-value < 4.9e-324"
}

// rankAltPhrase is print.htest's wording of the alternative.
func rankAltPhrase(a Alternative) string {
	switch a {
	case TwoSided:
		return "not equal to"
	case Less:
		return "less than"
	case Greater:
		return "greater than"
	}
	return a.String()
}

// String formats r as R prints wilcox.test(x, y, paired = TRUE,
// conf.int = TRUE), or wilcox.test(x, mu, conf.int = TRUE) for a result of
// WilcoxonOneSample (print.htest with the default digits = 7), with the
// p-value always printed as a number (see TTestResult.String).
func (r WilcoxonResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n\t%s\n\n", r.Method)
	data, what := "x and y", "location shift"
	if r.oneSample {
		data, what = "x", "location"
	}
	fmt.Fprintf(&b, "data:  %s\n", data)
	fmt.Fprintf(&b, "V = %s, %s\n", formatR(r.V, 5), rankPValue(r.P))
	fmt.Fprintf(&b, "alternative hypothesis: true %s is %s %s\n",
		what, rankAltPhrase(r.Alternative), formatR(r.Mu, 7))
	fmt.Fprintf(&b, "%s percent confidence interval:\n", formatR(100*r.ConfLevel, 7))
	ci := formatRVec([]float64{r.CILow, r.CIHigh}, 7)
	fmt.Fprintf(&b, " %s %s\n", ci[0], ci[1])
	b.WriteString("sample estimates:\n")
	name := "(pseudo)median"
	if r.ConfLevel == 0 && !r.Exact && (math.IsNaN(r.CILow) || math.IsNaN(r.CIHigh)) {
		name = "midrange" // R's estimate when no interval can be computed
	}
	v := formatR(r.Estimate, 7)
	w := max(len(name), len(v))
	fmt.Fprintf(&b, "%*s \n%*s \n\n", w, name, w, v)
	return b.String()
}
