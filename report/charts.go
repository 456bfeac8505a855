package report

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/internal/textsafe"
	"github.com/pairedt/pairedt/pairedt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgeps"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart is one figure of a report, drawn with gonum.org/v1/plot. Charts are
// made for greyscale print: black outlines, a light hatched fill and a dark
// grey fill, no colour carries meaning. Text is set in Liberation Sans; SVG
// names the font stack 'Liberation Sans', Arimo, Arial, Helvetica,
// sans-serif (faces with the same advance widths) instead of embedding it.
type Chart struct {
	// Name identifies the chart and is the base name of its file:
	// "distribution" (grouped bars before/after per category),
	// "paired" (one line per subject from before to after) or
	// "differences" (dot plot of the differences X - Y; a histogram
	// beyond MaxSubjectCharts pairs).
	Name string
	// Caption is the figure's caption as plain text (caller labels
	// included, not escaped).
	Caption string

	mdCaption string // Caption with the labels escaped for Markdown
	plot      *plot.Plot
	width     vg.Length
	height    vg.Length

	svgOnce sync.Once // draws svgBody
	svgBody []byte
	svgErr  error
}

// Fonts. The charts use Liberation Sans, whose metrics gonum/plot uses to
// measure and place every label. The SVG names a font stack rather than
// embedding the font: Liberation Sans, Arimo, Arial and Helvetica share the
// same advance widths (Liberation Sans and Arimo were designed to be
// metric-compatible with Arial, which copies Helvetica's widths), so labels
// are centred and spaced the same with whichever of them the viewer has,
// and one of them is present on practically every Linux, Windows, macOS,
// Android and iOS system. Embedding would make the output independent even
// of that, but costs about 500 kB per chart (gonum/plot#775) and would make
// each report's HTML megabytes long. PNG output rasterises the Liberation
// Sans bundled with gonum/plot, so it is identical everywhere.
var chartFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

const svgFontStack = "'Liberation Sans',Arimo,Arial,Helvetica,sans-serif"

// maxChartLabel is the longest label (in runes) a chart shows; longer ones
// are shortened with an ellipsis (the tables keep the full text).
const maxChartLabel = 60

// Greys for fills; black for lines and outlines.
var (
	greyLight = color.Gray{Y: 0xff} // white, hatched
	greyDark  = color.Gray{Y: 0x59}
	greyDot   = color.Gray{Y: 0xbf}
	black     = color.Gray{Y: 0}
)

func styleText(s *text.Style, size vg.Length) {
	s.Font = chartFont
	s.Font.Size = size
	s.Color = black
}

// newPlot returns a plot with the report's fonts and sizes.
func newPlot() *plot.Plot {
	p := plot.New()
	styleText(&p.Title.TextStyle, 12)
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		styleText(&ax.Label.TextStyle, 10)
		styleText(&ax.Tick.Label, 9)
	}
	styleText(&p.Legend.TextStyle, 9)
	return p
}

// MaxSubjectCharts is the largest number of complete pairs drawn one
// subject at a time (the paired plot's lines, the dot plot's dots). With
// more pairs such charts are illegible and their SVG grows by about 500
// bytes per pair (54 MB of HTML for 10^5 pairs), so the paired plot is left
// out and the differences are drawn as a histogram.
const MaxSubjectCharts = 2000

// Charts returns the charts the analysis has, in the order the report
// shows them: "distribution" when both frequency tables are present,
// "paired" and "differences" when X and Y hold at least one complete pair
// (beyond MaxSubjectCharts pairs only "differences", as a histogram).
// They are the charts of New(a, o), Options.NoCharts aside. It returns an
// error wrapping ErrOptions or ErrAnalysis for unusable input.
func Charts(a Analysis, o Options) ([]*Chart, error) {
	o.NoCharts = false
	d, err := New(a, o)
	if err != nil {
		return nil, err
	}
	return d.charts, nil
}

// plotsBuilt counts the plots charts has built and svgsDrawn the SVG
// drawings made, for the test that a document builds and draws each chart
// once.
var plotsBuilt, svgsDrawn atomic.Int64

// charts assumes o resolved and a validated.
func charts(a *Analysis, o Options) ([]*Chart, error) {
	w := o.Lang.Report()
	f := newNumberFormat(o.Lang)
	variable := func(esc func(string) string) string {
		if strings.TrimSpace(clean(a.Variable)) == "" {
			return w.Outcome
		}
		return esc(a.Variable)
	}
	plain := func(s string) string { return isolate(strings.TrimSpace(clean(s))) }
	var out []*Chart
	// add appends a built plot with its caption, in plain text and in
	// Markdown: caption(esc) writes it with esc escaping the caller's words.
	add := func(name string, p *plot.Plot, err error, width, height vg.Length, caption func(esc func(string) string) string) error {
		if err != nil {
			return err
		}
		plotsBuilt.Add(1)
		out = append(out, &Chart{Name: name, plot: p, width: width, height: height,
			Caption: caption(plain), mdCaption: caption(mdText)})
		return nil
	}
	occasion := func(tmpl string) func(esc func(string) string) string {
		return func(esc func(string) string) string {
			return occasionCaption(a, w, tmpl, capFirst(variable(esc)), esc)
		}
	}
	diff := func(tmpl string) func(esc func(string) string) string {
		return func(esc func(string) string) string { return fmt.Sprintf(tmpl, occasionDiff(a, w, esc)) }
	}
	if a.FreqBefore != nil && a.FreqAfter != nil && len(a.FreqBefore.Levels) > 0 {
		p, err := barChart(a, w, f, o)
		if err := add("distribution", p, err, 6*vg.Inch, 3.5*vg.Inch, occasion(w.BarCaption)); err != nil {
			return nil, err
		}
	}
	x, y := a.pairs()
	// An ordinal outcome with its cross table: the pairs are drawn as a
	// bubble grid of the table, at any number of pairs.
	bubbles := a.CategoryCodes && a.Cross != nil && len(a.Cross.Levels) > 0 && a.Cross.N > 0
	if bubbles {
		p, _, err := crossBubbles(a, w, f, bubbleWidth, bubbleHeight)
		if err := add("paired", p, err, bubbleWidth, bubbleHeight, occasion(w.BubbleCaption)); err != nil {
			return nil, err
		}
	}
	if len(x) > 0 && len(x) <= MaxSubjectCharts {
		if !bubbles {
			p, err := pairedPlot(a, x, y, w, f)
			if err := add("paired", p, err, pairedWidth, pairedHeight, occasion(w.PairedCaption)); err != nil {
				return nil, err
			}
		}
		dx, dy := diffOrder(a, x, y)
		p, err := differencesPlot(a, dx, dy, w, f, o)
		if err := add("differences", p, err, 6*vg.Inch, 2.75*vg.Inch, diff(w.DiffCaption)); err != nil {
			return nil, err
		}
	} else if len(x) > MaxSubjectCharts {
		dx, dy := diffOrder(a, x, y)
		p, err := differencesHistogram(a, dx, dy, w, f)
		if err := add("differences", p, err, 6*vg.Inch, 2.75*vg.Inch, diff(w.DiffHistCaption)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// capFirst starts a caption with a capital letter: when the first word of
// s has no capital letter ("extra hours of sleep", "breast-milk
// expression", "the outcome") its first letter is upper-cased; a word with
// a capital ("pH", "iPhone", "BMI") and a start that is not a letter (a
// digit, an escape or isolate mark) are left as the caller wrote them.
func capFirst(s string) string {
	word, _, _ := strings.Cut(s, " ")
	if word == "" {
		return s
	}
	for _, r := range word {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return s // "pH", "ASI", "McNemar": the caller's capitals stand
		}
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// occasionCaption fills a caption template (variable, first occasion,
// second occasion) with the occasion labels escaped by esc, so that a
// caption names the study's occasions ("Drug 1 and Drug 2") rather than
// assuming they are "before and after".
func occasionCaption(a *Analysis, w *i18n.ReportWords, tmpl, variable string, esc func(string) string) string {
	b, af := w.Before, w.After
	if strings.TrimSpace(clean(a.BeforeLabel)) != "" {
		b = esc(a.BeforeLabel)
	}
	if strings.TrimSpace(clean(a.AfterLabel)) != "" {
		af = esc(a.AfterLabel)
	}
	return fmt.Sprintf(tmpl, variable, b, af)
}

// occasionDiff is "Before − After" with the labels escaped by esc.
func occasionDiff(a *Analysis, w *i18n.ReportWords, esc func(string) string) string {
	b, af := w.Before, w.After
	if strings.TrimSpace(clean(a.BeforeLabel)) != "" {
		b = esc(a.BeforeLabel)
	}
	if strings.TrimSpace(clean(a.AfterLabel)) != "" {
		af = esc(a.AfterLabel)
	}
	if a.Direction == pairedt.AfterMinusBefore {
		b, af = af, b
	}
	return fmt.Sprintf(w.DiffLabel, b, af)
}

// diffOrder returns the pairs in the order the differences take them:
// (x, y) for before − after, (y, x) for after − before.
func diffOrder(a *Analysis, x, y []float64) ([]float64, []float64) {
	if a.Direction == pairedt.AfterMinusBefore {
		return y, x
	}
	return x, y
}

// diffNames returns the occasions' chart labels in the order of the
// differences.
func diffNames(a *Analysis, w *i18n.ReportWords) (string, string) {
	b, af := occasionNames(a, w)
	if a.Direction == pairedt.AfterMinusBefore {
		return af, b
	}
	return b, af
}

// occasionNames returns the chart labels of the two occasions.
func occasionNames(a *Analysis, w *i18n.ReportWords) (string, string) {
	b, af := w.Before, w.After
	if strings.TrimSpace(clean(a.BeforeLabel)) != "" {
		b = chartText(a.BeforeLabel, maxChartLabel)
	}
	if strings.TrimSpace(clean(a.AfterLabel)) != "" {
		af = chartText(a.AfterLabel, maxChartLabel)
	}
	return b, af
}

// barChart draws the grouped bar chart of valid percentages per category.
func barChart(a *Analysis, w *i18n.ReportWords, f numberFormat, o Options) (*plot.Plot, error) {
	fb, fa := a.FreqBefore, a.FreqAfter
	k := len(fb.Levels)
	p := newPlot()
	p.Y.Label.Text = w.BarYLabel
	p.Y.Min, p.Y.Max = 0, 112
	var ticks plot.ConstantTicks
	for v := 0; v <= 100; v += 20 {
		ticks = append(ticks, plot.Tick{Value: float64(v), Label: f.integer(v)})
	}
	p.Y.Tick.Marker = ticks

	// Bar width: about a third of a category's slot, at most 40 pt.
	slot := (6*vg.Inch - 60) / vg.Length(k)
	bw := min(vg.Points(40), slot*0.36)
	before, after := occasionNames(a, w)
	before = fitLine(before, p.Legend.TextStyle, 0.4*6*vg.Inch, 1)
	after = fitLine(after, p.Legend.TextStyle, 0.4*6*vg.Inch, 1)
	for s, t := range []*struct {
		tab   *[]float64
		name  string
		fill  color.Color
		off   vg.Length
		hatch bool
	}{{nil, before, greyLight, -bw / 2, true}, {nil, after, greyDark, bw / 2, false}} {
		ft := fb
		if s == 1 {
			ft = fa
		}
		vals := make(plotter.Values, k)
		var lab plotter.XYLabels
		for i := range vals {
			v := validPercent(ft, i)
			if math.IsNaN(v) {
				v = 0
			}
			vals[i] = v
			lab.XYs = append(lab.XYs, plotter.XY{X: float64(i), Y: v})
			lab.Labels = append(lab.Labels, f.percent(v, o.PercentDecimals))
		}
		b, err := plotter.NewBarChart(vals, bw)
		if err != nil {
			return nil, fmt.Errorf("%w: bar chart: %v", ErrAnalysis, err)
		}
		b.Color = t.fill
		b.LineStyle.Color = black
		b.LineStyle.Width = vg.Points(0.75)
		b.Offset = t.off
		p.Add(b)
		if t.hatch {
			p.Add(&hatch{values: vals, width: bw, offset: t.off})
		}
		l, err := plotter.NewLabels(lab)
		if err != nil {
			return nil, fmt.Errorf("%w: bar labels: %v", ErrAnalysis, err)
		}
		for i := range l.TextStyle {
			styleText(&l.TextStyle[i], 8)
			l.TextStyle[i].XAlign = text.XCenter
		}
		l.Offset = vg.Point{X: t.off, Y: 2}
		p.Add(l)
		p.Legend.Add(t.name, legendBox{fill: t.fill, hatch: t.hatch})
	}
	p.Legend.Top = true
	p.Legend.Left = false
	p.Legend.Padding = vg.Points(4)
	p.Legend.ThumbnailWidth = vg.Points(18)
	p.X.Min, p.X.Max = -0.6, float64(k)-0.4
	// A category's room: its slot of the data area (the x tick labels
	// do not change the data area's width).
	// (The labels at the ends can narrow the data area; then they are
	// fitted again, narrower.)
	room := dataSize(p, 6*vg.Inch, 3.5*vg.Inch).X / (vg.Length(k) + 0.2)
	names := make([]string, k)
	for range 8 {
		for i, s := range fb.Levels {
			if strings.TrimSpace(clean(s)) == "" {
				names[i] = w.EmptyLabel
				continue
			}
			names[i] = fitWrapped(chartText(s, maxChartLabel), 22, p.X.Tick.Label, 0.95*room, 3)
		}
		p.NominalX(names...)
		p.X.Min, p.X.Max = -0.6, float64(k)-0.4
		now := dataSize(p, 6*vg.Inch, 3.5*vg.Inch).X / (vg.Length(k) + 0.2)
		if now >= room {
			break
		}
		room = now
	}
	return p, nil
}

// hatch draws 45-degree lines inside bars, so that a series stays
// distinguishable in black-and-white print.
type hatch struct {
	values        plotter.Values
	width, offset vg.Length
}

func (h *hatch) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	ls := draw.LineStyle{Color: black, Width: vg.Points(0.5)}
	for i, v := range h.values {
		x0 := trX(float64(i)) - h.width/2 + h.offset
		hatchRect(c, ls, x0, trY(0), x0+h.width, trY(v), 4)
	}
}

// hatchRect draws lines y = x - k, spaced step apart, clipped to the
// rectangle [x0, x1] x [y0, y1].
func hatchRect(c draw.Canvas, ls draw.LineStyle, x0, y0, x1, y1, step vg.Length) {
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	if x1-x0 <= 0 || y1-y0 <= 0 {
		return
	}
	for k := x0 - y1 + step; k < x1-y0; k += step {
		lo := max(x0, y0+k)
		hi := min(x1, y1+k)
		if lo < hi {
			c.StrokeLine2(ls, lo, lo-k, hi, hi-k)
		}
	}
}

// legendBox is the legend thumbnail of a bar series.
type legendBox struct {
	fill  color.Color
	hatch bool
}

func (l legendBox) Thumbnail(c *draw.Canvas) {
	pts := []vg.Point{{X: c.Min.X, Y: c.Min.Y}, {X: c.Min.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Min.Y}}
	c.FillPolygon(l.fill, pts)
	if l.hatch {
		hatchRect(*c, draw.LineStyle{Color: black, Width: vg.Points(0.5)}, c.Min.X, c.Min.Y, c.Max.X, c.Max.Y, 4)
	}
	c.StrokeLines(draw.LineStyle{Color: black, Width: vg.Points(0.75)}, append(pts, pts[0]))
}

// pairedPlot draws one line per subject from its before value to its
// after value. Subjects with identical pairs share a line, labelled with
// how many they are.
func pairedPlot(a *Analysis, x, y []float64, w *i18n.ReportWords, f numberFormat) (*plot.Plot, error) {
	p := newPlot()
	before, after := occasionNames(a, w)
	p.NominalX(fitWrapped(before, 22, p.X.Tick.Label, vg.Inch, 3), fitWrapped(after, 22, p.X.Tick.Label, vg.Inch, 3))
	p.X.Min, p.X.Max = -0.3, 1.3
	if strings.TrimSpace(clean(a.Variable)) != "" {
		p.Y.Label.Text = fitLine(chartText(a.Variable, maxChartLabel), p.Y.Label.TextStyle, 0.6*pairedHeight, 2)
	}
	ls := draw.LineStyle{Color: black, Width: vg.Points(0.6)}
	type pair struct{ x, y float64 }
	count := map[pair]int{}
	var order []pair
	pts := make(plotter.XYs, 0, 2*len(x))
	for i := range x {
		k := pair{x[i], y[i]}
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
		pts = append(pts, plotter.XY{X: 0, Y: x[i]}, plotter.XY{X: 1, Y: y[i]})
	}
	for _, k := range order {
		l, err := plotter.NewLine(plotter.XYs{{X: 0, Y: k.x}, {X: 1, Y: k.y}})
		if err != nil {
			return nil, fmt.Errorf("%w: paired plot: %v", ErrAnalysis, err)
		}
		l.LineStyle = ls
		l.LineStyle.Width = vg.Points(0.6 * math.Sqrt(float64(count[k])))
		p.Add(l)
	}
	s, err := plotter.NewScatter(pts)
	if err != nil {
		return nil, fmt.Errorf("%w: paired plot: %v", ErrAnalysis, err)
	}
	s.GlyphStyle = draw.GlyphStyle{Color: black, Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}
	p.Add(s)
	// Label shared lines with their count, in a fixed order.
	var lab plotter.XYLabels
	for _, k := range order {
		if count[k] > 1 {
			lab.XYs = append(lab.XYs, plotter.XY{X: 0.5, Y: k.x/2 + k.y/2})
			lab.Labels = append(lab.Labels, "n = "+strconv.Itoa(count[k]))
		}
	}
	if len(lab.XYs) > 0 {
		l, err := plotter.NewLabels(lab)
		if err != nil {
			return nil, fmt.Errorf("%w: paired plot: %v", ErrAnalysis, err)
		}
		for i := range l.TextStyle {
			styleText(&l.TextStyle[i], 8)
			l.TextStyle[i].XAlign = text.XRight
		}
		l.Offset = vg.Point{X: -4, Y: 3}
		p.Add(l)
	}
	p.Y.Tick.Marker = localeTicks{f: f}
	lo, hi := minMax(append(slices.Clone(x), y...))
	var ok bool
	if p.Y.Min, p.Y.Max, ok = axisRange(lo, hi, 0.08); !ok {
		return nil, fmt.Errorf("%w: paired plot: the values span more than float64 can hold", ErrAnalysis)
	}
	// With category codes, label the axis with the categories, each in
	// at most 30% of the width and the height between two ticks.
	if levels := a.levels(); a.CategoryCodes && len(levels) > 0 {
		vals := make([]float64, len(levels))
		for i := range levels {
			vals[i] = float64(i + 1)
			if a.Scores != nil {
				vals[i] = a.Scores[i]
			}
		}
		sorted := slices.Clone(vals)
		slices.Sort(sorted)
		gap := p.Y.Max - p.Y.Min
		for i := 1; i < len(sorted); i++ {
			if d := sorted[i] - sorted[i-1]; d > 0 {
				gap = min(gap, d)
			}
		}
		room := vg.Length(gap/(p.Y.Max-p.Y.Min)) * dataSize(p, pairedWidth, pairedHeight).Y
		var ticks plot.ConstantTicks
		for i, s := range levels {
			lbl := w.EmptyLabel
			if strings.TrimSpace(clean(s)) != "" {
				lbl = fitWrapped(chartText(s, maxChartLabel), 18, p.Y.Tick.Label, 0.3*pairedWidth, linesIn(p.Y.Tick.Label, 0.9*room))
			}
			ticks = append(ticks, plot.Tick{Value: vals[i], Label: lbl})
		}
		p.Y.Tick.Marker = ticks
	}
	return p, nil
}

// The size of the paired plot.
const (
	pairedWidth  = 4.5 * vg.Inch
	pairedHeight = 3.5 * vg.Inch
)

// axisRange returns an axis range [a, b] around the data range [lo, hi]
// (finite, lo <= hi), padded by frac of its width on each side, that
// gonum/plot can draw and tick: a < b, b - a finite and at least a
// millionth of the data's magnitude. A zero-width range gets 0.5 on each
// side (so that all-equal data of ordinary size keeps the axis it had),
// widened to a millionth of the magnitude for large values (1e16 + 0.5
// is 1e16, and gonum/plot panics on an empty range); a range narrower
// than that is drawn as that wide, since the chart cannot resolve it. ok
// is false when b - a would overflow float64 (data near ±MaxFloat64 of
// both signs): no linear axis holds it.
func axisRange(lo, hi, frac float64) (a, b float64, ok bool) {
	if !(lo <= hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return -1, 1, false
	}
	mag := max(math.Abs(lo), math.Abs(hi))
	span := hi/2 - lo/2 // half the width: never overflows
	pad := span * 2 * frac
	if span < 1e-290 {
		pad = 0.5
	}
	pad = max(pad, 1e-6*mag)
	a, b = lo-pad, hi+pad
	if math.IsInf(a, 0) {
		a = lo
	}
	if math.IsInf(b, 0) {
		b = hi
	}
	if !(a < b) || math.IsInf(b-a, 0) {
		return lo, hi, false
	}
	return a, b, true
}

// The size of the bubble grid (crossBubbles).
const (
	bubbleWidth  = 5 * vg.Inch
	bubbleHeight = 4 * vg.Inch
)

// crossBubbles draws the cross table of an ordinal outcome as a grid: one
// column per category before, one row per category after, and in each
// non-empty cell a circle whose area is proportional to its count, with
// the count written at the cell's centre. Every subject who stayed is on
// the diagonal, every one who moved is above it (moved up) or below it.
//
// This replaces the paired plot's one line per subject for ordinal data:
// there, lines between the same categories coincide and lines between
// different ones cross, so count labels at the midpoints of crossing lines
// land on one another (issue 10, item 6), and with five or more levels the
// picture is a tangle. A grid gives each combination of categories its
// own cell, so the labels cannot collide at any number of levels or
// crossings, and the reader sees the same numbers as in the cross table.
// (Alluvial bands would also keep the flows apart but need stacked
// labels whose placement depends on the band heights, and they put small
// flows in slivers too thin to label.)
//
// Each label's font is the largest, from 9 pt down to 4 pt, that fits in
// 90% of its cell; when even 4 pt does not fit (dozens of levels) the
// counts are left out, as the cross table gives them. It returns the
// plot and the label boxes in the coordinates of a width x height canvas,
// for the test that no two overlap.
func crossBubbles(a *Analysis, w *i18n.ReportWords, f numberFormat, width, height vg.Length) (*plot.Plot, []vg.Rectangle, error) {
	c := a.Cross
	k := len(c.Levels)
	p := newPlot()
	before, after := occasionNames(a, w)
	// Axis labels within the data area (gonum/plot narrows the data area
	// to what a wider label overhangs).
	p.X.Label.Text = fitLine(before, p.X.Label.TextStyle, 0.55*width, 2)
	p.Y.Label.Text = fitLine(after, p.Y.Label.TextStyle, 0.6*height, 2)
	names := make([]string, k)
	var yticks plot.ConstantTicks
	// Each category's name in its column (of at most 70% of the width)
	// and row (of at most 75% of the height), the row names in at most
	// 30% of the width.
	lbls := make([]string, k)
	for i, s := range c.Levels {
		lbls[i] = w.EmptyLabel
		if strings.TrimSpace(clean(s)) != "" {
			lbls[i] = chartText(s, maxChartLabel)
		}
	}
	p.X.Min, p.X.Max = -0.5, float64(k)-0.5
	p.Y.Min, p.Y.Max = -0.5, float64(k)-0.5
	p.Y.Padding, p.X.Padding = 0, 0
	rows := func(rowH vg.Length) {
		yticks = yticks[:0]
		for i, lbl := range lbls {
			yticks = append(yticks, plot.Tick{Value: float64(i), Label: fitWrapped(lbl, 18, p.Y.Tick.Label, 0.3*width, linesIn(p.Y.Tick.Label, 0.9*rowH))})
		}
		p.Y.Tick.Marker = yticks
	}
	// The row names (in 30% of the width and the rows' height, first
	// estimated), then the column names in the columns of the data area
	// that leaves (again when the names at the ends narrow it), then
	// again if the rows came out lower than the estimate.
	columns := func() {
		colW := dataSize(p, width, height).X / vg.Length(k)
		for range 8 {
			for i, lbl := range lbls {
				names[i] = fitWrapped(lbl, max(6, 60/k), p.X.Tick.Label, 0.95*colW, 3)
			}
			p.NominalX(names...)
			p.X.Min, p.X.Max = -0.5, float64(k)-0.5
			p.Y.Padding, p.X.Padding = 0, 0 // NominalX set them
			now := dataSize(p, width, height).X / vg.Length(k)
			if now >= colW {
				break
			}
			colW = now
		}
	}
	rowH := 0.75 * height / vg.Length(k)
	for range 4 {
		rows(rowH)
		columns()
		now := dataSize(p, width, height).Y / vg.Length(k)
		if now >= rowH {
			break
		}
		rowH = now
	}

	// The data area of the finished plot: nothing drawn below extends
	// beyond the axes' ranges, so it is the data area of this one.
	dc := p.DataCanvas(draw.Canvas{Canvas: noCanvas{}, Rectangle: vg.Rectangle{Max: vg.Point{X: width, Y: height}}})
	cellW := dc.Rectangle.Size().X / vg.Length(k)
	cellH := dc.Rectangle.Size().Y / vg.Length(k)
	maxCount := 0
	for _, row := range c.Counts {
		for _, n := range row {
			maxCount = max(maxCount, n)
		}
	}
	if maxCount == 0 {
		return p, nil, nil
	}
	rMax := 0.45 * min(cellW, cellH)
	var pts plotter.XYs
	var radii []vg.Length
	var lab plotter.XYLabels
	for i, row := range c.Counts { // i: before (column), j: after (row)
		for j, n := range row {
			if n == 0 {
				continue
			}
			pts = append(pts, plotter.XY{X: float64(i), Y: float64(j)})
			radii = append(radii, vg.Length(math.Sqrt(float64(n)/float64(maxCount)))*rMax)
			lab.XYs = append(lab.XYs, plotter.XY{X: float64(i), Y: float64(j)})
			lab.Labels = append(lab.Labels, f.integer(n))
		}
	}
	diag, err := plotter.NewLine(plotter.XYs{{X: -0.5, Y: -0.5}, {X: float64(k) - 0.5, Y: float64(k) - 0.5}})
	if err != nil {
		return nil, nil, fmt.Errorf("%w: cross table chart: %v", ErrAnalysis, err)
	}
	diag.LineStyle = draw.LineStyle{Color: greyDot, Width: vg.Points(0.75), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}}
	disc, err := plotter.NewScatter(pts)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: cross table chart: %v", ErrAnalysis, err)
	}
	disc.GlyphStyleFunc = func(i int) draw.GlyphStyle {
		return draw.GlyphStyle{Color: bubbleGrey, Radius: radii[i], Shape: draw.CircleGlyph{}}
	}
	ring, _ := plotter.NewScatter(pts)
	ring.GlyphStyleFunc = func(i int) draw.GlyphStyle {
		// Mid-grey, so that a ring smaller than its count never hides a
		// digit.
		return draw.GlyphStyle{Color: bubbleRing, Radius: radii[i], Shape: draw.RingGlyph{}}
	}
	p.Add(diag, disc, ring)

	// The largest font at which every count fits in 90% of its cell.
	var ts text.Style
	styleText(&ts, 9)
	ts.Handler = p.X.Tick.Label.Handler
	fits := func() bool {
		for _, s := range lab.Labels {
			if ts.Width(s) > 0.9*cellW || ts.Height(s) > 0.9*cellH {
				return false
			}
		}
		return true
	}
	for ts.Font.Size > 4 && !fits() {
		ts.Font.Size -= 0.5
	}
	if !fits() {
		return p, nil, nil
	}
	ts.XAlign, ts.YAlign = text.XCenter, text.YCenter
	l, err := plotter.NewLabels(lab)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: cross table chart: %v", ErrAnalysis, err)
	}
	boxes := make([]vg.Rectangle, len(lab.XYs))
	xt, yt := p.Transforms(&dc)
	for i := range l.TextStyle {
		l.TextStyle[i] = ts
		r := ts.Rectangle(lab.Labels[i])
		at := vg.Point{X: xt(lab.XYs[i].X), Y: yt(lab.XYs[i].Y)}
		boxes[i] = vg.Rectangle{Min: at.Add(r.Min), Max: at.Add(r.Max)}
	}
	p.Add(l)
	return p, boxes, nil
}

// bubbleGrey fills the circles of the bubble grid, light enough for a
// black count on top of it.
var (
	bubbleGrey = color.Gray{Y: 0xd9}
	bubbleRing = color.Gray{Y: 0x8c}
)

// noCanvas is a vg.Canvas that draws nothing: crossBubbles uses it to ask
// gonum/plot where the data area of a canvas of a given size lies.
type noCanvas struct{}

func (noCanvas) SetLineWidth(vg.Length)                 {}
func (noCanvas) SetLineDash([]vg.Length, vg.Length)     {}
func (noCanvas) SetColor(color.Color)                   {}
func (noCanvas) Rotate(float64)                         {}
func (noCanvas) Translate(vg.Point)                     {}
func (noCanvas) Scale(float64, float64)                 {}
func (noCanvas) Push()                                  {}
func (noCanvas) Pop()                                   {}
func (noCanvas) Stroke(vg.Path)                         {}
func (noCanvas) Fill(vg.Path)                           {}
func (noCanvas) FillString(font.Face, vg.Point, string) {}
func (noCanvas) DrawImage(vg.Rectangle, image.Image)    {}

func minMax(v []float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, x := range v {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi
}

// maxDotColumns is the most distinct values a dot plot shows as they are;
// with more, the differences are binned into this many equal bins.
const maxDotColumns = 30

// differencesPlot draws a dot plot of d = x - y: one dot per subject,
// stacked at equal values (or at the centres of equal-width bins when there
// are more than maxDotColumns distinct values), with a dashed line at 0.
func differencesPlot(a *Analysis, x, y []float64, w *i18n.ReportWords, f numberFormat, o Options) (*plot.Plot, error) {
	d := make([]float64, len(x))
	for i := range x {
		d[i] = x[i] - y[i]
	}
	slices.Sort(d)
	lo, hi := d[0], d[len(d)-1]
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil, fmt.Errorf("%w: differences: the differences X - Y overflow float64", ErrAnalysis)
	}
	distinct := slices.Compact(slices.Clone(d))
	pos := func(v float64) float64 { return v }
	if len(distinct) > maxDotColumns {
		width := hi/maxDotColumns - lo/maxDotColumns
		pos = func(v float64) float64 {
			b := math.Floor((v - lo) / width)
			if b >= maxDotColumns {
				b = maxDotColumns - 1
			}
			return lo + (b+0.5)*width
		}
	}
	var pts plotter.XYs
	stack := map[float64]int{}
	maxCount := 0
	for _, v := range d {
		c := pos(v)
		stack[c]++
		pts = append(pts, plotter.XY{X: c, Y: float64(stack[c])})
		maxCount = max(maxCount, stack[c])
	}
	p := newPlot()
	before, after := diffNames(a, w)
	before = isolate(fitLine(before, p.X.Label.TextStyle, 0.3*6*vg.Inch, 1))
	after = isolate(fitLine(after, p.X.Label.TextStyle, 0.3*6*vg.Inch, 1))
	p.X.Label.Text = fmt.Sprintf(w.DiffAxis, before, after)
	p.Y.Label.Text = w.Count
	p.Y.Min, p.Y.Max = 0, float64(maxCount)+1.2
	// Dots as large as fit the height of the stack (about 130 pt of data area).
	r := min(vg.Points(4.5), vg.Points(130/(2*float64(maxCount)+1)))
	fill, err := plotter.NewScatter(pts)
	if err != nil {
		return nil, fmt.Errorf("%w: differences: %v", ErrAnalysis, err)
	}
	fill.GlyphStyle = draw.GlyphStyle{Color: greyDot, Radius: r, Shape: draw.CircleGlyph{}}
	ring, _ := plotter.NewScatter(pts)
	ring.GlyphStyle = draw.GlyphStyle{Color: black, Radius: r, Shape: draw.RingGlyph{}}
	zero, err := plotter.NewLine(plotter.XYs{{X: 0, Y: 0}, {X: 0, Y: float64(maxCount) + 1.2}})
	if err != nil {
		return nil, fmt.Errorf("%w: differences: %v", ErrAnalysis, err)
	}
	zero.LineStyle = draw.LineStyle{Color: black, Width: vg.Points(0.75), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}}
	p.Add(zero, fill, ring)
	var ok bool
	if p.X.Min, p.X.Max, ok = axisRange(min(lo, 0), max(hi, 0), 0.06); !ok {
		return nil, fmt.Errorf("%w: differences: the differences X - Y span more than float64 can hold", ErrAnalysis)
	}
	p.X.Tick.Marker = localeTicks{f: f}
	if maxCount <= 12 {
		var ticks plot.ConstantTicks
		for c := 0; c <= maxCount; c++ {
			ticks = append(ticks, plot.Tick{Value: float64(c), Label: strconv.Itoa(c)})
		}
		p.Y.Tick.Marker = ticks
	}
	return p, nil
}

// differencesHistogram draws the differences X - Y as a histogram, for
// samples too large for a dot plot: Sturges' number of bins, 1 + log2(n),
// at most 60 (Sturges 1926, The choice of a class interval, JASA 21:65-66).
func differencesHistogram(a *Analysis, x, y []float64, w *i18n.ReportWords, f numberFormat) (*plot.Plot, error) {
	d := make(plotter.Values, len(x))
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := range x {
		d[i] = x[i] - y[i]
		lo, hi = math.Min(lo, d[i]), math.Max(hi, d[i])
	}
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) || math.IsInf(hi-lo, 0) {
		return nil, fmt.Errorf("%w: differences: the differences X - Y overflow float64", ErrAnalysis)
	}
	bins := min(60, 1+int(math.Ceil(math.Log2(float64(len(d))))))
	h, err := plotter.NewHist(d, bins)
	if err != nil {
		return nil, fmt.Errorf("%w: differences: %v", ErrAnalysis, err)
	}
	h.FillColor = greyDot
	h.LineStyle = draw.LineStyle{Color: black, Width: vg.Points(0.6)}
	maxCount := 0.0
	for _, b := range h.Bins {
		maxCount = math.Max(maxCount, b.Weight)
	}
	p := newPlot()
	before, after := diffNames(a, w)
	before = isolate(fitLine(before, p.X.Label.TextStyle, 0.3*6*vg.Inch, 1))
	after = isolate(fitLine(after, p.X.Label.TextStyle, 0.3*6*vg.Inch, 1))
	p.X.Label.Text = fmt.Sprintf(w.DiffAxis, before, after)
	p.Y.Label.Text = w.Count
	p.Y.Min, p.Y.Max = 0, maxCount*1.08
	zero, err := plotter.NewLine(plotter.XYs{{X: 0, Y: 0}, {X: 0, Y: maxCount * 1.08}})
	if err != nil {
		return nil, fmt.Errorf("%w: differences: %v", ErrAnalysis, err)
	}
	zero.LineStyle = draw.LineStyle{Color: black, Width: vg.Points(0.75), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}}
	p.Add(h, zero)
	var ok bool
	if p.X.Min, p.X.Max, ok = axisRange(min(lo, 0), max(hi, 0), 0.04); !ok {
		return nil, fmt.Errorf("%w: differences: the differences X - Y span more than float64 can hold", ErrAnalysis)
	}
	p.X.Tick.Marker = localeTicks{f: f}
	p.Y.Tick.Marker = localeTicks{f: f}
	return p, nil
}

// localeTicks is gonum/plot's default ticker with labels in the locale
// (decimal comma, true minus sign).
type localeTicks struct{ f numberFormat }

func (t localeTicks) Ticks(lo, hi float64) []plot.Tick {
	ts := plot.DefaultTicks{}.Ticks(lo, hi)
	for i := range ts {
		if ts[i].Label == "" {
			continue
		}
		v, err := strconv.ParseFloat(ts[i].Label, 64)
		if err != nil {
			continue
		}
		dec := 0
		if j := strings.IndexByte(ts[i].Label, '.'); j >= 0 {
			dec = len(ts[i].Label) - j - 1
		}
		ts[i].Label = t.f.num(v, dec)
	}
	return ts
}

// WriteSVG writes the chart as a standalone SVG document:
// WriterTo("svg", 0) written to w.
func (c *Chart) WriteSVG(w io.Writer) error { return writeAll(c.WriterTo("svg", 0))(w) }

// MaxDPI is the largest resolution WriterTo and WritePNG accept.
const MaxDPI = 1200

// WritePNG writes the chart as a PNG image at dpi dots per inch:
// WriterTo("png", dpi) written to w.
func (c *Chart) WritePNG(w io.Writer, dpi int) error { return writeAll(c.WriterTo("png", dpi))(w) }

// writeAll returns a function writing wt to w, or returning err.
func writeAll(wt io.WriterTo, err error) func(io.Writer) error {
	return func(w io.Writer) error {
		if err != nil {
			return err
		}
		_, err := wt.WriteTo(w)
		return err
	}
}

// ChartFormats returns the formats Chart.WriterTo accepts, sorted.
func ChartFormats() []string {
	return []string{"eps", "jpeg", "jpg", "pdf", "png", "svg", "tif", "tiff"}
}

// WriterTo returns the chart in format, one of ChartFormats (case-insensitive),
// as gonum/plot's Plot.WriterTo, except that the chart is drawn when the
// result's WriteTo is called. dpi (1 to MaxDPI; 300 suits print, 96 a screen)
// sets the resolution of png, jpeg and tiff and is ignored by svg, pdf and eps.
// Every format gives the same bytes on every call and every machine:
//
//   - svg names Chart's font stack instead of embedding a font, and is drawn
//     once per chart (the document's HTML inlines the same drawing);
//   - png, jpeg and tiff rasterise the Liberation Sans bundled with gonum/plot;
//   - pdf embeds Liberation Sans with CreationDate and ModDate fixed at the
//     Unix epoch; gonum/plot converts the font through a temporary directory
//     the first time a process writes a PDF;
//   - eps has no %%CreationDate comment and starts with "%!PS-Adobe-3.0
//     EPSF-3.0".
//
// It returns an error wrapping ErrOptions for an unknown format or a dpi out of
// range.
func (c *Chart) WriterTo(format string, dpi int) (io.WriterTo, error) {
	format = strings.ToLower(format)
	switch format {
	case "svg":
		return writerToFunc(func(w io.Writer) error { return c.writeSVG(w, false) }), nil
	case "pdf":
		return writerToFunc(c.writePDF), nil
	case "eps":
		return writerToFunc(c.writeEPS), nil
	case "png", "jpeg", "jpg", "tif", "tiff":
		if dpi < 1 || dpi > MaxDPI {
			return nil, fmt.Errorf("%w: dpi %d, need 1..%d", ErrOptions, dpi, MaxDPI)
		}
		return writerToFunc(func(w io.Writer) error {
			cv := vgimg.NewWith(vgimg.UseWH(c.width, c.height), vgimg.UseDPI(dpi))
			c.plot.Draw(draw.New(cv))
			var wt io.WriterTo
			switch format {
			case "png":
				wt = vgimg.PngCanvas{Canvas: cv}
			case "jpeg", "jpg":
				wt = vgimg.JpegCanvas{Canvas: cv}
			default:
				wt = vgimg.TiffCanvas{Canvas: cv}
			}
			_, err := wt.WriteTo(w)
			return err
		}), nil
	}
	return nil, fmt.Errorf("%w: chart format %q, want one of %s", ErrOptions, format, strings.Join(ChartFormats(), ", "))
}

// writerToFunc is an io.WriterTo from a function; it counts the bytes.
type writerToFunc func(io.Writer) error

func (f writerToFunc) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	err := f(cw)
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// svgDrawing is a chart drawn once on gonum/plot's SVG canvas: the body
// of the document (what follows the root element's start tag), with the
// font stack in place of the font's name.
func (c *Chart) svgDrawing() ([]byte, error) {
	c.svgOnce.Do(func() {
		svgsDrawn.Add(1)
		cv := vgsvg.NewWith(vgsvg.UseWH(c.width, c.height))
		c.plot.Draw(draw.New(cv))
		var buf bytes.Buffer
		if _, err := cv.WriteTo(&buf); err != nil {
			c.svgErr = err
			return
		}
		body, ok := bytes.CutPrefix(buf.Bytes(), []byte(svgProlog+c.svgRoot("")))
		if !ok {
			c.svgErr = fmt.Errorf("report: gonum/plot's SVG canvas wrote an unexpected header")
			return
		}
		c.svgBody = bytes.ReplaceAll(body, []byte("font-family:Liberation Sans;"), []byte("font-family:"+svgFontStack+";"))
	})
	return c.svgBody, c.svgErr
}

// svgProlog is the XML declaration and comment of a standalone SVG file,
// as gonum/plot writes them.
const svgProlog = "<?xml version=\"1.0\"?>\n<!-- Generated by SVGo and Plotinum VG -->\n"

// svgRoot is the start tag of the chart's <svg> element, with attrs
// (each followed by a space) before the size: the tag gonum/plot's SVG
// canvas writes when attrs is empty.
func (c *Chart) svgRoot(attrs string) string {
	const pr = 5 // vgsvg's precision
	return fmt.Sprintf("<svg %swidth=\"%.*gpt\" height=\"%.*gpt\" viewBox=\"0 0 %.*g %.*g\"\n\txmlns=\"http://www.w3.org/2000/svg\"\n\txmlns:xlink=\"http://www.w3.org/1999/xlink\">\n",
		attrs, pr, c.width, pr, c.height, pr, c.width, pr, c.height)
}

// writeSVG writes the chart as SVG: a standalone document, or for
// inlining in HTML the <svg> element alone, with role="img" and the
// caption as its aria-label.
func (c *Chart) writeSVG(w io.Writer, inline bool) error {
	body, err := c.svgDrawing()
	if err != nil {
		return err
	}
	head := svgProlog + c.svgRoot("")
	if inline {
		head = c.svgRoot(`role="img" aria-label="` + htmlAttr(c.Caption) + `" `)
	}
	if _, err := io.WriteString(w, head); err != nil {
		return err
	}
	_, err = w.Write(body)
	return err
}

// writePDF draws the chart on gonum/plot's PDF canvas.
func (c *Chart) writePDF(w io.Writer) error {
	out, err := c.drawOn(vgpdf.New(c.width, c.height))
	if err != nil {
		return err
	}
	// The dates have a fixed width, so the cross-reference table's byte
	// offsets stay valid.
	for _, key := range []string{"/CreationDate (D:", "/ModDate (D:"} {
		if i := bytes.Index(out, []byte(key)); i >= 0 && i+len(key)+14 <= len(out) {
			copy(out[i+len(key):], "19700101000000")
		}
	}
	_, err = w.Write(out)
	return err
}

// drawOn draws the chart on a canvas of a vector backend and returns the
// bytes the canvas writes.
func (c *Chart) drawOn(cv interface {
	vg.CanvasSizer
	io.WriterTo
}) ([]byte, error) {
	c.plot.Draw(draw.New(cv))
	var b bytes.Buffer
	if _, err := cv.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeEPS draws the chart on gonum/plot's EPS canvas and writes it
// without the %%CreationDate line.
func (c *Chart) writeEPS(w io.Writer) error {
	out, err := c.drawOn(vgeps.New(c.width, c.height))
	if err != nil {
		return err
	}
	// gonum/plot writes the first line with one "%" too many.
	if rest, ok := bytes.CutPrefix(out, []byte("%%!PS-Adobe-")); ok {
		out = append([]byte("%!PS-Adobe-"), rest...)
	}
	if i := bytes.Index(out, []byte("\n%%CreationDate: ")); i >= 0 {
		if j := bytes.IndexByte(out[i+1:], '\n'); j >= 0 {
			out = append(out[:i+1:i+1], out[i+1+j+1:]...)
		}
	}
	_, err = w.Write(out)
	return err
}

// fitLabel sets s (chartText's result) in at most maxLines lines, each at
// most maxW wide in style ts, as gonum/plot measures it: broken at spaces,
// and inside a word too wide for a line alone (a 55-character word of
// wide glyphs), the last line ended with an ellipsis when s does not fit
// (the tables carry the full label). gonum/plot makes room for a tick or
// axis label by shrinking the data area, so an unfitted label can leave
// no data area at all (issue 11, item 10: a chart with no data), and
// labels wider than their slot print over their neighbours.
//
// The result has no isolates: gonum/plot draws each line as a text
// element of its own, which is a bidi paragraph of its own in SVG (so
// nothing around it can be reordered), and the PNG, PDF and EPS canvases
// do no bidi at all and would draw an isolate as a missing-glyph box. A
// label set inside other text (the differences axis) is isolated again by
// its caller.
func fitLabel(s string, ts text.Style, maxW vg.Length, maxLines int) string {
	maxLines = max(1, maxLines)
	s = textsafe.Strip(s)
	if ts.Handler == nil {
		ts.Handler = plot.DefaultTextHandler
	}
	fits := func(t string) bool { return labelWidth(ts, t) <= maxW }
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		if cur != "" && fits(cur+" "+w) {
			cur += " " + w
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		for r := []rune(w); len(r) > 1 && !fits(w); r = []rune(w) {
			n := len(r) - 1
			for n > 1 && !fits(string(r[:n])) {
				n--
			}
			lines = append(lines, string(r[:n]))
			w = string(r[n:])
		}
		cur = w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	if len(lines) > maxLines {
		r := []rune(lines[maxLines-1])
		for len(r) > 0 && !fits(string(r)+"\u2026") {
			r = r[:len(r)-1]
		}
		lines = append(lines[:maxLines-1], strings.TrimRight(string(r), " ")+"\u2026")
	}
	return strings.Join(lines, "\n")
}

// linesIn is how many lines of style ts fit in height h (at least one).
func linesIn(ts text.Style, h vg.Length) int {
	if ts.Handler == nil {
		ts.Handler = plot.DefaultTextHandler
	}
	return max(1, int(h/ts.Height("Mg")))
}

// fitWrapped is wrapWords(s, width) when that fits (at most maxLines
// lines, each at most maxW wide in ts), which is how every ordinary label
// is set, and fitLabel otherwise; without isolates (see fitLabel).
func fitWrapped(s string, width int, ts text.Style, maxW vg.Length, maxLines int) string {
	s = textsafe.Strip(s)
	if ts.Handler == nil {
		ts.Handler = plot.DefaultTextHandler
	}
	if w := wrapWords(s, width); strings.Count(w, "\n") < maxLines && labelWidth(ts, w) <= maxW {
		return w
	}
	return fitLabel(s, ts, maxW, maxLines)
}

// fitLine is s when it is one line at most maxW wide in ts, and fitLabel
// otherwise; without isolates (see fitLabel).
func fitLine(s string, ts text.Style, maxW vg.Length, maxLines int) string {
	s = textsafe.Strip(s)
	if ts.Handler == nil {
		ts.Handler = plot.DefaultTextHandler
	}
	if !strings.Contains(s, "\n") && labelWidth(ts, s) <= maxW {
		return s
	}
	return fitLabel(s, ts, maxW, maxLines)
}

// dataSize is the size of p's data area on a width x height canvas, as
// p is now.
func dataSize(p *plot.Plot, width, height vg.Length) vg.Point {
	dc := p.DataCanvas(draw.Canvas{Canvas: noCanvas{}, Rectangle: vg.Rectangle{Max: vg.Point{X: width, Y: height}}})
	return dc.Rectangle.Size()
}

// labelWidth is the width of the widest line of s in ts as a viewer may
// set it: gonum/plot measures a character Liberation Sans lacks (CJK,
// fullwidth forms, emoji) by the font's missing-glyph box, but a browser
// draws it from a fallback font a full em wide, so such characters count
// as an em at least.
func labelWidth(ts text.Style, s string) vg.Length {
	var widest vg.Length
	for _, line := range strings.Split(s, "\n") {
		w := ts.Width(line)
		for _, r := range line {
			if isWide(r) {
				if g := ts.Width(string(r)); g < ts.Font.Size {
					w += ts.Font.Size - g
				}
			}
		}
		widest = max(widest, w)
	}
	return widest
}

// isWide reports whether r is an East Asian wide or fullwidth character
// or an emoji (UAX #11, roughly).
func isWide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x115f, r >= 0x2e80 && r <= 0xa4cf, r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff,
		r >= 0xfe30 && r <= 0xfe4f, r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6,
		r >= 0x1f300 && r <= 0x1faff, r >= 0x20000 && r <= 0x3fffd:
		return true
	}
	return false
}
