package report

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/pairedt/pairedt/internal/textsafe"
)

// Escaping. Every caller-supplied string passes through clean first, then
// through the escaper of the place it lands:
//
//	mdText   Markdown inline text and GFM table cells
//	html.EscapeString (via htmlText/htmlAttr)   HTML text and attribute values
//	gonum/plot's SVG canvas escapes text with html.EscapeString itself.
//
// Raw HTML in a caller's string can therefore never reach the HTML output:
// "<" becomes the entity &lt; in the Markdown, which CommonMark renders as
// text, even though the HTML renderer runs with raw HTML enabled for the
// report's own markup (<sub>).

// clean makes s valid UTF-8, removes the explicit bidi formatting
// characters (embeddings, overrides and isolates, U+202A-U+202E and
// U+2066-U+2069: textsafe.IsExplicit; a label's U+202E would reverse the
// report's text after it), replaces NUL and other control characters
// and the Unicode noncharacters (U+FDD0-U+FDEF, and U+nFFFE and U+nFFFF
// of every plane: HTML forbids them, the Nu HTML Checker reports each as
// an error) with U+FFFD, and folds every kind of line break (CR, LF, VT,
// FF, NEL, U+2028, U+2029) and tab into one space: labels are single-line
// wherever they land (a table cell, a heading, a chart axis).
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r' || r == '\n' || r == '\t' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
		case textsafe.IsExplicit(r):
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0),
			(r >= 0xfdd0 && r <= 0xfdef) || r&0xfffe == 0xfffe:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII without anything clean or
// mdText would change; the common case, taken without allocating.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// isolate wraps s in Unicode directional isolates (FSI ... PDI) when it
// could reorder the text around it (textsafe.Isolate: it has a
// right-to-left letter, an Arabic-Indic digit or an RLM or ALM mark), so
// that a Hebrew or Arabic label inside an English or Indonesian sentence
// does not reorder the numbers around it. Every caller string passes
// through it (after clean) wherever it lands in text that goes on around
// it; any other string, ASCII among them, cannot move its neighbours and
// is returned unchanged.
func isolate(s string) string { return textsafe.Isolate(s) }

// mdSpecial are the ASCII characters that can start Markdown (CommonMark
// and GFM) inline syntax: emphasis, code, links and images, autolinks and
// raw HTML, entities, strikethrough, table cell boundaries, escapes.
const mdSpecial = "\\`*_[]<>&|~!"

// mdText escapes caller text for Markdown inline content and GFM table
// cells: clean, isolate right-to-left text, backslash-escape the inline
// syntax characters, write <, > and & as entities (so no raw HTML, autolink
// or entity can form), and escape what would start a block at the start of
// a line (#, -, +, =, >, "1." ...). The result renders as exactly the text,
// and is a single line.
func mdText(s string) string {
	s = isolate(strings.TrimSpace(clean(s)))
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
			continue
		case '>':
			b.WriteString("&gt;")
			continue
		case '&':
			b.WriteString("&amp;")
			continue
		}
		if r < utf8.RuneSelf && strings.IndexByte(mdSpecial, byte(r)) >= 0 {
			b.WriteByte('\\')
		} else if i == 0 && strings.ContainsRune("#-+=", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := b.String()
	// "1. x" or "1) x" at the start of a line would open an ordered list.
	if j := strings.IndexFunc(out, func(r rune) bool { return r < '0' || r > '9' }); j > 0 && (out[j] == '.' || out[j] == ')') {
		out = out[:j] + "\\" + out[j:]
	}
	return out
}

// htmlText escapes caller text for HTML text content.
func htmlText(s string) string { return html.EscapeString(isolate(clean(s))) }

// htmlAttr escapes caller text for a quoted HTML attribute value.
// html.EscapeString escapes <, >, &, ' and ", enough inside quotes.
func htmlAttr(s string) string { return html.EscapeString(clean(s)) }

// chartText prepares caller text for a chart: clean, isolate, and shorten
// to maxRunes (with an ellipsis), since a chart cannot wrap a 10 kB label;
// the full text stays in the tables. gonum/plot escapes it for SVG.
func chartText(s string, maxRunes int) string {
	s = clean(s)
	if utf8.RuneCountInString(s) > maxRunes {
		r := []rune(s)
		s = string(r[:maxRunes-1]) + "\u2026"
	}
	return isolate(s)
}

// wrapWords breaks s into lines of at most width runes at spaces (a word
// longer than width stays whole), for category labels under a chart axis.
// An isolated s (chartText) has each line isolated on its own, since
// gonum/plot draws each line as a text element of its own, which an
// isolate must not cross.
func wrapWords(s string, width int) string {
	iso := strings.HasPrefix(s, textsafe.FSI)
	words := strings.Fields(textsafe.Strip(s))
	if iso {
		lines := strings.Split(wrapWords(strings.Join(words, " "), width), "\n")
		for i, l := range lines {
			lines[i] = isolate(l)
		}
		return strings.Join(lines, "\n")
	}
	var b strings.Builder
	n := 0
	for i, w := range words {
		wl := utf8.RuneCountInString(w)
		if i > 0 {
			if n+1+wl > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += wl
	}
	return b.String()
}

// shellQuote joins args into one line a POSIX shell reads back as the same
// argument vector: an argument made only of characters no shell treats
// specially ([A-Za-z0-9_@%+=:,./-]) is left as it is, any other is put in
// single quotes, with each ' written as '\” (POSIX.1-2017, Shell Command
// Language 2.2.3), and an empty argument is ”.
func shellQuote(args []string) string {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		if a != "" && strings.Trim(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_@%+=:,./-") == "" {
			b.WriteString(a)
			continue
		}
		b.WriteByte('\'')
		b.WriteString(strings.ReplaceAll(a, "'", `'\''`))
		b.WriteByte('\'')
	}
	return b.String()
}

// mdCode writes s (cleaned to one line) as a Markdown code span, so that it
// renders as exactly its characters, in a monospace font, and can be
// copied: the fence is one backtick longer than the longest run of
// backticks in s, and a space pads a span that starts or ends with a
// backtick or a space (CommonMark 0.31, 6.1). Goldmark escapes <, > and &
// inside a code span, so no HTML can form.
func mdCode(s string) string {
	s = isolate(clean(s))
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if s != "" && (s[0] == '`' || s[len(s)-1] == '`' || s[0] == ' ' || s[len(s)-1] == ' ') {
		s = " " + s + " "
	}
	return fence + s + fence
}
