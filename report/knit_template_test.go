package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pairedt/pairedt/pairedt"
)

// hostile is a label with everything that could break out of the place it
// lands: HTML, Markdown (table cells, emphasis, code, escapes), LaTeX
// specials, YAML syntax and bidi controls.
const hostile = "<script>alert(1)</script> | *x* `y` \\ % $ & # _ { } ~ ^ : - [a] \u202Eevil\u202C \"q\" 'q'"

func templateHeaders() []Header {
	return []Header{
		{Title: "Hasil", Lang: Indonesian, Analyses: []AnalysisSpec{{Name: "asi", Data: "asi.csv", Before: "before", After: "after",
			Levels: []string{"ASI belum keluar", "ASI keluar namun belum lancar", "ASI keluar lancar"}, Claims: "claims.json",
			Variable: "kelancaran ASI", BeforeLabel: "Sebelum", AfterLabel: "Sesudah"}}},
		{Title: "Results", Lang: English, TableStyle: TableAPA, Decimals: 3, Analyses: []AnalysisSpec{{Name: "sleep", Data: "sleep.csv",
			Before: "group1", After: "group2", Direction: pairedt.AfterMinusBefore, Alternative: pairedt.Greater,
			Alpha: 0.01, ConfLevel: 0.9, Mu: 0.5, BayesPrior: 1, Missing: []string{}}}},
		{Title: hostile, Analyses: []AnalysisSpec{
			{Name: "a", Data: "sleep.csv", Before: "group1", After: "group2", Variable: hostile, BeforeLabel: hostile + "1", AfterLabel: hostile + "2"},
			{Name: "b", Data: "sleep.csv", Before: "group1", After: "group2", Missing: []string{"", "NA", hostile}}}},
	}
}

// TestManuscriptTemplate: the template's header reads back as the header
// it was written from, and the template knits as it is.
func TestManuscriptTemplate(t *testing.T) {
	for _, h := range templateHeaders() {
		src := ManuscriptTemplate(h)
		yml, line0, _, err := splitFrontMatter(src)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseHeader(yml, line0, "t.md")
		if err != nil {
			t.Fatalf("%v\n%s", err, src)
		}
		for i := range got.Analyses {
			got.Analyses[i].pos = nil
		}
		if !reflect.DeepEqual(got, h) {
			t.Errorf("header does not round-trip:\ngot  %+v\nwant %+v\n%s", got, h, src)
		}
		fsys := knitFS(t)
		fsys["t.md"] = &fstest.MapFile{Data: src}
		m, err := Knit(fsys, "t.md", KnitOptions{})
		if err != nil {
			t.Fatalf("the template does not knit: %v\n%s", err, src)
		}
		var b bytes.Buffer
		if err := m.WriteMarkdown(&b); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "{{") && !strings.Contains(b.String(), "\\{{") {
			t.Errorf("unresolved reference:\n%s", b.String())
		}
	}
}

// TestKnitHostileLabels: labels from the header land escaped in every
// format: no HTML element, no broken table, no bidi override, LaTeX
// specials escaped.
func TestKnitHostileLabels(t *testing.T) {
	h := templateHeaders()[2]
	src := string(ManuscriptTemplate(h)) + "\nLabels: {{a.variable}}, {{a.before}}, {{a.after}}.\n\n| x | y |\n|---|---|\n| {{a.variable}} | {{a.n}} |\n"
	m, err := knitString(t, src, KnitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var md, html, tex bytes.Buffer
	if err := m.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := m.WriteHTML(&html); err != nil {
		t.Fatal(err)
	}
	if err := m.WriteLaTeX(&tex); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"md": md.String(), "html": html.String(), "tex": tex.String()} {
		if strings.Contains(out, "<script") {
			t.Errorf("%s holds a <script> element", name)
		}
		if strings.ContainsRune(out, '\u202E') {
			t.Errorf("%s holds U+202E", name)
		}
	}
	if !strings.Contains(html.String(), "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("HTML does not show the label as text")
	}
	// The author's two-column table keeps two cells per row.
	rows := 0
	for _, line := range strings.Split(md.String(), "\n") {
		if strings.HasPrefix(line, "| ") && strings.Contains(line, "alert") && strings.HasSuffix(line, "| 10 |") {
			rows++
			cells := strings.Count(strings.ReplaceAll(line, "\\|", ""), "|")
			if cells != 3 {
				t.Errorf("row %q has %d cell borders, want 3", line, cells)
			}
		}
	}
	if rows != 1 {
		t.Errorf("%d rows of the author's table found, want 1", rows)
	}
	if strings.Contains(tex.String(), " % $ & # ") {
		t.Errorf("LaTeX specials are not escaped")
	}
}

// TestParseHeaderAndKnitSource: ParseHeader reads what Knit reads, and
// KnitSource knits a manuscript held in memory.
func TestParseHeaderAndKnitSource(t *testing.T) {
	h, err := ParseHeader([]byte(numHead+"\n{{t}}\n"), "x.md")
	if err != nil || len(h.Analyses) != 1 || h.Analyses[0].Before != "group1" {
		t.Fatalf("%+v, %v", h, err)
	}
	if _, err := ParseHeader([]byte("---\nlang: xx\n---\n"), "x.md"); err == nil || !strings.HasPrefix(err.Error(), "x.md:2:7: ") {
		t.Errorf("error %v, want at x.md:2:7", err)
	}
	if h, err := ParseHeader([]byte("no header"), "x.md"); err != nil || h.Analyses != nil {
		t.Errorf("%+v, %v", h, err)
	}
	m, err := KnitSource(knitFS(t), "mem.md", []byte(numHead+"\n{{t.t}}\n"), KnitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	m.WriteMarkdown(&b)
	if b.String() != "−4.06\n" || m.Name != "mem" {
		t.Errorf("%q, name %q", b.String(), m.Name)
	}
}

// TestKnitHostileLevels: category labels with HTML, Markdown, LaTeX and
// bidi characters, from the data through the header's levels, land
// escaped in the references, the tables and the chart captions.
func TestKnitHostileLevels(t *testing.T) {
	l1, l2 := "<script>x</script>|a", "b*`c`\\ %$&#_{}~^\u202Ez"
	csv := "id,pre,post\n1,\"" + l1 + "\",\"" + l2 + "\"\n2,\"" + l1 + "\",\"" + l2 + "\"\n3,\"" + l1 + "\",\"" + l1 + "\"\n4,\"" + l2 + "\",\"" + l2 + "\"\n5,\"" + l1 + "\",\"" + l2 + "\"\n"
	h := Header{Analyses: []AnalysisSpec{{Name: "h", Data: "h.csv", Before: "pre", After: "post", Levels: []string{l1, l2}}}}
	src := string(ManuscriptTemplate(h)) + "\n{{level.1}} / {{level.2}} / {{freq.before.1}} / {{freq.after.2.n}}\n\n{{table h.freq}}\n"
	fsys := fstest.MapFS{"h.csv": {Data: []byte(csv)}, "m.md": {Data: []byte(src)}}
	m, err := Knit(fsys, "m.md", KnitOptions{})
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	var md, html, tex bytes.Buffer
	m.WriteMarkdown(&md)
	m.WriteHTML(&html)
	m.WriteLaTeX(&tex)
	for name, out := range map[string]string{"md": md.String(), "html": html.String(), "tex": tex.String()} {
		if strings.Contains(out, "<script") || strings.ContainsRune(out, '\u202E') {
			t.Errorf("%s: a <script> element or U+202E got through", name)
		}
	}
	if !strings.Contains(html.String(), "&lt;script&gt;x&lt;/script&gt;|a / b*`c`\\ %$&amp;#_{}~^z / ") {
		t.Errorf("the labels do not render as themselves:\n%s", html.String())
	}
	// Every row of the combined frequency table has its five cells.
	rows := 0
	for _, line := range strings.Split(md.String(), "\n") {
		if strings.HasPrefix(line, "| &lt;script") || strings.HasPrefix(line, "| b\\*") {
			rows++
			if n := strings.Count(strings.ReplaceAll(line, "\\|", ""), "|"); n != 6 {
				t.Errorf("row %q has %d cell borders, want 6", line, n)
			}
		}
	}
	if rows < 2 {
		t.Errorf("%d rows of categories found", rows)
	}
	for _, bad := range []string{" %$&#_{}~^", "b*`c`"} {
		if strings.Contains(tex.String(), bad) {
			t.Errorf("LaTeX holds %q unescaped", bad)
		}
	}
}
