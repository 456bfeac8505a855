package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun writes the report and checks that it holds every analysis
// AnalyzePaired runs. The numbers are R 4.2.2's on datasets::sleep:
// t.test(extra[1:10], extra[11:20], paired = TRUE) gives t = -4.0621,
// df = 9, p-value = 0.002833; binom.test(0, 9) gives p-value = 0.003906.
func TestRun(t *testing.T) {
	out := t.TempDir()
	var stdout bytes.Buffer
	if err := run([]string{"-out", out}, &stdout); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "t = -4.0621, df = 9, p-value = 0.002833") {
		t.Errorf("stdout lacks R's t-test line:\n%s", stdout.String())
	}
	md, err := os.ReadFile(filepath.Join(out, "results.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"*t*(9) = −4.06", "Wilcoxon", "Sign test", "Shapiro–Wilk"} {
		if !bytes.Contains(md, []byte(want)) {
			t.Errorf("results.md lacks %q", want)
		}
	}
	for _, n := range []string{"results.html", "paired.svg", "differences.svg"} {
		if !strings.Contains(stdout.String(), filepath.Join(out, n)) {
			t.Errorf("stdout does not list %s", n)
		}
	}
	if err := run([]string{"extra"}, &bytes.Buffer{}); err == nil {
		t.Error("an extra argument is accepted")
	}
}
