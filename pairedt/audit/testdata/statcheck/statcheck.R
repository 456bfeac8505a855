# Expected verdicts of statcheck 1.4.0 (R 4.2) on statcheck's own kinds of test string
# (the forms of MicheleNuijten/statcheck tests/testthat: test-extract-*, test-error-*,
# test-decision-error-*, test-one-tailed-*), plus the forms issue 10 and issue 14 name.
# Run from the repository root:
#   Rscript pairedt/audit/testdata/statcheck/statcheck.R
# It writes pairedt/audit/testdata/statcheck/expected.json, read by TestScanStatcheck.
suppressMessages({library(statcheck); library(jsonlite)})
default <- c(
  "t(28) = 2.20, p = .03", "t(28) = 2.20, p = .04", "t(28) = 2.20, p = .036",
  "t(28) = -2.20, p = .04", "t(28) = 2.2, p = .04", "t (28) = 2.20, p = .04",
  "t(28)=2.20,p=.04", "t(28.1) = 2.20, p = .04", "t(28) = 2.20, p < .05",
  "t(28) = 2.20, p > .05", "t(28) = 1.20, p < .05", "t(28) = 2.20, p = .05",
  "t(28) = 2.20, ns", "t(28) = 1.20, ns", "t(28) = 2.20, p = .000",
  "t(28) = 20.20, p = .000", "t(28) = 20.20, p < .001", "t(28) = 2.20, p = 0.04",
  "t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05",
  "t(28) = 2.20, p = .04 and t(15) = 1.98, p = .07",
  "t(22)=-28.47, p<.001", "t(22) = \u221228.47, p < .001", "t(22) = \u201328.47, p < .001",
  "F(2, 28) = 2.20, p = .13", "F(2, 28) = 2.20, p = .15", "F(2,28) = 22.20, p < .001",
  "F(1, 22) = 810.6, p < .001", "F(1, 19) = 4.44, p = .048", "F(1, 19) = 4.44, p = .03",
  "r(28) = .22, p = .26", "r(28) = .22, p = .02", "r(28) = -.42, p = .02", "r(98) = .20, p < .05",
  "so z = 2.20, p = .03", "so z = 2.20, p = .04", "so Z = -3.758, p = .000", "with Z = -3.758, p < .001",
  "so z = 1.20, p < .05",
  "chi2(28) = 22.20, p = .79", "chi2(28) = 22.20, p = .77", "\u03c72(3) = 23.00, p < .001",
  "\u03c7\u00b2(1) = 3.20, p = .07", "\u03c72(1, N = 100) = 3.20, p = .07", "\u03c72(1) = 3.20, p < .05",
  "Q(28) = 22.20, p = .79",
  "t(2, 28) = 2.20, p = .03",
  "t(22) = -28,471, p = .000", "t(22) = 2,10, p < .05", "t(28) = 2.20; p = .04",
  "F(1, 19) = 4,44, p = 0,048",
  "t(28) = .20, p = .84", "t(28) = 0.20, p = .80", "F(2, 28) = 0.20, p = .82", "r(28) = -.92, p < .001",
  "t(28) < 1, ns", "t(28) > 2.20, p < .05", "F(1, 28) < 1, p = .50", "t(28) = 2.20, p = .036, and F(2, 28) = 2.20, p = .13",
  "t(100) = 1.96, p = .05", "t(100) = 1.99, p = .05", "t(28) = 2.20, p <= .05", "z = 2.58, p = .01 was found"
)
one_tailed <- c(
  "t(28) = 1.80, p = .04, one-tailed", "t(28) = 1.80, p = .04", "t(28) = 2.20, p = .02, one-sided",
  "so z = 1.80, p = .04, one-tailed test"
)
run <- function(txts, otxt) {
  lapply(txts, function(s) {
    r <- suppressWarnings(statcheck(s, messages = FALSE, OneTailedTxt = otxt))
    res <- list()
    if (!is.null(r) && nrow(r) > 0) for (i in seq_len(nrow(r))) res[[i]] <- list(
      test_type = r$test_type[i], df1 = r$df1[i], df2 = r$df2[i], test_value = r$test_value[i],
      p_comp = r$p_comp[i], reported_p = r$reported_p[i], computed_p = r$computed_p[i],
      error = r$error[i], decision_error = r$decision_error[i])
    list(text = s, one_tailed_txt = otxt, results = res)
  })
}
out <- list(source = paste0("statcheck ", packageVersion("statcheck"), ", ", R.version.string),
            cases = c(run(default, FALSE), run(one_tailed, TRUE)))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null"),
           "pairedt/audit/testdata/statcheck/expected.json")
