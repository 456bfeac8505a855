package report

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// FuzzParseLang: ParseLang accepts exactly the documented spellings, in any
// letter case and with surrounding space, and returns English or Indonesian,
// the languages Options accept, that parses back to itself; anything else is an error
// wrapping ErrOptions that quotes the input. Seed corpus in
// testdata/fuzz/FuzzParseLang/.
func FuzzParseLang(f *testing.F) {
	for _, s := range []string{"en", "EN", " id ", "Indonesian", "bahasa", "Bahasa Indonesia", "english\n", "", "fr", "in", "bahasa  indonesia", "ID\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLang(s)
		norm := strings.ToLower(strings.TrimSpace(s))
		documented := map[string]Lang{"en": English, "english": English, "id": Indonesian, "indonesian": Indonesian,
			"bahasa": Indonesian, "bahasa indonesia": Indonesian}
		want, known := documented[norm]
		if err != nil {
			if known || !errors.Is(err, ErrOptions) || !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Fatalf("ParseLang(%q): %v", s, err)
			}
			return
		}
		if !known || l != want {
			t.Fatalf("ParseLang(%q) = %q, documented: %q (known %v)", s, l, want, known)
		}
		if back, err := ParseLang(string(l)); err != nil || back != l {
			t.Fatalf("ParseLang(%q) = %q, which parses as %q, %v", s, l, back, err)
		}
		if l != English && l != Indonesian {
			t.Fatalf("ParseLang(%q) = %q, not a language Options accept", s, l)
		}
	})
}
