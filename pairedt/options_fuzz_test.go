package pairedt

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// FuzzParseAlternative: whatever ParseAlternative accepts is Valid and
// survives MarshalText -> ParseAlternative and UnmarshalText; whatever it
// refuses wraps ErrAlternative and UnmarshalText refuses too. Every
// Alternative value marshals iff it is Valid, and its text parses back.
func FuzzParseAlternative(f *testing.F) {
	for _, s := range []string{"two.sided", "two-sided", "less", "greater", "Less", "", "two.sided "} {
		f.Add(s, 0)
	}
	f.Add("x", -1)
	f.Add("x", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		a, err := ParseAlternative(s)
		var u Alternative
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, ErrAlternative) || !strings.Contains(err.Error(), "want") {
				t.Fatalf("ParseAlternative(%q): %v", s, err)
			}
			if uerr == nil {
				t.Fatalf("UnmarshalText(%q) accepted what ParseAlternative refuses", s)
			}
		} else {
			if !a.Valid() || uerr != nil || u != a {
				t.Fatalf("ParseAlternative(%q) = %v; UnmarshalText gives %v, %v", s, a, u, uerr)
			}
			b, err := a.MarshalText()
			if err != nil || string(b) != a.String() {
				t.Fatalf("MarshalText(%v) = %q, %v", a, b, err)
			}
			if back, err := ParseAlternative(string(b)); err != nil || back != a {
				t.Fatalf("%q -> %v -> %q -> %v, %v", s, a, b, back, err)
			}
		}
		v := Alternative(n)
		b, err := v.MarshalText()
		if v.Valid() != (err == nil) {
			t.Fatalf("Alternative(%d): Valid %v, MarshalText error %v", n, v.Valid(), err)
		}
		if err != nil {
			if !errors.Is(err, ErrAlternative) {
				t.Fatalf("MarshalText(Alternative(%d)): %v", n, err)
			}
			if v.String() == "" || !strings.HasPrefix(v.String(), "Alternative(") {
				t.Fatalf("String of invalid Alternative(%d) = %q", n, v.String())
			}
			return
		}
		if back, err := ParseAlternative(string(b)); err != nil || back != v {
			t.Fatalf("Alternative(%d) -> %q -> %v, %v", n, b, back, err)
		}
		// and inside JSON, as Options and Result carry it
		j, err := json.Marshal(struct{ A Alternative }{v})
		if err != nil {
			t.Fatal(err)
		}
		var w struct{ A Alternative }
		if err := json.Unmarshal(j, &w); err != nil || w.A != v {
			t.Fatalf("JSON %s -> %v, %v", j, w.A, err)
		}
	})
}

// FuzzParseExactMode: as FuzzParseAlternative for ExactMode and
// ErrWilcoxonOptions.
func FuzzParseExactMode(f *testing.F) {
	for _, s := range []string{"auto", "force", "never", "NULL", "TRUE", "FALSE", "true", "True", ""} {
		f.Add(s, 0)
	}
	f.Add("x", 3)
	f.Add("x", -7)
	f.Fuzz(func(t *testing.T, s string, n int) {
		m, err := ParseExactMode(s)
		var u ExactMode
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, ErrWilcoxonOptions) {
				t.Fatalf("ParseExactMode(%q): %v", s, err)
			}
			if uerr == nil {
				t.Fatalf("UnmarshalText(%q) accepted what ParseExactMode refuses", s)
			}
		} else {
			if !m.Valid() || uerr != nil || u != m {
				t.Fatalf("ParseExactMode(%q) = %v; UnmarshalText gives %v, %v", s, m, u, uerr)
			}
			b, err := m.MarshalText()
			if err != nil || string(b) != m.String() {
				t.Fatalf("MarshalText(%v) = %q, %v", m, b, err)
			}
			if back, err := ParseExactMode(string(b)); err != nil || back != m {
				t.Fatalf("%q -> %v -> %q -> %v, %v", s, m, b, back, err)
			}
		}
		v := ExactMode(n)
		b, err := v.MarshalText()
		if v.Valid() != (err == nil) {
			t.Fatalf("ExactMode(%d): Valid %v, MarshalText error %v", n, v.Valid(), err)
		}
		if err != nil {
			if !errors.Is(err, ErrWilcoxonOptions) || !strings.HasPrefix(v.String(), "ExactMode(") {
				t.Fatalf("ExactMode(%d): %v, String %q", n, err, v.String())
			}
			return
		}
		if back, err := ParseExactMode(string(b)); err != nil || back != v {
			t.Fatalf("ExactMode(%d) -> %q -> %v, %v", n, b, back, err)
		}
		if _, err := Wilcoxon([]float64{1, 2, 3, 4}, []float64{0, 0, 0, 0}, WilcoxonOptions{Exact: v}); err != nil {
			t.Fatalf("Wilcoxon with Exact %v: %v", v, err)
		}
	})
}
