package pairedt

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/i18n"
)

// texts returns the English sentences of ws.
func texts(ws []Warning) []string {
	s := make([]string, len(ws))
	for i, w := range ws {
		s[i] = w.String()
	}
	return s
}

// hasWarning reports whether ws has a warning of kind k.
func hasWarning(ws []Warning, k WarningKind) bool {
	for _, w := range ws {
		if w.Kind == k {
			return true
		}
	}
	return false
}

// TestWarningKindCodes checks that every kind has a distinct snake_case
// code that decodes back to it.
func TestWarningKindCodes(t *testing.T) {
	seen := map[string]WarningKind{}
	for k := WarningKind(0); k < numWarningKinds; k++ {
		c := k.String()
		if c == "" || strings.ToLower(c) != c || strings.ContainsAny(c, " -") {
			t.Errorf("kind %d: code %q is not snake_case", int(k), c)
		}
		if o, dup := seen[c]; dup {
			t.Errorf("kinds %d and %d share the code %q", int(o), int(k), c)
		}
		seen[c] = k
		var back WarningKind
		if err := back.UnmarshalText([]byte(c)); err != nil || back != k {
			t.Errorf("code %q decodes to %v, %v", c, back, err)
		}
	}
	if err := new(WarningKind).UnmarshalText([]byte("no_such_code")); err == nil {
		t.Error("an unknown code decoded")
	}
}

// TestWarningTextEveryKind checks that every kind has a sentence in every
// language, and that the Indonesian one is not the English one.
func TestWarningTextEveryKind(t *testing.T) {
	for k := WarnOther + 1; k < numWarningKinds; k++ {
		w := Warning{Kind: k, N: 3, M: 2, K: 1, X: 0.95, Y: 0.9, Labels: []string{"a", "b"}}
		en, id := w.Text(i18n.English), w.Text(i18n.Indonesian)
		if en == "" || id == "" || en == id {
			t.Errorf("%v: en %q, id %q", k, en, id)
		}
		if en != w.String() {
			t.Errorf("%v: String %q, Text(English) %q", k, w.String(), en)
		}
	}
}

// TestWarningsJSON checks that a result's JSON keeps "warnings" as English
// sentences and adds "warning_codes" beside it, and that it reads back.
func TestWarningsJSON(t *testing.T) {
	// 3 pairs, one with a missing x: the t-test drops it and warns of few pairs.
	nan := 0.0
	nan = nan / nan
	r, err := Test([]float64{1, 2, nan, 4}, []float64{0, 2.5, 1, 1}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `"warnings":["1 pairs dropped for a missing value (NaN); 3 used","only 3 pairs: with fewer than 10 the t-test leans heavily on normally distributed differences"],"warning_codes":["t_missing_pairs","t_few_pairs"]}`
	if !strings.HasSuffix(string(b), want) {
		t.Errorf("JSON %s\nwant suffix %s", b, want)
	}
	var back TTestResult
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if strings.Join(texts(back.Warnings), "|") != strings.Join(texts(r.Warnings), "|") {
		t.Errorf("warnings %q came back as %q", texts(r.Warnings), texts(back.Warnings))
	}
}
