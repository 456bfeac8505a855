// Command sleep reproduces Student's (1908) paired t-test on the sleep data
// (R's datasets::sleep): the extra hours of sleep of ten patients under two
// soporific drugs. R 4.2 gives t = -4.0621, df = 9, p-value = 0.002833,
// 95 percent CI [-2.4598858, -0.7001142] for
// t.test(extra[group == 1], extra[group == 2], paired = TRUE).
//
// It prints R's block and the effect sizes, and writes the report (English
// Results section with the paired plot and the differences) into -out
// (./out/sleep by default): results.md, results.html and the charts as SVG.
//
//	go run ./examples/sleep [-json] [-out DIR]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/pairedt/pairedt/internal/atomicfile"
	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// The data, as printed by R's datasets::sleep (Cushny and Peebles 1905, via
// Student 1908): extra sleep in hours, patient i under drug 1 and drug 2.
var (
	drug1 = []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	drug2 = []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
)

func main() {
	asJSON := flag.Bool("json", false, "print the result as JSON")
	out := flag.String("out", filepath.Join("out", "sleep"), "directory for the report (empty: no report)")
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
	if *out == "" {
		return
	}
	written, err := writeReport(*out, res)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sleep:", err)
		os.Exit(1)
	}
	fmt.Println("\nWrote:")
	for _, w := range written {
		fmt.Println(" ", w)
	}
}

// writeReport writes the English Results section of the test, with the
// Wilcoxon and Shapiro-Wilk tests beside it, into dir, atomically.
func writeReport(dir string, res pairedt.Result) ([]string, error) {
	a := report.Analysis{
		Title:       "Student's sleep data: drug 1 versus drug 2",
		Variable:    "extra hours of sleep",
		BeforeLabel: "Drug 1",
		AfterLabel:  "Drug 2",
		T:           &res,
		X:           drug1,
		Y:           drug2,
		Notes: []string{"Cushny and Peebles (1905), analysed by Student (1908); R's datasets::sleep. " +
			"The same ten patients took each drug, so the data are paired."},
		Provenance: report.Provenance{DataName: "R datasets::sleep (in examples/sleep/main.go)",
			Command: "go run ./examples/sleep"},
	}
	d := make([]float64, len(drug1))
	for i := range d {
		d[i] = drug1[i] - drug2[i]
	}
	if sw, err := pairedt.ShapiroWilk(d); err == nil {
		a.ShapiroWilk = &sw
	}
	if w, err := pairedt.Wilcoxon(drug1, drug2, pairedt.WilcoxonOptions{}); err == nil {
		a.Wilcoxon = &w
	}
	var md, html bytes.Buffer
	if err := report.Markdown(&md, a, report.Options{}); err != nil {
		return nil, err
	}
	if err := report.HTML(&html, a, report.Options{}); err != nil {
		return nil, err
	}
	files := []atomicfile.File{bufFile("results.md", &md), bufFile("results.html", &html)}
	charts, err := report.Charts(a, report.Options{})
	if err != nil {
		return nil, err
	}
	for _, c := range charts {
		var svg bytes.Buffer
		if err := c.WriteSVG(&svg); err != nil {
			return nil, err
		}
		files = append(files, bufFile(c.Name+".svg", &svg))
	}
	if err := atomicfile.WriteSet(dir, files); err != nil {
		return nil, err
	}
	var names []string
	for _, f := range files {
		names = append(names, filepath.Join(dir, f.Name))
	}
	return names, nil
}

// bufFile is a file of an atomic set whose content is in b.
func bufFile(name string, b *bytes.Buffer) atomicfile.File {
	return atomicfile.File{Name: name, Write: func(w io.Writer) error {
		_, err := w.Write(b.Bytes())
		return err
	}}
}
