package report_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// sleepResult is R's paired t-test on its sleep data (extra hours of sleep
// with drug 1 minus drug 2, 10 patients): t.test(x, y, paired = TRUE) in
// R 4.2, d_z and its noncentral-t interval from testdata/r/report.R.
var sleepResult = pairedt.TTestResult{
	N: 10, DF: 9, MeanDiff: -1.58, SDDiff: 1.2299954832798732, SE: 0.3889587238883952,
	T: -4.0621276833820366, P: 0.0028328901973842702,
	CILow: -2.4598857632769824, CIHigh: -0.70011423672301754, ConfLevel: 0.95,
	MeanX: 0.75, MeanY: 2.33, SDX: 1.7890096577591625, SDY: 2.002248735796829,
	SEX: 0.56573452745572772, SEY: 0.63316664473106921,
	R: 0.79517020583357778, RP: 0.0059649957969184573,
	DZ: -1.2845575625910546, DZCILow: -2.118016513977067, DZCIHigh: -0.41462775638014432,
}

func ExampleMarkdown() {
	a := report.Analysis{
		Title:       "Results",
		Variable:    "extra sleep (h)",
		BeforeLabel: "Drug 1",
		AfterLabel:  "Drug 2",
		T:           &sleepResult,
		Provenance:  report.Provenance{DataName: "R datasets::sleep", ModuleVersion: "v0.1.0"},
	}
	if err := report.Markdown(os.Stdout, a, report.Options{NoCharts: true}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Results
	//
	// ## 1. Change from before to after: paired-samples t-test
	//
	// **Table 1.** *Descriptive Statistics on Each Occasion*
	//
	// |  | *M* | *n* | *SD* | *SE* |
	// |---|---:|---:|---:|---:|
	// | Drug 1 | 0.750 | 10 | 1.789 | 0.566 |
	// | Drug 2 | 2.330 | 10 | 2.002 | 0.633 |
	//
	// **Table 2.** *Correlation Between the Two Occasions*
	//
	// |  | *n* | *r* | *p* |
	// |---|---:|---:|---:|
	// | Drug 1 & Drug 2 | 10 | .795 | .006 |
	//
	// **Table 3.** *Paired-Samples t-Test of the Differences*
	//
	// |  | *M* | *SD* | *SE* | 95% CI Lower | 95% CI Upper | *t* | *df* | *p* (two-tailed) |
	// |---|---:|---:|---:|---:|---:|---:|---:|---:|
	// | Drug 1 − Drug 2 | −1.580 | 1.230 | 0.389 | −2.460 | −0.700 | −4.062 | 9 | .003 |
	//
	// A paired-samples t-test compared extra sleep (h) between Drug 1 (*M* = 0.75, *SD* = 1.79) and Drug 2 (*M* = 2.33, *SD* = 2.00): *M*<sub>diff</sub> = −1.58, 95% CI [−2.46, −0.70], *t*(9) = −4.06, *p* = .003, *d*<sub>z</sub> = −1.28, 95% CI [−2.12, −0.41].
	//
	// At α = .05, *p* = .003 was below α, so the null hypothesis of no mean difference was rejected.
	//
	// ---
	//
	// **Provenance.**
	//
	// - Data: R datasets::sleep
	// - SHA-256 of the data: not recorded
	// - Module version: v0.1.0
	// - Options: language en, α = .05, decimals 2 (text), 3 (tables), 1 (percentages); t-test: alternative two-sided, μ<sub>0</sub> = 0.00, confidence level 95%; differences Drug 1 − Drug 2
}

// The same result in Indonesian: decimal comma, semicolons between values,
// and the article's decision wording.
func ExampleMarkdown_indonesian() {
	a := report.Analysis{Variable: "tambahan tidur (jam)", BeforeLabel: "Obat 1", AfterLabel: "Obat 2", T: &sleepResult}
	var b bytes.Buffer
	if err := report.Markdown(&b, a, report.Options{Lang: report.Indonesian}); err != nil {
		fmt.Println(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "Uji t") || strings.HasPrefix(line, "Pada") {
			fmt.Println(line)
		}
	}
	// Output:
	// Uji t sampel berpasangan membandingkan tambahan tidur (jam) antara Obat 1 (*M* = 0,75; *SD* = 1,79) dan Obat 2 (*M* = 2,33; *SD* = 2,00): *M*<sub>selisih</sub> = −1,58; IK 95% [−2,46; −0,70]; *t*(9) = −4,06; *p* = 0,003; *d*<sub>z</sub> = −1,28; IK 95% [−2,12; −0,41].
	// Pada taraf signifikansi α = 0,05, nilai *p* = 0,003 lebih kecil dari α sehingga Ho (tidak ada perbedaan rata-rata) ditolak dan Ha diterima.
}

// HTML writes one self-contained page; Charts gives the same figures as
// standalone SVG or PNG files.
func ExampleHTML() {
	a := report.Analysis{
		Variable: "score",
		X:        []float64{12, 15, 11, 18, 14},
		Y:        []float64{14, 18, 12, 21, 15},
		T:        &sleepResult,
	}
	var page bytes.Buffer
	if err := report.HTML(&page, a, report.Options{}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(strings.HasPrefix(page.String(), "<!DOCTYPE html>"), strings.Count(page.String(), "<svg "), strings.Contains(page.String(), "<script"))
	charts, _ := report.Charts(a, report.Options{})
	for _, c := range charts {
		fmt.Println(c.Name+".svg:", c.Caption)
	}
	// Output:
	// true 2 false
	// paired.svg: Score of each subject, Before and After (one line per subject)
	// differences.svg: Differences Before − After (one dot per subject; dashed line at 0)
}

// New builds the document once; Files lists what a caller writes into one
// directory (the package itself opens no file), each an io.WriterTo that
// renders when written.
func ExampleNew() {
	a := report.Analysis{
		Variable: "score",
		X:        []float64{12, 15, 11, 18, 14},
		Y:        []float64{14, 18, 12, 21, 15},
		T:        &sleepResult,
	}
	doc, err := report.New(a, report.Options{Lang: report.Indonesian})
	if err != nil {
		fmt.Println(err)
		return
	}
	files, err := doc.Files(150)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range files {
		n, err := f.WriteTo(io.Discard) // a caller writes to os.Create(filepath.Join(dir, f.Name))
		fmt.Println(f.Name, n > 0, err)
	}
	pdf, _ := doc.Charts()[0].WriterTo("pdf", 0) // for LaTeX
	var b bytes.Buffer
	pdf.WriteTo(&b)
	fmt.Println(strings.HasPrefix(b.String(), "%PDF-"))
	// Output:
	// results.md true <nil>
	// results.html true <nil>
	// paired.svg true <nil>
	// paired.png true <nil>
	// differences.svg true <nil>
	// differences.png true <nil>
	// true
}
