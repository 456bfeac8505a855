package audit

import (
	"unicode"
	"unicode/utf8"
)

// normText is text normalised for reading numbers, with the way back to
// the original: lower case; every minus look-alike (U+2212, en and em
// dash, figure dash, hyphens U+2010/2011, U+FE63, U+FF0D) as '-'; "≤" and
// "≥" as "<=" and ">="; χ² and its spellings' superscript as "chi2"; no
// Markdown emphasis marks (* _ `), soft hyphens or zero-width and
// direction marks; every run of white space (line breaks included, as
// PDF-to-text output breaks lines mid-statement) as one space.
type normText struct {
	s   string
	off []int // off[i] is the byte offset in the original of s[i]; len(s)+1 entries
}

func normalizeText(src string) normText {
	b := make([]byte, 0, len(src))
	off := make([]int, 0, len(src)+1)
	emit := func(s string, at int) {
		for i := 0; i < len(s); i++ {
			off = append(off, at)
		}
		b = append(b, s...)
	}
	space := true    // drop leading white space
	newline := false // the current run of white space has a line break
	for i := 0; i < len(src); {
		r, w := utf8.DecodeRuneInString(src[i:])
		at := i
		i += w
		if r == utf8.RuneError && w == 1 {
			if !space {
				emit(" ", at)
				space = true
			}
			continue
		}
		var rep string
		switch r {
		case '\u2212', '\u2013', '\u2014', '\u2012', '\u2010', '\u2011', '\ufe63', '\uff0d':
			rep = "-"
		case '\u2264':
			rep = "<="
		case '\u2265':
			rep = ">="
		case '\uff1c':
			rep = "<"
		case '\uff1e':
			rep = ">"
		case '\uff1d':
			rep = "="
		case '\u00b2':
			rep = "2"
		case 'χ', 'Χ':
			rep = "chi"
		case '*', '_', '`', '\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e':
			continue
		case '\u2018', '\u2019':
			rep = "'"
		case '\u201c', '\u201d':
			rep = "\""
		}
		if rep == "" && (unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009') {
			if !space {
				emit(" ", at)
				space = true
				newline = false
			}
			newline = newline || r == '\n'
			continue
		}
		// A word broken at a hyphen over a line break ("ASI-\nnya") is
		// joined, keeping the hyphen.
		if space && newline && len(b) >= 3 && b[len(b)-1] == ' ' && b[len(b)-2] == '-' && isLetterByte(b[len(b)-3]) {
			b = b[:len(b)-1]
			off = off[:len(off)-1]
		}
		space, newline = false, false
		if rep != "" {
			emit(rep, at)
			continue
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			off = append(off, at)
			b = append(b, byte(r))
			continue
		}
		emit(string(unicode.ToLower(r)), at)
	}
	off = append(off, len(src))
	return normText{s: string(b), off: off}
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || c >= 0x80 }

// orig returns the original text that s[a:b] stands for.
func (n normText) orig(src string, a, b int) string {
	if a >= b {
		return ""
	}
	return src[n.off[a]:n.off[b]]
}
