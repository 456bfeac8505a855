package report

import (
	"bufio"
	"bytes"
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	grenderer "github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The report's goldmark extension. The document's Markdown writes each
// figure in a reserved form, an image paragraph whose destination is
// chartScheme + the chart's name:
//
//	![caption](chart:paired)
//
// figureTransformer replaces such a paragraph with a figureNode that points
// at the built *Chart and carries its number; wbrTransformer inserts a
// wbrNode (a line-break opportunity) into every run of more than maxRun
// characters without a space inside a table cell. The HTML renderer writes
// a figureNode as <figure> with the inline SVG and a wbrNode as <wbr>;
// Document.WriteMarkdown writes a figureNode as the caption and an image
// link to NAME.svg. A writer for another format (LaTeX, DOCX) renders the
// same two node kinds its own way.

// chartScheme marks an image destination that names a chart of the
// document rather than a file.
const chartScheme = "chart:"

// kindFigure and kindWbr are the node kinds of the report's extension.
var (
	kindFigure = ast.NewNodeKind("ReportFigure")
	kindWbr    = ast.NewNodeKind("ReportWbr")
)

// figureNode is a numbered figure: a chart with its caption. It replaces
// the paragraph ![caption](chart:NAME) it was parsed from; start and stop
// are that paragraph's bytes in the source.
type figureNode struct {
	ast.BaseBlock
	chart       *Chart
	number      int
	label       string // the word before the number, "Figure" or "Gambar"
	start, stop int
}

func (n *figureNode) Kind() ast.NodeKind { return kindFigure }

func (n *figureNode) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Chart": n.chart.Name}, nil)
}

// wbrNode is a line-break opportunity that adds no character.
type wbrNode struct{ ast.BaseInline }

func (n *wbrNode) Kind() ast.NodeKind { return kindWbr }

func (n *wbrNode) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// figureContext is what the parse of one document needs to know: its
// charts by name and the word that numbers them. It travels in the
// parser.Context under figureKey.
type figureContext struct {
	charts map[string]*Chart
	label  string
}

var figureKey = parser.NewContextKey()

// figureTransformer turns each paragraph that holds only an image with a
// chart: destination naming a chart of the document into a figureNode,
// numbered in document order. Other images are left as they are.
type figureTransformer struct{}

func (figureTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	fc, _ := pc.Get(figureKey).(*figureContext)
	if fc == nil {
		return
	}
	n := 0
	for c := doc.FirstChild(); c != nil; {
		next := c.NextSibling()
		p, ok := c.(*ast.Paragraph)
		if !ok || p.ChildCount() != 1 || p.Lines().Len() == 0 {
			c = next
			continue
		}
		img, ok := p.FirstChild().(*ast.Image)
		if !ok {
			c = next
			continue
		}
		name, isChart := strings.CutPrefix(string(img.Destination), chartScheme)
		chart := fc.charts[name]
		if !isChart || chart == nil {
			c = next
			continue
		}
		n++
		lines := p.Lines()
		f := &figureNode{chart: chart, number: n, label: fc.label,
			start: lines.At(0).Start, stop: lines.At(lines.Len() - 1).Stop}
		doc.ReplaceChild(doc, p, f)
		c = next
	}
}

// maxRun is the longest run of characters without a break opportunity
// that a table cell keeps whole.
const maxRun = 30

// wbrTransformer inserts a wbrNode into every run of more than maxRun
// characters without white space inside a table cell, before the
// character that would be the (maxRun+1)th. A table cannot be narrower
// than its longest unbreakable run, so without it a label with no space (a
// pasted code, a URL) would push the table's last columns off the printed
// page; CSS overflow-wrap does not change a table's minimum width. Text
// outside tables wraps by CSS and is left alone, and so is every ordinary
// word and number. A character is what the HTML shows as one: a rune, a
// backslash escape or an entity reference (never split); markup (emphasis,
// raw tags) does not count, and the run continues across it.
type wbrTransformer struct{}

func (wbrTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	var out bytes.Buffer
	b := &cellBreaker{source: reader.Source(), out: &out, w: bufio.NewWriterSize(&out, 64)}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Kind() != east.KindTableCell {
			return ast.WalkContinue, nil
		}
		b.breakCell(n)
		return ast.WalkSkipChildren, nil
	})
}

// cellBreaker inserts wbrNodes into table cells; out and w are scratch
// space for what goldmark's HTML writer makes of a piece of text.
type cellBreaker struct {
	source []byte
	out    *bytes.Buffer
	w      *bufio.Writer
	texts  []*ast.Text
}

// html returns what the HTML writer makes of v (raw: without resolving
// escapes and references), valid until the next call.
func (b *cellBreaker) html(v []byte, raw bool) []byte {
	b.out.Reset()
	if raw {
		ghtml.DefaultWriter.RawWrite(b.w, v)
	} else {
		ghtml.DefaultWriter.Write(b.w, v)
	}
	_ = b.w.Flush()
	return b.out.Bytes()
}

// breakCell inserts wbrNodes into the text of one table cell.
func (b *cellBreaker) breakCell(cell ast.Node) {
	b.texts = b.texts[:0]
	_ = ast.Walk(cell, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			b.texts = append(b.texts, t)
		}
		return ast.WalkContinue, nil
	})
	run := 0
	for _, t := range b.texts {
		v := t.Segment.Value(b.source)
		var cuts []int // offsets into v before which a wbrNode goes
		for i := 0; i < len(v); {
			n := b.textUnit(v[i:], t.IsRaw())
			switch chars, space := shownChars(b.html(v[i:i+n], t.IsRaw())); {
			case space:
				run = 0
			case chars > 0:
				if run == maxRun {
					cuts = append(cuts, i)
					run = 0
				}
				run += chars
			}
			i += n
		}
		splitText(t, cuts)
	}
}

// textUnit is the length of the first character of v as the HTML writer
// reads it: a backslash escape, an entity or numeric character reference,
// or one rune (raw text has no escapes or references).
func (b *cellBreaker) textUnit(v []byte, raw bool) int {
	if !raw {
		if v[0] == '\\' && len(v) > 1 && util.IsPunct(v[1]) {
			return 2
		}
		if v[0] == '&' {
			if j := bytes.IndexByte(v[:min(len(v), 40)], ';'); j > 1 {
				resolved := string(b.html(v[:j+1], false))
				if resolved != string(b.html(v[:j+1], true)) {
					return j + 1 // a reference the writer resolves
				}
			}
		}
	}
	_, n := utf8.DecodeRune(v)
	return n
}

// shownChars counts the characters of out, HTML the writer made from one
// unit of text: an entity counts as one. space reports white space, which
// ends a run.
func shownChars(out []byte) (chars int, space bool) {
	for i := 0; i < len(out); {
		switch c := out[i]; {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f':
			return 0, true
		case c == '&':
			if j := bytes.IndexByte(out[i:], ';'); j > 0 {
				i += j + 1
			} else {
				i++
			}
		default:
			_, n := utf8.DecodeRune(out[i:])
			i += n
		}
		chars++
	}
	return chars, false
}

// splitText splits t before each offset of cuts (ascending, relative to
// its segment) and puts a wbrNode at each cut.
func splitText(t *ast.Text, cuts []int) {
	if len(cuts) == 0 {
		return
	}
	parent := t.Parent()
	seg := t.Segment
	soft, hard := t.SoftLineBreak(), t.HardLineBreak()
	t.Segment = seg.WithStop(seg.Start + cuts[0])
	t.SetSoftLineBreak(false)
	t.SetHardLineBreak(false)
	prev := ast.Node(t)
	for k, c := range cuts {
		stop := seg.Stop
		if k+1 < len(cuts) {
			stop = seg.Start + cuts[k+1]
		}
		piece := ast.NewTextSegment(text.NewSegment(seg.Start+c, stop))
		piece.SetRaw(t.IsRaw())
		wbr := &wbrNode{}
		parent.InsertAfter(parent, prev, wbr)
		parent.InsertAfter(parent, wbr, piece)
		prev = piece
	}
	last := prev.(*ast.Text)
	last.SetSoftLineBreak(soft)
	last.SetHardLineBreak(hard)
}

// htmlNodes renders the report's nodes as HTML.
type htmlNodes struct{}

func (htmlNodes) RegisterFuncs(reg grenderer.NodeRendererFuncRegisterer) {
	reg.Register(kindFigure, renderFigureHTML)
	reg.Register(east.KindTableCell, renderTableCellHTML)
	reg.Register(kindWbr, func(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString("<wbr>")
		}
		return ast.WalkContinue, nil
	})
}

// renderTableCellHTML writes a table cell as the table extension does
// (alignment as a style attribute), without the extension's habit of
// storing that style on the node while rendering: a Document's tree is
// rendered many times, and must read the same each time.
func renderTableCellHTML(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*east.TableCell)
	tag := "td"
	if n.Parent().Kind() == east.KindTableHeader {
		tag = "th"
	}
	if !entering {
		_, _ = w.WriteString("</" + tag + ">\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<" + tag)
	if n.Alignment != east.AlignNone {
		_, _ = w.WriteString(` style="text-align:` + n.Alignment.String() + `"`)
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

// renderFigureHTML writes a figure as <figure> with its caption and the
// chart as an inline <svg> element labelled with the caption.
func renderFigureHTML(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	f := node.(*figureNode)
	num := strconv.Itoa(f.number)
	_, _ = w.WriteString(`<figure id="figure-` + num + "\">\n<figcaption><strong>" + f.label + " " + num +
		".</strong> <em>" + html.EscapeString(f.chart.Caption) + "</em></figcaption>\n")
	if err := f.chart.writeSVG(w, true); err != nil {
		return ast.WalkStop, err
	}
	_, _ = w.WriteString("</figure>\n")
	return ast.WalkSkipChildren, nil
}

// extender registers the report's figures and line-break opportunities
// with goldmark: the two AST transformers, their HTML renderers, and a
// table-cell renderer that leaves the tree as it found it.
type extender struct{}

func (extender) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(
		util.Prioritized(figureTransformer{}, 100),
		util.Prioritized(wbrTransformer{}, 200), // after the table extension's (0)
	))
	// goldmark registers renderers from the highest priority value to the
	// lowest, so 100 overrides the table extension's cell renderer (500).
	m.Renderer().AddOptions(grenderer.WithNodeRenderers(util.Prioritized(htmlNodes{}, 100)))
}

// converter parses the report's Markdown and renders it as HTML:
// CommonMark plus GFM tables (no Linkify: "www.x" in a label stays text)
// and the report's extender. Raw HTML is enabled because the Markdown is
// the report's own: every caller string in it went through mdText, which
// writes <, > and & as entities, so the only raw HTML is the report's
// <sub> tags.
var converter = goldmark.New(
	goldmark.WithExtensions(extension.Table, extender{}),
	goldmark.WithRendererOptions(ghtml.WithUnsafe()),
)
