package audit

import (
	"fmt"
	"math"
	"strings"

	"github.com/pairedt/pairedt/internal/i18n"
)

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, "/")
}

// CheckMargins checks a reported paired t (as printed, e.g. "-28,471"; "" for
// none) against the before and after category counts it must have come from
// (levels in increasing order), by Margins with o and o.T = t. The Check
// (KindMargins) carries TMin, TMax, Tables, TMaxAbsAnyScoring and the joint
// tables at the extremes. Its verdict is
//
//   - Consistent: some joint table gives a t in the printed t's rounding
//     interval, with d = before - after or else d = after - before (articles
//     seldom say which; the explanation does);
//   - Inconsistent: no table does, either way;
//   - NotDerivable: no t was reported, or the interval lies inside the range
//     but there are more than o.MaxTables tables.
//
// Errors wrap ErrUnparsable (t) or those of Margins.
func CheckMargins(before, after []int, t string, o MarginOptions) (Check, error) {
	o.T = nil
	var tn Number
	if strings.TrimSpace(t) != "" {
		var err error
		tn, err = ParseNumber(t)
		if err != nil {
			return Check{}, err
		}
		if tn.Comparison != "=" {
			return Check{}, fmt.Errorf("%w t %q: a margin check needs t = value", ErrUnparsable, t)
		}
		o.T = &tn
	}
	r, err := Margins(before, after, o)
	if err != nil {
		return Check{}, err
	}
	return marginCheck(before, after, r, o), nil
}

func marginCheck(before, after []int, r MarginResult, o MarginOptions) Check {
	c := Check{Kind: KindMargins, Scores: r.Scores}
	if !math.IsNaN(r.TMin) {
		c.TMin, c.TMax = fptr(r.TMin), fptr(r.TMax)
		c.TableTMin, c.TableTMax = r.TableTMin, r.TableTMax
	}
	if r.Exact {
		c.Tables = iptr(r.Tables)
	}
	switch {
	case math.IsInf(r.TMaxAbsAnyScoring, 1):
		c.TUnboundedAnyScoring = true
	case !math.IsNaN(r.TMaxAbsAnyScoring):
		c.TMaxAbsAnyScoring = fptr(r.TMaxAbsAnyScoring)
	}
	c.ScoresTMaxAbs, c.ScoresTMaxAbsLimit = r.ScoresTMaxAbs, r.ScoresTMaxAbsLimit
	if w := r.Wilcoxon; w != nil {
		c.VMin, c.VMax = fptr(w.VMin), fptr(w.VMax)
		c.WilcoxonPMin, c.WilcoxonPMax = fptr(w.PMin), fptr(w.PMax)
	}
	var h, lowAbs float64
	if o.T != nil {
		h = o.T.HalfUnit()
		lowAbs = math.Max(0, math.Abs(o.T.Value)-h)
		if r.TDecided && r.TableNearest != nil {
			c.TNearest = fptr(r.TNearest)
			c.TableNearest = r.TableNearest
		}
	}
	switch {
	case o.T == nil:
		c.Verdict = NotDerivable
	case r.TDecided && r.TAttainable:
		c.Verdict = Consistent
	case r.TDecided && r.TOppositeDecided && r.TOppositeAttainable:
		c.Verdict = Consistent
	case r.TDecided && r.TOppositeDecided:
		c.Verdict = Inconsistent
	default:
		c.Verdict = NotDerivable
	}
	c.say(func(l i18n.Lang) Text {
		a := l.Audit()
		var t Text
		scores := fmt.Sprintf(a.MarginsScores, l.Floats(r.Scores))
		margins := fmt.Sprintf(a.MarginsCounts, joinInts(before), joinInts(after))
		t.Claim = fmt.Sprintf(a.MarginsClaim, margins, scores)
		t.Reported = margins
		if o.T != nil {
			t.Claim = fmt.Sprintf(a.MarginsClaimT, o.T.Text, margins, scores)
			t.Reported = "t = " + o.T.Text
		}
		tables := fmt.Sprintf(a.MarginsMore, o.MaxTables)
		switch {
		case o.MaxTables == 0:
			tables = fmt.Sprintf(a.MarginsMore, DefaultMaxTables)
		case o.MaxTables < 0:
			tables = a.MarginsNotEnum
		}
		if r.Exact {
			tables = fmt.Sprintf(a.MarginsTables, r.Tables)
		}
		tRange := l.Interval(l.Dec(r.TMin, 4), l.Dec(r.TMax, 4))
		rangeTxt := fmt.Sprintf(a.MarginsRange, tRange, tables)
		if math.IsNaN(r.TMin) {
			rangeTxt, tRange = a.MarginsUndefined, a.MarginsUndefinedT
		}
		anyTxt := ""
		switch {
		case c.TUnboundedAnyScoring:
			anyTxt = a.MarginsUnbounded
		case c.TMaxAbsAnyScoring != nil:
			anyTxt = fmt.Sprintf(a.MarginsAnyScoring, l.Dec(r.TMaxAbsAnyScoring, 4))
		}
		t.Recomputed = rangeTxt + anyTxt
		if o.T == nil {
			t.Explanation = fmt.Sprintf(a.MarginsNoT, scores, margins, rangeTxt, anyTxt)
			return t
		}
		interval := l.Interval(l.Dec(o.T.Value-h, o.T.Decimals+1), l.Dec(o.T.Value+h, o.T.Decimals+1))
		switch {
		case r.TDecided && r.TAttainable:
			t.Explanation = fmt.Sprintf(a.MarginsOK, margins, interval, l.Dec(r.TNearest, 4), formatTable(r.TableNearest))
		case r.TDecided && r.TOppositeDecided && r.TOppositeAttainable:
			t.Explanation = fmt.Sprintf(a.MarginsOpposite, margins, interval, rangeTxt)
		case r.TDecided && r.TOppositeDecided:
			note := ""
			if c.TMaxAbsAnyScoring != nil {
				if *c.TMaxAbsAnyScoring < lowAbs {
					note = fmt.Sprintf(a.MarginsNoScoring, l.Dec(lowAbs, o.T.Decimals+1), l.Dec(*c.TMaxAbsAnyScoring, 4))
				} else {
					note = fmt.Sprintf(a.MarginsOther, l.Dec(*c.TMaxAbsAnyScoring, 4))
				}
			}
			t.Explanation = fmt.Sprintf(a.MarginsBad, margins, o.T.Text, scores, rangeTxt, note)
		default:
			t.Explanation = fmt.Sprintf(a.MarginsUndecided, o.T.Text, rangeTxt, tRange, interval, tables)
		}
		return t
	})
	return c
}
