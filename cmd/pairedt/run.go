package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/pairedt/pairedt/internal/textsafe"
	"github.com/pairedt/pairedt/pairedt"
)

// Exit codes.
const (
	exitOK       = 0
	exitAnalysis = 1 // valid input, but the analysis cannot be done
	exitUsage    = 2 // usage or input error
)

// errUsage marks a command-line usage error (exit 2).
var errUsage = errors.New("usage")

// usageErrorf returns an error wrapping errUsage.
func usageErrorf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, args...)...)
}

// command is one subcommand.
type command struct {
	name     string
	synopsis string
	about    string // one line, for the command list
	help     string // what the command does, for -h
	example  string
	flags    func(fs *flag.FlagSet) // defines the flags (for help)
	run      func(env *env, args []string) error
}

// env carries the streams of one run.
type env struct {
	cmd    *command
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	inputs []os.FileInfo // files read, which no output may replace
}

var commands []*command

func init() {
	commands = []*command{testCommand, freqCommand, checkCommand, reportCommand, knitCommand, bayesCommand, powerCommand, serveCommand}
}

func findCommand(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// version returns the module version from the build information, or
// "(devel)" for a build from a source tree.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

func mainUsage(w io.Writer) {
	fmt.Fprintf(w, `pairedt analyses pretest-posttest (paired) data and audits published paired results.

Usage:
  pairedt COMMAND [FILE] [flags]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-7s %s\n", c.name, c.about)
	}
	fmt.Fprintf(w, `
Run "pairedt COMMAND -h" for a command's flags and an example.
"pairedt --version" prints the version.

Input formats are told apart by content, not by extension: an SPSS system
file (.sav, compressed or not, and .zsav), an Excel workbook (.xlsx; --sheet
NAME|INDEX picks the sheet, default the only sheet with data; numbers as
stored, formulas by their cached value, empty cells and NA missing), or CSV.
In an SPSS file, declared (user-missing) and system-missing values are
missing and counted; value labels make the outcome ordered categories for
freq and report (numeric order of the codes, no --levels needed), and
variable labels name it in the report. Errors name the file, the case and
the variable ("data.sav: case 3, column "pre"").

CSV input is a file as spreadsheets export it ("-" reads standard input):
a header row, columns named with --before and --after (one row per
subject); ',' ';' or tab separators and '.' or ',' decimal marks are
detected (--sep, --decimal set them); UTF-8 with or without BOM; CRLF or LF;
quoted fields. Empty cells, NA and "." are missing (--missing sets the
list); a pair with a missing value is dropped and counted. --id COL checks
that subject ids are unique; long format, one row per subject and occasion
in any order, is read with --id COL --time COL --value COL, where --before
and --after name the two occasions; a subject with one occasion only is
dropped and counted, and named in a note on standard error. Every input error names the file, the
line, the column and what was found. Numeric wide input is streamed in
constant memory; a progress line appears on a terminal after a second.
--where COL=VALUE analyses only the rows whose COL holds VALUE (an SPSS
code or its value label); for one analysis per group, run once per value:
  for g in CBT Cont FT; do pairedt test anorexia.csv --before Prewt \
      --after Postwt --where Treat=$g; done
--direction after-before analyses d = after - before (a weight gain is
positive) in place of R's default d = before - after; the output names the
direction, and report records both flags in its provenance.
Output files (-o FILE, report --out DIR) are replaced atomically and keep
their mode; -o follows a symlink, writes through to a device or FIFO
(/dev/stdout) and never writes over an input. A flag given twice is an error.

Exit status: 0 success; 1 the analysis cannot be done on this input (for
example all differences are equal, so test and report have no t-test);
2 a usage or input error. freq exits 0 when it could print the tables: a
test these data do not define is shown as undefined, with its reason.
`)
}

// run is the whole program: it parses args, runs the subcommand and returns
// the exit status. It never panics on user input.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	if len(args) == 0 {
		mainUsage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 && args[0] == "help" {
			if c := findCommand(args[1]); c != nil {
				printUsage(stdout, c, nil)
				return exitOK
			}
		}
		mainUsage(stdout)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintf(stdout, "pairedt %s\n", version())
		return exitOK
	}
	c := findCommand(args[0])
	if c == nil {
		fmt.Fprintf(stderr, "pairedt: unknown command %q\n\n", args[0])
		mainUsage(stderr)
		return exitUsage
	}
	e := &env{cmd: c, stdin: stdin, stdout: stdout, stderr: stderr}
	err := c.run(e, args[1:])
	if err == nil {
		return exitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	code = exitCode(err)
	msg := err.Error()
	if errors.Is(err, errUsage) {
		msg = strings.TrimPrefix(msg, errUsage.Error()+": ")
	}
	if errors.Is(err, errUsage) && code == exitUsage {
		// The hint only where the command line is at fault: an analysis
		// failure (exit 1) wrapped in errUsage, such as a margin check on
		// all-zero counts, is not helped by the usage text.
		fmt.Fprintf(stderr, "pairedt %s: %s\nRun 'pairedt %s -h' for usage.\n", c.name, safeText(msg), c.name)
		return code
	}
	fmt.Fprintf(stderr, "pairedt %s: %s\n", c.name, safeText(msg))
	return code
}

// exitCode maps an error to the exit status: 1 when the input was read but
// the analysis is impossible on it, 2 otherwise.
func exitCode(err error) int {
	var ae *analysisError
	switch {
	case errors.As(err, &ae),
		errors.Is(err, pairedt.ErrConstant),
		errors.Is(err, pairedt.ErrIdentical),
		errors.Is(err, pairedt.ErrTooFew):
		return exitAnalysis
	}
	return exitUsage
}

// analysisError marks an error that happened after the input was read
// successfully (exit 1).
type analysisError struct{ err error }

func (a *analysisError) Error() string { return a.err.Error() }
func (a *analysisError) Unwrap() error { return a.err }

// safeText makes s safe to print on a terminal: control characters other
// than newline and tab, and the bidi controls and marks that would reorder
// the line around them (internal/textsafe), are shown as Go escapes.
func safeText(s string) string {
	clean := true
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xFFFD || textsafe.IsExplicit(r) || textsafe.IsMark(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			fmt.Fprintf(&b, "\\x%02x", r)
			continue
		}
		if textsafe.IsExplicit(r) || textsafe.IsMark(r) {
			// A bidi control would reorder the terminal's line.
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// marshalJSON encodes v indented by two spaces, with a final newline, and
// without escaping <, > and & (explanations say "p < .001").
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
