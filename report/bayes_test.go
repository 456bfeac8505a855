package report_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// TestBayesSensitivitySentences: the optional sentences in both languages,
// with the numbers of the references: sleep BF10 = 17.2588802677739
// (mpmath, testdata/r/bayes_mpmath.json) -> 17.26; the article's t =
// -28.471, n = 23: BF10 = 4.84796e15 (mpmath) -> 4.85 × 10^15; n = 23,
// 80%: d_z = 0.611276 (R pwr 1.3-0, testdata/r/power.json) -> 0.61; n =
// 10: d_z = 0.998883 (R pwr) -> 1.00.
func TestBayesSensitivitySentences(t *testing.T) {
	article := pairedt.TTestResult{N: 23, DF: 22, T: -28.471, P: 7.4641731735619e-19, MeanX: 1.2, MeanY: 2.7, SDX: 0.4, SDY: 0.5,
		MeanDiff: -1.5, SDDiff: 0.25, SE: 0.05, CILow: -1.6, CIHigh: -1.4, ConfLevel: 0.95, DZ: -5.9, DZCILow: -7.7, DZCIHigh: -4.1}
	for _, c := range []struct {
		name string
		t    *pairedt.TTestResult
		o    report.Options
		want []string
	}{
		{"sleep-en", &sleepResult, report.Options{BayesFactor: true, Sensitivity: true}, []string{
			"δ ~ Cauchy(0, *r* = 0.707, medium)", "H<sub>1</sub>: δ ≠ 0", "BF<sub>10</sub> = 17.26 (BF<sub>01</sub> = 0.06)",
			"the data are 17.26 times as likely under H<sub>1</sub> as under H<sub>0</sub>.",
			"With 10 pairs the design had 80% power to detect |*d*<sub>z</sub>| ≥ 1.00 at α = .05 (two-sided, counting both rejection regions; paired *t*-test, exact noncentral *t* as in G\\*Power).",
		}},
		{"article-id", &article, report.Options{Lang: report.Indonesian, BayesFactor: true, Sensitivity: true, BayesPrior: 1}, []string{
			"*r* = 1,000, wide", "BF<sub>10</sub> = 6,75 × 10<sup>15</sup>",
			"Dengan 23 pasangan, desain ini memiliki daya uji (*power*) 80% untuk mendeteksi |*d*<sub>z</sub>| ≥ 0,61 pada α = 0,05",
		}},
		{"article-en-medium", &article, report.Options{BayesFactor: true}, []string{"BF<sub>10</sub> = 4.85 × 10<sup>15</sup>"}},
		{"null-favoured", &pairedt.TTestResult{N: 30, DF: 29, T: 0.1, P: 0.92, ConfLevel: 0.95, SDX: 1, SDY: 1, SDDiff: 1, SE: 0.18, CILow: -0.3, CIHigh: 0.4, MeanDiff: 0.02, DZ: 0.02},
			report.Options{BayesFactor: true}, []string{"as likely under H<sub>0</sub> as under H<sub>1</sub>"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.o.NoCharts = true
			var b bytes.Buffer
			if err := report.Markdown(&b, report.Analysis{T: c.t}, c.o); err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("missing %q in\n%s", w, b.String())
				}
			}
		})
	}
	// Off by default: neither sentence.
	var b bytes.Buffer
	if err := report.Markdown(&b, report.Analysis{T: &sleepResult}, report.Options{NoCharts: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "BF<sub>10</sub>") || strings.Contains(b.String(), "power to detect") {
		t.Error("a Bayes or sensitivity sentence without the options")
	}
	// Bad options.
	for _, o := range []report.Options{{BayesFactor: true, BayesPrior: -1}, {Sensitivity: true, SensitivityPower: 0.01}} {
		if err := report.Markdown(&b, report.Analysis{T: &sleepResult}, o); !errors.Is(err, report.ErrOptions) {
			t.Errorf("%+v: err = %v, want ErrOptions", o, err)
		}
	}
}
