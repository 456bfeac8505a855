package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// The Word writer. WriteDOCX walks the same goldmark tree as WriteHTML and
// writes WordprocessingML (ECMA-376, transitional) with the standard
// library: archive/zip and encoding/xml's escaping. The package is
//
//	[Content_Types].xml
//	_rels/.rels
//	docProps/core.xml        title and language, no dates
//	docProps/app.xml
//	word/document.xml        the body
//	word/styles.xml          Normal, Title, Heading1-3, Caption, Table Text, Note, List Paragraph
//	word/settings.xml
//	word/numbering.xml       the bullet list
//	word/_rels/document.xml.rels
//	word/media/NAME.png      each chart at 300 dpi
//
// in that order, every entry dated 1980-01-01, so the same document gives
// the same bytes.

// docxDPI is the resolution of the charts embedded in the .docx: print.
const docxDPI = 300

// docxEpoch is the modification time of every zip entry: the earliest an
// MS-DOS date can say, and no clock.
var docxEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Page geometry, in twentieths of a point: A4 with 2.54 cm margins.
const (
	pageW, pageH = 11906, 16838
	margin       = 1440
	textWidth    = pageW - 2*margin
)

// WriteDOCX writes the document as a Word file (.docx): headings in Word's
// built-in Heading styles, each table as a Word table ruled in APA style
// (top, below the header row, bottom; the header row repeated on each
// page; numbers aligned as the table's columns) under its caption (the
// number bold, the title italic on the next line, both numbered by SEQ
// fields), each chart as a PNG at 300 dpi with its caption as alt text,
// and the language (w:lang) set in the styles so that Word checks the
// spelling in English or Indonesian. The same document always gives the
// same bytes.
func (d *Document) WriteDOCX(w io.Writer) error {
	x := &docxWriter{d: d, src: d.source}
	x.body.WriteString(docxDocumentHead)
	for n := d.root.FirstChild(); n != nil; n = n.NextSibling() {
		if err := x.block(n); err != nil {
			return err
		}
	}
	fmt.Fprintf(&x.body, `<w:sectPr><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`,
		pageW, pageH, margin, margin, margin, margin)

	zw := zip.NewWriter(w)
	put := func(name string, data []byte, method uint16) error {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: docxEpoch})
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	}
	lang := d.docxLang()
	var rels, types strings.Builder
	rels.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`)
	for _, m := range x.media {
		fmt.Fprintf(&rels, `<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/%s"/>`, m.id, m.name)
	}
	rels.WriteString(`</Relationships>`)
	types.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>`)
	if len(x.media) > 0 {
		types.WriteString(`<Default Extension="png" ContentType="image/png"/>`)
	}
	types.WriteString(`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
		`</Types>`)
	core := xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + xmlText(d.title) + `</dc:title><dc:creator>pairedt</dc:creator><dc:language>` + lang + `</dc:language></cp:coreProperties>`
	parts := []struct {
		name string
		data string
	}{
		{"[Content_Types].xml", types.String()},
		{"_rels/.rels", docxRootRels},
		{"docProps/core.xml", core},
		{"docProps/app.xml", docxApp},
		{"word/document.xml", x.body.String()},
		{"word/styles.xml", strings.ReplaceAll(docxStyles, "{{LANG}}", lang)},
		{"word/settings.xml", strings.ReplaceAll(docxSettings, "{{LANG}}", lang)},
		{"word/numbering.xml", docxNumbering},
		{"word/_rels/document.xml.rels", rels.String()},
	}
	for _, p := range parts {
		if err := put(p.name, []byte(p.data), zip.Deflate); err != nil {
			return fmt.Errorf("report: writing DOCX: %w", err)
		}
	}
	for _, m := range x.media {
		var b bytes.Buffer
		wt, err := m.chart.WriterTo("png", docxDPI)
		if err == nil {
			_, err = wt.WriteTo(&b)
		}
		if err == nil {
			err = put("word/media/"+m.name, b.Bytes(), zip.Store) // PNG is compressed already
		}
		if err != nil {
			return fmt.Errorf("report: writing DOCX: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("report: writing DOCX: %w", err)
	}
	return nil
}

// docxLang is the document's language as a BCP 47 tag Word knows.
func (d *Document) docxLang() string {
	if d.lang == Indonesian {
		return "id-ID"
	}
	return "en-US"
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// xmlText escapes s for XML character data and attribute values
// (encoding/xml replaces characters XML forbids with U+FFFD).
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// dropEmbeddings removes the bidi embeddings and overrides (U+202A-U+202E)
// from s: a label's override would reverse the rest of its paragraph in
// Word. The isolates (U+2066-U+2069) stay: the report puts right-to-left
// labels in them, and an isolate cannot reach past its paragraph.
func dropEmbeddings(s string) string {
	if !strings.ContainsFunc(s, isEmbedding) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isEmbedding(r) {
			return -1
		}
		return r
	}, s)
}

func isEmbedding(r rune) bool { return r >= 0x202a && r <= 0x202e }

type docxMedia struct {
	id, name string
	chart    *Chart
}

// docxWriter is the state of one WriteDOCX.
type docxWriter struct {
	d     *Document
	src   []byte
	body  bytes.Buffer
	media []docxMedia
	// run properties of the text being written
	bold, italic, code bool
	vert               string // "", "subscript" or "superscript"
	afterTable         bool   // the next paragraph follows a table
}

func (x *docxWriter) block(n ast.Node) error {
	if _, isTable := n.(*east.Table); !isTable {
		defer func() { x.afterTable = false }()
	}
	switch n := n.(type) {
	case *ast.Heading:
		lvl := min(max(n.Level, 1), 3)
		x.para("Heading"+strconv.Itoa(lvl), "", n)
	case *ast.Paragraph:
		if label, title, ok := tableCaption(x.src, n); ok {
			x.caption("Table", label, title)
			return nil
		}
		style := ""
		if isNote(x.src, n) {
			style = "Note"
		}
		x.para(style, "", n)
	case *ast.TextBlock:
		x.para("", "", n)
	case *east.Table:
		x.table(n)
	case *figureNode:
		return x.figure(n)
	case *ast.List:
		id := 1
		if n.IsOrdered() {
			id = 2
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			first := true
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				switch c.(type) {
				case *ast.Paragraph, *ast.TextBlock:
					num := ""
					if first {
						num = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + strconv.Itoa(id) + `"/></w:numPr>`
					}
					x.para("ListParagraph", num, c)
					first = false
				default:
					if err := x.block(c); err != nil {
						return err
					}
				}
			}
		}
	case *ast.ThematicBreak:
		x.body.WriteString(`<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr></w:pPr></w:p>`)
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if err := x.block(c); err != nil {
				return err
			}
		}
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			x.body.WriteString(`<w:p><w:pPr><w:pStyle w:val="PlainText"/></w:pPr>`)
			x.code = true
			x.run(strings.TrimRight(string(seg.Value(x.src)), "\n"))
			x.code = false
			x.body.WriteString(`</w:p>`)
		}
	}
	// HTML blocks are the report's own markup and have no Word form.
	return nil
}

// para writes the inline content of n as one paragraph in style (""
// for Normal), with extra paragraph properties (numbering) after the style.
func (x *docxWriter) para(style, extra string, n ast.Node) {
	x.body.WriteString(`<w:p>`)
	if style != "" || extra != "" || x.afterTable {
		x.body.WriteString(`<w:pPr>`)
		if style != "" {
			x.body.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		x.body.WriteString(extra)
		if x.afterTable { // a blank line between a table and the text
			x.body.WriteString(`<w:spacing w:before="240"/>`)
		}
		x.body.WriteString(`</w:pPr>`)
	}
	x.inlines(n.FirstChild(), nil)
	x.body.WriteString(`</w:p>`)
}

// inlines writes the inline nodes from first up to (not including) stop.
func (x *docxWriter) inlines(first, stop ast.Node) {
	for c := first; c != nil && c != stop; c = c.NextSibling() {
		x.inline(c)
	}
}

func (x *docxWriter) inline(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		x.run(textValue(x.src, n))
		switch {
		case n.HardLineBreak():
			x.body.WriteString(`<w:r><w:br/></w:r>`)
		case n.SoftLineBreak():
			x.run(" ")
		}
	case *ast.String:
		x.run(string(n.Value))
	case *ast.Emphasis:
		if n.Level >= 2 {
			old := x.bold
			x.bold = true
			x.inlines(n.FirstChild(), nil)
			x.bold = old
		} else {
			old := x.italic
			x.italic = true
			x.inlines(n.FirstChild(), nil)
			x.italic = old
		}
	case *ast.CodeSpan:
		x.code = true
		x.run(plainText(x.src, n))
		x.code = false
	case *ast.RawHTML:
		var tag strings.Builder
		for i := 0; i < n.Segments.Len(); i++ {
			s := n.Segments.At(i)
			tag.Write(s.Value(x.src))
		}
		switch strings.ToLower(strings.TrimSpace(tag.String())) {
		case "<sub>":
			x.vert = "subscript"
		case "<sup>":
			x.vert = "superscript"
		case "</sub>", "</sup>":
			x.vert = ""
		case "<br>", "<br/>", "<br />":
			x.body.WriteString(`<w:r><w:br/></w:r>`)
		}
	case *ast.AutoLink:
		x.run(string(n.URL(x.src)))
	case *ast.Image:
		x.run(plainText(x.src, n))
	case *wbrNode:
		// Word breaks an over-long word in a table cell by itself.
	default: // links and anything else: their text
		x.inlines(n.FirstChild(), nil)
	}
}

// run writes s as one run with the current properties.
func (x *docxWriter) run(s string) {
	if s == "" {
		return
	}
	x.body.WriteString(`<w:r>`)
	if x.bold || x.italic || x.code || x.vert != "" {
		x.body.WriteString(`<w:rPr>`)
		if x.code {
			x.body.WriteString(`<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>`)
		}
		if x.bold {
			x.body.WriteString(`<w:b/><w:bCs/>`)
		}
		if x.italic {
			x.body.WriteString(`<w:i/><w:iCs/>`)
		}
		if x.vert != "" {
			x.body.WriteString(`<w:vertAlign w:val="` + x.vert + `"/>`)
		}
		x.body.WriteString(`</w:rPr>`)
	}
	x.body.WriteString(`<w:t xml:space="preserve">`)
	x.body.WriteString(xmlText(dropEmbeddings(s)))
	x.body.WriteString(`</w:t></w:r>`)
}

// caption writes an APA caption: "Table 1" in bold (the number a SEQ field
// named seq, so Word's cross-references and lists of tables find it), a
// line break, then the title from title on (italic in the Markdown).
func (x *docxWriter) caption(seq, label string, title ast.Node) {
	x.captionHead(seq, label)
	x.inlines(title, nil)
	x.body.WriteString(`</w:p>`)
}

func (x *docxWriter) captionHead(seq, label string) {
	x.body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr>`)
	word, num := splitLabel(label)
	x.bold = true
	x.run(word)
	if num != "" { // a complex field, whose result every reader sees as a run
		x.body.WriteString(`<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>` +
			`<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:instrText xml:space="preserve"> SEQ ` + seq + ` \* ARABIC </w:instrText></w:r>` +
			`<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>`)
		x.run(num)
		x.body.WriteString(`<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`)
	}
	x.bold = false
	x.body.WriteString(`<w:r><w:br/></w:r>`)
}

// table writes t as a Word table in APA style.
func (x *docxWriter) table(t *east.Table) {
	// Times New Roman at 10 pt (Table Text) averages about 95 twips a
	// character; the two characters columnWidths adds are the margins.
	fw := columnWidths(x.src, t, textWidth, 95)
	widths := make([]int, len(fw))
	for i, w := range fw {
		widths[i] = int(w)
	}
	x.afterTable = true
	b := &x.body
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="APATable"/><w:tblW w:w="5000" w:type="pct"/>` +
		`<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="auto"/><w:left w:val="nil"/>` +
		`<w:bottom w:val="single" w:sz="8" w:space="0" w:color="auto"/><w:right w:val="nil"/>` +
		`<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>` +
		`<w:tblLayout w:type="autofit"/><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		header := row.Kind() == east.KindTableHeader
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if header {
			b.WriteString(`<w:tblHeader/>`)
		}
		b.WriteString(`</w:trPr>`)
		i := 0
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			c := cell.(*east.TableCell)
			w := textWidth / max(1, len(widths))
			if i < len(widths) {
				w = widths[i]
			}
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, w)
			if !header && c.Alignment == east.AlignRight {
				b.WriteString(`<w:noWrap/>`)
			}
			if header {
				b.WriteString(`<w:tcBorders><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders><w:vAlign w:val="bottom"/>`)
			}
			b.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>`)
			switch c.Alignment {
			case east.AlignRight:
				b.WriteString(`<w:jc w:val="right"/>`)
			case east.AlignCenter:
				b.WriteString(`<w:jc w:val="center"/>`)
			}
			b.WriteString(`</w:pPr>`)
			x.inlines(c.FirstChild(), nil)
			b.WriteString(`</w:p></w:tc>`) // every cell ends with a paragraph
			i++
		}
		for ; i < len(widths); i++ { // a short row: fill it
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p></w:tc>`, widths[i])
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

// figure writes an APA figure: the caption above ("Figure 1" bold, the
// title italic on the next line), then the chart as an inline PNG whose
// alt text is the caption.
func (x *docxWriter) figure(f *figureNode) error {
	x.captionHead("Figure", f.label+" "+strconv.Itoa(f.number))
	x.italic = true
	x.run(f.chart.Caption)
	x.italic = false
	x.body.WriteString(`</w:p>`)

	n := len(x.media) + 1
	id := "rIdImg" + strconv.Itoa(n)
	name := f.chart.Name + ".png"
	x.media = append(x.media, docxMedia{id: id, name: name, chart: f.chart})
	// EMU: 12700 per point; gonum's vg.Length is in points.
	cx, cy := int64(f.chart.width*12700), int64(f.chart.height*12700)
	if maxCX := int64(textWidth) * 635; cx > maxCX { // 635 EMU per twip
		cy = cy * maxCX / cx
		cx = maxCX
	}
	alt := xmlText(f.chart.Caption)
	fmt.Fprintf(&x.body, `<w:p><w:pPr><w:pStyle w:val="Figure"/></w:pPr><w:r><w:drawing>`+
		`<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>`+
		`<wp:docPr id="%d" name="%s %d" descr="%s"/>`+
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>`+
		`<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">`+
		`<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="%d" name="%s" descr="%s"/><pic:cNvPicPr/></pic:nvPicPr>`+
		`<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>`+
		`</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
		cx, cy, n, xmlText(f.label), f.number, alt, n, name, alt, id, cx, cy)
	return nil
}

const docxDocumentHead = xmlHeader + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>`

const docxRootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const docxApp = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>pairedt</Application></Properties>`

const docxSettings = xmlHeader + `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`<w:themeFontLang w:val="{{LANG}}"/></w:settings>`

const docxNumbering = xmlHeader + `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\u2022" + `"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`

// docxStyles: APA 7 manuscript defaults (Times New Roman 12 pt, double
// spacing, paragraphs indented 0.5 in; headings levels 1-3 as APA sets
// them) under Word's built-in style ids, so a journal's template restyles
// every paragraph by name. Tables are single-spaced, as APA allows.
const docxStyles = xmlHeader + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>` +
	`<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="{{LANG}}" w:eastAsia="{{LANG}}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="480" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/><w:ind w:firstLine="720"/></w:pPr><w:rPr><w:lang w:val="{{LANG}}"/></w:rPr></w:style>` +
	`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240"/><w:ind w:firstLine="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240"/><w:ind w:firstLine="0"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240"/><w:ind w:firstLine="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720" w:firstLine="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="PlainText"><w:name w:val="Plain Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/></w:rPr></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="72" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="72" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`<w:style w:type="table" w:customStyle="1" w:styleId="APATable"><w:name w:val="APA Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>` +
	`</w:styles>`
