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
// every statistic against R 4.2.2 over the reference cases in testdata/r/;
// the tests fail beyond 1e-10 (1e-12 for the t-test and the exact Wilcoxon
// p). In brief:
//
//   - Test (30 cases of testdata/r/ttest.R): t, the mean, standard deviations,
//     standard errors and r within 6e-15, the interval within 1.4e-14, d_z and
//     g_z within 3e-13 (R's own log-gamma J is off by that much), p and r_p
//     within 6e-13, never rounded to zero. On NIST StRD NumAcc-style data
//     (values near 1e9) the means, standard deviations and r are within 2e-15
//     of 256-bit arithmetic, where R's are off by up to 8e-13. Test computes
//     the interval as mean(d) ± q se, where R's Mu + (t ± q) se cancels when
//     |mean(d) - Mu| is large against se (R gives [0, 0] for Mu = 1e300).
//   - The Student-t tail behind every p-value is within 1e-13 relative of
//     40-digit mpmath values for df from 1 to 1e7 and tails down to 1e-300.
//   - The d_z and g_z intervals agree with a 40-digit reference to 1.4e-11
//     (testdata/r/nct_mpmath.py; typically 1e-14), also where R's pt(q, df,
//     ncp) is only a normal approximation (|ncp| > 37.62) and
//     effectsize::cohens_d's bounds are off by up to 7e-3 (effectsize solves
//     to about 1e-5).
//   - Accumulator.Result equals Test on the same pairs within about 1e-13
//     relative (the tests demand 1e-12). A mean that is tiny against the
//     spread of its values (a mean difference of 7e-12 among differences up
//     to 8e-8) agrees only to a few ulp of the spread, because an Accumulator
//     cannot take Test's second pass.
//   - Wilcoxon: V exact, the exact p within 1.5e-15 and the approximate p
//     within 2.5e-15 of wilcox.test; the Hodges-Lehmann estimate and interval
//     exactly (exact case) or within 1.9e-15 (approximate case). The
//     approximate bounds are root-finder answers within about TolRoot of the
//     step of the statistic where they change sign, as R's are.
//   - ShapiroWilk: W within 6e-16 and p within 3.2e-14 of shapiro.test for
//     n = 3 to 5000. It differs from R's swilk.c only in the normal quantile
//     behind the coefficients (Go's inverse error function instead of AS 241),
//     which moves W by a few units in the last place.
//   - SignTest and McNemarExact: the binomial tail is exact (one rounding) up
//     to 2^14 trials and within a few 1e-13 relative beyond; against binom.test
//     within 4.3e-15 (sign test) and 4.8e-14 (exact McNemar).
//   - McNemar, Bowker and StuartMaxwell: statistics within 3e-15 and p within
//     2.3e-14 of mcnemar.test and coin::mh_test. The p-value is the chi-squared
//     upper tail itself, so it keeps its digits below 1e-12, where coin's
//     1 - pchisq loses them.
package pairedt
