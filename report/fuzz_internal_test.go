package report

import (
	"bytes"
	"strings"
	"testing"

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
				case "html", "head", "body", "p", "table", "thead", "tbody", "tr", "th", "td":
				default:
					t.Errorf("%q produced a <%s> element (markdown %q)", s, e, doc)
				}
			}
		}
	})
}
