package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestReportFormats(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCmd(t, "", "report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--out", dir,
		"--formats", "docx,tex", "--dpi", "0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files := dirState(t, dir)
	for _, n := range []string{"results.docx", "results.tex", "results-standalone.tex", "paired.pdf", "differences.pdf"} {
		if files[n] == "" {
			t.Errorf("no %s", n)
		}
	}
	for _, n := range []string{"results.md", "results.html", "paired.svg"} {
		if files[n] != "" {
			t.Errorf("%s written, but --formats docx,tex", n)
		}
	}
	if !strings.HasPrefix(files["results.docx"], "PK") || !strings.Contains(files["results.tex"], `\begin{longtable}`) {
		t.Error("results.docx is not a zip or results.tex has no table")
	}
	if code, _, stderr := runCmd(t, "", "report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--out", dir, "--formats", "rtf"); code == 0 || !strings.Contains(stderr, "rtf") {
		t.Errorf("--formats rtf: exit %d, stderr %q", code, stderr)
	}
}
