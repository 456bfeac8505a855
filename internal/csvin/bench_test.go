package csvin

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"math/rand/v2"
	"strconv"
	"testing"
)

func benchData(style string) []byte {
	r := rand.New(rand.NewPCG(1, 1))
	var b bytes.Buffer
	b.WriteString("id,x,y\n")
	for i := range 100000 {
		x := 50 + 10*r.NormFloat64()
		y := x + r.NormFloat64()
		prec := 3
		if style == "shortest" {
			prec = -1
		}
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
		b.WriteString(strconv.FormatFloat(x, 'f', prec, 64))
		b.WriteByte(',')
		b.WriteString(strconv.FormatFloat(y, 'f', prec, 64))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// BenchmarkReader reads two numeric columns with Reader.Float, against the
// encoding/csv + strconv.ParseFloat baseline on the same bytes.
func BenchmarkReader(b *testing.B) {
	for _, style := range []string{"fixed3", "shortest"} {
		data := benchData(style)
		b.Run(style+"/csvin", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				rd, err := NewReader(bytes.NewReader(data), Options{})
				if err != nil {
					b.Fatal(err)
				}
				s := 0.0
				for rd.Next() {
					x, err := rd.Float(1)
					if err != nil {
						b.Fatal(err)
					}
					y, _ := rd.Float(2)
					s += x - y
				}
			}
		})
		b.Run(style+"/encoding_csv", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				r := csv.NewReader(bytes.NewReader(data))
				r.ReuseRecord = true
				r.Read()
				s := 0.0
				for {
					rec, err := r.Read()
					if err == io.EOF {
						break
					}
					x, err := strconv.ParseFloat(rec[1], 64)
					if err != nil {
						b.Fatal(err)
					}
					y, _ := strconv.ParseFloat(rec[2], 64)
					s += x - y
				}
			}
		})
	}
}

// pairData is n rows of "id,x,y" with 3 decimals, as a spreadsheet holds.
func pairData(n int) []byte {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	var b []byte
	b = append(b, "id,x,y\n"...)
	for i := range n {
		x := 50 + 10*r.NormFloat64()
		y := x + 1 + r.NormFloat64()
		b = strconv.AppendInt(b, int64(i+1), 10)
		b = append(b, ',')
		b = strconv.AppendFloat(b, x, 'f', 3, 64)
		b = append(b, ',')
		b = strconv.AppendFloat(b, y, 'f', 3, 64)
		b = append(b, '\n')
	}
	return b
}

// BenchmarkReadPairs reads the two numeric columns of 1e6 rows (22 MB)
// three ways in the same run: ReadPairs on every core ("parallel"), the
// sequential loop of Next and Float ("sequential"), and encoding/csv with
// strconv.ParseFloat ("encoding_csv"), each summing x - y.
func BenchmarkReadPairs(b *testing.B) {
	data := pairData(1000000)
	b.Run("parallel", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			rd, err := NewReader(bytes.NewReader(data), Options{})
			if err != nil {
				b.Fatal(err)
			}
			s := 0.0
			if _, err := rd.ReadPairs(1, 2, PairOptions{}, func(x, y []float64) {
				for i := range x {
					s += x[i] - y[i]
				}
			}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("sequential", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			rd, err := NewReader(bytes.NewReader(data), Options{})
			if err != nil {
				b.Fatal(err)
			}
			s := 0.0
			for rd.Next() {
				x, err := rd.Float(1)
				if err != nil {
					b.Fatal(err)
				}
				y, err := rd.Float(2)
				if err != nil {
					b.Fatal(err)
				}
				s += x - y
			}
			if rd.Err() != nil {
				b.Fatal(rd.Err())
			}
		}
	})
	b.Run("encoding_csv", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			r := csv.NewReader(bytes.NewReader(data))
			r.ReuseRecord = true
			if _, err := r.Read(); err != nil {
				b.Fatal(err)
			}
			s := 0.0
			for {
				rec, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				x, err := strconv.ParseFloat(rec[1], 64)
				if err != nil {
					b.Fatal(err)
				}
				y, err := strconv.ParseFloat(rec[2], 64)
				if err != nil {
					b.Fatal(err)
				}
				s += x - y
			}
		}
	})
}

// BenchmarkChunk parses one chunk (DefaultChunkSize) of "id,x,y" rows on one core, as
// a ReadPairs worker does (the row fast path), against the sequential
// loop of Next and Float on the same bytes.
func BenchmarkChunk(b *testing.B) {
	data := pairData(50000)
	head := bytes.IndexByte(data, '\n') + 1
	chunk := data[head:]
	chunk = chunk[:bytes.LastIndexByte(chunk[:min(len(chunk), DefaultChunkSize)], '\n')+1]
	rd, err := NewReader(bytes.NewReader(data), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("worker", func(b *testing.B) {
		b.SetBytes(int64(len(chunk)))
		w := rd.chunkReader()
		j := &job{data: chunk}
		for b.Loop() {
			w.parseChunk(j, 1, 2)
			if j.perr != nil {
				b.Fatal(j.perr)
			}
		}
	})
	b.Run("sequential", func(b *testing.B) {
		b.SetBytes(int64(len(chunk)))
		w := rd.chunkReader()
		for b.Loop() {
			*w = Reader{name: w.name, sep: w.sep, maxLine: w.maxLine, missing: w.missing, maxMissing: w.maxMissing,
				header: w.header, dec: w.dec, br: bufio.NewReaderSize(bytes.NewReader(chunk), 256<<10)}
			for w.Next() {
				if _, err := w.Float(1); err != nil {
					b.Fatal(err)
				}
				if _, err := w.Float(2); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
