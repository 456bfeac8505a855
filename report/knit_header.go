package report

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pairedt/pairedt/pairedt"
	"go.yaml.in/yaml/v3"
)

// Header is a manuscript's front matter: the YAML block between the
// lines "---" at the top of the file (docs/knit.md lists every key).
// ManuscriptTemplate writes one; Knit reads one.
type Header struct {
	// Title is the document's title ("title"), written as its first
	// heading and as the HTML <title>; empty: no title heading.
	Title string
	// Lang is the language of every number and word the references write
	// ("lang": en or id; "" is English).
	Lang Lang
	// TableStyle names the t-test tables ("table-style": apa or spss;
	// TableDefault: APA in English, SPSS in Indonesian).
	TableStyle TableStyle
	// Decimals is the precision of statistics in the text ("decimals";
	// 0 means 2), as Options.Decimals.
	Decimals int
	// Analyses are the named analyses ("analyses"), in the order the
	// header gives them.
	Analyses []AnalysisSpec
}

// AnalysisSpec is one named analysis of a manuscript's header: which data
// file, where the pairs are in it and how to read and test them. The keys
// are the field names in lower case with a hyphen between words (Data is
// "data", BeforeLabel "before-label", ConfLevel "conf-level").
type AnalysisSpec struct {
	// Name is the analysis' name in references ({{NAME.t}}):
	// [a-z][a-z0-9_]*, not one of the reference roots (t, n, mean ...).
	Name string
	// Data is the data file (CSV, SPSS .sav/.zsav or Excel .xlsx),
	// relative to the manuscript and inside its directory.
	Data string
	// Wide format: Before and After are column names. Long format (ID,
	// Time and Value set): Before and After are the values of the Time
	// column that mark the two occasions.
	Before, After   string
	ID, Time, Value string
	// Levels are the ordered categories (the outcome is then ordinal),
	// Codes their codes in the file (default 1..k) and Scores their
	// scores (default 1..k).
	Levels, Codes []string
	Scores        []float64
	// Missing lists the cell values that mean missing (nil: "", NA and
	// "."; an empty list in the header, []: none).
	Missing []string
	// Where keeps only the rows whose column COL holds VALUE ("COL=VALUE").
	Where string
	// Sheet is the Excel sheet (name or 1-based number).
	Sheet string
	// Direction is how the differences are taken ("before-after" or
	// "after-before"), Alternative the alternative hypothesis
	// ("two.sided", "less", "greater").
	Direction   pairedt.Direction
	Alternative pairedt.Alternative
	// Alpha is the significance level (0 means 0.05), ConfLevel the
	// level of the intervals (0 means 0.95), Mu the mean difference under
	// the null hypothesis.
	Alpha, ConfLevel, Mu float64
	// Variable names the outcome, BeforeLabel and AfterLabel the two
	// occasions, in prose and captions (empty: the file's labels, else
	// the report's defaults).
	Variable, BeforeLabel, AfterLabel string
	// Claims is a claims file (audit.ReadClaims) whose audit the
	// references {{NAME.audit...}} and the block {{audit NAME}} show.
	Claims string
	// BayesPrior is the Cauchy prior scale of the Bayes factor
	// references ("bayes-prior": a number, or medium, wide, ultrawide;
	// 0 means medium, sqrt(2)/2).
	BayesPrior float64

	pos map[string]Pos // where each key's value is in the header
}

// Pos is a position in a manuscript: its file name as Knit was given it,
// the 1-based line counted from the file's first line, and the 1-based
// column counted in characters (runes).
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// headerKeys and analysisKeys are the keys a header may hold.
var (
	headerKeys   = []string{"title", "lang", "table-style", "decimals", "analyses"}
	analysisKeys = []string{"data", "before", "after", "id", "time", "value", "levels", "codes", "scores",
		"missing", "where", "sheet", "direction", "alternative", "alpha", "conf-level", "mu",
		"variable", "before-label", "after-label", "claims", "bayes-prior"}
)

// maxHeader bounds the front matter (bytes): a header names a few files
// and options, and yaml.v3 expands aliases.
const maxHeader = 64 << 10

// splitFrontMatter finds the front matter of src: a first line "---"
// (after an optional byte order mark), then the YAML, then a line "---" or
// "...". It returns the YAML, the line of the file it starts on and the
// offset where the body starts. A file that does not start with "---" has
// no header (yaml nil, body 0).
func splitFrontMatter(src []byte) (yml []byte, yamlLine, body int, err error) {
	start := 0
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		start = 3
	}
	first, rest, ok := bytes.Cut(src[start:], []byte("\n"))
	if string(bytes.TrimRight(first, " \t\r")) != "---" || !ok {
		return nil, 0, start, nil
	}
	off := start + len(first) + 1
	for line := 2; ; line++ {
		l, r, more := bytes.Cut(rest, []byte("\n"))
		if t := string(bytes.TrimRight(l, " \t\r")); t == "---" || t == "..." {
			end := off + len(l)
			if more {
				end++
			}
			return src[start+len(first)+1 : off], 2, end, nil
		}
		if !more {
			return nil, 0, 0, &KnitError{Pos: Pos{Line: 1, Col: 1}, Kind: ErrHeader, Msg: "the front matter opened on line 1 is never closed by a line ---"}
		}
		off += len(l) + 1
		rest = r
	}
}

// parseHeader reads the YAML of a front matter starting on file line
// line0.
func parseHeader(yml []byte, line0 int, file string) (Header, error) {
	var h Header
	if len(yml) > maxHeader {
		return h, &KnitError{Pos: Pos{file, line0, 1}, Kind: ErrHeader, Msg: fmt.Sprintf("the front matter has %d bytes, at most %d", len(yml), maxHeader)}
	}
	at := func(n *yaml.Node) Pos {
		if n == nil {
			return Pos{file, line0, 1}
		}
		return Pos{file, n.Line + line0 - 1, n.Column}
	}
	fail := func(n *yaml.Node, format string, args ...any) error {
		e := fmt.Errorf(format, args...)
		return &KnitError{Pos: at(n), Kind: ErrHeader, Msg: e.Error(), Err: errors.Unwrap(e)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(yml, &doc); err != nil {
		// yaml.v3 says "yaml: line N: ..." with N counted in the YAML.
		msg := err.Error()
		p := Pos{file, line0, 1}
		if rest, ok := strings.CutPrefix(msg, "yaml: line "); ok {
			if num, tail, ok := strings.Cut(rest, ": "); ok {
				if n, err := strconv.Atoi(num); err == nil {
					p.Line, msg = n+line0-1, tail
				}
			}
		}
		return h, &KnitError{Pos: p, Kind: ErrHeader, Msg: "YAML: " + strings.TrimPrefix(msg, "yaml: ")}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return h, nil // an empty header
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return h, fail(root, "the front matter must be a mapping of keys (title:, lang:, analyses: ...)")
	}
	err := eachKey(root, headerKeys, fail, func(k string, v *yaml.Node) error {
		switch k {
		case "title":
			s, err := scalar(v, fail)
			h.Title = s
			return err
		case "lang":
			s, err := scalar(v, fail)
			if err != nil {
				return err
			}
			if h.Lang, err = ParseLang(s); err != nil {
				return fail(v, "lang %q, want en or id", s)
			}
		case "table-style":
			s, err := scalar(v, fail)
			if err != nil {
				return err
			}
			switch strings.ToLower(s) {
			case "apa":
				h.TableStyle = TableAPA
			case "spss":
				h.TableStyle = TableSPSS
			default:
				return fail(v, "table-style %q, want apa or spss", s)
			}
		case "decimals":
			s, err := scalar(v, fail)
			if err != nil {
				return err
			}
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 || n > maxDecimals {
				return fail(v, "decimals %q, want a whole number from 1 to %d", s, maxDecimals)
			}
			h.Decimals = n
		case "analyses":
			if v.Kind != yaml.MappingNode {
				return fail(v, "analyses must be a mapping of names to analyses (asi: {data: ..., before: ..., after: ...})")
			}
			for i := 0; i+1 < len(v.Content); i += 2 {
				kn, vn := v.Content[i], v.Content[i+1]
				if err := checkName(kn, fail); err != nil {
					return err
				}
				for _, a := range h.Analyses {
					if a.Name == kn.Value {
						return fail(kn, "analysis %q is declared twice (first on line %d)", kn.Value, a.pos[""].Line)
					}
				}
				a, err := parseAnalysis(kn, vn, at, fail)
				if err != nil {
					return err
				}
				h.Analyses = append(h.Analyses, a)
			}
		}
		return nil
	})
	return h, err
}

// eachKey calls f for each key of mapping m in order, rejecting unknown
// keys (with a suggestion), repeated keys and non-scalar keys.
func eachKey(m *yaml.Node, known []string, fail func(*yaml.Node, string, ...any) error, f func(k string, v *yaml.Node) error) error {
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		kn, vn := m.Content[i], m.Content[i+1]
		if kn.Kind != yaml.ScalarNode {
			return fail(kn, "a key must be a plain word")
		}
		k := kn.Value
		if !slices.Contains(known, k) {
			return fail(kn, "unknown key %q%s", k, didYouMean(k, known))
		}
		if line, ok := seen[k]; ok {
			return fail(kn, "key %q given twice (first on line %d)", k, line)
		}
		seen[k] = kn.Line
		if vn.Kind == yaml.AliasNode {
			return fail(vn, "YAML aliases (*%s) are not allowed in a manuscript header", vn.Value)
		}
		if err := f(k, vn); err != nil {
			return err
		}
	}
	return nil
}

// scalar returns the text of a scalar node.
func scalar(v *yaml.Node, fail func(*yaml.Node, string, ...any) error) (string, error) {
	if v.Kind != yaml.ScalarNode {
		return "", fail(v, "want a single value, not a list or mapping")
	}
	if v.Tag == "!!null" {
		return "", nil
	}
	return v.Value, nil
}

// list returns the items of a sequence of scalars; a single scalar is a
// list of one item. present reports an explicit list (so [] is an empty
// list, not an absent one).
func list(v *yaml.Node, fail func(*yaml.Node, string, ...any) error) ([]string, error) {
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return nil, nil
		}
		return []string{v.Value}, nil
	case yaml.SequenceNode:
		out := []string{}
		for _, c := range v.Content {
			if c.Kind != yaml.ScalarNode {
				return nil, fail(c, "want a list of plain values")
			}
			out = append(out, c.Value)
		}
		return out, nil
	}
	return nil, fail(v, "want a list of values ([a, b, c])")
}

// roots are the first words of the references; an analysis may not be
// named after one, since {{t.p}} would be ambiguous.
func isRoot(s string) bool {
	for _, e := range catalogue {
		if strings.SplitN(e.name, ".", 2)[0] == s {
			return true
		}
	}
	return false
}

// checkName checks an analysis name.
func checkName(kn *yaml.Node, fail func(*yaml.Node, string, ...any) error) error {
	s := kn.Value
	ok := kn.Kind == yaml.ScalarNode && s != "" && s[0] >= 'a' && s[0] <= 'z' && len(s) <= 40
	for i := 0; ok && i < len(s); i++ {
		c := s[i]
		ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
	}
	if !ok {
		return fail(kn, "analysis name %q: use lower-case letters, digits and _ (starting with a letter, at most 40)", s)
	}
	if isRoot(s) {
		return fail(kn, "analysis name %q is also a statistic's name ({{%s...}}); choose another", s, s)
	}
	return nil
}

// parseAnalysis reads one analysis of the header.
func parseAnalysis(kn, vn *yaml.Node, at func(*yaml.Node) Pos, fail func(*yaml.Node, string, ...any) error) (AnalysisSpec, error) {
	a := AnalysisSpec{Name: kn.Value, pos: map[string]Pos{"": at(kn)}}
	if vn.Kind != yaml.MappingNode {
		return a, fail(vn, "analysis %q must be a mapping (data:, before:, after: ...)", a.Name)
	}
	num := func(v *yaml.Node, k string, ok func(float64) bool, want string) (float64, error) {
		s, err := scalar(v, fail)
		if err != nil {
			return 0, err
		}
		x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || !ok(x) {
			return 0, fail(v, "%s %q, want %s", k, s, want)
		}
		return x, nil
	}
	err := eachKey(vn, analysisKeys, fail, func(k string, v *yaml.Node) error {
		a.pos[k] = at(v)
		var err error
		str := func(dst *string) error {
			*dst, err = scalar(v, fail)
			return err
		}
		switch k {
		case "data":
			if err := str(&a.Data); err != nil {
				return err
			}
			if err := checkPath(a.Data); err != nil {
				return fail(v, "data %q: %w", a.Data, err)
			}
		case "claims":
			if err := str(&a.Claims); err != nil {
				return err
			}
			if err := checkPath(a.Claims); err != nil {
				return fail(v, "claims %q: %w", a.Claims, err)
			}
		case "before":
			return str(&a.Before)
		case "after":
			return str(&a.After)
		case "id":
			return str(&a.ID)
		case "time":
			return str(&a.Time)
		case "value":
			return str(&a.Value)
		case "where":
			if err := str(&a.Where); err != nil {
				return err
			}
			if a.Where != "" && !strings.Contains(a.Where, "=") {
				return fail(v, "where %q, want COLUMN=VALUE", a.Where)
			}
		case "sheet":
			return str(&a.Sheet)
		case "variable":
			return str(&a.Variable)
		case "before-label":
			return str(&a.BeforeLabel)
		case "after-label":
			return str(&a.AfterLabel)
		case "levels":
			a.Levels, err = list(v, fail)
			return err
		case "codes":
			a.Codes, err = list(v, fail)
			return err
		case "missing":
			a.Missing, err = list(v, fail)
			if err == nil && a.Missing == nil {
				a.Missing = []string{}
			}
			return err
		case "scores":
			items, err := list(v, fail)
			if err != nil {
				return err
			}
			for i, s := range items {
				x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
				if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
					n := v
					if v.Kind == yaml.SequenceNode {
						n = v.Content[i]
					}
					return fail(n, "score %q is not a finite number", s)
				}
				a.Scores = append(a.Scores, x)
			}
		case "direction":
			s, err := scalar(v, fail)
			if err != nil {
				return err
			}
			switch strings.ToLower(s) {
			case "before-after", "before - after", "before-minus-after":
				a.Direction = pairedt.BeforeMinusAfter
			case "after-before", "after - before", "after-minus-before":
				a.Direction = pairedt.AfterMinusBefore
			default:
				return fail(v, "direction %q, want before-after or after-before", s)
			}
		case "alternative":
			s, err := scalar(v, fail)
			if err != nil {
				return err
			}
			if a.Alternative, err = pairedt.ParseAlternative(s); err != nil {
				return fail(v, "alternative %q, want two.sided, less or greater", s)
			}
		case "alpha":
			a.Alpha, err = num(v, k, func(x float64) bool { return x > 0 && x < 1 }, "a number between 0 and 1 (0.05)")
			return err
		case "conf-level":
			a.ConfLevel, err = num(v, k, func(x float64) bool { return x > 0 && x < 1 }, "a number between 0 and 1 (0.95)")
			return err
		case "mu":
			a.Mu, err = num(v, k, func(float64) bool { return true }, "a finite number")
			return err
		case "bayes-prior":
			s, err := scalar(v, fail)
			if err != nil {
				return err
			}
			if a.BayesPrior, err = pairedt.ParsePriorScale(s); err != nil {
				return fail(v, "bayes-prior %q, want medium, wide, ultrawide or a scale > 0", s)
			}
		}
		return nil
	})
	if err != nil {
		return a, err
	}
	switch {
	case a.Data == "":
		return a, fail(kn, "analysis %q has no data: file", a.Name)
	case a.Before == "" || a.After == "":
		return a, fail(kn, "analysis %q needs before: and after: (the two columns, or in long format the two values of time:)", a.Name)
	case (a.Time != "" || a.Value != "") && (a.ID == "" || a.Time == "" || a.Value == ""):
		// id: alone is wide format with unique ids, as in load.Spec.
		return a, fail(kn, "analysis %q: long format needs id:, time: and value:", a.Name)
	case a.Codes != nil && len(a.Codes) != len(a.Levels):
		return a, &KnitError{Pos: a.pos["codes"], Kind: ErrHeader, Msg: fmt.Sprintf("%d codes for %d levels", len(a.Codes), len(a.Levels))}
	case a.Scores != nil && a.Levels != nil && len(a.Scores) != len(a.Levels):
		return a, &KnitError{Pos: a.pos["scores"], Kind: ErrHeader, Msg: fmt.Sprintf("%d scores for %d levels", len(a.Scores), len(a.Levels))}
	}
	return a, nil
}

// checkPath checks a file name of the header: relative, slash-separated,
// inside the manuscript's directory (fs.ValidPath: no "..", no leading
// "/", no empty or "." elements after cleaning).
func checkPath(p string) error {
	if p == "" {
		return errors.New("empty file name")
	}
	if strings.Contains(p, "\\") {
		return fmt.Errorf("%w: use / between directories", ErrUnsafePath)
	}
	if strings.HasPrefix(p, "/") || len(p) > 1 && p[1] == ':' {
		return fmt.Errorf("%w: an absolute path; give the file relative to the manuscript", ErrUnsafePath)
	}
	c := path.Clean(p)
	if c == ".." || strings.HasPrefix(c, "../") {
		return fmt.Errorf("%w: the file must be inside the manuscript's directory", ErrUnsafePath)
	}
	if !utf8.ValidString(p) || strings.ContainsAny(p, "\x00") {
		return fmt.Errorf("%w: not a valid file name", ErrUnsafePath)
	}
	return nil
}

// didYouMean returns ` (did you mean "x"?)` for the closest of known to s
// (by edit distance, at most a third of the longer word), or "".
func didYouMean(s string, known []string) string {
	if m := closest(s, known); m != "" {
		return fmt.Sprintf(" (did you mean %q?)", m)
	}
	return ""
}

func closest(s string, known []string) string {
	best, bd := "", 1<<30
	for _, k := range known {
		d := editDistance(strings.ToLower(s), strings.ToLower(k))
		if d < bd {
			best, bd = k, d
		}
	}
	limit := max(1, (max(utf8.RuneCountInString(s), utf8.RuneCountInString(best))+2)/3)
	if bd == 0 || bd > limit {
		if bd == 0 && best != s {
			return best // differs in letter case only
		}
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance of a and b (in runes), with an
// adjacent transposition counting one (optimal string alignment).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 20
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// ParseHeader reads the front matter of the manuscript src (named name in
// positions): the Header Knit would use, without reading any data. A
// manuscript without front matter has the zero Header. Errors are
// *KnitError wrapping ErrHeader (or ErrUnsafePath for a file name that
// leads out of the manuscript's directory).
func ParseHeader(src []byte, name string) (Header, error) {
	yml, line0, _, err := splitFrontMatter(src)
	if err != nil {
		err.(*KnitError).Pos.File = name
		return Header{}, err
	}
	if yml == nil {
		return Header{}, nil
	}
	return parseHeader(yml, line0, name)
}
