package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/atomicfile"
	"github.com/pairedt/pairedt/internal/csvin"
)

// Pairing errors (exit 2). Each is wrapped in a *csvin.Error naming the file,
// line and column, or listed by id.
var (
	errDuplicateID = errors.New("duplicate subject id")
	errMissingID   = errors.New("missing subject id")
	errOccasion    = errors.New("unknown occasion")
)

// input is an opened data file.
type input struct {
	name   string
	rd     rows
	vars   []dataset.Variable // SPSS or Excel input: the variables; nil for CSV
	close  func()
	finish func()   // stops the progress line
	notes  []string // for standard error, after a successful analysis
}

// printNotes writes the notes of in (subjects dropped, ...) to standard
// error.
func (e *env) printNotes(in *input) {
	for _, n := range in.notes {
		fmt.Fprintf(e.stderr, "pairedt %s: note: %s\n", e.cmd.name, safeText(n))
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
	opts, err := f.csvOptions(name)
	if err != nil {
		closeFn()
		return nil, err
	}
	if tee != nil {
		r = io.TeeReader(r, tee)
	}
	r, finish := startProgress(e.stderr, r, size)
	br := bufio.NewReaderSize(r, 64<<10)
	prefix, _ := br.Peek(64)
	if format := dataset.Detect(prefix); format != dataset.FormatUnknown {
		// SPSS and Excel files are read whole by package dataset (the
		// whole file passes through tee, for the report's hash).
		if f.stream && format != dataset.FormatXLSX {
			// test's t-test alone streams an SPSS file case by case.
			sr, err := f.openSAV(br, name)
			if err != nil {
				finish()
				closeFn()
				return nil, err
			}
			return &input{name: name, rd: sr, vars: sr.vars, close: closeFn, finish: finish}, nil
		}
		t, err := f.readTable(br, name, format)
		finish()
		if err != nil {
			closeFn()
			return nil, err
		}
		vars := make([]dataset.Variable, len(t.Columns))
		for i, c := range t.Columns {
			vars[i] = c.Variable
		}
		return &input{name: name, rd: newTableRows(t), vars: vars, close: closeFn, finish: func() {}}, nil
	}
	if f.sheet != "" {
		finish()
		closeFn()
		return nil, usageErrorf("%w: --sheet selects a sheet of an .xlsx workbook; %s is read as CSV", errFormatFlag, name)
	}
	rd, err := csvin.NewReader(br, opts)
	if err != nil {
		finish()
		closeFn()
		return nil, err
	}
	return &input{name: name, rd: rd, close: closeFn, finish: finish}, nil
}

// readTable reads an SPSS or Excel file through package dataset.
func (f *inputFlags) readTable(r io.Reader, name string, format dataset.Format) (*dataset.Table, error) {
	if err := f.tableFlags(name, format); err != nil {
		return nil, err
	}
	o := dataset.Options{Sheet: f.sheet}
	if f.missingSet {
		list, err := parseList("--missing", f.missing, true)
		if err != nil {
			return nil, err
		}
		o.Missing = list
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", errInputFile, name, err)
	}
	t, err := dataset.Read(bytes.NewReader(data), name, o)
	if err != nil {
		return nil, err
	}
	if t.Rows == 0 {
		return nil, &csvin.Error{File: name, Err: csvin.ErrNoRows}
	}
	return t, nil
}

// tableFlags refuses the flags that do not apply to an SPSS or Excel file.
func (f *inputFlags) tableFlags(name string, format dataset.Format) error {
	for _, fl := range []struct{ name, val string }{{"--sep", f.sep}, {"--decimal", f.decimal}} {
		if fl.val != "" {
			return usageErrorf("%w: %s applies to CSV input; %s is %s", errFormatFlag, fl.name, name, formatName(format))
		}
	}
	if f.sheet != "" && format != dataset.FormatXLSX {
		return usageErrorf("%w: --sheet applies to .xlsx workbooks; %s is %s", errFormatFlag, name, formatName(format))
	}
	if f.missingSet && format != dataset.FormatXLSX {
		return usageErrorf("%w: --missing applies to CSV and .xlsx input; %s is %s, which declares its own missing values", errFormatFlag, name, formatName(format))
	}
	return nil
}

// formatName names a format for messages.
func formatName(f dataset.Format) string {
	switch f {
	case dataset.FormatSAV, dataset.FormatZSAV:
		return "an SPSS system file"
	case dataset.FormatXLSX:
		return "an Excel workbook"
	}
	return "CSV"
}

// Close stops the progress line and closes the file.
func (in *input) Close() {
	in.finish()
	in.close()
}

// errInputFile: the input file cannot be opened.
var errInputFile = errors.New("cannot read input")

// pairSpec says which columns hold what.
type pairSpec struct {
	lay                   layout
	before, after         int // wide: value columns
	id, time, value       int // -1 when absent
	beforeTag, afterTag   string
	beforeName, afterName string // for messages
	where                 *whereFilter
	reversed              bool // --direction after-before (see swap)
}

// whereFilter is --where COL=VALUE: only the rows whose COL holds VALUE
// (its text, or for an SPSS variable the value label of its code) are read.
type whereFilter struct {
	name, value string
	col         int
	matched     int
	seen        []string // distinct values, for the error when none matches
}

// errNoMatch: --where matched no row.
var errNoMatch = errors.New("--where matches no row")

func (w *whereFilter) seenList() string {
	q := make([]string, len(w.seen))
	for i, s := range w.seen {
		q[i] = csvin.Quote(s)
	}
	list := strings.Join(q, ", ")
	if len(w.seen) == maxSeen {
		list += ", ..."
	}
	if list == "" {
		list = "no value"
	}
	return list
}

const maxSeen = 10

// keep reports whether the current row passes --where.
func (ps *pairSpec) keep(in *input) bool {
	w := ps.where
	if w == nil {
		return true
	}
	s := in.rd.String(w.col)
	ok := s == w.value
	label := ""
	if c := in.variable(w.col); c != nil && s != "" {
		if c.Kind == dataset.Numeric {
			if v, err := strconv.ParseFloat(s, 64); err == nil {
				label, _ = c.LabelOf(v)
			}
		} else {
			for _, vl := range c.ValueLabels {
				if vl.Text == s {
					label = vl.Label
				}
			}
		}
		ok = ok || (label != "" && label == w.value)
	}
	if ok {
		w.matched++
		return true
	}
	if len(w.seen) < maxSeen {
		show := s
		if label != "" {
			show = s + " (" + label + ")"
		}
		if !slices.Contains(w.seen, show) {
			w.seen = append(w.seen, show)
		}
	}
	return false
}

// resolve finds the columns named by the flags.
func resolve(rd rows, f *inputFlags, lay layout) (pairSpec, error) {
	ps := pairSpec{lay: lay, id: -1, time: -1, value: -1, before: -1, after: -1}
	var err error
	col := func(name string) int {
		if err != nil {
			return -1
		}
		var i int
		i, err = rd.Column(name)
		return i
	}
	if f.id != "" {
		ps.id = col(f.id)
	}
	if f.where != "" {
		name, value, ok := strings.Cut(f.where, "=")
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		if !ok || name == "" {
			return ps, usageErrorf("--where %q: want COLUMN=VALUE", f.where)
		}
		ps.where = &whereFilter{name: name, value: value, col: col(name)}
	}
	switch lay {
	case wide:
		ps.before = col(f.before)
		ps.after = col(f.after)
		ps.beforeName, ps.afterName = f.before, f.after
		if err == nil && ps.before == ps.after {
			return ps, usageErrorf("--before and --after name the same column %q", f.before)
		}
	case long:
		ps.time = col(f.time)
		ps.value = col(f.value)
		ps.beforeTag, ps.afterTag = strings.TrimSpace(f.before), strings.TrimSpace(f.after)
		ps.beforeName, ps.afterName = f.value+" at "+f.before, f.value+" at "+f.after
	}
	ps.reversed = f.reversed()
	return ps, err
}

// swap exchanges the two occasions, for the streaming t-test of
// --direction after-before (pairedTest), which has no Study to take the
// direction: d = after - before is then the t-test of (after, before).
// Everything else keeps the occasions in time order and passes the
// direction to the library (studyOptions).
func (ps *pairSpec) swap() {
	ps.before, ps.after = ps.after, ps.before
	ps.beforeTag, ps.afterTag = ps.afterTag, ps.beforeTag
	ps.beforeName, ps.afterName = ps.afterName, ps.beforeName
}

// readPairs reads every subject's (before, after) pair and hands it to emit.
// Wide format without --id streams; with --id it also keeps the set of ids
// seen; long format keeps each subject until both rows have been seen and
// emits the pairs in the order of each subject's first row.
func readPairs[T any](in *input, ps pairSpec, get func(col int) (T, error), emit func(x, y T)) error {
	rd := in.rd
	switch {
	case ps.lay == wide && ps.id < 0:
		for rd.Next() {
			if !ps.keep(in) {
				continue
			}
			x, err := get(ps.before)
			if err != nil {
				return err
			}
			y, err := get(ps.after)
			if err != nil {
				return err
			}
			emit(x, y)
		}
	case ps.lay == wide:
		seen := make(map[string]int)
		for rd.Next() {
			if !ps.keep(in) {
				continue
			}
			id, err := subjectID(rd, ps.id)
			if err != nil {
				return err
			}
			if first, dup := seen[id]; dup {
				return rd.Errorf(ps.id, errDuplicateID, fmt.Sprintf("the same id is on line %d; wide format has one row per subject", first))
			}
			seen[id] = rd.Line()
			x, err := get(ps.before)
			if err != nil {
				return err
			}
			y, err := get(ps.after)
			if err != nil {
				return err
			}
			emit(x, y)
		}
	default:
		if err := readLong(in, ps, get, emit); err != nil {
			return err
		}
	}
	if err := rd.Err(); err != nil {
		return err
	}
	if rd.Rows() == 0 {
		return &csvin.Error{File: in.name, Line: 1, Err: csvin.ErrNoRows}
	}
	underflowNote(in)
	if ps.where != nil {
		w := ps.where
		if w.matched == 0 {
			return fmt.Errorf("%s: %w: no row has %s = %s; the column holds %s", in.name, errNoMatch, csvin.Quote(w.name), csvin.Quote(w.value), w.seenList())
		}
		in.notes = append(in.notes, fmt.Sprintf("%s: %d of %d rows have %s = %s (--where)", in.name, w.matched, rd.Rows(), w.name, csvin.Quote(w.value)))
	}
	return nil
}

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
	max   int    // most pairs stored; 0: no limit
	limit uint64 // the limit, bytes
	what  string // its name
	diff  diffCheck
}

// diffCheck finds the first pair whose difference is beyond float64's
// range (1e308 - (-1e308)), so that the error names its line and column
// as an input error does (issue 11 item 9). rd is nil until set.
type diffCheck struct {
	rd    rows
	col   int
	first error
}

// newDiffCheck checks the pairs of a wide file, where the current row is
// the pair's; in long format the pairs are formed after the rows are read,
// and the library's error names the pair instead.
func newDiffCheck(in *input, ps pairSpec) diffCheck {
	if ps.lay != wide || ps.after < 0 {
		return diffCheck{}
	}
	return diffCheck{rd: in.rd, col: ps.after}
}

func (c *diffCheck) check(u, v float64) {
	if c.rd != nil && c.first == nil && math.IsInf(u-v, 0) && !math.IsInf(u, 0) && !math.IsInf(v, 0) {
		c.first = c.rd.Errorf(c.col, csvin.ErrOutOfRange, fmt.Sprintf("the difference %v - (%v) is beyond ±1.8e308, the float64 range", u, v))
	}
}

// readAllPairs reads every complete pair of in into memory, with the
// checks of pairBuf (the memory limit) and of diffCheck (differences beyond
// float64), each error naming the file.
func readAllPairs(in *input, ps pairSpec) (x, y []float64, err error) {
	pb := newPairBuf()
	pb.diff = newDiffCheck(in, ps)
	if err := readPairs(in, ps, in.rd.Float, pb.add); err != nil {
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
	b.x, b.y = append(b.x, u), append(b.y, v)
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

// underflowNote adds a note when numbers of in were read as 0 because they
// are below the float64 range (1e-400): the count and the first one's line
// and column (issue 11 item 9). It adds it once.
func underflowNote(in *input) {
	u, ok := in.rd.(interface{ Underflows() (int, *csvin.Error) })
	if !ok {
		return
	}
	n, first := u.Underflows()
	if n == 0 || first == nil {
		return
	}
	note := fmt.Sprintf("%d number(s) below the float64 range (about 4.9e-324) read as 0, the first: %v", n, first)
	for _, s := range in.notes {
		if s == note {
			return
		}
	}
	in.notes = append(in.notes, note)
}

func subjectID(rd rows, col int) (string, error) {
	if rd.IsMissing(col) {
		return "", rd.Errorf(col, errMissingID, "every row needs a subject id")
	}
	return rd.String(col), nil
}

type pending[T any] struct {
	x, y         T
	lineX, lineY int
}

func readLong[T any](in *input, ps pairSpec, get func(col int) (T, error), emit func(x, y T)) error {
	rd := in.rd
	subjects := make(map[string]*pending[T])
	var order []string
	for rd.Next() {
		if !ps.keep(in) {
			continue
		}
		id, err := subjectID(rd, ps.id)
		if err != nil {
			return err
		}
		tag := rd.String(ps.time)
		var before bool
		switch tag {
		case ps.beforeTag:
			before = true
		case ps.afterTag:
		default:
			return rd.Errorf(ps.time, errOccasion, fmt.Sprintf("want %s (--before) or %s (--after)",
				csvin.Quote(ps.beforeTag), csvin.Quote(ps.afterTag)))
		}
		v, err := get(ps.value)
		if err != nil {
			return err
		}
		p := subjects[id]
		if p == nil {
			p = &pending[T]{}
			subjects[id] = p
			order = append(order, id)
		}
		line := &p.lineY
		if before {
			line = &p.lineX
		}
		if *line != 0 {
			return rd.Errorf(ps.id, errDuplicateID, fmt.Sprintf("subject %s already has a %s row on line %d",
				csvin.Quote(id), csvin.Quote(tag), *line))
		}
		*line = rd.Line()
		if before {
			p.x = v
		} else {
			p.y = v
		}
	}
	if err := rd.Err(); err != nil {
		return err
	}
	var unmatched []string
	n := 0
	for _, id := range order {
		p := subjects[id]
		switch {
		case p.lineX == 0:
			n++
			if len(unmatched) < 10 {
				unmatched = append(unmatched, fmt.Sprintf("%s (line %d, no %s row)", csvin.Quote(id), p.lineY, csvin.Quote(ps.beforeTag)))
			}
		case p.lineY == 0:
			n++
			if len(unmatched) < 10 {
				unmatched = append(unmatched, fmt.Sprintf("%s (line %d, no %s row)", csvin.Quote(id), p.lineX, csvin.Quote(ps.afterTag)))
			}
		}
	}
	if n > 0 {
		// A subject seen at one occasion only is dropped and counted, as
		// a wide row with a missing value is (and as R's t.test drops the
		// NA pair): dropouts are the normal case (issue 10, item 8).
		list := strings.Join(unmatched, ", ")
		if n > len(unmatched) {
			list += fmt.Sprintf(" and %d more", n-len(unmatched))
		}
		in.notes = append(in.notes, fmt.Sprintf("%s: %d subject(s) without both occasions dropped: %s", in.name, n, list))
	}
	miss := missingValue[T]()
	for _, id := range order {
		p := subjects[id]
		switch {
		case p.lineX == 0:
			emit(miss, p.y)
		case p.lineY == 0:
			emit(p.x, miss)
		default:
			emit(p.x, p.y)
		}
	}
	return nil
}

// missingValue is the value of T that stands for a missing one: NaN for
// numbers, "" for categories.
func missingValue[T any]() T {
	var v T
	if f, ok := any(&v).(*float64); ok {
		*f = math.NaN()
	}
	return v
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
