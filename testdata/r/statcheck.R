# Reference verdicts for pairedt/audit's CheckStatement: statcheck 1.4.0
# (MicheleNuijten/statcheck) with its defaults (alpha = .05,
# pEqualAlphaSig = TRUE, pZeroError = TRUE, OneTailedTests = FALSE,
# OneTailedTxt = FALSE) on one APA string at a time.
#
# Run from this directory: Rscript statcheck.R  (R 4.2.2, statcheck 1.4.0)
# Output: statcheck.json, numbers printed with sprintf("%.17g"); a string
# statcheck does not detect gets "detected": false.

suppressMessages(library(statcheck))

texts <- c(
  "t(22) = -28.47, p < .001",
  "t(22) = -28.471, p = .000",
  "t(22) = -28.471, p = 0.000",
  "t(28) = 2.20, p = .036",
  "t(28) = 2.20, p = .04",
  "t(28) = 2.20, p = .06",
  "t(15) = 1.80, p = .09",
  "t(15) = 1.80, p < .05",
  "t(40) = 1.99, p = .05",
  "t(40) = 2.03, p = .05",
  "t(100) = 1.50, p = .14",
  "t(100) = 1.50, p = .13",
  "t(12) = 3.10, p < .01",
  "t(12) = 3.10, p < .001",
  "t(12) = 0.95, p = .36",
  "t(12) = 0.95, p = .036",
  "t(30) = -2.75, p = .01",
  "t(30) = 2.04, p = .05",
  "t(9) = 4.06, p = .003",
  "t(9) = 4.06, p > .05",
  "t(50) = 1.2, p = .24",
  "t(50) = 1.2, p = .20",
  "t(22) = 2.07, p = .05",
  "t(18) = 2.10, p = .050",
  "t(18) = 2.10, p < .05",
  "t(22)=2.50,p=.02",
  "t(7) = 2.36, p = .05",
  "t(60) = 0.00, p = 1.00",
  "t(25) = 1.71, p > .05",
  "t(25) = 1.71, p < .10",
  "t(22) = 1.50, ns",
  "t(22) = \u22122.50, p = .020",
  "t = -28.471, p = 0.000"
)

g <- function(x) if (is.na(x)) "null" else sprintf("%.17g", x)
b <- function(x) if (is.na(x)) "null" else if (x) "true" else "false"
esc <- function(s) gsub('"', '\\\\"', s)
out <- c()
for (txt in texts) {
  r <- suppressMessages(suppressWarnings(statcheck(txt, messages = FALSE)))
  if (is.null(r) || nrow(r) == 0) {
    out <- c(out, paste0('  {"text": "', esc(txt), '", "detected": false}'))
    next
  }
  r <- r[1, ]
  out <- c(out, paste0('  {"text": "', esc(txt), '", "detected": true',
    ', "df2": ', g(r$df2), ', "test_value": ', g(r$test_value),
    ', "p_comp": "', r$p_comp, '", "reported_p": ', g(r$reported_p),
    ', "computed_p": ', g(r$computed_p),
    ', "error": ', b(r$error), ', "decision_error": ', b(r$decision_error), '}'))
}
writeLines(c(paste0('{"source": "testdata/r/statcheck.R, ', R.version.string, ', statcheck ', packageVersion("statcheck"), '",'),
             ' "results": [', paste(out, collapse = ",\n"), ']}'), "statcheck.json")
