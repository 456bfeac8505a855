package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/pairedt"
	"go.yaml.in/yaml/v3"
)

// ManuscriptTemplate writes a starter manuscript for h: the front matter
// (every key h sets, strings quoted by the YAML encoder, so any label
// round-trips) and a Results skeleton in h.Lang that uses inline
// references and blocks for each analysis: tables, charts and the
// report's sentences, with a line of prose for the author to rewrite. It
// knits as it is when each analysis' data define its tests (the t-test,
// and for ordered categories the Wilcoxon test).
func ManuscriptTemplate(h Header) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(headerYAML(h))
	b.WriteString("---\n\n")
	id := h.Lang == Indonesian
	results, intro := "Results", "Replace this paragraph with your own words; each {{...}} is computed when the manuscript is knitted (pairedt knit)."
	if id {
		results, intro = "Hasil", "Ganti paragraf ini dengan kata-kata Anda sendiri; setiap {{...}} dihitung saat naskah dirajut (pairedt knit)."
	}
	fmt.Fprintf(&b, "## %s\n\n%s\n\n", results, strings.ReplaceAll(intro, "{{", `\{{`))
	for _, a := range h.Analyses {
		n := a.Name
		if len(h.Analyses) > 1 {
			title := a.Variable
			if strings.TrimSpace(title) == "" {
				title = n
			}
			fmt.Fprintf(&b, "### %s\n\n", mdText(title))
		}
		if a.Levels != nil {
			fmt.Fprintf(&b, "{{table %s.freq}}\n\n{{chart %s.distribution}}\n\n{{%s.freq.sentence}}\n\n", n, n, n)
			fmt.Fprintf(&b, "{{table %s.robust}}\n\n{{%s.wilcoxon.sentence}}\n\n{{chart %s.paired}}\n\n", n, n, n)
			if id {
				fmt.Fprintf(&b, "Sebagai pembanding, uji t berpasangan pada kode kategori ({{%s.n}} pasangan) menghasilkan {{%s.t.stat}}, {{%s.t.p}}. {{%s.t.decision}}\n\n", n, n, n, n)
			} else {
				fmt.Fprintf(&b, "For comparison, a paired t-test on the category codes ({{%s.n}} pairs) gave {{%s.t.stat}}, {{%s.t.p}}. {{%s.t.decision}}\n\n", n, n, n, n)
			}
		} else {
			fmt.Fprintf(&b, "{{table %s.ttest.stats}}\n\n{{%s.t.sentence}} {{%s.t.decision}}\n\n{{table %s.ttest}}\n\n{{chart %s.paired}}\n\n{{chart %s.differences}}\n\n", n, n, n, n, n, n)
			if id {
				fmt.Fprintf(&b, "Uji Shapiro-Wilk pada selisih menghasilkan {{%s.shapiro}}; uji Wilcoxon peringkat bertanda menghasilkan {{%s.wilcoxon}}.\n\n", n, n)
			} else {
				fmt.Fprintf(&b, "The Shapiro-Wilk test of the differences gave {{%s.shapiro}}; the Wilcoxon signed-rank test gave {{%s.wilcoxon}}.\n\n", n, n)
			}
		}
		if a.Claims != "" {
			fmt.Fprintf(&b, "{{audit %s}}\n\n", n)
		}
	}
	return b.Bytes()
}

// headerYAML encodes h as the front matter's YAML.
func headerYAML(h Header) []byte {
	m := &yaml.Node{Kind: yaml.MappingNode}
	str := func(v string) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: strings.ToValidUTF8(v, "\uFFFD")}
	}
	num := func(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: v} }
	add := func(m *yaml.Node, k string, v *yaml.Node) { m.Content = append(m.Content, str(k), v) }
	seq := func(vs []string, node func(string) *yaml.Node) *yaml.Node {
		s := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, v := range vs {
			s.Content = append(s.Content, node(v))
		}
		return s
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	if h.Title != "" {
		add(m, "title", str(h.Title))
	}
	if h.Lang != "" {
		add(m, "lang", str(string(h.Lang)))
	}
	switch h.TableStyle {
	case TableAPA:
		add(m, "table-style", str("apa"))
	case TableSPSS:
		add(m, "table-style", str("spss"))
	}
	if h.Decimals != 0 {
		add(m, "decimals", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(h.Decimals)})
	}
	if len(h.Analyses) > 0 {
		as := &yaml.Node{Kind: yaml.MappingNode}
		for _, a := range h.Analyses {
			am := &yaml.Node{Kind: yaml.MappingNode}
			for _, kv := range []struct{ k, v string }{{"data", a.Data}, {"before", a.Before}, {"after", a.After},
				{"id", a.ID}, {"time", a.Time}, {"value", a.Value}} {
				if kv.v != "" {
					add(am, kv.k, str(kv.v))
				}
			}
			if a.Levels != nil {
				add(am, "levels", seq(a.Levels, str))
			}
			if a.Codes != nil {
				add(am, "codes", seq(a.Codes, str))
			}
			if a.Scores != nil {
				var ss []string
				for _, x := range a.Scores {
					ss = append(ss, f(x))
				}
				add(am, "scores", seq(ss, num))
			}
			if a.Missing != nil {
				add(am, "missing", seq(a.Missing, str))
			}
			for _, kv := range []struct{ k, v string }{{"where", a.Where}, {"sheet", a.Sheet}} {
				if kv.v != "" {
					add(am, kv.k, str(kv.v))
				}
			}
			if a.Direction == pairedt.AfterMinusBefore {
				add(am, "direction", str("after-before"))
			}
			if a.Alternative != pairedt.TwoSided {
				add(am, "alternative", str(a.Alternative.String()))
			}
			for _, kv := range []struct {
				k string
				v float64
			}{{"alpha", a.Alpha}, {"conf-level", a.ConfLevel}, {"mu", a.Mu}, {"bayes-prior", a.BayesPrior}} {
				if kv.v != 0 {
					add(am, kv.k, num(f(kv.v)))
				}
			}
			for _, kv := range []struct{ k, v string }{{"variable", a.Variable}, {"before-label", a.BeforeLabel},
				{"after-label", a.AfterLabel}, {"claims", a.Claims}} {
				if kv.v != "" {
					add(am, kv.k, str(kv.v))
				}
			}
			add(as, a.Name, am)
		}
		add(m, "analyses", as)
	}
	if len(m.Content) == 0 {
		return nil
	}
	var b bytes.Buffer
	e := yaml.NewEncoder(&b)
	e.SetIndent(2)
	if err := e.Encode(m); err != nil {
		// Every node is a valid UTF-8 string, a number or a list of them:
		// the encoder does not fail on them; should it, say so.
		return []byte("# the header could not be written: " + strings.ReplaceAll(err.Error(), "\n", " ") + "\n")
	}
	_ = e.Close()
	return b.Bytes()
}

// toValid is the string the header writes for s: invalid UTF-8 replaced.
func toValid(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
