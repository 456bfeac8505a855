package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"golang.org/x/text/unicode/norm"
)

// The LaTeX writer. WriteLaTeX walks the same goldmark tree as WriteHTML
// and writes a fragment for \input: booktabs tables, \caption (the title;
// the class or the caption package sets "Table 1" and the APA look), the
// figures as \includegraphics of NAME.pdf. Every character of the text is
// written so that pdfLaTeX with the default OT1 or with T1 encoding sets
// it: the ten special characters as commands, the report's Unicode
// (−, ≥, χ, α, ², non-breaking space, dashes, quotes) as LaTeX commands,
// accented Latin letters as accent commands, format characters such as
// the bidi controls (U+202A-U+202E, U+2066-U+2069) dropped, and anything
// pdfLaTeX cannot set from a standard TeX Live as "?".

// WriteLaTeX writes the document as a LaTeX fragment to \input in a
// manuscript: sections as \section* and \subsection* (the report's headings
// carry their own numbers), each table with \caption in a
// longtable (broken across pages with the header row repeated) ruled with
// booktabs (\toprule, \midrule under the header, \bottomrule) and columns
// aligned as the report's, each figure as a
// figure float with \caption above \includegraphics{NAME.pdf} (the chart's
// Chart.WriterTo("pdf", 0), a file beside the .tex; Files lists it). The
// fragment needs graphicx, booktabs, longtable and array in the preamble;
// WriteLaTeXStandalone writes a whole document.
func (d *Document) WriteLaTeX(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	x := &latexWriter{src: d.source, w: bw}
	bw.WriteString("% Results section written by pairedt. Needs \\usepackage{graphicx,booktabs,longtable,array};\n" +
		"% the figures are the PDF files named in \\includegraphics, beside this file.\n" +
		"\\makeatletter\\@ifundefined{pairedtwidth}{\\newlength{\\pairedtwidth}}{}\\makeatother\n\n")
	for n := d.root.FirstChild(); n != nil; n = n.NextSibling() {
		x.block(n)
	}
	return bw.Flush()
}

// WriteLaTeXStandalone writes the document as a complete LaTeX file that
// pdflatex from a standard TeX Live (texlive-latex-recommended) compiles:
// the fragment of WriteLaTeX in an article on A4 paper, with babel in the
// document's language (Indonesian names "Tabel" and "Gambar") and captions
// in APA style (the number bold, the title italic on the next line, flush
// left).
func (d *Document) WriteLaTeXStandalone(w io.Writer) error {
	lang := "english"
	if d.lang == Indonesian {
		lang = "indonesian"
	}
	var b strings.Builder
	b.WriteString("\\documentclass[12pt]{article}\n" +
		"\\IfFileExists{lmodern.sty}{\\usepackage[T1]{fontenc}\\usepackage{lmodern}}{}\n" +
		"\\usepackage[utf8]{inputenc}\n")
	if lang == "indonesian" {
		b.WriteString("\\IfFileExists{indonesian.ldf}{\\usepackage[indonesian]{babel}}" +
			"{\\usepackage[english]{babel}\\addto\\captionsenglish{\\renewcommand\\tablename{Tabel}\\renewcommand\\figurename{Gambar}}}\n")
	} else {
		b.WriteString("\\usepackage[english]{babel}\n")
	}
	b.WriteString("\\usepackage[a4paper,margin=2.54cm]{geometry}\n" +
		"\\usepackage{graphicx,booktabs,longtable,array}\n" +
		"\\usepackage{caption}\n" +
		"\\setlength{\\emergencystretch}{3em}\n" +
		"\\captionsetup{labelfont=bf,textfont=it,labelsep=newline,singlelinecheck=false,justification=raggedright,skip=6pt}\n" +
		"\\begin{document}\n\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if err := d.WriteLaTeX(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n\\end{document}\n")
	return err
}

// latexWriter is the state of one WriteLaTeX.
type latexWriter struct {
	src    []byte
	w      *bufio.Writer
	inCell bool
	open   int  // \textsubscript{ or \textsuperscript{ groups open
	run    int  // characters since the last space, for \allowbreak
	dash   bool // the last character written was '-'
	nbsp   bool // write spaces as ~
}

func (x *latexWriter) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		cmd := [...]string{"section", "subsection", "subsubsection"}[min(max(n.Level, 1), 3)-1]
		x.w.WriteString("\\" + cmd + "*{")
		x.inlines(n.FirstChild(), nil)
		x.closeGroups()
		x.w.WriteString("}\n\n")
	case *ast.Paragraph:
		if _, _, ok := tableCaption(x.src, n); ok {
			return // the table writes it
		}
		if isNote(x.src, n) {
			x.w.WriteString("\\noindent ")
		}
		x.paragraph(n)
		x.w.WriteString("\n\n")
	case *ast.TextBlock:
		x.paragraph(n)
		x.w.WriteString("\n\n")
	case *east.Table:
		x.table(n)
	case *figureNode:
		num := strconv.Itoa(n.number)
		x.w.WriteString("\\begin{figure}[htbp]\n\\caption{")
		x.text(n.chart.Caption)
		fmt.Fprintf(x.w, "}\\label{fig:pairedt-%s}\n\\setlength{\\pairedtwidth}{%.2fbp}\\ifdim\\pairedtwidth>\\linewidth\\setlength{\\pairedtwidth}{\\linewidth}\\fi\n"+
			"\\includegraphics[width=\\pairedtwidth]{%s.pdf}\n\\end{figure}\n\n", num, float64(n.chart.width), n.chart.Name)
	case *ast.List:
		env := "itemize"
		if n.IsOrdered() {
			env = "enumerate"
		}
		x.w.WriteString("\\begin{" + env + "}\n")
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			x.w.WriteString("\\item{} ")
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				x.block(c)
			}
		}
		x.w.WriteString("\\end{" + env + "}\n\n")
	case *ast.ThematicBreak:
		x.w.WriteString("\\par\\noindent\\rule{\\linewidth}{0.4pt}\\par\n\n")
	case *ast.Blockquote:
		x.w.WriteString("\\begin{quote}\n")
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			x.block(c)
		}
		x.w.WriteString("\\end{quote}\n\n")
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		lines := n.Lines()
		x.w.WriteString("\\begin{flushleft}\\ttfamily\n")
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			x.text(strings.TrimRight(string(seg.Value(x.src)), "\n"))
			x.w.WriteString("\\\\\n")
		}
		x.w.WriteString("\\end{flushleft}\n\n")
	}
}

func (x *latexWriter) paragraph(n ast.Node) {
	x.run = 0
	x.inlines(n.FirstChild(), nil)
	x.closeGroups()
}

func (x *latexWriter) closeGroups() {
	for ; x.open > 0; x.open-- {
		x.w.WriteByte('}')
	}
}

func (x *latexWriter) inlines(first, stop ast.Node) {
	for c := first; c != nil && c != stop; c = c.NextSibling() {
		x.inline(c)
	}
}

func (x *latexWriter) inline(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		x.text(textValue(x.src, n))
		switch {
		case n.HardLineBreak() && x.inCell:
			x.w.WriteString("\\newline{}")
		case n.HardLineBreak():
			x.w.WriteString("\\\\{}\n")
		case n.SoftLineBreak():
			x.w.WriteByte('\n')
			x.run = 0
		}
	case *ast.String:
		x.text(string(n.Value))
	case *ast.Emphasis:
		if n.Level >= 2 {
			x.w.WriteString("\\textbf{")
		} else {
			x.w.WriteString("\\textit{")
		}
		x.inlines(n.FirstChild(), nil)
		x.w.WriteByte('}')
		x.dash = false
	case *ast.CodeSpan:
		x.w.WriteString("\\texttt{")
		x.text(plainText(x.src, n))
		x.w.WriteByte('}')
	case *ast.RawHTML:
		var tag strings.Builder
		for i := 0; i < n.Segments.Len(); i++ {
			s := n.Segments.At(i)
			tag.Write(s.Value(x.src))
		}
		switch strings.ToLower(strings.TrimSpace(tag.String())) {
		case "<sub>":
			x.w.WriteString("\\textsubscript{")
			x.open++
		case "<sup>":
			x.w.WriteString("\\textsuperscript{")
			x.open++
		case "</sub>", "</sup>":
			if x.open > 0 {
				x.w.WriteByte('}')
				x.open--
			}
		}
		x.dash = false
	case *ast.AutoLink:
		x.text(string(n.URL(x.src)))
	case *ast.Image:
		x.text(plainText(x.src, n))
	case *wbrNode:
		x.w.WriteString("\\allowbreak{}")
		x.run = 0
	default:
		x.inlines(n.FirstChild(), nil)
	}
}

// text writes s escaped for LaTeX (see latexRune), with a line-break
// opportunity in every run of more than latexRun characters without a space
// (a checksum, a file path) so that it cannot run into the margin.
func (x *latexWriter) text(s string) {
	for _, r := range norm.NFC.String(s) {
		if r == ' ' || r == '\u00a0' {
			x.run = 0
		} else if x.run++; x.run > latexRun {
			x.w.WriteString("\\allowbreak{}")
			x.run = 1
		}
		if r == '-' && x.dash {
			x.w.WriteString("{}") // "--" would be an en dash
		}
		x.dash = r == '-'
		if r == ' ' && x.nbsp {
			x.w.WriteByte('~')
			continue
		}
		x.w.WriteString(latexRune(r))
	}
}

// latexRun is the longest run of characters without a space that the
// LaTeX text keeps without a line-break opportunity: a line of prose has
// little room to spare for a checksum.
const latexRun = 12

// latexSymbols are the characters with a LaTeX command of their own.
var latexSymbols = map[rune]string{
	'&': `\&`, '%': `\%`, '$': `\$`, '#': `\#`, '_': `\_`, '{': `\{`, '}': `\}`,
	'~': `\textasciitilde{}`, '^': `\textasciicircum{}`, '\\': `\textbackslash{}`,
	'<': `\ensuremath{<}`, '>': `\ensuremath{>}`, '|': `\textbar{}`, '"': `{\ttfamily\char34}`,
	'`': `\textasciigrave{}`, '\'': `\textquotesingle{}`,
	'\u00a0': `~`, '\u2009': `\,`, '\u202f': `\,`, '\u2002': `\enskip{}`, '\u2003': `\quad{}`,
	'\u2212': `\ensuremath{-}`, '\u2013': `\textendash{}`, '\u2014': `\textemdash{}`, '\u2010': `-`, '\u2011': `-`,
	'\u2018': "`", '\u2019': `'`, '\u201c': "``", '\u201d': `''`, '\u2026': `\dots{}`,
	'\u2022': `\textbullet{}`, '\u00b7': `\ensuremath{\cdot}`, '\u00b0': `\textdegree{}`, '\u00a7': `\S{}`, '\u00b6': `\P{}`,
	'\u00a9': `\textcopyright{}`, '\u00ae': `\textregistered{}`, '\u00bf': `\textquestiondown{}`, '\u00a1': `\textexclamdown{}`,
	'\u00ab': "``", '\u00bb': `''`,
	'\u2264': `\ensuremath{\leq}`, '\u2265': `\ensuremath{\geq}`, '\u2260': `\ensuremath{\neq}`, '\u2248': `\ensuremath{\approx}`,
	'\u00d7': `\ensuremath{\times}`, '\u00f7': `\ensuremath{\div}`, '\u00b1': `\ensuremath{\pm}`, '\u2213': `\ensuremath{\mp}`,
	'\u2192': `\ensuremath{\rightarrow}`, '\u2190': `\ensuremath{\leftarrow}`, '\u221e': `\ensuremath{\infty}`, '\u221a': `\ensuremath{\surd}`,
	'\u00b5': `\ensuremath{\mu}`, '\u2032': `\ensuremath{'}`, '\u00ac': `\ensuremath{\neg}`,
	'\u00b9': `\textsuperscript{1}`, '\u00b2': `\textsuperscript{2}`, '\u00b3': `\textsuperscript{3}`,
	'\u00df': `\ss{}`, '\u00e6': `\ae{}`, '\u00c6': `\AE{}`, '\u00f8': `\o{}`, '\u00d8': `\O{}`, '\u0153': `\oe{}`, '\u0152': `\OE{}`,
	'\u0142': `\l{}`, '\u0141': `\L{}`, '\u0131': `\i{}`, '\u00e5': `\aa{}`, '\u00c5': `\AA{}`,
	'\ufffd': `?`,
}

// greek maps the Greek letters to their math commands (the capitals that
// look like Latin letters are those letters).
var greek = map[rune]string{
	'α': "alpha", 'β': "beta", 'γ': "gamma", 'δ': "delta", 'ε': "varepsilon", 'ζ': "zeta", 'η': "eta", 'θ': "theta",
	'ι': "iota", 'κ': "kappa", 'λ': "lambda", 'μ': "mu", 'ν': "nu", 'ξ': "xi", 'π': "pi", 'ρ': "rho", 'σ': "sigma",
	'ς': "varsigma", 'τ': "tau", 'υ': "upsilon", 'φ': "varphi", 'χ': "chi", 'ψ': "psi", 'ω': "omega",
	'Γ': "Gamma", 'Δ': "Delta", 'Θ': "Theta", 'Λ': "Lambda", 'Ξ': "Xi", 'Π': "Pi", 'Σ': "Sigma", 'Υ': "Upsilon",
	'Φ': "Phi", 'Ψ': "Psi", 'Ω': "Omega",
}

// latexAccents are the text accent commands of OT1 and T1, by combining
// mark.
var latexAccents = map[rune]string{
	'\u0300': "`", '\u0301': "'", '\u0302': "^", '\u0303': "~", '\u0304': "=", '\u0306': "u", '\u0307': ".",
	'\u0308': "\"", '\u030a': "r", '\u030b': "H", '\u030c': "v", '\u0327': "c", '\u0323': "d", '\u0331': "b",
}

// latexRune is r as pdfLaTeX sets it in OT1 or T1 encoding.
func latexRune(r rune) string {
	if r >= 0x20 && r < 0x7f {
		if s, ok := latexSymbols[r]; ok {
			return s
		}
		return string(r)
	}
	if s, ok := latexSymbols[r]; ok {
		return s
	}
	if g, ok := greek[r]; ok {
		return `\ensuremath{\` + g + `}`
	}
	if r >= 0x2080 && r <= 0x2089 {
		return `\textsubscript{` + string('0'+r-0x2080) + `}`
	}
	if r >= 0x2070 && r <= 0x2079 && r != 0x2071 && r != 0x2072 && r != 0x2073 {
		return `\textsuperscript{` + string('0'+r-0x2070) + `}`
	}
	if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
		return " "
	}
	if unicode.In(r, unicode.Cf, unicode.Mn) {
		return "" // bidi controls, zero-width characters, a stray combining mark
	}
	if unicode.IsSpace(r) {
		return " "
	}
	// A precomposed Latin letter: its base letter under accent commands
	// (an accent pdfLaTeX lacks is left off).
	if unicode.Is(unicode.Latin, r) {
		d := []rune(norm.NFD.String(string(r)))
		if len(d) > 1 && d[0] < 0x80 {
			s := string(d[0])
			if d[0] == 'i' {
				s = `\i{}`
			} else if d[0] == 'j' {
				s = `\j{}`
			}
			for _, m := range d[1:] {
				if a, ok := latexAccents[m]; ok {
					s = `\` + a + `{` + s + `}`
				}
			}
			return s
		}
	}
	return "?"
}

// table writes t and its caption (the paragraph before it) as a
// longtable, so that a long table breaks across pages with its header
// row repeated: \caption with the title, booktabs rules, flush left,
// columns as wide as the Word table's (columnWidths), text ragged right
// and numbers right-aligned as the report's columns.
func (x *latexWriter) table(t *east.Table) {
	// \small in a 12 pt document sets about 80 characters on a 16 cm
	// line; columnWidths counts two of them for the 4 pt column gaps.
	// A table of eight columns or more is set in \footnotesize, about 95.
	chars, size := 80.0, "small"
	if len(t.Alignments) >= 8 {
		chars, size = 95, "footnotesize"
	}
	ws := columnWidths(x.src, t, chars, 1)
	x.w.WriteString("\\begingroup\\" + size + "\\setlength{\\tabcolsep}{4pt}\\setlength{\\LTleft}{0pt}\\setlength{\\LTright}{\\fill}\n\\begin{longtable}{@{}")
	for i, w := range ws {
		align := `\raggedright`
		switch t.Alignments[i] {
		case east.AlignRight:
			align = `\raggedleft`
		case east.AlignCenter:
			align = `\centering`
		}
		fmt.Fprintf(x.w, `>{%s\arraybackslash}p{\dimexpr%.4f\linewidth-2\tabcolsep\relax}`, align, w/chars)
	}
	x.w.WriteString("@{}}\n")
	if p := t.PreviousSibling(); p != nil {
		if label, title, ok := tableCaption(x.src, p); ok {
			x.w.WriteString("\\caption{")
			x.run = 0
			if em, isEm := title.(*ast.Emphasis); isEm && em.NextSibling() == nil {
				x.inlines(em.FirstChild(), nil) // the caption style sets the title in italics
			} else {
				x.inlines(title, nil)
			}
			x.closeGroups()
			x.w.WriteString("}")
			if _, num := splitLabel(label); num != "" {
				x.w.WriteString("\\label{tab:pairedt-" + num + "}")
			}
			x.w.WriteString("\\\\\n")
		}
	}
	x.inCell = true
	var head bytes.Buffer
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if row.Kind() == east.KindTableHeader {
			saved := x.w
			x.w = bufio.NewWriter(&head)
			x.row(row, len(ws))
			x.w.Flush()
			x.w = saved
			x.w.WriteString("\\toprule\n")
			x.w.Write(head.Bytes())
			x.w.WriteString("\\midrule\n\\endfirsthead\n\\toprule\n")
			x.w.Write(head.Bytes())
			x.w.WriteString("\\midrule\n\\endhead\n")
			continue
		}
		x.row(row, len(ws))
	}
	x.inCell = false
	x.w.WriteString("\\bottomrule\n\\end{longtable}\n\\endgroup\n\n")
}

// row writes one table row of n columns.
func (x *latexWriter) row(row ast.Node, n int) {
	i := 0
	for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
		if i > 0 {
			x.w.WriteString(" & ")
		}
		// a number such as "< .001" stays on one line
		x.nbsp = row.Kind() != east.KindTableHeader && cell.(*east.TableCell).Alignment == east.AlignRight
		x.paragraph(cell)
		x.nbsp = false
		i++
	}
	for ; i < n; i++ {
		x.w.WriteString(" &")
	}
	x.w.WriteString(" \\\\\n")
}
