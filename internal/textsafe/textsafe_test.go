package textsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestIsolate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Before", "Before"},
		{"café µg/L −", "café µg/L −"},
		{"睡眠時間", "睡眠時間"},
		{"a\u202Eb", "ab"},
		{"\u202Et(5) = -3.03\u202C", "t(5) = -3.03"},
		{"x\u2066y\u2069\u2067z", "xyz"},
		{"\u2069", ""},
		{"שלום", FSI + "שלום" + PDI},
		{"\u202Eשלום", FSI + "שלום" + PDI},
		{"a\u200Fb", FSI + "a\u200Fb" + PDI},           // RLM is class R
		{"a\u061Cb", FSI + "a\u061Cb" + PDI},           // ALM is class AL
		{"a\u200Eb", "a\u200Eb"},                       // LRM is class L
		{"\u0663-\u0664", FSI + "\u0663-\u0664" + PDI}, // Arabic-Indic digits (AN)
	} {
		if got := Isolate(c.in); got != c.want {
			t.Errorf("Isolate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlainStrip(t *testing.T) {
	in := "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u061Cm"
	if got, want := Strip(in), "abcdefghij\u200Ek\u200Fl\u061Cm"; got != want {
		t.Errorf("Strip = %q, want %q", got, want)
	}
	if got, want := Plain(in), "abcdefghijklm"; got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
	s := "plain ASCII"
	if Strip(s) != s || Plain(s) != s {
		t.Error("ASCII changed")
	}
}

func TestBalanced(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, "abc": true, FSI + "x" + PDI: true, "\u202Ex\u202C": true, "\u2067\u202Bx\u202C\u2069": true,
		"\u202E": false, PDI: false, "\u202C": false, FSI: false, "\u2066\u202C\u2069": false, "\u202A\u2069": false,
	} {
		if got := Balanced(s); got != want {
			t.Errorf("Balanced(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzIsolate: whatever the input, Isolate's result has no explicit bidi
// formatting character but one leading FSI and one trailing PDI, balanced,
// and holds the input's other characters in order; Strip's and Plain's
// results have none (and Plain no marks); plain text is unchanged.
func FuzzIsolate(f *testing.F) {
	for _, s := range []string{"", "Before", "a\u202Eb", "\u202Et(5) = \u22123.03, p = .029", "\u2066\u2067\u2068\u2069",
		"שלום\u202C", "\u200F5\u200E", "\u061C\u0663", "\u202A\u202B\u202D\u202E", "x\xe2\x80", "\xe2\x81\xa8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iso := Isolate(s)
		inner := iso
		if NeedsIsolate(Strip(s)) {
			var ok bool
			if inner, ok = strings.CutPrefix(iso, FSI); !ok {
				t.Fatalf("Isolate(%q) = %q: no leading FSI", s, iso)
			}
			if inner, ok = strings.CutSuffix(inner, PDI); !ok {
				t.Fatalf("Isolate(%q) = %q: no trailing PDI", s, iso)
			}
		}
		if strings.ContainsFunc(inner, IsExplicit) {
			t.Errorf("Isolate(%q) = %q holds an explicit formatting character", s, iso)
		}
		if !Balanced(iso) {
			t.Errorf("Isolate(%q) = %q is unbalanced", s, iso)
		}
		st := Strip(s)
		if st != inner {
			t.Errorf("Isolate(%q) holds %q, Strip gives %q", s, inner, st)
		}
		if strings.ContainsFunc(st, IsExplicit) {
			t.Errorf("Strip(%q) = %q", s, st)
		}
		if want := strings.Map(func(r rune) rune {
			if IsExplicit(r) && utf8.ValidString(string(r)) {
				return -1
			}
			return r
		}, s); utf8.ValidString(s) && st != want {
			t.Errorf("Strip(%q) = %q, want %q", s, st, want)
		}
		if p := Plain(s); strings.ContainsFunc(p, func(r rune) bool { return IsExplicit(r) || IsMark(r) }) {
			t.Errorf("Plain(%q) = %q", s, p)
		}
		plain := true
		for i := 0; i < len(s); i++ {
			plain = plain && s[i] < 0x80
		}
		if plain && (iso != s || Plain(s) != s) {
			t.Errorf("ASCII %q changed", s)
		}
	})
}
