// Package dist holds the module's distribution functions, one of each:
// Student's t tail and quantile (TUpper, TQuantileUpper), the noncentral t
// tails and the noncentrality solve behind the d_z interval (NCTTails,
// NCTSolve), the standard normal (NormUpper, NormLower, NormQuantile), the
// chi-squared upper tail (ChisqUpper), the Binomial(m, 1/2) tail
// (BinomHalfLower), the exact signed-rank distribution (SignRank), its
// conditional version given tied or Pratt scores (SignRankCond), R's root
// finder (Zeroin), the JZS Bayes factors of the t-test (JZS), the log
// noncentral t density (LogNCTDensity) and the log-space quadrature behind
// them (LogIntegral). It is to pairedt and pairedt/audit what gonum's
// distuv and mathext are to stat.
//
// Conventions: tail probabilities are computed as tails, never as 1 - CDF;
// arguments are validated by the callers (df > 0, 0 < p < 1).
//
// # Accuracy
//
// TUpper is within 1e-13 relative of 40-digit mpmath values
// (testdata/tdist_mpmath.py) for 21 df from 1 to 1e7, integer and not, and
// tails from 0.45 down to 1e-300; the largest error on that grid is
// 1.8e-14 (df = 10), and below 1e-14 for every df >= 1e4. The two tails it
// replaces, gonum's StudentsT.Survival with a series for moderate tails
// (pairedt) and gonum's Survival with a normal transform beyond df = 1e6
// (pairedt/audit), were off by up to 1.5e-13 and 4.6e-15 at df = 31.2,
// 3.9e-13 and 4.3e-13 at df = 1e3, 8.6e-11 and 9.9e-11 at df = 1e5,
// 2.5e-10 and 2.6e-10 at df = 1e6, 4.1e-9 and 1.1e-6 at df = 1e7 on the
// same grid, and returned 0 for p near 1e-300 at df = 1 and 1.5 (t^2
// overflowed). TQuantileUpper is
// within 1e-13 relative of mpmath's quantiles on the same df for tails
// from 0.4 down to 1e-300.
//
// The noncentral t tails are accurate to about 1e-16 absolute; the d_z
// bounds solved from them agree with mpmath to 1.4e-11
// (testdata/r/nct_mpmath.py). BinomHalfLower is exact (one rounding) up
// to 2^14 trials and within a few 1e-13 relative beyond.
//
// JZS is within 1e-10 relative (in practice a few 1e-14) of 40-digit
// mpmath values (testdata/r/bayes_mpmath.py) for BF10, BF+0 and BF-0; it
// needs no noncentral t density, so it has none of the underflow that
// makes R's BayesFactor wrong at large |t|.
package dist
