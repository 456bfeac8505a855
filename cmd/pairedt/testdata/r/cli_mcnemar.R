# Reference values for freq on a two-level outcome (R 4.2.2).
# Run from cmd/pairedt:  Rscript testdata/r/cli_mcnemar.R
# The 2 x 2 table, before (rows) x after (columns): [[10, 17], [8, 15]].
tab <- matrix(c(10, 8, 17, 15), 2, dimnames = list(pre = c("no", "yes"), post = c("no", "yes")))
d <- data.frame(pre = rep(c("no", "yes", "no", "yes"), c(10, 8, 17, 15)),
                post = rep(c("no", "no", "yes", "yes"), c(10, 8, 17, 15)))
stopifnot(all(table(d) == tab))
write.csv(d, "testdata/mcnemar.csv", row.names = FALSE, quote = FALSE)
p <- function(...) print(c(...), digits = 17)
m <- mcnemar.test(tab)                    # golden freq-mcnemar, TestFreqMcNemar
p(m$statistic, m$parameter, m$p.value)
u <- mcnemar.test(tab, correct = FALSE)
p(u$statistic, u$parameter, u$p.value)
b <- binom.test(8, 25)                    # exact McNemar: c = 8 of b + c = 25
p(b$statistic, b$p.value)
