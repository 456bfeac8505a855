// Package pairedt analyses pretest-posttest (paired) data: the paired and
// one-sample t-tests with confidence intervals and effect sizes; frequency
// tables, paired cross tables and the tests that suit paired ordinal or
// categorical outcomes (Wilcoxon signed-rank, sign test, McNemar, Bowker,
// Stuart-Maxwell) and the Shapiro-Wilk test of the differences.
//
// Conventions that hold package-wide:
//
//   - Differences are d = x - y (R's t.test(x, y, paired = TRUE); SPSS's
//     "Pair 1: before - after"). With x the pretest and y the posttest, an
//     improvement gives a negative t.
//   - A NaN in x or y drops that pair, as R does; the number dropped is
//     reported on the result. ±Inf is an error.
//   - Problems the data can cause are returned as errors wrapping one of the
//     package's sentinel errors (ErrLength, ErrTooFew, ...), never as a
//     panic. Caveats that do not stop an analysis (few pairs, ties, a t-test
//     on category codes) travel as Warnings on the result: values (a
//     WarningKind and its numbers), whose String is the English sentence and
//     whose JSON is that sentence, with the kinds' codes under
//     "warning_codes".
//   - p-values come from upper-tail (survival) functions, never 1 - CDF, so
//     that a p of 1e-19 is reported as such and not rounded to zero.
//   - Every statistic is checked against R (see testdata/ and the R scripts
//     beside the reference files).
package pairedt
