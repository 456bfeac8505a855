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
//
// # Accuracy
//
// The README's "Accuracy against R" table gives the largest relative error of
// every statistic against R 4.2.2 over the reference cases in testdata/r/:
// from 0 to 6e-13 for the tests' statistics and p-values, 3e-11 for the d_z
// interval; the tests fail beyond 1e-10 (1e-12 for the t-test and the exact
// Wilcoxon p). Beyond R:
//
//   - The Student-t tail behind every p is within 1e-13 relative of 40-digit
//     mpmath for df from 1 to 1e7 and tails down to 1e-300, and the d_z and
//     g_z bounds within 1.4e-11 (testdata/r/nct_mpmath.py), also where R's
//     pt(q, df, ncp) is a normal approximation (|ncp| > 37.62) and
//     effectsize's bounds are off by up to 7e-3.
//   - On NIST StRD NumAcc-style data (values near 1e9) Test's means, standard
//     deviations and r are within 2e-15 of 256-bit arithmetic, where R's are
//     off by up to 8e-13. Test's interval is mean(d) ± q se, where R's
//     Mu + (t ± q) se cancels for |mean(d) - Mu| large against se.
//   - Accumulator.Result equals Test within about 1e-13 relative, except that
//     a mean tiny against the spread of its values (7e-12 among differences
//     up to 8e-8) agrees only to a few ulp of the spread: an Accumulator
//     cannot take Test's second pass.
//   - The binomial tail of SignTest and McNemarExact is exact (one rounding)
//     up to 2^14 trials and within a few 1e-13 relative beyond. Chi-squared
//     p-values are upper tails, keeping their digits below 1e-12 where coin's
//     1 - pchisq loses them.
package pairedt
