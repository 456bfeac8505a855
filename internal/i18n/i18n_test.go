package i18n

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"en": English, " English ": English, "id": Indonesian, "ID": Indonesian, "Bahasa Indonesia": Indonesian, "bahasa": Indonesian} {
		if got, err := ParseLang(in); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "de", "en-US"} {
		if _, err := ParseLang(in); !errors.Is(err, ErrLang) {
			t.Errorf("ParseLang(%q) error %v, want ErrLang", in, err)
		}
	}
}

// TestAuditWordsComplete checks that Indonesian fills every field English
// fills, and that each format takes the same arguments in both languages:
// formatted with sample arguments, neither reports a missing or bad verb.
func TestAuditWordsComplete(t *testing.T) {
	if m := missingAuditWords(&auditID); len(m) > 0 {
		t.Errorf("Indonesian lacks %v", m)
	}
	en, id := reflect.ValueOf(auditEN), reflect.ValueOf(auditID)
	for i := range en.NumField() {
		name := en.Type().Field(i).Name
		fe, fi := en.Field(i).String(), id.Field(i).String()
		n := strings.Count(fe, "%") - 2*strings.Count(fe, "%%")
		if n == 0 {
			continue
		}
		// The arguments of both formats: a language may leave one out.
		args := sampleArgs(fe)
		for j, a := range sampleArgs(fi) {
			if j >= len(args) {
				args = append(args, a)
			} else if args[j] == nil {
				args[j] = a
			}
		}
		for lang, f := range map[Lang]string{English: fe, Indonesian: fi} {
			if s := fmt.Sprintf(f, args...); strings.Contains(s, "%!") {
				t.Errorf("%s in %s: %q with %v gives %q", name, lang, f, args, s)
			}
		}
	}
}

// sampleArgs returns arguments for the verbs of the format f: an
// int for %d, a string otherwise (every other verb of the catalog is %s or
// %q), with explicit indexes followed.
func sampleArgs(f string) []any {
	var args []any
	next := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		if f[i] == '%' {
			continue
		}
		if f[i] == '[' {
			j := strings.IndexByte(f[i:], ']')
			fmt.Sscanf(f[i+1:i+j], "%d", &next)
			next--
			i += j + 1
		}
		for len(args) <= next {
			args = append(args, nil)
		}
		if f[i] == 'd' {
			args[next] = 1
		} else {
			args[next] = "x"
		}
		next++
	}
	return args
}

// TestNumbers pins the plain number formats of both languages (the values
// audit/number.go wrote before the catalog: strconv's 'f', 'g' and 'e'
// forms, the decimal comma swapped in).
func TestNumbers(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{English.Dec(0.0005, 4), "0.0005"}, {Indonesian.Dec(0.0005, 4), "0,0005"},
		{English.G(7.464e-19), "7.464e-19"}, {Indonesian.G(7.464e-19), "7,464e-19"},
		{English.G(-28.471), "-28.471"}, {English.G(22), "22"}, {English.G(1e6), "1.000e+06"},
		{English.Bounded(0.001, 3), ".001"}, {Indonesian.Bounded(0.001, 3), "0,001"},
		{English.Interval("1", "2"), "[1, 2]"}, {Indonesian.Interval("1", "2"), "[1; 2]"},
		{Indonesian.Floats([]float64{0, 0.5, 2.5}), "0 0,5 2,5"}, {Indonesian.Sprint(1.5e7), "1,5e+07"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestReportWordsComplete checks that the report's words exist in every
// language, with the same format verbs in the same order (a translation
// may reorder nothing, since the report fills them positionally), and the
// same verdict keys.
func TestReportWordsComplete(t *testing.T) {
	verbs := func(s string) []string {
		return regexp.MustCompile(`%[-+# 0]*[0-9]*(?:\.[0-9]+)?[a-z%]`).FindAllString(s, -1)
	}
	en, id := reflect.ValueOf(*English.Report()), reflect.ValueOf(*Indonesian.Report())
	for i := range en.NumField() {
		name := en.Type().Field(i).Name
		fe, fi := en.Field(i), id.Field(i)
		if fe.Kind() == reflect.Map {
			for _, k := range fe.MapKeys() {
				if v := fi.MapIndex(k); !v.IsValid() || v.String() == "" {
					t.Errorf("%s[%v]: no Indonesian", name, k)
				}
			}
			if fe.Len() != fi.Len() {
				t.Errorf("%s: %d English keys, %d Indonesian", name, fe.Len(), fi.Len())
			}
			continue
		}
		if fe.String() == "" || fi.String() == "" {
			t.Errorf("%s: empty (English %q, Indonesian %q)", name, fe.String(), fi.String())
		}
		if ve, vi := verbs(fe.String()), verbs(fi.String()); !reflect.DeepEqual(ve, vi) {
			t.Errorf("%s: English verbs %v, Indonesian %v", name, ve, vi)
		}
	}
}
