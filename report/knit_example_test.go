package report_test

import (
	"fmt"
	"os"
	"testing/fstest"

	"github.com/pairedt/pairedt/report"
)

// ExampleKnit knits a two-paragraph manuscript over five pairs (R 4.2.2:
// t.test(post, pre, paired = TRUE) gives t = 4.4721, df = 4, p-value =
// 0.01106, CI [0.758336, 3.241664]; effectsize::cohens_d(post, pre,
// paired = TRUE) gives 2.00, 95% CI [0.38, 3.57]). Knit reads
// the manuscript and its data through the fs.FS it is given (here in
// memory; pairedt knit passes an os.Root's FS of the manuscript's
// directory).
func ExampleKnit() {
	fsys := fstest.MapFS{
		"scores.csv": {Data: []byte("pre,post\n12,14\n15,18\n11,12\n18,21\n14,15\n")},
		"results.md": {Data: []byte(`---
analyses:
  score:
    data: scores.csv
    before: pre
    after: post
    direction: after-before
---

Scores rose from {{mean.before}} to {{mean.after}}, {{t}}.

{{table score.ttest}}
`)},
	}
	m, err := report.Knit(fsys, "results.md", report.KnitOptions{NoCharts: true})
	if err != nil {
		fmt.Println(err) // FILE:LINE:COL: ... for each problem
		return
	}
	m.WriteMarkdown(os.Stdout)
	// Output:
	// Scores rose from 14.00 to 16.00, *M*<sub>diff</sub> = 2.00, 95% CI [0.76, 3.24], *t*(4) = 4.47, *p* = .011, *d*<sub>z</sub> = 2.00, 95% CI [0.38, 3.57].
	//
	// **Table 1.** *Paired-Samples t-Test of the Differences*
	//
	// |  | *M* | *SD* | *SE* | 95% CI Lower | 95% CI Upper | *t* | *df* | *p* (two-tailed) |
	// |---|---:|---:|---:|---:|---:|---:|---:|---:|
	// | After − Before | 2.000 | 1.000 | 0.447 | 0.758 | 3.242 | 4.472 | 4 | .011 |
}
