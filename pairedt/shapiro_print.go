package pairedt

import (
	"fmt"
	"strings"
)

// String formats r as R prints shapiro.test(x) (print.htest with the
// default digits = 7), with the p-value always printed as a number (see
// TTestResult.String).
func (r ShapiroWilkResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n\t%s\n\n", r.Method)
	b.WriteString("data:  x\n")
	fmt.Fprintf(&b, "W = %s, %s\n\n", formatR(r.W, 5), rankPValue(r.P))
	return b.String()
}
