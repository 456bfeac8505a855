// Command pairedt analyses pretest-posttest (paired) data from CSV files as
// spreadsheets export them, and audits published paired results.
//
// This is its usage message, as "pairedt -h" prints it:
//
//	pairedt analyses pretest-posttest (paired) data and audits published paired results.
//
//	Usage:
//	  pairedt COMMAND [FILE] [flags]
//
//	Commands:
//	  test    paired t-test of before - after (as R's t.test(x, y, paired = TRUE))
//	  freq    frequency tables, paired cross table and the ordinal paired tests
//	  check   audit published results: a whole article (--text), a statement, category counts, a claims file
//	  report  write the Results section: results.md, results.html and the charts (SVG, PNG)
//	  knit    knit a manuscript: your own text, every number computed ({{asi.t}})
//	  bayes   JZS Bayes factor of a published paired (or one-sample) t and n
//	  power   power, sample size or sensitivity of the paired t-test (noncentral t, as pwr and G*Power)
//	  serve   local web app: upload data, click, read and download the report
//
//	Run "pairedt COMMAND -h" for a command's flags and an example.
//	"pairedt --version" prints the version.
//
//	Input formats are told apart by content, not by extension: an SPSS system
//	file (.sav, compressed or not, and .zsav), an Excel workbook (.xlsx; --sheet
//	NAME|INDEX picks the sheet, default the only sheet with data; numbers as
//	stored, formulas by their cached value, empty cells and NA missing), or CSV.
//	In an SPSS file, declared (user-missing) and system-missing values are
//	missing and counted; value labels make the outcome ordered categories for
//	freq and report (numeric order of the codes, no --levels needed), and
//	variable labels name it in the report. Errors name the file, the case and
//	the variable ("data.sav: case 3, column "pre"").
//
//	CSV input is a file as spreadsheets export it ("-" reads standard input):
//	a header row, columns named with --before and --after (one row per
//	subject); ',' ';' or tab separators and '.' or ',' decimal marks are
//	detected (--sep, --decimal set them); UTF-8 with or without BOM; CRLF or LF;
//	quoted fields. Empty cells, NA and "." are missing (--missing sets the
//	list); a pair with a missing value is dropped and counted. --id COL checks
//	that subject ids are unique; long format, one row per subject and occasion
//	in any order, is read with --id COL --time COL --value COL, where --before
//	and --after name the two occasions; a subject with one occasion only is
//	dropped and counted, and named in a note on standard error. Every input error names the file, the
//	line, the column and what was found. Numeric wide input is streamed in
//	constant memory; a progress line appears on a terminal after a second.
//	--where COL=VALUE analyses only the rows whose COL holds VALUE (an SPSS
//	code or its value label); for one analysis per group, run once per value:
//	  for g in CBT Cont FT; do pairedt test anorexia.csv --before Prewt \
//	      --after Postwt --where Treat=$g; done
//	--direction after-before analyses d = after - before (a weight gain is
//	positive) in place of R's default d = before - after; the output names the
//	direction, and report records both flags in its provenance.
//	Output files (-o FILE, report --out DIR) are replaced atomically and keep
//	their mode; -o follows a symlink, writes through to a device or FIFO
//	(/dev/stdout) and never writes over an input. A flag given twice is an error.
//
//	Exit status: 0 success; 1 the analysis cannot be done on this input (for
//	example all differences are equal, so test and report have no t-test);
//	2 a usage or input error. freq exits 0 when it could print the tables: a
//	test these data do not define is shown as undefined, with its reason.
//
// # Examples
//
// Run in this directory (cmd/pairedt of the module), whose testdata/ holds
// these files; the doc test runs each command and checks what it prints.
//
//	$ pairedt test testdata/sleep.csv --before drug1 --after drug2
//
//		Paired t-test
//
//	data:  drug1 and drug2
//	t = -4.0621, df = 9, p-value = 0.002833
//	alternative hypothesis: true mean difference is not equal to 0
//	95 percent confidence interval:
//	 -2.4598858 -0.7001142
//	sample estimates:
//	mean difference
//	          -1.58
//
//	Effect sizes (95% CI from the noncentral t):
//	  Cohen's d_z  -1.284558  [-2.118017, -0.4146278]
//	  Hedges' g_z  -1.173925  [-1.935602, -0.3789179]
//	  d_av         -0.8334963  (mean difference / mean of the two SDs)
//	Paired descriptives (n = 10):
//	  drug1: mean 0.75, sd 1.78901
//	  drug2: mean 2.33, sd 2.002249
//	  correlation r = 0.7951702, p-value = 0.005964996
//
//	$ pairedt freq testdata/nochange.csv --before pre --after post --levels low,mid,high
//	Before: pre
//	               Frequency Percent Valid Percent Cumulative Percent
//	Valid   low            2    33.3          40.0               40.0
//	        mid            2    33.3          40.0               80.0
//	        high           1    16.7          20.0              100.0
//	        Total          5    83.3         100.0
//	Missing System         1    16.7
//	Total                  6   100.0
//
//	After: post
//	            Frequency Percent Valid Percent Cumulative Percent
//	Valid low           2    33.3          33.3               33.3
//	      mid           3    50.0          50.0               83.3
//	      high          1    16.7          16.7              100.0
//	      Total         6   100.0         100.0
//
//	Cross table (rows = before, columns = after)
//	before \ after  low  mid  high  Total
//	low               2    0     0      2
//	mid               0    2     0      2
//	high              0    0     1      1
//	Total             2    2     1      5
//	1 pair dropped because a value was missing
//
//	Paired tests on 5 complete pairs (d = before - after; scores 1, 2, 3)
//	  Bowker symmetry          undefined: no discordant pairs: every off-diagonal cell of the 3 x 3 table is 0, Bowker's test is undefined
//	  Stuart-Maxwell           undefined: no discordant pairs: every off-diagonal cell of the 3 x 3 table is 0, the Stuart-Maxwell test is undefined
//	  Sign test                undefined: samples are identical: SignTest: all 5 differences equal mu = 0; no signs to test
//	  Wilcoxon signed-rank     undefined: samples are identical: Wilcoxon: all 5 differences equal mu = 0; the test is undefined (R gives NaN)
//	  t-test on the scores     undefined: samples are identical: all 5 differences equal mu = 0, so t is 0/0
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/pairedt/pairedt/internal/atomicfile"
)

func main() {
	cleanupOnSignal()
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

// cleanupOnSignal makes SIGINT, SIGTERM and SIGHUP remove the temporary
// files and staging directory of a write in progress (atomicfile.Cleanup;
// the output stays as it was) and exit with the shell's status for the
// signal, 128+n: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP.
func cleanupOnSignal() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		sig := <-ch
		atomicfile.Cleanup()
		fmt.Fprintf(os.Stderr, "pairedt: %v: stopped, temporary files removed\n", sig)
		code := 130
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s)
		}
		os.Exit(code)
	}()
}
