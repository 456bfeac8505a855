package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/pairedt"
)

// newFlagSet returns a flag set that reports errors through the returned
// error only (nothing printed by the flag package itself).
func newFlagSet(c *command) *flag.FlagSet {
	fs := flag.NewFlagSet("pairedt "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseArgs parses flags that may come before or after the positional
// arguments ("pairedt test data.csv --before a --after b"); everything after
// "--" is positional. -h prints the command's usage to stdout and returns
// flag.ErrHelp.
//
// A flag given twice is refused (exit 2, naming the flag) rather than
// letting the last one silently win: "--before pre ... --before post" is
// more likely a mistake than a choice.
func parseArgs(e *env, fs *flag.FlagSet, args []string) ([]string, error) {
	var twice *onceValue
	restore := onceFlags(fs, &twice)
	defer restore()
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				restore()
				printUsage(e.stdout, e.cmd, fs)
				return nil, err
			}
			if twice != nil {
				dash := "--"
				if len(twice.name) == 1 {
					dash = "-"
				}
				return nil, usageErrorf("%s%s given twice (%q, then %q); %w", dash, twice.name, twice.first, twice.second, errRepeatedFlag)
			}
			return nil, usageErrorf("%s", strings.TrimPrefix(err.Error(), "flag "))
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// errRepeatedFlag: a flag was given more than once.
var errRepeatedFlag = errors.New("each flag may be given only once")

// onceValue wraps a flag's Value and refuses a second Set.
type onceValue struct {
	flag.Value
	name          string
	set           bool
	first, second string
	twice         **onceValue
}

func (o *onceValue) Set(s string) error {
	if o.set {
		o.second = s
		*o.twice = o
		return errRepeatedFlag
	}
	o.set, o.first = true, s
	return o.Value.Set(s)
}

// onceBool is onceValue for a boolean flag (-json without a value).
type onceBool struct{ *onceValue }

func (o onceBool) IsBoolFlag() bool { return true }

// onceFlags wraps every flag of fs in a onceValue; restore puts the original
// values back (the flag package's help inspects their types).
func onceFlags(fs *flag.FlagSet, twice **onceValue) (restore func()) {
	orig := map[*flag.Flag]flag.Value{}
	fs.VisitAll(func(f *flag.Flag) {
		orig[f] = f.Value
		o := &onceValue{Value: f.Value, name: f.Name, twice: twice}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			f.Value = onceBool{o}
		} else {
			f.Value = o
		}
	})
	return func() {
		for f, v := range orig {
			f.Value = v
		}
	}
}

// printUsage prints a command's help: synopsis, description, flags, example.
func printUsage(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage:\n  %s\n\n%s\n", c.synopsis, strings.TrimSpace(c.help))
	if fs == nil {
		fs = newFlagSet(c)
		c.flags(fs)
	}
	fmt.Fprintf(w, "\nFlags:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	fmt.Fprintf(w, "\nExample:\n%s\n", c.example)
}

// inputFlags are the flags shared by the commands that read a data file.
type inputFlags struct {
	before, after string
	id            string
	time, value   string
	sep           string
	decimal       string
	missing       string
	missingSet    bool
	sheet         string
	where         string
	direction     string
	exact         string // --exact: the Wilcoxon test's null distribution
	zeroMethod    string // --zero-method: the Wilcoxon test's zero differences
	stream        bool   // test's t-test alone: stream an SPSS file rather than read it whole
}

// reversed reports whether --direction asks for d = after - before.
func (f *inputFlags) reversed() bool { return f.direction == "after-before" }

// studyOptions are the library's options of an analysis with these flags:
// opts and the direction of --direction.
func (f *inputFlags) studyOptions(opts pairedt.Options) pairedt.StudyOptions {
	so := pairedt.StudyOptions{Options: opts}
	if f.reversed() {
		so.Direction = pairedt.AfterMinusBefore
	}
	// Both were validated by checkDirection.
	so.Exact, _ = pairedt.ParseExactMode(f.exact)
	so.Zero, _ = pairedt.ParseZeroMethod(f.zeroMethod)
	return so
}

func (f *inputFlags) define(fs *flag.FlagSet) {
	fs.StringVar(&f.before, "before", "", "`column` of the pretest values (wide format); in long format, the value of --time that marks the pretest")
	fs.StringVar(&f.after, "after", "", "`column` of the posttest values (wide format); in long format, the value of --time that marks the posttest")
	fs.StringVar(&f.id, "id", "", "`column` of subject ids: wide format checks they are unique; with --time and --value it pairs the rows of long format")
	fs.StringVar(&f.time, "time", "", "long format: `column` naming the occasion of each row (needs --id and --value)")
	fs.StringVar(&f.value, "value", "", "long format: `column` of the measured values (needs --id and --time)")
	fs.StringVar(&f.sep, "sep", "", "field separator: ',' ';' or 'tab' (default: detected from the header)")
	fs.StringVar(&f.decimal, "decimal", "", "decimal mark: '.' or ',' (default: detected)")
	fs.StringVar(&f.sheet, "sheet", "", "the sheet of an .xlsx workbook, by `name` or 1-based index (default: the only sheet with data)")
	fs.StringVar(&f.where, "where", "", "analyse only the rows whose `COL=VALUE` (the cell's text, or an SPSS value label); run once per group for a per-group analysis")
	fs.StringVar(&f.exact, "exact", "auto", "the Wilcoxon test's null distribution: auto (R's rule), force, never (normal approximation) or conditional (exact given ties and zeros, as coin)")
	fs.StringVar(&f.zeroMethod, "zero-method", "wilcox", "the Wilcoxon test's zero differences: wilcox (dropped, as R), pratt or zsplit")
	fs.StringVar(&f.direction, "direction", "before-after", "the `difference` analysed: before-after (d = before - after, R's t.test(before, after)) or after-before")
	fs.Func("missing", "comma-separated `list` of cell values that mean missing (default \",NA,.\", i.e. empty, NA and .)", func(s string) error {
		f.missing = s
		f.missingSet = true
		return nil
	})
}

// csvOptions validates the separator, decimal and missing flags.
func (f *inputFlags) csvOptions(name string) (csvin.Options, error) {
	o := csvin.Options{Name: name}
	switch f.sep {
	case "":
	case ",", "comma":
		o.Sep = ','
	case ";", "semicolon":
		o.Sep = ';'
	case "\t", "tab", `\t`:
		o.Sep = '\t'
	default:
		return o, usageErrorf("--sep %q: want ',', ';' or tab", f.sep)
	}
	switch f.decimal {
	case "":
	case ".", "point":
		o.Decimal = '.'
	case ",", "comma":
		o.Decimal = ','
	default:
		return o, usageErrorf("--decimal %q: want '.' or ','", f.decimal)
	}
	if o.Sep == ',' && o.Decimal == ',' {
		return o, usageErrorf("--decimal , needs a ';' or tab separator (a ',' separator leaves '.' as the decimal mark)")
	}
	if f.missingSet {
		list, err := parseList("--missing", f.missing, true)
		if err != nil {
			return o, err
		}
		o.Missing = list
		if o.Missing == nil {
			o.Missing = []string{}
		}
	}
	return o, nil
}

// layout is how subjects are laid out in the file.
type layout = load.Layout

// layout checks the combination of pairing flags.
func (f *inputFlags) layout() (layout, error) {
	s := f.pairing()
	lay, err := s.Layout()
	return lay, fromLoad(err)
}

// pairing is the Spec of the pairing flags alone.
func (f *inputFlags) pairing() load.Spec {
	return load.Spec{Before: f.before, After: f.after, ID: f.id, Time: f.time, Value: f.value, Where: f.where, Sheet: f.sheet, Flags: true}
}

// spec is the Spec of the input flags: the pairing and the cell rules.
func (f *inputFlags) spec() (load.Spec, error) {
	s := f.pairing()
	o, err := f.csvOptions("")
	if err != nil {
		return s, err
	}
	s.Sep, s.Decimal = o.Sep, o.Decimal
	if f.missingSet {
		s.Missing = o.Missing
	}
	return s, nil
}

// checkDirection validates --direction, --exact and --zero-method.
func (f *inputFlags) checkDirection() error {
	switch f.direction {
	case "before-after", "after-before":
	default:
		return usageErrorf("--direction %q: want before-after or after-before", f.direction)
	}
	if _, err := pairedt.ParseExactMode(f.exact); err != nil {
		return usageErrorf("--exact %q: want auto, force, never or conditional", f.exact)
	}
	if _, err := pairedt.ParseZeroMethod(f.zeroMethod); err != nil {
		return usageErrorf("--zero-method %q: want wilcox, pratt or zsplit", f.zeroMethod)
	}
	return nil
}

// parseList splits a comma-separated flag value, with CSV quoting for items
// that contain a comma ("\"a, b\",c"). Items are trimmed of spaces. With
// allowEmpty, empty items are kept (for --missing ""), otherwise an error.
func parseList(flagName, s string, allowEmpty bool) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		if allowEmpty {
			return []string{""}, nil
		}
		return nil, usageErrorf("%s is empty", flagName)
	}
	r := csv.NewReader(strings.NewReader(s))
	r.TrimLeadingSpace = true
	rec, err := r.Read()
	if err != nil {
		return nil, usageErrorf("%s %q: %v", flagName, s, err)
	}
	if _, err := r.Read(); err != io.EOF {
		return nil, usageErrorf("%s %q: a list must be on one line", flagName, s)
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
		if rec[i] == "" && !allowEmpty {
			return nil, usageErrorf("%s %q: item %d is empty", flagName, s, i+1)
		}
	}
	return rec, nil
}

// parseFloats parses a comma-separated list of finite numbers (decimal
// point or, when the items are separated by ';' or spaces, decimal comma).
func parseFloats(flagName, s string) ([]float64, error) {
	items, err := splitNumbers(flagName, s)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(items))
	for i, it := range items {
		v, err := parseNumber(it)
		if err != nil {
			return nil, usageErrorf("%s: item %d %q is not a finite number", flagName, i+1, it)
		}
		out[i] = v
	}
	return out, nil
}

// parseInts parses a comma-separated list of non-negative integers.
func parseInts(flagName, s string) ([]int, error) {
	items, err := splitNumbers(flagName, s)
	if err != nil {
		return nil, err
	}
	out := make([]int, len(items))
	for i, it := range items {
		v, err := strconv.Atoi(it)
		if err != nil || v < 0 {
			return nil, usageErrorf("%s: item %d %q is not a count (a whole number >= 0)", flagName, i+1, it)
		}
		out[i] = v
	}
	return out, nil
}

func splitNumbers(flagName, s string) ([]string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, usageErrorf("%s is empty", flagName)
	}
	var items []string
	switch {
	case strings.Contains(s, ";"):
		items = strings.Split(s, ";")
	case strings.Contains(s, ","):
		items = strings.Split(s, ",")
	default:
		items = strings.Fields(s)
	}
	for i := range items {
		items[i] = strings.TrimSpace(items[i])
		if items[i] == "" {
			return nil, usageErrorf("%s %q: item %d is empty", flagName, s, i+1)
		}
	}
	return items, nil
}

// parseNumber reads one finite number written with a decimal point or a
// decimal comma, with an ASCII or Unicode minus.
func parseNumber(s string) (float64, error) { return load.ParseNumber(s) }

// testFlags are the flags of a t-test.
type testFlags struct {
	alternative string
	mu          string
	confLevel   string
}

func (t *testFlags) define(fs *flag.FlagSet) {
	fs.StringVar(&t.alternative, "alternative", "two.sided", "alternative hypothesis for d = before - after: two.sided, less or greater")
	fs.StringVar(&t.mu, "mu", "0", "mean difference under the null hypothesis")
	fs.StringVar(&t.confLevel, "conf-level", "0.95", "confidence level of the interval, in (0, 1)")
}

func (t *testFlags) options() (pairedt.Options, error) {
	var o pairedt.Options
	alt, err := pairedt.ParseAlternative(t.alternative)
	if err != nil {
		return o, usageErrorf("--alternative %q: want two.sided, less or greater", t.alternative)
	}
	o.Alternative = alt
	mu, err := parseNumber(t.mu)
	if err != nil {
		return o, usageErrorf("--mu: %v", err)
	}
	o.Mu = mu
	cl, err := parseNumber(t.confLevel)
	if err != nil || !(cl > 0 && cl < 1) {
		return o, usageErrorf("--conf-level %q: want a number between 0 and 1, such as 0.95", t.confLevel)
	}
	o.ConfLevel = cl
	return o, nil
}
