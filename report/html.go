package report

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	ghtml "github.com/yuin/goldmark/renderer/html"
)

// converter turns the report's Markdown into HTML: CommonMark plus GFM
// tables only (no Linkify: "www.x" in a label stays text). Raw HTML is
// enabled because the Markdown is the report's own: every caller string in
// it went through mdText, which writes <, > and & as entities, so the only
// raw HTML is the report's <sub> tags and chart placeholders.
var converter = goldmark.New(
	goldmark.WithExtensions(extension.Table),
	goldmark.WithRendererOptions(ghtml.WithUnsafe()),
)

// HTML writes the Results section of a as one self-contained HTML5
// document: the Markdown of Markdown converted with goldmark, the charts
// inlined as <svg> elements, the CSS inline (with print rules). It has no
// script and refers to no external resource, so it opens the same offline
// and prints as a manuscript page.
//
// It returns an error wrapping ErrOptions or ErrAnalysis for unusable
// input, or the writer's error.
func HTML(w io.Writer, a Analysis, o Options) error {
	r, err := newRenderer(&a, o, true)
	if err != nil {
		return err
	}
	r.document()
	var body bytes.Buffer
	body.Grow(r.b.Len() * 2)
	if err := converter.Convert([]byte(r.b.String()), &body); err != nil {
		return fmt.Errorf("report: markdown conversion: %w", err)
	}
	out := breakLongRuns(body.Bytes())
	for _, name := range chartNames {
		n, ok := r.figNum[name]
		if !ok {
			continue
		}
		c := r.charts[name]
		svg, err := c.inlineSVG()
		if err != nil {
			return err
		}
		var fig bytes.Buffer
		fmt.Fprintf(&fig, "<figure id=\"figure-%d\">\n<figcaption><strong>%s %d.</strong> <em>%s</em></figcaption>\n",
			n, r.w.figure, n, html.EscapeString(c.Caption))
		fig.Write(bytes.TrimSpace(svg))
		fig.WriteString("\n</figure>\n")
		out = bytes.Replace(out, []byte("<!--chart:"+name+"-->\n"), fig.Bytes(), 1)
	}

	title := strings.TrimSpace(clean(a.Title))
	if title == "" {
		title = r.w.results
	}
	var doc bytes.Buffer
	doc.Grow(len(out) + len(css) + 512)
	doc.WriteString("<!DOCTYPE html>\n<html lang=\"")
	doc.WriteString(string(r.o.Lang))
	doc.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	doc.WriteString(htmlText(title))
	doc.WriteString("</title>\n<style>\n")
	doc.WriteString(css)
	doc.WriteString("</style>\n</head>\n<body>\n<main>\n")
	doc.Write(out)
	doc.WriteString("</main>\n</body>\n</html>\n")
	_, err = w.Write(doc.Bytes())
	return err
}

// maxRun is the longest run of characters without a break opportunity
// that a table cell keeps whole.
const maxRun = 30

// breakLongRuns inserts <wbr> into every run of more than maxRun
// characters without a space inside a table cell (<td>, <th>) of b, the
// HTML goldmark wrote. A table cannot be narrower than its longest
// unbreakable run, so without it a label with no space (a pasted code, a
// URL) would push the table's last columns off the printed page; CSS
// overflow-wrap does not change a table's minimum width. Text outside
// tables wraps by CSS (overflow-wrap: break-word) and is left alone, and
// so is every ordinary word and number, so typical output is unchanged.
// <wbr> adds no character: copied text stays the same. An entity (&amp;)
// counts as one character and is never split; tags do not count.
func breakLongRuns(b []byte) []byte {
	var out []byte // nil until the first <wbr>
	inCell, run, last := false, 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		if c == '<' {
			j := bytes.IndexByte(b[i:], '>')
			if j < 0 {
				break
			}
			tag := b[i : i+j+1]
			switch {
			case isTag(tag, "<td"), isTag(tag, "<th"):
				inCell, run = true, 0
			case isTag(tag, "</td"), isTag(tag, "</th"):
				inCell = false
			}
			i += j + 1
			continue
		}
		n := 1
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f':
			run = 0
		case c == '&':
			if j := bytes.IndexByte(b[i:min(len(b), i+16)], ';'); j > 0 {
				n = j + 1
			}
		case c >= utf8.RuneSelf:
			_, n = utf8.DecodeRune(b[i:])
		}
		if inCell && run == maxRun {
			out = append(append(out, b[last:i]...), "<wbr>"...)
			last, run = i, 0
		}
		if c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f' {
			run++
		}
		i += n
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// isTag reports whether tag (from < to >) starts with name followed by a
// space or >, so that "<th" matches <th> and <th style=...> but not <thead>.
func isTag(tag []byte, name string) bool {
	return len(tag) > len(name) && string(tag[:len(name)]) == name && (tag[len(name)] == ' ' || tag[len(name)] == '>')
}

// chartNames is the order in which charts can appear.
var chartNames = []string{"distribution", "paired", "differences"}

// css styles the report as a manuscript page: serif text, APA-style tables
// (horizontal rules only), figures scaled to the column, the caller's notes
// as blockquotes with a thin left rule, and print rules checked in headless
// Chromium's print-to-PDF: figures, notes, table rows and tables of up to 8
// body rows are not split (a longer table breaks between rows, its header
// repeated on each page, rather than leaving a page half empty before it),
// and a heading, a table caption or a list's lead-in stays with what follows.
// Everything is black, white or grey, so it prints the same in greyscale.
const css = `:root { color-scheme: light; }
body { margin: 0 auto; max-width: 60em; padding: 2em 1.5em; background: #fff; color: #000;
  font-family: "Times New Roman", Times, "Liberation Serif", Tinos, serif; font-size: 12pt; line-height: 1.5;
  overflow-wrap: break-word; }
h1 { font-size: 1.5em; text-align: center; margin: 0 0 1em; }
h2 { font-size: 1.15em; margin: 2em 0 .75em; }
p { margin: .6em 0; }
table { border-collapse: collapse; margin: .3em 0 1.6em; font-size: .9em; font-variant-numeric: tabular-nums; max-width: 100%; }
th, td { padding: .2em .5em; vertical-align: top; unicode-bidi: isolate; }
td:not([style]), th:not([style]) { overflow-wrap: break-word; text-align: left; }
td[style] { white-space: nowrap; }
thead th { font-weight: normal; font-style: italic; border-top: 2px solid #000; border-bottom: 1px solid #000; }
tbody tr:last-child td { border-bottom: 2px solid #000; }
td:first-child, th:first-child { padding-left: 0; }
figure { margin: 1em 0 1.8em; }
figcaption { margin-bottom: .4em; }
figure svg { display: block; max-width: 100%; height: auto; }
hr { border: 0; border-top: 1px solid #000; margin: 3em 0 1em; }
hr ~ p, hr ~ ul { font-size: .85em; }
hr ~ ul { padding-left: 1.2em; overflow-wrap: anywhere; }
sub { font-size: .75em; }
blockquote { margin: 0 0 1em; padding: .1em 0 .1em 1em; border-left: 2px solid #555; font-size: .95em; }
blockquote p { margin: .3em 0; }
@page { size: A4; margin: 2cm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  p { orphans: 3; widows: 3; }
  table, figure, blockquote, tr, li { break-inside: avoid; }
  table:has(tbody tr:nth-child(9)) { break-inside: auto; }
  h1, h2, p:has(+ table), p:has(+ ul) { break-after: avoid; }
}
`
