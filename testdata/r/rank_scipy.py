#!/usr/bin/python3
"""SciPy reference values for pairedt's Wilcoxon zero methods and for
Shapiro-Wilk above n = 5000 (issue 10 item 12).

Run from the repository root after testdata/r/rank_extra.R:

    python3 testdata/r/rank_scipy.py

It reads the paired cases of testdata/r/rank_extra.json and writes
testdata/r/rank_scipy.json. Produced with SciPy 1.10.1 (Debian
python3-scipy 1.10.1-2), NumPy as shipped with it. Calls:

    scipy.stats.wilcoxon(d, zero_method=zm, correction=c,
                         alternative=alt, method="approx")
        d = (x - y) - mu, zm in wilcox / pratt / zsplit, c in False / True
    scipy.stats.permutation_test((d,), statistic, permutation_type="samples",
        n_resamples=inf, alternative)  for n <= 20: all 2^n sign flips of d,
        statistic the sum of the ranks of |d| (all, Pratt; non-zero, Wilcoxon)
        over d > 0
    scipy.stats.shapiro(x)  for x_i = (i*i mod 1013) + i/7, i = 0..n-1,
        n = 5001, 8000, 20000, and x_i = (i mod 97) + i/1000 (n = 6000),
        with the UserWarning "p-value may not be accurate for N > 5000"
"""
import json
import warnings

import numpy as np
import scipy
from scipy import stats


def num(v):
    v = float(v)
    if np.isnan(v):
        return "NaN"
    if np.isinf(v):
        return "Inf" if v > 0 else "-Inf"
    return v


ref = json.load(open("testdata/r/rank_extra.json"))
alts = {"two.sided": "two-sided", "less": "less", "greater": "greater"}
zero = []
for c in ref["zero"]:
    x = np.array(c["x"], dtype=float)
    y = np.array(c["y"], dtype=float)
    d = (x - y) - float(c["mu"])
    row = {"name": c["name"], "x": c["x"], "y": c["y"], "mu": c["mu"],
           "alternative": c["alternative"]}
    for zm in ("wilcox", "pratt", "zsplit"):
        for corr in (False, True):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                r = stats.wilcoxon(d, zero_method=zm, correction=corr,
                                   alternative=alts[c["alternative"]], method="approx")
            key = "%s_%s" % (zm, "correct" if corr else "nocorrect")
            row[key + "_p"] = num(r.pvalue)
    # The exact permutation distribution (all 2^n sign flips), SciPy's
    # permutation_test with permutation_type="samples" on one sample, for
    # the small cases: Pratt's statistic (ranks of all |d|, summed over
    # d > 0) and Wilcoxon's (zeros dropped first).
    if len(d) <= 20:
        for zm, dd in (("pratt", d), ("wilcox", d[d != 0])):
            rk = stats.rankdata(np.abs(dd))

            def stat(v, axis=-1, rk=rk):
                return np.sum(rk * (v > 0), axis=axis)

            r = stats.permutation_test((dd,), stat, permutation_type="samples", vectorized=True,
                                       n_resamples=np.inf, alternative=alts[c["alternative"]])
            row[zm + "_permutation_p"] = num(r.pvalue)
    zero.append(row)

shapiro = []
for kind, n in (("mod1013", 5001), ("mod1013", 8000), ("mod1013", 20000), ("mod97", 6000)):
    i = np.arange(n)
    if kind == "mod1013":
        x = (i * i % 1013).astype(float) + i / 7
    else:
        x = (i % 97).astype(float) + i / 1000
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = stats.shapiro(x)
    msgs = [str(m.message) for m in w]
    shapiro.append({"kind": kind, "n": n, "w": num(r.statistic), "p": num(r.pvalue),
                    "warnings": msgs})

out = {"source": "SciPy %s, NumPy %s" % (scipy.__version__, np.__version__),
       "zero": zero, "shapiro": shapiro}
with open("testdata/r/rank_scipy.json", "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
