# Reference values for the ordinal / paired categorical code of package pairedt
# (pairedt/freq.go, pairedt/crosstab.go, pairedt/categorical.go).
#
# Run from the repository root:   Rscript testdata/r/ordinal.R
# Writes testdata/r/ordinal.json. Numbers are printed with 17 significant digits.
# Produced with R 4.2.2 and coin 1.4.2 (recorded in the file as "r_version", "coin_version").
#
# For every table (rows = before, columns = after):
#   mcnemar_correct  stats::mcnemar.test(m, correct = TRUE)      (2 x 2 only)
#   mcnemar          stats::mcnemar.test(m, correct = FALSE)     (2 x 2 only)
#   binom_p          stats::binom.test(m[1,2], m[1,2] + m[2,1])$p.value  (2 x 2 only)
#   bowker_r         stats::mcnemar.test(m) for k > 2 and mcnemar.test(m, correct = FALSE) for
#                    k = 2: R's own Bowker statistic, NaN (null here) when a symmetric pair is empty
#   bowker           the same sum over the NON-EMPTY symmetric pairs only, df = their number,
#                    p = pchisq(stat, df, lower.tail = FALSE); equals bowker_r when no pair is empty
#                    (checked below with stopifnot)
#   mh               coin::mh_test(as.table(m)): statistic(), df = @statistic@df, and
#                    p = pchisq(statistic, df, lower.tail = FALSE) (precise; coin's own
#                    pvalue() = 1 - pchisq is also stored as p_coin for information)
# Frequency tables (NA written as "", so "missing" lists "" and any other missing code):
#   percent = 100 * count / n, valid_percent = 100 * count / n_valid,
# cumulative_percent = 100 * cumsum(count) / n_valid, counts from table(factor(x, levels)).
suppressMessages(library(coin))

num <- function(x) if (is.na(x) || is.nan(x)) "null" else sprintf("%.17g", x)
json <- function(x, indent = "") {
  ind2 <- paste0(indent, "  ")
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (!is.null(names(x))) {
      items <- vapply(names(x), function(n) paste0(ind2, '"', n, '": ', json(x[[n]], ind2)), "")
      return(paste0("{\n", paste(items, collapse = ",\n"), "\n", indent, "}"))
    }
    items <- vapply(x, function(e) paste0(ind2, json(e, ind2)), "")
    return(paste0("[\n", paste(items, collapse = ",\n"), "\n", indent, "]"))
  }
  if (is.matrix(x)) {
    rows <- apply(x, 1, function(r) paste0("[", paste(vapply(r, num, ""), collapse = ", "), "]"))
    return(paste0("[", paste(rows, collapse = ", "), "]"))
  }
  if (is.character(x)) {
    s <- paste0('"', gsub('"', '\\\\"', x), '"')
    return(if (length(x) == 1 && is.null(attr(x, "vec"))) s else paste0("[", paste(s, collapse = ", "), "]"))
  }
  if (is.logical(x)) return(if (x) "true" else "false")
  v <- vapply(x, num, "")
  if (length(x) == 1 && is.null(attr(x, "vec"))) return(v)
  paste0("[", paste(v, collapse = ", "), "]")
}
vec <- function(x) structure(x, vec = TRUE)

test3 <- function(stat, df, p) list(statistic = unname(stat), df = unname(df), p = unname(p))

bowker_nonempty <- function(m) {
  s <- m + t(m); d <- m - t(m)
  up <- upper.tri(m) & s > 0
  if (!any(up)) return(NULL)
  stat <- sum(d[up]^2 / s[up]); df <- sum(up)
  test3(stat, df, pchisq(stat, df, lower.tail = FALSE))
}

tab_case <- function(name, m, note = "") {
  k <- nrow(m)
  out <- list(name = name, note = note, counts = m)
  disc <- sum(m[upper.tri(m)] + t(m)[upper.tri(m)])
  if (k == 2 && disc > 0) {
    r <- mcnemar.test(m, correct = TRUE)
    out$mcnemar_correct <- c(test3(r$statistic, r$parameter, r$p.value), list(method = r$method))
    r <- mcnemar.test(m, correct = FALSE)
    out$mcnemar <- c(test3(r$statistic, r$parameter, r$p.value), list(method = r$method))
    out$binom_p <- binom.test(m[1, 2], m[1, 2] + m[2, 1])$p.value
  }
  r <- if (k == 2) mcnemar.test(m, correct = FALSE) else mcnemar.test(m)
  out$bowker_r <- test3(r$statistic, r$parameter, r$p.value)
  out$bowker <- bowker_nonempty(m)
  if (!is.null(out$bowker) && !is.nan(r$statistic))
    stopifnot(isTRUE(all.equal(unname(r$statistic), out$bowker$statistic, tolerance = 1e-14)))
  if (disc > 0 && sum(m) <= 1e4) { # mh_test expands the table to one row per subject: slow for 1e6
    lv <- factor(seq_len(k))
    tb <- as.table(m); dimnames(tb) <- list(before = lv, after = lv)
    h <- suppressWarnings(mh_test(tb))
    st <- unname(statistic(h)); df <- h@statistic@df
    out$mh <- c(test3(st, df, pchisq(st, df, lower.tail = FALSE)), list(p_coin = unname(pvalue(h))))
  }
  out
}

cases <- list()
add <- function(x) cases[[length(cases) + 1]] <<- x

# The article (Bener 2024): before 17/6/0, after 4/0/19 over the levels
# "not out", "out, not smooth", "smooth". Every joint table with these margins
# has row 1 = (a, 0, 17 - a), row 2 = (4 - a, 0, 2 + a), row 3 = 0, a = 0..4.
for (a in 0:4) {
  m <- rbind(c(a, 0, 17 - a), c(4 - a, 0, 2 + a), c(0, 0, 0))
  add(tab_case(sprintf("article_a%d", a), m, "joint table consistent with the article's margins"))
}
# 2 x 2 tables
add(tab_case("agresti_presidential", matrix(c(794, 86, 150, 570), 2), "mcnemar.test help page example (Agresti 1990, p. 350)"))
add(tab_case("2x2_b_eq_c", matrix(c(10, 5, 5, 10), 2), "b == c: R skips the continuity correction"))
add(tab_case("2x2_b_eq_c_1", matrix(c(3, 1, 1, 0), 2), "b == c == 1"))
add(tab_case("2x2_small", matrix(c(3, 7, 1, 2), 2), "b = 1, c = 7"))
add(tab_case("2x2_b0", matrix(c(5, 4, 0, 6), 2), "b = 0"))
add(tab_case("2x2_c0_b1", matrix(c(5, 0, 1, 6), 2), "b = 1, c = 0: corrected statistic 0"))
add(tab_case("2x2_large", matrix(c(1000, 600, 400, 2000), 2), "b = 400, c = 600"))
add(tab_case("2x2_larger", matrix(c(10, 4300, 4000, 20), 2), "b = 4000, c = 4300"))
add(tab_case("2x2_b2_c0", matrix(c(0, 0, 2, 90), 2), "b = 2, c = 0"))
add(tab_case("2x2_tiny_p", matrix(c(3, 60, 0, 5), 2), "b = 0, c = 60: binomial p = 2^-59"))
add(tab_case("2x2_1e5", matrix(c(10, 51000, 49000, 10), 2), "b = 49000, c = 51000"))
add(tab_case("2x2_1e6", matrix(c(0, 501000, 499000, 0), 2), "b = 499000, c = 501000"))
add(tab_case("2x2_1e6_far", matrix(c(0, 510000, 490000, 0), 2), "b = 490000, c = 510000"))
# k x k with empty symmetric pairs
add(tab_case("3x3_one_empty_pair", rbind(c(5, 0, 3), c(0, 4, 2), c(1, 6, 7)), "pair (1,2) empty"))
add(tab_case("4x4_two_empty_pairs", rbind(c(8, 2, 0, 1), c(3, 6, 0, 0), c(0, 0, 5, 4), c(2, 0, 1, 9)), "pairs (1,3), (2,3) and (2,4) empty"))
add(tab_case("3x3_full", rbind(c(20, 5, 3), c(10, 15, 4), c(6, 9, 25)), "no empty pair"))
# a level empty in both margins, a level whose subjects never changed, separated groups
add(tab_case("4x4_level_empty", rbind(c(5, 3, 0, 1), c(2, 7, 0, 4), c(0, 0, 0, 0), c(1, 0, 0, 6)), "level 3 empty in both margins"))
add(tab_case("3x3_level_diag_only", rbind(c(4, 3, 0), c(1, 2, 0), c(0, 0, 9)), "level 3 only on the diagonal"))
add(tab_case("4x4_two_groups", rbind(c(4, 3, 0, 0), c(1, 2, 0, 0), c(0, 0, 3, 5), c(0, 0, 2, 1)), "levels {1,2} and {3,4} never exchange"))
add(tab_case("5x5_level_empty", rbind(c(0,0,0,0,0), c(0,3,2,1,0), c(0,4,5,0,2), c(0,1,3,8,1), c(0,0,1,2,6)), "level 1 empty"))
# random tables
set.seed(20241127)
for (i in 1:24) {
  k <- sample(2:6, 1)
  lambda <- sample(c(0.5, 1, 3, 10, 40), 1)
  m <- matrix(rpois(k * k, lambda), k)
  if (sum(m[upper.tri(m)] + t(m)[upper.tri(m)]) == 0) m[1, 2] <- 1
  add(tab_case(sprintf("random_%02d", i), m, sprintf("set.seed(20241127); k = %d, rpois(lambda = %g)", k, lambda)))
}

freq_case <- function(name, x, levels, missing_values = character(0)) {
  miss <- is.na(x) | x %in% missing_values
  tb <- table(factor(x[!miss], levels = levels))
  cnt <- as.vector(tb); n <- length(x); nv <- sum(cnt)
  list(name = name, levels = vec(levels), missing = vec(c("", missing_values)),
       values = vec(ifelse(is.na(x), "", x)), counts = vec(cnt), n = n,
       n_valid = nv, n_missing = n - nv,
       percent = vec(100 * cnt / n), valid_percent = vec(100 * cnt / nv),
       cumulative_percent = vec(100 * cumsum(cnt) / nv), missing_percent = 100 * (n - nv) / n)
}
lv <- c("not out", "out, not smooth", "smooth")
freqs <- list(
  freq_case("article_before", rep(lv, c(17, 6, 0)), lv),
  freq_case("article_after", rep(lv, c(4, 0, 19)), lv),
  freq_case("with_missing", c("a", "b", NA, "c", "a", NA, "a", "c", "b", "a", "99"), c("a", "b", "c", "d"), "99"),
  freq_case("thirds", rep(c("x", "y", "z"), c(1, 1, 1)), c("x", "y", "z")),
  freq_case("sevenths", rep(c("p", "q", "r"), c(1, 2, 4)), c("p", "q", "r"))
)

out <- list(
  source = "testdata/r/ordinal.R",
  r_version = R.version.string,
  coin_version = as.character(packageVersion("coin")),
  tables = cases,
  frequencies = freqs
)
writeLines(json(out), "testdata/r/ordinal.json")
