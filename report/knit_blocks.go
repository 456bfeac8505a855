package report

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Block directives: a paragraph of only {{KIND NAME.THING}} at the top
// level of the manuscript, replaced by the report's Markdown for that
// table, chart or section. Tables are numbered across the manuscript in
// document order (one counter for every analysis), figures likewise (the
// report's figure transformer numbers them in the parse).

// tableIDs are the tables of {{table NAME.ID}}, in the report's order.
var tableIDs = []string{"freq.before", "freq.after", "freq", "cross", "ttest.stats", "ttest.corr", "ttest", "robust", "audit"}

// chartNames are the charts of {{chart NAME.C}}.
var chartNames = []string{"distribution", "paired", "differences"}

// sectionNames are the sections of {{section NAME.S}}; "ordinal" is
// another name for "robust" (the ordinal tests of an ordinal outcome).
var sectionNames = []string{"distribution", "ttest", "robust", "ordinal", "audit"}

// block resolves a block directive r.
func (kn *knitter) block(root ast.Node, body []byte, r ref, splices *[]splice, blank func(int, int)) {
	// The paragraph that holds it must be at the top level and hold
	// nothing else.
	var blk ast.Node
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering && t.Segment.Start <= r.start && r.start < t.Segment.Stop {
			for p := n.Parent(); p != nil; p = p.Parent() {
				if p.Type() == ast.TypeBlock {
					blk = p
					break
				}
			}
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if blk == nil || blk.Lines().Len() == 0 || blk.Parent() == nil || blk.Parent().Kind() != ast.KindDocument {
		kn.errorf(r.start, ErrDirective, nil, "block directive {{%s}} must be at the top level, not inside a list, quote or table", r.text)
		return
	}
	lines := blk.Lines()
	start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if _, ok := blk.(*ast.Paragraph); !ok || string(bytes.TrimSpace(body[start:stop])) != string(body[r.start:r.stop]) {
		kn.errorf(r.start, ErrDirective, nil, "block directive {{%s}} must be a paragraph of its own (a blank line before and after it)", r.text)
		return
	}
	blank(start, stop)
	md, ok := kn.blockMarkdown(r)
	if !ok {
		return
	}
	md = strings.TrimRight(md, "\n")
	if md != "" {
		md += "\n"
	}
	*splices = append(*splices, splice{start, stop, md})
}

// blockMarkdown writes the Markdown of a block directive.
func (kn *knitter) blockMarkdown(r ref) (string, bool) {
	k, ok := kn.resolveAnalysis(&r)
	if !ok {
		return "", false
	}
	thing := strings.Join(r.path, ".")
	fail := func(kind error, format string, args ...any) (string, bool) {
		kn.errorf(r.start, kind, nil, format, args...)
		return "", false
	}
	rr := k.newRenderer()
	rr.nTable = kn.nTable
	defer func() { kn.nTable = rr.nTable }()
	switch r.kind {
	case "report":
		if thing != "" {
			return fail(ErrDirective, "{{report %s}} takes an analysis name only: {{report %s}}", r.text[len("report "):], r.analysis)
		}
		rr.body()
	case "provenance":
		if thing != "" {
			return fail(ErrDirective, "{{provenance}} takes an analysis name only: {{provenance %s}}", r.analysis)
		}
		rr.footer()
	case "audit":
		if thing != "" {
			return fail(ErrDirective, "{{audit}} takes an analysis name only: {{audit %s}}", r.analysis)
		}
		return kn.table(k, rr, r, "audit")
	case "table":
		if thing == "" {
			return fail(ErrDirective, "{{table}} needs a table: {{table %s.ID}}, ID one of %s", r.analysis, strings.Join(tableIDs, ", "))
		}
		return kn.table(k, rr, r, thing)
	case "chart":
		if !slices.Contains(chartNames, thing) {
			return fail(ErrDirective, "unknown chart %q in {{%s}}%s (charts: %s)", thing, r.text, didYouMean(thing, chartNames), strings.Join(chartNames, ", "))
		}
		if kn.o.NoCharts {
			return "", true
		}
		if k.charts[thing] == nil {
			return fail(ErrReference, "{{%s}}: analysis %q has no %s chart (%s)", r.text, r.analysis, thing, k.whyNoChart(thing))
		}
		rr.figure(thing)
	case "section":
		if !slices.Contains(sectionNames, thing) {
			return fail(ErrDirective, "unknown section %q in {{%s}}%s (sections: %s)", thing, r.text, didYouMean(thing, sectionNames), strings.Join(sectionNames, ", "))
		}
		rr.noHeadings = true
		hasRobust, hasEffect := rr.plan()
		a := &k.a
		switch thing {
		case "distribution":
			if a.FreqBefore == nil && a.FreqAfter == nil && a.Cross == nil {
				return fail(ErrReference, "{{%s}}: the outcome is numeric, so there is no distribution section (declare levels: for ordered categories)", r.text)
			}
			rr.distribution()
		case "ttest":
			if !hasEffect {
				return fail(ErrUndefined, "{{%s}}: %v", r.text, k.undefined(pairedt.MethodT))
			}
			rr.effect()
		case "robust", "ordinal":
			if !hasRobust {
				return fail(ErrReference, "{{%s}}: the analysis has no tests besides the t-test", r.text)
			}
			rr.robustness()
		case "audit":
			if len(a.Checks) == 0 {
				return fail(ErrReference, "{{%s}}: the analysis has no audit (give claims: a claims file)", r.text)
			}
			rr.reproduction()
		}
	}
	return rr.b.String(), true
}

// whyNoChart says why an analysis lacks a chart.
func (k *knitAnalysis) whyNoChart(name string) string {
	switch {
	case name == "distribution":
		return "it needs ordered categories: declare levels:"
	case k.a.completePairs() == 0:
		return "there are no complete pairs"
	case name == "paired":
		return "more than " + fmt.Sprint(MaxSubjectCharts) + " pairs"
	}
	return "not drawn for these data"
}

// table writes table id of analysis k as the report makes it, numbered
// next in the manuscript.
func (kn *knitter) table(k *knitAnalysis, rr *renderer, r ref, id string) (string, bool) {
	if !slices.Contains(tableIDs, id) {
		kn.errorf(r.start, ErrDirective, nil, "unknown table %q in {{%s}}%s (tables: %s)", id, r.text, didYouMean(id, tableIDs), strings.Join(tableIDs, ", "))
		return "", false
	}
	type captured struct {
		caption string
		header  []string
		align   string
		rows    [][]string
	}
	got := map[string]captured{}
	scratch := k.newRenderer()
	scratch.noHeadings = true
	scratch.tableHook = func(id, caption string, header []string, align string, rows [][]string) {
		if _, dup := got[id]; !dup {
			got[id] = captured{caption, header, align, rows}
		}
	}
	scratch.body()
	t, ok := got[id]
	if !ok {
		var why string
		switch {
		case strings.HasPrefix(id, "ttest") && k.a.T == nil:
			why = k.undefined(pairedt.MethodT).Error()
		case strings.HasPrefix(id, "freq") || id == "cross":
			why = "the outcome is numeric, so there are no frequency tables (declare levels: for ordered categories)"
		case id == "audit":
			why = "the analysis has no audit (give claims: a claims file)"
		default:
			why = "the report of these data has no such table"
		}
		kn.errorf(r.start, ErrReference, nil, "{{%s}}: analysis %q has no table %s: %s", r.text, k.spec.Name, id, why)
		return "", false
	}
	rr.table(id, t.caption, t.header, t.align, t.rows)
	return rr.b.String(), true
}

// document parses the expanded Markdown into the manuscript's Document.
func (kn *knitter) document(x expandResult) *Document {
	w := kn.h.Lang
	if w == "" {
		w = English
	}
	words := w.Report()
	all := map[string]*Chart{}
	for _, a := range kn.h.Analyses {
		if k := kn.analyses[a.Name]; k != nil {
			for _, c := range k.charts {
				all[c.Name] = c
			}
		}
	}
	pc := parser.NewContext()
	pc.Set(figureKey, &figureContext{charts: all, label: words.Figure})
	root := converter.Parser().Parse(text.NewReader(x.src), parser.WithContext(pc))
	d := &Document{lang: w, source: x.src, root: root}
	if d.title = strings.TrimSpace(clean(kn.h.Title)); d.title == "" {
		d.title = words.Results
	}
	seen := map[*Chart]bool{}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *figureNode:
			if !seen[v.chart] {
				seen[v.chart] = true
				d.charts = append(d.charts, v.chart)
			}
		case *ast.RawHTML:
			for i := 0; i < v.Segments.Len(); i++ {
				kn.checkGenerated(x, v.Segments.At(i))
			}
		case *ast.HTMLBlock:
			l := v.Lines()
			for i := 0; i < l.Len(); i++ {
				kn.checkGenerated(x, l.At(i))
			}
		}
		return ast.WalkContinue, nil
	})
	return d
}

// checkGenerated reports raw HTML that reaches into the author's text
// while raw HTML is off: it formed only where a reference met the text
// around it ("<a{{n}}>"), since the first pass left out the author's own.
func (kn *knitter) checkGenerated(x expandResult, seg text.Segment) {
	if kn.o.UnsafeHTML || isSafeTag(seg.Value(x.src)) {
		return
	}
	for _, s := range x.spans {
		if seg.Start < s.out+s.n && s.out < seg.Stop {
			off := s.body + max(0, seg.Start-s.out)
			kn.errorf(off, ErrRawHTML, nil, "raw HTML %q forms where a reference meets the text around it; rewrite the text (or allow raw HTML with --unsafe-html)", string(seg.Value(x.src)))
			return
		}
	}
}
