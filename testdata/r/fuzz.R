# Reference values for the regression tests of inputs found by the fuzz tests
# (pairedt/binomial_tail_test.go). Run from the module root:
#   Rscript testdata/r/fuzz.R      # -> testdata/r/fuzz.json
# Written with R 4.2.2 (stats only). Numbers printed with 17 significant digits.
#
# McNemarExact: the two-sided exact p of R's binom.test(b, b + c), which for
# p = 1/2 is 2 * pbinom(min(b, c), b + c, 1/2) (binom.test sums the
# probabilities not larger than the observed one; the binomial is symmetric).
# binom.test itself is not called: for b + c near 3e9 it takes minutes.
# SignTest: R's binom.test(positives, n), the same two-sided p.
tables <- list(
  list(name = "fuzz 83166556dfa1107a (subnormal p)", b = 1446457648, c = 1448498774),
  list(name = "b, c near 1.4e7", b = 14464576, c = 14484987),
  list(name = "b, c near 1.4e8", b = 144645764, c = 144849877)
)
signs <- list(
  list(name = "n = 20000, 7330 positive (subnormal p)", n = 20000, pos = 7330),
  list(name = "n = 20000, 7300 positive (p near the smallest subnormal)", n = 20000, pos = 7300),
  list(name = "n = 20000, 7400 positive", n = 20000, pos = 7400)
)
f <- function(x) sprintf("%.17g", x)
out <- c("{", '  "source": "testdata/r/fuzz.R, R 4.2.2: 2 * pbinom(min(b, c), b + c, 0.5)",', '  "mcnemar_exact": [')
rows <- sapply(tables, function(t) sprintf('    {"name": "%s", "b": %.0f, "c": %.0f, "p": %s}', t$name, t$b, t$c,
  f(min(1, 2 * pbinom(min(t$b, t$c), t$b + t$c, 0.5)))))
out <- c(out, paste(rows, collapse = ",\n"), "  ],", '  "sign_test": [')
rows <- sapply(signs, function(s) sprintf('    {"name": "%s", "n": %d, "positive": %d, "p": %s}', s$name, s$n, s$pos,
  f(min(1, 2 * pbinom(min(s$pos, s$n - s$pos), s$n, 0.5)))))
out <- c(out, paste(rows, collapse = ",\n"), "  ]", "}")
writeLines(out, "testdata/r/fuzz.json")
