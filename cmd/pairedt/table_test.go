package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// TestFormatsAgree: the same analysis from testdata/sleep.csv and from the
// PSPP- and openpyxl-written dataset/testdata/sleep.* files (R's sleep data,
// written by dataset/testdata/make.sps and make_xlsx.py) gives byte-identical
// JSON: the numbers are R's (TestAgainstR).
func TestFormatsAgree(t *testing.T) {
	for _, extra := range [][]string{{"--json"}, {"--json", "--alternative", "less", "--mu", "-1"}} {
		code, want, stderr := runCmd(t, "", append([]string{"test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2"}, extra...)...)
		if code != 0 {
			t.Fatalf("csv: exit %d: %s", code, stderr)
		}
		for _, f := range []string{"sleep.sav", "sleep-compressed.sav", "sleep.zsav", "sleep.xlsx"} {
			args := append([]string{"test", "../../dataset/testdata/" + f, "--before", "group1", "--after", "group2"}, extra...)
			code, got, stderr := runCmd(t, "", args...)
			if code != 0 || got != want {
				t.Errorf("%s %v: exit %d (%s), output differs from the CSV's:\n%s", f, extra, code, stderr, got)
			}
		}
	}
	// A sheet chosen by name and by index.
	for _, s := range []string{"sleep", "1"} {
		code, _, stderr := runCmd(t, "", "test", "../../dataset/testdata/sleep.xlsx", "--before", "group1", "--after", "group2", "--sheet", s)
		if code != 0 {
			t.Errorf("--sheet %s: exit %d: %s", s, code, stderr)
		}
	}
}

// TestOxytocinSAV: dataset/testdata/oxytocin.sav (the article's data as
// PSPP wrote it, value labels 1..3) needs no --levels and gives the same
// freq output as testdata/oxytocin/reconstructed.csv with --levels (whose
// numbers TestFreqAgainstR checks against R): identical JSON, and text
// identical but for the two variable names.
func TestOxytocinSAV(t *testing.T) {
	csvArgs := []string{"freq", "../../testdata/oxytocin/reconstructed.csv", "--before", "before", "--after", "after",
		"--levels", "ASI belum keluar,ASI keluar namun belum lancar,ASI keluar lancar"}
	savArgs := []string{"freq", "../../dataset/testdata/oxytocin.sav", "--before", "sebelum", "--after", "sesudah"}
	for _, json := range []bool{true, false} {
		a, b := csvArgs, savArgs
		if json {
			a, b = append(a, "--json"), append(b, "--json")
		}
		c1, want, e1 := runCmd(t, "", a...)
		c2, got, e2 := runCmd(t, "", b...)
		if c1 != 0 || c2 != 0 {
			t.Fatalf("exit %d, %d: %s %s", c1, c2, e1, e2)
		}
		if !json {
			got = strings.NewReplacer("Before: sebelum\n", "Before: before\n", "After: sesudah\n", "After: after\n").Replace(got)
		}
		if got != want {
			t.Errorf("json %v: .sav output differs from the CSV's:\n%s\nwant:\n%s", json, got, want)
		}
	}
}

// TestTestAll: test --all gives R's wilcox.test(x, y, paired = TRUE),
// binom.test(#positive, #non-zero) and shapiro.test(x - y) (R 4.2.2,
// testdata/r/cli_items.R) on MASS::shoes and on sleep, read from CSV and
// from .sav alike; the t-test is the one test prints.
func TestTestAll(t *testing.T) {
	cases := []struct {
		args []string
		want [6]float64 // V, p, sign p, W, p, t
	}{
		{[]string{"testdata/shoes.csv", "--before", "A", "--after", "B"},
			[6]float64{3, 0.014305878435429633, 0.10937499999999994, 0.96132402763196512, 0.80085909432633762, -3.3488765362215762}},
		{[]string{"testdata/sleep.csv", "--before", "drug1", "--after", "drug2"},
			[6]float64{0, 0.0090906980159250559, 0.00390625, 0.829871331928794809, 0.033341608630308141, -4.0621276833820366}},
		{[]string{"../../dataset/testdata/sleep.sav", "--before", "group1", "--after", "group2"},
			[6]float64{0, 0.0090906980159250559, 0.00390625, 0.829871331928794809, 0.033341608630308141, -4.0621276833820366}},
	}
	for _, tc := range cases {
		code, out, stderr := runCmd(t, "", append(append([]string{"test"}, tc.args...), "--all", "--json")...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, stderr)
		}
		var r allJSON
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		if r.Wilcoxon == nil || r.SignTest == nil || r.ShapiroWilk == nil || r.TTest == nil {
			t.Fatalf("%v: a test is missing: %s", tc.args, out)
		}
		got := [6]float64{r.Wilcoxon.V, r.Wilcoxon.P, r.SignTest.P, r.ShapiroWilk.W, r.ShapiroWilk.P, r.TTest.T}
		for i := range got {
			if !scalar.EqualWithinAbsOrRel(got[i], tc.want[i], 1e-13, 1e-9) {
				t.Errorf("%v: value %d = %.17g, want %.17g (R)", tc.args, i, got[i], tc.want[i])
			}
		}
		// The t-test agrees with test's own streamed result (to the last
		// few bits: the Accumulator sums in one pass, AnalyzePaired in two).
		_, plain, _ := runCmd(t, "", append(append([]string{"test"}, tc.args...), "--json")...)
		var streamed map[string]any
		all, _ := json.Marshal(r.TTest)
		var batch map[string]any
		if json.Unmarshal([]byte(plain), &streamed) != nil || json.Unmarshal(all, &batch) != nil {
			t.Fatal("bad JSON")
		}
		// The Bayes factor is the t-test's in test --json, its own object
		// in test --all --json.
		if r.Bayes == nil || !scalar.EqualWithinRel(r.Bayes.BF10, streamed["bf10"].(float64), 1e-12) {
			t.Errorf("%v: --all bayes %+v, streamed bf10 %v", tc.args, r.Bayes, streamed["bf10"])
		}
		delete(streamed, "bf10")
		delete(streamed, "bf01")
		delete(streamed, "bf_prior_r")
		for k, v := range streamed {
			a, ok1 := v.(float64)
			b, ok2 := batch[k].(float64)
			if ok1 != ok2 || (ok1 && !scalar.EqualWithinAbsOrRel(a, b, 1e-14, 1e-12)) {
				t.Errorf("%v: %s = %v streamed, %v with --all", tc.args, k, v, batch[k])
			}
		}
	}
}

// TestWhereDirection: --where Treat=CBT --direction after-before analyses
// one group of MASS::anorexia as d = Postwt - Prewt. R 4.2.2 (testdata/r/
// cli_items.R): cbt <- subset(anorexia, Treat == "CBT");
// t.test(cbt$Postwt, cbt$Prewt, paired = TRUE): t = 2.215587843931166,
// p = 0.035022597562188812, mean difference 3.006896551724138;
// wilcox.test(cbt$Postwt, cbt$Prewt, paired = TRUE, exact = FALSE):
// V = 303.5, p = 0.064465639344370579.
func TestWhereDirection(t *testing.T) {
	code, out, stderr := runCmd(t, "", "test", "testdata/anorexia.csv", "--before", "Prewt", "--after", "Postwt",
		"--where", "Treat=CBT", "--direction", "after-before", "--all", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r allJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Direction != "after-before" {
		t.Errorf("direction %q", r.Direction)
	}
	got := []float64{r.TTest.T, r.TTest.P, r.TTest.MeanDiff, r.Wilcoxon.V, r.Wilcoxon.P, float64(r.N)}
	want := []float64{2.215587843931166, 0.035022597562188812, 3.006896551724138, 303.5, 0.064465639344370579, 29}
	for i := range got {
		if !scalar.EqualWithinAbsOrRel(got[i], want[i], 1e-13, 1e-9) {
			t.Errorf("value %d = %.17g, want %.17g (R)", i, got[i], want[i])
		}
	}
	if !strings.Contains(stderr, `29 of 72 rows have Treat = "CBT" (--where)`) {
		t.Errorf("stderr %q", stderr)
	}
	// freq: the tables keep time order, the tests are reversed.
	args := []string{"freq", "testdata/likert.csv", "--before", "pre", "--after", "post", "--levels", "none,some,a lot,all", "--json"}
	_, fwd, _ := runCmd(t, "", args...)
	_, rev, _ := runCmd(t, "", append(args, "--direction", "after-before")...)
	var f, b freqJSON
	if json.Unmarshal([]byte(fwd), &f) != nil || json.Unmarshal([]byte(rev), &b) != nil {
		t.Fatal("bad JSON")
	}
	if f.Before.N != b.Before.N || f.Crosstab.N != b.Crosstab.N || b.TTest.T != -f.TTest.T ||
		b.SignTest.Positive != f.SignTest.Negative || b.Wilcoxon.P != f.Wilcoxon.P {
		t.Errorf("reversed freq: t %v vs %v, sign +%d vs -%d", b.TTest.T, f.TTest.T, b.SignTest.Positive, f.SignTest.Negative)
	}
	// Bad values.
	for _, a := range [][]string{{"--where", "Treat"}, {"--where", "Treat=XYZ"}, {"--where", "Nope=1"}, {"--direction", "up"}} {
		code, _, stderr := runCmd(t, "", append([]string{"test", "testdata/anorexia.csv", "--before", "Prewt", "--after", "Postwt"}, a...)...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, %s", a, code, stderr)
		}
	}
	// A labelled SPSS code matches its value label, as SPSS's SELECT IF
	// on the label would.
	code, _, stderr = runCmd(t, "", "freq", "../../dataset/testdata/oxytocin.sav", "--before", "sebelum", "--after", "sesudah",
		"--where", "sebelum=ASI belum keluar")
	if code != 0 || !strings.Contains(stderr, "17 of 23 rows") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	// A string variable's value label too (features.sav: P = "Perempuan",
	// cases 2 and 4, each with a missing value (berat system-missing, skor
	// 8 user-missing): both pairs are dropped).
	code, _, stderr = runCmd(t, "", "test", "../../dataset/testdata/features.sav", "--before", "berat", "--after", "skor",
		"--where", "jenis=Perempuan")
	if code != exitAnalysis || !strings.Contains(stderr, "0 complete differences (2 dropped") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestReportProvenanceFlags: --where and --direction are in the report's
// provenance command (issue 10, item 11).
func TestReportProvenanceFlags(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCmd(t, "", "report", "testdata/anorexia.csv", "--before", "Prewt", "--after", "Postwt",
		"--where", "Treat=CBT", "--direction", "after-before", "--out", dir, "--no-charts")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md, err := os.ReadFile(filepath.Join(dir, "results.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--where Treat=CBT", "--direction after-before"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("results.md lacks %q", want)
		}
	}
}

// TestSAVMissing: dataset/testdata/features.sav (make.sps) declares
// berat's case 2 system-missing and umur's 99 and LO THRU 17 user-missing:
// three pairs are dropped and counted, leaving berat 3.25, 3, 3.5 and umur
// 25, 45, 30; R 4.2.2: t.test(c(3.25, 3, 3.5), c(25, 45, 30), paired =
// TRUE)$statistic = -4.9203388449248173 (testdata/r/cli_items.R).
func TestSAVMissing(t *testing.T) {
	code, out, stderr := runCmd(t, "", "test", "../../dataset/testdata/features.sav", "--before", "berat", "--after", "umur", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		N, Dropped int
		T          float64
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.N != 3 || r.Dropped != 3 || !scalar.EqualWithinRel(r.T, -4.9203388449248173, 1e-12) {
		t.Errorf("n %d, dropped %d, t %v", r.N, r.Dropped, r.T)
	}
	// skor's labels are the levels; nilai's -5 has none: an unknown level
	// named by file, case, variable and value.
	code, _, stderr = runCmd(t, "", "freq", "../../dataset/testdata/features.sav", "--before", "skor", "--after", "nilai")
	if want := `features.sav: case 4, column "nilai" (field 5): found "-5": pairedt: unknown level (levels: 1 = "Rendah", 2 = "Sedang", 3 = "Tinggi")`; code != exitUsage || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr %q, want %q", code, stderr, want)
	}
}
