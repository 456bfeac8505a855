package report

import (
	"bytes"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/pairedt"
)

// The manuscripts of these tests read the article's reconstructed pairs and
// claims (../testdata/oxytocin, see its README) and Student's sleep data
// (../testdata/sleep.csv); the numbers they print come from the report's
// own functions, checked against R in the report's and pairedt's tests.

// knitFS is a file system with the tests' data files.
func knitFS(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{
		"constant.csv": {Data: []byte("id,a,b\n1,1,2\n2,2,3\n3,5,6\n")},
		"nochange.csv": {Data: []byte("id,pre,post\n1,lo,lo\n2,hi,hi\n3,lo,lo\n")},
		"sub/dir":      {Data: []byte("x")},
	}
	for name, path := range map[string]string{"asi.csv": "../testdata/oxytocin/reconstructed.csv",
		"claims.json": "../testdata/oxytocin/claims.json", "sleep.csv": "../testdata/sleep.csv"} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	return fsys
}

// ordHead (10 lines) and numHead (7 lines) are the headers of the tests'
// manuscripts: the article's ordinal outcome with its claims, and sleep.
const (
	ordHead = "---\nlang: id\nanalyses:\n  asi:\n    data: asi.csv\n    before: before\n    after: after\n    levels: [ASI belum keluar, ASI keluar namun belum lancar, ASI keluar lancar]\n    claims: claims.json\n---\n"
	numHead = "---\nanalyses:\n  sleep:\n    data: sleep.csv\n    before: group1\n    after: group2\n---\n"
)

func knitString(t testing.TB, src string, o KnitOptions) (*Manuscript, error) {
	t.Helper()
	fsys := knitFS(t)
	fsys["m.md"] = &fstest.MapFile{Data: []byte(src)}
	return Knit(fsys, "m.md", o)
}

func knitMD(t testing.TB, src string, o KnitOptions) string {
	t.Helper()
	m, err := knitString(t, src, o)
	if err != nil {
		t.Fatalf("knit: %v\n%s", err, src)
	}
	var b bytes.Buffer
	if err := m.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestKnitInline(t *testing.T) {
	md := knitMD(t, numHead+"\nThe drug gave {{t}}; mean before {{mean.before:1}}, {{sleep.n}} pairs, {{t.p}}.\n", KnitOptions{})
	want := "The drug gave *M*<sub>diff</sub> = −1.58, 95% CI [−2.46, −0.70], *t*(9) = −4.06, *p* = .003, *d*<sub>z</sub> = −1.28, 95% CI [−2.12, −0.41]; mean before 0.8, 10 pairs, *p* = .003.\n"
	if md != want {
		t.Errorf("got\n%q\nwant\n%q", md, want)
	}
}

// TestKnitLiteral: code spans, fenced and indented code and \{{ keep their
// braces; a reference at the start of a line followed by "." stays text.
func TestKnitLiteral(t *testing.T) {
	src := numHead + "\n`{{t}}` and \\{{t}} and {{n}}.\n\n```\n{{t.p}}\n```\n\n    {{t.t}}\n\n{{n}}. is a number\n"
	md := knitMD(t, src, KnitOptions{})
	for _, want := range []string{"`{{t}}`", "\\{{t}}", "and 10.", "```\n{{t.p}}\n```", "    {{t.t}}", "10\\. is a number"} {
		if !strings.Contains(md, want) {
			t.Errorf("output lacks %q:\n%s", want, md)
		}
	}
	m, _ := knitString(t, src, KnitOptions{})
	var h bytes.Buffer
	m.WriteHTML(&h)
	if !strings.Contains(h.String(), "<p>10. is a number</p>") || strings.Contains(h.String(), "<ol") {
		t.Errorf("10. opened a list:\n%s", h.String())
	}
}

// TestKnitNumbering: tables and figures are numbered in document order
// across blocks and analyses, in the document's language.
func TestKnitNumbering(t *testing.T) {
	src := ordHead + "\n{{table asi.freq}}\n\n{{chart asi.distribution}}\n\n{{table asi.ttest}}\n\n{{chart asi.paired}}\n\n{{table asi.cross}}\n"
	md := knitMD(t, src, KnitOptions{})
	re := regexp.MustCompile(`\*\*(Tabel|Gambar) (\d+)\.\*\*`)
	var got []string
	for _, m := range re.FindAllStringSubmatch(md, -1) {
		got = append(got, m[1]+" "+m[2])
	}
	want := "Tabel 1,Gambar 1,Tabel 2,Gambar 2,Tabel 3"
	if strings.Join(got, ",") != want {
		t.Errorf("numbers %v, want %s", got, want)
	}
}

// TestKnitDeterministic: the same manuscript gives the same bytes in every
// format.
func TestKnitDeterministic(t *testing.T) {
	src := ordHead + "\nHasil {{asi.t}}.\n\n{{report asi}}\n\n{{provenance asi}}\n"
	var runs [2]map[string][]byte
	for i := range runs {
		m, err := knitString(t, src, KnitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		files, err := m.FilesFor(40, Formats()...)
		if err != nil {
			t.Fatal(err)
		}
		runs[i] = map[string][]byte{}
		for _, f := range files {
			var b bytes.Buffer
			if _, err := f.WriteTo(&b); err != nil {
				t.Fatal(err)
			}
			runs[i][f.Name] = b.Bytes()
		}
	}
	if len(runs[0]) < 6 {
		t.Errorf("only %d files", len(runs[0]))
	}
	for name, b := range runs[0] {
		if !bytes.Equal(b, runs[1][name]) {
			t.Errorf("%s differs between two knits", name)
		}
	}
}

// TestKnitErrors: every error path, with its position (the file's line and
// column, header lines counted from line 1) and its sentinel.
func TestKnitErrors(t *testing.T) {
	const asiLevels = "    levels: [ASI belum keluar, ASI keluar namun belum lancar, ASI keluar lancar]\n"
	num := func(extra string) string {
		return "---\nanalyses:\n  sleep:\n    data: sleep.csv\n    before: group1\n    after: group2\n" + extra + "---\n"
	}
	cases := []struct {
		name, src, pos string
		kind           error
		msg            string
	}{
		// The header.
		{"unclosed", "---\ntitle: x\n", "m.md:1:1", ErrHeader, "never closed"},
		{"yaml", "---\ntitle: [x\n---\n", "m.md:2:1", ErrHeader, "YAML"},
		{"not-mapping", "---\n- a\n---\n", "m.md:2:1", ErrHeader, "mapping"},
		{"unknown-key", "---\ntitel: x\n---\n", "m.md:2:1", ErrHeader, `unknown key "titel" (did you mean "title"?)`},
		{"repeated-key", "---\ntitle: x\ntitle: y\n---\n", "m.md:3:1", ErrHeader, "given twice"},
		{"bad-lang", "---\nlang: fr\n---\n", "m.md:2:7", ErrHeader, `lang "fr"`},
		{"bad-style", "---\ntable-style: ieee\n---\n", "m.md:2:14", ErrHeader, "table-style"},
		{"bad-decimals", "---\ndecimals: 11\n---\n", "m.md:2:11", ErrHeader, "decimals"},
		{"title-list", "---\ntitle: [a, b]\n---\n", "m.md:2:8", ErrHeader, "single value"},
		{"alias", "---\ntitle: &a x\nlang: *a\n---\n", "m.md:3:7", ErrHeader, "aliases"},
		{"analyses-list", "---\nanalyses: [a]\n---\n", "m.md:2:11", ErrHeader, "mapping of names"},
		{"bad-name", "---\nanalyses:\n  Asi:\n    data: a.csv\n---\n", "m.md:3:3", ErrHeader, "analysis name"},
		{"root-name", "---\nanalyses:\n  t:\n    data: a.csv\n---\n", "m.md:3:3", ErrHeader, "statistic's name"},
		{"analysis-not-map", "---\nanalyses:\n  a: x\n---\n", "m.md:3:6", ErrHeader, "must be a mapping"},
		{"twice", "---\nanalyses:\n  a:\n    data: sleep.csv\n    before: group1\n    after: group2\n  a:\n    data: x\n---\n", "m.md:7:3", ErrHeader, "declared twice (first on line 3)"},
		{"long-name", "---\nanalyses:\n  " + strings.Repeat("a", 41) + ":\n    data: a.csv\n---\n", "m.md:3:3", ErrHeader, "at most 40"},
		{"list-key", "---\n[a]: x\n---\n", "m.md:2:1", ErrHeader, "plain word"},
		{"big-header", "---\ntitle: " + strings.Repeat("x", 70000) + "\n---\n", "m.md:2:1", ErrHeader, "at most"},
		{"big-manuscript", numHead + strings.Repeat("x", 5<<20), "m.md", ErrData, "larger than"},
		{"unknown-analysis-key", num("    befor: x\n"), "m.md:7:5", ErrHeader, `unknown key "befor" (did you mean "before"?)`},
		{"no-data", "---\nanalyses:\n  a:\n    before: x\n    after: y\n---\n", "m.md:3:3", ErrHeader, "no data"},
		{"no-after", "---\nanalyses:\n  a:\n    data: sleep.csv\n    before: x\n---\n", "m.md:3:3", ErrHeader, "needs before: and after:"},
		{"long-half", num("    time: t\n"), "m.md:3:3", ErrHeader, "long format"},
		{"codes", num(asiLevels + "    codes: [1, 2]\n"), "m.md:8:12", ErrHeader, "2 codes for 3 levels"},
		{"scores-count", num(asiLevels + "    scores: [1, 2]\n"), "m.md:8:13", ErrHeader, "2 scores for 3 levels"},
		{"scores-nan", num("    scores: [1, x]\n"), "m.md:7:17", ErrHeader, "score"},
		{"where", num("    where: group\n"), "m.md:7:12", ErrHeader, "COLUMN=VALUE"},
		{"direction", num("    direction: up\n"), "m.md:7:16", ErrHeader, "direction"},
		{"alternative", num("    alternative: bigger\n"), "m.md:7:18", ErrHeader, "alternative"},
		{"alpha", num("    alpha: 5\n"), "m.md:7:12", ErrHeader, "alpha"},
		{"conf-level", num("    conf-level: 95\n"), "m.md:7:17", ErrHeader, "conf-level"},
		{"mu", num("    mu: x\n"), "m.md:7:9", ErrHeader, "mu"},
		{"bayes-prior", num("    bayes-prior: huge\n"), "m.md:7:18", ErrHeader, "bayes-prior"},
		{"abs-path", "---\nanalyses:\n  a:\n    data: /etc/passwd\n    before: x\n    after: y\n---\n", "m.md:4:11", ErrUnsafePath, "absolute"},
		{"dotdot", "---\nanalyses:\n  a:\n    data: ../x.csv\n    before: x\n    after: y\n---\n", "m.md:4:11", ErrUnsafePath, "inside"},
		{"claims-dotdot", num("    claims: ../c.json\n"), "m.md:7:13", ErrUnsafePath, "inside"},
		// The data.
		{"no-file", "---\nanalyses:\n  a:\n    data: none.csv\n    before: x\n    after: y\n---\n", "m.md:4:11", ErrData, "cannot open data"},
		{"dir", "---\nanalyses:\n  a:\n    data: sub\n    before: x\n    after: y\n---\n", "m.md:4:11", ErrData, "directory"},
		{"missing-column", num("")[:len(num(""))-len("    after: group2\n---\n")] + "    after: group3\n---\n", "m.md:6:12", ErrData, `"group3"`},
		{"unknown-level", "---\nanalyses:\n  a:\n    data: asi.csv\n    before: before\n    after: after\n    levels: [ASI belum keluar, lancar]\n---\n", "m.md:7:13", ErrData, ""},
		{"no-claims", num("    claims: none.json\n"), "m.md:7:13", ErrData, "cannot read claims"},
		{"bad-claims", num("    claims: sleep.csv\n"), "m.md:7:13", ErrData, "claims"},
		// References.
		{"unknown-stat", numHead + "\nx {{t.pp}}\n", "m.md:9:3", ErrReference, `unknown statistic "t.pp" in analysis "sleep" (did you mean "t.p"?)`},
		{"unknown-stat-named", numHead + "\n# H {{sleep.mean.befor}}\n", "m.md:9:5", ErrReference, `did you mean "mean.before"?`},
		{"only-analysis", numHead + "\n{{sleep}}\n", "m.md:9:1", ErrReference, "no statistic"},
		{"no-analyses", "No header {{t}}\n", "m.md:1:11", ErrReference, "declares none"},
		{"ambiguous", "---\nanalyses:\n  a:\n    data: sleep.csv\n    before: group1\n    after: group2\n  b:\n    data: sleep.csv\n    before: group1\n    after: group2\n---\nx {{t.p}}\n", "m.md:12:3", ErrReference, "must name its analysis"},
		{"unknown-analysis", "---\nanalyses:\n  asi:\n    data: sleep.csv\n    before: group1\n    after: group2\n  b:\n    data: sleep.csv\n    before: group1\n    after: group2\n---\nx {{ais.t.p}}\n", "m.md:12:3", ErrReference, `unknown analysis "ais"`},
		{"unclosed-ref", numHead + "\nline {{t.p\n", "m.md:9:6", ErrSyntax, "closing }}"},
		{"spaced", numHead + "\n| a |\n|---|\n| {{t p}} |\n", "m.md:11:3", ErrSyntax, "no spaces"},
		{"empty", numHead + "\n{{ }}\n", "m.md:9:1", ErrSyntax, "empty"},
		{"bad-char", numHead + "\n{{t.p!}}\n", "m.md:9:1", ErrSyntax, "may not appear"},
		{"bad-precision", numHead + "\n{{t.t:x}}\n", "m.md:9:1", ErrSyntax, "precision"},
		{"precision-p", numHead + "\n{{t.p:4}}\n", "m.md:9:1", ErrReference, "no precision"},
		{"precision-block", numHead + "\n{{table ttest:2}}\n", "m.md:9:1", ErrSyntax, "takes no precision"},
		{"numeric-freq", numHead + "\nsome {{freq.before.1.n}}\n", "m.md:9:6", ErrReference, "numeric"},
		{"no-audit", numHead + "\n{{audit.count}}\n", "m.md:9:1", ErrReference, "no audit"},
		{"undefined-t", "---\nanalyses:\n  c:\n    data: constant.csv\n    before: a\n    after: b\n---\nthe t: {{t}}\n", "m.md:8:8", ErrUndefined, "undefined for these data"},
		{"undefined-mcnemar", "---\nanalyses:\n  c:\n    data: nochange.csv\n    before: pre\n    after: post\n    levels: [lo, hi]\n---\n{{mcnemar.exact.p}}\n", "m.md:9:1", ErrUndefined, "undefined"},
		{"not-in-design", ordHead + "\n{{mcnemar.p}}\n", "m.md:12:1", ErrReference, "not run on this outcome"},
		// Blocks.
		{"unknown-kind", numHead + "\n{{tabel ttest}}\n", "m.md:9:1", ErrSyntax, `did you mean "table"?`},
		{"not-alone", numHead + "\nsee {{table ttest}} here\n", "m.md:9:5", ErrDirective, "paragraph of its own"},
		{"in-list", numHead + "\n- {{table ttest}}\n", "m.md:9:3", ErrDirective, "top level"},
		{"unknown-table", numHead + "\n{{table ttst}}\n", "m.md:9:1", ErrDirective, `did you mean "ttest"?`},
		{"no-table", numHead + "\n{{table freq}}\n", "m.md:9:1", ErrReference, "numeric"},
		{"unknown-chart", numHead + "\n{{chart pared}}\n", "m.md:9:1", ErrDirective, `did you mean "paired"?`},
		{"no-chart", numHead + "\n{{chart distribution}}\n", "m.md:9:1", ErrReference, "no distribution chart"},
		{"unknown-section", numHead + "\n{{section ttset}}\n", "m.md:9:1", ErrDirective, `did you mean "ttest"?`},
		{"no-section", numHead + "\n{{section distribution}}\n", "m.md:9:1", ErrReference, "numeric"},
		{"section-undefined", "---\nanalyses:\n  c:\n    data: constant.csv\n    before: a\n    after: b\n---\n{{section ttest}}\n", "", nil, ""},
		{"audit-none", numHead + "\n{{audit}}\n", "m.md:9:1", ErrReference, "no audit"},
		{"report-thing", numHead + "\n{{report sleep.t}}\n", "m.md:9:1", ErrDirective, "analysis name only"},
		{"provenance-thing", numHead + "\n{{provenance sleep.t}}\n", "m.md:9:1", ErrDirective, "analysis name only"},
		{"audit-thing", numHead + "\n{{audit sleep.t}}\n", "m.md:9:1", ErrDirective, "analysis name only"},
		{"section-audit-none", numHead + "\n{{section audit}}\n", "m.md:9:1", ErrReference, "no audit"},
		{"block-table-none", numHead + "\n{{table sleep}}\n", "m.md:9:1", ErrDirective, "needs a table"},
		// Safety.
		{"js-link", numHead + "\n[click](javascript:alert(1))\n", "m.md:9:2", ErrRawHTML, "javascript"},
		{"splice-html", numHead + "\n<a{{n}}>x\n", "m.md:9:1", ErrRawHTML, "forms where a reference meets"},
		{"utf8", numHead + "\nbad \xff byte\n", "m.md:9:5", ErrSyntax, "UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := knitString(t, c.src, KnitOptions{})
			if err == nil {
				if c.pos == "" && c.kind == nil && c.name != "section-undefined" {
					t.Fatalf("no error")
				}
				if c.name == "section-undefined" {
					return // an undefined t-test: the section shows its reason
				}
				t.Fatalf("no error")
			}
			if c.pos == "" {
				return
			}
			var ke *KnitError
			if !errors.As(err, &ke) {
				t.Fatalf("%v is not a *KnitError", err)
			}
			first := strings.SplitN(err.Error(), "\n", 2)[0]
			if !strings.HasPrefix(first, c.pos+": ") {
				t.Errorf("error %q, want at %s", first, c.pos)
			}
			if !errors.Is(err, c.kind) {
				t.Errorf("error %q does not wrap %v", first, c.kind)
			}
			if !strings.Contains(first, c.msg) {
				t.Errorf("error %q lacks %q", first, c.msg)
			}
		})
	}
}

// TestKnitErrorCauses: the underlying errors stay matchable.
func TestKnitErrorCauses(t *testing.T) {
	_, err := knitString(t, "---\nanalyses:\n  c:\n    data: constant.csv\n    before: a\n    after: b\n---\n{{t}}\n", KnitOptions{})
	if !errors.Is(err, pairedt.ErrConstant) || !errors.Is(err, ErrUndefined) {
		t.Errorf("%v: want ErrUndefined and pairedt.ErrConstant", err)
	}
	_, err = knitString(t, "---\nanalyses:\n  c:\n    data: sleep.csv\n    before: a\n    after: b\n---\n", KnitOptions{})
	var ce *csvin.Error
	if !errors.As(err, &ce) || !errors.Is(err, csvin.ErrMissingColumn) {
		t.Errorf("%v: want a *csvin.Error wrapping ErrMissingColumn", err)
	}
	// Every error is listed, not only the first.
	_, err = knitString(t, numHead+"\n{{t.x}} {{t.y}}\n\n{{t.z}}\n", KnitOptions{})
	if n := strings.Count(err.Error(), "\n") + 1; n != 3 {
		t.Errorf("%d errors listed, want 3:\n%v", n, err)
	}
}

// TestKnitLint: hand-typed statistics that disagree are warnings with
// their positions, errors with Strict; quoted in a code span they are not
// checked.
func TestKnitLint(t *testing.T) {
	src := ordHead + "\nHasil t(22) = 8,5 dan p = 0,000. Sebanyak 17 responden (70,0%) dan 5 ibu (21,7%).\n\nArtikel: `t(22) = -28,471, p = 0,000`; dicetak: 17 (73,9%).\n\nRata-rata *M* = 1,26 dan *M* = 9,9; p = 0,04 dan p < 0,001.\n\nSemua 23 ibu (100,0%).\n"
	m, err := knitString(t, src, KnitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range m.Warnings {
		got = append(got, w.Error())
		if !errors.Is(w, ErrLint) {
			t.Errorf("%v does not wrap ErrLint", w)
		}
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		`m.md:12:7: hand-typed "t(22) = 8,5" has the opposite sign`,
		"m.md:12:7: hand-typed p = 0,000",
		`m.md:12:43: hand-typed "17 responden (70,0%)": the computed percentage is 17 (73,9%)`,
		`m.md:12:68: hand-typed "5 ibu (21,7%)": no category has 5`,
		"m.md:16:27: hand-typed M = 9,9 matches no computed mean",
		`m.md:16:37: hand-typed "p = 0,04" matches no computed p-value (the t-test's is p < 0,001)`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "m.md:14:") || strings.Contains(all, "m.md:16:17") || strings.Contains(all, "m.md:16:50") || strings.Contains(all, "m.md:18:") {
		t.Errorf("a code span or a correct number was linted:\n%s", all)
	}
	if _, err := knitString(t, src, KnitOptions{Strict: true}); !errors.Is(err, ErrLint) {
		t.Errorf("Strict: %v, want ErrLint", err)
	}
	if m, _ := knitString(t, src, KnitOptions{NoLint: true}); len(m.Warnings) != 0 {
		t.Errorf("NoLint: %d warnings", len(m.Warnings))
	}
}

// TestKnitRawHTML: the author's raw HTML is left out with a warning (an
// HTML comment silently, <sub> and <sup> kept), kept with UnsafeHTML.
func TestKnitRawHTML(t *testing.T) {
	src := numHead + "\nA <span onclick=\"x()\">word</span>, d<sub>z</sub>.\n\n<!-- note -->\n\n<div>\n<script>alert(1)</script>\n</div>\n"
	m, err := knitString(t, src, KnitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var h bytes.Buffer
	m.WriteHTML(&h)
	body := h.String()[strings.Index(h.String(), "<main>"):]
	for _, bad := range []string{"<span", "<script", "<div", "note"} {
		if strings.Contains(body, bad) {
			t.Errorf("HTML holds %q", bad)
		}
	}
	if !strings.Contains(body, "d<sub>z</sub>") {
		t.Errorf("<sub> was dropped")
	}
	if len(m.Warnings) != 3 { // <span>, </span>, <div> block
		t.Errorf("%d warnings, want 3: %v", len(m.Warnings), m.Warnings)
	}
	m, err = knitString(t, src, KnitOptions{UnsafeHTML: true})
	if err != nil {
		t.Fatal(err)
	}
	h.Reset()
	m.WriteHTML(&h)
	if !strings.Contains(h.String(), "<script>alert(1)</script>") || len(m.Warnings) != 0 {
		t.Errorf("UnsafeHTML: raw HTML not kept, or warned")
	}
}

// TestKnitLongFormat: a long-format analysis with two incomplete subjects
// (t = -3.3377 as R's t.test on the eight complete pairs, see
// cmd/pairedt/testdata/r/cli_items.R), and the loader's note on them.
func TestKnitLongFormat(t *testing.T) {
	b, err := os.ReadFile("../cmd/pairedt/testdata/sleep_long_dropout.csv")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"long.csv": {Data: b}, "m.md": {Data: []byte("---\nanalyses:\n  s:\n    data: long.csv\n    id: id\n    time: time\n    value: hours\n    before: pre\n    after: post\n---\n{{n}} pairs, {{dropped}} dropped, {{t.t:4}}.\n")}}
	m, err := Knit(fsys, "m.md", KnitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	m.WriteMarkdown(&md)
	if md.String() != "8 pairs, 2 dropped, −3.3377.\n" {
		t.Errorf("got %q", md.String())
	}
	if len(m.Notes) != 1 || !strings.Contains(m.Notes[0], `analysis "s": `) || !strings.Contains(m.Notes[0], "s10") {
		t.Errorf("notes %q", m.Notes)
	}
}

// TestKnitTwoAnalyses: with two analyses, references name theirs, tables
// and figures are numbered across both, and the chart files carry the
// analysis' name.
func TestKnitTwoAnalyses(t *testing.T) {
	src := "---\nlang: id\nanalyses:\n  asi:\n    data: asi.csv\n    before: before\n    after: after\n    levels: [ASI belum keluar, ASI keluar namun belum lancar, ASI keluar lancar]\n  tidur:\n    data: sleep.csv\n    before: group1\n    after: group2\n---\n\n{{asi.n}} dan {{tidur.n}}.\n\n{{chart tidur.paired}}\n\n{{table asi.freq}}\n\n{{chart asi.paired}}\n\n{{table tidur.ttest}}\n"
	m, err := knitString(t, src, KnitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	m.WriteMarkdown(&md)
	for _, want := range []string{"23 dan 10.", "**Gambar 1.**", "(tidur-paired.svg)", "**Tabel 1.**", "**Gambar 2.**", "(asi-paired.svg)", "**Tabel 2.** *Uji Sampel Berpasangan*"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, md.String())
		}
	}
	files, _ := m.Files(0)
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	if got := strings.Join(names, " "); got != "m.md m.html tidur-paired.svg asi-paired.svg" {
		t.Errorf("files %s", got)
	}
}

// TestKnitPositions: columns count characters, CRLF files and a byte
// order mark keep their lines.
func TestKnitPositions(t *testing.T) {
	for _, c := range []struct{ src, pos string }{
		{numHead + "\nkafé ü {{t.pp}}\n", "m.md:9:8"},
		{strings.ReplaceAll(numHead+"\nx {{t.pp}}\r\n", "\n", "\r\n"), "m.md:9:3"},
		{"\uFEFF" + numHead + "\n{{t.pp}}\n", "m.md:9:1"},
		{"\uFEFF---\nlang: xx\n---\n", "m.md:2:7"},
	} {
		_, err := knitString(t, c.src, KnitOptions{})
		if err == nil || !strings.HasPrefix(err.Error(), c.pos+": ") {
			t.Errorf("%q: error %v, want at %s", c.src, err, c.pos)
		}
	}
}

// TestKnitName: the manuscript's own name must be a path inside the FS,
// and a missing manuscript is an ErrData with its name.
func TestKnitName(t *testing.T) {
	for _, name := range []string{"../m.md", "/m.md", "a/../../m.md", ""} {
		if _, err := Knit(knitFS(t), name, KnitOptions{}); !errors.Is(err, ErrUnsafePath) {
			t.Errorf("%q: %v, want ErrUnsafePath", name, err)
		}
	}
	_, err := Knit(knitFS(t), "none.md", KnitOptions{DisplayName: "dir/none.md"})
	if !errors.Is(err, ErrData) || !strings.HasPrefix(err.Error(), "dir/none.md: cannot read the manuscript") {
		t.Errorf("%v", err)
	}
}

// TestKnitNaN: a statistic these data leave undefined (the correlation of
// before and after when one occasion is constant) is an error at its
// reference, never a dash or a NaN in the text.
func TestKnitNaN(t *testing.T) {
	fsys := fstest.MapFS{"c.csv": {Data: []byte("a,b\n1,2\n1,3\n1,5\n1,4\n")},
		"m.md": {Data: []byte("---\nanalyses:\n  c:\n    data: c.csv\n    before: a\n    after: b\n---\nr = {{t.r}}, t = {{t.t}}\n")}}
	_, err := Knit(fsys, "m.md", KnitOptions{})
	if !errors.Is(err, ErrUndefined) || !strings.HasPrefix(err.Error(), "m.md:8:5: {{t.r}}: the value is undefined") {
		t.Errorf("%v", err)
	}
}

// TestKnitWideID: id: alone is wide format with unique ids (as load.Spec),
// not half a long format; a repeated id is an error naming its line.
func TestKnitWideID(t *testing.T) {
	src := "---\nanalyses:\n  sleep:\n    data: sleep.csv\n    id: id\n    before: group1\n    after: group2\n---\nn = {{sleep.n}}\n"
	m, err := knitString(t, src, KnitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := m.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "n = 10") {
		t.Errorf("got %q, want n = 10", b.String())
	}
}

// TestKnitNotesInLanguage: the loader's notes (here a subject seen at one
// occasion only) are written in the manuscript's language in the document,
// and in English in Manuscript.Notes (the command's standard error).
func TestKnitNotesInLanguage(t *testing.T) {
	fsys := fstest.MapFS{"long.csv": {Data: []byte("id,t,v\na,pre,1\na,post,2\nb,pre,1\nc,pre,1\nc,post,3\nd,pre,2\nd,post,5\n")}}
	for _, tc := range []struct{ lang, doc, notes string }{
		{"id", `1 subjek tanpa kedua pengukuran dikeluarkan: "b" (baris 4, tanpa baris "post")`, `1 subject(s) without both occasions dropped`},
		{"en", `1 subject(s) without both occasions dropped: "b" (line 4, no "post" row)`, `1 subject(s) without both occasions dropped`},
	} {
		src := "---\nlang: " + tc.lang + "\nanalyses:\n  g:\n    data: long.csv\n    id: id\n    time: t\n    value: v\n    before: pre\n    after: post\n---\n{{g.n}}\n\n{{report g}}\n"
		m, err := KnitSource(fsys, "m.md", []byte(src), KnitOptions{NoCharts: true})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.WriteMarkdown(&b); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tc.doc) {
			t.Errorf("%s: the document lacks %q:\n%s", tc.lang, tc.doc, b.String())
		}
		if len(m.Notes) != 1 || !strings.Contains(m.Notes[0], tc.notes) {
			t.Errorf("%s: Notes %q", tc.lang, m.Notes)
		}
	}
}
