package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/atomicfile"
	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/internal/load"
)

// input is an opened data file.
type input struct {
	name   string
	size   int64           // bytes of a regular file; -1 when unknown (a pipe)
	read   *countingReader // the bytes read from the file so far
	src    *load.Source
	rd     load.Rows
	close  func()
	finish func() // stops the progress line
}

// printNotes writes the notes of in (subjects dropped, ...) to standard
// error.
func (e *env) printNotes(in *input) {
	for _, n := range in.src.Notes {
		fmt.Fprintf(e.stderr, "pairedt %s: note: %s\n", e.cmd.name, safeText(n.String()))
	}
}

// openInput opens path ("-" for standard input) and reads its header.
func (e *env) openInput(path string, f *inputFlags) (*input, error) {
	return e.openInputTee(path, f, nil)
}

// openInputTee is openInput that also copies every byte read to tee (a
// hash), unless tee is nil.
func (e *env) openInputTee(path string, f *inputFlags, tee io.Writer) (*input, error) {
	name := path
	var r io.Reader
	var size int64 = -1
	closeFn := func() {}
	if path == "-" {
		name = "stdin"
		r = e.stdin
		if f, ok := e.stdin.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
				e.inputs = append(e.inputs, st) // "< data.csv -o data.csv"
			}
		}
	} else {
		fh, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errInputFile, err)
		}
		if st, err := fh.Stat(); err == nil {
			if st.IsDir() {
				fh.Close()
				return nil, fmt.Errorf("%w: %s is a directory", errInputFile, path)
			}
			size = st.Size()
			e.inputs = append(e.inputs, st)
		}
		r = fh
		closeFn = func() { fh.Close() }
	}
	spec, err := f.spec()
	if err != nil {
		closeFn()
		return nil, err
	}
	read := &countingReader{r: r}
	r = read
	if tee != nil {
		r = io.TeeReader(r, tee)
	}
	r, finish := startProgress(e.stderr, r, size)
	// SPSS and Excel files are read whole by package dataset (the whole
	// file passes through tee, for the report's hash), except that test's
	// t-test alone streams an SPSS file case by case.
	src, err := load.Open(bufio.NewReaderSize(r, 64<<10), name, spec, f.stream)
	if streamed := src != nil && (src.Format == dataset.FormatUnknown || f.stream && src.Format != dataset.FormatXLSX); !streamed {
		finish()
		finish = func() {}
	}
	if err != nil {
		closeFn()
		return nil, fromLoad(err)
	}
	return &input{name: name, size: size, read: read, src: src, rd: src.Rows, close: closeFn, finish: finish}, nil
}

// resolve finds the columns the flags name.
func (in *input) resolve(f *inputFlags) (*load.Plan, error) {
	spec, err := f.spec()
	if err != nil {
		return nil, err
	}
	ps, err := load.Resolve(in.src, &spec)
	return ps, fromLoad(err)
}

// fromLoad marks the errors of package load that are the command line's
// fault (load.ErrSpec) as usage errors.
func fromLoad(err error) error {
	if errors.Is(err, load.ErrSpec) && !errors.Is(err, errUsage) {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	return err
}

// Close stops the progress line and closes the file.
func (in *input) Close() {
	in.finish()
	in.close()
}

// errInputFile: the input file cannot be opened.
var errInputFile = errors.New("cannot read input")

// bytesPerPair is the peak memory report and test --all use per pair,
// measured with /usr/bin/time -f %M on 1e6 and 1e7 random pairs (164 and
// 188 bytes: the pairs, the differences, the Wilcoxon ranks and
// Hodges-Lehmann search, the report's copies of the pairs) and rounded up.
const bytesPerPair = 200

// memoryShare is the share of what is left of a memory limit the pairs
// may be planned to use; the rest is for the output.
const memoryShare = 0.9

// errMemory: the pairs would need more memory than the process may use.
var errMemory = errors.New("not enough memory")

// pairBuf holds the pairs of an analysis that needs them all (report, test
// --all). When the address space (ulimit -v) or the cgroup (memory.max) is
// limited, it checks the pairs against the limit as they arrive: past
// memoryShare of the limit at bytesPerPair, it stops storing them, counts
// the rest, and err says how many pairs there were and what they would
// need, instead of the Go runtime dying with a stack trace when an
// allocation fails (which no Go program can catch). Without a limit it
// stores everything.
type pairBuf struct {
	x, y  []float64
	n     int    // pairs offered
	in    *input // for the size estimate (sized); nil: none
	max   int    // most pairs stored; 0: no limit
	limit uint64 // the limit, bytes
	what  string // its name
	diff  diffCheck
}

// diffCheck finds the first pair whose difference is beyond float64's
// range (1e308 - (-1e308)), so that the error names its line and column
// as an input error does (issue 11 item 9). rd is nil until set.
type diffCheck struct {
	rd    load.Rows
	col   int
	first error
}

// newDiffCheck checks the pairs of a wide file, where the current row is
// the pair's; in long format the pairs are formed after the rows are read,
// and the library's error names the pair instead.
func newDiffCheck(in *input, ps *load.Plan) diffCheck {
	if ps.Layout != load.Wide || ps.After < 0 {
		return diffCheck{}
	}
	return diffCheck{rd: in.rd, col: ps.After}
}

func (c *diffCheck) check(u, v float64) {
	if c.rd != nil && c.first == nil && math.IsInf(u-v, 0) && !math.IsInf(u, 0) && !math.IsInf(v, 0) {
		c.first = c.rd.Errorf(c.col, csvin.ErrOutOfRange, fmt.Sprintf("the difference %v - (%v) is beyond ±1.8e308, the float64 range", u, v))
	}
}

// readAllPairs reads every complete pair of in into memory, with the
// checks of pairBuf (the memory limit) and of diffCheck (differences beyond
// float64), each error naming the file.
func readAllPairs(in *input, ps *load.Plan) (x, y []float64, err error) {
	pb := newPairBuf()
	pb.diff = newDiffCheck(in, ps)
	pb.in = in
	if err := load.ReadPairs(in.src, ps, in.rd.Float, pb.add); err != nil {
		return nil, nil, err
	}
	if err := pb.err(in.name); err != nil {
		return nil, nil, err
	}
	return pb.x, pb.y, nil
}

func newPairBuf() *pairBuf {
	b := &pairBuf{}
	as, cg := memoryLimits()
	switch {
	case as > 0 && (cg == 0 || as <= cg):
		b.limit, b.what = as, "the address-space limit (ulimit -v)"
	case cg > 0:
		b.limit, b.what = cg, "the cgroup memory limit (memory.max)"
	}
	if b.limit > 0 {
		b.max = max(1, int(float64(b.limit)*memoryShare/bytesPerPair))
		// Let the collector work harder as the heap nears the limit.
		debug.SetMemoryLimit(int64(min(b.limit, 1<<62)))
	}
	return b
}

func (b *pairBuf) add(u, v float64) {
	b.diff.check(u, v)
	b.n++
	if b.max > 0 && b.n > b.max {
		return
	}
	if b.n == sizeAfter && b.in != nil {
		b.sized()
	}
	b.x, b.y = append(b.x, u), append(b.y, v)
}

// sizeAfter is the number of pairs after which pairBuf estimates the
// number of rows of a regular file from the bytes read so far.
const sizeAfter = 1 << 16

// sized grows the pair slices once to the number of rows the rest of the
// file will hold at the bytes per row read so far, plus 15%, so that the
// slices are not copied as they double: at 1e7 pairs `pairedt report`
// peaked at 654 MB (65 B per pair) by append's growth, 338 MB (34 B) with
// the slices sized (/usr/bin/time, 1e7-row CSV of gencsv). The estimate
// errs high (the bytes read include the reader's buffer), and pages of
// the capacity never written are never touched, so an over-estimate costs
// address space, not memory; an under-estimate lets append grow as before.
// Under a memory limit the capacity is at most max.
func (b *pairBuf) sized() {
	in := b.in
	read := in.read.n.Load()
	if in.size <= 0 || read <= 0 || read > in.size {
		return
	}
	perRow := float64(read) / float64(b.n)
	want := b.n + int(1.15*float64(in.size-read)/perRow)
	if b.max > 0 {
		want = min(want, b.max)
	}
	if want <= cap(b.x) {
		return
	}
	b.x = append(make([]float64, 0, want), b.x...)
	b.y = append(make([]float64, 0, want), b.y...)
}

// err is the first difference out of range, or errMemory when pairs
// were left out.
func (b *pairBuf) err(name string) error {
	if b.diff.first != nil {
		return b.diff.first
	}
	if b.max == 0 || b.n <= b.max {
		return nil
	}
	return fmt.Errorf("%s: %w: %d pairs would need about %d MB (%d bytes per pair), more than %.0f%% of the %d MB left under %s; pairedt test without --all streams the t-test in constant memory",
		name, errMemory, b.n, uint64(b.n)*bytesPerPair>>20, bytesPerPair, 100*memoryShare, b.limit>>20, b.what)
}

// Progress settings (variables so that a test can shorten them).
var (
	progressDelay    = time.Second            // show nothing for runs shorter than this
	progressTick     = 250 * time.Millisecond // update interval
	stderrIsTerminal = isTerminal
)

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// startProgress wraps r so that, when stderr is a terminal and reading lasts
// more than a second, a progress line is shown on stderr (and erased at the
// end). finish stops it.
func startProgress(stderr io.Writer, r io.Reader, size int64) (io.Reader, func()) {
	if !stderrIsTerminal(stderr) {
		return r, func() {}
	}
	cr := &countingReader{r: r}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		start := time.Now()
		tick := time.NewTicker(progressTick)
		defer tick.Stop()
		shown := false
		for {
			select {
			case <-done:
				if shown {
					fmt.Fprintf(stderr, "\r%-70s\r", "")
				}
				return
			case <-tick.C:
				el := time.Since(start)
				if el < progressDelay {
					continue
				}
				n := cr.n.Load()
				mb := float64(n) / 1e6
				line := fmt.Sprintf("pairedt: read %.1f MB in %.0fs (%.0f MB/s)", mb, el.Seconds(), mb/el.Seconds())
				if size > 0 {
					line = fmt.Sprintf("pairedt: read %.1f of %.1f MB (%.0f%%), %.0f MB/s", mb, float64(size)/1e6, 100*float64(n)/float64(size), mb/el.Seconds())
				}
				fmt.Fprintf(stderr, "\r%-70s", line)
				shown = true
			}
		}
	}()
	var once sync.Once
	return cr, func() {
		once.Do(func() {
			close(done)
			wg.Wait()
		})
	}
}

// writeOutput writes data to path with atomicfile.Write (atomically for a
// regular file, through a symlink, written through to a device or FIFO,
// never over an input), or to stdout when path is empty. Callers render
// everything first, so a failed analysis never touches the output file.
func (e *env) writeOutput(path string, data []byte) error {
	switch path {
	case "":
		_, err := e.stdout.Write(data)
		return err
	case "/dev/stdout":
		// The stream itself, wherever it goes (also a file opened by ">>").
		_, err := e.stdout.Write(data)
		return err
	case "/dev/stderr":
		_, err := e.stderr.Write(data)
		return err
	}
	err := atomicfile.Write(path, atomicfile.Options{Protect: e.inputs}, func(w io.Writer) error {
		writeHook(path)
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return fmt.Errorf("%w: %w", errOutputFile, err)
	}
	return nil
}

// errOutputFile: an output file cannot be written.
var errOutputFile = errors.New("cannot write output")
