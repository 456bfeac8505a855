package audit

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
)

var update = flag.Bool("update", false, "rewrite testdata/english.golden.json from the current code")

// corpusCase is one check of the i18n corpus with the strings it quotes as
// printed in its source (statements, printed numbers, quotes, sources):
// those may keep their decimal points in Indonesian text.
type corpusCase struct {
	name   string
	check  Check
	quoted []string
}

// claimsQuoted lists every printed string of a claims file.
func claimsQuoted(c Claims) []string {
	var q []string
	add := func(s ...string) { q = append(q, s...) }
	if c.N != nil {
		add(c.N.Source)
	}
	if c.Alpha != nil {
		add(c.Alpha.Printed, c.Alpha.Source)
	}
	role := map[string]string{}
	for _, g := range c.Groups {
		role[g.Name] = g.Role
		// A group with a role is named sebelum/sesudah in Indonesian, so
		// its name is not quoted text.
		if g.Role == "" {
			add(g.Name)
		}
		add(g.Source)
		if g.N != nil {
			add(g.N.Source)
		}
		for _, cell := range g.Cells {
			add(cell.Level, cell.Percent, cell.Source)
		}
	}
	for _, p := range c.Percents {
		if role[p.Group] == "" {
			add(p.Group)
		}
		add(p.Level, p.Percent, p.Quote, p.Source)
	}
	for _, t := range c.Tests {
		add(t.Statement, t.T, t.P, t.V, t.DecisionQuote, t.DecisionSource, t.Source)
	}
	for _, m := range c.Means {
		add(m.Mean, m.Source)
	}
	return q
}

// i18nClaims are claims files that reach the branches the article does not:
// inconsistent sums, a group without a role, a contradiction without a
// count, a decision error, Wilcoxon V, GRIM, one-sided tests.
var i18nClaims = []string{
	`{
	  "n": {"value": 10, "source": "l1"},
	  "levels": ["low", "high"],
	  "groups": [
	    {"name": "pre", "role": "before", "source": "g-pre", "cells": [{"level": "low", "count": 7, "percent": "70,0"}, {"level": "high", "count": 3, "percent": "33,0"}]},
	    {"name": "post", "role": "after", "source": "g-post", "n": {"value": 11}, "cells": [{"level": "low", "count": 2, "percent": "20"}, {"level": "high", "count": 8, "percent": "80"}]}
	  ],
	  "tests": [
	    {"t": "-3,35", "df": 9, "p": "0,20", "margins": true, "v": "0", "decision": "retain", "source": "l2"},
	    {"t": "-3,35", "p": "0,004", "alternative": "less", "source": "l3"}
	  ],
	  "means": [{"mean": "5.19", "n": 28, "source": "l4"}]
	}`,
	`{
	  "n": {"value": 12},
	  "alpha": {"printed": "0.05"},
	  "levels": ["a", "b", "c"],
	  "groups": [
	    {"name": "T0", "role": "before", "cells": [{"level": "a", "count": 6, "percent": "50.0"}, {"level": "b", "count": 4, "percent": "33.3"}, {"level": "c", "count": 2, "percent": "16.7"}]},
	    {"name": "T1", "role": "after", "cells": [{"level": "a", "count": 2, "percent": "16.67"}, {"level": "b", "count": 4, "percent": "33.33"}, {"level": "c", "count": 6, "percent": "50.00"}]},
	    {"name": "follow-up", "cells": [{"level": "a", "count": 1, "percent": "8.3"}, {"level": "b", "count": 5, "percent": "41.7"}, {"level": "c", "count": 6, "percent": "50.0"}]}
	  ],
	  "percents": [
	    {"group": "T0", "level": "c", "percent": "16.7", "quote": "16.7% high at baseline", "source": "p. 3"},
	    {"group": "follow-up", "level": "b", "count": 4, "percent": "33.3", "source": "p. 4"}
	  ],
	  "tests": [
	    {"statement": "t(11) = -2.80, p = .017", "margins": true, "v": "7.5", "decision": "retain", "source": "p. 5"},
	    {"t": "-2.8", "p": "0.009", "alternative": "less", "decision": "reject", "decision_quote": "H0 rejected", "source": "p. 6"},
	    {"t": "2.8", "p": "0.991", "alternative": "greater"},
	    {"p": "0.000"},
	    {"statement": "t = 1.2", "df": 11},
	    {"t": "-2.8", "margins": true, "v": "99"},
	    {"p": "ns", "decision": "retain"}
	  ],
	  "means": [{"mean": "2.50", "n": 12}, {"mean": "3.1", "n": 300, "items": 2}, {"mean": "5.19", "n": 28, "items": 3}]
	}`,
}

// i18nStatements are statements checked with CheckStatement under several
// options (every verdict and every alternative).
var i18nStatements = []struct {
	in string
	o  StatementOptions
}{
	{"nilai t:-28,471 dan probabilitasnya sebesar 0,000", StatementOptions{DF: 22}},
	{"t: -28,471, p = 0,000", StatementOptions{}},
	{"t: -28,471, p < 0,001", StatementOptions{}},
	{"t(22) = 2.1", StatementOptions{}},
	{"p < .001", StatementOptions{}},
	{"t(22) = 1.00, p = .000", StatementOptions{}},
	{"t(22) = -28.471, p = .000", StatementOptions{NoPZeroError: true}},
	{"t(22) = 2.07, p = .05", StatementOptions{}},
	{"t(15) = 1.80, p < .10, alpha 0,10", StatementOptions{}},
	{"t(15) = 1.80, p > .10", StatementOptions{Alpha: 0.10}},
	{"t(30) = 2.75, p = .05", StatementOptions{PEqualAlphaNotSig: true}},
	{"t(30) = 2.75, p = .05", StatementOptions{}},
	{"t(22) = 1.50, ns", StatementOptions{}},
	{"t(22) = 3.50, ns", StatementOptions{}},
	{"t(60) = 0.0, p = 1.00", StatementOptions{}},
	{"t(28) = -2.20, p = .018", StatementOptions{Alternative: pairedt.Less}},
	{"t(28) = -2.20, p = .018", StatementOptions{Alternative: pairedt.Greater}},
	{"t(28) = -2.20, p = .018", StatementOptions{Alternative: pairedt.TwoSided}},
	{"t(28) = 2.20, p = .06", StatementOptions{}},
	{"t(22.5) = 2.20, p = .04", StatementOptions{}},
	{"t(4) = 2.2, p = .093", StatementOptions{}},
	{"t(1000) = 12.5, p = .000", StatementOptions{}},
	{"t(9) = 0.5, p = 0,000", StatementOptions{}},
	{"t(4) = 0.1, p = .000", StatementOptions{Alternative: pairedt.Greater}},
}

// i18nMargins are margin checks: each verdict, both sign conventions,
// undecided and unenumerated ranges, degenerate margins, unequal scores.
var i18nMargins = []struct {
	before, after []int
	t             string
	o             MarginOptions
}{
	{[]int{17, 6, 0}, []int{4, 0, 19}, "-28,471", MarginOptions{}},
	{[]int{17, 6, 0}, []int{4, 0, 19}, "-28.471", MarginOptions{MaxTables: -1}},
	{[]int{17, 6, 0}, []int{4, 0, 19}, "", MarginOptions{}},
	{[]int{17, 6, 0}, []int{4, 0, 19}, "", MarginOptions{MaxTables: -1}},
	{[]int{17, 6, 0}, []int{4, 0, 19}, "-6.5", MarginOptions{}},
	{[]int{17, 6, 0}, []int{4, 0, 19}, "-7.0", MarginOptions{MaxTables: 2}},
	{[]int{17, 6, 0}, []int{4, 0, 19}, "-9.5", MarginOptions{Scores: []float64{0, 0.5, 2.5}}},
	{[]int{10, 8, 5}, []int{4, 9, 10}, "-40.0", MarginOptions{}},
	{[]int{10, 8, 5}, []int{4, 9, 10}, "40.0", MarginOptions{MaxTables: -1}},
	{[]int{5, 0}, []int{0, 5}, "-3.0", MarginOptions{}},
	{[]int{5, 0}, []int{0, 5}, "", MarginOptions{}},
	{[]int{4, 3, 2, 1}, []int{1, 2, 3, 4}, "-3.1", MarginOptions{MaxTables: 3}},
	{[]int{17, 6, 0}, []int{4, 0, 19}, "-8.5247", MarginOptions{}},
	{[]int{17, 6, 0}, []int{4, 0, 19}, "-7.0", MarginOptions{MaxTables: -1}},
	{[]int{10, 8, 5}, []int{4, 9, 10}, "-3.0", MarginOptions{MaxTables: 1}},
}

// i18nCorpus returns every check of the corpus: the article's claims, the
// claims files above, the statements, the margin checks (and one with the
// opposite sign convention), percentages and GRIM.
func i18nCorpus(t *testing.T) []corpusCase {
	t.Helper()
	var out []corpusCase
	addClaims := func(name string, c Claims) {
		checks, err := Audit(c)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		q := claimsQuoted(c)
		for i, ch := range checks {
			out = append(out, corpusCase{name: name + "/" + strconv.Itoa(i+1) + "-" + ch.Kind, check: ch, quoted: q})
		}
	}
	addClaims("article", readArticle(t))
	for i, in := range i18nClaims {
		c, err := ReadClaims(strings.NewReader(in))
		if err != nil {
			t.Fatalf("claims %d: %v", i+1, err)
		}
		addClaims("claims"+strconv.Itoa(i+1), c)
	}
	for i, s := range i18nStatements {
		st, err := ParseStatement(s.in)
		if err != nil {
			t.Fatalf("%q: %v", s.in, err)
		}
		c, err := CheckStatement(st, s.o)
		if err != nil {
			t.Fatalf("%q: %v", s.in, err)
		}
		q := []string{s.in}
		for _, n := range []*Number{st.T, st.P, st.Alpha} {
			if n != nil {
				q = append(q, n.Text)
			}
		}
		out = append(out, corpusCase{name: "statement/" + strconv.Itoa(i+1), check: c, quoted: q})
	}
	margins := i18nMargins
	// The opposite sign convention: t = -t_min is attainable as after - before.
	r, err := Margins([]int{10, 8, 5}, []int{4, 9, 10}, MarginOptions{NoWilcoxon: true})
	if err != nil {
		t.Fatal(err)
	}
	margins = append(margins, struct {
		before, after []int
		t             string
		o             MarginOptions
	}{[]int{10, 8, 5}, []int{4, 9, 10}, fmtDec(-r.TMin, 4), MarginOptions{}})
	for i, m := range margins {
		c, err := CheckMargins(m.before, m.after, m.t, m.o)
		if err != nil {
			t.Fatalf("margins %d: %v", i+1, err)
		}
		out = append(out, corpusCase{name: "margins/" + strconv.Itoa(i+1), check: c, quoted: []string{m.t}})
	}
	for i, p := range []struct {
		count, n   int
		pct, claim string
	}{{17, 23, "73,9", ""}, {17, 23, "73.9", ""}, {17, 23, "74", "before 74%"}, {1, 3, "33.33", ""}, {0, 23, "0,0", ""}} {
		c, err := CheckPercent(p.count, p.n, p.pct, p.claim, "")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, corpusCase{name: "percent/" + strconv.Itoa(i+1), check: c, quoted: []string{p.pct, p.claim}})
	}
	for i, g := range []struct {
		x        string
		n, items int
	}{{"5.19", 28, 1}, {"5.18", 28, 1}, {"3,25", 4, 1}, {"2.5", 40, 1}, {"1.234", 10, 3}} {
		c, err := CheckGRIM(g.x, g.n, g.items, "")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, corpusCase{name: "grim/" + strconv.Itoa(i+1), check: c, quoted: []string{g.x}})
	}
	return out
}

// englishFields are the English, human-readable fields of a check.
type englishFields struct {
	Name        string `json:"name"`
	Claim       string `json:"claim"`
	Reported    string `json:"reported"`
	Recomputed  string `json:"recomputed"`
	Explanation string `json:"explanation"`
}

// TestEnglishUnchanged: the English texts of every check in the corpus are
// byte-identical to those of the code before the Indonesian fields were
// added (testdata/english.golden.json, written by main at 9437f93/f39a00d
// with -update and never rewritten since).
func TestEnglishUnchanged(t *testing.T) {
	var got []englishFields
	for _, c := range i18nCorpus(t) {
		got = append(got, englishFields{c.name, c.check.Claim, c.check.Reported, c.check.Recomputed, c.check.Explanation})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(got); err != nil {
		t.Fatal(err)
	}
	const path = "testdata/english.golden.json"
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []englishFields
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Fatalf("%d checks, golden has %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("check %d:\n got %+v\nwant %+v", i+1, got[i], want[i])
		}
	}
}

// pointNumber finds numbers with a decimal point or comma between digits.
var pointNumber = regexp.MustCompile(`[0-9]+(?:[.,][0-9]+)+`)

// englishWord finds the English words of the English texts that have no
// place in the Indonesian ones (outside quoted text).
var englishWord = regexp.MustCompile(`\b(?:before|after|counts?|sum|against|over|gives?|rounding|allows?|two-sided|one-sided|nearest|possible|sums|scores|table|tables|joint|mean|with|of|from|for|the|and|in|reject|retain|undefined|increasing|any|paired|decision|percentages)\b`)

// TestIndonesianTexts: every check of the corpus has its Indonesian texts,
// with the decimal comma in every number the audit formatted (a decimal
// point only in a number quoted as printed) and no English words outside
// the quoted text.
func TestIndonesianTexts(t *testing.T) {
	for _, c := range i18nCorpus(t) {
		t.Run(c.name, func(t *testing.T) {
			ch := c.check
			if ch.Text(Indonesian).Claim == "" || ch.Text(Indonesian).Explanation == "" {
				t.Fatalf("claim or explanation missing: %+v", ch)
			}
			if (ch.Text(Indonesian).Reported == "") != (ch.Reported == "") || (ch.Text(Indonesian).Recomputed == "") != (ch.Recomputed == "") {
				t.Fatalf("reported/recomputed: English %q / %q, Indonesian %q / %q", ch.Reported, ch.Recomputed, ch.Text(Indonesian).Reported, ch.Text(Indonesian).Recomputed)
			}
			allowed := map[string]bool{}
			for _, q := range c.quoted {
				for _, n := range pointNumber.FindAllString(q, -1) {
					allowed[n] = true
				}
			}
			// Quoted text, longest first, so that a quote containing
			// another is removed whole.
			quoted := append([]string(nil), c.quoted...)
			slices.SortFunc(quoted, func(a, b string) int { return len(b) - len(a) })
			for field, s := range map[string]string{
				"claim": ch.Text(Indonesian).Claim, "reported": ch.Text(Indonesian).Reported,
				"recomputed": ch.Text(Indonesian).Recomputed, "explanation": ch.Text(Indonesian).Explanation,
			} {
				for _, n := range pointNumber.FindAllString(s, -1) {
					if strings.Contains(n, ".") && !allowed[n] {
						t.Errorf("%s: %q has a decimal point in %q, not quoted from the source", field, s, n)
					}
				}
				rest := s
				for _, q := range quoted {
					if q != "" {
						rest = strings.ReplaceAll(rest, q, "")
					}
				}
				if w := englishWord.FindAllString(rest, -1); len(w) > 0 {
					t.Errorf("%s: English %q in %q", field, w, s)
				}
			}
			id, en := ch.Text(Indonesian), ch.Text(English)
			if id.Claim != ch.Text(Indonesian).Claim || id.Reported != ch.Text(Indonesian).Reported && ch.Text(Indonesian).Reported != "" ||
				id.Recomputed != ch.Text(Indonesian).Recomputed && ch.Text(Indonesian).Recomputed != "" || id.Explanation != ch.Text(Indonesian).Explanation {
				t.Errorf("Text(Indonesian) = %+v", id)
			}
			if en != (Text{ch.Claim, ch.Reported, ch.Recomputed, ch.Explanation}) {
				t.Errorf("Text(English) = %+v", en)
			}
		})
	}
}

// TestIndonesianArticle: on the article every check has all four
// Indonesian texts, the JSON carries them under their keys, the groups are
// named sebelum/sesudah, and the quoted "0.00" of line 540 keeps its point.
func TestIndonesianArticle(t *testing.T) {
	checks, err := Audit(readArticle(t))
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range checks {
		if c.Text(Indonesian).Claim == "" || c.Text(Indonesian).Reported == "" || c.Text(Indonesian).Recomputed == "" || c.Text(Indonesian).Explanation == "" {
			t.Errorf("check %d (%s): an Indonesian text is empty: %+v", i+1, c.Kind, c)
		}
	}
	for _, w := range []struct {
		i                  int
		claim, recomputed  string
		explanationContain string
	}{
		{0, "frekuensi sebelum 17/6/0 berjumlah n = 23", "17 + 6 + 0 = 23", "Jumlah frekuensi sebelum sama"},
		{1, `sebelum "ASI belum keluar": 17 (73,9%) dari 23`, "17/23 = 73,913%", "17 dari 23 adalah 73,913%"},
		{3, "persentase sebelum 73,9% + 26,1% berjumlah 100%", "100,0% (pembulatan memungkinkan 99,90 sampai 100,10)", "dalam batas 0,10 poin"},
		{9, `sebelum "ASI belum keluar": 4 (17,4%) dibandingkan dengan tabel sebelum`, `17 dari 23 = 73,91% (line 290: "17 responden (73,9%) ASI belum keluar")`, "yaitu 73,9%."},
		{14, "p = 0,000 untuk t(22) = -28,471", "p = 7,464e-19 (dua arah, t(22) = -28,471); t dalam [-28,4715; -28,4705] menghasilkan p dalam [7,461e-19; 7,467e-19]", "p < 0,001"},
		{15, "t berpasangan = -28,471 dari frekuensi sebelum 17/6/0, sesudah 4/0/19 (skor 1 2 3)", "t dalam [-8,5247; -5,7643] atas 5 tabel gabungan; |t| <= 10,2225 untuk penskoran meningkat apa pun", "(terbesar 10,2225)"},
		{17, "p = 0.00 untuk t(22) = -28,471", "p = 7,464e-19 (dua arah, t(22) = -28,471); t dalam [-28,4715; -28,4705] menghasilkan p dalam [7,461e-19; 7,467e-19]", "dibulatkan menjadi 0.00, sehingga"},
		{18, `keputusan "0,00<0,05, maka Ho ditolak dan Ha diterima" pada alpha = 0,05`, "p = 7,464e-19 yang dihitung ulang dari t(22) = -28,471", "H0 ditolak"},
	} {
		c := checks[w.i]
		if c.Text(Indonesian).Claim != w.claim || c.Text(Indonesian).Recomputed != w.recomputed || !strings.Contains(c.Text(Indonesian).Explanation, w.explanationContain) {
			t.Errorf("check %d:\n got %q | %q | %q\nwant %q | %q | ...%q...", w.i+1, c.Text(Indonesian).Claim, c.Text(Indonesian).Recomputed, c.Text(Indonesian).Explanation, w.claim, w.recomputed, w.explanationContain)
		}
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, checks); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Checks []map[string]any `json:"checks"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"claim_indonesian", "reported_indonesian", "recomputed_indonesian", "explanation_indonesian"} {
		if doc.Checks[15][k] == nil || doc.Checks[15][k] == "" {
			t.Errorf("JSON lacks %q", k)
		}
	}
	// Read back, the checks have the same texts in both languages and write
	// the same JSON (the catalog's words are kept as read).
	var back Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || len(back.Checks) != len(checks) {
		t.Fatalf("JSON round trip: %v", err)
	}
	for i := range checks {
		for _, l := range []Lang{English, Indonesian} {
			if got, want := back.Checks[i].Text(l), checks[i].Text(l); got != want {
				t.Errorf("check %d in %s: read back %+v, want %+v", i+1, l, got, want)
			}
		}
	}
	var again bytes.Buffer
	if err := WriteJSON(&again, back.Checks); err != nil || again.String() != buf.String() {
		t.Errorf("JSON written again differs (%v)", err)
	}
}

// TestTextFallback: a check without Indonesian texts (built by hand, or
// read from JSON written before they existed) falls back to English.
func TestTextFallback(t *testing.T) {
	var c Check
	if err := json.Unmarshal([]byte(`{"claim": "c", "reported": "r", "recomputed": "x", "explanation": "e", "explanation_indonesian": "penjelasan"}`), &c); err != nil {
		t.Fatal(err)
	}
	if got := c.Text(Indonesian); got != (Text{"c", "r", "x", "penjelasan"}) {
		t.Errorf("Text(Indonesian) = %+v", got)
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, []Check{c}, Indonesian); err != nil {
		t.Fatal(err)
	}
	if want := "[] c: penjelasan\n  dilaporkan:   r\n  hitung ulang: x\n"; buf.String() != want {
		t.Errorf("WriteText = %q, want %q", buf.String(), want)
	}
}

// TestHandBuiltCheck: a Check built by hand has no facts for the catalog:
// Text(Indonesian) is its English, and its JSON has no *_indonesian keys.
func TestHandBuiltCheck(t *testing.T) {
	c := Check{Claim: "c", Kind: KindPercent, Verdict: Consistent, Reported: "r", Recomputed: "x", Explanation: "e"}
	if got := c.Text(Indonesian); got != c.Text(English) {
		t.Errorf("Text(Indonesian) = %+v, want the English", got)
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"claim":"c","kind":"percent","verdict":"consistent","reported":"r","recomputed":"x","explanation":"e"}`; string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
}
