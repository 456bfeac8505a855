package report

import "io"

// HTML writes the Results section of a as one self-contained HTML5
// document: New(a, o), then Document.WriteHTML.
func HTML(w io.Writer, a Analysis, o Options) error { return write(w, a, o, (*Document).WriteHTML) }

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
