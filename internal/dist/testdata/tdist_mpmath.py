"""Reference values of Student's t upper tail P(T_df >= t) and of its upper
quantile, to 40 significant digits, for internal/dist's tests.

Regenerate from the repository root with
    python3 internal/dist/testdata/tdist_mpmath.py > internal/dist/testdata/tdist_mpmath.tsv
(mpmath 1.3). The output is deterministic.

The tail is the regularized incomplete beta function (Abramowitz and Stegun 26.7.1)
    P(T >= t) = I_{df/(df+t^2)}(df/2, 1/2) / 2,   t >= 0,
evaluated by mpmath.betainc at 60 digits and, as a check, again at 90 digits;
the script stops if the two differ in the first 40 digits. Each t is a float64
(written with repr, so it reads back exactly) chosen near the t of a target p
by bisection on log t; the tail is then that of the float64 t itself, at the
float64 nearest the df written (137.3 is 137.30000000000001136...). The
quantile rows give, for a float64 a, the q with P(T_df >= q) = a (mpmath.findroot
at 60 digits, checked at 90 digits).
"""
import mpmath as mp

DFS = ["1", "1.5", "2", "2.5", "3", "4.7", "5", "10", "15.6", "22", "22.5", "31.2", "100",
       "137.3", "1000", "10000", "12345.6", "100000", "1000000", "3300000",
       "10000000"]
PS = [0.45, 0.3, 0.1, 0.05, 0.025, 0.02, 0.015, 1e-2, 1e-3, 1e-5, 1e-8, 1e-12, 1e-16,
      1e-20, 1e-30, 1e-50, 1e-100, 1e-150, 1e-200, 1e-250, 1e-300]
QA = [0.4, 0.1, 0.05, 0.025, 0.005, 5e-4, 1e-8, 1e-14, 1e-20, 1e-100, 1e-300]
FIXED = [-0.5, -2.0, -5.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0]


def tail(t, df):
    t = mp.mpf(t)
    df = mp.mpf(df)
    if t < 0:
        return 1 - tail(-t, df)
    return mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2


def tail_checked(t, df):
    with mp.workdps(60):
        a = tail(t, df)
    with mp.workdps(90):
        b = tail(t, df)
    with mp.workdps(60):
        if abs(a - b) > abs(b) * mp.mpf(10) ** -42:
            raise SystemExit("tail(%r, %s): 60 and 90 digits disagree" % (t, df))
    return b


def t_for_p(p, df):
    """A float64 t with P(T_df >= t) close to p, by bisection on log t."""
    with mp.workdps(30):
        lp = mp.log(p)
        hi = mp.mpf(-12)
        while mp.log(tail(mp.exp(hi), df)) > lp:
            hi += 1
        lo = hi - 1
        for _ in range(50):
            mid = (lo + hi) / 2
            if mp.log(tail(mp.exp(mid), df)) > lp:
                lo = mid
            else:
                hi = mid
        return float(mp.exp((lo + hi) / 2))


def quantile(a, df):
    t0 = t_for_p(a, df)
    out = []
    for dps in (60, 90):
        with mp.workdps(dps):
            u = mp.findroot(lambda u: mp.log(tail(mp.exp(u), df)) - mp.log(mp.mpf(a)),
                            mp.log(mp.mpf(t0)), tol=mp.mpf(10) ** -(2 * dps - 10))
            out.append(mp.exp(u))
    with mp.workdps(60):
        if abs(out[0] - out[1]) > abs(out[1]) * mp.mpf(10) ** -42:
            raise SystemExit("quantile(%r, %s): 60 and 90 digits disagree" % (a, df))
    return out[1]


def main():
    print("# Student's t upper tail and upper quantile, 40 significant digits.")
    print("# Written by internal/dist/testdata/tdist_mpmath.py with mpmath %s (mp.dps 60, checked at 90)." % mp.__version__)
    print("# kind\tdf\tx\tvalue")
    print("# tail: value = P(T_df >= x);  quantile: value = q with P(T_df >= q) = x")
    for dfs in DFS:
        df = float(dfs)  # the float64 the Go test parses, not the decimal
        ts = [0.0] + FIXED + [t_for_p(p, df) for p in PS]
        for t in ts:
            print("tail\t%s\t%r\t%s" % (dfs, t, mp.nstr(tail_checked(t, df), 40, min_fixed=1, max_fixed=0)))
        for a in QA:
            print("quantile\t%s\t%r\t%s" % (dfs, a, mp.nstr(quantile(a, df), 40, min_fixed=1, max_fixed=0)))


main()
