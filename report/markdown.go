package report

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt"
)

// Markdown writes the Results section of a as CommonMark with GFM tables:
// New(a, o), then Document.WriteMarkdown.
func Markdown(w io.Writer, a Analysis, o Options) error {
	return write(w, a, o, (*Document).WriteMarkdown)
}

// write builds the document of a and writes it with one of its writers.
func write(w io.Writer, a Analysis, o Options, writer func(*Document, io.Writer) error) error {
	d, err := New(a, o)
	if err != nil {
		return err
	}
	return writer(d, w)
}

// renderer writes the Markdown source of one document: the document's
// content, with each figure as ![caption](chart:NAME).
type renderer struct {
	a      *Analysis
	o      Options
	f      numberFormat
	w      *i18n.ReportWords
	charts map[string]*Chart

	b         strings.Builder
	nSec      int
	nTable    int
	robustSec int // number of the robustness section, 0 if absent
	// ordinalFirst: the ordinal tests are the primary analysis (section
	// 2) and the t-test on the codes follows.
	ordinalFirst bool

	// For a knitted manuscript (knit.go): noHeadings leaves out the
	// numbered section headings (and the sentences that refer to a
	// section by its number), tableHook, when set, receives each table
	// instead of the Markdown, under its id (the block name of
	// {{table NAME.ID}}).
	noHeadings bool
	tableHook  func(id, caption string, header []string, align string, rows [][]string)
}

// flipped reports whether the differences are after − before.
func (r *renderer) flipped() bool { return r.a.Direction == pairedt.AfterMinusBefore }

// diffLabel is "Before − After", or "After − Before" when flipped.
func (r *renderer) diffLabel() string {
	if r.flipped() {
		return fmt.Sprintf(r.w.DiffLabel, r.after(), r.before())
	}
	return fmt.Sprintf(r.w.DiffLabel, r.before(), r.after())
}

// spell writes n in words when it is 0..10 (APA 7 and PUEBI write small
// numbers in words), else in digits; capitalised when cap is set.
func (r *renderer) spell(n int, capital bool) string {
	s := r.f.integer(n)
	if n >= 0 && n < len(r.w.NumberWords) {
		s = r.w.NumberWords[n]
	}
	if capital {
		s = capFirst(s)
	}
	return s
}

// all is the start of "All four of these tests" (English) or "Keempat
// uji ini" (Indonesian, the collective ke- form; "Seluruh 12" beyond ten).
func (r *renderer) all(n int) string {
	if r.o.Lang == Indonesian {
		if n >= 2 && n < len(r.w.CollectiveWords) {
			return capFirst(r.w.CollectiveWords[n])
		}
		return "Seluruh " + r.f.integer(n)
	}
	return r.spell(n, false)
}

// midSentence lowers a test's name written as a sentence's subject ("The
// sign test", "Uji tanda") for the middle of a sentence; names that start
// with a proper noun ("Bowker's test") are left alone.
func midSentence(s string) string {
	for _, w := range []string{"The ", "Uji "} {
		if strings.HasPrefix(s, w) {
			return strings.ToLower(w[:1]) + s[1:]
		}
	}
	return s
}

// label returns caller text escaped for Markdown, or def when it is empty.
func (r *renderer) label(s, def string) string {
	if strings.TrimSpace(clean(s)) == "" {
		return def
	}
	return mdText(s)
}

func (r *renderer) variable() string { return r.label(r.a.Variable, r.w.Outcome) }
func (r *renderer) before() string   { return r.label(r.a.BeforeLabel, r.w.Before) }
func (r *renderer) after() string    { return r.label(r.a.AfterLabel, r.w.After) }

// level returns category label i escaped for Markdown.
func (r *renderer) level(levels []string, i int) string {
	return r.label(levels[i], r.w.EmptyLabel)
}

func (r *renderer) para(s string) {
	r.b.WriteString(s)
	r.b.WriteString("\n\n")
}

func (r *renderer) heading(s string) {
	if r.noHeadings {
		return
	}
	r.nSec++
	fmt.Fprintf(&r.b, "## %d. %s\n\n", r.nSec, s)
}

// table writes a numbered GFM table. caption is Markdown (already
// escaped); align has one byte per column, 'l' or 'r'; cells are Markdown.
// id names the table for a manuscript's {{table NAME.ID}} (tableHook).
func (r *renderer) table(id, caption string, header []string, align string, rows [][]string) {
	if r.tableHook != nil {
		r.tableHook(id, caption, header, align, rows)
		return
	}
	r.nTable++
	fmt.Fprintf(&r.b, "**%s %d.** *%s*\n\n", r.w.Table, r.nTable, caption)
	row := func(cells []string) {
		r.b.WriteByte('|')
		for _, c := range cells {
			r.b.WriteByte(' ')
			r.b.WriteString(c)
			r.b.WriteString(" |")
		}
		r.b.WriteByte('\n')
	}
	row(header)
	r.b.WriteByte('|')
	for i := range header {
		if align[i] == 'r' {
			r.b.WriteString("---:|")
		} else {
			r.b.WriteString("---|")
		}
	}
	r.b.WriteByte('\n')
	for _, c := range rows {
		row(c)
	}
	r.b.WriteByte('\n')
}

// figure writes chart name, if the analysis has it, in the reserved form
// ![caption](chart:NAME) that the parse turns into a figureNode.
func (r *renderer) figure(name string) {
	if c := r.charts[name]; c != nil {
		fmt.Fprintf(&r.b, "![%s](%s%s)\n\n", c.mdCaption, chartScheme, c.Name)
	}
}

func (r *renderer) document() {
	title := r.label(r.a.Title, r.w.Results)
	fmt.Fprintf(&r.b, "# %s\n\n", title)
	r.body()
	r.footer()
}

// body writes the notes and the sections: the document without its title
// and footer.
func (r *renderer) body() {
	for _, note := range r.a.Notes {
		if note = strings.TrimSpace(note); note != "" {
			r.para("> " + mdText(note))
		}
	}
	hasRobust, hasEffect := r.plan()
	if r.a.FreqBefore != nil || r.a.FreqAfter != nil || r.a.Cross != nil {
		r.distribution()
	}
	if r.ordinalFirst {
		r.robustness()
	}
	if hasEffect {
		r.effect()
	}
	if hasRobust && !r.ordinalFirst {
		r.robustness()
	}
	if len(r.a.Checks) > 0 {
		r.reproduction()
	}
}

// plan decides which sections the document has and their order (setting
// ordinalFirst and robustSec): hasRobust for the robustness (or ordinal)
// section, hasEffect for the t-test's.
func (r *renderer) plan() (hasRobust, hasEffect bool) {
	hasRobust = r.a.ShapiroWilk != nil || r.a.Wilcoxon != nil || r.a.Sign != nil || r.a.MarginalHomogeneity != nil || r.a.Bowker != nil || r.a.McNemarCorrected != nil || r.a.McNemar != nil || r.a.McNemarExact != nil || len(r.undefinedRobust()) > 0
	// The robustness section's number is needed by the note in section 2.
	// For an ordinal outcome the ordinal tests are the primary analysis and
	// come first; the t-test on the codes follows, as a comparison.
	n := 0
	if r.a.FreqBefore != nil || r.a.FreqAfter != nil || r.a.Cross != nil {
		n++
	}
	hasEffect = r.a.T != nil || r.a.completePairs() > 0
	r.ordinalFirst = r.a.CategoryCodes && hasRobust
	switch {
	case r.ordinalFirst:
		r.robustSec = n + 1
	case hasRobust && hasEffect:
		r.robustSec = n + 2
	case hasRobust:
		r.robustSec = n + 1
	}
	return hasRobust, hasEffect
}

// ---- Section 1: distribution ----

func (r *renderer) freqTable(id string, t *pairedt.FreqTable, occasion string) {
	f, pd := r.f, r.o.PercentDecimals
	pct := func(v []float64, i int, count int, denom int) string {
		if v != nil {
			return f.percent(v[i], pd)
		}
		return f.percent(percentOf(count, denom), pd)
	}
	var rows [][]string
	cum := 0
	for i := range t.Levels {
		first := ""
		if i == 0 {
			first = r.w.Valid
		}
		cum += t.Counts[i]
		cumCell := f.percent(percentOf(cum, t.NValid), pd)
		if t.CumulativePercent != nil {
			cumCell = f.percent(t.CumulativePercent[i], pd)
		}
		rows = append(rows, []string{first, r.level(t.Levels, i), f.integer(t.Counts[i]),
			pct(t.Percent, i, t.Counts[i], t.N), pct(t.ValidPercent, i, t.Counts[i], t.NValid), cumCell})
	}
	if len(t.Levels) == 0 {
		rows = append(rows, []string{r.w.Valid, "", "", "", "", ""})
	}
	rows = append(rows, []string{"", r.w.Total, f.integer(t.NValid), f.percent(percentOf(t.NValid, t.N), pd), f.percent(percentOf(t.NValid, t.NValid), pd), ""})
	if t.NMissing > 0 {
		rows = append(rows,
			[]string{r.w.Missing, r.w.System, f.integer(t.NMissing), f.percent(percentOf(t.NMissing, t.N), pd), "", ""},
			[]string{r.w.Total, "", f.integer(t.N), f.percent(percentOf(t.N, t.N), pd), "", ""})
	}
	r.table(id, fmt.Sprintf(r.w.FreqCaption, r.variable(), occasion),
		[]string{"", "", r.w.Frequency, r.w.Percent, r.w.ValidPercent, r.w.CumPercent}, "llrrrr", rows)
}

// percentOf is 100 count/denom, NaN when denom is 0.
func percentOf(count, denom int) float64 {
	if denom == 0 {
		return math.NaN()
	}
	return 100 * float64(count) / float64(denom)
}

// validPercent returns the valid percent of level i of t.
func validPercent(t *pairedt.FreqTable, i int) float64 {
	if t.ValidPercent != nil {
		return t.ValidPercent[i]
	}
	return percentOf(t.Counts[i], t.NValid)
}

func (r *renderer) distribution() {
	r.heading(r.w.SecDistribution)
	a, f, pd := r.a, r.f, r.o.PercentDecimals
	if a.FreqBefore != nil {
		r.freqTable("freq.before", a.FreqBefore, r.before())
	}
	if a.FreqAfter != nil {
		r.freqTable("freq.after", a.FreqAfter, r.after())
	}
	if a.FreqBefore != nil && a.FreqAfter != nil {
		fb, fa := a.FreqBefore, a.FreqAfter
		var rows [][]string
		for i := range fb.Levels {
			rows = append(rows, []string{r.level(fb.Levels, i),
				f.integer(fb.Counts[i]), f.percent(validPercent(fb, i), pd),
				f.integer(fa.Counts[i]), f.percent(validPercent(fa, i), pd)})
		}
		rows = append(rows, []string{r.w.Total,
			f.integer(fb.NValid), f.percent(percentOf(fb.NValid, fb.NValid), pd),
			f.integer(fa.NValid), f.percent(percentOf(fa.NValid, fa.NValid), pd)})
		r.table("freq", fmt.Sprintf(r.w.CombinedCaption, capFirst(r.variable()), r.before(), r.after()),
			[]string{r.w.Category, r.before() + " " + r.w.N, r.before() + " %", r.after() + " " + r.w.N, r.after() + " %"},
			"lrrrr", rows)
		if len(fb.Levels) > 0 {
			r.distributionSentence(fb, fa)
		}
	}
	if c := a.Cross; c != nil {
		header := []string{r.before() + " × " + r.after()}
		align := "l"
		for i := range c.Levels {
			header = append(header, r.level(c.Levels, i))
			align += "r"
		}
		header = append(header, r.w.Total)
		align += "r"
		var rows [][]string
		for i := range c.Levels {
			row := []string{r.level(c.Levels, i)}
			for j := range c.Levels {
				row = append(row, f.integer(c.Counts[i][j]))
			}
			rows = append(rows, append(row, f.integer(c.RowTotals[i])))
		}
		row := []string{r.w.Total}
		for j := range c.Levels {
			row = append(row, f.integer(c.ColTotals[j]))
		}
		rows = append(rows, append(row, f.integer(c.N)))
		r.table("cross", fmt.Sprintf(r.w.CrossCaption, r.before(), r.after()), header, align, rows)
	}
	r.figure("distribution")
}

// distributionSentence writes the article's paragraph: the count and
// percentage of each category on each occasion.
func (r *renderer) distributionSentence(fb, fa *pairedt.FreqTable) { r.para(r.distSentence(fb, fa)) }

// distSentence is the paragraph distributionSentence writes.
func (r *renderer) distSentence(fb, fa *pairedt.FreqTable) string {
	occasion := func(t *pairedt.FreqTable, label string) string {
		var items []string
		for i := range t.Levels {
			items = append(items, fmt.Sprintf(r.w.DistItem, r.f.integer(t.Counts[i]),
				r.f.percent(validPercent(t, i), r.o.PercentDecimals), r.level(t.Levels, i)))
		}
		return fmt.Sprintf(r.w.DistOccasion, label, r.list(items))
	}
	s := fmt.Sprintf(r.w.DistSentence, r.f.integer(fb.NValid)) +
		occasion(fb, r.before()) + "; " + occasion(fa, r.after()) + "."
	if fb.NValid != fa.NValid {
		// Different valid n on the two occasions: no common "of n".
		s = occasion(fb, r.before()) + "; " + occasion(fa, r.after()) + "."
		if r.o.Lang == Indonesian {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
	}
	return s
}

// list joins items as "a, b, and c" in English (APA 7 uses the serial
// comma) and "a, b dan c" in Indonesian; two items as "a and b".
func (r *renderer) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " " + r.w.And + " " + items[1]
	}
	last := " "
	if r.o.Lang != Indonesian {
		last = ", "
	}
	return strings.Join(items[:len(items)-1], ", ") + last + r.w.And + " " + items[len(items)-1]
}

// ---- Section 2: the effect ----

func (r *renderer) effect() {
	if r.a.T == nil {
		// Only the charts of the pairs: no t-test to name in the heading
		// or to warn about.
		r.heading(r.w.SecPairs)
		for _, u := range r.a.Undefined {
			if u.Method == pairedt.MethodT {
				r.para(fmt.Sprintf(r.w.UndefinedT, r.reason(u.Err)))
			}
		}
	} else {
		if r.a.CategoryCodes {
			r.heading(r.w.SecEffectCodes)
		} else {
			r.heading(r.w.SecEffect)
		}
		r.tTables(r.a.T)
		r.tText(r.a.T)
		r.bayesSensitivity(r.a.T)
		if r.a.CategoryCodes {
			r.codesNote()
		}
	}
	if !r.ordinalFirst {
		r.figure("paired")
	}
	r.figure("differences")
}

// occasions returns the mean, SD and SE of the before and the after
// occasion from t, whichever the test took first.
func (r *renderer) occasions(t *pairedt.TTestResult) (before, after [3]float64) {
	before, after = [3]float64{t.MeanX, t.SDX, t.SEX}, [3]float64{t.MeanY, t.SDY, t.SEY}
	if r.flipped() {
		before, after = after, before
	}
	return before, after
}

// tableWords are the titles and column names of the t-test tables in the
// style of Options.TableStyle.
type tableWords struct {
	stats, corr, test, pair1, mean, sd, se, n, r, sig string
	sig2, sigLess, sigGreater                         string
}

func (r *renderer) tableWords() tableWords {
	w := r.w
	if r.o.TableStyle == TableSPSS {
		return tableWords{w.PairStatsCaption, w.PairCorrCaption, w.PairTestCaption, w.Pair1, w.Mean, w.Sd, w.SeMean, "N", w.Correlation, w.Sig, w.Sig2, w.SigLess, w.SigGreater}
	}
	return tableWords{w.APAPairStatsCaption, w.APAPairCorrCaption, w.APAPairTestCaption, "", w.APAMean, w.APASd, w.APASeMean, w.APAN, w.APACorrelation, w.APASig, w.APASig2, w.APASigLess, w.APASigGreater}
}

func (r *renderer) tTables(t *pairedt.TTestResult) {
	f, d := r.f, r.o.TableDecimals
	tw := r.tableWords()
	n := f.integer(t.N)
	b, a := r.occasions(t)
	sig := tw.sig2
	switch t.Alternative {
	case pairedt.Less:
		sig = tw.sigLess
	case pairedt.Greater:
		sig = tw.sigGreater
	}
	// SPSS's "Pair 1" column says nothing in a report of one pair; the
	// APA tables leave it out.
	table := func(id, caption string, header []string, align string, rows [][]string) {
		if tw.pair1 == "" {
			header, align = header[1:], align[1:]
			for i := range rows {
				rows[i] = rows[i][1:]
			}
		}
		r.table(id, caption, header, align, rows)
	}
	table("ttest.stats", tw.stats,
		[]string{"", "", tw.mean, tw.n, tw.sd, tw.se}, "llrrrr",
		[][]string{
			{tw.pair1, r.before(), f.num(b[0], d), n, f.num(b[1], d), f.num(b[2], d)},
			{"", r.after(), f.num(a[0], d), n, f.num(a[1], d), f.num(a[2], d)},
		})
	table("ttest.corr", tw.corr,
		[]string{"", "", tw.n, tw.r, tw.sig}, "llrrr",
		[][]string{{tw.pair1, r.before() + " & " + r.after(), n, f.bounded(t.R, d), f.pCell(t.RP)}})
	lv := f.level(t.ConfLevel)
	tcol, dfcol := "t", "df"
	if r.o.TableStyle == TableAPA {
		tcol, dfcol = "*t*", "*df*"
	}
	table("ttest", tw.test,
		[]string{"", "", tw.mean, tw.sd, tw.se, fmt.Sprintf(r.w.CiLower, lv), fmt.Sprintf(r.w.CiUpper, lv), tcol, dfcol, sig},
		"llrrrrrrrr",
		[][]string{{tw.pair1, r.diffLabel(),
			f.num(t.MeanDiff, d), f.num(t.SDDiff, d), f.num(t.SE, d), f.num(t.CILow, d), f.num(t.CIHigh, d),
			f.num(t.T, d), f.auto(t.DF, d), f.pCell(t.P)}})
}

// pText is "< .001" or "= .046", p as a sentence compares it with alpha.
func (r *renderer) pText(p float64) string {
	rel, val := r.pAlpha(p)
	return rel + " " + val
}

// apaP is "*p* < .001" or "*p* = .046", with the digits of pAlpha.
func (r *renderer) apaP(p float64) string {
	rel, val := r.pAlpha(p)
	return "*p* " + rel + " " + val
}

// pAlpha formats p for a sentence that compares it with alpha: three
// decimals (APA), or more, up to six, when three would put p on the wrong
// side of alpha or on it (p = .0496 would print as .050 next to "below
// α = .05"). The tables keep three decimals, as SPSS prints them.
func (r *renderer) pAlpha(p float64) (rel, val string) {
	rel, val = r.f.pValue(p)
	if rel != "=" || math.IsNaN(p) {
		return rel, val
	}
	alpha := r.o.Alpha
	for dec := pDecimals; dec <= 6; dec++ {
		s := math.Pow(10, float64(dec))
		shown := math.Round(p*s) / s
		if p < alpha && shown < alpha || p >= alpha && shown >= alpha {
			return "=", r.f.bounded(p, dec)
		}
	}
	return "=", r.f.bounded(p, 6)
}

// short formats x with the fewest decimals (up to 4) that show it.
func (r *renderer) short(x float64) string {
	for dec := 0; dec < 4; dec++ {
		s := strconv.FormatFloat(x, 'f', dec, 64)
		if v, _ := strconv.ParseFloat(s, 64); v == x {
			return r.f.bounded(x, dec)
		}
	}
	return r.f.bounded(x, 4)
}

func (r *renderer) tText(t *pairedt.TTestResult) {
	r.para(r.tSentence(t, r.o.Decimals))
	if s := r.decision(t); s != "" {
		r.para(s)
	}
	r.notes("", t.Warnings)
}

// tParts are the statistics of the t-test's sentence at d decimals: the
// mean difference, its interval, t, p, d_z and its interval.
func (r *renderer) tParts(t *pairedt.TTestResult, d int) []string {
	f, w := r.f, r.w
	lv := f.level(t.ConfLevel)
	parts := []string{
		w.MeanDiff + " = " + f.num(t.MeanDiff, d),
		fmt.Sprintf(w.Ci, lv) + " " + f.interval(t.CILow, t.CIHigh, d),
		"*t*(" + f.auto(t.DF, d) + ") = " + f.num(t.T, d),
		r.apaP(t.P),
	}
	if !math.IsNaN(t.DZ) {
		parts = append(parts, "*d*<sub>z</sub> = "+f.num(t.DZ, d))
		if !math.IsNaN(t.DZCILow) && !math.IsNaN(t.DZCIHigh) {
			parts = append(parts, fmt.Sprintf(w.Ci, lv)+" "+f.interval(t.DZCILow, t.DZCIHigh, d))
		}
	}
	return parts
}

// tSentence is the sentence of the t-test at d decimals: the means and
// SDs on each occasion and tParts.
func (r *renderer) tSentence(t *pairedt.TTestResult, d int) string {
	f, w := r.f, r.w
	b, a := r.occasions(t)
	sentence := fmt.Sprintf(w.TSentence, r.variable(),
		r.before(), f.num(b[0], d), f.num(b[1], d),
		r.after(), f.num(a[0], d), f.num(a[1], d),
		strings.Join(r.tParts(t, d), f.sep()))
	if t.Alternative == pairedt.Less || t.Alternative == pairedt.Greater {
		op := w.AltLess
		if t.Alternative == pairedt.Greater {
			op = w.AltGreater
		}
		sentence += " " + fmt.Sprintf(w.AlternativeNote, mdText(op), f.num(t.Mu, d))
	}
	return sentence
}

// decision is the sentence with the decision at alpha; "" when p is NaN.
func (r *renderer) decision(t *pairedt.TTestResult) string {
	f, d, w := r.f, r.o.Decimals, r.w
	alpha := r.short(r.o.Alpha)
	rel, val := r.pAlpha(t.P)
	pv := rel + " " + val
	null := w.NullNoDiff
	if t.Mu != 0 {
		null = fmt.Sprintf(w.NullMu, f.num(t.Mu, d))
	}
	switch {
	case math.IsNaN(t.P):
		return ""
	case t.P < r.o.Alpha:
		return fmt.Sprintf(w.DecisionReject, alpha, pv, null)
	default:
		return fmt.Sprintf(w.DecisionKeep, alpha, pv, null)
	}
}

// notes writes warnings as a list headed "Notes", each prefixed with who
// raised it.
func (r *renderer) notes(who string, warnings []pairedt.Warning) {
	if len(warnings) == 0 {
		return
	}
	fmt.Fprintf(&r.b, "*%s.*\n\n", r.w.Notes)
	for _, s := range warnings {
		if who != "" {
			fmt.Fprintf(&r.b, "- %s: %s\n", who, mdText(r.warning(s)))
		} else {
			fmt.Fprintf(&r.b, "- %s\n", mdText(r.warning(s)))
		}
	}
	r.b.WriteByte('\n')
}

func (r *renderer) codesNote() {
	levels := r.a.levels()
	var codes []string
	for i := range levels {
		score := float64(i + 1)
		if r.a.Scores != nil {
			score = r.a.Scores[i]
		}
		codes = append(codes, r.f.auto(score, r.o.Decimals)+" = "+r.level(levels, i))
	}
	list := strings.Join(codes, r.f.sep())
	if list == "" {
		list = "1, 2, …"
	}
	tmpl := r.w.CodesNote
	for i, sc := range r.a.Scores {
		if sc != float64(i+1) {
			// Custom scores: say what they are, not that the categories
			// are equally spaced.
			tmpl = r.w.CodesNoteScores
			break
		}
	}
	s := fmt.Sprintf(tmpl, list)
	switch {
	case r.noHeadings:
	case r.ordinalFirst:
		s += fmt.Sprintf(r.w.CodesNoteCompare, strconv.Itoa(r.robustSec))
	case r.robustSec > 0:
		s += fmt.Sprintf(r.w.CodesNoteRobust, strconv.Itoa(r.robustSec))
	}
	r.para(s)
}

// ---- Section 3: assumptions and robustness ----

func (r *renderer) robustness() {
	if r.ordinalFirst {
		r.heading(r.w.SecOrdinal)
	} else {
		r.heading(r.w.SecRobust)
	}
	a, f, d, w := r.a, r.f, r.o.TableDecimals, r.w
	var rows [][]string
	var others []float64
	var otherNames []string // the tests of others, as a sentence names them
	var warn []struct {
		who  string
		list []pairedt.Warning
	}
	if s := a.ShapiroWilk; s != nil {
		// Non-breaking spaces keep "W = .727" on one line in a narrow
		// (printed) column.
		rows = append(rows, []string{w.SwName, "*W*&nbsp;=&nbsp;" + f.bounded(s.W, d), "", f.pCell(s.P), "*n*&nbsp;=&nbsp;" + f.integer(s.N)})
		warn = append(warn, struct {
			who  string
			list []pairedt.Warning
		}{w.SwName, s.Warnings})
	}
	if s := a.Wilcoxon; s != nil {
		mode := w.Approximate
		if s.Exact {
			mode = w.Exact
		}
		rows = append(rows, []string{w.WilcoxonName + " (" + mode + ")", "*V*&nbsp;=&nbsp;" + r.short(s.V), "", f.pCell(s.P),
			fmt.Sprintf(w.WilcoxonNote, f.integer(s.N), f.integer(s.NZero), f.bounded(s.RankBiserial, d)) + r.sidedNote(s.Alternative)})
		others = append(others, s.P)
		otherNames = append(otherNames, w.WilcoxonTest)
		warn = append(warn, struct {
			who  string
			list []pairedt.Warning
		}{w.WilcoxonName, withoutIntervalWarnings(s.Warnings)})
	}
	if s := a.Sign; s != nil {
		rows = append(rows, []string{w.SignName, "*S*&nbsp;=&nbsp;" + r.short(s.Statistic), "", f.pCell(s.P),
			fmt.Sprintf(w.SignNote, f.integer(s.Positive), f.integer(s.Negative), f.integer(s.Zero)) + r.sidedNote(s.Alternative)})
		others = append(others, s.P)
		otherNames = append(otherNames, w.SignTest)
		warn = append(warn, struct {
			who  string
			list []pairedt.Warning
		}{w.SignName, s.Warnings})
	}
	for _, c := range []struct {
		name, test string
		t          *pairedt.ChiSquareResult
	}{{w.MhName, w.MhTest, a.MarginalHomogeneity}, {w.BowkerName, w.BowkerTest, a.Bowker},
		{w.McNemarCorrName, w.McNemarCorrTest, a.McNemarCorrected}, {w.McNemarName, w.McNemarTest, a.McNemar}} {
		if c.t == nil {
			continue
		}
		rows = append(rows, []string{c.name, "χ²&nbsp;=&nbsp;" + f.num(c.t.Statistic, d), f.auto(c.t.DF, d), f.pCell(c.t.P), ""})
		others = append(others, c.t.P)
		otherNames = append(otherNames, c.test)
		warn = append(warn, struct {
			who  string
			list []pairedt.Warning
		}{c.name, c.t.Warnings})
	}
	if s := a.McNemarExact; s != nil {
		rows = append(rows, []string{w.McNemarExactName, "*b*&nbsp;=&nbsp;" + f.integer(s.B) + ", *c*&nbsp;=&nbsp;" + f.integer(s.C), "", f.pCell(s.P), w.McNemarExactNote})
		others = append(others, s.P)
		otherNames = append(otherNames, w.McNemarExactTest)
	}
	for _, u := range r.undefinedRobust() {
		rows = append(rows, []string{r.methodName(u.Method), "", "", "", fmt.Sprintf(w.UndefinedCell, r.reason(u.Err))})
	}
	caption := w.RobustCaptionNumeric
	if a.CategoryCodes || a.MarginalHomogeneity != nil || a.Bowker != nil || a.McNemarCorrected != nil || a.McNemar != nil || a.McNemarExact != nil {
		caption = w.RobustCaption
	}
	r.table("robust", caption, []string{w.Test, w.Statistic, w.Df, "*" + w.P + "*", w.Note}, "llrrl", rows)

	if r.ordinalFirst {
		// The primary analysis in words: McNemar's test for two levels,
		// else the Wilcoxon signed-rank test.
		if m, e := a.McNemarCorrected, a.McNemarExact; m != nil && e != nil && !math.IsNaN(m.P) && !math.IsNaN(e.P) {
			r.para(fmt.Sprintf(w.McNemarSentence, f.num(m.Statistic, r.o.Decimals), r.pText(m.P), r.pText(e.P)))
		} else if s := a.Wilcoxon; s != nil && !math.IsNaN(s.P) {
			r.para(fmt.Sprintf(w.WilcoxonSentence, r.diffLabel(), r.short(s.V), r.pText(s.P), f.bounded(s.RankBiserial, r.o.Decimals)))
		}
	}
	if s := a.ShapiroWilk; s != nil && !math.IsNaN(s.P) {
		rel, val := r.pAlpha(s.P)
		tmpl := w.SwNormal
		if s.P < r.o.Alpha {
			tmpl = w.SwNotNormal
		}
		r.para(fmt.Sprintf(tmpl, f.bounded(s.W, r.o.Decimals), rel+" "+val))
	}
	if a.T != nil && !math.IsNaN(a.T.P) && len(others) > 0 {
		tRejects := a.T.P < r.o.Alpha
		differ, total := 0, 0
		name := ""           // the test, when only one has a p-value
		var differs []string // the tests that differ
		for i, p := range others {
			if math.IsNaN(p) {
				continue
			}
			total++
			name = otherNames[i]
			if (p < r.o.Alpha) != tRejects {
				differ++
				differs = append(differs, midSentence(otherNames[i]))
			}
		}
		alpha := r.short(r.o.Alpha)
		tref := r.w.TTest
		if r.ordinalFirst && !r.noHeadings {
			tref = fmt.Sprintf(r.w.TTestCodes, strconv.Itoa(r.robustSec+1))
		}
		switch {
		case total == 0:
		case total == 1 && differ == 0:
			r.para(fmt.Sprintf(w.AgreeOne, name, tref, alpha))
		case total == 1:
			r.para(fmt.Sprintf(w.DifferOne, name, tref, alpha))
		case total == 2 && differ == 0:
			r.para(fmt.Sprintf(w.AgreeBoth, tref, alpha))
		case total == 2 && differ == 2:
			r.para(fmt.Sprintf(w.DifferBoth, tref, alpha))
		case differ == 0:
			r.para(fmt.Sprintf(w.AgreeAll, r.all(total), tref, alpha))
		case differ == total:
			r.para(fmt.Sprintf(w.DifferAll, r.all(total), tref, alpha))
		case differ == 1:
			r.para(fmt.Sprintf(w.AgreeOneNamed, r.spell(total, false), differs[0], tref, alpha))
		default:
			r.para(fmt.Sprintf(w.AgreeSomeNamed, r.spell(differ, true), r.spell(total, false), r.list(differs), tref, alpha))
		}
	}
	var all []string
	for _, x := range warn {
		for _, s := range x.list {
			all = append(all, x.who+": "+mdText(r.warning(s)))
		}
	}
	if len(all) > 0 {
		fmt.Fprintf(&r.b, "*%s.*\n\n", w.Notes)
		for _, s := range all {
			fmt.Fprintf(&r.b, "- %s\n", s)
		}
		r.b.WriteByte('\n')
	}
	if r.ordinalFirst {
		// The cross table drawn as a bubble grid belongs with the ordinal
		// tests, after their table and its notes.
		r.figure("paired")
	}
}

// undefinedRobust lists the tests of the robustness section that the data do
// not define (every one but the t-test, which section 2 reports).
func (r *renderer) undefinedRobust() []pairedt.Undefined {
	var us []pairedt.Undefined
	for _, u := range r.a.Undefined {
		if u.Method != pairedt.MethodT {
			us = append(us, u)
		}
	}
	return us
}

// methodName is a test's name as the robustness table writes it.
func (r *renderer) methodName(m pairedt.Method) string {
	switch m {
	case pairedt.MethodShapiroWilk:
		return r.w.SwName
	case pairedt.MethodWilcoxon:
		return r.w.WilcoxonName
	case pairedt.MethodSign:
		return r.w.SignName
	case pairedt.MethodStuartMaxwell:
		return r.w.MhName
	case pairedt.MethodBowker:
		return r.w.BowkerName
	case pairedt.MethodMcNemarCorrected:
		return r.w.McNemarCorrName
	case pairedt.MethodMcNemar:
		return r.w.McNemarName
	case pairedt.MethodMcNemarExact:
		return r.w.McNemarExactName
	}
	return mdText(m.String())
}

// reason says in the reader's language why a test is undefined, from the
// sentinel error it wraps.
func (r *renderer) reason(err error) string {
	switch {
	case errors.Is(err, pairedt.ErrNoDiscordant):
		return r.w.ReasonNoDiscordant
	case errors.Is(err, pairedt.ErrIdentical):
		return r.w.ReasonIdentical
	case errors.Is(err, pairedt.ErrConstant):
		return r.w.ReasonConstant
	case errors.Is(err, pairedt.ErrShapiroWilkN):
		return r.w.ReasonTooMany
	case errors.Is(err, pairedt.ErrTooFew):
		return r.w.ReasonTooFew
	}
	return r.w.ReasonOther
}

// sidedNote is the end of a Note cell saying that a test was one-sided
// ("; one-sided (less)"), so that its p-value is not read as two-sided; ""
// for a two-sided test.
func (r *renderer) sidedNote(a pairedt.Alternative) string {
	switch a {
	case pairedt.Less:
		return "; " + r.w.OneSidedLess
	case pairedt.Greater:
		return "; " + r.w.OneSidedGreater
	}
	return ""
}

// withoutIntervalWarnings drops the Wilcoxon warnings about the
// Hodges-Lehmann confidence interval (pairedt.WarningKind.IsInterval),
// which the report does not print: a note on "the interval" would refer to
// nothing the reader can see.
func withoutIntervalWarnings(ws []pairedt.Warning) []pairedt.Warning {
	var out []pairedt.Warning
	for _, w := range ws {
		if !w.Kind.IsInterval() {
			out = append(out, w)
		}
	}
	return out
}

// ---- Section 4: reproduction ----

func (r *renderer) reproduction() {
	r.heading(r.w.SecReproduction)
	var rows [][]string
	for _, c := range r.a.Checks {
		v := string(c.Verdict)
		verdict, ok := r.w.Verdicts[v]
		if !ok {
			verdict = mdText(v)
		} else {
			verdict = "**" + verdict + "**"
		}
		// The Indonesian texts when present, else English (Check.Text).
		t := c.Text(r.o.Lang)
		rows = append(rows, []string{mdText(t.Claim), mdText(t.Reported), mdText(t.Recomputed), verdict, mdText(t.Explanation)})
	}
	r.table("audit", r.w.ReproCaption, []string{r.w.Claim, r.w.Reported, r.w.Recomputed, r.w.Verdict, r.w.Explanation}, "lllll", rows)
}

// ---- Footer ----

func (r *renderer) footer() {
	p, w := r.a.Provenance, r.w
	fmt.Fprintf(&r.b, "---\n\n**%s.**\n\n", w.Provenance)
	item := func(k, v string) { fmt.Fprintf(&r.b, "- %s: %s\n", k, v) }
	if strings.TrimSpace(p.DataName) != "" {
		item(w.ProvData, mdText(p.DataName))
	}
	item(w.ProvSHA, r.label(p.DataSHA256, w.ProvNotRecorded))
	item(w.ProvModule, r.label(p.ModuleVersion, w.ProvNotRecorded))
	switch {
	case len(p.Args) > 0:
		item(w.ProvCommand, mdCode(shellQuote(p.Args)))
	case strings.TrimSpace(p.Command) != "":
		item(w.ProvCommand, mdText(p.Command))
	}
	opts := fmt.Sprintf(w.ProvOptsFmt, string(r.o.Lang), r.short(r.o.Alpha), r.o.Decimals, r.o.TableDecimals, r.o.PercentDecimals)
	if t := r.a.T; t != nil {
		alt := mdText(t.Alternative.String())
		switch t.Alternative {
		case pairedt.TwoSided:
			alt = w.AltTwoSidedWord
		case pairedt.Less:
			alt = w.AltLessWord
		case pairedt.Greater:
			alt = w.AltGreaterWord
		}
		opts += fmt.Sprintf(w.ProvTest, alt, r.f.num(t.Mu, r.o.Decimals), r.f.level(t.ConfLevel))
	}
	if r.a.Direction == pairedt.AfterMinusBefore || r.a.T != nil {
		opts += fmt.Sprintf(w.ProvDirection, r.diffLabel())
	}
	item(w.ProvOpts, opts)
	if strings.TrimSpace(p.Generated) != "" {
		item(w.ProvGenerated, mdText(p.Generated))
	}
}
