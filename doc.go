// Package pairedt is the root of a module for reproducible pretest-posttest
// (paired) study analysis: the same people measured before and after an
// intervention, analysed and written up with every number traceable to its
// data and checked against R. This package holds no code; import the
// packages below.
//
// # Packages
//
//   - github.com/pairedt/pairedt/pairedt: the statistics. Paired and
//     one-sample t-tests with confidence intervals and effect sizes (d_z,
//     g_z, d_av); a mergeable Accumulator for data that does not fit in
//     memory; frequency tables, paired cross tables and the tests that suit
//     paired ordinal data (Wilcoxon signed-rank, sign test, McNemar, Bowker,
//     Stuart-Maxwell); Shapiro-Wilk for the differences; AnalyzePaired and
//     AnalyzeOrdinal, the one place that decides which tests a study gets.
//   - github.com/pairedt/pairedt/pairedt/audit: recomputes what a published
//     article reports (percentages, p-values, a paired t against the category
//     margins it must have come from, GRIM) and gives a verdict per claim.
//   - github.com/pairedt/pairedt/report: turns an analysis into a paper's
//     Results section: one Document (report.New) with Markdown,
//     self-contained HTML and chart files (SVG, PNG, PDF, EPS) as writers
//     over it, in English (APA 7) and Indonesian.
//   - github.com/pairedt/pairedt/dataset: reads the files people keep their
//     data in, SPSS .sav/.zsav (value labels as ordered levels, declared
//     missing values, variable labels) and Excel .xlsx workbooks.
//   - github.com/pairedt/pairedt/cmd/pairedt: the command-line tool (CSV in,
//     text, JSON or a report out) for people who do not write Go.
//   - github.com/pairedt/pairedt/examples/...: runnable programs; start with
//     examples/oxytocin, which regenerates the motivating article's results.
//
// # How data flows
//
// Data flows one way: input (CSV, SPSS or Excel files, or slices in Go) ->
// pairedt (numbers: result structs with documented fields and JSON keys;
// warnings and verdicts as values, not sentences) -> report (words from one
// catalog per language, tables and charts) -> bytes. pairedt never imports
// report; report reads no files and no flags; dataset reads only the fs.FS
// or io.Reader it is given; only cmd/, examples/ and the one file-writing
// helper (internal/atomicfile) touch the file system (layout_test.go checks
// this).
//
// Every reference value the tests use comes from R (the scripts that write
// them are under testdata/r/) or from a published table, and testdata/README.md
// says where each file comes from.
package pairedt
