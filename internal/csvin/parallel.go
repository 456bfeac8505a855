package csvin

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"runtime"
	"sync"
)

// DefaultChunkSize is the size of the chunks ReadPairs parses in parallel
// when PairOptions.ChunkSize is 0: 256 KiB, large enough that the
// per-chunk work (a hand-off between goroutines, a Reader reset) is
// negligible, small enough that the chunks in flight stay in the caches.
// On 1e7 rows (219 MB) it gave the same CPU time as 1 and 4 MiB chunks
// and a peak RSS of 9 MB against 22 and 82 MB.
const DefaultChunkSize = 256 << 10

// PairOptions configures Reader.ReadPairs.
type PairOptions struct {
	// Workers is the number of goroutines parsing chunks; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// ChunkSize is the nominal size of a chunk in bytes; 0 means
	// DefaultChunkSize. A chunk ends after the last line end (outside
	// quotes, by quote parity) in its first ChunkSize bytes, or if there
	// is none after the first line end beyond them. Tests set it small so
	// that chunk boundaries fall everywhere.
	ChunkSize int
}

// PairStats describes what Reader.ReadPairs read.
type PairStats struct {
	// DiffOverflow is the first row, in file order, whose two numbers are
	// finite but whose difference x - y is not (1e308 - (-1e308)): an
	// *Error at column y wrapping ErrOutOfRange, with an empty Detail;
	// DiffX and DiffY are the two numbers. Nil if there is none.
	DiffOverflow *Error
	DiffX, DiffY float64
	// Chunks is the number of chunks parsed in parallel; Sequential is
	// the number of bytes parsed sequentially (from the first chunk that
	// ended in an error, or that could not be cut at a line end, to the
	// end of the input).
	Chunks     int
	Sequential int64
}

// ReadPairs reads the rest of the input, as a loop of Next, Float(x) and
// Float(y) would, on every core: it returns the same numbers in the same
// order (bit for bit) and the same first error (line, column, text and
// message), and afterwards Rows, Underflows and Decimal report what that
// loop would have left. emit receives the pairs in file order, in
// batches; its slices are valid only during the call. On an error, the
// pairs of the rows before the failing one may or may not have been
// emitted.
//
// How: one goroutine reads the input (a file or a pipe) in chunks of
// about PairOptions.ChunkSize bytes, each cut after a line end at which
// the number of quote characters since the header is even (outside any
// quoted field, if the file is well formed); Workers goroutines parse the
// chunks, each with a copy of this Reader in in-memory mode; the calling
// goroutine takes the results in order. A chunk's line numbers count from
// its start and become file line numbers by adding the lines of the
// chunks before it. A chunk is taken as parsed only when its parse ended
// cleanly at its end and its decimal mark agrees with the file's: then
// the sequential reader, starting where it starts, would have read the
// same rows. Otherwise (a chunk with an error, the first number with a
// decimal mark disagreeing with an earlier chunk's, a chunk that cannot
// be cut within a few MaxLine of its nominal size) the rest of the input
// from that chunk's start is read by the sequential code, so the first
// error is the sequential reader's own. The decimal mark, when not set
// by Options.Decimal or the separator, is decided by the first chunk that
// has a number with a mark, as the first such number decides it
// sequentially ("Speculative distributed CSV parsing", C. Ge et al.,
// SIGMOD 2019, speculates on the quote state of a chunk's start in the
// same way).
//
// Memory is bounded: at most 2 Workers + 2 chunks (and their numbers)
// are in flight, each at most ChunkSize + 2 MaxLine bytes long.
//
// ReadPairs must be called after NewReader and before any Next; the
// Reader is exhausted afterwards.
func (r *Reader) ReadPairs(x, y int, o PairOptions, emit func(x, y []float64)) (PairStats, error) {
	var st PairStats
	if r.done || r.rows > 0 {
		return st, fmt.Errorf("csvin: ReadPairs after Next")
	}
	defer func() { r.done = true }()
	if x < 0 || x >= len(r.header) || y < 0 || y >= len(r.header) {
		return st, fmt.Errorf("csvin: ReadPairs columns %d, %d: the header has %d", x, y, len(r.header))
	}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	chunk := o.ChunkSize
	if chunk <= 0 {
		chunk = DefaultChunkSize
	}
	p := &pipeline{
		src:     r.br,
		chunk:   chunk,
		limit:   chunk + 2*r.maxLine + 64,
		free:    make(chan *job, 2*workers+2),
		ordered: make(chan *job, 2*workers+4),
		jobs:    make(chan *job, 2*workers+4),
		stop:    make(chan struct{}),
	}
	for range cap(p.free) {
		p.free <- &job{done: make(chan struct{}, 1)}
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		w := r.chunkReader() // here: the consumer changes r once workers run
		go func() {
			defer wg.Done()
			for j := range p.jobs {
				select {
				case <-p.stop:
				default:
					w.parseChunk(j, x, y)
				}
				j.done <- struct{}{}
			}
		}()
	}
	go p.produce()
	defer func() {
		// Let the producer and the workers end (they may be parked on a
		// free buffer or a job), then wait for the workers.
		select {
		case <-p.stop:
		default:
			close(p.stop)
		}
		for range p.ordered {
		}
		wg.Wait()
	}()

	startDec := r.dec
	for j := range p.ordered {
		if j.tail != nil || j.err != nil {
			// The producer could not cut the input (or could not read
			// it): the rest goes to the sequential reader.
			return st, r.sequentialTail(p, [][]byte{j.tail}, j.err, x, y, &st, emit)
		}
		<-j.done
		ok := j.perr == nil
		if ok && startDec == 0 && j.dec != 0 && r.dec != 0 && j.dec != r.dec {
			ok = false // the sequential reader fails in this chunk
		}
		if !ok {
			close(p.stop)
			pending := [][]byte{j.data}
			var tailErr error
			for k := range p.ordered {
				if k.tail != nil || k.err != nil {
					pending, tailErr = append(pending, k.tail), k.err
					continue
				}
				pending = append(pending, k.data)
			}
			return st, r.sequentialTail(p, pending, tailErr, x, y, &st, emit)
		}
		if startDec == 0 && r.dec == 0 && j.dec != 0 {
			r.dec, r.decLine, r.decText = j.dec, r.line+j.decLine, j.decText
		}
		if j.underflows > 0 {
			if r.firstUnderflow == nil {
				e := *j.firstUnderflow
				e.Line += r.line
				r.firstUnderflow = &e
			}
			r.underflows += j.underflows
		}
		if j.diff != nil && st.DiffOverflow == nil {
			e := *j.diff
			e.Line += r.line
			st.DiffOverflow, st.DiffX, st.DiffY = &e, j.diffX, j.diffY
		}
		r.line += j.lines
		r.rows += j.rows
		st.Chunks++
		if len(j.xs) > 0 {
			emit(j.xs, j.ys)
		}
		p.free <- j
	}
	return st, nil
}

// pipeline is ReadPairs' plumbing. The producer sends every job on
// ordered (for the consumer, in file order) and on jobs (for the workers);
// jobs come from free, which bounds the number in flight. A job with tail
// set (or err) is the producer's last: the bytes it read and did not cut
// into chunks, for the sequential reader.
type pipeline struct {
	src          io.Reader
	chunk, limit int
	free         chan *job
	ordered      chan *job
	jobs         chan *job
	stop         chan struct{}
	carry        []byte
}

// job is one chunk and, once done is signalled, its parse.
type job struct {
	buf  []byte // owned storage
	data []byte // the chunk: buf[:cut]
	tail []byte // producer's last job: unparsed bytes (non-nil)
	err  error  // producer's last job: the read error after tail

	done chan struct{}

	perr           error // the parse's error
	xs, ys         []float64
	rows, lines    int
	dec            byte // the chunk's decimal mark if it decided one
	decLine        int
	decText        string
	underflows     int
	firstUnderflow *Error
	diff           *Error
	diffX, diffY   float64
}

func (p *pipeline) produce() {
	defer close(p.jobs)
	defer close(p.ordered)
	eof := false
	for {
		var j *job
		select {
		case <-p.stop:
			p.ordered <- &job{tail: append([]byte{}, p.carry...)}
			return
		default:
		}
		select {
		case j = <-p.free:
		case <-p.stop:
			p.ordered <- &job{tail: append([]byte{}, p.carry...)}
			return
		}
		buf := j.buf[:0]
		if cap(buf) < p.chunk+len(p.carry)+4096 {
			buf = make([]byte, 0, p.chunk+len(p.carry)+64<<10)
		}
		buf = append(buf, p.carry...)
		want := p.chunk
		cut := -1
		for {
			for len(buf) < want && !eof {
				if cap(buf) < want {
					buf = append(buf[:cap(buf)], make([]byte, want-cap(buf))...)[:len(buf)]
				}
				n, err := p.src.Read(buf[len(buf):want])
				buf = buf[:len(buf)+n]
				if err == io.EOF {
					eof = true
				} else if err != nil {
					p.ordered <- &job{tail: buf, err: err}
					return
				}
			}
			if eof {
				cut = len(buf)
				break
			}
			if cut = findCut(buf); cut >= 0 {
				break
			}
			if len(buf) > p.limit {
				// No line end outside quotes in reach: the
				// sequential reader takes it from here (its
				// MaxLine errors, or a very long quoted field).
				p.ordered <- &job{tail: buf}
				return
			}
			want = len(buf) + p.chunk // no cut yet: read more
		}
		j.buf = buf
		j.data = buf[:cut]
		p.carry = append(p.carry[:0], buf[cut:]...)
		if len(j.data) > 0 {
			p.ordered <- j
			p.jobs <- j
		} else {
			p.free <- j
		}
		if eof {
			return
		}
	}
}

// findCut returns the end of the last line of b (just after a '\n') at
// which the number of quote characters in b before it is even, or -1.
// b starts outside quotes (every cut is made at even parity).
func findCut(b []byte) int {
	q := bytes.Count(b, []byte{'"'})
	if q == 0 {
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			return i + 1
		}
		return -1
	}
	odd := q%2 == 1 // parity at the end
	for i := len(b) - 1; i >= 0; i-- {
		switch b[i] {
		case '\n':
			if !odd {
				return i + 1
			}
		case '"':
			odd = !odd
		}
	}
	return -1
}

// chunkReader returns a Reader with r's settings, for parsing chunks.
func (r *Reader) chunkReader() *Reader {
	return &Reader{name: r.name, sep: r.sep, maxLine: r.maxLine, missing: r.missing,
		maxMissing: r.maxMissing, header: r.header, mem: true, dec: r.dec}
}

// parseChunk parses j.data as the rows of a file from line 1 on, with the
// decimal mark decided so far.
func (w *Reader) parseChunk(j *job, x, y int) {
	dec := w.dec
	j.dec = 0
	*w = Reader{name: w.name, sep: w.sep, maxLine: w.maxLine, missing: w.missing, maxMissing: w.maxMissing,
		header: w.header, mem: true, src: j.data, dec: dec,
		fields: w.fields[:0], offs: w.offs[:0], rec: w.rec[:0]}
	j.xs, j.ys = j.xs[:0], j.ys[:0]
	j.diff, j.firstUnderflow, j.decText, j.decLine = nil, nil, "", 0
	j.perr = w.pairLoop(x, y, &j.xs, &j.ys, &j.diff, &j.diffX, &j.diffY, 0, nil)
	j.rows, j.lines = w.rows, w.line
	if dec == 0 && w.dec != 0 {
		j.dec, j.decLine, j.decText = w.dec, w.decLine, w.decText
	}
	j.underflows, j.firstUnderflow = w.underflows, w.firstUnderflow
	w.dec = dec
}

// pairLoop is the loop of Next, Float(x), Float(y) that the sequential
// caller runs, appending the pairs to xs and ys and noting the first row
// whose difference overflows. With batch > 0 it passes full batches to
// emit and empties them.
func (r *Reader) pairLoop(x, y int, xs, ys *[]float64, diff **Error, dx, dy *float64, batch int, emit func(x, y []float64)) error {
	for {
		if r.mem {
			// The fast rows, with the slices in registers.
			lx, ly := *xs, *ys
			pos, n := r.pos, 0
			for pos < len(r.src) {
				u, v, next, ok := r.fastRowAt(pos, x, y)
				if !ok {
					break
				}
				pos = next
				n++
				lx, ly = append(lx, u), append(ly, v)
			}
			r.pos = pos
			r.line += n
			r.rows += n
			*xs, *ys = lx, ly
		}
		if !r.Next() {
			break
		}
		u, err := r.Float(x)
		if err != nil {
			return err
		}
		v, err := r.Float(y)
		if err != nil {
			return err
		}
		if d := u - v; math.IsInf(d, 0) && *diff == nil && !math.IsInf(u, 0) && !math.IsInf(v, 0) {
			*diff = r.Errorf(y, ErrOutOfRange, "")
			*dx, *dy = u, v
		}
		*xs, *ys = append(*xs, u), append(*ys, v)
		if batch > 0 && len(*xs) == batch {
			emit(*xs, *ys)
			*xs, *ys = (*xs)[:0], (*ys)[:0]
		}
	}
	return r.Err()
}

// sequentialTail reads the rest of the input sequentially: the bytes in
// pending (from a point where a record starts and r's state is exact),
// then the error tailErr if set, else what is left of p.src. It waits for
// the producer to end first.
func (r *Reader) sequentialTail(p *pipeline, pending [][]byte, tailErr error, x, y int, st *PairStats, emit func(x, y []float64)) error {
	for range p.ordered { // the producer has ended once ordered is closed
	}
	rs := make([]io.Reader, 0, len(pending)+1)
	for _, b := range pending {
		rs = append(rs, bytes.NewReader(b))
		st.Sequential += int64(len(b))
	}
	if tailErr != nil {
		rs = append(rs, errReader{tailErr})
	} else {
		rs = append(rs, &countReader{r: p.src, n: &st.Sequential})
	}
	r.br = bufio.NewReaderSize(io.MultiReader(rs...), 256<<10)
	r.mem = false
	const batch = 4096
	xs, ys := make([]float64, 0, batch), make([]float64, 0, batch)
	var diff *Error
	var dx, dy float64
	err := r.pairLoop(x, y, &xs, &ys, &diff, &dx, &dy, batch, emit)
	if err == nil && len(xs) > 0 {
		emit(xs, ys)
	}
	if diff != nil && st.DiffOverflow == nil {
		st.DiffOverflow, st.DiffX, st.DiffY = diff, dx, dy
	}
	return err
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

type countReader struct {
	r io.Reader
	n *int64
}

func (c *countReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	*c.n += int64(n)
	return n, err
}
