package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// knitGoldenCases are the knit scenarios whose output users read; the
// manuscripts are in testdata/knit (sleep.csv there is a copy of
// testdata/sleep.csv, TestKnitDataCopies) and ../../examples.
var knitGoldenCases = []goldenCase{
	{name: "knit-help", args: "knit -h"},
	{name: "knit-sleep", args: "knit ../../examples/sleep/manuscript-en.md --out $OUT --strict"},
	{name: "knit-oxytocin", args: "knit ../../examples/oxytocin/manuscript-id.md --out $OUT --formats md,html,docx,tex --dpi 0"},
	{name: "knit-errors", args: "knit testdata/knit/errors.md --out $OUT", code: exitUsage},
	{name: "knit-bad-header", args: "knit testdata/knit/badheader.md --out $OUT", code: exitUsage},
	{name: "knit-lint", args: "knit testdata/knit/lint.md --out $OUT"},
	{name: "knit-lint-strict", args: "knit testdata/knit/lint.md --out $OUT --strict", code: exitUsage},
	{name: "knit-no-file", args: "knit testdata/knit/none.md --out $OUT", code: exitUsage},
	{name: "knit-no-out", args: "knit testdata/knit/lint.md", code: exitUsage},
	{name: "knit-bad-formats", args: "knit testdata/knit/lint.md --out $OUT --formats pdf", code: exitUsage},
	{name: "knit-two", args: "knit a.md b.md --out $OUT", code: exitUsage},
}

// TestKnitGolden runs each knit scenario and compares its output with
// testdata/NAME.stdout and .stderr (-update rewrites them). A run that
// fails writes nothing.
func TestKnitGolden(t *testing.T) {
	for _, tc := range knitGoldenCases {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			var args []string
			for _, a := range splitArgs(tc.args) {
				args = append(args, strings.ReplaceAll(a, "$OUT", out))
			}
			var stdout, stderr bytes.Buffer
			code := run(args, strings.NewReader(""), &stdout, &stderr)
			if code != tc.code {
				t.Errorf("exit status %d, want %d\nstderr:\n%s", code, tc.code, stderr.String())
			}
			clean := func(b []byte) []byte { return bytes.ReplaceAll(b, []byte(out), []byte("$OUT")) }
			compareGolden(t, filepath.Join("testdata", tc.name+".stdout"), clean(stdout.Bytes()))
			compareGolden(t, filepath.Join("testdata", tc.name+".stderr"), clean(stderr.Bytes()))
			if _, err := os.Stat(out); code != exitOK && err == nil {
				t.Errorf("a failed run wrote %s", out)
			}
		})
	}
}

// TestKnitFiles: the knitted manuscript's files are there, and knitting
// twice gives the same bytes.
func TestKnitFiles(t *testing.T) {
	var sets [2]map[string][]byte
	for i := range sets {
		out := filepath.Join(t.TempDir(), "out")
		var stderr bytes.Buffer
		if code := run([]string{"knit", "../../examples/oxytocin/manuscript-id.md", "--out", out, "--formats", "md,html,docx,tex"}, nil, &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		sets[i] = map[string][]byte{}
		entries, _ := os.ReadDir(out)
		for _, e := range entries {
			b, _ := os.ReadFile(filepath.Join(out, e.Name()))
			sets[i][e.Name()] = b
		}
	}
	for _, name := range []string{"manuscript-id.md", "manuscript-id.html", "manuscript-id.docx", "manuscript-id.tex",
		"manuscript-id-standalone.tex", "distribution.svg", "distribution.png", "distribution.pdf", "paired.svg", "paired.pdf"} {
		if len(sets[0][name]) == 0 {
			t.Errorf("%s missing or empty", name)
		}
	}
	for name, b := range sets[0] {
		if name != ".pairedt-set" && !bytes.Equal(b, sets[1][name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

// TestKnitSymlinkOut: a data file that is a symlink leading out of the
// manuscript's directory is refused, and nothing is written.
func TestKnitSymlinkOut(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.csv")
	if err := os.WriteFile(outside, []byte("a,b\n1,2\n3,5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "data.csv")); err != nil {
		t.Skip("no symlinks:", err)
	}
	ms := filepath.Join(dir, "m.md")
	os.WriteFile(ms, []byte("---\nanalyses:\n  x:\n    data: data.csv\n    before: a\n    after: b\n---\n{{t}}\n"), 0o644)
	var stderr bytes.Buffer
	out := filepath.Join(dir, "out")
	if code := run([]string{"knit", ms, "--out", out}, nil, &bytes.Buffer{}, &stderr); code != exitUsage {
		t.Fatalf("exit %d, want %d: %s", code, exitUsage, stderr.String())
	}
	if !strings.Contains(stderr.String(), ms+":4:11: ") || !strings.Contains(stderr.String(), "escapes") {
		t.Errorf("stderr %q does not name the data line or the escape", stderr.String())
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("output written")
	}
}

// TestKnitDataCopies: the data beside the manuscripts are copies of the
// repository's testdata, kept equal.
func TestKnitDataCopies(t *testing.T) {
	for copy, orig := range map[string]string{
		"testdata/knit/sleep.csv":                  "../../testdata/sleep.csv",
		"../../examples/sleep/data/sleep.csv":      "../../testdata/sleep.csv",
		"../../examples/oxytocin/data/asi.csv":     "../../testdata/oxytocin/reconstructed.csv",
		"../../examples/oxytocin/data/claims.json": "../../testdata/oxytocin/claims.json",
	} {
		a, err := os.ReadFile(copy)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(orig)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from %s: copy it again", copy, orig)
		}
	}
}
