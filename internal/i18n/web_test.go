package i18n

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestWebWordsComplete checks that both languages fill every field of
// WebWords and that each field's format verbs are the same, in the same
// order, in both.
func TestWebWordsComplete(t *testing.T) {
	verbs := regexp.MustCompile(`%[^%a-zA-Z]*[a-zA-Z%]`)
	en, id := reflect.ValueOf(webEnglish), reflect.ValueOf(webIndonesian)
	for i := range en.NumField() {
		name := en.Type().Field(i).Name
		fe, fi := en.Field(i).String(), id.Field(i).String()
		if fe == "" || fi == "" {
			t.Errorf("%s: English %q, Indonesian %q: both must be filled", name, fe, fi)
		}
		ve, vi := verbs.FindAllString(fe, -1), verbs.FindAllString(fi, -1)
		if fmt.Sprint(ve) != fmt.Sprint(vi) {
			t.Errorf("%s: verbs %v in English, %v in Indonesian", name, ve, vi)
		}
		if strings.ContainsAny(fe+fi, "<>") {
			t.Errorf("%s holds markup", name)
		}
	}
	if English.Web() != &webEnglish || Indonesian.Web() != &webIndonesian || Lang("").Web() != &webEnglish {
		t.Error("Lang.Web picks the wrong language")
	}
}
