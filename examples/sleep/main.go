// Command sleep reproduces Student's (1908) paired t-test on the sleep data
// (R's datasets::sleep): the extra hours of sleep of ten patients under two
// soporific drugs. R 4.2 gives t = -4.0621, df = 9, p-value = 0.002833,
// 95 percent CI [-2.4598858, -0.7001142] for
// t.test(extra[group == 1], extra[group == 2], paired = TRUE).
//
// It runs every analysis of a numeric paired outcome through
// pairedt.AnalyzePaired (t-test with effect sizes, Wilcoxon, sign test,
// Shapiro-Wilk of the differences), prints R's t-test block and the effect
// sizes, and writes the report (English Results section with the paired plot
// and the differences) into -out (./out/sleep by default): results.md,
// results.html and the charts as SVG.
//
//	go run ./examples/sleep [-json] [-out DIR]
//
// It uses only the public API of the module, so it can be copied. It writes
// with os.WriteFile; replacing the files atomically, as a set, is what the
// pairedt command line tool adds.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

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
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "sleep:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("sleep", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the result as JSON")
	out := fs.String("out", filepath.Join("out", "sleep"), "directory for the report (empty: no report)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}

	study, err := pairedt.AnalyzePaired(drug1, drug2, pairedt.StudyOptions{})
	if err != nil {
		return err
	}
	if study.T == nil {
		return study.Reason(pairedt.MethodT)
	}
	res := *study.T
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	fmt.Fprint(stdout, res)
	fmt.Fprintf(stdout, "\nCohen's d_z = %.4f, 95%% CI [%.4f, %.4f] (noncentral t)\n", res.DZ, res.DZCILow, res.DZCIHigh)
	fmt.Fprintf(stdout, "Hedges' g_z = %.4f, 95%% CI [%.4f, %.4f]\n", res.GZ, res.GZCILow, res.GZCIHigh)
	fmt.Fprintf(stdout, "d_av (mean difference / mean of the two SDs) = %.4f\n", res.DAv)
	fmt.Fprintf(stdout, "r(x, y) = %.4f, p = %.4g\n", res.R, res.RP)
	for _, w := range res.Warnings {
		fmt.Fprintln(stdout, "note:", w)
	}
	if *out == "" {
		return nil
	}
	for _, u := range study.Undefined {
		fmt.Fprintln(stdout, "left out:", u)
	}
	written, err := writeReport(*out, study)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "\nWrote:")
	for _, w := range written {
		fmt.Fprintln(stdout, " ", w)
	}
	return nil
}

// writeReport writes the English Results section of the study into dir.
func writeReport(dir string, study *pairedt.Study) ([]string, error) {
	a := report.FromStudy(study)
	a.Title = "Student's sleep data: drug 1 versus drug 2"
	a.Variable = "extra hours of sleep"
	a.BeforeLabel, a.AfterLabel = "Drug 1", "Drug 2"
	a.Notes = []string{"Cushny and Peebles (1905), analysed by Student (1908); R's datasets::sleep. " +
		"The same ten patients took each drug, so the data are paired."}
	a.Provenance = report.Provenance{DataName: "R datasets::sleep (in examples/sleep/main.go)",
		Command: "go run ./examples/sleep"}

	// Render every file in memory first, so that a failure writes nothing.
	doc, err := report.New(a, report.Options{})
	if err != nil {
		return nil, err
	}
	outs, err := doc.Files(0) // 0: SVG charts only, no PNG
	if err != nil {
		return nil, err
	}
	files := make([][]byte, len(outs))
	for i, f := range outs {
		var b bytes.Buffer
		if _, err := f.WriteTo(&b); err != nil {
			return nil, err
		}
		files[i] = b.Bytes()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var written []string
	for i, f := range outs {
		path := filepath.Join(dir, f.Name)
		if err := os.WriteFile(path, files[i], 0o644); err != nil {
			return written, err
		}
		written = append(written, path)
	}
	return written, nil
}
