package report_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pairedt/pairedt/internal/textsafe"
	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
	"github.com/pairedt/pairedt/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkGolden compares got with testdata/name, or rewrites it under -update.
// On a mismatch it shows the first differing line with context.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, lineDiff(string(want), string(got)))
	}
}

// lineDiff shows the first differing line of want and got with three
// lines of context.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	lo := max(0, i-3)
	for j := lo; j < i; j++ {
		fmt.Fprintf(&b, "  %4d   %s\n", j+1, clip(w[j]))
	}
	for j := i; j < min(len(w), i+3); j++ {
		fmt.Fprintf(&b, "- %4d   %s\n", j+1, clip(w[j]))
	}
	for j := i; j < min(len(g), i+3); j++ {
		fmt.Fprintf(&b, "+ %4d   %s\n", j+1, clip(g[j]))
	}
	fmt.Fprintf(&b, "(want %d lines, got %d)", len(w), len(g))
	return b.String()
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

var langs = []report.Lang{report.English, report.Indonesian}

type render func(io.Writer, report.Analysis, report.Options) error

func renderString(t testing.TB, f render, a report.Analysis, o report.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := f(&b, a, o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	a := articleAnalysis(t)
	for _, l := range langs {
		o := report.Options{Lang: l}
		t.Run(string(l)+"/md", func(t *testing.T) {
			checkGolden(t, "article."+string(l)+".golden.md", renderString(t, report.Markdown, a, o))
		})
		t.Run(string(l)+"/html", func(t *testing.T) {
			checkGolden(t, "article."+string(l)+".golden.html", renderString(t, report.HTML, a, o))
		})
		cs, err := report.Charts(a, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			t.Run(string(l)+"/"+c.Name+".svg", func(t *testing.T) {
				var b bytes.Buffer
				if err := c.WriteSVG(&b); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, "article."+string(l)+"."+c.Name+".golden.svg", b.Bytes())
			})
		}
	}
}

// The article's section, checked against the published and R numbers as
// they must appear in print.
func TestArticleNumbers(t *testing.T) {
	a := articleAnalysis(t)
	for _, c := range []struct {
		lang report.Lang
		want []string
	}{
		{report.English, []string{
			"| Valid | ASI belum keluar | 17 | 73.9 | 73.9 | 73.9 |", // published: 17 (73,9%)
			"| ASI keluar lancar | 0 | 0.0 | 19 | 82.6 |",            // published: 19 (82,6%)
			"*t*(22) = −8.52, *p* < .001",                            // R: t = -8.5247, p = 2.02e-08
			"*d*<sub>z</sub> = −1.78, 95% CI [−2.43, −1.11]",         // R: uniroot on pt(ncp)
			"95% CI [−1.73, −1.05]",                                  // R: t.test conf.int
			"was below α, so the null hypothesis of no mean difference was rejected.",
			"| Sebelum pijat & Sesudah pijat | 23 | .273 | .208 |",
			"*W*&nbsp;=&nbsp;.727", "χ²&nbsp;=&nbsp;19.000 | 2 | < .001", // R: shapiro.test, mcnemar.test
		}},
		{report.Indonesian, []string{
			"| Valid | ASI belum keluar | 17 | 73,9 | 73,9 | 73,9 |",
			"*t*(22) = −8,52; *p* < 0,001",
			"*d*<sub>z</sub> = −1,78; IK 95% [−2,43; −1,11]",
			"sehingga Ho (tidak ada perbedaan rata-rata) ditolak dan Ha diterima.",
			"| 0,273 | 0,208 |",
		}},
	} {
		md := string(renderString(t, report.Markdown, a, report.Options{Lang: c.lang}))
		for _, s := range c.want {
			if !strings.Contains(md, s) {
				t.Errorf("%s: missing %q", c.lang, s)
			}
		}
		// The reproduction table quotes the article ("p = 0,000"); the
		// report's own numbers come before it.
		own, _, _ := strings.Cut(md, "## 4.")
		for _, bad := range []string{"0.000", "0,000", "= .000", "-0.00", "= NaN", "| NaN", "Inf"} {
			if strings.Contains(own, bad) {
				t.Errorf("%s: contains %q", c.lang, bad)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a := articleAnalysis(t)
	for _, l := range langs {
		o := report.Options{Lang: l}
		for name, f := range map[string]render{"md": report.Markdown, "html": report.HTML} {
			t.Run(string(l)+"/"+name, func(t *testing.T) {
				first := renderString(t, f, a, o)
				second := renderString(t, f, a, o)
				if !bytes.Equal(first, second) {
					t.Errorf("two renders differ:\n%s", lineDiff(string(first), string(second)))
				}
			})
		}
		t.Run(string(l)+"/charts", func(t *testing.T) {
			for range 2 {
				c1, _ := report.Charts(a, o)
				c2, _ := report.Charts(a, o)
				for i := range c1 {
					var b1, b2, p1, p2 bytes.Buffer
					if err := c1[i].WriteSVG(&b1); err != nil {
						t.Fatal(err)
					}
					_ = c2[i].WriteSVG(&b2)
					_ = c1[i].WriteSVG(&b2) // drawing a chart twice gives the same bytes
					if !bytes.Equal(append(b1.Bytes(), b1.Bytes()...), b2.Bytes()) {
						t.Errorf("%s: SVG differs between renders", c1[i].Name)
					}
					if err := c1[i].WritePNG(&p1, 72); err != nil {
						t.Fatal(err)
					}
					_ = c2[i].WritePNG(&p2, 72)
					if !bytes.Equal(p1.Bytes(), p2.Bytes()) {
						t.Errorf("%s: PNG differs between renders", c1[i].Name)
					}
				}
			}
		})
	}
}

// ---- HTML structure ----

type htmlDoc struct {
	root *html.Node
}

func parseHTML(t *testing.T, b []byte) htmlDoc {
	t.Helper()
	n, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return htmlDoc{n}
}

func (d htmlDoc) all(tag string) []*html.Node {
	var out []*html.Node
	for n := range d.root.Descendants() {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
	}
	return out
}

func children(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.Data == tag {
			out = append(out, c)
		}
	}
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// checkSafeHTML fails if the document runs script or loads anything.
func checkSafeHTML(t *testing.T, d htmlDoc) {
	t.Helper()
	for n := range d.root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script", "iframe", "object", "embed", "link", "img", "base", "form", "input", "meta":
			if n.Data == "meta" && (attr(n, "charset") != "" || attr(n, "name") == "viewport") {
				continue
			}
			t.Errorf("unexpected <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			k := strings.ToLower(a.Key)
			v := strings.ToLower(strings.TrimSpace(a.Val))
			if strings.HasPrefix(k, "on") {
				t.Errorf("<%s> has event handler %s", n.Data, a.Key)
			}
			if k == "src" || k == "href" || k == "action" || k == "srcset" {
				if strings.HasPrefix(v, "http:") || strings.HasPrefix(v, "https:") || strings.HasPrefix(v, "//") || strings.HasPrefix(v, "javascript:") || v != "" {
					t.Errorf("<%s %s=%q> refers to a resource", n.Data, a.Key, a.Val)
				}
			}
			if k == "style" && strings.Contains(v, "url(") {
				t.Errorf("<%s> style loads a resource: %q", n.Data, a.Val)
			}
		}
	}
	for _, s := range d.all("style") {
		if css := textOf(s); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
			t.Errorf("CSS loads a resource")
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// tableShape returns, for each table, its row count and checks that every
// row has as many cells as the header.
func tableShape(t *testing.T, d htmlDoc) []int {
	t.Helper()
	var rows []int
	for i, tb := range d.all("table") {
		trs := children(tb, "tr")
		if len(trs) == 0 {
			t.Errorf("table %d has no rows", i+1)
			continue
		}
		width := len(children(trs[0], "th"))
		for j, tr := range trs[1:] {
			if n := len(children(tr, "td")); n != width {
				t.Errorf("table %d row %d has %d cells, header %d", i+1, j+2, n, width)
			}
		}
		rows = append(rows, len(trs))
	}
	return rows
}

func TestHTMLStructure(t *testing.T) {
	a := articleAnalysis(t)
	for _, l := range langs {
		t.Run(string(l), func(t *testing.T) {
			d := parseHTML(t, renderString(t, report.HTML, a, report.Options{Lang: l}))
			checkSafeHTML(t, d)
			// header + rows: freq before/after (3 levels + total), combined
			// (3 + total), cross (3 + total), paired statistics (2),
			// robustness (5 tests: the ordinal analysis comes first), paired
			// statistics (2), correlations (1), test (1), reproduction (7 checks).
			want := []int{5, 5, 5, 5, 6, 3, 2, 2, 8}
			if got := tableShape(t, d); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("table rows = %v, want %v", got, want)
			}
			figs := d.all("figure")
			if len(figs) != 3 {
				t.Fatalf("%d figures, want 3", len(figs))
			}
			for i, f := range figs {
				svgs := children(f, "svg")
				if len(svgs) != 1 {
					t.Errorf("figure %d has %d <svg>, want 1", i+1, len(svgs))
					continue
				}
				if attr(svgs[0], "role") != "img" || attr(svgs[0], "aria-label") == "" {
					t.Errorf("figure %d: svg lacks role/aria-label", i+1)
				}
				if len(children(f, "figcaption")) != 1 {
					t.Errorf("figure %d has no caption", i+1)
				}
			}
			if h := d.all("html"); len(h) != 1 || attr(h[0], "lang") != string(l) {
				t.Errorf("html lang attribute missing or wrong")
			}
			if len(d.all("h2")) != 4 {
				t.Errorf("%d sections, want 4", len(d.all("h2")))
			}
		})
	}
}

// ---- hostile input ----

var hostile = []struct{ name, s string }{
	{"script", "<script>alert(1)</script>"},
	{"pipe", "a|b"},
	{"newlines", "line one\nline two\r\nline three"},
	{"long", strings.Repeat("panjang ", 1280)},      // 10 kB
	{"longword", strings.Repeat("tanpaspasi", 200)}, // 2 kB without a space
	{"rtl", "ניסוי שלום عربي"},
	{"empty", ""},
	{"markdown", "*x* [l](javascript:alert(1)) ![i](http://e.x/i.png) <http://e.x> `c` # h"},
	{"entities", "&lt;b&gt; &amp; &#60;"},
	{"attribute", `" onload="alert(1)`},
	{"controls", "a\x00b\x1bc\u2028d\xff"},
	{"noncharacters", "a\uFFFEb\uFDD0c\U0001FFFFd"},
	{"bidi", "\u202Et(5) = \u22123.03\u202C \u2067x\u2069 \u2069\u202B\u200Fשלום"}, // issue 11, item 7
}

func hostileAnalysis(t testing.TB, s string) report.Analysis {
	a := articleAnalysis(t)
	a.Title, a.Variable, a.BeforeLabel, a.AfterLabel = s, s, s+" 1", s+" 2"
	levels := []string{s, "b" + s, "c" + s}
	fb := *a.FreqBefore
	fb.Levels = levels
	fa := *a.FreqAfter
	fa.Levels = levels
	ct := *a.Cross
	ct.Levels = levels
	a.FreqBefore, a.FreqAfter, a.Cross = &fb, &fa, &ct
	a.Checks = []audit.Check{{Claim: s, Verdict: audit.Verdict(s), Reported: s, Recomputed: s, Explanation: s}}
	a.Provenance = report.Provenance{DataName: s, DataSHA256: s, ModuleVersion: s, Command: s, Generated: s}
	w := *a.Wilcoxon
	w.Warnings = []pairedt.Warning{{Kind: pairedt.WarnOther, Labels: []string{s}}}
	a.Wilcoxon = &w
	return a
}

// mdCells counts the cells of a Markdown table row: unescaped pipes minus one.
func mdCells(row string) int {
	n := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n - 1
}

func TestHostileLabels(t *testing.T) {
	for _, h := range hostile {
		for _, l := range langs {
			t.Run(h.name+"/"+string(l), func(t *testing.T) {
				a := hostileAnalysis(t, h.s)
				o := report.Options{Lang: l}
				md := string(renderString(t, report.Markdown, a, o))
				if strings.Contains(md, "<script") || strings.Contains(md, "<http") {
					t.Errorf("Markdown carries raw HTML or an autolink")
				}
				// Every table row has the header's number of cells.
				lines := strings.Split(md, "\n")
				for i := 0; i < len(lines); i++ {
					if !strings.HasPrefix(lines[i], "|") {
						continue
					}
					width := mdCells(lines[i])
					for ; i < len(lines) && strings.HasPrefix(lines[i], "|"); i++ {
						if n := mdCells(lines[i]); n != width {
							t.Errorf("Markdown row has %d cells, header %d: %.120q", n, width, lines[i])
						}
					}
				}
				page := renderString(t, report.HTML, a, o)
				d := parseHTML(t, page)
				checkSafeHTML(t, d)
				tableShape(t, d)
				if len(d.all("figure")) != 3 || len(d.all("svg")) != 3 {
					t.Errorf("figures lost")
				}
				// The label is shown as text, not dropped or interpreted.
				if want := strings.Fields(textsafe.Strip(h.s)); len(want) > 0 && h.name != "controls" && h.name != "noncharacters" {
					body := textOf(d.all("main")[0])
					if !strings.Contains(body, want[0]) {
						t.Errorf("label text %q not shown", want[0])
					}
				}
				if h.name == "script" && !strings.Contains(textOf(d.all("main")[0]), "<script>alert(1)</script>") {
					t.Errorf("script label not shown literally")
				}
				// Charts are well-formed XML.
				cs, err := report.Charts(a, o)
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range cs {
					var b bytes.Buffer
					if err := c.WriteSVG(&b); err != nil {
						t.Fatal(err)
					}
					checkXML(t, c.Name, b.Bytes())
					if bytes.Contains(b.Bytes(), []byte("<script")) {
						t.Errorf("%s: SVG carries <script", c.Name)
					}
				}
			})
		}
	}
}

func checkXML(t *testing.T, name string, b []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("%s: SVG is not well-formed XML: %v", name, err)
			return
		}
	}
}

// ---- sections appear only with their results ----

func TestSections(t *testing.T) {
	full := articleAnalysis(t)
	only := func(f func(a *report.Analysis)) report.Analysis {
		a := report.Analysis{Variable: "v"}
		f(&a)
		return a
	}
	for _, c := range []struct {
		name     string
		a        report.Analysis
		sections []string
		figures  int
	}{
		{"empty", report.Analysis{}, nil, 0},
		{"frequencies", only(func(a *report.Analysis) { a.FreqBefore, a.FreqAfter = full.FreqBefore, full.FreqAfter }), []string{"Distribution"}, 1},
		{"one frequency table", only(func(a *report.Analysis) { a.FreqAfter = full.FreqAfter }), []string{"Distribution"}, 0},
		{"t only", only(func(a *report.Analysis) { a.T = full.T }), []string{"Change from before to after: paired-samples t-test"}, 0},
		{"pairs only", only(func(a *report.Analysis) { a.X, a.Y = full.X, full.Y }), []string{"The paired data"}, 2},
		{"robust only", only(func(a *report.Analysis) { a.Sign = full.Sign }), []string{"Assumptions"}, 0},
		{"checks only", only(func(a *report.Analysis) {
			a.Checks = []audit.Check{{Claim: "t = -28,471", Verdict: "not_derivable", Reported: "-28.471", Recomputed: "|t| <= 8.52", Explanation: "No pairing gives it."}}
		}), []string{"Reproduction"}, 0},
		{"everything", full, []string{"Distribution", "Change from before to after: tests for ordinal outcomes", "t-test on the category codes", "Reproduction"}, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := parseHTML(t, renderString(t, report.HTML, c.a, report.Options{}))
			h2 := d.all("h2")
			if len(h2) != len(c.sections) {
				t.Fatalf("%d sections, want %d", len(h2), len(c.sections))
			}
			for i, s := range c.sections {
				if !strings.Contains(textOf(h2[i]), s) {
					t.Errorf("section %d is %q, want %q", i+1, textOf(h2[i]), s)
				}
			}
			if n := len(d.all("figure")); n != c.figures {
				t.Errorf("%d figures, want %d", n, c.figures)
			}
			if !strings.Contains(textOf(d.root), "Provenance") {
				t.Errorf("no provenance footer")
			}
			md := renderString(t, report.Markdown, c.a, report.Options{NoCharts: true})
			if bytes.Contains(md, []byte(".svg)")) {
				t.Errorf("NoCharts Markdown links a chart")
			}
		})
	}
}

func TestDecisionNotRejected(t *testing.T) {
	r := pairedt.TTestResult{N: 10, DF: 9, MeanDiff: 0.2, SDDiff: 1, SE: 0.316, T: 0.632, P: 0.543, CILow: -0.5, CIHigh: 0.9,
		ConfLevel: 0.95, DZ: 0.2, DZCILow: -0.43, DZCIHigh: 0.82, R: math.NaN(), RP: math.NaN()}
	for _, c := range []struct {
		lang report.Lang
		want string
	}{{report.English, "so the null hypothesis of no mean difference was not rejected."}, {report.Indonesian, "sehingga Ho (tidak ada perbedaan rata-rata) gagal ditolak."}} {
		md := string(renderString(t, report.Markdown, report.Analysis{T: &r}, report.Options{Lang: c.lang}))
		if !strings.Contains(md, c.want) {
			t.Errorf("%s: missing %q", c.lang, c.want)
		}
		if strings.Contains(md, "NaN") {
			t.Errorf("%s: prints NaN", c.lang)
		}
	}
	r.Alternative, r.CIHigh, r.DZCIHigh = pairedt.Less, math.Inf(1), math.Inf(1)
	md := string(renderString(t, report.Markdown, report.Analysis{T: &r}, report.Options{TableStyle: report.TableSPSS}))
	for _, s := range []string{"Sig. (1-tailed, less)", "[−0.50, ∞]", "one-sided"} {
		if !strings.Contains(md, s) {
			t.Errorf("one-sided: missing %q", s)
		}
	}
}

// ---- errors ----

func TestErrors(t *testing.T) {
	good := articleAnalysis(t)
	bad := func(f func(a *report.Analysis)) report.Analysis {
		a := articleAnalysis(t)
		f(&a)
		return a
	}
	for _, c := range []struct {
		name string
		a    report.Analysis
		o    report.Options
		want error
	}{
		{"language", good, report.Options{Lang: "fr"}, report.ErrOptions},
		{"alpha > 1", good, report.Options{Alpha: 1.5}, report.ErrOptions},
		{"alpha NaN", good, report.Options{Alpha: math.NaN()}, report.ErrOptions},
		{"alpha negative", good, report.Options{Alpha: -0.05}, report.ErrOptions},
		{"decimals", good, report.Options{Decimals: -1}, report.ErrOptions},
		{"table decimals", good, report.Options{TableDecimals: 11}, report.ErrOptions},
		{"percent decimals", good, report.Options{PercentDecimals: -2}, report.ErrOptions},
		{"counts vs levels", bad(func(a *report.Analysis) {
			f := *a.FreqBefore
			f.Counts = f.Counts[:2]
			a.FreqBefore = &f
		}), report.Options{}, report.ErrAnalysis},
		{"percent length", bad(func(a *report.Analysis) {
			f := *a.FreqAfter
			f.Percent = f.Percent[:1]
			a.FreqAfter = &f
		}), report.Options{}, report.ErrAnalysis},
		{"negative count", bad(func(a *report.Analysis) {
			f := *a.FreqAfter
			f.Counts = []int{-1, 0, 19}
			a.FreqAfter = &f
		}), report.Options{}, report.ErrAnalysis},
		{"levels differ", bad(func(a *report.Analysis) {
			f, _ := pairedt.FrequenciesFromCounts([]string{"a", "b"}, []int{1, 2}, 0)
			a.FreqAfter = &f
		}), report.Options{}, report.ErrAnalysis},
		{"cross not square", bad(func(a *report.Analysis) {
			c := *a.Cross
			c.Counts = [][]int{{1, 2}, {3, 4}, {5, 6}}
			a.Cross = &c
		}), report.Options{}, report.ErrAnalysis},
		{"X and Y lengths", bad(func(a *report.Analysis) { a.Y = a.Y[:3] }), report.Options{}, report.ErrAnalysis},
		{"infinite pair", bad(func(a *report.Analysis) {
			a.X = append([]float64{math.Inf(1)}, a.X[1:]...)
		}), report.Options{}, report.ErrAnalysis},
		{"scores vs levels", bad(func(a *report.Analysis) { a.Scores = []float64{1, 2} }), report.Options{}, report.ErrAnalysis},
	} {
		t.Run(c.name, func(t *testing.T) {
			for name, f := range map[string]render{"md": report.Markdown, "html": report.HTML} {
				if err := f(io.Discard, c.a, c.o); !errors.Is(err, c.want) {
					t.Errorf("%s: err = %v, want %v", name, err, c.want)
				}
			}
			if _, err := report.Charts(c.a, c.o); !errors.Is(err, c.want) {
				t.Errorf("Charts: err = %v, want %v", err, c.want)
			}
		})
	}
	cs, err := report.Charts(good, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, dpi := range []int{0, -1, report.MaxDPI + 1} {
		if err := cs[0].WritePNG(io.Discard, dpi); !errors.Is(err, report.ErrOptions) {
			t.Errorf("WritePNG(dpi %d) err = %v, want ErrOptions", dpi, err)
		}
	}
	if err := report.HTML(failWriter{}, good, report.Options{}); !errors.Is(err, errWrite) {
		t.Errorf("writer error not returned: %v", err)
	}
}

var errWrite = errors.New("disk full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

// Pairs with NaN are skipped by the charts, as pairedt drops them; a
// single pair and all-equal differences still draw.
func TestChartEdgeCases(t *testing.T) {
	for _, c := range []struct {
		name string
		x, y []float64
	}{
		{"one pair", []float64{1}, []float64{2}},
		{"with NaN", []float64{1, math.NaN(), 3}, []float64{2, 2, math.NaN()}},
		{"all equal", []float64{1, 1, 1}, []float64{1, 1, 1}},
		{"many distinct", seq(200, 0.37), seq(200, 0.11)},
		{"all NaN", []float64{math.NaN()}, []float64{1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := report.Analysis{X: c.x, Y: c.y}
			for _, f := range []render{report.HTML, report.Markdown} {
				if err := f(io.Discard, a, report.Options{}); err != nil {
					t.Fatal(err)
				}
			}
			cs, err := report.Charts(a, report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, ch := range cs {
				if err := ch.WritePNG(io.Discard, 30); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func seq(n int, step float64) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.Sin(float64(i)*step) * 10
	}
	return out
}

// ---- benchmark ----

// BenchmarkArticle renders the article's Results section the way the
// command-line tool does: HTML in both locales (every chart inlined as SVG).
func BenchmarkArticle(b *testing.B) {
	a := articleAnalysis(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range langs {
			if err := report.HTML(io.Discard, a, report.Options{Lang: l}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkArticleNoCharts is the baseline: the same HTML without charts,
// so the difference is the cost of drawing them.
func BenchmarkArticleNoCharts(b *testing.B) {
	a := articleAnalysis(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range langs {
			if err := report.HTML(io.Discard, a, report.Options{Lang: l, NoCharts: true}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkChartsPNG draws every chart of the article as a 300 dpi PNG.
func BenchmarkChartsPNG(b *testing.B) {
	a := articleAnalysis(b)
	cs, err := report.Charts(a, report.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cs {
			if err := c.WritePNG(io.Discard, 300); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// FuzzRender renders the article with one fuzzed string as every label,
// claim and provenance field, and checks that Markdown, HTML and the charts
// render without error, the HTML stays safe and every table keeps its shape.
func FuzzRender(f *testing.F) {
	for _, h := range hostile {
		if len(h.s) < 200 {
			f.Add(h.s, uint8(0))
		}
	}
	a0 := articleAnalysis(f)
	f.Fuzz(func(t *testing.T, s string, lang uint8) {
		a := a0
		a.Title, a.Variable, a.BeforeLabel, a.AfterLabel = s, s, s, s+s
		levels := []string{s, s + "x", ""}
		fb, fa, ct := *a0.FreqBefore, *a0.FreqAfter, *a0.Cross
		fb.Levels, fa.Levels, ct.Levels = levels, levels, levels
		a.FreqBefore, a.FreqAfter, a.Cross = &fb, &fa, &ct
		a.Checks = []audit.Check{{Claim: s, Verdict: audit.Verdict(s), Reported: s, Recomputed: s, Explanation: s}}
		a.Provenance = report.Provenance{DataName: s, DataSHA256: s, ModuleVersion: s, Command: s, Generated: s}
		o := report.Options{Lang: langs[int(lang)%len(langs)]}
		var md bytes.Buffer
		if err := report.Markdown(&md, a, o); err != nil {
			t.Fatal(err)
		}
		noBidiControls(t, "markdown", md.Bytes())
		var b bytes.Buffer
		if err := report.HTML(&b, a, o); err != nil {
			t.Fatal(err)
		}
		noBidiControls(t, "html", b.Bytes())
		d := parseHTML(t, b.Bytes())
		checkSafeHTML(t, d)
		tableShape(t, d)
		for _, p := range htmlProblems(b.Bytes(), string(o.Lang)) {
			t.Error(p)
		}
		if n := len(d.all("table")); n != 9 {
			t.Errorf("%d tables, want 9", n)
		}
		cs, err := report.Charts(a, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			var sb bytes.Buffer
			if err := c.WriteSVG(&sb); err != nil {
				t.Fatal(err)
			}
			checkXML(t, c.Name, sb.Bytes())
			noBidiControls(t, c.Name, sb.Bytes())
		}
	})
}

// noBidiControls fails when out holds an embedding or override or
// unbalanced isolates on a line (issue 11, item 7).
func noBidiControls(t *testing.T, what string, out []byte) {
	t.Helper()
	if bytes.ContainsAny(out, "\u202a\u202b\u202c\u202d\u202e") {
		t.Errorf("%s: an embedding or override passed", what)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if !textsafe.Balanced(line) {
			t.Errorf("%s: unbalanced isolates in %q", what, line)
		}
	}
}

// Missing values get SPSS's "Missing / System" and grand "Total" rows.
func TestMissingRows(t *testing.T) {
	levels := []string{"low", "mid", "high"}
	fb, err := pairedt.FrequenciesFromCounts(levels, []int{5, 3, 0}, 2)
	if err != nil {
		t.Fatal(err)
	}
	fa, err := pairedt.FrequenciesFromCounts(levels, []int{1, 2, 5}, 2)
	if err != nil {
		t.Fatal(err)
	}
	a := report.Analysis{FreqBefore: &fb, FreqAfter: &fa}
	for _, c := range []struct {
		lang report.Lang
		want []string
	}{
		{report.English, []string{
			"| Valid | low | 5 | 50.0 | 62.5 | 62.5 |", // 5/10, 5/8
			"|  | Total | 8 | 80.0 | 100.0 |  |",
			"| Missing | System | 2 | 20.0 |  |  |",
			"| Total |  | 10 | 100.0 |  |  |",
			"Of the 8 respondents with a valid value",
		}},
		{report.Indonesian, []string{"| Hilang | Sistem | 2 | 20,0 |  |  |", "| Valid | low | 5 | 50,0 | 62,5 | 62,5 |"}},
	} {
		md := string(renderString(t, report.Markdown, a, report.Options{Lang: c.lang}))
		for _, s := range c.want {
			if !strings.Contains(md, s) {
				t.Errorf("%s: missing %q", c.lang, s)
			}
		}
		d := parseHTML(t, renderString(t, report.HTML, a, report.Options{Lang: c.lang}))
		if got := fmt.Sprint(tableShape(t, d)); got != "[7 7 5]" {
			t.Errorf("%s: table rows %s, want [7 7 5]", c.lang, got)
		}
	}
}

// One level, many levels, and hand-made tables with no valid value render
// without error (percentages of nothing print as an em dash).
func TestLevelCounts(t *testing.T) {
	many := make([]string, 40)
	counts := make([]int, 40)
	for i := range many {
		many[i] = fmt.Sprintf("level %d", i+1)
		counts[i] = i % 3
	}
	for _, c := range []struct {
		name string
		fb   pairedt.FreqTable
	}{
		{"one level", must(pairedt.FrequenciesFromCounts([]string{"only"}, []int{7}, 0))},
		{"40 levels", must(pairedt.FrequenciesFromCounts(many, counts, 1))},
		{"no valid value", pairedt.FreqTable{Levels: []string{"a", "b"}, Counts: []int{0, 0}, NMissing: 3, N: 3}},
		{"empty", pairedt.FreqTable{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := report.Analysis{FreqBefore: &c.fb, FreqAfter: &c.fb}
			for _, l := range langs {
				md := string(renderString(t, report.Markdown, a, report.Options{Lang: l}))
				if strings.Contains(md, "NaN") {
					t.Errorf("prints NaN")
				}
				d := parseHTML(t, renderString(t, report.HTML, a, report.Options{Lang: l}))
				tableShape(t, d)
			}
			cs, err := report.Charts(a, report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, ch := range cs {
				if err := ch.WritePNG(io.Discard, 20); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
