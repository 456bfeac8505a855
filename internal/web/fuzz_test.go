package web

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt/audit"
)

// FuzzHighlight checks the audit page's marking on any text: the segments
// put together are the text, byte for byte; marks are not empty, hold
// whole runes and name checks that exist.
func FuzzHighlight(f *testing.F) {
	f.Add("t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05.")
	f.Add("Hasil uji t(22) = -28,471\ndengan p = 0,000 (sig. 0,000).")
	f.Add("F(2, 40) = 3.1, p = .06; χ2(1) = 4.2, p = .04, r(30) = .45, p = .01")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 1<<14 {
			return
		}
		checks, err := audit.Scan(text, audit.ScanOptions{})
		if err != nil {
			return
		}
		segs, views := highlight(text, checks, i18n.English)
		var b strings.Builder
		for _, s := range segs {
			b.WriteString(s.Text)
			if s.Mark {
				if s.Text == "" || !utf8.ValidString(s.Text) || len(s.Nums) == 0 {
					t.Fatalf("bad mark %+v", s)
				}
				for _, n := range s.Nums {
					if n < 1 || n > len(checks) {
						t.Fatalf("mark names check %d of %d", n, len(checks))
					}
				}
			}
		}
		if b.String() != text {
			t.Fatalf("segments give %q, not the text %q", b.String(), text)
		}
		if len(views) != len(checks) {
			t.Fatalf("%d views of %d checks", len(views), len(checks))
		}
	})
}

// FuzzAcceptLanguage: any header gives English or Indonesian.
func FuzzAcceptLanguage(f *testing.F) {
	f.Add("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7")
	f.Add("en;q=0.3, in;q=0.6, *;q=0.1")
	f.Fuzz(func(t *testing.T, h string) {
		if l := acceptLanguage(h); l != i18n.English && l != i18n.Indonesian {
			t.Fatalf("acceptLanguage(%q) = %q", h, l)
		}
	})
}

// FuzzSettings: any query is read without a panic, and the settings it
// gives survive their own query string unchanged (the download links
// carry the report page's settings).
func FuzzSettings(f *testing.F) {
	f.Add(sleepQuery)
	f.Add("layout=long&id=id&time=t&value=v&beforevalue=a&aftervalue=b&kind=ordered&levels=1+%3D+low%0A2+%3D+high&alpha=0,01")
	f.Add("before=a&after=a&where=g%3D%3D%3D&missing=%2C%2C&bayes=on")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		s := settingsFrom(q)
		s.spec()
		s.alpha()
		s.levels()
		q2, err := url.ParseQuery(s.query())
		if err != nil {
			t.Fatalf("query %q does not parse: %v", s.query(), err)
		}
		if s2 := settingsFrom(q2); s2 != s {
			t.Fatalf("round trip:\n%+v\n%+v", s, s2)
		}
	})
}
