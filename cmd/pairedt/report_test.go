package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"gonum.org/v1/gonum/floats/scalar"
)

func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range es {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = string(b)
	}
	return m
}

func TestReport(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	code, out, stderr := runCmd(t, "", "report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--lang", "en", "--out", dir, "--dpi", "40")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files := dirState(t, dir)
	for _, n := range []string{"results.md", "results.html", "paired.svg", "paired.png", "differences.svg", "differences.png"} {
		if files[n] == "" {
			t.Errorf("no %s", n)
		}
		if !strings.Contains(out, filepath.Join(dir, n)) {
			t.Errorf("stdout does not list %s", n)
		}
	}
	md := files["results.md"]
	if !strings.Contains(md, "*t*(9) = −4.06") || !strings.Contains(md, "*p* = .003") {
		t.Errorf("results.md lacks the sleep t-test:\n%s", md)
	}
	if !strings.Contains(files["results.html"], "<svg") {
		t.Error("results.html has no inline SVG")
	}
	// Same input, same bytes.
	dir2 := filepath.Join(t.TempDir(), "out")
	runCmd(t, "", "report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--lang", "en", "--out", dir2, "--dpi", "40")
	again := dirState(t, dir2)
	// The output directory is left out of the provenance footer, so every
	// file is byte-identical although the two runs wrote to different places.
	for n, b := range files {
		if again[n] != b {
			t.Errorf("%s differs between runs", n)
		}
	}
	if strings.Contains(md, dir) {
		t.Errorf("results.md names the output directory %s", dir)
	}

	// Indonesian, categories, decimal comma in the text.
	dir3 := filepath.Join(t.TempDir(), "hasil")
	code, _, stderr = runCmd(t, "", "report", "testdata/likert.csv", "--before", "pre", "--after", "post",
		"--levels", "none,some,a lot,all", "--lang", "id", "--out", dir3, "--dpi", "0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	id := dirState(t, dir3)
	if id["distribution.svg"] == "" || id["distribution.png"] != "" || !strings.Contains(id["results.md"], "Tabel") {
		t.Errorf("Indonesian categorical report: files %d", len(id))
	}
}

// TestReportAtomic: a failed report leaves a previous one untouched and no
// temporary files.
func TestReportAtomic(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	args := []string{"report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--out", dir, "--dpi", "0"}
	if code, _, stderr := runCmd(t, "", args...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	before := dirState(t, dir)
	failing := [][]string{
		{"report", "-", "--before", "a", "--after", "b", "--out", dir},                 // constant differences: exit 1
		{"report", "-", "--before", "a", "--after", "c", "--out", dir},                 // missing column
		{"report", "-", "--before", "a", "--after", "b", "--out", dir, "--lang", "fr"}, // usage
		{"report", "-", "--before", "a", "--after", "b", "--out", dir, "--claims", "/nonexistent.json"},
	}
	for _, a := range failing {
		code, out, _ := runCmd(t, "a,b\n1,2\n2,3\n5,6\n", a...)
		if code == 0 || out != "" {
			t.Errorf("%q: exit %d, out %q", a, code, out)
		}
		after := dirState(t, dir)
		if len(after) != len(before) {
			t.Errorf("%q: files %d, want %d", a, len(after), len(before))
		}
		for n, b := range before {
			if after[n] != b {
				t.Errorf("%q changed %s", a, n)
			}
		}
	}
	if err := cmdErr("a,b\n1,2\n2,3\n5,6\n", failing[0]...); !errors.Is(err, pairedt.ErrConstant) {
		t.Errorf("error %v", err)
	}
}

func TestReportUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		frag string
	}{
		{[]string{"report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2"}, "--out DIR is required"},
		{[]string{"report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--out", "x", "--dpi", "-1"}, "--dpi"},
		{[]string{"report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--out", "x", "--alpha", "0"}, "--alpha"},
		{[]string{"report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--out", "x", "--decimals", "99"}, "--decimals"},
	} {
		code, _, stderr := runCmd(t, "", tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.frag) {
			t.Errorf("%q: exit %d %q", tc.args, code, stderr)
		}
	}
}

// TestReportProvenanceArgs: the provenance footer gives the command line
// as typed (program name "pairedt" first, the --out value written as DIR) in
// report.Provenance.Args, which the report prints quoted for a POSIX
// shell: a level label with a space and a quote (it's ok) comes back as
// one argument when a shell reads the line.
func TestReportProvenanceArgs(t *testing.T) {
	dir := t.TempDir()
	csv := "pre,post\nlow,it's ok\nit's ok,high\nlow,high\nhigh,it's ok\nlow,it's ok\nit's ok,high\n"
	args := []string{"report", "-", "--before", "pre", "--after", "post", "--levels", "low,it's ok,high", "--out", dir, "--no-charts"}
	code, _, stderr := runCmd(t, csv, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md, err := os.ReadFile(filepath.Join(dir, "results.md"))
	if err != nil {
		t.Fatal(err)
	}
	const want = `pairedt report - --before pre --after post --levels 'low,it'\''s ok,high' --out DIR --no-charts`
	if !strings.Contains(string(md), "`"+want+"`") {
		t.Fatalf("results.md lacks the command %s:\n%s", want, md)
	}
	if strings.Contains(string(md), dir) {
		t.Errorf("results.md names the output directory %s", dir)
	}
	html, err := os.ReadFile(filepath.Join(dir, "results.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "<code>"+want+"</code>") {
		t.Errorf("results.html lacks the command %s", want)
	}
	// A POSIX shell reads the line back as the argument vector typed.
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	out, err := exec.Command(sh, "-c", "set -- "+want+"; printf '%s\\n' \"$@\"").Output()
	if err != nil {
		t.Fatal(err)
	}
	typed := append([]string{"pairedt"}, outAsDIR(args)...)
	if got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n"); !slices.Equal(got, typed) {
		t.Errorf("sh reads %q, want %q", got, typed)
	}
}

// TestReportDirection: with --direction after-before the study takes the
// direction (pairedt.StudyOptions.Direction), so report's tables keep the
// occasions in time order (Before, then After) while the difference is
// After − Before: R 4.2.2, cbt <- subset(MASS::anorexia, Treat == "CBT");
// t.test(cbt$Postwt, cbt$Prewt, paired = TRUE): t(28) = 2.22, p = .035,
// mean difference 3.01 (testdata/r/cli_items.R).
func TestReportDirection(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCmd(t, "", "report", "testdata/anorexia.csv", "--before", "Prewt", "--after", "Postwt",
		"--where", "Treat=CBT", "--direction", "after-before", "--out", dir, "--no-charts")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(dir, "results.md"))
	if err != nil {
		t.Fatal(err)
	}
	md := string(b)
	for _, want := range []string{"| After − Before | 3.007 |", "| Before & After | 29 |", "*t*(28) = 2.22", "*p* = .035",
		"between Before (*M* = 82.69, *SD* = 4.85) and After (*M* = 85.70, *SD* = 8.35)", "differences After − Before"} {
		if !strings.Contains(md, want) {
			t.Errorf("results.md lacks %q:\n%s", want, md)
		}
	}
	if i, j := strings.Index(md, "| Before | 82.69"), strings.Index(md, "| After | 85.69"); i < 0 || j < i {
		t.Errorf("the descriptives are not in time order (Before at %d, After at %d)", i, j)
	}
}

// TestTestDirectionStreamed: the streaming t-test swaps the columns for
// --direction after-before, test --all passes the direction to the
// library; both give the same t-test, in wide and long format (sleep:
// t.test(drug2, drug1, paired = TRUE) t = 4.062127683382037).
func TestTestDirectionStreamed(t *testing.T) {
	for _, args := range [][]string{
		{"testdata/sleep.csv", "--before", "drug1", "--after", "drug2"},
		{"testdata/sleep_long.csv", "--id", "id", "--time", "time", "--value", "hours", "--before", "pre", "--after", "post"},
	} {
		base := append(append([]string{"test"}, args...), "--direction", "after-before")
		_, streamed, _ := runCmd(t, "", base...)
		code, all, stderr := runCmd(t, "", append(base, "--all")...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		if !strings.HasPrefix(all, streamed) {
			t.Errorf("%v: test --all does not start with the streamed t-test:\n%s\n---\n%s", args, streamed, all)
		}
		if !strings.Contains(streamed, "t = 4.0621") || !strings.Contains(streamed, "direction: d = after - before") {
			t.Errorf("%v:\n%s", args, streamed)
		}
		_, js, _ := runCmd(t, "", append(base, "--all", "--json")...)
		var r allJSON
		if err := json.Unmarshal([]byte(js), &r); err != nil {
			t.Fatal(err)
		}
		if r.Direction != "after-before" || !scalar.EqualWithinRel(r.TTest.T, 4.062127683382037, 1e-12) {
			t.Errorf("%v: direction %q, t %v", args, r.Direction, r.TTest.T)
		}
	}
}

// TestReportBayesSensitivity: --bayes, --sensitivity and --table-style
// reach the report. The numbers are the library's, checked elsewhere
// against mpmath (BF10 = 17.2588802677739 for sleep, testdata/r/
// bayes_mpmath.json) and pwr 1.3.0 (pwr.t.test(n = 10, power = 0.8,
// type = "paired") gives d = 0.996, printed 1.00).
func TestReportBayesSensitivity(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCmd(t, "", "report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2",
		"--out", dir, "--dpi", "0", "--bayes", "--sensitivity", "--table-style", "spss")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md, err := os.ReadFile(filepath.Join(dir, "results.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"BF<sub>10</sub> = 17.26", "power to detect |*d*<sub>z</sub>| ≥ 1.00", "*Paired Samples Test*"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("results.md lacks %q", want)
		}
	}
	for _, bad := range [][]string{{"--table-style", "fancy"}, {"--r", "-1"}} {
		args := append([]string{"report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--out", t.TempDir()}, bad...)
		if code, _, _ := runCmd(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", bad, code, exitUsage)
		}
	}
}
