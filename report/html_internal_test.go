package report

import (
	"strings"
	"testing"
)

func TestBreakLongRuns(t *testing.T) {
	x30, x31 := strings.Repeat("x", 30), strings.Repeat("x", 31)
	for _, c := range []struct{ name, in, want string }{
		{"short cell", "<td>" + x30 + "</td>", "<td>" + x30 + "</td>"},
		{"long cell", "<td>" + x31 + "</td>", "<td>" + x30 + "<wbr>x</td>"},
		{"styled cell", `<td style="text-align:right">` + x31 + "</td>", `<td style="text-align:right">` + x30 + "<wbr>x</td>"},
		{"header cell", "<th>" + x31 + "</th>", "<th>" + x30 + "<wbr>x</th>"},
		{"twice", "<td>" + strings.Repeat("x", 61) + "</td>", "<td>" + x30 + "<wbr>" + x30 + "<wbr>x</td>"},
		{"spaces reset", "<td>" + x30 + " " + x30 + "</td>", "<td>" + x30 + " " + x30 + "</td>"},
		{"outside a cell", "<p>" + x31 + "</p>", "<p>" + x31 + "</p>"},
		{"thead is not a cell", "<thead>" + x31 + "</thead>", "<thead>" + x31 + "</thead>"},
		{"after the cell", "<td>x</td>" + x31, "<td>x</td>" + x31},
		{"entity whole", "<td>" + strings.Repeat("x", 29) + "&amp;&lt;</td>", "<td>" + strings.Repeat("x", 29) + "&amp;<wbr>&lt;</td>"},
		{"runes", "<td>" + strings.Repeat("é", 31) + "</td>", "<td>" + strings.Repeat("é", 30) + "<wbr>é</td>"},
		{"tags do not count", "<td>" + strings.Repeat("x", 20) + "<em>" + strings.Repeat("x", 11) + "</em></td>", "<td>" + strings.Repeat("x", 20) + "<em>" + strings.Repeat("x", 10) + "<wbr>x</em></td>"},
		{"unclosed tag", "<td>" + x31 + "<em", "<td>" + x30 + "<wbr>x<em"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := string(breakLongRuns([]byte(c.in))); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}
