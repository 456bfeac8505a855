package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files testdata/NAME.stdout and .stderr, testdata/check/*.stdout, and the doc comment of main.go")

// goldenCase is one run of the command: its arguments, standard input and
// exit status. Its standard output and error are compared byte for byte
// with testdata/NAME.stdout and NAME.stderr (a missing file stands
// for empty output). The exit status is part of the contract and is kept
// here, not in a golden file.
type goldenCase struct {
	name  string
	args  string // split by splitArgs; $OUT is a fresh temporary directory
	stdin string
	code  int
}

// goldenCases are the scenarios whose output users read. The inputs are in
// testdata/: sleep.csv and likert.csv are described where TestAgainstR and
// TestFreqAgainstR use them; nochange.csv is six made-up subjects of whom
// nobody changed category (one with a missing pretest), so that every test
// of change is undefined. Numbers in them
// come from code checked against R elsewhere (TestAgainstR, TestFreqAgainstR,
// the pairedt package tests); these files pin the layout.
var goldenCases = []goldenCase{
	// Usage and version.
	{name: "main-usage", args: "-h"},
	{name: "main-noargs", args: "", code: exitUsage},
	{name: "main-unknown", args: "frobnicate", code: exitUsage},
	{name: "version", args: "--version"},
	{name: "test-help", args: "test -h"},
	{name: "freq-help", args: "freq -h"},
	{name: "check-help", args: "check -h"},
	{name: "report-help", args: "report -h"},
	{name: "help-test", args: "help test"},

	// test
	{name: "test-sleep", args: "test testdata/sleep.csv --before drug1 --after drug2"},
	{name: "test-sleep-json", args: "test testdata/sleep.csv --before drug1 --after drug2 --json"},
	{name: "test-sleep-greater", args: "test testdata/sleep.csv --before drug1 --after drug2 --alternative greater --mu -1 --conf-level 0.9"},
	{name: "test-missing", args: "test testdata/sleep_missing.csv --before drug1 --after drug2"},
	{name: "test-stdin-constant", args: "test - --before a --after b", stdin: "a,b\n1,2\n2,3\n5,6\n", code: exitAnalysis},
	{name: "test-no-column", args: "test testdata/sleep.csv --before drug1 --after drug3", code: exitUsage},
	{name: "test-no-file", args: "test --before drug1 --after drug2", code: exitUsage},
	{name: "test-bad-flag", args: "test testdata/sleep.csv --before drug1 --after drug2 --alternative up", code: exitUsage},
	{name: "test-unknown-flag", args: "test testdata/sleep.csv --bogus", code: exitUsage},
	{name: "test-not-a-number", args: "test - --before a --after b", stdin: "a,b\n1,2\nx,3\n", code: exitUsage},

	// freq
	{name: "freq-likert", args: "freq testdata/likert.csv --before pre --after post --levels 'none,some,a lot,all'"},
	{name: "freq-likert-json", args: "freq testdata/likert.csv --before pre --after post --levels 'none,some,a lot,all' --json"},
	{name: "freq-nochange", args: "freq testdata/nochange.csv --before pre --after post --levels low,mid,high"},
	{name: "freq-nochange-json", args: "freq testdata/nochange.csv --before pre --after post --levels low,mid,high --json"},
	{name: "freq-constant", args: "freq - --before pre --after post --levels 1,2,3", stdin: "pre,post\n1,2\n1,2\n2,3\n"},
	{name: "freq-unknown-level", args: "freq testdata/nochange.csv --before pre --after post --levels low,high", code: exitUsage},
	{name: "freq-bad-scores", args: "freq testdata/nochange.csv --before pre --after post --levels low,mid,high --scores 3,2,1", code: exitUsage},
	// Issue 10: numeric levels are their own codes (item 1); numbers keep
	// their values (item 5; t = -2.9055 as R's t.test, testdata/r/cli_items.R);
	// measurements are refused (item 5, MASS::shoes).
	{name: "freq-numeric-stray", args: "freq - --before pre --after post --levels 0,1,2", stdin: "pre,post\n0,1\n2,3\n", code: exitUsage},
	{name: "freq-codes124", args: "freq testdata/codes124.csv --before pre --after post"},
	{name: "freq-shoes", args: "freq testdata/shoes.csv --before A --after B", code: exitUsage},
	// Issue 10, item 8: long format with two incomplete subjects, dropped
	// and named (t = -3.3377 as R, testdata/r/cli_items.R).
	{name: "test-long-dropout", args: "test testdata/sleep_long_dropout.csv --id id --time time --value hours --before pre --after post"},
	// Issue 17: SPSS and Excel input (detected by content).
	{name: "freq-oxytocin-sav", args: "freq ../../dataset/testdata/oxytocin.sav --before sebelum --after sesudah"},
	{name: "test-sleep-xlsx", args: "test ../../dataset/testdata/sleep.xlsx --before group1 --after group2 --sheet sleep"},
	{name: "test-xlsx-no-sheet", args: "test ../../dataset/testdata/sleep.xlsx --before group1 --after group2 --sheet Data", code: exitUsage},
	{name: "test-sav-no-column", args: "test ../../dataset/testdata/sleep.sav --before group1 --after drug2", code: exitUsage},
	{name: "test-sav-sep", args: "test ../../dataset/testdata/sleep.sav --before group1 --after group2 --sep ';'", code: exitUsage},
	{name: "test-csv-sheet", args: "test testdata/sleep.csv --before drug1 --after drug2 --sheet 1", code: exitUsage},
	{name: "report-oxytocin-sav", args: "report ../../dataset/testdata/oxytocin.sav --before sebelum --after sesudah --lang id --out $OUT --no-charts"},
	// Issue 10, item 10: test --all (numbers checked against R in TestTestAll).
	{name: "test-sleep-all", args: "test testdata/sleep.csv --before drug1 --after drug2 --all"},
	{name: "test-sleep-all-json", args: "test testdata/sleep.csv --before drug1 --after drug2 --all --json"},
	// The zero difference ranked (Pratt) and the exact p given the ranks:
	// coin 1.4.2 pvalue(wilcoxsign_test(x ~ y, zero.method = "Pratt",
	// distribution = "exact")) on sleep is 0.00390625.
	{name: "test-sleep-pratt", args: "test testdata/sleep.csv --before drug1 --after drug2 --all --zero-method pratt --exact conditional"},
	{name: "test-bad-exact", args: "test testdata/sleep.csv --before drug1 --after drug2 --exact bogus", code: 2},
	// Issue 10, item 11: one group, d = after - before (R values in TestWhereDirection).
	{name: "test-anorexia-cbt", args: "test testdata/anorexia.csv --before Prewt --after Postwt --where Treat=CBT --direction after-before"},
	{name: "freq-likert-reversed", args: "freq testdata/likert.csv --before pre --after post --levels 'none,some,a lot,all' --direction after-before"},
	// Two levels: McNemar's tests (testdata/r/cli_mcnemar.R).
	{name: "freq-mcnemar", args: "freq testdata/mcnemar.csv --before pre --after post --levels no,yes"},
	{name: "freq-mcnemar-json", args: "freq testdata/mcnemar.csv --before pre --after post --levels no,yes --json"},
	{name: "test-where-no-match", args: "test testdata/anorexia.csv --before Prewt --after Postwt --where Treat=XYZ", code: exitUsage},
	{name: "freq-all-missing", args: "freq - --before pre --after post --levels a,b", stdin: "pre,post\n,a\n,b\n", code: exitAnalysis},

	// check
	{name: "check-statement", args: "check 't(22) = -28.471, p = 0.000'"},
	{name: "check-margins", args: "check --before-counts 17,6,0 --after-counts 4,0,19 --t -28.471"},
	{name: "check-nothing", args: "check", code: exitUsage},

	// report: what it prints (the files are pinned by report's own goldens).
	{name: "report-sleep", args: "report testdata/sleep.csv --before drug1 --after drug2 --out $OUT --dpi 0"},
	{name: "report-likert", args: "report testdata/likert.csv --before pre --after post --levels 'none,some,a lot,all' --lang id --out $OUT --no-charts"},
	{name: "report-nochange", args: "report testdata/nochange.csv --before pre --after post --levels low,mid,high --out $OUT", code: exitAnalysis},
	{name: "report-two-pairs", args: "report - --before a --after b --out $OUT --no-charts", stdin: "a,b\n1,2\n3,5\n"},
	{name: "report-no-out", args: "report testdata/sleep.csv --before drug1 --after drug2", code: exitUsage},
	{name: "report-bad-lang", args: "report testdata/sleep.csv --before drug1 --after drug2 --out $OUT --lang fr", code: exitUsage},
}

// TestGolden runs each scenario and compares its output with the golden
// files; go test -run TestGolden -update rewrites them. On a mismatch the
// output is written to testdata/NAME.got-stdout (or .got-stderr),
// which .gitignore ignores, for diffing.
func TestGolden(t *testing.T) {
	dir := "testdata"
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			var args []string
			for _, a := range splitArgs(tc.args) {
				args = append(args, strings.ReplaceAll(a, "$OUT", out))
			}
			var stdout, stderr bytes.Buffer
			code := run(args, strings.NewReader(tc.stdin), &stdout, &stderr)
			if code != tc.code {
				t.Errorf("exit status %d, want %d\nstderr:\n%s", code, tc.code, stderr.String())
			}
			// No temporary path in a golden file.
			clean := func(b []byte) []byte { return bytes.ReplaceAll(b, []byte(out), []byte("$OUT")) }
			compareGolden(t, filepath.Join(dir, tc.name+".stdout"), clean(stdout.Bytes()))
			compareGolden(t, filepath.Join(dir, tc.name+".stderr"), clean(stderr.Bytes()))
		})
	}
}

// compareGolden compares got with the file at path (missing: empty), or
// rewrites the file under -update (removing it when got is empty).
func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	ext := filepath.Ext(path) // ".stdout" or ".stderr"
	gotPath := strings.TrimSuffix(path, ext) + ".got-" + ext[1:]
	if *update {
		if len(got) == 0 {
			if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			return
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		os.Remove(gotPath)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if bytes.Equal(got, want) {
		os.Remove(gotPath)
		return
	}
	if err := os.WriteFile(gotPath, got, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Errorf("%s differs (output written to %s; go test -run TestGolden -update accepts it):\n%s", path, gotPath, firstDiff(want, got))
}

// firstDiff describes the first line where want and got differ.
func firstDiff(want, got []byte) string {
	wl := strings.SplitAfter(string(want), "\n")
	gl := strings.SplitAfter(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n\twant %q\n\tgot  %q", i+1, w, g)
		}
	}
	return "(same lines, different bytes)"
}
