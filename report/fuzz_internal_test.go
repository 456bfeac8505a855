package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/textsafe"
	"golang.org/x/net/html"
)

// FuzzMdText checks that mdText's output, rendered by the report's own
// goldmark converter as a paragraph and as a GFM table cell, shows exactly
// the cleaned text: no markup forms, no raw HTML passes, nothing is lost.
func FuzzMdText(f *testing.F) {
	for _, s := range []string{"", "a|b", "<script>alert(1)</script>", "*x* _y_ `z`", "# h", "1. x", "- x", "&amp; &#60;",
		"[l](javascript:alert(1))", "<http://e.x>", "a\\", "\\|", "~~s~~", "line\nbreak", "שלום", "===", "---", "a  b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := isolate(strings.TrimSpace(clean(s)))
		if want == "" {
			return
		}
		for _, doc := range []string{
			mdText(s) + "\n",
			"| h |\n|---|\n| " + mdText(s) + " |\n",
		} {
			var out bytes.Buffer
			if err := converter.Convert([]byte(doc), &out); err != nil {
				t.Fatal(err)
			}
			n, err := html.Parse(&out)
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			var elems []string
			for c := range n.Descendants() {
				switch c.Type {
				case html.TextNode:
					got.WriteString(c.Data)
				case html.ElementNode:
					elems = append(elems, c.Data)
				}
			}
			text := strings.TrimSpace(got.String())
			if strings.HasPrefix(doc, "|") {
				text = strings.TrimPrefix(text, "h")
			}
			if strings.TrimSpace(text) != strings.TrimSpace(want) {
				t.Errorf("%q: rendered text %q, want %q (markdown %q)", s, text, want, doc)
			}
			for _, e := range elems {
				switch e {
				case "html", "head", "body", "p", "table", "thead", "tbody", "tr", "th", "td",
					"wbr": // the cell breaker's own break opportunity in a long run of digits
				default:
					t.Errorf("%q produced a <%s> element (markdown %q)", s, e, doc)
				}
			}
		}
	})
}

// FuzzBidi checks that no caller string, through any of the report's
// escapers (Markdown text and code, HTML text and attributes, chart text
// and its wrapped lines), brings an embedding, override or isolate into
// the output: the only explicit bidi characters left are the escaper's own
// FSI ... PDI, balanced on every line (issue 11, item 7).
func FuzzBidi(f *testing.F) {
	for _, s := range []string{"a\u202Eb", "\u202Et(5) = \u22123.03, p = .029", "\u2066\u2067\u2068\u2069", "שלום \u202C end",
		"\u200F5", "\u061C\u0663-\u0664", "long label with words \u202E and more words to wrap \u2069", "`\u202E`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, out := range map[string]string{
			"mdText":    mdText(s),
			"mdCode":    mdCode(s),
			"htmlText":  htmlText(s),
			"htmlAttr":  htmlAttr(s),
			"chartText": chartText(s, maxChartLabel),
			"wrapWords": wrapWords(chartText(s, maxChartLabel), 10),
		} {
			if strings.ContainsAny(out, "\u202a\u202b\u202c\u202d\u202e") {
				t.Errorf("%s(%q) = %q holds an embedding or override", name, s, out)
			}
			for _, line := range strings.Split(out, "\n") {
				if !textsafe.Balanced(line) {
					t.Errorf("%s(%q) = %q: unbalanced isolates", name, s, out)
				}
				inner := strings.TrimSuffix(strings.TrimPrefix(strings.Trim(line, "` "), textsafe.FSI), textsafe.PDI)
				if strings.ContainsFunc(inner, textsafe.IsExplicit) {
					t.Errorf("%s(%q) = %q: an isolate not of the escaper's own", name, s, out)
				}
			}
		}
	})
}
