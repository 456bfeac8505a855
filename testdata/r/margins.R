# Reference values for pairedt/audit's margin check (Margins, CheckMargins).
#
# For each case, enumerate in R every k x k joint table (rows: before level,
# columns: after level) whose row sums are the before counts and column sums
# the after counts, expand each table into paired vectors x (before score)
# and y (after score), and record over all tables:
#   - the number of tables;
#   - t.test(x, y, paired = TRUE)$statistic: min, max and every value;
#   - wilcox.test(x, y, paired = TRUE) (R's defaults: exact = NULL,
#     correct = TRUE): V and p-value, min and max;
#   - for k = 3: the supremum over scorings s = (0, u, 1), u in (0, 1), of
#     |t|, from optimize() on each table plus a grid of 2001 values of u (k = 3 cases with at most 200 tables).
# Tables whose differences are all equal (t.test: "data are essentially
# constant") are skipped for t; tables with all differences zero for V.
#
# Run from this directory: Rscript margins.R  (R 4.2.2, jsonlite)
# Output: margins.json, every number printed with sprintf("%.17g").

enumerate_tables <- function(r, c) {
  k <- length(r)
  out <- list()
  comps <- function(j, rem, colrem) {
    if (j == k) {
      if (rem <= colrem[k]) return(list(rem)) else return(list())
    }
    res <- list()
    for (v in 0:min(rem, colrem[j])) {
      for (tail in comps(j + 1, rem - v, colrem)) res[[length(res) + 1]] <- c(v, tail)
    }
    res
  }
  rec <- function(i, colrem, acc) {
    if (i == k) {
      out[[length(out) + 1]] <<- rbind(acc, colrem, deparse.level = 0)
      return(invisible())
    }
    for (row in comps(1, r[i], colrem)) rec(i + 1, colrem - row, rbind(acc, row, deparse.level = 0))
  }
  rec(1, c, NULL)
  out
}

expand <- function(tab, s) {
  k <- nrow(tab)
  x <- c(); y <- c()
  for (i in 1:k) for (j in 1:k) {
    x <- c(x, rep(s[i], tab[i, j]))
    y <- c(y, rep(s[j], tab[i, j]))
  }
  list(x = x, y = y)
}

tstat <- function(x, y) {
  tryCatch(unname(t.test(x, y, paired = TRUE)$statistic), error = function(e) NA_real_)
}

g <- function(x) sprintf("%.17g", x)
vec <- function(v) paste0("[", paste(v, collapse = ", "), "]")

cases <- list(
  list(name = "article", before = c(17, 6, 0), after = c(4, 0, 19), scores = c(1, 2, 3)),
  list(name = "k3_spread", before = c(10, 8, 5), after = c(4, 9, 10), scores = c(1, 2, 3)),
  list(name = "k3_scores_0_1_5", before = c(10, 8, 5), after = c(4, 9, 10), scores = c(0, 1, 5)),
  list(name = "k3_synthetic_improved", before = c(15, 8, 0), after = c(0, 5, 18), scores = c(1, 2, 3)),
  list(name = "k2", before = c(6, 4), after = c(3, 7), scores = c(1, 2)),
  list(name = "k4", before = c(5, 4, 3, 2), after = c(2, 3, 4, 5), scores = c(1, 2, 3, 4))
)

lines <- c()
for (cs in cases) {
  tabs <- enumerate_tables(cs$before, cs$after)
  ts <- c(); vs <- c(); ps <- c()
  for (tab in tabs) {
    e <- expand(tab, cs$scores)
    ts <- c(ts, tstat(e$x, e$y))
    d <- e$x - e$y
    if (any(d != 0)) {
      w <- suppressWarnings(wilcox.test(e$x, e$y, paired = TRUE))
      vs <- c(vs, unname(w$statistic)); ps <- c(ps, w$p.value)
    }
  }
  tt <- ts[!is.na(ts)]
  any_sup <- NA_real_
  if (length(cs$before) == 3 && length(tabs) <= 200) {
    any_sup <- 0
    grid <- c(1e-9, seq(0, 1, length.out = 2001)[-c(1, 2001)], 1 - 1e-9)
    for (tab in tabs) {
      f <- function(u) { e <- expand(tab, c(0, u, 1)); v <- tstat(e$x, e$y); if (is.na(v)) 0 else abs(v) }
      best <- max(sapply(grid, f))
      o <- optimize(f, c(0, 1), maximum = TRUE, tol = 1e-12)
      any_sup <- max(any_sup, best, o$objective)
    }
  }
  lines <- c(lines, paste0(
    '  {"name": "', cs$name, '", "before": ', vec(cs$before), ', "after": ', vec(cs$after),
    ', "scores": ', vec(cs$scores), ', "tables": ', length(tabs),
    ', "undefined": ', sum(is.na(ts)),
    ', "t_min": "', g(min(tt)), '", "t_max": "', g(max(tt)), '"',
    ', "t_all": [', paste0('"', g(sort(tt)), '"', collapse = ", "), ']',
    ', "v_min": "', g(min(vs)), '", "v_max": "', g(max(vs)), '"',
    ', "wilcoxon_p_min": "', g(min(ps)), '", "wilcoxon_p_max": "', g(max(ps)), '"',
    ', "t_max_abs_any_scoring_grid": "', g(any_sup), '"}'))
}
writeLines(c(paste0('{"source": "testdata/r/margins.R, ', R.version.string, '",'),
             ' "cases": [', paste(lines, collapse = ",\n"), ']}'), "margins.json")
