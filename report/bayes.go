package report

import (
	"fmt"
	"math"
	"strconv"

	"github.com/pairedt/pairedt/pairedt"
)

// The optional sentences of section 2: the JZS Bayes factor of the t-test
// (Options.BayesFactor) and the sensitivity of the design
// (Options.Sensitivity). Both state their assumptions in the text: the
// prior and its scale for the Bayes factor, the sides and the noncentral t
// for the power.

// resolveBayes fills in the defaults of the Bayes factor and sensitivity
// options and checks them when they are on.
func (o *Options) resolveBayes() error {
	if o.BayesPrior == 0 {
		o.BayesPrior = pairedt.PriorMedium
	}
	if o.BayesFactor && (!(o.BayesPrior > 0) || math.IsInf(o.BayesPrior, 1)) {
		return fmt.Errorf("%w: BayesPrior %v, need a finite scale > 0", ErrOptions, o.BayesPrior)
	}
	if o.SensitivityPower == 0 {
		o.SensitivityPower = 0.8
	}
	if o.Sensitivity && !(o.SensitivityPower > o.Alpha && o.SensitivityPower < 1) {
		return fmt.Errorf("%w: SensitivityPower %v, need alpha < power < 1", ErrOptions, o.SensitivityPower)
	}
	return nil
}

// bayesSensitivity writes the Bayes factor and sensitivity paragraphs
// for t when the options ask for them.
func (r *renderer) bayesSensitivity(t *pairedt.TTestResult) {
	if t == nil {
		return
	}
	if r.o.BayesFactor {
		if b, err := pairedt.BayesFactor(*t, r.o.BayesPrior); err == nil {
			r.para(r.bayesText(b))
		}
	}
	if r.o.Sensitivity {
		if s, err := pairedt.TPowerDZ(t.N, r.o.SensitivityPower, r.o.Alpha, t.Alternative); err == nil {
			r.para(r.sensitivityText(s))
		}
	}
}

// bf formats a Bayes factor: two decimals (Options.Decimals) from 0.01 to
// 1000, otherwise three significant digits as m × 10^e.
func (r *renderer) bf(x float64) string {
	if x >= 0.01 && x < 1000 {
		return r.f.num(x, r.o.Decimals)
	}
	if math.IsInf(x, 1) {
		return "∞"
	}
	if x == 0 {
		return r.f.num(0, r.o.Decimals)
	}
	e := math.Floor(math.Log10(x))
	m := x / math.Pow(10, e)
	if math.Round(m*100)/100 >= 10 {
		m /= 10
		e++
	}
	return r.f.num(m, 2) + " × 10<sup>" + r.f.num(e, 0) + "</sup>"
}

func (r *renderer) bayesText(b pairedt.BayesResult) string {
	w := r.w
	h1 := w.BayesH1Two
	switch b.Alternative {
	case pairedt.Less:
		h1 = w.BayesH1Less
	case pairedt.Greater:
		h1 = w.BayesH1Greater
	}
	scale := r.f.num(b.R, 3)
	if n := pairedt.PriorName(b.R); n != "" {
		scale += ", " + n
	}
	s := fmt.Sprintf(w.BayesSentence, scale, h1, r.bf(b.BF10), r.bf(b.BF01))
	if b.LogBF10 >= 0 {
		s += " " + fmt.Sprintf(w.BayesH1, r.bf(b.BF10))
	} else {
		s += " " + fmt.Sprintf(w.BayesH0, r.bf(b.BF01))
	}
	return s
}

func (r *renderer) sensitivityText(s pairedt.TPowerResult) string {
	w := r.w
	d := r.f.num(math.Abs(s.DZ), r.o.Decimals)
	var bound, sides string
	switch s.Alternative {
	case pairedt.Less:
		bound, sides = "*d*<sub>z</sub> ≤ "+r.f.num(s.DZ, r.o.Decimals), w.SensOneSided
	case pairedt.Greater:
		bound, sides = "*d*<sub>z</sub> ≥ "+d, w.SensOneSided
	default:
		bound, sides = "|*d*<sub>z</sub>| ≥ "+d, w.SensTwoSided
	}
	pct := strconv.FormatFloat(100*s.Power, 'f', -1, 64)
	if v, err := strconv.ParseFloat(pct, 64); err == nil {
		pct = r.short(v)
	}
	return fmt.Sprintf(w.Sensitivity, r.f.integer(s.N), pct, bound, r.short(r.o.Alpha), sides)
}
