package report

import (
	"bytes"
	"strings"
	"testing"
)

// cellHTML renders a one-column GFM table whose header is head and whose
// body cell is cell, and returns the HTML of its <tr> elements.
func cellHTML(t *testing.T, head, cell string) string {
	t.Helper()
	var b bytes.Buffer
	if err := converter.Convert([]byte("| "+head+" |\n|---:|\n| "+cell+" |\n"), &b); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	i, j := strings.Index(s, "<tr>"), strings.LastIndex(s, "</tr>")
	s = strings.NewReplacer("\n", "", "</thead>", "", "<tbody>", "").Replace(s[i : j+len("</tr>")])
	return s
}

func TestLineBreakOpportunities(t *testing.T) {
	x30, x31 := strings.Repeat("x", 30), strings.Repeat("x", 31)
	td := func(s string) string { return `<td style="text-align:right">` + s + "</td>" }
	th := func(s string) string { return `<th style="text-align:right">` + s + "</th>" }
	for _, c := range []struct{ name, cell, want string }{
		{"short cell", x30, td(x30)},
		{"long cell", x31, td(x30 + "<wbr>x")},
		{"twice", strings.Repeat("x", 61), td(x30 + "<wbr>" + x30 + "<wbr>x")},
		{"spaces reset", x30 + " " + x30, td(x30 + " " + x30)},
		{"entity whole", strings.Repeat("x", 29) + "&amp;&lt;", td(strings.Repeat("x", 29) + "&amp;<wbr>&lt;")},
		{"escape whole", strings.Repeat("x", 29) + `\*\|`, td(strings.Repeat("x", 29) + "*<wbr>|")},
		{"nbsp counts", strings.Repeat("x", 30) + "&nbsp;", td(x30 + "<wbr>\u00a0")},
		{"runes", strings.Repeat("é", 31), td(strings.Repeat("é", 30) + "<wbr>é")},
		{"tags do not count", strings.Repeat("x", 20) + "*" + strings.Repeat("x", 11) + "*",
			td(strings.Repeat("x", 20) + "<em>" + strings.Repeat("x", 10) + "<wbr>x</em>")},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := cellHTML(t, "h", c.cell)
			if want := "<tr>" + th("h") + "</tr><tr>" + c.want + "</tr>"; got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
	t.Run("header cell", func(t *testing.T) {
		if got, want := cellHTML(t, x31, "x"), "<tr>"+th(x30+"<wbr>x")+"</tr><tr>"+td("x")+"</tr>"; got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
	t.Run("outside a cell", func(t *testing.T) {
		var b bytes.Buffer
		if err := converter.Convert([]byte(x31+"\n"), &b); err != nil {
			t.Fatal(err)
		}
		if got, want := b.String(), "<p>"+x31+"</p>\n"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

// A report builds each of its charts once however many formats it is
// written in, and draws each once as SVG for both the HTML and the .svg
// file.
func TestChartsBuiltOnce(t *testing.T) {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	a := Analysis{X: x, Y: y}
	before, beforeSVG := plotsBuilt.Load(), svgsDrawn.Load()
	d, err := New(a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WriteMarkdown(&bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteHTML(&bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	files, err := d.Files(72)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if _, err := f.WriteTo(&bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := plotsBuilt.Load()-before, int64(len(d.Charts())); got != want || want != 2 {
		t.Errorf("built %d plots for %d charts, want 2 and one each", got, want)
	}
	if got := svgsDrawn.Load() - beforeSVG; got != 2 {
		t.Errorf("drew %d SVGs for the HTML and the .svg files of 2 charts, want 2", got)
	}
}
