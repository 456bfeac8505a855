// Package textsafe neutralises the Unicode bidirectional formatting
// characters in text a caller or an input file supplies (labels, category
// names, claims group names), so that no such string can reorder the text
// around it when a report or the command line shows it.
//
// The explicit formatting characters (UAX #9, section 2) open a directional
// run that lasts until its terminator or the end of the paragraph: the
// embeddings LRE and RLE (U+202A, U+202B), the overrides LRO and RLO
// (U+202D, U+202E), their terminator PDF (U+202C), the isolates LRI, RLI
// and FSI (U+2066-U+2068) and their terminator PDI (U+2069). An RLO in a
// label makes a browser show "t(5) = −3.03, p = .029" after it as
// ".920. = p ,30.3− = (5)t". Strip removes them all: a caller's string
// cannot hold a balanced pair either, since its terminator would close a
// run the report opened.
//
// The implicit marks LRM, RLM and ALM (U+200E, U+200F, U+061C) are strong
// characters without a glyph: an RLM, like a Hebrew letter, can pull the
// digits and punctuation next to it into a right-to-left run. Isolate
// keeps them (right-to-left text needs them) inside an isolate, where they
// cannot reach the text around it; Plain, for text shown without isolates
// (a terminal), removes them as well.
package textsafe

import (
	"strings"

	"golang.org/x/text/unicode/bidi"
)

// FSI and PDI are the first-strong isolate and its terminator, the
// isolate Isolate puts around a string.
const (
	FSI = "\u2068"
	PDI = "\u2069"
)

// IsExplicit reports whether r is an explicit bidi formatting character:
// U+202A-U+202E (embeddings, overrides, PDF) or U+2066-U+2069 (isolates,
// PDI).
func IsExplicit(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// IsMark reports whether r is an implicit directional mark: LRM (U+200E),
// RLM (U+200F) or ALM (U+061C).
func IsMark(r rune) bool { return r == 0x200e || r == 0x200f || r == 0x061c }

// Strip returns s without its explicit bidi formatting characters
// (IsExplicit). It returns s itself when there are none.
func Strip(s string) string { return drop(s, IsExplicit) }

// Plain returns s without explicit formatting characters and without
// directional marks (IsMark), for output that cannot isolate a string:
// plain text on a terminal or in a log.
func Plain(s string) string {
	return drop(s, func(r rune) bool { return IsExplicit(r) || IsMark(r) })
}

func drop(s string, f func(rune) bool) string {
	if !mayHave(s) || !strings.ContainsFunc(s, f) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if f(r) {
			return -1
		}
		return r
	}, s)
}

// mayHave reports whether s has a byte that can start the UTF-8 encoding
// of a formatting character or mark (0xD8 for U+061C, 0xE2 for the rest):
// the fast path for ASCII and most other text.
func mayHave(s string) bool {
	return strings.IndexByte(s, 0xe2) >= 0 || strings.IndexByte(s, 0xd8) >= 0
}

// NeedsIsolate reports whether s, once stripped of explicit formatting
// characters, can change the order of text around it in a left-to-right
// paragraph: it has a character of bidi class R, AL or AN (Hebrew,
// Arabic, Thaana, ... letters, Arabic-Indic digits, and the marks RLM and
// ALM). Every other character (classes L, EN, ES, ET, CS, ON, WS, NSM, BN)
// resolves to the paragraph's own direction there, and so do such
// characters next to an isolate, so that a string without R, AL or AN is
// shown in its order and leaves its neighbours in theirs.
func NeedsIsolate(s string) bool {
	for _, r := range s {
		if r < 0x590 {
			continue
		}
		if IsExplicit(r) {
			continue
		}
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.R, bidi.AL, bidi.AN:
			return true
		}
	}
	return false
}

// Isolate returns s stripped of explicit formatting characters and, when
// it NeedsIsolate, wrapped in FSI ... PDI: a first-strong isolate, which
// shows s in the direction of its own first letter and lets nothing in it
// reach the text around it, nor anything around it reach in (UAX #9,
// X5c-X6a). Any other string is returned stripped, so that plain text is
// unchanged. The result contains explicit formatting characters only as
// that one leading FSI and trailing PDI.
func Isolate(s string) string {
	s = Strip(s)
	if !NeedsIsolate(s) {
		return s
	}
	return FSI + s + PDI
}

// Balanced reports whether the explicit formatting characters of s are
// balanced (every embedding, override and isolate closed by its
// terminator, no terminator without one, none left open at the end), so
// that s can be put inside other text without changing its direction. It
// is the property Isolate's results have, for tests and fuzzing.
func Balanced(s string) bool {
	var stack []rune
	for _, r := range s {
		switch {
		case r >= 0x202a && r <= 0x202e && r != 0x202c, r >= 0x2066 && r <= 0x2068:
			stack = append(stack, r)
		case r == 0x202c: // PDF closes an embedding or override
			if len(stack) == 0 || stack[len(stack)-1] >= 0x2066 {
				return false
			}
			stack = stack[:len(stack)-1]
		case r == 0x2069: // PDI closes an isolate (and what it holds)
			if len(stack) == 0 || stack[len(stack)-1] < 0x2066 {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}
