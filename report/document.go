package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Document is the Results section of one analysis, built once by New:
// its charts built, its captions and numbers written, its Markdown parsed.
// The writers (WriteMarkdown, WriteHTML, Files) only walk it, so a
// document written in several formats agrees with itself and costs one
// rendering. A Document is immutable and safe for concurrent use.
type Document struct {
	lang   Lang
	title  string // plain text, for the HTML <title>
	source []byte // the Markdown, figures as ![caption](chart:NAME)
	root   ast.Node
	charts []*Chart
}

// New builds the document of a: sections, tables, figures and notes, each
// chart built once (none with Options.NoCharts). Text that came from the
// caller is escaped so that it renders as itself and never as Markdown or
// HTML.
//
// It returns an error wrapping ErrOptions or ErrAnalysis for unusable
// input.
func New(a Analysis, o Options) (*Document, error) {
	o, err := o.resolved()
	if err != nil {
		return nil, err
	}
	if err := a.validate(); err != nil {
		return nil, err
	}
	r := &renderer{a: &a, o: o, f: newNumberFormat(o.Lang), w: o.Lang.Report()}
	var cs []*Chart
	if !o.NoCharts {
		if cs, err = charts(&a, o); err != nil {
			return nil, err
		}
		r.charts = make(map[string]*Chart, len(cs))
		for _, c := range cs {
			r.charts[c.Name] = c
		}
	}
	r.document()
	d := &Document{lang: o.Lang, source: []byte(r.b.String()), charts: cs}
	if d.title = strings.TrimSpace(clean(a.Title)); d.title == "" {
		d.title = r.w.Results
	}
	pc := parser.NewContext()
	pc.Set(figureKey, &figureContext{charts: r.charts, label: r.w.Figure})
	d.root = converter.Parser().Parse(text.NewReader(d.source), parser.WithContext(pc))
	return d, nil
}

// Charts returns the document's charts in the order it shows them (see
// Charts for which).
func (d *Document) Charts() []*Chart { return slices.Clone(d.charts) }

// WriteMarkdown writes the document as CommonMark with GFM tables. Each
// figure is its numbered caption and an image link to NAME.svg (see
// Chart.Name), the file a caller writes next to the Markdown (Files).
func (d *Document) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	last := 0
	for n := d.root.FirstChild(); n != nil; n = n.NextSibling() {
		f, ok := n.(*figureNode)
		if !ok {
			continue
		}
		bw.Write(d.source[last:f.start])
		fmt.Fprintf(bw, "**%s %d.** *%s*\n\n![%s](%s.svg)", f.label, f.number, f.chart.mdCaption, f.chart.mdCaption, f.chart.Name)
		last = f.stop
	}
	bw.Write(d.source[last:])
	return bw.Flush()
}

// WriteHTML writes the document as one self-contained HTML5 page: the
// Markdown rendered by goldmark, the charts inlined as <svg> elements
// (role="img", the caption as aria-label), the CSS inline (with print
// rules). It has no script and refers to no external resource, so it opens
// the same offline and prints as a manuscript page.
func (d *Document) WriteHTML(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("<!DOCTYPE html>\n<html lang=\"")
	bw.WriteString(string(d.lang))
	bw.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	bw.WriteString(htmlText(d.title))
	bw.WriteString("</title>\n<style>\n")
	bw.WriteString(css)
	bw.WriteString("</style>\n</head>\n<body>\n<main>\n")
	if err := converter.Renderer().Render(bw, d.source, d.root); err != nil {
		return fmt.Errorf("report: rendering HTML: %w", err)
	}
	bw.WriteString("</main>\n</body>\n</html>\n")
	return bw.Flush()
}

// File is one output of a document: the name a caller gives the file
// (no directory) and its content.
type File struct {
	Name string
	io.WriterTo
}

// Files returns the outputs of the document a caller writes into one
// directory: results.md, results.html, then each chart as NAME.svg and, when
// dpi > 0, NAME.png at dpi dots per inch (at most MaxDPI). It is
// FilesFor(dpi, "md", "html"). Nothing is rendered until a file's WriteTo
// is called, and the package opens no file: the caller decides where (and
// how atomically) to write them.
//
// It returns an error wrapping ErrOptions when dpi is out of range.
func (d *Document) Files(dpi int) ([]File, error) { return d.FilesFor(dpi, "md", "html") }

// Formats returns the document formats FilesFor accepts, in the order it
// lists their files: md, html, docx and tex.
func Formats() []string { return []string{"md", "html", "docx", "tex"} }

// FilesFor returns the outputs of the document in the given formats (see
// Formats; each at most once, in any order): results.md, results.html,
// results.docx (charts embedded, WriteDOCX), results.tex (WriteLaTeX, to
// \input) and results-standalone.tex (WriteLaTeXStandalone, for pdflatex),
// then the charts the chosen formats refer to: NAME.svg for md and html,
// NAME.png at dpi dots per inch when dpi > 0 and md or html is chosen, and
// NAME.pdf for tex, which includes it by that name.
//
// It returns an error wrapping ErrOptions for an unknown or repeated
// format or a dpi out of range.
func (d *Document) FilesFor(dpi int, formats ...string) ([]File, error) {
	return d.filesFor("results", dpi, formats...)
}

// filesFor is FilesFor with the documents named base.md, base.html ...
func (d *Document) filesFor(base string, dpi int, formats ...string) ([]File, error) {
	if dpi < 0 || dpi > MaxDPI {
		return nil, fmt.Errorf("%w: dpi %d, need 0 (no PNG) to %d", ErrOptions, dpi, MaxDPI)
	}
	want := map[string]bool{}
	for _, f := range formats {
		f = strings.ToLower(strings.TrimSpace(f))
		if !slices.Contains(Formats(), f) {
			return nil, fmt.Errorf("%w: format %q, want one of %s", ErrOptions, f, strings.Join(Formats(), ", "))
		}
		if want[f] {
			return nil, fmt.Errorf("%w: format %q given twice", ErrOptions, f)
		}
		want[f] = true
	}
	var files []File
	for _, f := range []struct {
		format string
		file   File
	}{
		{"md", File{base + ".md", writerToFunc(d.WriteMarkdown)}},
		{"html", File{base + ".html", writerToFunc(d.WriteHTML)}},
		{"docx", File{base + ".docx", writerToFunc(d.WriteDOCX)}},
		{"tex", File{base + ".tex", writerToFunc(d.WriteLaTeX)}},
		{"tex", File{base + "-standalone.tex", writerToFunc(d.WriteLaTeXStandalone)}},
	} {
		if want[f.format] {
			files = append(files, f.file)
		}
	}
	web := want["md"] || want["html"]
	for _, c := range d.charts {
		type chartFile struct {
			ext string
			dpi int
			on  bool
		}
		for _, cf := range []chartFile{{"svg", dpi, web}, {"png", dpi, web && dpi > 0}, {"pdf", 0, want["tex"]}} {
			if !cf.on {
				continue
			}
			wt, err := c.WriterTo(cf.ext, cf.dpi)
			if err != nil {
				return nil, err
			}
			files = append(files, File{c.Name + "." + cf.ext, wt})
		}
	}
	return files, nil
}
