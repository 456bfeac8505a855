// Command beam runs the paired t-test on sharded CSV files with Apache Beam:
// every worker parses its part of the shards into one pairedt.Accumulator
// per bundle (FoldFn), the runner merges the accumulators (MergeFn, a
// CombineFn; with --per_pair each pair goes through the CombineFn TTestFn
// instead), and one worker writes the t-test, as pairedt.Test gives it on all the
// pairs concatenated (to about 1e-13 relative; see Accuracy below).
//
//	go run . --input='data/part-*.csv' --output=result.txt [--before=before --after=after]
//	    [--alternative=two.sided|less|greater] [--mu=0] [--conf_level=0.95] [--json] [--per_pair]
//	    [--runner=prism|direct|flink|spark|dataflow ...]
//
// The input is CSV text files matching the glob --input (a local path, or
// gs:// on Dataflow), each with the same header line; the columns named by
// --before and --after hold the pairs, d = before - after. A cell that is
// empty, NA or "." is missing and drops its pair, as R does; a line equal to
// the header (each shard's first) is skipped, and so are empty lines. Any
// other cell that is not a number stops the pipeline with an error naming the
// file, the column, the value and the line. Line numbers are not known:
// Beam splits a file by byte ranges read in parallel.
//
// The output is the one file --output: the t-test as R prints it (the text
// of TTestResult.String), or its JSON with --json.
//
// Runners: the default is prism, Beam's portable local runner, in this
// process; --runner=direct is the older in-process runner. The same binary
// submits the same pipeline to Flink, Spark or Dataflow: see the README's
// section "Past one machine: Apache Beam".
//
// # Accuracy
//
// The Accumulator's merge (Chan, Golub and LeVeque 1979) is not associative
// in floating point: shards merged in another order, or a runner that cuts
// the bundles elsewhere, can change the last bits. TestTTestFnMergeOrder
// merged 20,000 pairs in 50 random cuts and orders: 9 distinct bit patterns
// of t, all within 2.4e-15 relative of pairedt.Test's (1.2e-14 for the
// least stable number, the g_z interval's bound), inside pairedt's
// documented 1e-13 for Accumulator.Result against Test; the tests assert
// 1e-12. The counts (n, dropped) are exact. The text output, printed to 4 to 7
// significant digits as R does, is the same whatever the order unless a
// number lies within 1e-13 of a rounding boundary; the JSON keeps all 17
// digits, and its last ones can differ between runs.
package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/pairedt/pairedt/pairedt"
)

// The errors of the input, for errors.Is where the pipeline runs in this
// process; a remote runner reports their text.
var (
	// ErrNoInput: the glob matches no file, or the first file is empty.
	ErrNoInput = errors.New("beam: no input")
	// ErrColumn: the header lacks a column named by --before or --after.
	ErrColumn = errors.New("beam: no such column")
	// ErrValue: a cell is neither a number nor missing, or a line is not
	// CSV or too short.
	ErrValue = errors.New("beam: invalid value")
)

// Config is what a run needs, from the command line.
type Config struct {
	Input, Output string // glob of the input shards, the output file
	Before, After string // the column names
	Options       pairedt.Options
	JSON          bool // write JSON instead of R's text
	// PerPair sends every pair through the CombineFn TTestFn instead of
	// folding each bundle's pairs into one Accumulator first (FoldFn, then
	// MergeFn): the textbook CombineFn, about half the speed.
	PerPair bool
}

func main() {
	var c Config
	flag.StringVar(&c.Input, "input", "", "glob of the input CSV files (required)")
	flag.StringVar(&c.Output, "output", "", "the output file (required)")
	flag.StringVar(&c.Before, "before", "before", "the column of the first measurement")
	flag.StringVar(&c.After, "after", "after", "the column of the second measurement")
	alt := flag.String("alternative", "two.sided", "two.sided, less or greater")
	flag.Float64Var(&c.Options.Mu, "mu", 0, "the mean difference under the null hypothesis")
	flag.Float64Var(&c.Options.ConfLevel, "conf_level", 0.95, "the confidence level of the interval")
	flag.BoolVar(&c.JSON, "json", false, "write the result as JSON")
	flag.BoolVar(&c.PerPair, "per_pair", false, "combine pair by pair (TTestFn) instead of one Accumulator per bundle")
	flag.Parse()
	beam.Init() // on a worker this runs the worker and does not return

	err := func() error {
		if c.Input == "" || c.Output == "" {
			return errors.New("--input and --output are required")
		}
		var err error
		if c.Options.Alternative, err = pairedt.ParseAlternative(*alt); err != nil {
			return err
		}
		ctx := context.Background()
		p, err := Pipeline(ctx, c)
		if err != nil {
			return err
		}
		_, err = beamx.RunWithMetrics(ctx, p)
		return err
	}()
	if err != nil {
		msg := err.Error()
		if !strings.HasPrefix(msg, "beam: ") {
			msg = "beam: " + msg
		}
		fmt.Fprintln(os.Stderr, msg)
		os.Exit(1)
	}
}

// Pipeline builds the pipeline of c: read the shards, parse the pairs, sum
// them in a CombineFn of pairedt.Accumulators, write the t-test. It reads
// the header of the first file the glob matches (in name order) and checks
// the options before building anything.
func Pipeline(ctx context.Context, c Config) (*beam.Pipeline, error) {
	if _, err := new(pairedt.Accumulator).Result(c.Options); errors.Is(err, pairedt.ErrConfLevel) || errors.Is(err, pairedt.ErrMu) || errors.Is(err, pairedt.ErrAlternative) {
		return nil, err
	}
	header, err := readHeader(ctx, c.Input)
	if err != nil {
		return nil, err
	}
	parse, err := newParseFn(header, c.Before, c.After)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Input, err)
	}
	p, s := beam.NewPipelineWithRoot()
	lines := textio.ReadWithFilename(s.Scope("read"), c.Input)
	acc := TTest(s, lines, parse, c.PerPair)
	result := beam.ParDo(s.Scope("result"), &resultFn{Options: c.Options, JSON: c.JSON}, beam.Impulse(s), beam.SideInput{Input: acc})
	textio.Write(s.Scope("write"), c.Output, result)
	return p, nil
}

// TTest returns the PCollection of (at most) one *pairedt.Accumulator
// summing the pairs that parse finds in lines, a PCollection of
// KV<file name, line>. By default each bundle's pairs are added to one
// Accumulator (FoldFn) and the bundles' Accumulators merged by MergeFn;
// with perPair every pair goes through TTestFn. Both give the same counts
// and the same numbers to the last bits (see Accuracy).
func TTest(s beam.Scope, lines beam.PCollection, parse *ParseFn, perPair bool) beam.PCollection {
	s = s.Scope("ttest")
	if perPair {
		pairs := beam.ParDo(s, parse, lines)
		return beam.Combine(s, &TTestFn{}, pairs)
	}
	accs := beam.ParDo(s, &FoldFn{Parse: parse}, lines)
	return beam.Combine(s, &MergeFn{}, accs)
}

// readHeader returns the first line of the first file matching glob.
func readHeader(ctx context.Context, glob string) (string, error) {
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return "", err
	}
	defer fs.Close()
	files, err := fs.List(ctx, glob)
	if err != nil {
		return "", err
	}
	if len(files) == 0 {
		return "", fmt.Errorf("%w: no file matches %s", ErrNoInput, glob)
	}
	slices.Sort(files)
	r, err := fs.OpenRead(ctx, files[0])
	if err != nil {
		return "", err
	}
	defer r.Close()
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		if err == io.EOF {
			return "", fmt.Errorf("%w: %s is empty", ErrNoInput, files[0])
		}
		return "", fmt.Errorf("%s: %w", files[0], err)
	}
	return strings.TrimPrefix(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), bom), nil
}

// bom is the UTF-8 byte order mark some programs write at a file's start.
const bom = "\ufeff"

// Pair is one before/after pair.
type Pair struct{ X, Y float64 }

// ParseFn turns KV<file, line> into Pairs. Its exported fields are what a
// runner sends to the workers.
type ParseFn struct {
	Header        string // the header line, skipped wherever it occurs
	Before, After string // the column names
	I, J          int    // their 0-based indices in the header
	Width         int    // the number of columns
}

// newParseFn finds the columns before and after in the header.
func newParseFn(header, before, after string) (*ParseFn, error) {
	names, err := splitLine(header)
	if err != nil {
		return nil, fmt.Errorf("header %q: %w", header, err)
	}
	f := &ParseFn{Header: header, Before: before, After: after, I: slices.Index(names, before), J: slices.Index(names, after), Width: len(names)}
	for _, c := range [...]struct {
		name string
		i    int
	}{{before, f.I}, {after, f.J}} {
		if c.i < 0 {
			return nil, fmt.Errorf("%w: %q (the header has %q)", ErrColumn, c.name, names)
		}
	}
	if f.I == f.J {
		return nil, fmt.Errorf("%w: --before and --after both name %q", ErrColumn, before)
	}
	return f, nil
}

// ProcessElement parses one line. It emits nothing for the header (with
// or without a UTF-8 byte order mark) and for empty lines.
func (f *ParseFn) ProcessElement(file, line string, emit func(Pair)) error {
	line = strings.TrimPrefix(strings.TrimSuffix(line, "\r"), bom)
	if line == f.Header || line == "" {
		return nil
	}
	x, y, err := f.parse(line)
	if err != nil {
		return fmt.Errorf("%s: line %q: %w", file, line, err)
	}
	emit(Pair{x, y})
	return nil
}

// parse returns the values of the two columns of line.
func (f *ParseFn) parse(line string) (x, y float64, err error) {
	var a, b string
	if !strings.Contains(line, `"`) {
		// The fast path: the fields between commas, without allocating.
		n := 0
		for rest, more := line, true; more; n++ {
			var field string
			field, rest, more = strings.Cut(rest, ",")
			switch n {
			case f.I:
				a = field
			case f.J:
				b = field
			}
		}
		if n != f.Width {
			return 0, 0, fmt.Errorf("%w: %d fields, the header has %d", ErrValue, n, f.Width)
		}
	} else {
		fields, err := splitLine(line)
		if err != nil {
			return 0, 0, fmt.Errorf("%w: %v", ErrValue, err)
		}
		if len(fields) != f.Width {
			return 0, 0, fmt.Errorf("%w: %d fields, the header has %d", ErrValue, len(fields), f.Width)
		}
		a, b = fields[f.I], fields[f.J]
	}
	if x, err = parseCell(a); err != nil {
		return 0, 0, fmt.Errorf("column %q: %w", f.Before, err)
	}
	if y, err = parseCell(b); err != nil {
		return 0, 0, fmt.Errorf("column %q: %w", f.After, err)
	}
	return x, y, nil
}

// splitLine splits one CSV line (RFC 4180 quoting) into its fields.
func splitLine(line string) ([]string, error) {
	r := csv.NewReader(strings.NewReader(line))
	r.FieldsPerRecord = -1
	fields, err := r.Read()
	if err == io.EOF {
		return []string{""}, nil
	}
	return fields, err
}

// parseCell returns the number in s, NaN for a missing cell ("", "NA",
// "."), or an error wrapping ErrValue. Spaces around the number are
// allowed, as in R's read.csv.
func parseCell(s string) (float64, error) {
	t := strings.TrimSpace(s)
	switch t {
	case "", "NA", ".":
		return math.NaN(), nil
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return v, nil // ±Inf or a rounded subnormal, as Test judges them
		}
		return 0, fmt.Errorf("%w: %q is not a number", ErrValue, s)
	}
	return v, nil
}

// TTestFn is the CombineFn: its accumulator is a *pairedt.Accumulator,
// sent between workers by the coder registered in init (its MarshalBinary).
type TTestFn struct{}

// CreateAccumulator returns an empty Accumulator.
func (TTestFn) CreateAccumulator() *pairedt.Accumulator { return new(pairedt.Accumulator) }

// AddInput adds a pair to a.
func (TTestFn) AddInput(a *pairedt.Accumulator, p Pair) *pairedt.Accumulator {
	a.Add(p.X, p.Y)
	return a
}

// MergeAccumulators merges b into a.
func (TTestFn) MergeAccumulators(a, b *pairedt.Accumulator) *pairedt.Accumulator {
	a.Merge(b)
	return a
}

// FoldFn parses lines as its ParseFn does and adds the pairs of a bundle to
// one Accumulator, emitted when the bundle finishes: Beam's per-element
// cost is then paid once per line read, not again per pair combined.
type FoldFn struct {
	Parse *ParseFn
	acc   *pairedt.Accumulator
	add   func(Pair) // adds to acc
}

// StartBundle starts the bundle's Accumulator.
func (f *FoldFn) StartBundle(func(*pairedt.Accumulator)) {
	f.acc = new(pairedt.Accumulator)
	if f.add == nil {
		f.add = func(p Pair) { f.acc.Add(p.X, p.Y) }
	}
}

// ProcessElement adds the pair of one line, as ParseFn.ProcessElement
// would emit it.
func (f *FoldFn) ProcessElement(file, line string, _ func(*pairedt.Accumulator)) error {
	return f.Parse.ProcessElement(file, line, f.add)
}

// FinishBundle emits the bundle's Accumulator.
func (f *FoldFn) FinishBundle(emit func(*pairedt.Accumulator)) {
	emit(f.acc)
	f.acc = nil
}

// MergeFn is the CombineFn of the bundles' Accumulators: each input, as
// each accumulator, is merged in (Accumulator.Merge).
type MergeFn struct{}

// CreateAccumulator returns an empty Accumulator.
func (MergeFn) CreateAccumulator() *pairedt.Accumulator { return new(pairedt.Accumulator) }

// AddInput merges the Accumulator b into a.
func (MergeFn) AddInput(a, b *pairedt.Accumulator) *pairedt.Accumulator {
	a.Merge(b)
	return a
}

// MergeAccumulators merges b into a.
func (MergeFn) MergeAccumulators(a, b *pairedt.Accumulator) *pairedt.Accumulator {
	a.Merge(b)
	return a
}

// resultFn writes the t-test of the merged Accumulator (of an empty one
// when no pair was read, so that the error says so).
type resultFn struct {
	Options pairedt.Options
	JSON    bool
}

func (f *resultFn) ProcessElement(_ []byte, accs func(**pairedt.Accumulator) bool, emit func(string)) error {
	all := new(pairedt.Accumulator)
	var a *pairedt.Accumulator
	for accs(&a) {
		all.Merge(a)
	}
	r, err := all.Result(f.Options)
	if err != nil {
		return err
	}
	if f.JSON {
		j, err := r.MarshalJSON()
		if err != nil {
			return err
		}
		emit(string(j))
		return nil
	}
	emit(strings.TrimSuffix(r.String(), "\n"))
	return nil
}

func encodeAccumulator(a *pairedt.Accumulator) ([]byte, error) { return a.MarshalBinary() }

func decodeAccumulator(b []byte) (*pairedt.Accumulator, error) {
	a := new(pairedt.Accumulator)
	return a, a.UnmarshalBinary(b)
}

func init() {
	beam.RegisterCoder(reflect.TypeFor[*pairedt.Accumulator](), encodeAccumulator, decodeAccumulator)
	register.DoFn3x1[string, string, func(Pair), error](&ParseFn{})
	register.Emitter1[Pair]()
	register.DoFn3x1[string, string, func(*pairedt.Accumulator), error](&FoldFn{})
	register.Emitter1[*pairedt.Accumulator]()
	register.Combiner1[*pairedt.Accumulator](&MergeFn{})
	register.Combiner2[*pairedt.Accumulator, Pair](&TTestFn{})
	register.DoFn3x1[[]byte, func(**pairedt.Accumulator) bool, func(string), error](&resultFn{})
	register.Iter1[*pairedt.Accumulator]()
	register.Emitter1[string]()
}
