package main

import (
	"strings"
	"testing"
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
