package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSameVerdictExtremeRange: test, test --all and report agree on data
// whose x and y are near 1e300 while the differences are tiny (issue 11
// item 9). Rows 1e300,1e300 / -1e300,-1e300 / 1e-300,2e-300: d = 0, 0,
// -1e-300; t = -1, df = 2, p = 1 - 1/sqrt(3) = 0.4226 (mpmath 1.3, see
// pairedt's TestDiffScaledApart). test used to exit 2 ("sums of squares
// overflow") and report 1 ("all 3 differences equal mu = 0").
func TestSameVerdictExtremeRange(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "r.csv")
	if err := os.WriteFile(in, []byte("x,y\n1e300,1e300\n-1e300,-1e300\n1e-300,2e-300\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"test", in}, {"test", "--all", in}} {
		code, out, errOut := runCmd(t, "", append(args, "--before", "x", "--after", "y")...)
		if code != 0 || !strings.Contains(out, "t = -1, df = 2, p-value = 0.4226") {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, errOut)
		}
	}
	code, out, errOut := runCmd(t, "", "report", in, "--before", "x", "--after", "y", "--out", filepath.Join(dir, "rep"))
	md, _ := os.ReadFile(filepath.Join(dir, "rep", "results.md"))
	if code != 0 || !strings.Contains(string(md), "*p* = .423") || strings.Contains(string(md), "equal mu") {
		t.Errorf("report: exit %d\n%s%s\n%s", code, out, errOut, md)
	}
	// From standard input the streaming test cannot read twice: it says so.
	code, _, errOut = runCmd(t, "x,y\n1e300,1e300\n-1e300,-1e300\n1e-300,2e-300\n", "test", "-", "--before", "x", "--after", "y")
	if code != 2 || !strings.Contains(errOut, "use test --all or report") {
		t.Errorf("stdin: exit %d: %s", code, errOut)
	}
	code, out, _ = runCmd(t, "x,y\n1e300,1e300\n-1e300,-1e300\n1e-300,2e-300\n", "test", "-", "--all", "--before", "x", "--after", "y")
	if code != 0 || !strings.Contains(out, "t = -1, df = 2, p-value = 0.4226") {
		t.Errorf("stdin --all: exit %d\n%s", code, out)
	}
}

// TestUnderflowNote: a number read as 0 because it is below the float64
// range warns with its line and column; one beyond the range is an error
// with its line and column (issue 11 item 9).
func TestUnderflowNote(t *testing.T) {
	csv := "x,y\n1,2\n1e-400,3\n2,5\n"
	for _, args := range [][]string{{"test", "-"}, {"test", "--all", "-"}} {
		code, _, errOut := runCmd(t, csv, append(args, "--before", "x", "--after", "y")...)
		if code != 0 || !strings.Contains(errOut, `note: 1 number(s) below the float64 range (about 4.9e-324) read as 0, the first: stdin: line 3, column "x" (field 1): found "1e-400"`) {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
	}
	code, _, errOut := runCmd(t, "x,y\n1,2\n0.000e-400,3\n2,5\n", "test", "-", "--before", "x", "--after", "y")
	if code != 0 || strings.Contains(errOut, "note") {
		t.Errorf("a zero written with an exponent: exit %d: %s", code, errOut)
	}
	code, _, errOut = runCmd(t, "x,y\n1,2\n2,1e400\n2,5\n", "report", "-", "--before", "x", "--after", "y", "--out", t.TempDir())
	if code == 0 || !strings.Contains(errOut, `line 3, column "y" (field 2): found "1e400": number out of range`) {
		t.Errorf("1e400: exit %d: %s", code, errOut)
	}
}

// TestDifferenceOutOfRange: a difference beyond float64's range (1e308 -
// (-1e308)) is the same error, naming line and column, for test, test
// --all and report (issue 11 item 9).
func TestDifferenceOutOfRange(t *testing.T) {
	const want = `stdin: line 2, column "y" (field 2): found "-1e308": number out of range (the difference 1e+308 - (-1e+308) is beyond ±1.8e308, the float64 range)`
	csv := "x,y\n1e308,-1e308\n1,2\n3,1\n"
	for _, args := range [][]string{{"test", "-"}, {"test", "--all", "-"}, {"report", "-", "--out", t.TempDir()}} {
		code, _, errOut := runCmd(t, csv, append(args, "--before", "x", "--after", "y")...)
		if code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
	}
}
