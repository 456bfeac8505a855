package report_test

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

func markdown(t *testing.T, a report.Analysis, o report.Options) string {
	t.Helper()
	o.NoCharts = true
	var b bytes.Buffer
	if err := report.Markdown(&b, a, o); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestCustomScoresNote: with scores 0, 1, 3 the note says what the scores
// are and does not call the categories equally spaced (issue 10 item 7).
func TestCustomScoresNote(t *testing.T) {
	levels := []string{"none", "some", "much"}
	before := []string{"none", "none", "some", "none", "some", "much", "none"}
	after := []string{"some", "much", "much", "none", "much", "much", "some"}
	for _, c := range []struct {
		scores    []float64
		lang      report.Lang
		want, bad string
	}{
		{[]float64{0, 1, 3}, report.English, "run on the scores given to the categories (0 = none, 1 = some, 3 = much)", "equally spaced"},
		{[]float64{0, 1, 3}, report.Indonesian, "dihitung pada skor yang diberikan kepada kategori (0 = none; 1 = some; 3 = much)", "berjarak sama"},
		{nil, report.English, "which treats ordered categories as equally spaced numbers", "scores given"},
		{nil, report.Indonesian, "diperlakukan sebagai angka berjarak sama", "skor yang diberikan"},
	} {
		s, err := pairedt.AnalyzeOrdinal(before, after, levels, c.scores, pairedt.StudyOptions{})
		if err != nil {
			t.Fatal(err)
		}
		md := markdown(t, report.FromStudy(s), report.Options{Lang: c.lang})
		if !strings.Contains(md, c.want) || strings.Contains(md, c.bad) {
			t.Errorf("%s %v: want %q, not %q, in\n%s", c.lang, c.scores, c.want, c.bad, md)
		}
	}
}

// TestHalfIntegerStatistic: V = 831.5 prints as such, not 831.500.
func TestHalfIntegerStatistic(t *testing.T) {
	tt := pairedt.TTestResult{N: 60, DF: 59, T: 2, P: 0.05, ConfLevel: 0.95, R: math.NaN(), RP: math.NaN(), DZ: math.NaN()}
	a := report.Analysis{T: &tt, Wilcoxon: &pairedt.WilcoxonResult{V: 831.5, P: 0.2, N: 60}}
	md := markdown(t, a, report.Options{})
	if !strings.Contains(md, "*V*&nbsp;=&nbsp;831.5 |") {
		t.Errorf("no V = 831.5 in\n%s", md)
	}
}

// TestTableStyle: English defaults to APA names, Indonesian to SPSS names,
// and either can ask for the other.
func TestTableStyle(t *testing.T) {
	tt := pairedt.TTestResult{N: 10, DF: 9, T: -4.06, P: 0.003, ConfLevel: 0.95, MeanDiff: -1.58, R: 0.795, RP: 0.006}
	a := report.Analysis{T: &tt}
	for _, c := range []struct {
		o         report.Options
		want, bad []string
	}{
		{report.Options{}, []string{"*Descriptive Statistics on Each Occasion*", "*SD*", "*p* (two-tailed)"}, []string{"Paired Samples", "Std. Deviation", "Sig. (2-tailed)", "Pair&nbsp;1"}},
		{report.Options{TableStyle: report.TableSPSS}, []string{"*Paired Samples Statistics*", "Std. Deviation", "Sig. (2-tailed)", "Pair&nbsp;1"}, []string{"Descriptive Statistics"}},
		{report.Options{Lang: report.Indonesian}, []string{"*Statistik Sampel Berpasangan*", "Simpangan Baku", "Sig. (2 sisi)"}, []string{"Statistik Deskriptif"}},
		{report.Options{Lang: report.Indonesian, TableStyle: report.TableAPA}, []string{"*Statistik Deskriptif pada Setiap Pengukuran*", "*p* (dua sisi)"}, []string{"Simpangan Baku"}},
	} {
		md := markdown(t, a, c.o)
		for _, w := range c.want {
			if !strings.Contains(md, w) {
				t.Errorf("%+v: lacks %q", c.o, w)
			}
		}
		for _, b := range c.bad {
			if strings.Contains(md, b) {
				t.Errorf("%+v: has %q", c.o, b)
			}
		}
	}
	if _, err := report.New(a, report.Options{TableStyle: 7}); err == nil {
		t.Error("TableStyle 7 accepted")
	}
}

// TestProvenanceArgs: the argument vector is printed shell-quoted in a
// code span; the alternative and the direction are in the reader's
// language.
func TestProvenanceArgs(t *testing.T) {
	tt := pairedt.TTestResult{N: 10, DF: 9, T: -4.06, P: 0.003, ConfLevel: 0.95, R: math.NaN(), RP: math.NaN()}
	a := report.Analysis{T: &tt, Provenance: report.Provenance{Command: "ignored", Args: []string{"pairedt", "report", "--title", "Hasil <b>", "it's.csv"}}}
	md := markdown(t, a, report.Options{})
	if !strings.Contains(md, "- Command: `pairedt report --title 'Hasil <b>' 'it'\\''s.csv'`\n") || strings.Contains(md, "ignored") {
		t.Errorf("command line:\n%s", md)
	}
	id := markdown(t, a, report.Options{Lang: report.Indonesian})
	for _, w := range []string{"alternatif dua sisi", "selisih Sebelum − Sesudah"} {
		if !strings.Contains(id, w) {
			t.Errorf("Indonesian provenance lacks %q:\n%s", w, id)
		}
	}
	if strings.Contains(id, "two.sided") {
		t.Errorf("Indonesian provenance says two.sided")
	}
	var h bytes.Buffer
	if err := report.HTML(&h, a, report.Options{NoCharts: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h.String(), "<code>pairedt report --title 'Hasil &lt;b&gt;' 'it'\\''s.csv'</code>") {
		t.Errorf("HTML command line not escaped in a code element")
	}
}

// TestDirection: AfterMinusBefore negates t and the mean difference and
// keeps the two-sided p (swapping x and y, pairedt.Test), and the report
// says "After − Before" while keeping each occasion's own mean in its row.
// R: t.test(extra ~ group, data = sleep, paired = TRUE) gives t = -4.0621;
// with the groups swapped t = 4.0621, p = 0.002833 both ways.
func TestDirection(t *testing.T) {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	ba, err := pairedt.AnalyzePaired(x, y, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ab, err := pairedt.AnalyzePaired(x, y, pairedt.StudyOptions{Direction: pairedt.AfterMinusBefore})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(ab.T.T-4.0621) > 5e-5 || math.Abs(ab.T.T+ba.T.T) > 1e-12 || math.Abs(ab.T.P-ba.T.P) > 1e-15 || ab.Wilcoxon.P != ba.Wilcoxon.P {
		t.Errorf("after - before: t %v p %v, before - after: t %v p %v", ab.T.T, ab.T.P, ba.T.T, ba.T.P)
	}
	if ab.Direction != pairedt.AfterMinusBefore || ab.X[0] != x[0] {
		t.Errorf("study direction %v, X[0] %v", ab.Direction, ab.X[0])
	}
	a := report.FromStudy(ab)
	a.BeforeLabel, a.AfterLabel = "Drug 1", "Drug 2"
	md := markdown(t, a, report.Options{})
	for _, w := range []string{"| Drug 2 − Drug 1 | 1.580 |", "| Drug 1 | 0.750 | 10 |", "| Drug 2 | 2.330 | 10 |", "*t*(9) = 4.06", "; differences Drug 2 − Drug 1"} {
		if !strings.Contains(md, w) {
			t.Errorf("lacks %q in\n%s", w, md)
		}
	}
	if _, err := pairedt.AnalyzePaired(x, y, pairedt.StudyOptions{Direction: 5}); err == nil {
		t.Error("Direction 5 accepted")
	}
}
