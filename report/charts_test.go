package report_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// TestCaptionCapital: captions that start with the variable start with a
// capital letter when the variable is an ordinary lower-case phrase (and
// for the default "the outcome"), and keep a deliberate lower-case start
// such as "pH".
func TestCaptionCapital(t *testing.T) {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1}
	fb := must(pairedt.FrequenciesFromCounts([]string{"low", "high"}, []int{3, 2}, 0))
	fa := must(pairedt.FrequenciesFromCounts([]string{"low", "high"}, []int{1, 4}, 0))
	for _, tc := range []struct {
		variable string
		lang     report.Lang
		want     []string
	}{
		{"extra hours of sleep", report.English, []string{"*Extra hours of sleep of each subject,", "*Extra hours of sleep, Before and After: n (%)*", "*Extra hours of sleep, Before and After: percentage"}},
		{"", report.English, []string{"*The outcome of each subject,", "*The outcome, Before and After: n (%)*"}},
		{"", report.Indonesian, []string{"*Variabel hasil setiap responden,", "*Variabel hasil, Sebelum dan Sesudah: n (%)*"}},
		{"pH level", report.English, []string{"*pH level of each subject,", "*pH level, Before and After: n (%)*"}},
		{"ébullition", report.English, []string{"*Ébullition of each subject,"}},
		{"breast-milk expression", report.English, []string{"*Breast-milk expression of each subject,", "*Breast-milk expression, Before and After: n (%)*"}},
		{"kelancaran pengeluaran ASI", report.Indonesian, []string{"*Kelancaran pengeluaran ASI setiap responden,"}},
		{"3-point score", report.English, []string{"*3-point score of each subject,"}},
	} {
		t.Run(tc.variable+"/"+string(tc.lang), func(t *testing.T) {
			var b bytes.Buffer
			a := report.Analysis{Variable: tc.variable, X: x, Y: y, FreqBefore: &fb, FreqAfter: &fa}
			if err := report.Markdown(&b, a, report.Options{Lang: tc.lang}); err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.want {
				if !strings.Contains(b.String(), s) {
					t.Errorf("Markdown lacks %q", s)
				}
			}
		})
	}
}

// TestManyPairsCharts: beyond MaxSubjectCharts pairs the report no longer
// draws one line or dot per subject (10^5 pairs made 54 MB of HTML in 3.5
// s): the paired plot is left out and the differences become a histogram.
func TestManyPairsCharts(t *testing.T) {
	for _, tc := range []struct {
		n     int
		names []string
	}{
		{report.MaxSubjectCharts, []string{"paired", "differences"}},
		{report.MaxSubjectCharts + 1, []string{"differences"}},
		{100000, []string{"differences"}},
	} {
		t.Run(fmt.Sprint(tc.n), func(t *testing.T) {
			x, y := make([]float64, tc.n), make([]float64, tc.n)
			for i := range x {
				x[i] = float64(i%97) / 7
				y[i] = float64(i%89) / 5
			}
			cs, err := report.Charts(report.Analysis{X: x, Y: y}, report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, c := range cs {
				names = append(names, c.Name)
			}
			if fmt.Sprint(names) != fmt.Sprint(tc.names) {
				t.Fatalf("charts %v, want %v", names, tc.names)
			}
			if tc.n > report.MaxSubjectCharts {
				var md, h bytes.Buffer
				if err := report.Markdown(&md, report.Analysis{X: x, Y: y}, report.Options{}); err != nil {
					t.Fatal(err)
				}
				if err := report.HTML(&h, report.Analysis{X: x, Y: y}, report.Options{}); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(md.String(), "(histogram; dashed line at 0)") {
					t.Errorf("caption does not say histogram")
				}
				if h.Len() > 100000 {
					t.Errorf("HTML of %d pairs is %d bytes", tc.n, h.Len())
				}
			}
		})
	}
}
