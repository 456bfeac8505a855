"""High-precision confidence bounds of d_z for every case of ttest.json, above
all those where R's pt(q, df, ncp) is only a normal approximation (|ncp| > 37.62;
"ncp_approx" in ttest.json), and where elsewhere it is good to about 1e-12
absolute, so that its inverted bounds are good to about 1e-11.

Regenerate from the repository root with
    python3 testdata/r/nct_mpmath.py
(mpmath 1.x). It reads testdata/r/ttest.json and writes testdata/r/nct_mpmath.json.

Also the lower tails P(T <= t) of the "noncentral" list of ttest.json.

The noncentral t distribution function is computed from its definition,
T = (Z + ncp) / sqrt(V / df) with Z standard normal and V chi-squared(df):
    P(T <= t) = E[ Phi(t S - ncp) ],  S = sqrt(V / df),
integrated over the density of S with mpmath.quad at 40 significant digits;
the bounds solve P(T > t) = alpha/2 (lower) and P(T <= t) = alpha/2 (upper)
(alpha for a one-sided interval), as effectsize::cohens_d defines them.
"""
import json
import mpmath as mp

mp.mp.dps = 40


def cdf(t, df, ncp):
    nu = mp.mpf(df)
    logc = (nu / 2) * mp.log(nu) - (nu / 2 - 1) * mp.log(2) - mp.loggamma(nu / 2)

    def f(s):
        if s <= 0:
            return mp.mpf(0)
        return mp.ncdf(t * s - ncp) * mp.exp(logc + (nu - 1) * mp.log(s) - nu * s * s / 2)

    sd = 1 / mp.sqrt(2 * nu)
    pts = [mp.mpf(0)]
    for k in (-30, -12, -6, -3, -1, 0, 1, 3, 6, 12, 30):
        v = 1 + k * sd
        if v > pts[-1]:
            pts.append(v)
    # the step of Phi(t s - ncp), at s = ncp / t
    if t != 0:
        c = mp.mpf(ncp) / t
        w = 1 / abs(mp.mpf(t))
        for k in (-8, -2, 0, 2, 8):
            pts.append(c + k * w)
    pts = sorted(set(p for p in pts if p >= 0)) + [mp.inf]
    return mp.quad(f, pts)


def bound(t, df, p, upper, start):
    g = (lambda d: (1 - cdf(t, df, d)) - p) if upper else (lambda d: cdf(t, df, d) - p)
    return mp.findroot(g, (mp.mpf(start) - mp.mpf("0.01"), mp.mpf(start) + mp.mpf("0.01")), solver="secant", tol=mp.mpf(10) ** -30)


with open("testdata/r/ttest.json") as fh:
    ref = json.load(fh)
out = []
for c in ref["cases"]:
    n, df, t = c["n"], c["df"], mp.mpf(c["t"])
    alpha = 1 - mp.mpf(c["conf_level"])
    rec = {"name": c["name"], "ncp_approx": c["ncp_approx"]}
    if c["alternative"] in ("two.sided", "greater"):
        p = alpha / 2 if c["alternative"] == "two.sided" else alpha
        lo = bound(t, df, p, True, c["d_z_ci_low"] * n ** 0.5)
        rec["d_z_ci_low"] = float(lo / mp.sqrt(n))
    if c["alternative"] in ("two.sided", "less"):
        p = alpha / 2 if c["alternative"] == "two.sided" else alpha
        hi = bound(t, df, p, False, c["d_z_ci_high"] * n ** 0.5)
        rec["d_z_ci_high"] = float(hi / mp.sqrt(n))
    print(rec, flush=True)
    out.append(rec)
# The lower tails that ttest.json has from R's pt(t, df, ncp) (good to about
# 1e-12 absolute there), at full precision.
tails = []
for q in ref["noncentral"]:
    tails.append({"t": q["t"], "df": q["df"], "ncp": q["ncp"],
                  "lower": float(cdf(mp.mpf(q["t"]), q["df"], mp.mpf(q["ncp"])))})
with open("testdata/r/nct_mpmath.json", "w") as fh:
    fh.write(json.dumps({"source": "mpmath %s, 40 digits; see nct_mpmath.py" % mp.__version__,
                         "cases": out, "noncentral": tails}, indent=1) + "\n")
