package report

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"
)

// testAnalysis loads the one analysis of head as Knit does.
func testAnalysis(t *testing.T, head string) (*knitter, *knitAnalysis) {
	t.Helper()
	fsys := knitFS(t)
	yml, line0, _, err := splitFrontMatter([]byte(head))
	if err != nil {
		t.Fatal(err)
	}
	h, err := parseHeader(yml, line0, "m.md")
	if err != nil {
		t.Fatal(err)
	}
	kn := &knitter{file: "m.md", src: []byte(head), lines: []int{0}, h: h, analyses: map[string]*knitAnalysis{}, failed: map[string]bool{}}
	kn.loadAll(func(s *AnalysisSpec) (*knitData, error) { return loadAnalysis(fsys, ".", s) })
	if len(kn.errs) > 0 {
		t.Fatal(kn.errs)
	}
	return kn, kn.analyses[h.Analyses[0].Name]
}

// TestKnitReferencesMatchReport: every reference of the catalogue, over
// every category and check, prints exactly what the report prints for the
// same analysis (with its optional Bayes factor and sensitivity sentences
// on): the whole value appears in the report's Markdown, or, for a value
// the report writes in pieces (a test's statistic in one table cell and
// its p in the next), each of its parts does. The few values the report
// does not print (counts of verdicts) are checked against their
// definition. A reference that fails must be one to a test the design
// does not run.
func TestKnitReferencesMatchReport(t *testing.T) {
	for _, c := range []struct {
		name, head string
		absent     []string // roots of the tests this design does not run
	}{
		{"ordinal", ordHead, []string{"mcnemar"}},
		{"numeric", numHead, []string{"stuart", "bowker", "mcnemar", "audit", "freq", "cross", "level", "levels"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			kn, k := testAnalysis(t, c.head)
			o := k.o
			o.BayesFactor, o.Sensitivity = true, true
			d, err := New(k.a, o)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := d.WriteMarkdown(&b); err != nil {
				t.Fatal(err)
			}
			norm := strings.NewReplacer("&nbsp;", " ")
			rep := norm.Replace(b.String())
			sep := k.r.f.sep()
			checked := 0
			for _, name := range k.names() {
				r := ref{path: strings.Split(name, "."), prec: -1, text: name, start: 2, stop: 2}
				kn.errs = nil
				v, ok := kn.inline(r, []byte("x "))
				if !ok {
					root := r.path[0]
					if !contains(c.absent, root) || !errors.Is(kn.errs[0], ErrReference) {
						t.Errorf("{{%s}}: %v", name, kn.errs)
					}
					continue
				}
				checked++
				switch {
				case strings.HasPrefix(name, "audit.") && !strings.Contains(name, "."+"verdict") && strings.Count(name, ".") == 1:
					want := 0
					for _, ch := range k.a.Checks {
						if name == "audit.count" || "audit."+string(ch.Verdict) == name {
							want++
						}
					}
					if v != k.r.f.integer(want) {
						t.Errorf("{{%s}} = %q, want %d", name, v, want)
					}
					continue
				case name == "dropped" || name == "levels" || name == "freq.before.missing" || name == "freq.after.missing":
					continue // whole numbers the report prints only as table cells or not at all
				}
				v = norm.Replace(v)
				if strings.Contains(rep, v) || c.name == "numeric" && name == "wilcoxon.sentence" {
					continue // (the report writes that sentence for an ordinal outcome)
				}
				for _, part := range strings.Split(v, sep) {
					part = strings.TrimPrefix(strings.TrimPrefix(part, "*p* "), "= ")
					if strings.Contains(rep, part) {
						continue
					}
					// A value the report writes in pieces: each number
					// as the report prints it.
					for _, num := range number.FindAllString(part, -1) {
						if !strings.Contains(rep, num) {
							t.Errorf("{{%s}} = %q: %q is not in the report", name, v, num)
						}
					}
				}
			}
			if checked < 40 {
				t.Errorf("only %d references checked", checked)
			}
		})
	}
}

// number is a number as the report prints it.
var number = regexp.MustCompile(`[−-]?\d*[.,]?\d+`)

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// TestKnitPrecision: the modifier sets the decimals of a number and of
// every number in a composite value.
func TestKnitPrecision(t *testing.T) {
	md := knitMD(t, numHead+"\n{{t.t:4}} {{t.t:0}} {{mean.before:3}} {{t.ci:1}}\n", KnitOptions{})
	if want := "−4.0621 −4 0.750 95% CI [−2.5, −0.7]\n"; md != want {
		t.Errorf("got %q, want %q", md, want)
	}
}
