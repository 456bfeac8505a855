package audit

import (
	"strings"

	"golang.org/x/net/html"
)

// HTMLText returns the text of an HTML document for Scan: the text nodes
// with entities decoded, script, style and template contents dropped, a
// space for every tag but the inline ones (so that "χ<sup>2</sup>" reads
// χ2 and "<i>t</i>(28)" t(28)), and every line break of the source kept (inside
// tags too), so that a check's "line N" is the line of the HTML file.
// Malformed HTML is read as far as it goes; it is never an error.
func HTMLText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src))
	skip := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break // io.EOF, or malformed input: keep what was read
		}
		raw := string(z.Raw())
		switch tt {
		case html.TextToken:
			if skip > 0 {
				b.WriteString(strings.Repeat("\n", strings.Count(raw, "\n")))
				continue
			}
			b.WriteString(html.UnescapeString(raw))
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "template", "noscript":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			}
			if !inlineTags[string(name)] {
				b.WriteByte(' ')
			}
			b.WriteString(strings.Repeat("\n", strings.Count(raw, "\n")))
		default:
			b.WriteString(strings.Repeat("\n", strings.Count(raw, "\n")))
		}
	}
	return b.String()
}

var inlineTags = map[string]bool{"i": true, "em": true, "b": true, "strong": true, "sub": true, "sup": true,
	"span": true, "a": true, "var": true, "code": true, "small": true, "u": true, "mark": true}
