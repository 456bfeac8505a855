package report

import (
	"strconv"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// crossOf returns an Analysis with a k x k cross table whose cell (i, j)
// holds count(i, j).
func crossOf(t *testing.T, k int, count func(i, j int) int) *Analysis {
	t.Helper()
	levels := make([]string, k)
	counts := make([][]int, k)
	for i := range k {
		levels[i] = "level " + strconv.Itoa(i+1)
		counts[i] = make([]int, k)
		for j := range k {
			counts[i][j] = count(i, j)
		}
	}
	c, err := pairedt.NewCrossTable(levels, counts)
	if err != nil {
		t.Fatal(err)
	}
	return &Analysis{Cross: &c, CategoryCodes: true, BeforeLabel: "Before", AfterLabel: "After"}
}

// TestBubbleLabelsNeverOverlap: the count labels of the cross-table chart
// (issue 10, item 6) never overlap and stay inside the data area, for five
// levels with all 25 transitions non-empty, counts of very different sizes
// and widths, and many levels; and the data area the labels were laid out
// in is the one gonum/plot draws.
func TestBubbleLabelsNeverOverlap(t *testing.T) {
	w := English.Report()
	f := newNumberFormat(English)
	for _, c := range []struct {
		name  string
		k     int
		count func(i, j int) int
	}{
		{"5 levels, all 25 cells", 5, func(i, j int) int { return 1 + (i*7+j*3)%23 }},
		{"5 levels, wide counts", 5, func(i, j int) int { return 10000 + 997*i + 13*j }},
		{"7 levels, all 49 cells", 7, func(i, j int) int { return 1 + i + j }},
		{"12 levels", 12, func(i, j int) int { return 100 + i*j }},
		{"2 levels", 2, func(i, j int) int { return 21 - 17*i + 4*j }},
		{"40 levels", 40, func(i, j int) int { return 1000 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := crossOf(t, c.k, c.count)
			p, boxes, err := crossBubbles(a, w, f, bubbleWidth, bubbleHeight)
			if err != nil {
				t.Fatal(err)
			}
			if c.k <= 12 && len(boxes) != c.k*c.k {
				t.Fatalf("%d labels, want %d", len(boxes), c.k*c.k)
			}
			dc := p.DataCanvas(draw.Canvas{Canvas: noCanvas{}, Rectangle: vg.Rectangle{Max: vg.Point{X: bubbleWidth, Y: bubbleHeight}}})
			area := dc.Rectangle
			for i, b := range boxes {
				if b.Min.X < area.Min.X || b.Min.Y < area.Min.Y || b.Max.X > area.Max.X || b.Max.Y > area.Max.Y {
					t.Errorf("label %d box %v outside the data area %v", i, b, area)
				}
				for j := range i {
					if overlap(b, boxes[j]) {
						t.Errorf("labels %d %v and %d %v overlap", i, b, j, boxes[j])
					}
				}
			}
			// The chart draws without error.
			ch := &Chart{Name: "paired", plot: p, width: bubbleWidth, height: bubbleHeight}
			wt, err := ch.WriterTo("svg", 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := wt.WriteTo(discard{}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func overlap(a, b vg.Rectangle) bool {
	return a.Min.X < b.Max.X && b.Min.X < a.Max.X && a.Min.Y < b.Max.Y && b.Min.Y < a.Max.Y
}

type discard struct{}

func (discard) Write(b []byte) (int, error) { return len(b), nil }
