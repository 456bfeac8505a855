package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/pairedt/pairedt/pairedt"
)

var powerCommand = &command{
	name:     "power",
	synopsis: "pairedt power [--n N] [--dz D | --mean-diff M --sd-before S --sd-after S --r R | --t T] [--power P] [--alpha A] [--alternative two.sided|less|greater] [--json] [-o OUT]",
	about:    "power, sample size or sensitivity of the paired t-test (noncentral t, as pwr and G*Power)",
	help: `Power analysis of the paired t-test with the exact noncentral t
distribution, as R's pwr.t.test(type = "paired") and G*Power's "matched
pairs" test: give two of --n (pairs), the effect, --power, and the third is
solved for; give all three to solve for alpha (criterion analysis).

  a priori     --dz and --power: the number of pairs, rounded up to a whole
               pair, with the power reached at that n;
  sensitivity  --n and --power: the smallest d_z the design detects;
  post hoc     --n and --dz: the power (a "post hoc power" from the
               observed effect is a transformation of p and says nothing new).

The effect is d_z = mean difference / SD of the differences: --dz, or
--mean-diff with --sd-before, --sd-after and their correlation --r (G*Power's
"Determine" drawer: d_z = M / sqrt(s1^2 + s2^2 - 2 r s1 s2)), or a published
--t with --n (d_z = t / sqrt(n)). --alpha is 0.05 unless given. Two-sided
power counts both rejection regions (pwr's and G*Power's convention; R's
power.t.test counts only one unless strict = TRUE).

--json prints one object with the keys solved, n, n_exact, d_z, power,
alpha, alternative and method.`,
	example: `  $ pairedt power --dz 0.5 --power 0.8
  $ pairedt power --n 23 --power 0.8
  $ pairedt power --n 50 --mean-diff 0.4 --sd-before 1 --sd-after 1 --r 0.55 --json`,
	flags: func(fs *flag.FlagSet) { newPowerConfig(fs) },
	run:   runPower,
}

type powerConfig struct {
	n, dz, power, alpha   string
	meanDiff, sdX, sdY, r string
	t                     string
	alternative           string
	json                  bool
	out                   string
}

func newPowerConfig(fs *flag.FlagSet) *powerConfig {
	c := &powerConfig{}
	fs.StringVar(&c.n, "n", "", "number of `pairs`")
	fs.StringVar(&c.dz, "dz", "", "effect size `d_z` = mean difference / SD of the differences")
	fs.StringVar(&c.meanDiff, "mean-diff", "", "`mean` difference before - after (with --sd-before, --sd-after, --r)")
	fs.StringVar(&c.sdX, "sd-before", "", "`SD` of the pretest values")
	fs.StringVar(&c.sdY, "sd-after", "", "`SD` of the posttest values")
	fs.StringVar(&c.r, "r", "", "`correlation` of pretest and posttest, in (-1, 1)")
	fs.StringVar(&c.t, "t", "", "a published paired `t` (with --n): d_z = t / sqrt(n)")
	fs.StringVar(&c.power, "power", "", "`power` 1 - beta, in (alpha, 1)")
	fs.StringVar(&c.alpha, "alpha", "", "significance `level` (default 0.05)")
	fs.StringVar(&c.alternative, "alternative", "two.sided", "two.sided, greater (d_z > 0) or less (d_z < 0)")
	fs.BoolVar(&c.json, "json", false, "print the result as JSON")
	fs.StringVar(&c.out, "o", "", "write the output to `file` (atomically) instead of standard output")
	return c
}

func num(flagName, s string) (float64, error) {
	v, err := parseNumber(s)
	if err != nil {
		return 0, usageErrorf("--%s: %v", flagName, err)
	}
	return v, nil
}

// effect reads d_z from --dz, the moments or --t; ok is false when none
// was given.
func (c *powerConfig) effect() (dz float64, ok bool, err error) {
	moments := c.meanDiff != "" || c.sdX != "" || c.sdY != "" || c.r != ""
	given := 0
	for _, b := range []bool{c.dz != "", moments, c.t != ""} {
		if b {
			given++
		}
	}
	switch {
	case given > 1:
		return 0, false, usageErrorf("give the effect once: --dz, or --mean-diff/--sd-before/--sd-after/--r, or --t")
	case c.dz != "":
		dz, err = num("dz", c.dz)
		return dz, err == nil, err
	case moments:
		if c.meanDiff == "" || c.sdX == "" || c.sdY == "" || c.r == "" {
			return 0, false, usageErrorf("--mean-diff needs --sd-before, --sd-after and --r")
		}
		var v [4]float64
		for i, f := range [][2]string{{"mean-diff", c.meanDiff}, {"sd-before", c.sdX}, {"sd-after", c.sdY}, {"r", c.r}} {
			if v[i], err = num(f[0], f[1]); err != nil {
				return 0, false, err
			}
		}
		dz, err = pairedt.DZFromMoments(v[0], v[1], v[2], v[3])
		if err != nil {
			return 0, false, usageErrorf("%s", strings.TrimPrefix(err.Error(), "pairedt: "))
		}
		return dz, true, nil
	case c.t != "":
		if c.n == "" {
			return 0, false, usageErrorf("--t needs --n (d_z = t / sqrt(n))")
		}
		t, err := num("t", c.t)
		if err != nil {
			return 0, false, err
		}
		n, err := parsePairs("n", c.n)
		if err != nil {
			return 0, false, err
		}
		dz, _ = pairedt.DZFromT(t, n)
		return dz, true, nil
	}
	return 0, false, nil
}

func runPower(e *env, args []string) error {
	fs := newFlagSet(e.cmd)
	c := newPowerConfig(fs)
	pos, err := parseArgs(e, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErrorf("unexpected argument %q (power reads only flags)", pos[0])
	}
	alt, err := pairedt.ParseAlternative(c.alternative)
	if err != nil {
		return usageErrorf("--alternative %q: want two.sided, less or greater", c.alternative)
	}
	dz, haveDZ, err := c.effect()
	if err != nil {
		return err
	}
	var n int
	if c.n != "" {
		if n, err = parsePairs("n", c.n); err != nil {
			return err
		}
	}
	var power float64
	if c.power != "" {
		if power, err = num("power", c.power); err != nil {
			return err
		}
	}
	alpha := 0.05
	if c.alpha != "" {
		if alpha, err = num("alpha", c.alpha); err != nil {
			return err
		}
	}
	var r pairedt.TPowerResult
	switch {
	case c.n != "" && haveDZ && c.power != "":
		if c.alpha != "" {
			return usageErrorf("--n, the effect, --power and --alpha are all given: leave one out to solve for it")
		}
		r, err = pairedt.TPowerAlpha(n, dz, power, alt)
	case c.n != "" && haveDZ:
		r, err = pairedt.TPowerAt(n, dz, alpha, alt)
	case c.n != "" && c.power != "":
		r, err = pairedt.TPowerDZ(n, power, alpha, alt)
	case haveDZ && c.power != "":
		r, err = pairedt.TPowerN(dz, power, alpha, alt)
	default:
		return usageErrorf("give two of --n, the effect (--dz, --mean-diff..., --t) and --power")
	}
	if err != nil {
		return usageErrorf("%s", strings.TrimPrefix(err.Error(), "pairedt: "))
	}
	var out []byte
	if c.json {
		out, err = marshalJSON(powerJSON{r.Solved, r.N, r.NExact, r.DZ, r.Power, r.Alpha, r.Alternative.String(), "paired t (noncentral t)"})
		if err != nil {
			return err
		}
	} else {
		out = []byte(powerText(r, c.t != "" && r.Solved == "power"))
	}
	return e.writeOutput(c.out, out)
}

type powerJSON struct {
	Solved      string  `json:"solved"`
	N           int     `json:"n"`
	NExact      float64 `json:"n_exact"`
	DZ          float64 `json:"d_z"`
	Power       float64 `json:"power"`
	Alpha       float64 `json:"alpha"`
	Alternative string  `json:"alternative"`
	Method      string  `json:"method"`
}

// powerText prints the design; observed marks a d_z from a published t.
func powerText(r pairedt.TPowerResult, observed bool) string {
	var s strings.Builder
	s.WriteString("Power of the paired t-test (exact noncentral t; two-sided power counts both tails, as pwr and G*Power)\n")
	mark := func(k string) string {
		if r.Solved == k {
			return "  <- solved"
		}
		return ""
	}
	if r.Solved == "n" {
		fmt.Fprintf(&s, "  n      = %d pairs (exact solution %s)%s\n", r.N, num7(r.NExact), mark("n"))
	} else {
		fmt.Fprintf(&s, "  n      = %d pairs\n", r.N)
	}
	fmt.Fprintf(&s, "  d_z    = %s%s\n", num7(r.DZ), mark("d_z"))
	if r.Solved == "n" {
		fmt.Fprintf(&s, "  power  = %s (reached with %d pairs; %d would not)\n", num7(r.Power), r.N, r.N-1)
	} else {
		fmt.Fprintf(&s, "  power  = %s%s\n", num7(r.Power), mark("power"))
	}
	fmt.Fprintf(&s, "  alpha  = %s (%s)%s\n", num7(r.Alpha), r.Alternative, mark("alpha"))
	if r.Solved == "n" && r.N == 2 && r.NExact <= 2 {
		s.WriteString("  (2 pairs, the fewest a t-test can use, already reach the power)\n")
	}
	if observed {
		s.WriteString("  Note: the power at the observed effect (post hoc power) is a function of p and adds nothing to it.\n")
	}
	return s.String()
}
