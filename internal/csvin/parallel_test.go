package csvin

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/pairedt/pairedt/pairedt"
)

// pairRun is everything a read of two columns leaves: the pairs (as bits),
// the counts, the first error, the first underflow and difference
// overflow, the decimal mark, and the t-test of the pairs.
type pairRun struct {
	bits            []uint64
	rows, underflow int
	firstUnder      string
	diff            string
	err             string
	sentinel        error
	dec             byte
	ttest           string
}

func (p pairRun) String() string {
	return fmt.Sprintf("%d pairs, rows %d, underflows %d %s, diff %s, dec %q, err %s\n%s",
		len(p.bits)/2, p.rows, p.underflow, p.firstUnder, p.diff, p.dec, p.err, p.ttest)
}

func sentinelOf(err error) error {
	var e *Error
	if errors.As(err, &e) {
		return e.Err
	}
	return err
}

func finishRun(p *pairRun, rd *Reader, xs, ys []float64, err error) {
	if err != nil {
		p.err = err.Error()
		p.sentinel = sentinelOf(err)
		return // the pairs before an error are not part of the contract
	}
	var acc pairedt.Accumulator
	for i := range xs {
		p.bits = append(p.bits, math.Float64bits(xs[i]), math.Float64bits(ys[i]))
		acc.Add(xs[i], ys[i])
	}
	p.rows = rd.Rows()
	n, first := rd.Underflows()
	p.underflow = n
	if first != nil {
		p.firstUnder = first.Error()
	}
	p.dec = rd.Decimal()
	res, rerr := acc.Result(pairedt.Options{})
	p.ttest = fmt.Sprintf("%+v %v", res, rerr)
}

// sequentialPairs is the loop cmd/pairedt ran before ReadPairs: Next,
// Float(x), Float(y), and the check of x - y.
func sequentialPairs(data []byte, o Options, x, y int) (p pairRun) {
	rd, err := NewReader(bytes.NewReader(data), o)
	if err != nil {
		p.err = err.Error()
		return p
	}
	var xs, ys []float64
	for rd.Next() {
		u, err := rd.Float(x)
		if err != nil {
			finishRun(&p, rd, nil, nil, err)
			return p
		}
		v, err := rd.Float(y)
		if err != nil {
			finishRun(&p, rd, nil, nil, err)
			return p
		}
		if math.IsInf(u-v, 0) && p.diff == "" {
			p.diff = rd.Errorf(y, ErrOutOfRange, "").Error() + fmt.Sprint(u, v)
		}
		xs, ys = append(xs, u), append(ys, v)
	}
	finishRun(&p, rd, xs, ys, rd.Err())
	return p
}

func parallelPairs(tb testing.TB, data []byte, o Options, x, y int, po PairOptions, src func([]byte) io.Reader) (p pairRun, st PairStats) {
	rd, err := NewReader(src(data), o)
	if err != nil {
		p.err = err.Error()
		return p, st
	}
	var xs, ys []float64
	st, err = rd.ReadPairs(x, y, po, func(u, v []float64) {
		if len(u) == 0 || len(u) != len(v) {
			tb.Fatalf("emit of %d and %d values", len(u), len(v))
		}
		xs, ys = append(xs, u...), append(ys, v...)
	})
	if st.DiffOverflow != nil {
		p.diff = st.DiffOverflow.Error() + fmt.Sprint(st.DiffX, st.DiffY)
	}
	finishRun(&p, rd, xs, ys, err)
	if rd.Next() {
		tb.Fatal("Next true after ReadPairs")
	}
	return p, st
}

// genFile writes a random CSV file of the dialect the Reader accepts, with
// the two numeric columns x and y among others, and with some probability
// one defect.
func genFile(r *rand.Rand) (data []byte, o Options, x, y int) {
	var b bytes.Buffer
	seps := []byte{',', ';', '\t'}
	sep := seps[r.IntN(3)]
	dec := byte('.')
	if sep != ',' && r.IntN(2) == 0 {
		dec = ','
	}
	switch r.IntN(4) {
	case 0:
		o.Sep = sep
	case 1:
		o.Decimal = dec
		if sep != ',' {
			o.Sep = sep
		}
	}
	o.Name = "gen.csv"
	o.MaxLine = 80 + r.IntN(200)
	eol := "\n"
	if r.IntN(3) == 0 {
		eol = "\r\n"
	}
	if r.IntN(4) == 0 {
		b.WriteString("\xEF\xBB\xBF")
	}
	if r.IntN(5) == 0 {
		b.WriteString(eol)
	}
	ncol := 2 + r.IntN(3)
	x = r.IntN(ncol)
	y = (x + 1 + r.IntN(ncol-1)) % ncol
	for c := range ncol {
		if c > 0 {
			b.WriteByte(sep)
		}
		name := "c" + strconv.Itoa(c)
		if r.IntN(3) == 0 {
			name = `"` + name + `"`
		}
		b.WriteString(name)
	}
	b.WriteString(eol)
	num := func() string {
		var s string
		switch r.IntN(12) {
		case 0:
			s = strconv.FormatFloat(r.NormFloat64()*100, 'g', -1, 64)
		case 1:
			s = strconv.FormatFloat(r.NormFloat64()*1e5, 'e', r.IntN(20), 64)
		case 2:
			s = strconv.Itoa(r.IntN(2000) - 1000)
		case 3:
			s = []string{"", "NA", ".", " NA ", "  "}[r.IntN(5)]
		case 4:
			s = strconv.FormatFloat(r.Float64(), 'f', 17+r.IntN(6), 64) // > 19 digits: strconv
		case 5:
			s = "+" + strconv.FormatFloat(r.Float64()*10, 'f', 2, 64)
		default:
			s = strconv.FormatFloat(50+10*r.NormFloat64(), 'f', r.IntN(5), 64)
		}
		if dec == ',' {
			s = strings.Replace(s, ".", ",", 1)
		}
		if r.IntN(10) == 0 {
			s = " " + s + " "
		}
		if r.IntN(8) == 0 {
			s = `"` + s + `"`
		}
		return s
	}
	text := func() string {
		switch r.IntN(6) {
		case 0:
			return `"a` + string(sep) + `b"`
		case 1:
			return `"line1` + eol + `line2"`
		case 2:
			return `"say ""hi"""`
		case 3:
			return "é" + strconv.Itoa(r.IntN(100))
		case 4:
			return `""`
		}
		return "t" + strconv.Itoa(r.IntN(1000))
	}
	nrows := r.IntN(60)
	defect := -1
	if r.IntN(2) == 0 && nrows > 0 {
		defect = r.IntN(nrows)
	}
	for i := range nrows {
		if r.IntN(12) == 0 {
			b.WriteString(eol) // a blank line
		}
		cells := make([]string, ncol)
		for c := range ncol {
			if c == x || c == y {
				cells[c] = num()
			} else {
				cells[c] = text()
			}
		}
		if r.IntN(40) == 0 {
			cells[x] = "1e-400" // underflow, read as 0
		}
		line := ""
		if i == defect {
			bad := []string{"abc", "Inf", "-inf", "NaN", "1e400", `1"2`, "\xff", "1.2.3", "1,2", "1.5", `"open`,
				`"x"y`, strings.Repeat("9", 400), "1e308", "12,5"}
			k := r.IntN(len(bad) + 2)
			switch {
			case k == len(bad):
				cells = cells[:ncol-1] // too few fields
			case k == len(bad)+1:
				cells = append(cells, "extra")
			case bad[k] == "1e308":
				cells[x], cells[y] = "1e308", "-1e308"
			default:
				cells[[]int{x, y}[r.IntN(2)]] = bad[k]
			}
		}
		line += strings.Join(cells, string(sep))
		b.WriteString(line)
		if strings.Contains(line, `"open`) {
			break // unterminated to the end of the file
		}
		if i < nrows-1 || r.IntN(3) > 0 {
			b.WriteString(eol)
		}
	}
	return b.Bytes(), o, x, y
}

var chunkSizes = []int{1, 2, 3, 5, 8, 13, 31, 64, 200, 1 << 16}

func readers() map[string]func([]byte) io.Reader {
	return map[string]func([]byte) io.Reader{
		"file": func(b []byte) io.Reader { return bytes.NewReader(b) },
		"pipe": func(b []byte) io.Reader { return iotest.HalfReader(iotest.OneByteReader(bytes.NewReader(b))) },
	}
}

// TestReadPairsMatchesSequential compares ReadPairs with the sequential
// loop on generated files, for chunk sizes from 1 byte (a chunk boundary
// at every line end: inside CRLF, at quoted fields, after the header, in
// the last line) up, 1 to 3 workers, and inputs read whole or byte by
// byte (a pipe): the same pairs bit for bit, the same t-test, the same
// counts, the same first error.
func TestReadPairsMatchesSequential(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 1))
	files := 100
	if testing.Short() {
		files = 40
	}
	seen := map[error]int{}
	for f := range files {
		data, o, x, y := genFile(r)
		want := sequentialPairs(data, o, x, y)
		seen[want.sentinel]++
		for _, cs := range chunkSizes {
			for wk := 1; wk <= 3; wk++ {
				for name, src := range readers() {
					if name == "pipe" && (wk != 2 || cs > 64) {
						continue
					}
					got, _ := parallelPairs(t, data, o, x, y, PairOptions{Workers: wk, ChunkSize: cs}, src)
					if got.String() != want.String() || fmt.Sprint(got.bits) != fmt.Sprint(want.bits) {
						t.Fatalf("file %d, chunk %d, %d workers, %s:\n%q\ngot  %v\nwant %v", f, cs, wk, name, data, got, want)
					}
				}
			}
		}
	}
	// The generator reaches every kind of outcome.
	for _, e := range []error{nil, ErrNotNumber, ErrNonFinite, ErrOutOfRange, ErrQuote, ErrInvalidUTF8, ErrDecimal,
		ErrUnterminatedQuote, ErrLineTooLong, ErrFieldCount} {
		if seen[e] == 0 {
			t.Errorf("no generated file ends in %v (%v)", e, seen)
		}
	}
}

// TestReadPairsErrorAtEveryBoundary puts each kind of error after 30 good
// rows and moves the chunk size so that a boundary falls at every byte
// around it: the message is the sequential reader's.
func TestReadPairsErrorAtEveryBoundary(t *testing.T) {
	good := func(sep, dec string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%d%s%d%s%d%s%d\n", i, sep, 10+i, dec, i%7, sep, 20+i)
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, head, bad string
		o               Options
		err             error
	}{
		{"not a number", "id,x,y\n", "99,abc,1\n", Options{}, ErrNotNumber},
		{"infinite", "id,x,y\n", "99,1,-Inf\n", Options{}, ErrNonFinite},
		{"out of range", "id,x,y\n", "99,1e400,1\n", Options{}, ErrOutOfRange},
		{"field count", "id,x,y\n", "99,1\n", Options{}, ErrFieldCount},
		{"stray quote", "id,x,y\n", "99,1\"2,3\n", Options{}, ErrQuote},
		{"text after quote", "id,x,y\n", "99,\"1\"2,3\n", Options{}, ErrQuote},
		{"unterminated", "id,x,y\n", "99,\"1,3\n1,2,3\n", Options{}, ErrUnterminatedQuote},
		{"invalid utf-8", "id,x,y\n", "99,1,\xfe\n", Options{}, ErrInvalidUTF8},
		{"line too long", "id,x,y\n", "99,1," + strings.Repeat("1", 300) + "\n", Options{MaxLine: 100}, ErrLineTooLong},
		{"quoted too long", "id,x,y\n", "99,1,\"" + strings.Repeat("1\n", 150) + "\"\n", Options{MaxLine: 100}, ErrUnterminatedQuote},
		{"decimal comma in ','", "id,x,y\n", "99,\"1,5\",2\n", Options{}, ErrDecimal},
		{"decimal mark changes", "id;x;y\n", "99;1,5;2\n", Options{}, ErrDecimal},
		{"decimal mark set", "id;x;y\n", "99;1,5;2\n", Options{Decimal: '.'}, ErrDecimal},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sep, dec := ",", "."
			if strings.Contains(tc.head, ";") {
				sep = ";"
			}
			data := []byte(tc.head + good(sep, dec, 30) + tc.bad + good(sep, dec, 10))
			tc.o.Name = "b.csv"
			want := sequentialPairs(data, tc.o, 1, 2)
			if !errors.Is(want.sentinel, tc.err) {
				t.Fatalf("sequential: %v, want %v", want.err, tc.err)
			}
			for cs := 1; cs <= 80; cs++ {
				for wk := 1; wk <= 2; wk++ {
					got, _ := parallelPairs(t, data, tc.o, 1, 2, PairOptions{Workers: wk, ChunkSize: cs}, readers()["file"])
					if got.String() != want.String() {
						t.Fatalf("chunk %d, %d workers:\ngot  %v\nwant %v", cs, wk, got, want)
					}
				}
			}
		})
	}
}

// TestReadPairsDecimalDecided checks a ';' file whose decimal mark is
// decided by a number in a later chunk than the first, and a later chunk
// that disagrees.
func TestReadPairsDecimalDecided(t *testing.T) {
	var b strings.Builder
	b.WriteString("x;y\n")
	for i := range 200 {
		fmt.Fprintf(&b, "%d;%d\n", i, i*3)
	}
	b.WriteString("1,25;7\n")
	for i := range 200 {
		fmt.Fprintf(&b, "%d,5;%d\n", i, i)
	}
	ok := b.String()
	bad := ok + "3.5;1\n" + ok[4:]
	for _, data := range []string{ok, bad} {
		want := sequentialPairs([]byte(data), Options{}, 0, 1)
		for _, cs := range []int{1, 10, 100, 1000} {
			got, st := parallelPairs(t, []byte(data), Options{}, 0, 1, PairOptions{Workers: 2, ChunkSize: cs}, readers()["file"])
			if got.String() != want.String() {
				t.Fatalf("chunk %d:\ngot  %v\nwant %v", cs, got, want)
			}
			if cs == 10 && st.Chunks < 10 {
				t.Errorf("chunk %d: only %d chunks in parallel", cs, st.Chunks)
			}
		}
	}
}

// TestReadPairsParallelShare checks that a clean file is parsed in
// parallel chunks, wholly (Sequential is 0), quotes and all.
func TestReadPairsParallelShare(t *testing.T) {
	var b strings.Builder
	b.WriteString("\"name\",\"x\",\"y\"\r\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "\"s %d, \"\"q\"\"\n\",%d.5,%d\r\n", i, i, i+1)
	}
	data := []byte(b.String())
	want := sequentialPairs(data, Options{}, 1, 2)
	got, st := parallelPairs(t, data, Options{}, 1, 2, PairOptions{Workers: 2, ChunkSize: 4096}, readers()["file"])
	if got.String() != want.String() {
		t.Fatalf("got  %v\nwant %v", got, want)
	}
	if st.Sequential != 0 || st.Chunks < len(data)/4096 {
		t.Errorf("%d chunks, %d bytes sequential", st.Chunks, st.Sequential)
	}
}

// TestReadPairsReadError: an I/O error mid-file is returned after the rows
// before it, as the sequential reader returns it.
func TestReadPairsReadError(t *testing.T) {
	data := pairData(20000)
	boom := errors.New("disk on fire")
	src := func(b []byte) io.Reader {
		return io.MultiReader(bytes.NewReader(b[:len(b)/2]), iotest.ErrReader(boom))
	}
	rd, err := NewReader(src(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = rd.ReadPairs(1, 2, PairOptions{ChunkSize: 1000}, func(x, y []float64) {})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want %v", err, boom)
	}
	seq, _ := NewReader(src(data), Options{})
	for seq.Next() {
	}
	if seq.Err().Error() != err.Error() {
		t.Fatalf("sequential %v, parallel %v", seq.Err(), err)
	}
}

// TestReadPairsMisuse: ReadPairs refuses columns outside the header and a
// Reader already advanced.
func TestReadPairsMisuse(t *testing.T) {
	rd, _ := NewReader(strings.NewReader("a,b\n1,2\n"), Options{})
	if _, err := rd.ReadPairs(0, 2, PairOptions{}, nil); err == nil {
		t.Error("column 2 of 2 accepted")
	}
	rd.Next()
	if _, err := rd.ReadPairs(0, 1, PairOptions{}, nil); err == nil {
		t.Error("ReadPairs after Next accepted")
	}
}

// FuzzReadPairs checks ReadPairs against the sequential loop on any input,
// chunk size and worker count.
func FuzzReadPairs(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 3))
	for range 20 {
		data, _, _, _ := genFile(r)
		f.Add(data, uint8(r.IntN(40)), uint8(r.IntN(4)))
	}
	f.Fuzz(func(t *testing.T, data []byte, chunk, workers uint8) {
		o := Options{Name: "fuzz.csv", MaxLine: 64}
		if rd, err := NewReader(bytes.NewReader(data), o); err == nil && len(rd.Header()) < 2 {
			return
		}
		want := sequentialPairs(data, o, 0, 1)
		got, _ := parallelPairs(t, data, o, 0, 1, PairOptions{Workers: int(workers%4) + 1, ChunkSize: int(chunk) + 1}, readers()["file"])
		if got.String() != want.String() || fmt.Sprint(got.bits) != fmt.Sprint(want.bits) {
			t.Fatalf("got  %v\nwant %v", got, want)
		}
	})
}

// FuzzParseFast checks the number fast paths that ReadPairs' rows use
// against strconv.ParseFloat, bit for bit: parsePlain, and parseFast
// (Clinger's exact path, then Eisel-Lemire).
func FuzzParseFast(f *testing.F) {
	for _, s := range []string{"0", "-0", "1.5", "-12.375", "+3", "9007199254740993", "1e22", "1e23", "123456789012345678",
		"0.1", "4.9e-324", "2.2250738585072011e-308", "1.7976931348623157e308", "12,5", "1e-400", "5e-324", ".5", "5."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, dec := range []byte{'.', ',', 0} {
			v, ok := parsePlain([]byte(s), dec)
			if !ok {
				continue
			}
			want, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
			if err != nil || math.Float64bits(v) != math.Float64bits(want) {
				t.Fatalf("%q (mark %q): parsePlain %v, strconv %v, %v", s, dec, v, want, err)
			}
			if w, ok, _ := parseFast([]byte(s)); !ok || math.Float64bits(w) != math.Float64bits(v) {
				t.Fatalf("%q: parsePlain %v, parseFast %v", s, v, w)
			}
		}
		v, ok, mark := parseFast([]byte(s))
		if !ok || math.IsNaN(v) {
			return
		}
		text := s
		if mark == ',' {
			text = strings.Replace(s, ",", ".", 1)
		}
		want, err := strconv.ParseFloat(text, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			t.Fatalf("%q: parseFast %v, strconv fails: %v", s, v, err)
		}
		if math.Float64bits(v) != math.Float64bits(want) {
			t.Fatalf("%q: parseFast %v (%#x), strconv %v (%#x)", s, v, math.Float64bits(v), want, math.Float64bits(want))
		}
	})
}
