package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// TestFreqAgainstR runs `pairedt freq --json` on files that R reads itself
// (testdata/r/cli_freq.R records every call).
func TestFreqAgainstR(t *testing.T) {
	b, err := os.ReadFile("testdata/r/cli_freq.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []struct {
			Name, Args    string
			BeforeCounts  []int     `json:"before_counts"`
			AfterCounts   []int     `json:"after_counts"`
			BeforeMissing int       `json:"before_missing"`
			AfterMiss     int       `json:"after_missing"`
			NPairs        int       `json:"n_pairs"`
			Crosstab      []int     `json:"crosstab"`
			Bowker        []float64 `json:"bowker"`
			StuartMaxwell []float64 `json:"stuart_maxwell"`
			SignTest      []float64 `json:"sign_test"`
			Wilcoxon      []float64 `json:"wilcoxon"`
			TTest         []float64 `json:"t_test"`
		}
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	for _, c := range ref.Cases {
		t.Run(filepath.Base(c.Name), func(t *testing.T) {
			args := append([]string{"freq", c.Name, "--json"}, splitArgs(c.Args)...)
			code, out, stderr := runCmd(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var got map[string]json.RawMessage
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			var keys []string
			for k := range got {
				keys = append(keys, k)
			}
			want := "after before bowker crosstab levels n_pairs sign_test stuart_maxwell t_test undefined wilcoxon"
			if strings.Join(sortStrings(keys), " ") != want {
				t.Errorf("keys %q, want exactly %q", sortStrings(keys), want)
			}
			var r freqJSON
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatal(err)
			}
			eqInts := func(what string, g, w []int) {
				if len(g) != len(w) {
					t.Errorf("%s = %v, R %v", what, g, w)
					return
				}
				for i := range g {
					if g[i] != w[i] {
						t.Errorf("%s = %v, R %v", what, g, w)
						return
					}
				}
			}
			eqInts("before counts", r.Before.Counts, c.BeforeCounts)
			eqInts("after counts", r.After.Counts, c.AfterCounts)
			if r.Before.NMissing != c.BeforeMissing || r.After.NMissing != c.AfterMiss || r.NPairs != c.NPairs {
				t.Errorf("missing %d/%d pairs %d, R %d/%d %d", r.Before.NMissing, r.After.NMissing, r.NPairs, c.BeforeMissing, c.AfterMiss, c.NPairs)
			}
			var flat []int
			for _, row := range r.Crosstab.Counts {
				flat = append(flat, row...)
			}
			eqInts("crosstab", flat, c.Crosstab)
			near := func(what string, g, w float64) {
				if !scalar.EqualWithinAbsOrRel(g, w, 1e-300, 1e-10) {
					t.Errorf("%s = %.17g, R %.17g", what, g, w)
				}
			}
			if r.Bowker == nil || r.StuartMaxwell == nil || r.SignTest == nil || r.Wilcoxon == nil || r.TTest == nil {
				t.Fatalf("a test is missing: %s", out)
			}
			near("bowker statistic", r.Bowker.Statistic, c.Bowker[0])
			near("bowker df", r.Bowker.DF, c.Bowker[1])
			near("bowker p", r.Bowker.P, c.Bowker[2])
			near("stuart-maxwell statistic", r.StuartMaxwell.Statistic, c.StuartMaxwell[0])
			near("stuart-maxwell df", r.StuartMaxwell.DF, c.StuartMaxwell[1])
			near("stuart-maxwell p", r.StuartMaxwell.P, c.StuartMaxwell[2])
			near("sign statistic", r.SignTest.Statistic, c.SignTest[0])
			near("sign p", r.SignTest.P, c.SignTest[1])
			near("wilcoxon V", r.Wilcoxon.V, c.Wilcoxon[0])
			near("wilcoxon p", r.Wilcoxon.P, c.Wilcoxon[1])
			near("t", r.TTest.T, c.TTest[0])
			near("df", r.TTest.DF, c.TTest[1])
			near("t-test p", r.TTest.P, c.TTest[2])
		})
	}
}

func sortStrings(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}

// TestFreqText: the t-test line's p is R 4.2.2's, from the labels and
// codes mapped to 1..4 (other cells NA):
//
//	d <- read.csv2("testdata/likert.csv", colClasses = "character", na.strings = character(0))
//	lv <- c("none", "some", "a lot", "all")
//	f <- function(v) { r <- match(v, lv); i <- suppressWarnings(as.integer(v)); r[is.na(r)] <- i[is.na(r)]; r }
//	t.test(f(d$pre), f(d$post), paired = TRUE)  # t = -3.0423, df = 29, p-value = 0.004948 (30 pairs)
func TestFreqText(t *testing.T) {
	code, out, stderr := runCmd(t, "", "freq", "testdata/likert.csv", "--before", "pre", "--after", "post",
		"--levels", "none,some,a lot,all")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Before: pre", "Cumulative Percent", "Cross table", "Bowker symmetry", "Stuart-Maxwell",
		"Sign test", "Wilcoxon signed-rank", "t-test on the scores", "p-value = 0.004948"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestFreqLongAndCodes: long format, numeric codes inferred as levels, and
// custom codes give the same tables.
func TestFreqLongAndCodes(t *testing.T) {
	long := "id,when,v\na,pre,1\nb,pre,1\nc,pre,2\na,post,3\nb,post,2\nc,post,3\nd,pre,1\nd,post,1\n"
	code, out, stderr := runCmd(t, long, "freq", "-", "--id", "id", "--time", "when", "--value", "v", "--before", "pre", "--after", "post", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r freqJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if strings.Join(r.Levels, ",") != "1,2,3" || r.NPairs != 4 || r.Crosstab.Counts[0][2] != 1 || r.Crosstab.Counts[0][1] != 1 {
		t.Errorf("levels %q, n %d, crosstab %v", r.Levels, r.NPairs, r.Crosstab.Counts)
	}
	coded := "pre,post\nlow,x\ny,high\nz,z\n"
	code, out, stderr = runCmd(t, coded, "freq", "-", "--before", "pre", "--after", "post", "--levels", "low,mid,high", "--codes", "x,y,z", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Before.Counts[0] != 1 || r.Before.Counts[1] != 1 || r.Before.Counts[2] != 1 || r.After.Counts[0] != 1 || r.After.Counts[2] != 2 {
		t.Errorf("before %v after %v", r.Before.Counts, r.After.Counts)
	}
}

// TestFreqPartialFailure: a test these data do not define is null in the
// JSON and listed under "undefined" with its reason; the tables and the
// other tests are printed and the exit status is 0.
func TestFreqPartialFailure(t *testing.T) {
	// Everybody moves up exactly one level: the t-test on scores has
	// constant differences.
	data := "pre,post\n1,2\n1,2\n2,3\n"
	code, out, stderr := runCmd(t, data, "freq", "-", "--before", "pre", "--after", "post", "--levels", "1,2,3", "--json")
	if code != 0 || stderr != "" || !strings.Contains(out, `"t_test": null`) || !strings.Contains(out, `"test": "t_test"`) ||
		!strings.Contains(out, "essentially constant") || !strings.Contains(out, `"bowker": {`) {
		t.Errorf("exit %d\nstderr %s\nout %s", code, stderr, out)
	}
}

// TestFreqKeepsValues: freq without --levels and with numeric --levels
// scores numbers by their values (issue 10, item 5). Codes {1,2,4} in
// testdata/codes124.csv: R 4.2.2, d <- read.csv("testdata/codes124.csv");
// t.test(d$pre, d$post, paired = TRUE)$statistic = -2.9054879908745588
// (testdata/r/cli_items.R); scored 1..3 it would be -2.688774478590815.
func TestFreqKeepsValues(t *testing.T) {
	const wantT = -2.9054879908745588
	for _, extra := range [][]string{nil, {"--levels", "1,2,4"}, {"--levels", "1,2,4", "--scores", "1,2,4"}} {
		args := append([]string{"freq", "testdata/codes124.csv", "--before", "pre", "--after", "post", "--json"}, extra...)
		code, out, stderr := runCmd(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", extra, code, stderr)
		}
		var r freqJSON
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		if r.TTest == nil || !scalar.EqualWithinRel(r.TTest.T, wantT, 1e-12) {
			t.Errorf("%v: t = %v, want %v (R t.test)", extra, r.TTest, wantT)
		}
	}
	// Scores 1..3 given explicitly give R's t.test on the ranks of the codes.
	code, out, _ := runCmd(t, "", "freq", "testdata/codes124.csv", "--before", "pre", "--after", "post", "--scores", "1,2,3", "--json")
	var r freqJSON
	if code != 0 || json.Unmarshal([]byte(out), &r) != nil || !scalar.EqualWithinRel(r.TTest.T, -2.688774478590815, 1e-12) {
		t.Errorf("--scores 1,2,3: exit %d, t = %v, want -2.688774478590815", code, r.TTest)
	}
}

// TestFreqContinuous: MASS::shoes (testdata/shoes.csv, written by
// testdata/r/cli_items.R) holds measurements: freq refuses them and names
// pairedt test, where R's t.test(shoes$A, shoes$B, paired = TRUE) gives
// t = -3.3488765362215762 (checked in TestTestAll).
func TestFreqContinuous(t *testing.T) {
	code, out, stderr := runCmd(t, "", "freq", "testdata/shoes.csv", "--before", "A", "--after", "B")
	if code != exitUsage || out != "" || !strings.Contains(stderr, "not a category") || !strings.Contains(stderr, "pairedt test") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	// Many distinct whole numbers: a note on standard error, results all the same.
	var b strings.Builder
	b.WriteString("pre,post\n")
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&b, "%d,%d\n", i, i+1+i%3)
	}
	code, out, stderr = runCmd(t, b.String(), "freq", "-", "--before", "pre", "--after", "post")
	if code != 0 || out == "" || !strings.Contains(stderr, "distinct values") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestFreqMcNemar: a two-level outcome gets McNemar's tests in freq --json
// (and no Bowker or Stuart-Maxwell). testdata/mcnemar.csv is the 2 x 2 table
// [[10, 17], [8, 15]] (before x after); R 4.2.2 (testdata/r/cli_mcnemar.R):
// mcnemar.test(matrix(c(10, 8, 17, 15), 2)): X-squared = 2.56, df = 1,
// p = 0.10959858339911599; mcnemar.test(..., correct = FALSE): 3.24,
// p = 0.071860638225851869; binom.test(8, 25): p = 0.10775214433670058.
func TestFreqMcNemar(t *testing.T) {
	code, out, stderr := runCmd(t, "", "freq", "testdata/mcnemar.csv", "--before", "pre", "--after", "post", "--levels", "no,yes", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r freqJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	mc, mu, me := r.McNemarCorrected.V, r.McNemar.V, r.McNemarExact.V
	if mc == nil || mu == nil || me == nil {
		t.Fatalf("McNemar missing: %s", out)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"corrected statistic", mc.Statistic, 2.56},
		{"corrected df", mc.DF, 1},
		{"corrected p", mc.P, 0.10959858339911599},
		{"uncorrected statistic", mu.Statistic, 3.24},
		{"uncorrected p", mu.P, 0.071860638225851869},
		{"exact p", me.P, 0.10775214433670058},
	} {
		if !scalar.EqualWithinAbsOrRel(c.got, c.want, 1e-13, 1e-9) {
			t.Errorf("%s = %.17g, want %.17g (R)", c.name, c.got, c.want)
		}
	}
	if me.B != 17 || me.C != 8 || me.Trials != 25 || r.NPairs != 50 {
		t.Errorf("b %d, c %d, trials %d, n %d", me.B, me.C, me.Trials, r.NPairs)
	}
	if r.Bowker != nil || r.StuartMaxwell != nil {
		t.Errorf("Bowker or Stuart-Maxwell on a 2 x 2 table: %v %v", r.Bowker, r.StuartMaxwell)
	}
	for _, k := range []string{`"mcnemar_corrected": {`, `"mcnemar": {`, `"mcnemar_exact": {`} {
		if !strings.Contains(out, k) {
			t.Errorf("no %s", k)
		}
	}
	// Three or more levels: no McNemar key (the output is as before).
	_, out, _ = runCmd(t, "", "freq", "testdata/likert.csv", "--before", "pre", "--after", "post", "--levels", "none,some,a lot,all", "--json")
	if strings.Contains(out, "mcnemar") {
		t.Errorf("McNemar key with four levels:\n%s", out)
	}
}
