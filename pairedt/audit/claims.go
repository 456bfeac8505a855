package audit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt"
)

// Claims is a whole article's reported numbers, as read from a claims file
// (JSON; the format is documented in the package overview). Every printed
// value is kept as the string that was printed, so that its decimals (and a
// decimal comma) are preserved.
type Claims struct {
	// Title and Article identify the source.
	Title   string `json:"title,omitempty"`
	Article string `json:"article,omitempty"`
	// N is the number of pairs (subjects) the article states.
	N *IntClaim `json:"n,omitempty"`
	// Population is the population size the sample was drawn from
	// (informational; not checked).
	Population *IntClaim `json:"population,omitempty"`
	// Alpha is the significance level as printed ("0,05"); absent means 0.05.
	Alpha *TextClaim `json:"alpha,omitempty"`
	// Levels are the ordered categories, lowest first.
	Levels []string `json:"levels,omitempty"`
	// Scores are the scores of the levels for the paired t-test; absent
	// means 1..k.
	Scores []float64 `json:"scores,omitempty"`
	// Groups are the frequency tables (one per measurement occasion).
	Groups []Group `json:"groups,omitempty"`
	// Percents are percentages printed elsewhere (in the text or the
	// conclusion), checked against their own count and against the group's
	// table.
	Percents []PercentClaim `json:"percents,omitempty"`
	// Tests are reported test results.
	Tests []TestClaim `json:"tests,omitempty"`
	// Means are reported means of integer data, GRIM-tested.
	Means []MeanClaim `json:"means,omitempty"`
}

// IntClaim is an integer stated in the article and where.
type IntClaim struct {
	Value  int    `json:"value"`
	Source string `json:"source,omitempty"`
}

// TextClaim is a value as printed and where.
type TextClaim struct {
	Printed string `json:"printed"`
	Source  string `json:"source,omitempty"`
}

// Group is one frequency table: the count (and printed percentage) of each
// level at one occasion.
type Group struct {
	// Name identifies the group ("before", "after").
	Name string `json:"name"`
	// Role is "before" or "after" for the two margins of the paired table,
	// "" for other groups.
	Role string `json:"role,omitempty"`
	// N is the group's stated total; absent means Claims.N.
	N *IntClaim `json:"n,omitempty"`
	// Cells hold one entry per level, in the order of Claims.Levels.
	Cells  []Cell `json:"cells"`
	Source string `json:"source,omitempty"`
}

// Cell is one level's count and printed percentage.
type Cell struct {
	Level string `json:"level"`
	// Count is the printed (or implied, see Source) count.
	Count int `json:"count"`
	// Percent is the percentage as printed without "%" ("73,9"); "" when
	// none was printed.
	Percent string `json:"percent,omitempty"`
	Source  string `json:"source,omitempty"`
}

// PercentClaim is a percentage printed outside the tables, for a group and
// level, with the count printed beside it if any.
type PercentClaim struct {
	Group   string `json:"group"`
	Level   string `json:"level"`
	Count   *int   `json:"count,omitempty"`
	Percent string `json:"percent"`
	// Quote is the printed text the claim was read from.
	Quote  string `json:"quote,omitempty"`
	Source string `json:"source,omitempty"`
}

// TestClaim is a reported test result, either as a statement in the words
// of the article (parsed with ParseStatement) or as separate printed values.
// Separate values override those parsed from the statement.
type TestClaim struct {
	Statement string `json:"statement,omitempty"`
	// T, P as printed ("-28,471", "0,000", "< .001").
	T string `json:"t,omitempty"`
	P string `json:"p,omitempty"`
	// DF is the degrees of freedom; absent means Claims.N - 1 for a paired
	// test.
	DF *float64 `json:"df,omitempty"`
	// Alternative is "two.sided" (default), "less" or "greater".
	Alternative string `json:"alternative,omitempty"`
	// Margins asks for the t statistic to be checked against the groups
	// with roles "before" and "after".
	Margins bool `json:"margins,omitempty"`
	// V is a reported Wilcoxon V as printed, checked against the margins.
	V string `json:"v,omitempty"`
	// Decision is the stated decision: "reject" (H0 rejected, "Ho
	// ditolak") or "retain"; DecisionQuote and DecisionSource say where.
	Decision       string `json:"decision,omitempty"`
	DecisionQuote  string `json:"decision_quote,omitempty"`
	DecisionSource string `json:"decision_source,omitempty"`
	Source         string `json:"source,omitempty"`
}

// MeanClaim is a reported mean of integer data.
type MeanClaim struct {
	Mean   string `json:"mean"`
	N      int    `json:"n"`
	Items  int    `json:"items,omitempty"`
	Source string `json:"source,omitempty"`
}

// MaxClaimsSize is the largest claims file ReadClaims reads: 16 MiB. A
// larger file is refused with ErrClaimsTooLarge rather than cut short.
const MaxClaimsSize = 16 << 20

// Sentinels of ReadClaims; each also wraps ErrClaims.
var (
	// ErrClaimsTooLarge: a claims file larger than MaxClaimsSize.
	ErrClaimsTooLarge = fmt.Errorf("%w: claims file larger than the 16 MiB limit", ErrClaims)
	// ErrClaimsEmpty: an empty claims file (nothing but white space).
	ErrClaimsEmpty = fmt.Errorf("%w: empty claims file", ErrClaims)
	// ErrClaimsNotObject: the top-level value is not a JSON object (null,
	// an array, a number, a string).
	ErrClaimsNotObject = fmt.Errorf("%w: a claims file is one JSON object", ErrClaims)
	// ErrNoClaims: an object with no groups, percents, tests or means, so
	// that nothing would be checked ({}).
	ErrNoClaims = fmt.Errorf("%w: no claims (no groups, percents, tests or means)", ErrClaims)
	// ErrDuplicateKey: a key given twice in one object.
	ErrDuplicateKey = fmt.Errorf("%w: duplicate key", ErrClaims)
	// ErrClaimsSyntax: text that is not JSON, or JSON of the wrong type
	// for a field.
	ErrClaimsSyntax = fmt.Errorf("%w: not a claims file", ErrClaims)
)

// ClaimsError is an error of ReadClaims at a position of the file: Line and
// Column count from 1, the column in bytes (as the Go compiler and most
// editors count them); Path names the field ("groups[0].cells[1].count"),
// "" for the whole file. Its text is "LINE:COLUMN: message", so that
// prefixing the file name and ":" gives FILE:LINE:COLUMN. It wraps ErrClaims
// and the sentinel of its case (ErrClaimsSyntax, ErrDuplicateKey, ...).
type ClaimsError struct {
	Line, Column int
	Path         string
	Err          error
}

func (e *ClaimsError) Error() string {
	return fmt.Sprintf("%d:%d: %v", e.Line, e.Column, e.Err)
}

func (e *ClaimsError) Unwrap() error { return e.Err }

// ReadClaims reads a claims file (JSON, see the package overview). Unknown
// fields are an error, so that a misspelt key is not silently ignored; so
// are a key given twice in one object (ErrDuplicateKey), a file larger than
// MaxClaimsSize (ErrClaimsTooLarge), an empty file (ErrClaimsEmpty), a
// top-level value that is not an object (ErrClaimsNotObject, e.g. null) and
// an object with nothing to check (ErrNoClaims, e.g. {}). Every error but
// a read error and ErrClaimsTooLarge is a *ClaimsError with the line and
// column; all wrap ErrClaims.
func ReadClaims(r io.Reader) (Claims, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxClaimsSize+1))
	if err != nil {
		return Claims{}, fmt.Errorf("%w: %w", ErrClaims, err)
	}
	if len(data) > MaxClaimsSize {
		return Claims{}, fmt.Errorf("%w (the file has more than %d bytes)", ErrClaimsTooLarge, MaxClaimsSize)
	}
	doc := claimsDoc{data: data, keys: map[string]int{}}
	if err := doc.scan(); err != nil {
		return Claims{}, err
	}
	var c Claims
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Claims{}, doc.decodeError(err)
	}
	if err := c.validate(); err != nil {
		return Claims{}, doc.at(err)
	}
	if len(c.Groups) == 0 && len(c.Percents) == 0 && len(c.Tests) == 0 && len(c.Means) == 0 {
		return Claims{}, doc.errAt(doc.start, "", ErrNoClaims)
	}
	return c, nil
}

// claimsDoc is a claims file checked token by token before it is decoded:
// syntax, one top-level object, no duplicate keys. It records where each
// field starts (by path) for the errors of decoding and validation.
type claimsDoc struct {
	data  []byte
	start int            // offset of the top-level value
	keys  map[string]int // path of a value -> offset of its key (or value)
	vals  []jsonSpan     // every value, in order of their ends
}

type jsonSpan struct {
	start, end int
	path       string
}

func (d *claimsDoc) pos(off int) (line, col int) {
	off = min(max(off, 0), len(d.data))
	line = 1 + bytes.Count(d.data[:off], []byte{'\n'})
	col = off - (bytes.LastIndexByte(d.data[:off], '\n') + 1) + 1
	return line, col
}

func (d *claimsDoc) errAt(off int, path string, err error) *ClaimsError {
	l, c := d.pos(off)
	return &ClaimsError{Line: l, Column: c, Path: path, Err: err}
}

// skip returns the offset of the next token at or after off.
func (d *claimsDoc) skip(off int) int {
	for off < len(d.data) {
		switch d.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

func (d *claimsDoc) syntax(dec *json.Decoder, err error) error {
	var se *json.SyntaxError
	off := int(dec.InputOffset())
	msg := err.Error()
	if errors.As(err, &se) {
		off = int(se.Offset) // json.Decoder: the offset of the offending byte
		msg = strings.TrimPrefix(se.Error(), "json: ")
	} else if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		off = len(d.data)
		msg = "unexpected end of file"
	}
	return d.errAt(off, "", fmt.Errorf("%w: %s", ErrClaimsSyntax, msg))
}

func (d *claimsDoc) scan() error {
	dec := json.NewDecoder(bytes.NewReader(d.data))
	dec.UseNumber()
	d.start = d.skip(0)
	if d.start == len(d.data) {
		return d.errAt(0, "", ErrClaimsEmpty)
	}
	tok, err := dec.Token()
	if err != nil {
		return d.syntax(dec, err)
	}
	if tok != json.Delim('{') {
		what := "null"
		switch tok.(type) {
		case json.Delim:
			what = "an array"
		case bool:
			what = "a boolean"
		case json.Number:
			what = "a number"
		case string:
			what = "a string"
		}
		return d.errAt(d.start, "", fmt.Errorf("%w, not %s", ErrClaimsNotObject, what))
	}
	if err := d.object(dec, d.start, ""); err != nil {
		return err
	}
	end := d.skip(int(dec.InputOffset()))
	if _, err := dec.Token(); err != io.EOF {
		return d.errAt(end, "", fmt.Errorf("%w: data after the JSON object", ErrClaimsSyntax))
	}
	return nil
}

// object reads the members of an object whose '{' is at start.
func (d *claimsDoc) object(dec *json.Decoder, start int, path string) error {
	seen := map[string]int{}
	for {
		koff := d.skip(int(dec.InputOffset()))
		tok, err := dec.Token()
		if err != nil {
			return d.syntax(dec, err)
		}
		if tok == json.Delim('}') {
			d.vals = append(d.vals, jsonSpan{start, int(dec.InputOffset()), path})
			return nil
		}
		k := tok.(string) // the decoder allows only a string here
		if first, ok := seen[k]; ok {
			fl, fc := d.pos(first)
			return d.errAt(koff, join(path, k), fmt.Errorf("%w %q (first at %d:%d)", ErrDuplicateKey, k, fl, fc))
		}
		seen[k] = koff
		d.keys[join(path, k)] = koff
		if err := d.value(dec, join(path, k)); err != nil {
			return err
		}
	}
}

func (d *claimsDoc) value(dec *json.Decoder, path string) error {
	voff := d.skip(int(dec.InputOffset()))
	if _, ok := d.keys[path]; !ok {
		d.keys[path] = voff
	}
	tok, err := dec.Token()
	if err != nil {
		return d.syntax(dec, err)
	}
	switch tok {
	case json.Delim('{'):
		return d.object(dec, voff, path)
	case json.Delim('['):
		for i := 0; ; i++ {
			if !dec.More() {
				if _, err := dec.Token(); err != nil {
					return d.syntax(dec, err)
				}
				d.vals = append(d.vals, jsonSpan{voff, int(dec.InputOffset()), path})
				return nil
			}
			if err := d.value(dec, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	d.vals = append(d.vals, jsonSpan{voff, int(dec.InputOffset()), path})
	return nil
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

// decodeError places an error of json.Decoder.Decode on data that scan
// accepted: a value of the wrong type, an unknown field.
func (d *claimsDoc) decodeError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		// The value ending at te.Offset (or containing it), deepest first.
		best := -1
		for i, v := range d.vals {
			if v.start <= int(te.Offset) && int(te.Offset) <= v.end && (best < 0 || v.start >= d.vals[best].start) {
				best = i
			}
		}
		off, path := d.start, te.Field
		if best >= 0 {
			off, path = d.vals[best].start, d.vals[best].path
		}
		if num, ok := strings.CutPrefix(te.Value, "number "); ok {
			// A number into a number: out of range or not whole.
			why := "is not a whole number in the range of an integer"
			if k := te.Type.Kind(); k == reflect.Float64 || k == reflect.Float32 {
				why = "is out of the range of a float64"
			}
			return d.errAt(off, path, fmt.Errorf("%w: %s: %s %s", ErrClaimsSyntax, orTop(path), num, why))
		}
		return d.errAt(off, path, fmt.Errorf("%w: %s: JSON %s where %s is wanted", ErrClaimsSyntax, orTop(path), te.Value, typeName(te.Type)))
	}
	if k, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		name, _ := strconv.Unquote(k)
		off, path := d.start, ""
		for p, o := range d.keys {
			if (p == name || strings.HasSuffix(p, "."+name)) && (path == "" || o < off) {
				off, path = o, p
			}
		}
		return d.errAt(off, path, fmt.Errorf("%w: unknown key %s", ErrClaimsSyntax, k))
	}
	return d.errAt(d.start, "", fmt.Errorf("%w: %v", ErrClaimsSyntax, err))
}

func orTop(path string) string {
	if path == "" {
		return "the file"
	}
	return path
}

func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "an integer"
	case reflect.Float64, reflect.Float32:
		return "a number (float64)"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "an array"
	case reflect.Struct, reflect.Map, reflect.Pointer:
		return "an object"
	}
	return t.String()
}

// pathError is an error of validate naming the field it is about.
type pathError struct {
	path string
	err  error
}

func (e *pathError) Error() string { return e.err.Error() + " (at " + e.path + ")" }
func (e *pathError) Unwrap() error { return e.err }

func errPath(path string, err error) error { return &pathError{path, err} }

// at places an error of validate at its field.
func (d *claimsDoc) at(err error) error {
	var pe *pathError
	if errors.As(err, &pe) {
		if off, ok := d.keys[pe.path]; ok {
			return d.errAt(off, pe.path, err)
		}
	}
	return d.errAt(d.start, "", err)
}

func (c Claims) validate() error {
	if c.N != nil && c.N.Value < 1 {
		return errPath("n.value", fmt.Errorf("%w: n = %d", ErrClaims, c.N.Value))
	}
	names := map[string]bool{}
	roles := map[string]bool{}
	for gi, g := range c.Groups {
		gp := fmt.Sprintf("groups[%d]", gi)
		if g.Name == "" {
			return errPath(gp, fmt.Errorf("%w: a group without a name", ErrClaims))
		}
		if names[g.Name] {
			return errPath(gp+".name", fmt.Errorf("%w: group %q twice", ErrClaims, g.Name))
		}
		names[g.Name] = true
		switch g.Role {
		case "":
		case "before", "after":
			if roles[g.Role] {
				return errPath(gp+".role", fmt.Errorf("%w: two groups with role %q", ErrClaims, g.Role))
			}
			roles[g.Role] = true
		default:
			return errPath(gp+".role", fmt.Errorf("%w: group %q has role %q, want before, after or none", ErrClaims, g.Name, g.Role))
		}
		if len(c.Levels) > 0 && len(g.Cells) != len(c.Levels) {
			return errPath(gp+".cells", fmt.Errorf("%w: group %q has %d cells for %d levels", ErrClaims, g.Name, len(g.Cells), len(c.Levels)))
		}
		if len(g.Cells) == 0 {
			return errPath(gp, fmt.Errorf("%w: group %q has no cells", ErrClaims, g.Name))
		}
		for i, cell := range g.Cells {
			cp := fmt.Sprintf("%s.cells[%d]", gp, i)
			if cell.Count < 0 || cell.Count > 1e8 {
				return errPath(cp+".count", fmt.Errorf("%w: group %q level %q count %d", ErrClaims, g.Name, cell.Level, cell.Count))
			}
			if len(c.Levels) > 0 && cell.Level != c.Levels[i] {
				return errPath(cp+".level", fmt.Errorf("%w: group %q cell %d is level %q, want %q", ErrClaims, g.Name, i+1, cell.Level, c.Levels[i]))
			}
			if cell.Percent != "" {
				if _, err := ParseNumber(cell.Percent); err != nil {
					return errPath(cp+".percent", fmt.Errorf("%w: group %q level %q: %w", ErrClaims, g.Name, cell.Level, err))
				}
			}
		}
		if g.N != nil && g.N.Value < 1 {
			return errPath(gp+".n.value", fmt.Errorf("%w: group %q n = %d", ErrClaims, g.Name, g.N.Value))
		}
	}
	for pi, p := range c.Percents {
		pp := fmt.Sprintf("percents[%d]", pi)
		if _, _, err := c.findCell(p.Group, p.Level); err != nil {
			return errPath(pp, err)
		}
		if _, err := ParseNumber(p.Percent); err != nil {
			return errPath(pp+".percent", fmt.Errorf("%w: percent for %s/%s: %w", ErrClaims, p.Group, p.Level, err))
		}
		if p.Count != nil && *p.Count < 0 {
			return errPath(pp+".count", fmt.Errorf("%w: percent for %s/%s with count %d", ErrClaims, p.Group, p.Level, *p.Count))
		}
	}
	if c.Alpha != nil {
		a, err := ParseNumber(c.Alpha.Printed)
		if err != nil || !(a.Value > 0 && a.Value < 1) {
			return errPath("alpha.printed", fmt.Errorf("%w: alpha %q, need a number in (0, 1)", ErrClaims, c.Alpha.Printed))
		}
	}
	for i, t := range c.Tests {
		tp := fmt.Sprintf("tests[%d]", i)
		if t.Alternative != "" {
			if _, err := pairedt.ParseAlternative(t.Alternative); err != nil {
				return errPath(tp+".alternative", fmt.Errorf("%w: test %d: %w", ErrClaims, i+1, err))
			}
		}
		switch t.Decision {
		case "", "reject", "retain":
		default:
			return errPath(tp+".decision", fmt.Errorf("%w: test %d decision %q, want reject or retain", ErrClaims, i+1, t.Decision))
		}
		if t.DF != nil && !(*t.DF > 0) {
			return errPath(tp+".df", fmt.Errorf("%w: test %d df %v", ErrClaims, i+1, *t.DF))
		}
		if t.Margins && (!roles["before"] || !roles["after"]) {
			return errPath(tp+".margins", fmt.Errorf("%w: test %d asks for a margin check but there is no group with role before and one with role after", ErrClaims, i+1))
		}
	}
	for i, m := range c.Means {
		if m.N < 1 || m.Items < 0 {
			return errPath(fmt.Sprintf("means[%d]", i), fmt.Errorf("%w: mean %d: n = %d, items = %d", ErrClaims, i+1, m.N, m.Items))
		}
	}
	return nil
}

// name is the group's name in a sentence in a language: "sebelum" and
// "sesudah" in Indonesian for the groups with role before and after, else
// the name as given.
func (g Group) name(a *i18n.AuditWords) string { return a.Group(g.Name, g.Role) }

func (c Claims) findCell(group, level string) (Group, int, error) {
	for _, g := range c.Groups {
		if g.Name != group {
			continue
		}
		for i, cell := range g.Cells {
			if cell.Level == level {
				return g, i, nil
			}
		}
		return Group{}, 0, fmt.Errorf("%w: group %q has no level %q", ErrClaims, group, level)
	}
	return Group{}, 0, fmt.Errorf("%w: no group %q", ErrClaims, group)
}

func (c Claims) groupN(g Group) (int, string) {
	if g.N != nil {
		return g.N.Value, g.N.Source
	}
	if c.N != nil {
		return c.N.Value, c.N.Source
	}
	s := 0
	for _, cell := range g.Cells {
		s += cell.Count
	}
	return s, ""
}

// AuditOptions configures AuditWith.
type AuditOptions struct {
	// Margins configures the margin checks (MaxTables, Wilcoxon); its
	// Scores, T and V are taken from the claims.
	Margins MarginOptions
	// NoPZeroError and PEqualAlphaNotSig are passed to CheckStatement.
	NoPZeroError, PEqualAlphaNotSig bool
}

// Audit checks every claim of c with the default options and returns one
// Check per claim, in the order groups, percentages, tests, means. See
// AuditWith.
func Audit(c Claims) ([]Check, error) { return AuditWith(c, AuditOptions{}) }

// AuditWith checks every claim of c:
//
//   - each group: counts summing to its n (KindCountSum), each printed
//     percentage against its count (KindPercent), the printed percentages
//     summing to 100 within their rounding (KindPercentSum);
//   - each percentage printed elsewhere: against its own count, and against
//     the group's table (KindContradiction) when count or percentage
//     disagree with it;
//   - each test: p against t and df (CheckStatement, KindPValue); with
//     Margins, t against the before and after counts (CheckMargins,
//     KindMargins) and a reported V against the Wilcoxon range
//     (KindWilcoxon); a stated decision against the recomputed p and alpha
//     (KindDecision);
//   - each mean: GRIM (KindGRIM).
//
// Errors wrap ErrClaims (or the errors of the checks) for claims that cannot
// be read; a claim that can be read but not checked is a NotDerivable check.
func AuditWith(c Claims, o AuditOptions) ([]Check, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	var out []Check
	alpha := 0.05
	alphaTxt := "" // as printed; "" for the default, written by the catalog
	if c.Alpha != nil {
		a, _ := ParseNumber(c.Alpha.Printed)
		alpha, alphaTxt = a.Value, c.Alpha.Printed
	}
	for _, g := range c.Groups {
		out = append(out, c.groupChecks(g)...)
	}
	for _, p := range c.Percents {
		cs, err := c.percentChecks(p)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	for i, t := range c.Tests {
		cs, err := c.testChecks(i, t, alpha, alphaTxt, o)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	for _, m := range c.Means {
		items := m.Items
		if items == 0 {
			items = 1
		}
		ch, err := CheckGRIM(m.Mean, m.N, items, m.Source)
		if err != nil {
			return nil, fmt.Errorf("%w: mean %q: %w", ErrClaims, m.Mean, err)
		}
		out = append(out, ch)
	}
	return out, nil
}

func (c Claims) groupChecks(g Group) []Check {
	var out []Check
	n, nSource := c.groupN(g)
	sum := 0
	counts := make([]int, len(g.Cells))
	for i, cell := range g.Cells {
		sum += cell.Count
		counts[i] = cell.Count
	}
	src := g.Source
	if nSource != "" && nSource != src {
		src = strings.TrimSpace(src + "; n: " + nSource)
	}
	cs := Check{Kind: KindCountSum, Source: src}
	ok := sum == n
	cs.Verdict = Inconsistent
	if ok {
		cs.Verdict = Consistent
	}
	cs.say(func(l i18n.Lang) Text {
		a := l.Audit()
		t := Text{Claim: fmt.Sprintf(a.CountSumClaim, g.name(a), joinInts(counts), n),
			Reported: fmt.Sprintf("n = %d", n), Recomputed: fmt.Sprintf("%s = %d", strings.ReplaceAll(joinInts(counts), "/", " + "), sum)}
		if ok {
			t.Explanation = fmt.Sprintf(a.CountSumOK, g.name(a), n)
		} else {
			t.Explanation = fmt.Sprintf(a.CountSumBad, g.name(a), sum, n)
		}
		return t
	})
	out = append(out, cs)
	var printed []string
	total, halfSum, dec := 0.0, 0.0, 0
	for _, cell := range g.Cells {
		if cell.Percent == "" {
			continue
		}
		num, _ := ParseNumber(cell.Percent)
		printed = append(printed, cell.Percent)
		total += num.Value
		halfSum += num.HalfUnit()
		dec = max(dec, num.Decimals)
		if n > 0 && cell.Count <= n {
			ch, err := checkPercent(cell.Count, n, cell.Percent, func(a *i18n.AuditWords) string {
				return fmt.Sprintf(a.PercentOf, fmt.Sprintf("%s %q", g.name(a), cell.Level), cell.Count, cell.Percent, n)
			}, cell.Source)
			if err == nil {
				out = append(out, ch)
			}
		}
	}
	if len(printed) > 0 && n > 0 {
		// Levels printed without a percentage must be empty for the sum to
		// reach 100; their share is added from the counts.
		unprinted := 0
		for _, cell := range g.Cells {
			if cell.Percent == "" {
				unprinted += cell.Count
			}
		}
		rest := 100 * float64(unprinted) / float64(n)
		ps := Check{Kind: KindPercentSum, Source: g.Source}
		got := total + rest
		ps.Low, ps.High = fptr(100-halfSum), fptr(100+halfSum)
		ok := math.Abs(got-100) <= halfSum+1e-9
		ps.Verdict = Inconsistent
		if ok {
			ps.Verdict = Consistent
		}
		ps.say(func(l i18n.Lang) Text {
			a := l.Audit()
			t := Text{Claim: fmt.Sprintf(a.PercentSumClaim, g.name(a), strings.Join(printed, "% + ")),
				Reported:   strings.Join(printed, " + "),
				Recomputed: fmt.Sprintf(a.PercentSumRange, l.Dec(got, dec), l.Dec(100-halfSum, dec+1), l.Dec(100+halfSum, dec+1))}
			if ok {
				t.Explanation = fmt.Sprintf(a.PercentSumOK, g.name(a), l.Dec(got, dec), l.Dec(halfSum, dec+1))
			} else {
				t.Explanation = fmt.Sprintf(a.PercentSumBad, g.name(a), l.Dec(got, dec), l.Dec(halfSum, dec+1))
			}
			return t
		})
		out = append(out, ps)
	}
	return out
}

func (c Claims) percentChecks(p PercentClaim) ([]Check, error) {
	g, li, err := c.findCell(p.Group, p.Level)
	if err != nil {
		return nil, err
	}
	n, _ := c.groupN(g)
	cell := g.Cells[li]
	var out []Check
	num, _ := ParseNumber(p.Percent)
	label := fmt.Sprintf("%s %q", p.Group, p.Level)
	labelIn := func(a *i18n.AuditWords) string { return fmt.Sprintf("%s %q", g.name(a), p.Level) }
	if p.Count != nil {
		if *p.Count > n {
			return nil, fmt.Errorf("%w: %s count %d above n = %d", ErrClaims, label, *p.Count, n)
		}
		ch, err := checkPercent(*p.Count, n, p.Percent, func(a *i18n.AuditWords) string {
			return fmt.Sprintf(a.PercentOf, labelIn(a), *p.Count, p.Percent, n)
		}, p.Source)
		if err != nil {
			return nil, err
		}
		out = append(out, ch)
	}
	tablePct := 100 * float64(cell.Count) / float64(n)
	ct := Check{Kind: KindContradiction, Source: p.Source}
	quote := ""
	if p.Quote != "" {
		quote = fmt.Sprintf(" (%q)", p.Quote)
	}
	reported := p.Percent + "%"
	if p.Count != nil {
		reported = fmt.Sprintf("%d (%s%%)", *p.Count, p.Percent)
	}
	agree := percentOK(cell.Count, n, num) && (p.Count == nil || *p.Count == cell.Count)
	ct.Verdict = Inconsistent
	if agree {
		ct.Verdict = Consistent
	}
	ct.say(func(l i18n.Lang) Text {
		a := l.Audit()
		t := Text{Reported: reported,
			Recomputed: fmt.Sprintf(a.TableRecomputed, cell.Count, n, l.Dec(tablePct, num.Decimals+1), cellSource(cell, g))}
		group := g.name(a)
		if p.Count != nil {
			t.Claim = fmt.Sprintf(a.TableClaimCount, labelIn(a), *p.Count, p.Percent, group)
		} else {
			t.Claim = fmt.Sprintf(a.TableClaim, labelIn(a), p.Percent, group)
		}
		if agree {
			t.Explanation = fmt.Sprintf(a.TableOK, p.Percent, labelIn(a), cell.Count, n, l.Dec(tablePct, num.Decimals))
		} else {
			t.Explanation = fmt.Sprintf(a.TableBad, quote, reported, labelIn(a), cellSource(cell, g), cell.Count, n, l.Dec(tablePct, num.Decimals))
		}
		return t
	})
	out = append(out, ct)
	return out, nil
}

func cellSource(cell Cell, g Group) string {
	if cell.Source != "" {
		return cell.Source
	}
	return g.Source
}

// testChecks checks one test; alphaTxt is alpha as printed ("" for the
// default 0.05).
func (c Claims) testChecks(i int, t TestClaim, alpha float64, alphaTxt string, o AuditOptions) ([]Check, error) {
	var st Statement
	if t.Statement != "" {
		var err error
		st, err = ParseStatement(t.Statement)
		if err != nil {
			return nil, fmt.Errorf("%w: test %d: %w", ErrClaims, i+1, err)
		}
	} else {
		var parts []string
		if t.T != "" {
			parts = append(parts, "t = "+t.T)
		}
		if t.P != "" {
			parts = append(parts, "p = "+t.P)
		}
		st.Text = strings.Join(parts, ", ")
	}
	if t.T != "" {
		n, err := ParseNumber(t.T)
		if err != nil {
			return nil, fmt.Errorf("%w: test %d: %w", ErrClaims, i+1, err)
		}
		st.T = &n
	}
	if t.P != "" {
		n, err := ParseNumber(t.P)
		if err != nil {
			return nil, fmt.Errorf("%w: test %d: %w", ErrClaims, i+1, err)
		}
		st.P = &n
	}
	if t.DF != nil {
		st.DF = t.DF
	}
	alt := pairedt.TwoSided
	if t.Alternative != "" {
		alt, _ = pairedt.ParseAlternative(t.Alternative)
	}
	po := StatementOptions{Alpha: alpha, Alternative: alt, NoPZeroError: o.NoPZeroError, PEqualAlphaNotSig: o.PEqualAlphaNotSig}
	if c.N != nil && st.DF == nil {
		po.DF = float64(c.N.Value - 1)
	}
	var out []Check
	pc, err := CheckStatement(st, po)
	if err != nil {
		return nil, err
	}
	pc.Source = t.Source
	out = append(out, pc)

	var before, after Group
	for _, g := range c.Groups {
		switch g.Role {
		case "before":
			before = g
		case "after":
			after = g
		}
	}
	if t.Margins && st.T != nil {
		mo := o.Margins
		mo.Scores = c.Scores
		if t.V != "" {
			v, err := ParseNumber(t.V)
			if err != nil {
				return nil, fmt.Errorf("%w: test %d: %w", ErrClaims, i+1, err)
			}
			mo.V = &v
		}
		mo.T = st.T
		r, err := Margins(cellCounts(before), cellCounts(after), mo)
		if err != nil {
			return nil, fmt.Errorf("%w: test %d: %w", ErrClaims, i+1, err)
		}
		mc := marginCheck(cellCounts(before), cellCounts(after), r, mo)
		mc.Source = joinNonEmpty("; ", t.Source, before.Source, after.Source)
		out = append(out, mc)
		if mo.V != nil {
			out = append(out, wilcoxonCheck(*mo.V, r, t.Source))
		}
	}
	if t.Decision != "" {
		out = append(out, decisionCheck(t, st, po, alphaTxt))
	}
	return out, nil
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func cellCounts(g Group) []int {
	out := make([]int, len(g.Cells))
	for i, c := range g.Cells {
		out[i] = c.Count
	}
	return out
}

func wilcoxonCheck(v Number, r MarginResult, source string) Check {
	c := Check{Kind: KindWilcoxon, Source: source}
	claim := func(a *i18n.AuditWords) Text {
		return Text{Claim: fmt.Sprintf(a.WilcoxonClaim, v.Text), Reported: "V = " + v.Text}
	}
	w := r.Wilcoxon
	if w == nil {
		c.Verdict = NotDerivable
		c.say(func(l i18n.Lang) Text {
			a := l.Audit()
			t := claim(a)
			t.Explanation = a.WilcoxonTooMany
			return t
		})
		return c
	}
	c.VMin, c.VMax = fptr(w.VMin), fptr(w.VMax)
	c.WilcoxonPMin, c.WilcoxonPMax = fptr(w.PMin), fptr(w.PMax)
	c.Verdict = Inconsistent
	if w.VAttainable {
		c.Verdict = Consistent
	}
	c.say(func(l i18n.Lang) Text {
		a := l.Audit()
		t := claim(a)
		t.Recomputed = fmt.Sprintf(a.WilcoxonRecomputed, l.Interval(l.G(w.VMin), l.G(w.VMax)), l.Interval(l.G(w.PMin), l.G(w.PMax)), r.Tables)
		if w.VAttainable {
			t.Explanation = fmt.Sprintf(a.WilcoxonOK, v.Text)
		} else {
			t.Explanation = fmt.Sprintf(a.WilcoxonBad, v.Text, l.G(w.VNearest))
		}
		return t
	})
	return c
}

func decisionCheck(t TestClaim, st Statement, po StatementOptions, alphaTxt string) Check {
	c := Check{Kind: KindDecision, Source: t.DecisionSource}
	reject := t.Decision == "reject"
	// reported is the decision as the article words it (quoted), or the
	// claims file's word in English and the language's word otherwise.
	reported := func(a *i18n.AuditWords) string {
		switch {
		case t.DecisionQuote != "":
			return t.DecisionQuote
		case reject && a.Reject != "":
			return a.Reject
		case !reject && a.Retain != "":
			return a.Retain
		}
		return t.Decision
	}
	alphaIn := func(a *i18n.AuditWords) string {
		if alphaTxt == "" {
			return a.DecisionDefault
		}
		return alphaTxt
	}
	claim := func(a *i18n.AuditWords) Text {
		return Text{Claim: fmt.Sprintf(a.DecisionClaim, reported(a), alphaIn(a)), Reported: reported(a)}
	}
	df := po.DF
	if st.DF != nil {
		df = *st.DF
	}
	var p float64
	var how func(l i18n.Lang) string
	switch {
	case st.T != nil && df > 0:
		p = tP(st.T.Value, df, po.Alternative)
		tText := st.T.Text
		how = func(l i18n.Lang) string { return fmt.Sprintf(l.Audit().DecisionFromT, l.G(p), l.G(df), tText) }
	case st.P != nil && st.P.Comparison != "ns":
		p = st.P.Value
		pText := st.P.Text
		how = func(l i18n.Lang) string { return fmt.Sprintf(l.Audit().DecisionFromP, pText) }
	default:
		c.Verdict = NotDerivable
		c.say(func(l i18n.Lang) Text {
			a := l.Audit()
			x := claim(a)
			x.Explanation = a.DecisionNoData
			return x
		})
		return c
	}
	sig := p <= po.Alpha
	if po.PEqualAlphaNotSig {
		sig = p < po.Alpha
	}
	c.Verdict = DecisionError
	if sig == reject {
		c.Verdict = Consistent
	}
	c.say(func(l i18n.Lang) Text {
		a := l.Audit()
		word := func(rej bool) string {
			if rej {
				return a.RejectH0
			}
			return a.RetainH0
		}
		x := claim(a)
		x.Recomputed = how(l)
		if sig == reject {
			x.Explanation = fmt.Sprintf(a.DecisionOK, how(l), alphaIn(a), word(sig))
		} else {
			x.Explanation = fmt.Sprintf(a.DecisionBad, how(l), alphaIn(a), word(sig), word(reject))
		}
		return x
	})
	return c
}

// Report is the JSON document of a set of checks: {"checks": [...]}.
type Report struct {
	Checks []Check `json:"checks"`
}

// WriteJSON writes checks as {"checks": [...]}, indented, with a final
// newline. A nil slice is written as an empty array.
func WriteJSON(w io.Writer, checks []Check) error {
	if checks == nil {
		checks = []Check{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(Report{Checks: checks})
}

// String returns the check as one line of text:
//
//	[verdict] claim: explanation (source)
func (c Check) String() string {
	s := fmt.Sprintf("[%s] %s: %s", c.Verdict, c.Claim, c.Explanation)
	if c.Source != "" {
		s += " (" + c.Source + ")"
	}
	return s
}

// WriteText writes one block per check in lang: the verdict (its JSON
// code), the claim and the explanation on one line, then the reported and
// the recomputed value and, when known, the source, each on its own line
// labelled in lang:
//
//	[verdict] claim: explanation
//	  reported:   ...
//	  recomputed: ...
//	  source:     ...
//
// This is the text output of pairedt check.
func WriteText(w io.Writer, checks []Check, lang Lang) error {
	a := lang.Audit()
	var errs []error
	for _, c := range checks {
		t := c.Text(lang)
		_, err := fmt.Fprintf(w, "[%s] %s: %s\n  %s %s\n  %s %s\n", c.Verdict, t.Claim, t.Explanation, a.TextReported, t.Reported, a.TextRecomputed, t.Recomputed)
		errs = append(errs, err)
		if c.Source != "" {
			_, err := fmt.Fprintf(w, "  %s %s\n", a.TextSource, c.Source)
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
