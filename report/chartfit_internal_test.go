package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// longLabels are the labels of issue 11, item 10: 55 characters of wide
// glyphs without a space (fullwidth Latin, CJK, emoji), which drew a
// paired chart with no data area, and 50-character labels with spaces.
var longLabels = map[string]func(i int) string{
	"fullwidth": func(i int) string { return strings.Repeat("Ｗ", 54) + string(rune('０'+i)) },
	"cjk":       func(i int) string { return strings.Repeat("睡眠時間", 13) + fmt.Sprint(i, "期") },
	"words":     func(i int) string { return fmt.Sprintf("%02d very long category label with words in it ok", i) },
	"mixed":     func(i int) string { return "שלום " + strings.Repeat("😀", 40) + fmt.Sprint(i) },
}

// TestChartsKeepTheirData: with such labels, at 2, 5 and 10 levels, every
// chart (bars, the bubble grid, the paired plot of codes, and the numeric
// paired and dot plots) keeps a data area of at least 40% of its width
// and height, every level's bar or cell lies inside it, and no two
// category labels of an axis overlap (issue 11, item 10).
func TestChartsKeepTheirData(t *testing.T) {
	for name, label := range longLabels {
		for _, k := range []int{2, 5, 10} {
			levels := make([]string, k)
			counts := make([]int, k)
			m := make([][]int, k)
			for i := range levels {
				levels[i] = label(i)
				counts[i] = i + 1
				m[i] = make([]int, k)
				m[i][i], m[i][(i+1)%k] = i+1, 1
			}
			fb, err := pairedt.FrequenciesFromCounts(levels, counts, 0)
			if err != nil {
				t.Fatal(err)
			}
			ct, err := pairedt.NewCrossTable(levels, m)
			if err != nil {
				t.Fatal(err)
			}
			var x, y []float64
			for i := range 12 {
				x = append(x, float64(1+i%k))
				y = append(y, float64(1+(i*7)%k))
			}
			l := label(0)
			words := Analysis{Variable: l, BeforeLabel: l, AfterLabel: label(1)}
			ordinal := words
			ordinal.FreqBefore, ordinal.FreqAfter, ordinal.Cross, ordinal.CategoryCodes, ordinal.X, ordinal.Y = &fb, &fb, &ct, true, x, y
			codes := ordinal // the paired plot of codes: no cross table
			codes.Cross = nil
			numeric := words
			numeric.X, numeric.Y = []float64{1.5, 2, 3.25, 4, 8}, []float64{1, 2.5, 3, 4.5, 6}
			for aname, a := range map[string]Analysis{"ordinal": ordinal, "codes": codes, "numeric": numeric} {
				cs, err := Charts(a, Options{})
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range cs {
					checkChartLayout(t, fmt.Sprintf("%s/%d/%s/%s", name, k, aname, c.Name), c, k)
				}
			}
		}
	}
}

func checkChartLayout(t *testing.T, what string, c *Chart, k int) {
	t.Helper()
	full := draw.Canvas{Canvas: noCanvas{}, Rectangle: vg.Rectangle{Max: vg.Point{X: c.width, Y: c.height}}}
	dc := c.plot.DataCanvas(full)
	size := dc.Rectangle.Size()
	if size.X < 0.4*c.width || size.Y < 0.4*c.height || dc.Min.X < 0 || dc.Min.Y < 0 || dc.Max.X > c.width+0.01 || dc.Max.Y > c.height+0.01 {
		t.Errorf("%s: data area %.0f x %.0f pt of %.0f x %.0f", what, size.X, size.Y, c.width, c.height)
		return
	}
	trX, trY := c.plot.Transforms(&dc)
	inside := func(v vg.Length, lo, hi vg.Length) bool { return v >= lo-0.01 && v <= hi+0.01 }
	switch c.Name {
	case "distribution":
		for i := range k {
			if !inside(trX(float64(i)), dc.Min.X, dc.Max.X) {
				t.Errorf("%s: bar %d at x = %.1f, outside %.1f..%.1f", what, i, trX(float64(i)), dc.Min.X, dc.Max.X)
			}
		}
	case "paired":
		if c.plot.Y.Min >= c.plot.Y.Max || !inside(trY(1), dc.Min.Y, dc.Max.Y) {
			t.Errorf("%s: the data are outside the data area", what)
		}
	}
	// Tick labels of each axis: no two overlap.
	for _, ax := range []struct {
		a      *plot.Axis
		tr     func(float64) vg.Length
		across bool // labels side by side (x axis): compare widths
	}{{&c.plot.X, trX, true}, {&c.plot.Y, trY, false}} {
		ts := ax.a.Tick.Label
		var prev *plot.Tick
		for _, tk := range ax.a.Tick.Marker.Ticks(ax.a.Min, ax.a.Max) {
			if tk.Label == "" {
				continue
			}
			if prev != nil {
				gap := ax.tr(tk.Value) - ax.tr(prev.Value)
				if gap < 0 {
					gap = -gap
				}
				need := (ts.Height(tk.Label) + ts.Height(prev.Label)) / 2
				if ax.across {
					need = (labelWidth(ts, tk.Label) + labelWidth(ts, prev.Label)) / 2 // as a browser sets wide glyphs
				}
				if need > gap+0.01 {
					t.Errorf("%s: tick labels %q and %q overlap (%.1f pt apart, need %.1f)", what, prev.Label, tk.Label, gap, need)
				}
			}
			tk := tk
			prev = &tk
		}
	}
}
