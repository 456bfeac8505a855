package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/pairedt/pairedt/pairedt"
)

// TestMain starts Beam (as ptest.Main does) and, unless -v, silences its
// logs, which the direct and prism runners write per pipeline and, for the
// error cases, per failed bundle; the errors themselves reach the tests.
func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	if !testing.Verbose() {
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError + 1})))
	}
	os.Exit(m.Run())
}

// data is a paired data set as CSV lines (no header) and as the numbers
// pairedt.Test reads: before = 100 + 15 z1, after = before - 2 + 5 z2,
// every value printed with the shortest digits that round-trip, one pair
// in 97 missing (NA or an empty cell), one line in 31 quoted.
type data struct {
	lines []string
	x, y  []float64
}

func makeData(n int, seed uint64) data {
	rng := rand.New(rand.NewPCG(seed, 18))
	var d data
	for i := range n {
		x := 100 + 15*rng.NormFloat64()
		y := x - 2 + 5*rng.NormFloat64()
		xs, ys := strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(y, 'g', -1, 64)
		switch {
		case i%97 == 5:
			xs, x = "NA", math.NaN()
		case i%97 == 50:
			ys, y = "", math.NaN()
		}
		line := fmt.Sprintf("p%d,%s,%s", i, xs, ys)
		if i%31 == 3 {
			line = fmt.Sprintf("\"p%d\",\"%s\", %s ", i, xs, ys)
		}
		d.lines = append(d.lines, line)
		d.x, d.y = append(d.x, x), append(d.y, y)
	}
	return d
}

const header = "id,before,after"

// writeShards cuts d.lines into k shards of random lengths (some empty)
// and writes them, each with the header, to dir/part-NNN.csv, the shard
// holding lines [cut[i], cut[i+1]) going to the file numbered perm[i], so
// that the files' order is not the data's order. It returns the glob.
func writeShards(t testing.TB, d data, k int, seed uint64) string {
	t.Helper()
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(seed, 7))
	cuts := []int{0, len(d.lines)}
	for range k - 1 {
		cuts = append(cuts, rng.IntN(len(d.lines)+1))
	}
	slices.Sort(cuts)
	perm := rng.Perm(k)
	for i := range k {
		var b strings.Builder
		b.WriteString(header + "\n")
		for _, l := range d.lines[cuts[i]:cuts[i+1]] {
			b.WriteString(l)
			if rng.IntN(50) == 0 {
				b.WriteString("\r") // CRLF lines are read too
			}
			b.WriteString("\n")
		}
		if rng.IntN(3) == 0 {
			b.WriteString("\n") // an empty line
		}
		text := b.String()
		if i%3 == 1 {
			text = bom + text // a byte order mark before the header
		}
		name := filepath.Join(dir, fmt.Sprintf("part-%03d.csv", perm[i]))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "part-*.csv")
}

// runPipeline runs the pipeline of c on runner and returns its output.
func runPipeline(t testing.TB, runner string, c Config) (string, error) {
	t.Helper()
	c.Output = filepath.Join(t.TempDir(), "result.txt")
	ctx := context.Background()
	p, err := Pipeline(ctx, c)
	if err != nil {
		return "", err
	}
	if _, err := beam.Run(ctx, runner, p); err != nil {
		return "", err
	}
	b, err := os.ReadFile(c.Output)
	return string(b), err
}

// relClose reports whether a and b agree within rel relative (or are both
// NaN, or the same infinity).
func relClose(a, b, rel float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) || math.IsInf(a, 0) || math.IsInf(b, 0) {
		return math.IsNaN(a) && math.IsNaN(b) || a == b
	}
	return math.Abs(a-b) <= rel*math.Max(math.Abs(a), math.Abs(b))
}

// TestPipelineMatchesTest: the shards of one data set, in several cuts and
// file orders, on the direct and the prism runner, folded per bundle or
// combined pair by pair, give pairedt.Test's
// result on all the pairs in their original order: n, dropped and df
// exactly, every other number within 1e-12 relative (pairedt documents
// about 1e-13 for Accumulator.Result against Test), and the same text.
func TestPipelineMatchesTest(t *testing.T) {
	d := makeData(5000, 1)
	o := pairedt.Options{Alternative: pairedt.Less, Mu: 0.5, ConfLevel: 0.9}
	want, err := pairedt.Test(d.x, d.y, o)
	if err != nil {
		t.Fatal(err)
	}
	jsonOut := map[string]string{}
	for _, mode := range []struct {
		runner  string
		perPair bool
	}{{"direct", false}, {"prism", false}, {"direct", true}, {"prism", true}} {
		runner := mode.runner
		for _, plan := range []struct {
			shards int
			seed   uint64
		}{{1, 1}, {4, 2}, {7, 3}, {16, 4}} {
			if runner == "prism" && plan.shards == 16 && testing.Short() {
				continue
			}
			name := fmt.Sprintf("%s/per_pair=%v/%d-shards/seed-%d", runner, mode.perPair, plan.shards, plan.seed)
			t.Run(name, func(t *testing.T) {
				glob := writeShards(t, d, plan.shards, plan.seed)
				c := Config{Input: glob, Before: "before", After: "after", Options: o, JSON: true, PerPair: mode.perPair}
				out, err := runPipeline(t, runner, c)
				if err != nil {
					t.Fatal(err)
				}
				jsonOut[name] = out
				var got pairedt.TTestResult
				if err := got.UnmarshalJSON([]byte(out)); err != nil {
					t.Fatalf("%v in %q", err, out)
				}
				if got.N != want.N || got.Dropped != want.Dropped || got.DF != want.DF {
					t.Errorf("n %d, dropped %d, df %v; Test gives %d, %d, %v", got.N, got.Dropped, got.DF, want.N, want.Dropped, want.DF)
				}
				for _, f := range fields(want) {
					if g := fieldOf(got, f.name); !relClose(g, f.v, 1e-12) {
						t.Errorf("%s = %.17g, Test gives %.17g", f.name, g, f.v)
					}
				}
				c.JSON = false
				text, err := runPipeline(t, runner, c)
				if err != nil {
					t.Fatal(err)
				}
				if text != want.String()+"\n" && text != want.String() {
					t.Errorf("text\n%s\nTest's\n%s", text, want.String())
				}
			})
		}
	}
	// How close the runs came to one another: logged for the README.
	var first string
	same := 0
	for _, v := range jsonOut {
		if first == "" {
			first = v
		}
		if v == first {
			same++
		}
	}
	t.Logf("%d of %d runs wrote the same JSON bytes", same, len(jsonOut))
}

type field struct {
	name string
	v    float64
}

// fields lists r's numbers other than the counts, by their JSON names.
func fields(r pairedt.TTestResult) []field {
	return []field{{"mean_diff", r.MeanDiff}, {"sd_diff", r.SDDiff}, {"se", r.SE}, {"t", r.T}, {"p", r.P},
		{"ci_low", r.CILow}, {"ci_high", r.CIHigh}, {"mean_x", r.MeanX}, {"mean_y", r.MeanY}, {"sd_x", r.SDX},
		{"sd_y", r.SDY}, {"se_x", r.SEX}, {"se_y", r.SEY}, {"r", r.R}, {"r_p", r.RP}, {"d_z", r.DZ},
		{"d_z_ci_low", r.DZCILow}, {"d_z_ci_high", r.DZCIHigh}, {"g_z", r.GZ}, {"g_z_ci_low", r.GZCILow},
		{"g_z_ci_high", r.GZCIHigh}, {"d_av", r.DAv}}
}

func fieldOf(r pairedt.TTestResult, name string) float64 {
	for _, f := range fields(r) {
		if f.name == name {
			return f.v
		}
	}
	panic("no field " + name)
}

// TestPipelineErrors: each problem with the input or the options stops the
// pipeline with an error saying what and where.
func TestPipelineErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bad := write("bad.csv", "id,before,after\na,1,2\nb,3,x7\n")
	short := write("short.csv", "id,before,after\na,1\n")
	long := write("long.csv", "id,before,after\na,1,2,3\n")
	quote := write("quote.csv", "id,before,after\n\"a,1,2\n")
	onlyHeader := write("header.csv", "id,before,after\n")
	one := write("one.csv", "id,before,after\na,1,2\n")
	empty := write("empty.csv", "")
	constant := write("constant.csv", "id,before,after\na,1,2\nb,2,3\nc,3,4\n")
	inf := write("inf.csv", "id,before,after\na,1,2\nb,Inf,3\nc,3,5\n")
	type errorCase struct {
		name string
		c    Config
		is   error    // checked at construction, before the pipeline runs
		text []string // in the error the runner returns
	}
	cases := []errorCase{
		{"no file", Config{Input: filepath.Join(dir, "none-*.csv")}, ErrNoInput, nil},
		{"empty file", Config{Input: empty}, ErrNoInput, nil},
		{"no column", Config{Input: one, Before: "pre"}, ErrColumn, nil},
		{"same column", Config{Input: one, Before: "after"}, ErrColumn, nil},
		{"conf level", Config{Input: one, Options: pairedt.Options{ConfLevel: 1}}, pairedt.ErrConfLevel, nil},
		{"mu", Config{Input: one, Options: pairedt.Options{Mu: math.Inf(1)}}, pairedt.ErrMu, nil},
		{"not a number", Config{Input: bad}, nil, []string{bad, `"b,3,x7"`, `column "after"`, `"x7" is not a number`}},
		{"too few fields", Config{Input: short}, nil, []string{short, "2 fields, the header has 3"}},
		{"too many fields", Config{Input: long}, nil, []string{long, "4 fields, the header has 3"}},
		{"bad quote", Config{Input: quote}, nil, []string{quote, "invalid value", "quote"}},
		{"no pairs", Config{Input: onlyHeader}, nil, []string{"not enough observations"}},
		{"one pair", Config{Input: one}, nil, []string{"not enough observations"}},
		{"constant differences", Config{Input: constant}, nil, []string{"essentially constant"}},
		{"infinite value", Config{Input: inf}, nil, []string{"non-finite", "pair 1"}},
	}
	for _, c := range cases[6:] { // the same errors pair by pair
		c.name += "/per_pair"
		c.c.PerPair = true
		cases = append(cases, c)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.c.Before == "" {
				c.c.Before = "before"
			}
			if c.c.After == "" {
				c.c.After = "after"
			}
			_, err := runPipeline(t, "direct", c.c)
			if err == nil {
				t.Fatal("no error")
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %v, want %v", err, c.is)
			}
			for _, s := range c.text {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q lacks %q", err, s)
				}
			}
		})
	}
}

// TestParseFn: the fast path (no quotes) and encoding/csv agree, and the
// cells parse as documented.
func TestParseFn(t *testing.T) {
	f, err := newParseFn(`"id",before,"after",note`, "before", "after")
	if err != nil {
		t.Fatal(err)
	}
	if f.I != 1 || f.J != 2 || f.Width != 4 {
		t.Fatalf("columns %d, %d of %d", f.I, f.J, f.Width)
	}
	nan := math.NaN()
	for _, c := range []struct {
		line string
		x, y float64
	}{
		{"a,1,2,", 1, 2},
		{`"a",1,2,""`, 1, 2},
		{`"a,b","1.5"," -2e3 ",x`, 1.5, -2000},
		{"a,NA,.,", nan, nan},
		{"a,,2,", nan, 2},
		{"a, 0x1p-3 ,1e400,", 0.125, math.Inf(1)},
		{"a,-Inf,NaN,", math.Inf(-1), nan},
	} {
		var got []Pair
		if err := f.ProcessElement("f.csv", c.line, func(p Pair) { got = append(got, p) }); err != nil {
			t.Errorf("%q: %v", c.line, err)
			continue
		}
		if len(got) != 1 || !relClose(got[0].X, c.x, 0) || !relClose(got[0].Y, c.y, 0) {
			t.Errorf("%q: %v, want (%v, %v)", c.line, got, c.x, c.y)
		}
	}
	for _, line := range []string{`"id",before,"after",note`, "\ufeff\"id\",before,\"after\",note\r", "", "\r"} {
		if err := f.ProcessElement("f.csv", line, func(p Pair) { t.Errorf("%q gave %v", line, p) }); err != nil {
			t.Errorf("%q: %v", line, err)
		}
	}
	for _, line := range []string{"a,1,2", "a,1,2,3,4", "a,1,x,", `a,"1,2`} {
		if err := f.ProcessElement("f.csv", line, func(Pair) {}); !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), "f.csv") {
			t.Errorf("%q: error %v, want ErrValue naming the file", line, err)
		}
	}
	if _, err := newParseFn(`"a`, "a", "b"); err == nil {
		t.Error("a header with a bad quote gave no error")
	}
}

// FuzzParseFn: any line either parses, with the fast path and encoding/csv
// agreeing, or gives ErrValue; never a panic. Seeds in
// testdata/fuzz/FuzzParseFn/.
func FuzzParseFn(f *testing.F) {
	for _, s := range []string{"a,1,2", `"a",1,"2"`, "a,NA,", "a,1", "a,1,2,3", `a,"1`, "a,1e999,-0"} {
		f.Add(s)
	}
	p, err := newParseFn("id,before,after", "before", "after")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var got []Pair
		err := p.ProcessElement("f.csv", line, func(q Pair) { got = append(got, q) })
		if err != nil {
			if !errors.Is(err, ErrValue) {
				t.Fatalf("%q: error %v does not wrap ErrValue", line, err)
			}
			return
		}
		line = strings.TrimPrefix(strings.TrimSuffix(line, "\r"), bom)
		if line == p.Header || line == "" {
			return
		}
		fields, err := splitLine(line)
		if err != nil || len(fields) != 3 {
			if !strings.ContainsAny(line, "\"\n") {
				t.Fatalf("%q: the fast path parsed what encoding/csv rejects (%v, %d fields)", line, err, len(fields))
			}
			return // encoding/csv reads a multi-line record where textio has cut lines
		}
		x, _ := parseCell(fields[1])
		y, _ := parseCell(fields[2])
		if len(got) != 1 || !relClose(got[0].X, x, 0) || !relClose(got[0].Y, y, 0) {
			t.Fatalf("%q: %v, encoding/csv gives (%v, %v)", line, got, x, y)
		}
	})
}

// BenchmarkTTest: the same 200,000 pairs in 8 shards, through the Beam
// pipeline on the direct and the prism runner (writing the JSON), folded
// per bundle (the default) or combined pair by pair, and, as
// the baseline, read and parsed by the same ParseFn in this process into
// two slices for pairedt.Test.
func BenchmarkTTest(b *testing.B) {
	d := makeData(200_000, 9)
	glob := writeShards(b, d, 8, 5)
	c := Config{Input: glob, Before: "before", After: "after", JSON: true}
	b.Run("baseline=read+pairedt.Test", func(b *testing.B) {
		files, err := filepath.Glob(glob)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			var x, y []float64
			for _, name := range files {
				text, err := os.ReadFile(name)
				if err != nil {
					b.Fatal(err)
				}
				lines := strings.Split(string(text), "\n")
				f, err := newParseFn(lines[0], "before", "after")
				if err != nil {
					b.Fatal(err)
				}
				for _, l := range lines[1:] {
					if err := f.ProcessElement(name, l, func(p Pair) { x, y = append(x, p.X), append(y, p.Y) }); err != nil {
						b.Fatal(err)
					}
				}
			}
			if _, err := pairedt.Test(x, y, c.Options); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, runner := range []string{"direct", "prism"} {
		for _, perPair := range []bool{false, true} {
			c := c
			c.PerPair = perPair
			b.Run(fmt.Sprintf("beam=%s/per_pair=%v", runner, perPair), func(b *testing.B) {
				for b.Loop() {
					if _, err := runPipeline(b, runner, c); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestTTestFnMergeOrder drives the CombineFn as a runner does, with the
// accumulators sent through their coder: shards of the pairs added one by
// one (AddInput), encoded and decoded, and merged in 50 random orders and
// tree shapes (MergeAccumulators). The counts are exact in every order; the
// numbers agree with pairedt.Test within 1e-12 relative, and the test logs
// how far apart the orders came (the README quotes it).
func TestTTestFnMergeOrder(t *testing.T) {
	d := makeData(20_000, 3)
	want, err := pairedt.Test(d.x, d.y, pairedt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var fn TTestFn
	rng := rand.New(rand.NewPCG(4, 5))
	var spread, offTest float64
	var worst string
	bits := map[uint64]bool{}
	for range 50 {
		// Cut the pairs at random places into 2 to 40 shards.
		k := 2 + rng.IntN(39)
		cuts := []int{0, len(d.x)}
		for range k - 1 {
			cuts = append(cuts, rng.IntN(len(d.x)+1))
		}
		slices.Sort(cuts)
		var accs []*pairedt.Accumulator
		for i := range k {
			a := fn.CreateAccumulator()
			for j := cuts[i]; j < cuts[i+1]; j++ {
				a = fn.AddInput(a, Pair{d.x[j], d.y[j]})
			}
			b, err := encodeAccumulator(a)
			if err != nil {
				t.Fatal(err)
			}
			if a, err = decodeAccumulator(b); err != nil {
				t.Fatal(err)
			}
			accs = append(accs, a)
		}
		// Merge random pairs until one is left.
		for len(accs) > 1 {
			i, j := rng.IntN(len(accs)), rng.IntN(len(accs)-1)
			if j >= i {
				j++
			}
			accs[i] = fn.MergeAccumulators(accs[i], accs[j])
			accs = append(accs[:j], accs[j+1:]...)
		}
		got, err := accs[0].Result(pairedt.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got.N != want.N || got.Dropped != want.Dropped {
			t.Fatalf("n %d, dropped %d; Test gives %d, %d", got.N, got.Dropped, want.N, want.Dropped)
		}
		bits[math.Float64bits(got.T)] = true
		for _, f := range fields(want) {
			g := fieldOf(got, f.name)
			if !relClose(g, f.v, 1e-12) {
				t.Errorf("%s = %.17g, Test gives %.17g", f.name, g, f.v)
			}
			if e := math.Abs(g-f.v) / math.Abs(f.v); f.v != 0 && !math.IsInf(f.v, 0) && e > offTest {
				offTest, worst = e, f.name
			}
		}
		spread = max(spread, math.Abs(got.T-want.T)/math.Abs(want.T))
	}
	t.Logf("50 merge orders: %d distinct t values; largest relative difference from Test: t %.2g, any number %.2g (%s)", len(bits), spread, offTest, worst)
}
