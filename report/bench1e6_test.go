package report_test

import (
	"io"
	"math/rand/v2"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// millionPairs is 1e6 numeric pairs from a fixed seed.
func millionPairs() (x, y []float64) {
	r := rand.New(rand.NewPCG(1, 2))
	x, y = make([]float64, 1e6), make([]float64, 1e6)
	for i := range x {
		x[i] = 50 + 10*r.NormFloat64()
		y[i] = x[i] + 0.5 + 3*r.NormFloat64()
	}
	return x, y
}

// analyse assembles an Analysis as cmd/pairedt/report.go does for numeric data.
func analyse(b *testing.B, x, y []float64) report.Analysis {
	t, err := pairedt.Test(x, y, pairedt.Options{})
	if err != nil {
		b.Fatal(err)
	}
	a := report.Analysis{Title: "Bench", Variable: "score", T: &t, X: x, Y: y}
	if s, err := pairedt.SignTest(x, y, pairedt.Options{}); err == nil {
		a.Sign = &s
	}
	if w, err := pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{}); err == nil {
		a.Wilcoxon = &w
	}
	d := make([]float64, 5000)
	for i := range d {
		d[i] = x[i] - y[i]
	}
	if sw, err := pairedt.ShapiroWilk(d); err == nil {
		a.ShapiroWilk = &sw
	}
	return a
}

// BenchmarkReport1e6 is the CLI's report at 1e6 numeric pairs: the
// statistics, then results.md, results.html and each chart as SVG and PNG.
func BenchmarkReport1e6(b *testing.B) {
	x, y := millionPairs()
	for b.Loop() {
		a := analyse(b, x, y)
		d, err := report.New(a, report.Options{})
		if err != nil {
			b.Fatal(err)
		}
		files, err := d.Files(150)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			if _, err := f.WriteTo(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkStats1e6 is the statistics alone, the floor of BenchmarkReport1e6.
func BenchmarkStats1e6(b *testing.B) {
	x, y := millionPairs()
	for b.Loop() {
		analyse(b, x, y)
	}
}

// BenchmarkRender1e6 is the rendering of BenchmarkReport1e6 alone, the
// Analysis made once outside the loop.
func BenchmarkRender1e6(b *testing.B) {
	x, y := millionPairs()
	a := analyse(b, x, y)
	for b.Loop() {
		d, err := report.New(a, report.Options{})
		if err != nil {
			b.Fatal(err)
		}
		files, err := d.Files(150)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			if _, err := f.WriteTo(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	}
}
