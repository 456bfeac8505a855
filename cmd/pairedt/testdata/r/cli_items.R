# Reference values for the issue 10 fixes in cmd/pairedt (R 4.2.2).
# Run from cmd/pairedt:  Rscript testdata/r/cli_items.R
suppressMessages(library(MASS))
write.csv(data.frame(A = shoes$A, B = shoes$B), "testdata/shoes.csv", row.names = FALSE)
p <- function(...) print(c(...), digits = 17)
d <- read.csv("testdata/codes124.csv")
# item 5: numbers keep their values (TestFreqKeepsValues)
p(t.test(d$pre, d$post, paired = TRUE)$statistic)
# ... and scored 1..3 (--scores 1,2,3)
p(t.test(as.integer(factor(d$pre, levels = c(1, 2, 4))),
         as.integer(factor(d$post, levels = c(1, 2, 4))), paired = TRUE)$statistic)
# MASS::shoes (TestFreqContinuous, TestTestAll)
p(t.test(shoes$A, shoes$B, paired = TRUE)$statistic)
# item 8: long format with s10's "post" and s3's "pre" rows missing
# (testdata/sleep_long_dropout.csv): the two subjects are dropped, as
# t.test drops NA pairs (golden test-long-dropout, TestLongDropout)
x <- sleep$extra[sleep$group == 1]; y <- sleep$extra[sleep$group == 2]
p(t.test(x[-c(3, 10)], y[-c(3, 10)], paired = TRUE)$statistic)
# item 10: test --all on MASS::shoes and sleep (TestTestAll)
for (xy in list(list(shoes$A, shoes$B), list(x, y))) {
  d <- xy[[1]] - xy[[2]]
  w <- suppressWarnings(wilcox.test(xy[[1]], xy[[2]], paired = TRUE))
  b <- binom.test(sum(d > 0), sum(d != 0))
  s <- shapiro.test(d)
  p(w$statistic, w$p.value, b$p.value, s$statistic, s$p.value)
}
# item 11: one group, d = after - before (TestWhereDirection)
write.csv(anorexia, "testdata/anorexia.csv", row.names = FALSE)
cbt <- subset(anorexia, Treat == "CBT")
tt <- t.test(cbt$Postwt, cbt$Prewt, paired = TRUE)
p(tt$statistic, tt$p.value, tt$estimate)
w <- wilcox.test(cbt$Postwt, cbt$Prewt, paired = TRUE, exact = FALSE)
p(w$statistic, w$p.value)
# issue 17: features.sav's berat and umur with the missing values dropped (TestSAVMissing)
p(t.test(c(3.25, 3, 3.5), c(25, 45, 30), paired = TRUE)$statistic)
