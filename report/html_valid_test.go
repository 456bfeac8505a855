package report_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/pairedt/pairedt/report"
)

// attrName matches one attribute of a raw start tag; group 1 is its name.
var attrName = regexp.MustCompile(`[\s"']([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?`)

// HTML5 validity without Java.
//
// The report's HTML was validated with the Nu HTML Checker, vnu-jar
// 26.9.27 (c6ba02c) from npm, on 2026-11-27:
//
//	java -jar vnu.jar --errors-only FILE.html
//
// on both golden files, the outputs of examples/oxytocin and
// examples/sleep, and the 30 pages `go test ./report -run WriteArticle
// -write DIR` writes (each hostile label in both locales with caller
// notes, a histogram of many pairs, the empty analysis). The pages as
// they were had no error; the CSS in <style> (which vnu checks too)
// passed, and the standalone chart SVGs passed `vnu --svg`. A label with
// Unicode noncharacters (U+FFFE, U+FDD0, U+1FFFF), added to the hostile
// labels then, gave "Forbidden code point" and "Astral non-character"
// errors; clean now replaces them with U+FFFD and vnu reports no error on
// any page. Its remaining warnings guess from a long repeated label
// ("panjang ...", "tanpaspasi...") that the page is Javanese or Cree: the
// language of a caller's label is not ours to declare.
//
// htmlProblems checks the rules that validator enforces and that this
// renderer could break, so a change that breaks them fails go test:
//   - the first bytes are <!DOCTYPE html>; exactly one <html lang=LANG>,
//     <head>, <body>, <main>; <meta charset="utf-8"> in the first 1024
//     bytes; one non-empty <title>;
//   - the text is UTF-8 without the code points HTML forbids (C0 controls
//     other than whitespace, C1 controls, noncharacters);
//   - elements nest: every end tag closes the innermost open element, void
//     elements have no end tag, /> only on void elements or inside <svg>,
//     no attribute twice on one tag, no comment or processing instruction
//     (an XML declaration or a leftover chart placeholder), no second
//     DOCTYPE;
//   - id attributes are unique across the document, the inline SVGs
//     included, and every internal reference (#id, url(#id)) resolves;
//   - no <script>, no event handler, no obsolete align attribute, no
//     external src, href or url();
//   - every <table> is <thead> with one header row then <tbody>, every row
//     as wide as the header; every <figure> starts with its <figcaption>
//     and holds one <svg role="img" aria-label=...>; one <h1>, then <h2>s.
func htmlProblems(page []byte, lang string) []string {
	var probs []string
	bad := func(format string, args ...any) {
		if len(probs) < 50 {
			probs = append(probs, fmt.Sprintf(format, args...))
		}
	}

	if !bytes.HasPrefix(page, []byte("<!DOCTYPE html>\n")) {
		bad("document does not start with <!DOCTYPE html>")
	}
	if !utf8.Valid(page) {
		bad("document is not valid UTF-8")
	}
	for i, r := range string(page) {
		switch {
		case r == '\t' || r == '\n' || r == '\f' || r == '\r':
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			bad("forbidden control character %U at byte %d", r, i)
		case (r >= 0xfdd0 && r <= 0xfdef) || r&0xfffe == 0xfffe:
			bad("noncharacter %U at byte %d", r, i)
		}
	}
	head := page[:min(len(page), 1024)]
	if !bytes.Contains(head, []byte(`<meta charset="utf-8">`)) {
		bad(`no <meta charset="utf-8"> in the first 1024 bytes`)
	}

	// Token level: nesting, void elements, duplicate attributes, comments.
	void := map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
		"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}
	starts := map[string]int{}
	var stack []string
	inSVG := func() bool {
		for _, s := range stack {
			if s == "svg" {
				return true
			}
		}
		return false
	}
	z := html.NewTokenizer(bytes.NewReader(page))
	doctypes := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				bad("tokenizer: %v", z.Err())
			}
			break
		}
		raw := string(z.Raw())
		tok := z.Token()
		switch tt {
		case html.DoctypeToken:
			doctypes++
			if doctypes > 1 || !strings.EqualFold(tok.Data, "html") {
				bad("DOCTYPE %q (number %d)", tok.Data, doctypes)
			}
		case html.CommentToken:
			// html.Tokenizer also reports <?xml ...?> as a comment.
			bad("comment or processing instruction <!--%.40s-->", tok.Data)
		case html.StartTagToken, html.SelfClosingTagToken:
			starts[tok.Data]++
			// html.Tokenizer drops repeated attributes, so read the raw tag.
			seen := map[string]bool{}
			for _, m := range attrName.FindAllStringSubmatch(raw, -1) {
				k := strings.ToLower(m[1])
				if seen[k] {
					bad("<%s> has attribute %s twice", tok.Data, k)
				}
				seen[k] = true
			}
			if tt == html.SelfClosingTagToken {
				if !void[tok.Data] && !inSVG() && tok.Data != "svg" {
					bad("self-closing syntax on non-void <%s>", tok.Data)
				}
				continue
			}
			if !void[tok.Data] {
				stack = append(stack, tok.Data)
			}
		case html.EndTagToken:
			if void[tok.Data] {
				bad("end tag </%s> of a void element", tok.Data)
				continue
			}
			if len(stack) == 0 || stack[len(stack)-1] != tok.Data {
				bad("end tag </%s> does not close the open element (open: %s)", tok.Data, strings.Join(stack[max(0, len(stack)-4):], " > "))
				// Recover: pop to the matching element if it is open.
				for i := len(stack) - 1; i >= 0; i-- {
					if stack[i] == tok.Data {
						stack = stack[:i]
						break
					}
				}
				continue
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		bad("elements left open: %s", strings.Join(stack, " > "))
	}
	for _, tag := range []string{"html", "head", "body", "main", "title", "h1"} {
		if starts[tag] != 1 {
			bad("%d <%s> start tags, want 1", starts[tag], tag)
		}
	}
	for _, tag := range []string{"script", "iframe", "object", "embed", "link", "img", "base", "form", "input", "foreignobject", "image", "use", "a"} {
		if starts[tag] > 0 {
			bad("<%s> element", tag)
		}
	}
	if starts["h3"]+starts["h4"]+starts["h5"]+starts["h6"] > 0 {
		bad("heading below <h2>")
	}

	// Tree level.
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return append(probs, "parse: "+err.Error())
	}
	d := htmlDoc{doc}
	if h := d.all("html"); len(h) != 1 || attr(h[0], "lang") != lang {
		bad("<html> lang is not %q", lang)
	}
	if ti := d.all("title"); len(ti) != 1 || strings.TrimSpace(textOf(ti[0])) == "" {
		bad("empty <title>")
	} else if ti[0].Parent.Data != "head" {
		bad("<title> outside <head>")
	}
	ids := map[string]int{}
	var refs []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			k := strings.ToLower(a.Key)
			v := strings.TrimSpace(a.Val)
			switch {
			case k == "id" && a.Namespace == "":
				if v == "" || strings.ContainsAny(a.Val, " \t\n\f\r") {
					bad("<%s> has id %q", n.Data, a.Val)
				}
				ids[a.Val]++
			case strings.HasPrefix(k, "on"):
				bad("<%s> has event handler %s", n.Data, a.Key)
			case k == "align":
				bad("<%s> has the obsolete align attribute", n.Data)
			case k == "src" || k == "srcset" || k == "action" || k == "href":
				if !strings.HasPrefix(v, "#") {
					bad("<%s %s=%q> refers to a resource", n.Data, a.Key, a.Val)
				}
				refs = append(refs, strings.TrimPrefix(v, "#"))
			}
			for rest := strings.ToLower(a.Val); ; {
				i := strings.Index(rest, "url(")
				if i < 0 {
					break
				}
				rest = rest[i+4:]
				ref := strings.Trim(rest[:max(0, strings.IndexByte(rest, ')'))], `'" `)
				if !strings.HasPrefix(ref, "#") {
					bad("<%s> %s loads %q", n.Data, a.Key, ref)
				}
				refs = append(refs, strings.TrimPrefix(ref, "#"))
			}
		}
	}
	for id, n := range ids {
		if n > 1 {
			bad("id %q used %d times", id, n)
		}
	}
	for _, r := range refs {
		if ids[r] == 0 {
			bad("reference #%s resolves to no id", r)
		}
	}
	for _, s := range d.all("style") {
		if css := strings.ToLower(textOf(s)); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
			bad("CSS loads a resource")
		}
	}

	for i, tb := range d.all("table") {
		var kids []*html.Node
		for c := range tb.ChildNodes() {
			if c.Type == html.ElementNode {
				kids = append(kids, c)
			}
		}
		if len(kids) != 2 || kids[0].Data != "thead" || kids[1].Data != "tbody" {
			var names []string
			for _, k := range kids {
				names = append(names, k.Data)
			}
			bad("table %d has children %v, want [thead tbody]", i+1, names)
			continue
		}
		hr := children(kids[0], "tr")
		if len(hr) != 1 || len(children(hr[0], "td")) != 0 {
			bad("table %d: header is not one row of <th>", i+1)
			continue
		}
		width := len(children(hr[0], "th"))
		rows := children(kids[1], "tr")
		if len(rows) == 0 {
			bad("table %d has no body rows", i+1)
		}
		for j, tr := range rows {
			if n := len(children(tr, "td")) + len(children(tr, "th")); n != width {
				bad("table %d row %d has %d cells, header %d", i+1, j+1, n, width)
			}
		}
	}
	for i, f := range d.all("figure") {
		first := f.FirstChild
		for first != nil && first.Type != html.ElementNode {
			first = first.NextSibling
		}
		if first == nil || first.Data != "figcaption" {
			bad("figure %d does not start with <figcaption>", i+1)
		}
		svgs := children(f, "svg")
		if len(svgs) != 1 || attr(svgs[0], "role") != "img" || strings.TrimSpace(attr(svgs[0], "aria-label")) == "" {
			bad("figure %d does not hold one <svg role=img aria-label=...>", i+1)
		}
	}
	if n := len(d.all("svg")); n != len(d.all("figure")) {
		bad("%d <svg> outside the %d figures", n, len(d.all("figure")))
	}
	return probs
}

// validityPages returns the pages htmlProblems is run on: the article and
// its hostile variants (with caller notes) in both locales, a histogram of
// many pairs, the sections alone, and the empty analysis.
func validityPages(t *testing.T) map[string]report.Analysis {
	full := articleAnalysis(t)
	pages := map[string]report.Analysis{"article": full, "empty": {}}
	for _, h := range hostile {
		a := hostileAnalysis(t, h.s)
		a.Notes = []string{h.s, "Pairs reconstructed from the published margins."}
		pages["hostile/"+h.name] = a
	}
	x, y := make([]float64, report.MaxSubjectCharts+1), make([]float64, report.MaxSubjectCharts+1)
	for i := range x {
		x[i], y[i] = float64(i%97)/7, float64(i%89)/5
	}
	pages["many pairs"] = report.Analysis{X: x, Y: y}
	pages["pairs only"] = report.Analysis{X: full.X, Y: full.Y}
	pages["frequencies only"] = report.Analysis{FreqBefore: full.FreqBefore, FreqAfter: full.FreqAfter}
	pages["t only"] = report.Analysis{T: full.T}
	return pages
}

func TestHTMLValid(t *testing.T) {
	for name, a := range validityPages(t) {
		for _, l := range langs {
			for _, noCharts := range []bool{false, true} {
				if noCharts && name != "article" {
					continue
				}
				t.Run(fmt.Sprintf("%s/%s/nocharts=%v", name, l, noCharts), func(t *testing.T) {
					page := renderString(t, report.HTML, a, report.Options{Lang: l, NoCharts: noCharts})
					for _, p := range htmlProblems(page, string(l)) {
						t.Error(p)
					}
				})
			}
		}
	}
}

// TestHTMLProblemsCatches checks that the checker itself finds each kind
// of error the validator would report, on a broken copy of the article.
func TestHTMLProblemsCatches(t *testing.T) {
	good := string(renderString(t, report.HTML, articleAnalysis(t), report.Options{}))
	if p := htmlProblems([]byte(good), "en"); len(p) > 0 {
		t.Fatalf("article has problems: %v", p)
	}
	for _, c := range []struct{ name, old, new, want string }{
		{"no doctype", "<!DOCTYPE html>\n", "", "does not start with <!DOCTYPE html>"},
		{"lang", `<html lang="en">`, `<html>`, "lang is not"},
		{"charset", `<meta charset="utf-8">`, "", "meta charset"},
		{"empty title", "<title>", "<title> </title><title>", "empty <title>"},
		{"xml declaration", "<svg ", `<?xml version="1.0"?><svg `, "processing instruction"},
		{"inner doctype", "<svg ", "<!DOCTYPE svg><svg ", "DOCTYPE"},
		{"duplicate id", `id="figure-2"`, `id="figure-1"`, `id "figure-1" used 2 times`},
		{"dangling ref", `<svg `, `<svg clip-path="url(#c9)" `, "#c9 resolves to no id"},
		{"external", `<svg `, `<svg href="http://e.x/a.svg" `, "refers to a resource"},
		{"script", "<main>", "<main><script>1</script>", "<script> element"},
		{"handler", "<svg ", `<svg onload="x" `, "event handler"},
		{"align", "<td ", `<td align="right" `, "obsolete align"},
		{"no thead", "<thead>\n<tr>", "<tbody><tr>", "want [thead tbody]"},
		{"short row", "<td>", "", "cells, header"},
		{"misnested", "</em>", "</strong>", "does not close"},
		{"self-closing div", "<main>", "<main><div/>", "self-closing"},
		{"duplicate attribute", "<svg ", `<svg role="x" `, "attribute role twice"},
		{"control", "<main>", "<main>\x01", "forbidden control"},
		{"leftover placeholder", "<main>", "<main><!--chart:paired-->", "comment"},
		{"figcaption last", "<figcaption>", "<p>x</p><figcaption>", "does not start with <figcaption>"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(good, c.old) {
				t.Fatalf("article lacks %q", c.old)
			}
			probs := htmlProblems([]byte(strings.Replace(good, c.old, c.new, 1)), "en")
			if !strings.Contains(strings.Join(probs, "\n"), c.want) {
				t.Errorf("want a problem containing %q, got %q", c.want, probs)
			}
		})
	}
}

// TestVNU runs the Nu HTML Checker on every page TestHTMLValid checks,
// when told where it is (it needs Java, so CI skips it):
//
//	npm install vnu-jar   # in a directory outside the module
//	PAIREDT_VNU_JAR=$PWD/node_modules/vnu-jar/build/dist/vnu.jar go test ./report -run VNU
func TestVNU(t *testing.T) {
	jar := os.Getenv("PAIREDT_VNU_JAR")
	if jar == "" {
		t.Skip("PAIREDT_VNU_JAR not set")
	}
	dir := t.TempDir()
	args := []string{"-jar", jar, "--errors-only"}
	for name, a := range validityPages(t) {
		for _, l := range langs {
			path := filepath.Join(dir, strings.ReplaceAll(name, "/", ".")+"."+string(l)+".html")
			if err := os.WriteFile(path, renderString(t, report.HTML, a, report.Options{Lang: l}), 0o644); err != nil {
				t.Fatal(err)
			}
			args = append(args, path)
		}
	}
	slices.Sort(args[3:])
	out, err := exec.Command("java", args...).CombinedOutput()
	if err != nil {
		t.Errorf("vnu: %v\n%s", err, out)
	}
}
