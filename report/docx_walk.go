package report

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// Shared by the Word and LaTeX writers, which walk the document's goldmark
// tree themselves (the HTML writer is goldmark's own renderer): what a text
// node says, and which paragraphs are captions and notes.

// textValue is the text a Text node shows: its source with backslash
// escapes and entity or numeric character references resolved, as the
// HTML writer resolves them (raw text is taken as it is).
func textValue(source []byte, t *ast.Text) string {
	v := t.Segment.Value(source)
	if t.IsRaw() {
		return string(v)
	}
	return unescapeMarkdown(v)
}

// unescapeMarkdown resolves CommonMark backslash escapes and entity
// references in one pass, so that an escaped "\&" followed by "amp;"
// stays "&amp;".
func unescapeMarkdown(v []byte) string {
	var b strings.Builder
	b.Grow(len(v))
	for i := 0; i < len(v); {
		c := v[i]
		switch {
		case c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]):
			b.WriteByte(v[i+1])
			i += 2
			continue
		case c == '&':
			if j := strings.IndexByte(string(v[i:min(len(v), i+40)]), ';'); j > 1 {
				ref := string(v[i : i+j+1])
				if r := html.UnescapeString(ref); r != ref {
					b.WriteString(r)
					i += j + 1
					continue
				}
			}
		}
		_, n := utf8.DecodeRune(v[i:])
		b.Write(v[i : i+n])
		i += n
	}
	return b.String()
}

// plainText is the text of n and its descendants, markup dropped.
func plainText(source []byte, n ast.Node) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.WriteString(textValue(source, t))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// tableCaption reports whether p is the caption of the table that follows
// it, "**Table 1.** *Title*", and returns the bold label (its final period
// dropped: APA 7 writes "Table 1" on a line of its own) and the node that
// starts the title.
func tableCaption(source []byte, p ast.Node) (label string, title ast.Node, ok bool) {
	if _, isTable := p.NextSibling().(*east.Table); !isTable {
		return "", nil, false
	}
	strong, isEm := p.FirstChild().(*ast.Emphasis)
	if !isEm || strong.Level != 2 {
		return "", nil, false
	}
	label = strings.TrimSuffix(strings.TrimSpace(plainText(source, strong)), ".")
	title = strong.NextSibling()
	for title != nil {
		if t, isText := title.(*ast.Text); isText && strings.TrimSpace(textValue(source, t)) == "" {
			title = title.NextSibling()
			continue
		}
		break
	}
	return label, title, true
}

// splitLabel splits "Table 1" into "Table " and "1"; num is "" when the
// label does not end in a number.
func splitLabel(label string) (word, num string) {
	i := strings.LastIndexByte(label, ' ')
	if i < 0 {
		return label, ""
	}
	n := label[i+1:]
	if n == "" || strings.Trim(n, "0123456789") != "" {
		return label, ""
	}
	return label[:i+1], n
}

// isNote reports whether paragraph p is an APA note: it starts with an
// italic word ending in a period, "*Note.*" or "*Catatan.*".
func isNote(source []byte, p ast.Node) bool {
	em, ok := p.FirstChild().(*ast.Emphasis)
	return ok && em.Level == 1 && strings.HasSuffix(strings.TrimSpace(plainText(source, em)), ".")
}

// columnWidths shares width (in any unit; about avg a character) among
// the columns of table t. Each column first gets its minimum: its longest
// word, or for a right-aligned (numeric) column its longest body cell, so
// that a number never wraps; what is left goes to the columns whose cells
// are longer than that, in proportion to the excess (or, when every cell
// fits on one line, to each column's longest cell). Header cells may wrap
// between words. When the minimums do not fit, they are scaled down.
func columnWidths(source []byte, t *east.Table, width, avg float64) []float64 {
	n := len(t.Alignments)
	minW, want := make([]float64, n), make([]float64, n)
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		header := row.Kind() == east.KindTableHeader
		i := 0
		for cell := row.FirstChild(); cell != nil && i < n; cell = cell.NextSibling() {
			s := plainText(source, cell)
			long := float64(utf8.RuneCountInString(s))
			word := 0.0
			for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' }) {
				word = max(word, float64(utf8.RuneCountInString(f)))
			}
			if !header && t.Alignments[i] == east.AlignRight {
				word = long
			}
			if header { // a header may take two lines
				long = max(word, long/2)
			}
			minW[i] = max(minW[i], word+2)
			want[i] = max(want[i], long+2)
			i++
		}
	}
	var sumMin, sumExtra float64
	for i := range minW {
		minW[i] = max(minW[i], 4) * avg
		want[i] = max(want[i]*avg, minW[i])
		sumMin += minW[i]
		sumExtra += want[i] - minW[i]
	}
	out := make([]float64, n)
	left := width - sumMin
	for i := range out {
		switch {
		case left < 0:
			out[i] = minW[i] * width / sumMin
		case sumExtra <= left: // every cell fits on one line: share the rest as the cells' lengths
			out[i] = want[i] * width / (sumMin + sumExtra)
		default:
			out[i] = minW[i] + left*(want[i]-minW[i])/sumExtra
		}
	}
	return out
}
