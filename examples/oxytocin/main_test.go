package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun regenerates the article's section twice and checks that every
// promised file is there, that the two runs are byte-identical, and that
// the audit finds what the article's own text shows (see
// ../../testdata/oxytocin/claims.json for the line of each claim).
func TestRun(t *testing.T) {
	out1, out2 := t.TempDir(), t.TempDir()
	var stdout bytes.Buffer
	if err := run([]string{"-out", out1, "-data", "../../testdata/oxytocin", "-dpi", "30"}, &stdout); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-out", out2, "-data", "../../testdata/oxytocin", "-dpi", "30"}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	names := []string{"audit.json", "audit.txt"}
	for _, lang := range []string{"id", "en"} {
		for _, f := range []string{"results.md", "results.html", "results.docx", "results.tex", "results-standalone.tex",
			"distribution.svg", "distribution.png", "distribution.pdf", "paired.svg", "paired.png", "paired.pdf",
			"differences.svg", "differences.png", "differences.pdf"} {
			names = append(names, filepath.Join(lang, f))
		}
	}
	for _, name := range names {
		a, err := os.ReadFile(filepath.Join(out1, name))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(out2, name))
		if err != nil {
			t.Fatal(err)
		}
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s: empty or differs between two runs (%d vs %d bytes)", name, len(a), len(b))
		}
		if !strings.Contains(stdout.String(), filepath.Join(out1, name)) {
			t.Errorf("stdout does not list %s", name)
		}
	}

	audit, _ := os.ReadFile(filepath.Join(out1, "audit.json"))
	for _, want := range []string{
		`"verdict": "inconsistent"`,    // t = -28,471 from the margins; 17,4% smooth before
		`"verdict": "reporting_error"`, // p = 0,000
	} {
		if !bytes.Contains(audit, []byte(want)) {
			t.Errorf("audit.json lacks %s", want)
		}
	}
	id, _ := os.ReadFile(filepath.Join(out1, "id", "results.md"))
	for _, want := range []string{"DIREKONSTRUKSI", "Ho ditolak dan Ha diterima", "| 17 |", "| 19 |"} {
		if !bytes.Contains(id, []byte(want)) {
			t.Errorf("id/results.md lacks %q", want)
		}
	}
	en, _ := os.ReadFile(filepath.Join(out1, "en", "results.md"))
	if !bytes.Contains(en, []byte("RECONSTRUCTED")) {
		t.Errorf("en/results.md does not say the pairs are reconstructed")
	}
}

// TestRunFailureKeepsOutput checks that a run that fails (here: a claims
// file that is not JSON) leaves the previous good output untouched.
func TestRunFailureKeepsOutput(t *testing.T) {
	out := t.TempDir()
	if err := run([]string{"-out", out, "-data", "../../testdata/oxytocin", "-dpi", "30"}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(filepath.Join(out, "id", "results.html"))
	if err != nil {
		t.Fatal(err)
	}
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "claims.json"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	csv, _ := os.ReadFile("../../testdata/oxytocin/reconstructed.csv")
	if err := os.WriteFile(filepath.Join(bad, "reconstructed.csv"), csv, 0o644); err != nil {
		t.Fatal(err)
	}
	err = run([]string{"-out", out, "-data", bad}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "claims.json") {
		t.Fatalf("want an error naming claims.json, got %v", err)
	}
	after, _ := os.ReadFile(filepath.Join(out, "id", "results.html"))
	if !bytes.Equal(before, after) {
		t.Error("a failed run changed the previous output")
	}
	entries, _ := os.ReadDir(filepath.Join(out, "id"))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || strings.Contains(e.Name(), "tmp") {
			t.Errorf("left a temporary file behind: %s", e.Name())
		}
	}
}

func TestRunBadArgs(t *testing.T) {
	for _, args := range [][]string{{"extra"}, {"-dpi", "x"}, {"-data", "/nonexistent/dir"}} {
		if err := run(args, &bytes.Buffer{}); err == nil {
			t.Errorf("run(%q): want an error", args)
		}
	}
}
