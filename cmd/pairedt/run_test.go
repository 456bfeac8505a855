package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/internal/rref"
	"github.com/pairedt/pairedt/pairedt"
)

// runCmd runs the program and returns its exit code, stdout and stderr.
func runCmd(t testing.TB, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// cmdErr runs a subcommand and returns its error, for errors.Is checks.
func cmdErr(stdin string, args ...string) error {
	c := findCommand(args[0])
	if c == nil {
		return errors.New("no such command")
	}
	var out, errb bytes.Buffer
	return c.run(&env{cmd: c, stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args[1:])
}

// splitArgs splits a command line with single-quoted words.
func splitArgs(s string) []string {
	var out []string
	var cur strings.Builder
	in, has := false, false
	for _, r := range s {
		switch {
		case r == '\'':
			in = !in
			has = true
		case r == ' ' && !in:
			if has {
				out = append(out, cur.String())
				cur.Reset()
				has = false
			}
		default:
			cur.WriteRune(r)
			has = true
		}
	}
	if has {
		out = append(out, cur.String())
	}
	return out
}

// TestAgainstR runs `pairedt test --json` on every test file and compares
// with R reading the same file (testdata/r/cli.R, which records each R call).
func TestAgainstR(t *testing.T) {
	b, err := os.ReadFile("testdata/r/cli.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []struct {
			Name, Args                                string
			N, Dropped                                int
			T, DF, P, CILow, CIHigh, MeanDiff, SDDiff rref.Float
		} `json:"cases"`
	}
	// Field names differ from the JSON keys only by underscores.
	fixed := strings.NewReplacer(`"ci_low"`, `"CILow"`, `"ci_high"`, `"CIHigh"`, `"mean_diff"`, `"MeanDiff"`, `"sd_diff"`, `"SDDiff"`).Replace(string(b))
	if err := json.Unmarshal([]byte(fixed), &ref); err != nil {
		t.Fatal(err)
	}
	if len(ref.Cases) < 7 {
		t.Fatalf("%d reference cases", len(ref.Cases))
	}
	for _, c := range ref.Cases {
		t.Run(c.Name+" "+c.Args, func(t *testing.T) {
			args := append([]string{"test", filepath.Join("testdata", c.Name), "--json"}, splitArgs(c.Args)...)
			code, out, stderr := runCmd(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var got map[string]any
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v in %s", err, out)
			}
			num := func(key string) float64 {
				switch v := got[key].(type) {
				case float64:
					return v
				case string:
					if v == "Inf" {
						return math.Inf(1)
					}
					if v == "-Inf" {
						return math.Inf(-1)
					}
				}
				t.Fatalf("%s = %v", key, got[key])
				return 0
			}
			if int(num("n")) != c.N || int(num("dropped")) != c.Dropped {
				t.Errorf("n %v dropped %v, want %d %d", got["n"], got["dropped"], c.N, c.Dropped)
			}
			for _, f := range []struct {
				key  string
				want float64
			}{{"t", float64(c.T)}, {"df", float64(c.DF)}, {"p", float64(c.P)}, {"ci_low", float64(c.CILow)},
				{"ci_high", float64(c.CIHigh)}, {"mean_diff", float64(c.MeanDiff)}, {"sd_diff", float64(c.SDDiff)}} {
				g := num(f.key)
				if math.IsInf(f.want, 0) {
					if g != f.want {
						t.Errorf("%s = %v, R %v", f.key, g, f.want)
					}
					continue
				}
				if !scalar.EqualWithinAbsOrRel(g, f.want, 1e-300, 1e-12) {
					t.Errorf("%s = %.17g, R %.17g", f.key, g, f.want)
				}
			}
		})
	}
}

func TestTestText(t *testing.T) {
	code, out, stderr := runCmd(t, "", "test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	res, err := pairedt.Test([]float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0},
		[]float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}, pairedt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(res.String(), "data:  x and y", "data:  drug1 and drug2", 1)
	if !strings.HasPrefix(out, want) || !strings.Contains(out, "data:  drug1 and drug2") {
		t.Errorf("text output\n%s\nwant it to start with Result.String() naming the columns\n%s", out, want)
	}
	// The lines after R's block are checked against R in TestTestTextEffectSizes.
	if !strings.Contains(out, "-4.0621") {
		t.Errorf("no t = -4.0621 in\n%s", out)
	}
}

func TestStdinAndOptions(t *testing.T) {
	data := "a;b\n1,5;2\n2,5;2\nNA;1\n4;3,25\n-99;1\n"
	code, out, stderr := runCmd(t, data, "test", "-", "--before", "a", "--after", "b", "--missing", "NA,-99", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		N, Dropped int
		MeanDiff   float64 `json:"mean_diff"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	// d = -0.5, 0.5, 0.75: mean 0.25; two pairs dropped (NA, -99).
	if got.N != 3 || got.Dropped != 2 || !scalar.EqualWithinAbsOrRel(got.MeanDiff, 0.25, 1e-15, 1e-15) {
		t.Errorf("got %+v", got)
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, c := range commands {
		code, out, _ := runCmd(t, "", c.name, "-h")
		if code != 0 || !strings.Contains(out, "Example:") || !strings.Contains(out, "pairedt "+c.name) {
			t.Errorf("%s -h: exit %d\n%s", c.name, code, out)
		}
		code, out, _ = runCmd(t, "", "help", c.name)
		if code != 0 || !strings.Contains(out, "Example:") {
			t.Errorf("help %s: exit %d", c.name, code)
		}
	}
	code, out, _ := runCmd(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "pairedt ") {
		t.Errorf("--version: %d %q", code, out)
	}
	code, out, _ = runCmd(t, "", "-h")
	if code != 0 || !strings.Contains(out, "Commands:") {
		t.Errorf("-h: %d %q", code, out)
	}
}

// badCase is one bad input: a file (or nothing) and arguments, the error it
// must give and the exit code.
type badCase struct {
	name  string
	file  string // content of FILE; "" with noFile means no file is written
	args  string // arguments after the command; FILE stands for the file
	want  error  // nil: only the exit code and message are checked
	code  int
	frag  string // fragment of the message on stderr
	stdin string
}

func badCases() []badCase {
	sleep := "id,pre,post\n1,0.7,1.9\n2,-1.6,0.8\n3,-0.2,1.1\n"
	wide := "test FILE --before pre --after post"
	return []badCase{
		{name: "empty file", file: "", args: wide, want: csvin.ErrEmpty, code: 2, frag: "empty file"},
		{name: "blank lines only", file: "\n\n", args: wide, want: csvin.ErrEmpty, code: 2, frag: "empty file"},
		{name: "header only", file: "id,pre,post\n", args: wide, want: csvin.ErrNoRows, code: 2, frag: "no data rows"},
		{name: "missing column", file: sleep, args: "test FILE --before pre --after after", want: csvin.ErrMissingColumn, code: 2, frag: `column "after": no such column (the header has "id", "pre", "post")`},
		{name: "duplicate column", file: "pre,pre,post\n1,2,3\n", args: wide, want: csvin.ErrDuplicateColumn, code: 2, frag: "duplicate column"},
		{name: "non-numeric cell", file: sleep + "4,abc,1\n", args: wide, want: csvin.ErrNotNumber, code: 2, frag: `line 5, column "pre" (field 2): found "abc": not a number`},
		{name: "mixed separators", file: "id,pre;post\n1,2;3\n", args: wide, want: csvin.ErrMixedSeparators, code: 2, frag: "line 1"},
		{name: "unterminated quote", file: sleep + "4,\"5,6\n5,1,2\n", args: wide, want: csvin.ErrUnterminatedQuote, code: 2, frag: "opened on line 5"},
		{name: "bare quote", file: sleep + "4,5\",6\n", args: wide, want: csvin.ErrQuote, code: 2, frag: "line 5"},
		{name: "field count", file: sleep + "4,5\n", args: wide, want: csvin.ErrFieldCount, code: 2, frag: "line 5: wrong number of fields (2 fields, the header has 3"},
		{name: "duplicate id wide", file: sleep + "2,1,1\n", args: wide + " --id id", want: load.ErrDuplicateID, code: 2, frag: `line 5, column "id" (field 1): found "2": duplicate subject id (the same id is on line 3`},
		{name: "missing id", file: sleep + "NA,1,1\n", args: wide + " --id id", want: load.ErrMissingID, code: 2, frag: "line 5"},
		{name: "duplicate id long", file: "id,t,v\na,pre,1\na,post,2\na,pre,3\n", args: "test FILE --id id --time t --value v --before pre --after post", want: load.ErrDuplicateID, code: 2, frag: `subject "a" already has a "pre" row on line 2`},
		{name: "unknown occasion", file: "id,t,v\na,pre,1\na,mid,2\n", args: "test FILE --id id --time t --value v --before pre --after post", want: load.ErrOccasion, code: 2, frag: `found "mid"`},
		{name: "Inf", file: sleep + "4,Inf,1\n", args: wide, want: csvin.ErrNonFinite, code: 2, frag: `found "Inf": infinite value`},
		{name: "1e400", file: sleep + "4,1,1e400\n", args: wide, want: csvin.ErrOutOfRange, code: 2, frag: `column "post" (field 3): found "1e400": number out of range`},
		{name: "NaN text", file: sleep + "4,NaN,1\n", args: wide, want: csvin.ErrNotNumber, code: 2, frag: "NaN"},
		{name: "one pair", file: "pre,post\n1,2\n", args: wide, want: pairedt.ErrTooFew, code: 1, frag: ""},
		{name: "all missing", file: "pre,post\nNA,2\n1,\n", args: wide, want: pairedt.ErrTooFew, code: 1, frag: ""},
		{name: "constant differences", file: "pre,post\n1,2\n2,3\n5,6\n", args: wide, want: pairedt.ErrConstant, code: 1, frag: "constant"},
		{name: "identical samples", file: "pre,post\n1,1\n2,2\n5,5\n", args: wide, want: pairedt.ErrIdentical, code: 1, frag: "identical"},
		{name: "10 MB line", file: "pre,post\n" + strings.Repeat("9", 10<<20) + ",1\n", args: wide, want: csvin.ErrLineTooLong, code: 2, frag: "line 2"},
		{name: "invalid UTF-8", file: "id,pre,post\n\xff,1,2\n", args: wide, want: csvin.ErrInvalidUTF8, code: 2, frag: `line 2, column "id"`},
		{name: "UTF-16", file: "\xff\xfei\x00d\x00", args: wide, want: csvin.ErrUTF16, code: 2, frag: "UTF-16"},
		{name: "CR line ends", file: "pre,post\r1,2\r3,4\r", args: wide, want: csvin.ErrLineEnding, code: 2, frag: "carriage return"},
		{name: "mixed decimal marks", file: "pre;post\n1,5;2\n2.5;1\n", args: wide, want: csvin.ErrDecimal, code: 2, frag: "line 3"},
		{name: "decimal comma in comma file", file: "pre,post\n\"1,5\",2\n", args: wide, want: csvin.ErrDecimal, code: 2, frag: "'.'"},
		{name: "bad alternative", file: sleep, args: wide + " --alternative bigger", want: errUsage, code: 2, frag: `--alternative "bigger"`},
		{name: "conf-level 1.5", file: sleep, args: wide + " --conf-level 1.5", want: errUsage, code: 2, frag: "--conf-level"},
		{name: "conf-level 0", file: sleep, args: wide + " --conf-level 0", want: errUsage, code: 2, frag: "--conf-level"},
		{name: "conf-level text", file: sleep, args: wide + " --conf-level abc", want: errUsage, code: 2, frag: "--conf-level"},
		{name: "mu NaN", file: sleep, args: wide + " --mu NaN", want: errUsage, code: 2, frag: "--mu"},
		{name: "mu Inf", file: sleep, args: wide + " --mu -Inf", want: errUsage, code: 2, frag: "--mu"},
		{name: "unknown flag", file: sleep, args: wide + " --bogus", want: errUsage, code: 2, frag: "provided but not defined: -bogus"},
		{name: "flag without value", file: sleep, args: wide + " --mu", want: errUsage, code: 2, frag: "needs an argument"},
		{name: "bad json flag value", file: sleep, args: wide + " --json=maybe", want: errUsage, code: 2, frag: "invalid boolean"},
		{name: "no FILE", args: "test --before pre --after post", want: errUsage, code: 2, frag: "missing FILE"},
		{name: "two files", file: sleep, args: wide + " other.csv", want: errUsage, code: 2, frag: "want one FILE"},
		{name: "no such file", args: "test /nonexistent/x.csv --before pre --after post", want: errInputFile, code: 2, frag: "no such file"},
		{name: "directory as file", args: "test . --before pre --after post", want: errInputFile, code: 2, frag: "directory"},
		{name: "no columns", file: sleep, args: "test FILE", want: errUsage, code: 2, frag: "need --before"},
		{name: "same column", file: sleep, args: "test FILE --before pre --after pre", want: errUsage, code: 2, frag: "same column"},
		{name: "bad sep", file: sleep, args: wide + " --sep |", want: errUsage, code: 2, frag: "--sep"},
		{name: "bad decimal", file: sleep, args: wide + " --decimal x", want: errUsage, code: 2, frag: "--decimal"},
		{name: "decimal comma with comma sep", file: sleep, args: wide + " --decimal , --sep ,", want: errUsage, code: 2, frag: "--decimal , needs"},
		{name: "long format incomplete", file: sleep, args: "test FILE --id id --time t --before pre --after post", want: errUsage, code: 2, frag: "missing --value"},
		{name: "long same occasion", file: sleep, args: "test FILE --id id --time t --value v --before x --after x", want: errUsage, code: 2, frag: "same occasion"},
		{name: "output dir missing", file: sleep, args: wide + " -o /nonexistent/dir/out.txt", want: errOutputFile, code: 2, frag: "cannot write output"},
		{name: "unknown level", file: "pre,post\nlow,high\nmid,hgih\n", args: "freq FILE --before pre --after post --levels low,mid,high", want: pairedt.ErrUnknownLevel, code: 2, frag: `line 3, column "post" (field 2): found "hgih": pairedt: unknown level (levels: 1 = "low", 2 = "mid", 3 = "high")`},
		{name: "unknown code", file: "pre,post\n1,4\n", args: "freq FILE --before pre --after post --levels low,mid,high", want: pairedt.ErrUnknownLevel, code: 2, frag: `found "4"`},
		{name: "duplicate level", file: "pre,post\n1,2\n", args: "freq FILE --before pre --after post --levels a,b,a", want: errUsage, code: 2, frag: "appears twice"},
		{name: "level is a missing marker", file: "pre,post\n1,2\n", args: "freq FILE --before pre --after post --levels a,NA", want: errUsage, code: 2, frag: "missing-value marker"},
		{name: "scores count", file: "pre,post\n1,2\n2,2\n", args: "freq FILE --before pre --after post --levels a,b,c --scores 1,2", want: errUsage, code: 2, frag: "--scores has 2 items, there are 3 levels"},
		{name: "scores not finite", file: "pre,post\n1,2\n", args: "freq FILE --before pre --after post --levels a,b --scores 1,Inf", want: errUsage, code: 2, frag: "--scores"},
		{name: "codes count", file: "pre,post\n1,2\n", args: "freq FILE --before pre --after post --levels a,b --codes 1,2,3", want: errUsage, code: 2, frag: "--codes has 3 items"},
		{name: "codes without levels", file: "pre,post\n1,2\n", args: "freq FILE --before pre --after post --codes 1,2", want: errUsage, code: 2, frag: "--codes needs --levels"},
		{name: "text levels not given", file: "pre,post\nlow,high\n", args: "freq FILE --before pre --after post", want: errUsage, code: 2, frag: "give the levels in order with --levels"},
		{name: "empty levels", file: "pre,post\n1,2\n", args: "freq FILE --before pre --after post --levels a,,b", want: errUsage, code: 2, frag: "item 2 is empty"},
		{name: "freq non-numeric file", file: "pre,post\n1,\"2\n", args: "freq FILE --before pre --after post --levels 1,2", want: csvin.ErrUnterminatedQuote, code: 2, frag: "line 2"},
		{name: "decimal comma set for a comma file", file: sleep, args: wide + " --decimal ,", want: csvin.ErrDecimal, code: 2, frag: "comma-separated"},
		// Issue 10, item 1: numeric labels are their own codes.
		{name: "numeric level stray value", file: "pre,post\n0,1\n2,3\n", args: "freq FILE --before pre --after post --levels 0,1,2", want: pairedt.ErrUnknownLevel, code: 2, frag: `line 3, column "post" (field 2): found "3": pairedt: unknown level (numeric levels: 0, 1, 2)`},
		{name: "numeric level not read as code", file: "pre,post\n2,4\n3,6\n", args: "freq FILE --before pre --after post --levels 2,4,6", want: pairedt.ErrUnknownLevel, code: 2, frag: `line 3, column "pre" (field 1): found "3"`},
		{name: "label is another level's code", file: "pre,post\n1,2\n", args: "freq FILE --before pre --after post --levels 2,1 --codes 1,2", want: load.ErrAmbiguousLevel, code: 2, frag: `"2" is level 1 and the code of level 2 ("1")`},
		{name: "mixed label is a code", file: "pre,post\n1,2\n", args: "freq FILE --before pre --after post --levels 2,low", want: load.ErrAmbiguousLevel, code: 2, frag: "could mean either"},
		{name: "numeric levels out of order", file: "pre,post\n1,2\n", args: "freq FILE --before pre --after post --levels 2,1", want: errUsage, code: 2, frag: "give --scores"},
		{name: "numeric level text cell", file: "pre,post\n1,low\n", args: "freq FILE --before pre --after post --levels 1,2", want: pairedt.ErrUnknownLevel, code: 2, frag: `found "low"`},
		// Issue 10, item 5: measurements are not categories.
		{name: "fractional values", file: "pre,post\n13.2,14\n8.2,8.8\n", args: "freq FILE --before pre --after post", want: load.ErrNotCategory, code: 2, frag: `line 2, column "pre" (field 1): found "13.2": not a category code`},
		{name: "bad missing list", file: sleep, args: wide + ` --missing "a`, want: errUsage, code: 2, frag: "--missing"},
	}
}

func TestBadInputs(t *testing.T) {
	cases := badCases()
	if len(cases) < 30 {
		t.Fatalf("only %d bad inputs", len(cases))
	}
	dir := t.TempDir()
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := splitArgs(tc.args)
			if strings.Contains(tc.args, "FILE") {
				path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".csv")
				if err := os.WriteFile(path, []byte(tc.file), 0o644); err != nil {
					t.Fatal(err)
				}
				for k := range args {
					if args[k] == "FILE" {
						args[k] = path
					}
				}
			}
			_ = i
			err := cmdErr(tc.stdin, args...)
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			code, out, stderr := runCmd(t, tc.stdin, args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (%s)", code, tc.code, stderr)
			}
			if out != "" {
				t.Errorf("output on failure: %q", out)
			}
			if !strings.Contains(stderr, tc.frag) || !strings.HasPrefix(stderr, "pairedt "+args[0]+": ") {
				t.Errorf("stderr %q lacks %q", stderr, tc.frag)
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") || len(stderr) > 2000 {
				t.Errorf("stderr looks like a crash or is too long: %.300q", stderr)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}} {
		code, _, stderr := runCmd(t, "", args...)
		if code != 2 || !strings.Contains(stderr, "Commands:") {
			t.Errorf("%q: exit %d, %q", args, code, stderr)
		}
	}
}

// TestOutputAtomic checks that a failed run leaves a previous good output
// file intact and no temporary files behind.
func TestOutputAtomic(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.csv")
	bad := filepath.Join(dir, "bad.csv")
	out := filepath.Join(dir, "out.json")
	if err := os.WriteFile(good, []byte("pre,post\n1,2\n2,4\n3,3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("pre,post\n1,2\n2,4\n3,x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCmd(t, "", "test", good, "--before", "pre", "--after", "post", "--json", "-o", out); code != 0 {
		t.Fatalf("good run: %d %s", code, stderr)
	}
	first, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(first, []byte(`"n": 3`)) {
		t.Fatalf("output %q, %v", first, err)
	}
	for _, args := range [][]string{
		{"test", bad, "--before", "pre", "--after", "post", "--json", "-o", out},                          // input error mid-file
		{"test", good, "--before", "pre", "--after", "post", "--mu", "0", "--conf-level", "2", "-o", out}, // usage error
		{"test", "-", "--before", "pre", "--after", "post", "-o", out},                                    // constant differences
	} {
		code, _, _ := runCmd(t, "pre,post\n1,2\n2,3\n4,5\n", args...)
		if code == 0 {
			t.Fatalf("%q succeeded", args)
		}
		now, err := os.ReadFile(out)
		if err != nil || !bytes.Equal(now, first) {
			t.Errorf("%q: output changed to %q (%v)", args, now, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files left in the output directory: %q", names)
	}
}

func TestParseArgs(t *testing.T) {
	c := testCommand
	fs := newFlagSet(c)
	cfg := newTestConfig(fs)
	e := &env{cmd: c, stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	pos, err := parseArgs(e, fs, []string{"a.csv", "--before", "x", "b", "--json", "--", "--after", "-"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(pos, "|") != "a.csv|b|--after|-" || cfg.in.before != "x" || !cfg.json {
		t.Errorf("pos %q cfg %+v", pos, cfg)
	}
}

func TestParseLists(t *testing.T) {
	l, err := parseList("--levels", `a, "b, c",d`, false)
	if err != nil || strings.Join(l, "|") != "a|b, c|d" {
		t.Errorf("parseList = %q, %v", l, err)
	}
	if _, err := parseList("--levels", "a,,b", false); err == nil {
		t.Error("empty item accepted")
	}
	f, err := parseFloats("--scores", "1;2,5;−3")
	if err != nil || len(f) != 3 || f[1] != 2.5 || f[2] != -3 {
		t.Errorf("parseFloats = %v, %v", f, err)
	}
	if _, err := parseFloats("--scores", "1,Inf"); err == nil {
		t.Error("Inf accepted")
	}
	if n, err := parseInts("--x", "17, 6,0"); err != nil || len(n) != 3 || n[0] != 17 {
		t.Errorf("parseInts = %v, %v", n, err)
	}
	if _, err := parseInts("--x", "1,-2"); err == nil {
		t.Error("negative count accepted")
	}
}

func TestSafeText(t *testing.T) {
	for in, want := range map[string]string{
		"a\x1b[31mb\n":         `a\x1b[31mb` + "\n",
		"t(5) = \u202e-3.03":   `t(5) = \u202e-3.03`, // RLO would reverse the line
		"x\u2066y\u2069\u200f": `x\u2066y\u2069\u200f`,
		"Drug 1, שלום":         "Drug 1, שלום", // right-to-left letters are text
	} {
		if got := safeText(in); got != want {
			t.Errorf("safeText(%q) = %q, want %q", in, got, want)
		}
	}
}

// slowReader returns its data a few bytes at a time, slowly.
type slowReader struct {
	data []byte
	n    int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if s.n >= len(s.data) {
		return 0, io.EOF
	}
	time.Sleep(2 * time.Millisecond)
	k := copy(p[:min(len(p), 8)], s.data[s.n:])
	s.n += k
	return k, nil
}

// TestProgress: on a terminal, a run longer than progressDelay shows a
// progress line on stderr and erases it; elsewhere nothing is shown.
func TestProgress(t *testing.T) {
	defer func(d, tick time.Duration, f func(io.Writer) bool) {
		progressDelay, progressTick, stderrIsTerminal = d, tick, f
	}(progressDelay, progressTick, stderrIsTerminal)
	progressDelay, progressTick = 20*time.Millisecond, 5*time.Millisecond
	data := []byte("a,b\n" + strings.Repeat("1,2\n2,4\n", 20))
	for _, term := range []bool{false, true} {
		stderrIsTerminal = func(io.Writer) bool { return term }
		var out, errb bytes.Buffer
		code := run([]string{"test", "-", "--before", "a", "--after", "b"}, &slowReader{data: data}, &out, &errb)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		got := errb.String()
		if term && (!strings.Contains(got, "\rpairedt: read ") || !strings.HasSuffix(got, "\r")) {
			t.Errorf("terminal: stderr %q", got)
		}
		if !term && got != "" {
			t.Errorf("not a terminal: stderr %q", got)
		}
	}
}

// TestLongDropout: long format with s10's "post" and s3's "pre" rows
// missing drops both subjects, counts them and names them on standard
// error (issue 10, item 8). R 4.2.2: x <- sleep$extra[sleep$group == 1];
// y <- sleep$extra[sleep$group == 2]; t.test(x[-c(3, 10)], y[-c(3, 10)],
// paired = TRUE)$statistic = -3.3377247032876265 (testdata/r/cli_items.R).
func TestLongDropout(t *testing.T) {
	code, out, stderr := runCmd(t, "", "test", "testdata/sleep_long_dropout.csv", "--id", "id", "--time", "time",
		"--value", "hours", "--before", "pre", "--after", "post", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r pairedt.TTestResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.N != 8 || r.Dropped != 2 || !scalar.EqualWithinRel(r.T, -3.3377247032876265, 1e-12) {
		t.Errorf("n = %d, dropped = %d, t = %v; want 8, 2, -3.3377247032876265", r.N, r.Dropped, r.T)
	}
	if !strings.Contains(stderr, `2 subject(s) without both occasions dropped: "s10" (line 11, no "post" row), "s3" (line 17, no "pre" row)`) {
		t.Errorf("stderr %q", stderr)
	}
}
