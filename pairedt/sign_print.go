package pairedt

import (
	"fmt"
	"strings"
)

// String formats r in the layout of R's print of binom.test(k, n) (digits
// = 7), with a data line that names the signs and, for SignTest, without
// the interval for the probability (SignTestCI's result prints R's
// interval and estimate lines, then the median interval):
//
//		Exact binomial test (sign test)
//
//	data:  signs of x - y: 0 positive, 9 negative, 1 zero dropped
//	number of successes = 0, number of trials = 9, p-value = 0.003906
//	alternative hypothesis: true probability of success is not equal to 0.5
func (r SignTestResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n\t%s (sign test)\n\n", r.Method)
	d := "x - y"
	switch {
	case r.Mu > 0:
		d = "x - y - " + formatR(r.Mu, 7)
	case r.Mu < 0:
		d = "x - y + " + formatR(-r.Mu, 7)
	}
	fmt.Fprintf(&b, "data:  signs of %s: %d positive, %d negative, %d %s dropped\n", d, r.Positive, r.Negative, r.Zero, rankPlural(r.Zero, "zero", "zeros"))
	fmt.Fprintf(&b, "number of successes = %d, number of trials = %d, %s\n", r.Positive, r.N, rankPValue(r.P))
	fmt.Fprintf(&b, "alternative hypothesis: true probability of success is %s 0.5\n", rankAltPhrase(r.Alternative))
	iv := r.Interval
	if iv == nil {
		b.WriteString("\n")
		return b.String()
	}
	// SignTestCI: R's interval and estimate lines, then the median's.
	fmt.Fprintf(&b, "%s percent confidence interval:\n", formatR(100*iv.ConfLevel, 7))
	ci := formatRVec([]float64{iv.PropLow, iv.PropHigh}, 7)
	fmt.Fprintf(&b, " %s %s\n", ci[0], ci[1])
	b.WriteString("sample estimates:\n")
	name, v := "probability of success", formatR(iv.Prop, 7)
	w := max(len(name), len(v))
	fmt.Fprintf(&b, "%*s \n%*s \n\n", w, name, w, v)
	mci := formatRVec([]float64{iv.MedianLow, iv.MedianHigh}, 7)
	fmt.Fprintf(&b, "median of the differences = %s; %s percent distribution-free interval (order statistics):\n %s %s\n\n",
		formatR(iv.Median, 7), formatR(100*iv.MedianConfLevel, 4), mci[0], mci[1])
	return b.String()
}
