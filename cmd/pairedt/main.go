// Command pairedt analyses pretest-posttest (paired) data from CSV files as
// spreadsheets export them, and audits published paired results.
//
// Usage:
//
//	pairedt test   FILE --before COL --after COL [--json] [--alternative ...] [--mu M] [--conf-level L]
//	pairedt freq   FILE --before COL --after COL --levels "a,b,c" [--json]
//	pairedt check  "t(22) = -28.471, p = 0.000" | --claims FILE | --before-counts 17,6,0 --after-counts 4,0,19 --t -28.471
//	pairedt report FILE --before COL --after COL [--levels ...] --lang en|id --out DIR [--claims FILE]
//	pairedt --version
//
// Run "pairedt COMMAND -h" for the flags of a command, with an example.
//
// Input: a header row and columns named by --before/--after (wide format,
// one row per subject); --id COL additionally checks that subject ids are
// unique; --id COL --time COL --value COL reads long format (one row per
// subject and occasion, in any order), with --before and --after naming the
// two values of the time column. The separator (',', ';' or tab) and the
// decimal mark ('.' or ',') are detected; --sep and --decimal set them.
// Missing values are empty cells, NA or "." unless --missing says otherwise.
// Numeric wide input is streamed in constant memory.
//
// Exit status: 0 success; 1 the analysis cannot be done on this (valid)
// input, e.g. all differences are equal; 2 a usage or input error. Every
// input error names the file, the line, the column and what was found.
//
// Output files (-o FILE, report --out DIR) are written atomically: a failed
// run leaves no half-written file and never replaces a previous good one
// (see internal/atomicfile for the exact guarantee for report's file set).
package main

import (
	"fmt"
	"os"
)

func main() {
	// run never panics on user input (fuzzed); should a bug slip through,
	// the user gets one line instead of a stack trace. Tests call run
	// directly, so they still see any panic.
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "pairedt: internal error: %v (please report it with the command line)\n", r)
			os.Exit(exitUsage)
		}
	}()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
