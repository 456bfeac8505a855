# statcheck's own unit-test strings with statcheck 1.4.0's verdicts.
#
# Step 1 (only with an argument): read the test files of a statcheck checkout
# and collect every string passed to statcheck() inside each test_that()
# block, with the options the call gives (alpha, pEqualAlphaSig, pZeroError,
# OneTailedTests, OneTailedTxt), into testthat_strings.json. Sources:
#   tag v1.4.0 (= the installed 1.4.0): test-extract-{t,F,chi2,correlations,
#     z,Q,pvalues}-tests.R, test-error.R, test-decisionerror.R;
#   test-extract-non-apa.R from commit bcbdd11 (branch feature-non-apa-new,
#     2024-07-26; later commented out), test-no-results.R from 10268ea^
#     (removed 2018-05-04); neither is in v1.4.0.
#   git -C statcheck worktree add /tmp/sc-1.4.0 v1.4.0  (and the two files)
#   Rscript pairedt/audit/testdata/statcheck/testthat.R /tmp/sc-1.4.0/tests/testthat
# Step 2 (always): run statcheck 1.4.0 on each string with those options and
# write testthat.json, read by TestScanStatcheckTestthat. Run from the
# repository root:
#   Rscript pairedt/audit/testdata/statcheck/testthat.R
# Cross-check: the nine v1.4.0 test files pass against the installed 1.4.0
# (testthat::test_file(f, env = new.env(parent = asNamespace("statcheck"))):
# 346 expectations, 0 failures), so these verdicts are also the tests' own.
suppressMessages({library(statcheck); library(jsonlite)})
dir <- "pairedt/audit/testdata/statcheck"
files <- c("test-extract-t-tests.R", "test-extract-F-tests.R", "test-extract-chi2-tests.R",
           "test-extract-correlations.R", "test-extract-z-tests.R", "test-extract-Q-tests.R",
           "test-extract-non-apa.R", "test-extract-pvalues.R", "test-error.R",
           "test-decisionerror.R", "test-no-results.R")
opts <- c("alpha", "pEqualAlphaSig", "pZeroError", "OneTailedTests", "OneTailedTxt")
args <- commandArgs(trailingOnly = TRUE)
if (length(args) == 1) {
  cases <- list()
  walk <- function(e, env, file, block) {
    if (!is.call(e)) return(invisible())
    f <- if (is.name(e[[1]])) as.character(e[[1]]) else ""
    if (f == "test_that") {
      env <- new.env(parent = globalenv()); block <- e[[2]]
      walk(e[[3]], env, file, block); return(invisible())
    }
    if (f %in% c("<-", "=") && is.name(e[[2]])) {
      v <- tryCatch(eval(e[[3]], env), error = function(err) NULL)
      if (!is.null(v) && !is.function(v)) assign(as.character(e[[2]]), v, envir = env)
    }
    if (f == "statcheck" && !is.null(block)) {
      txt <- tryCatch(eval(e[[2]], env), error = function(err) NULL)
      o <- list()
      for (n in intersect(names(e), opts)) o[[n]] <- eval(e[[n]], env)
      for (s in txt) if (!is.na(s)) {
        key <- paste(file, block, s, toJSON(o, auto_unbox = TRUE))
        if (is.null(cases[[key]])) cases[[key]] <<- list(file = file, test_that = block, text = s, options = o)
      }
    }
    for (a in as.list(e)[-1]) if (!missing(a)) walk(a, env, file, block)
  }
  for (file in files) {
    p <- file.path(args[1], file)
    if (!file.exists(p)) { message("missing ", p); next }
    for (e in parse(p, keep.source = FALSE, encoding = "UTF-8")) walk(e, globalenv(), file, NULL)
  }
  names(cases) <- NULL
  writeLines(toJSON(cases, auto_unbox = TRUE, pretty = TRUE), file.path(dir, "testthat_strings.json"), useBytes = TRUE)
}
cases <- fromJSON(file.path(dir, "testthat_strings.json"), simplifyVector = FALSE)
out <- lapply(cases, function(c) {
  a <- c(list(c$text, messages = FALSE), c$options)
  r <- suppressWarnings(do.call(statcheck, a))
  res <- list()
  if (!is.null(r) && nrow(r) > 0) for (i in seq_len(nrow(r))) res[[i]] <- list(
    test_type = as.character(r$test_type[i]), df1 = r$df1[i], df2 = r$df2[i],
    test_comp = as.character(r$test_comp[i]), test_value = r$test_value[i],
    p_comp = as.character(r$p_comp[i]), reported_p = r$reported_p[i], computed_p = r$computed_p[i],
    raw = as.character(r$raw[i]), error = r$error[i], decision_error = r$decision_error[i],
    one_tailed_in_txt = r$one_tailed_in_txt[i])
  c$results <- res
  if (length(c$options) == 0) c$options <- structure(list(), names = character(0))
  c
})
doc <- list(source = paste0("statcheck ", packageVersion("statcheck"), ", ", R.version.string), cases = out)
writeLines(toJSON(doc, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null"),
           file.path(dir, "testthat.json"), useBytes = TRUE)
