package audit

import (
	"fmt"
	"math"
	"strings"
)

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, "/")
}

// CheckMargins checks a reported paired t statistic t (as printed, e.g.
// "-28,471"; "" for none) against the before and after category counts it
// must have come from (d = before - after, levels in increasing order), using
// Margins with o (o.T is replaced by t). The Check (KindMargins) carries
// TMin, TMax, Tables and TMaxAbsAnyScoring and the joint tables at the
// extremes. Verdicts:
//
//   - Consistent: some joint table gives a t inside the rounding interval of
//     the printed t, with d = before - after or, since articles seldom say
//     which way they subtract, with d = after - before (the explanation says
//     which);
//   - Inconsistent: no table does either way (proved by enumeration, or
//     because the interval lies outside the range, which needs no
//     enumeration);
//   - NotDerivable: no t was reported, or the interval lies inside the
//     range but there are more than o.MaxTables tables.
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
	scoresTxt := "scores " + strings.Trim(fmt.Sprint(r.Scores), "[]")
	scoresID := "skor " + floatsID(r.Scores)
	margins := fmt.Sprintf("before %s, after %s", joinInts(before), joinInts(after))
	marginsID := fmt.Sprintf("sebelum %s, sesudah %s", joinInts(before), joinInts(after))
	c.Claim = fmt.Sprintf("paired t from counts %s (%s)", margins, scoresTxt)
	c.ClaimIndonesian = fmt.Sprintf("t berpasangan dari frekuensi %s (%s)", marginsID, scoresID)
	if o.T != nil {
		c.Claim = fmt.Sprintf("paired t = %s from counts %s (%s)", o.T.Text, margins, scoresTxt)
		c.ClaimIndonesian = fmt.Sprintf("t berpasangan = %s dari frekuensi %s (%s)", o.T.Text, marginsID, scoresID)
		c.Reported = "t = " + o.T.Text
		c.ReportedIndonesian = c.Reported
	} else {
		c.Reported = margins
		c.ReportedIndonesian = marginsID
	}
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
	tables := "more than " + fmt.Sprint(o.MaxTables) + " joint tables"
	tablesID := "lebih dari " + fmt.Sprint(o.MaxTables) + " tabel gabungan"
	switch {
	case o.MaxTables == 0:
		tables = fmt.Sprintf("more than %d joint tables", DefaultMaxTables)
		tablesID = fmt.Sprintf("lebih dari %d tabel gabungan", DefaultMaxTables)
	case o.MaxTables < 0:
		tables = "the joint tables (not enumerated)"
		tablesID = "tabel gabungan (tidak dienumerasi)"
	}
	if r.Exact {
		tables = fmt.Sprintf("%d joint tables", r.Tables)
		tablesID = fmt.Sprintf("%d tabel gabungan", r.Tables)
	}
	rangeTxt := fmt.Sprintf("t in [%s, %s] over %s", fmtDec(r.TMin, 4), fmtDec(r.TMax, 4), tables)
	tRangeID := intervalID(fmtDecID(r.TMin, 4), fmtDecID(r.TMax, 4))
	rangeID := fmt.Sprintf("t dalam %s atas %s", tRangeID, tablesID)
	if math.IsNaN(r.TMin) {
		rangeTxt = "t undefined for every joint table (all differences equal)"
		rangeID = "t tidak terdefinisi untuk setiap tabel gabungan (semua selisih sama)"
		tRangeID = "t tidak terdefinisi"
	}
	anyTxt, anyID := "", ""
	switch {
	case c.TUnboundedAnyScoring:
		anyTxt = "; |t| is unbounded over increasing scorings"
		anyID = "; |t| tidak terbatas untuk penskoran yang meningkat"
	case c.TMaxAbsAnyScoring != nil:
		anyTxt = fmt.Sprintf("; |t| <= %s under any increasing scoring", fmtDec(r.TMaxAbsAnyScoring, 4))
		anyID = fmt.Sprintf("; |t| <= %s untuk penskoran meningkat apa pun", fmtDecID(r.TMaxAbsAnyScoring, 4))
	}
	c.Recomputed = rangeTxt + anyTxt
	c.RecomputedIndonesian = rangeID + anyID
	if o.T == nil {
		c.Verdict = NotDerivable
		c.Explanation = fmt.Sprintf("No t statistic was reported; with %s the %s allow %s.", scoresTxt, margins, rangeTxt)
		c.ExplanationIndonesian = fmt.Sprintf("Tidak ada statistik t yang dilaporkan; dengan %s, marginal %s memungkinkan %s%s.", scoresID, marginsID, rangeID, anyID)
		return c
	}
	h := o.T.HalfUnit()
	interval := fmt.Sprintf("[%s, %s]", fmtDec(o.T.Value-h, o.T.Decimals+1), fmtDec(o.T.Value+h, o.T.Decimals+1))
	intervalTID := intervalID(fmtDecID(o.T.Value-h, o.T.Decimals+1), fmtDecID(o.T.Value+h, o.T.Decimals+1))
	if r.TDecided && r.TableNearest != nil {
		c.TNearest = fptr(r.TNearest)
		c.TableNearest = r.TableNearest
	}
	switch {
	case r.TDecided && r.TAttainable:
		c.Verdict = Consistent
		c.Explanation = fmt.Sprintf("Some pairing of the %s gives a t in %s (nearest t = %s, table %s).", margins, interval, fmtDec(r.TNearest, 4), formatTable(r.TableNearest))
		c.ExplanationIndonesian = fmt.Sprintf("Ada pasangan dari %s yang menghasilkan t dalam %s (t terdekat = %s, tabel %s).", marginsID, intervalTID, fmtDecID(r.TNearest, 4), formatTable(r.TableNearest))
	case r.TDecided && r.TOppositeDecided && r.TOppositeAttainable:
		c.Verdict = Consistent
		c.Explanation = fmt.Sprintf("With the differences taken as after - before (the opposite of the convention used here), some pairing of the %s gives a t in %s; with before - after the attainable range is %s.", margins, interval, rangeTxt)
		c.ExplanationIndonesian = fmt.Sprintf("Dengan selisih dihitung sebagai sesudah - sebelum (kebalikan dari konvensi yang dipakai di sini), ada pasangan dari %s yang menghasilkan t dalam %s; dengan sebelum - sesudah rentang yang mungkin adalah %s.", marginsID, intervalTID, rangeID)
	case r.TDecided && r.TOppositeDecided:
		c.Verdict = Inconsistent
		anyEN, anyIDs := "", ""
		if c.TMaxAbsAnyScoring != nil {
			lowAbs := math.Max(0, math.Abs(o.T.Value)-h)
			if *c.TMaxAbsAnyScoring < lowAbs {
				anyEN = fmt.Sprintf(", and no increasing scoring of the levels reaches |t| = %s (the largest is %s)", fmtDec(lowAbs, o.T.Decimals+1), fmtDec(*c.TMaxAbsAnyScoring, 4))
				anyIDs = fmt.Sprintf(", dan tidak ada penskoran kategori yang meningkat yang mencapai |t| = %s (terbesar %s)", fmtDecID(lowAbs, o.T.Decimals+1), fmtDecID(*c.TMaxAbsAnyScoring, 4))
			} else {
				anyEN = fmt.Sprintf(", although another increasing scoring could reach |t| up to %s", fmtDec(*c.TMaxAbsAnyScoring, 4))
				anyIDs = fmt.Sprintf(", walaupun penskoran meningkat lain dapat mencapai |t| hingga %s", fmtDecID(*c.TMaxAbsAnyScoring, 4))
			}
		}
		c.Explanation = fmt.Sprintf("No pairing of the %s gives t = %s: with %s every possible table gives %s%s.", margins, o.T.Text, scoresTxt, rangeTxt, anyEN)
		c.ExplanationIndonesian = fmt.Sprintf("Tidak ada pasangan dari %s yang menghasilkan t = %s: dengan %s setiap tabel yang mungkin menghasilkan %s%s.", marginsID, o.T.Text, scoresID, rangeID, anyIDs)
	default:
		c.Verdict = NotDerivable
		c.Explanation = fmt.Sprintf("The printed t = %s lies inside the attainable range (%s), but whether a table hits %s exactly needs enumerating %s.", o.T.Text, rangeTxt, interval, tables)
		c.ExplanationIndonesian = fmt.Sprintf("Nilai t = %s berada dalam rentang yang mungkin (%s), tetapi apakah ada tabel yang tepat menghasilkan %s memerlukan enumerasi %s.", o.T.Text, tRangeID, intervalTID, tablesID)
	}
	return c
}
