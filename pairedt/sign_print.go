package pairedt

import (
	"fmt"
	"strings"
)

// String formats r in the layout of R's print of binom.test(k, n) (digits
// = 7), with a data line that names the signs and without the interval for
// the probability, which SignTest does not compute:
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
	fmt.Fprintf(&b, "alternative hypothesis: true probability of success is %s 0.5\n\n", rankAltPhrase(r.Alternative))
	return b.String()
}
