package csvin

import (
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
