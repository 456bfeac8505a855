package report_test

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// TestOccasionWording: captions name the occasions the caller gave
// ("Drug 1", "Drug 2") instead of assuming "before and after", and the
// robustness table of numeric (not category-coded) data does not call its
// tests "suited to ordinal outcomes".
func TestOccasionWording(t *testing.T) {
	// R's datasets::sleep, extra hours under drug 1 and drug 2.
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	wx := must(pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{}))
	tt := must(pairedt.Test(x, y, pairedt.Options{}))
	lv := []string{"low", "high"}
	fb := must(pairedt.FrequenciesFromCounts(lv, []int{6, 4}, 0))
	fa := must(pairedt.FrequenciesFromCounts(lv, []int{3, 7}, 0))
	numeric := report.Analysis{Variable: "Extra sleep", BeforeLabel: "Drug 1", AfterLabel: "Drug 2",
		T: &tt, X: x, Y: y, Wilcoxon: &wx}
	ordinal := numeric
	ordinal.FreqBefore, ordinal.FreqAfter, ordinal.CategoryCodes = &fb, &fa, true
	for _, tc := range []struct {
		name      string
		a         report.Analysis
		lang      report.Lang
		want, bad []string
	}{
		{"numeric en", numeric, report.English,
			[]string{"Extra sleep of each subject, Drug 1 and Drug 2", "Assumption check and nonparametric tests"},
			[]string{"before and after", "ordinal"}},
		{"numeric id", numeric, report.Indonesian,
			[]string{"Extra sleep setiap responden, Drug 1 dan Drug 2", "Uji asumsi dan uji nonparametrik"},
			[]string{"sebelum dan sesudah", "ordinal"}},
		{"ordinal en", ordinal, report.English,
			[]string{"Extra sleep, Drug 1 and Drug 2: n (%)", "Extra sleep, Drug 1 and Drug 2: percentage per category", "tests suited to ordinal outcomes"},
			[]string{"before and after"}},
		{"ordinal id", ordinal, report.Indonesian,
			[]string{"Extra sleep, Drug 1 dan Drug 2: n (%)", "Extra sleep, Drug 1 dan Drug 2: persentase per kategori", "uji yang sesuai untuk data ordinal"},
			[]string{"sebelum dan sesudah"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var md, h bytes.Buffer
			if err := report.Markdown(&md, tc.a, report.Options{Lang: tc.lang}); err != nil {
				t.Fatal(err)
			}
			if err := report.HTML(&h, tc.a, report.Options{Lang: tc.lang}); err != nil {
				t.Fatal(err)
			}
			for name, out := range map[string]string{"Markdown": md.String(), "HTML": h.String()} {
				for _, s := range tc.want {
					if !strings.Contains(out, s) {
						t.Errorf("%s lacks %q", name, s)
					}
				}
				for _, s := range tc.bad {
					if strings.Contains(strings.ToLower(out), s) {
						t.Errorf("%s contains %q", name, s)
					}
				}
			}
		})
	}
}

// TestAgreementSentence: the sentence comparing the robustness tests with
// the t-test agrees in number and spells small numbers out (APA 7 6.32,
// PUEBI): "Both of these tests" for two, "One of these three tests, the
// sign test, leads", "All three of these tests lead to a different
// decision", "Ketiga uji ini"; and names the tests that differ.
func TestAgreementSentence(t *testing.T) {
	tt := pairedt.TTestResult{N: 10, DF: 9, T: -4, P: 0.003, ConfLevel: 0.95}
	nan := math.NaN()
	mk := func(ps ...float64) report.Analysis {
		a := report.Analysis{T: &tt}
		for i, p := range ps {
			switch i {
			case 0:
				a.Wilcoxon = &pairedt.WilcoxonResult{P: p, N: 10}
			case 1:
				a.Sign = &pairedt.SignTestResult{P: p, N: 10}
			case 2:
				a.MarginalHomogeneity = &pairedt.ChiSquareResult{P: p, DF: 2, Statistic: 5}
			case 3:
				a.Bowker = &pairedt.ChiSquareResult{P: p, DF: 2, Statistic: 5}
			}
		}
		return a
	}
	for _, tc := range []struct {
		name   string
		a      report.Analysis
		en, id string
	}{
		{"one agrees", mk(0.01), "The Wilcoxon signed-rank test leads to the same decision as the t-test at α = .05.", "Uji Wilcoxon peringkat bertanda menghasilkan keputusan yang sama dengan uji t pada α = 0,05."},
		// Shapiro-Wilk is an assumption check, not one of the tests compared:
		// with it and one test, "This test" would not say which.
		{"one differs, NaN others", mk(nan, nan, 0.2), "The Stuart–Maxwell test leads to a different decision from the t-test at α = .05.", "Uji Stuart–Maxwell menghasilkan keputusan yang berbeda dari uji t pada α = 0,05."},
		{"two agree", mk(0.01, 0.02), "Both of these tests lead to the same decision as the t-test at α = .05.", "Kedua uji ini menghasilkan keputusan yang sama dengan uji t pada α = 0,05."},
		{"two differ", mk(0.3, 0.2), "Both of these tests lead to a different decision from the t-test at α = .05.", "Kedua uji ini menghasilkan keputusan yang berbeda dari uji t pada α = 0,05."},
		{"one of three differs", mk(0.01, 0.2, 0.01), "One of these three tests, the sign test, leads to a different decision from the t-test at α = .05.", "Satu dari tiga uji ini, yaitu uji tanda, menghasilkan keputusan yang berbeda dari uji t pada α = 0,05."},
		{"two of four differ", mk(0.01, 0.2, 0.01, 0.3), "Two of these four tests (the sign test and Bowker's test) lead to a different decision from the t-test at α = .05.", "Dua dari empat uji ini (uji tanda dan uji Bowker) menghasilkan keputusan yang berbeda dari uji t pada α = 0,05."},
		{"all three differ", mk(0.5, 0.2, 0.3), "All three of these tests lead to a different decision from the t-test at α = .05.", "Ketiga uji ini menghasilkan keputusan yang berbeda dari uji t pada α = 0,05."},
		{"all four agree", mk(0.01, 0.02, 0.001, 0.04), "All four of these tests lead to the same decision as the t-test at α = .05.", "Keempat uji ini menghasilkan keputusan yang sama dengan uji t pada α = 0,05."},
	} {
		for lang, want := range map[report.Lang]string{report.English: tc.en, report.Indonesian: tc.id} {
			t.Run(tc.name+"/"+string(lang), func(t *testing.T) {
				var b bytes.Buffer
				if err := report.Markdown(&b, tc.a, report.Options{Lang: lang, NoCharts: true}); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(b.String(), "\n"+want+"\n") {
					t.Errorf("Markdown lacks %q", want)
				}
			})
		}
	}
}

// TestPNextToAlpha: where a sentence compares p with alpha, p gets the
// digits that put it on its side of alpha: p = .0496 is not printed as
// ".050 is below α = .05".
func TestPNextToAlpha(t *testing.T) {
	for _, tc := range []struct {
		name  string
		p     float64
		alpha float64
		en    []string
		id    []string
	}{
		{"just below .05", 0.0496, 0, []string{"*p* = .0496, *d*", "At α = .05, *p* = .0496 was below α, so the null hypothesis of no mean difference was rejected.", "(Shapiro–Wilk *W* = .90, *p* = .0496)"},
			[]string{"*p* = 0,0496; *d*", "Pada taraf signifikansi α = 0,05, nilai *p* = 0,0496 lebih kecil dari α sehingga Ho (tidak ada perbedaan rata-rata) ditolak dan Ha diterima.", "(Shapiro–Wilk *W* = 0,90; *p* = 0,0496)"}},
		{"far below .05", 0.012, 0, []string{"*p* = .012, *d*", "At α = .05, *p* = .012 was below α"}, []string{"nilai *p* = 0,012 lebih kecil"}},
		{"just above .05", 0.0504, 0, []string{"At α = .05, *p* = .050 was not below α"}, []string{"nilai *p* = 0,050 tidak lebih kecil"}},
		{"four nines", 0.04996, 0, []string{"At α = .05, *p* = .04996 was below α"}, []string{"nilai *p* = 0,04996 lebih kecil"}},
		{"alpha .01", 0.0099, 0.01, []string{"At α = .01, *p* = .0099 was below α"}, []string{"Pada taraf signifikansi α = 0,01, nilai *p* = 0,0099 lebih kecil"}},
	} {
		tt := pairedt.TTestResult{N: 10, DF: 9, T: -2.3, P: tc.p, ConfLevel: 0.95, DZ: -0.7, DZCILow: -1.4, DZCIHigh: 0}
		sw := pairedt.ShapiroWilkResult{W: 0.9, P: tc.p, N: 10}
		a := report.Analysis{T: &tt, ShapiroWilk: &sw}
		for lang, want := range map[report.Lang][]string{report.English: tc.en, report.Indonesian: tc.id} {
			t.Run(tc.name+"/"+string(lang), func(t *testing.T) {
				var b bytes.Buffer
				if err := report.Markdown(&b, a, report.Options{Lang: lang, Alpha: tc.alpha, NoCharts: true}); err != nil {
					t.Fatal(err)
				}
				for _, s := range want {
					if !strings.Contains(b.String(), s) {
						t.Errorf("Markdown lacks %q", s)
					}
				}
			})
		}
	}
}

// TestSerialComma: the English distribution sentence lists three or more
// categories with the serial comma APA 7 requires ("a, b, and c"); two
// categories take no comma, and Indonesian has none ("a, b dan c").
func TestSerialComma(t *testing.T) {
	lv3 := []string{"low", "mid", "high"}
	lv2 := []string{"no", "yes"}
	for _, tc := range []struct {
		name   string
		levels []string
		counts []int
		lang   report.Lang
		want   string
	}{
		{"three en", lv3, []int{1, 2, 3}, report.English, "Before: 1 (16.7%) low, 2 (33.3%) mid, and 3 (50.0%) high;"},
		{"three id", lv3, []int{1, 2, 3}, report.Indonesian, "terdapat 1 responden (16,7%) low, 2 responden (33,3%) mid dan 3 responden (50,0%) high;"},
		{"two en", lv2, []int{2, 4}, report.English, "Before: 2 (33.3%) no and 4 (66.7%) yes;"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ft := must(pairedt.FrequenciesFromCounts(tc.levels, tc.counts, 0))
			var b bytes.Buffer
			if err := report.Markdown(&b, report.Analysis{FreqBefore: &ft, FreqAfter: &ft}, report.Options{Lang: tc.lang, NoCharts: true}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tc.want) {
				t.Errorf("Markdown lacks %q", tc.want)
			}
		})
	}
}

// TestNoTTest: pairs and a Wilcoxon test without a t-test give a section
// named for the paired data (not "paired-samples t-test"), no note about a
// t-test on category codes, and no notes about a Wilcoxon interval the
// report does not print.
func TestNoTTest(t *testing.T) {
	x := []float64{1, 2, 3, 4, 5}
	y := []float64{2, 2, 5, 3, 7}
	w := must(pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{}))
	if !slicesContainsPrefix(w.Warnings, "requested conf.level") {
		t.Fatalf("fixture lost its interval warning: %q", w.Warnings)
	}
	for lang, c := range map[report.Lang]struct{ want, bad []string }{
		report.English:    {[]string{"## 1. Change from before to after: tests for ordinal outcomes", "## 2. The paired data"}, []string{"t-test", "conf.level", "interval"}},
		report.Indonesian: {[]string{"## 2. Data berpasangan"}, []string{"uji t", "conf.level", "interval"}},
	} {
		var b bytes.Buffer
		a := report.Analysis{X: x, Y: y, Wilcoxon: &w, CategoryCodes: true}
		if err := report.Markdown(&b, a, report.Options{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		for _, s := range c.want {
			if !strings.Contains(b.String(), s) {
				t.Errorf("%s: lacks %q", lang, s)
			}
		}
		for _, s := range c.bad {
			if strings.Contains(b.String(), s) {
				t.Errorf("%s: contains %q", lang, s)
			}
		}
	}
}

func slicesContainsPrefix(ws []pairedt.Warning, prefix string) bool {
	for _, w := range ws {
		if strings.HasPrefix(w.String(), prefix) {
			return true
		}
	}
	return false
}
