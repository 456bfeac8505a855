package dataset

import (
	"bufio"
	"encoding/binary"
	"io"
	"math"
	"strings"
)

// savWriter writes a minimal SPSS system file (PSPP developer manual,
// appendix B) for tests that no tool here can produce: a big-endian file
// and a million-case file streamed without holding it. It writes numeric
// variables and string variables of up to 8 bytes, uncompressed or
// bytecode-compressed, in either byte order, with an encoding record.
type savWriter struct {
	w        *bufio.Writer
	order    binary.ByteOrder
	compress bool
	widths   []int
	cmd      []byte   // pending command bytes of the current block
	raw      [][]byte // pending uncompressible elements
}

type testVar struct {
	name   string
	width  int // 0 numeric, 1..8 string
	label  string
	labels map[float64]string
	miss   []float64
}

func newSAVWriter(w io.Writer, order binary.ByteOrder, compress bool, vars []testVar, ncases int32) (*savWriter, error) {
	s := &savWriter{w: bufio.NewWriter(w), order: order, compress: compress}
	b := s.w
	i32 := func(v int32) { binary.Write(b, order, v) }
	f64 := func(v float64) { binary.Write(b, order, v) }
	pad := func(str string, n int) { b.WriteString(str + strings.Repeat(" ", n-len(str))) }
	b.WriteString("$FL2")
	pad("@(#) SPSS DATA FILE pairedt dataset test writer", 60)
	i32(2)
	i32(int32(len(vars)))
	if compress {
		i32(1)
	} else {
		i32(0)
	}
	i32(0)
	i32(ncases)
	f64(100)
	pad("01 Dec 26", 9)
	pad("00:00:00", 8)
	pad("test file", 64)
	b.Write([]byte{0, 0, 0})
	for _, v := range vars {
		s.widths = append(s.widths, v.width)
		i32(2)
		i32(int32(v.width))
		if v.label != "" {
			i32(1)
		} else {
			i32(0)
		}
		i32(int32(len(v.miss)))
		format := int32(5<<16 | 8<<8 | 2)
		if v.width > 0 {
			format = int32(1<<16 | v.width<<8)
		}
		i32(format)
		i32(format)
		pad(strings.ToUpper(v.name), 8)
		if v.label != "" {
			i32(int32(len(v.label)))
			pad(v.label, (len(v.label)+3)&^3)
		}
		for _, m := range v.miss {
			f64(m)
		}
	}
	for i, v := range vars {
		if len(v.labels) == 0 {
			continue
		}
		i32(3)
		i32(int32(len(v.labels)))
		for code, lab := range v.labels { // order does not matter: the reader sorts
			f64(code)
			b.WriteByte(byte(len(lab)))
			pad(lab, (len(lab)+1+7)&^7-1)
		}
		i32(4)
		i32(1)
		i32(int32(i + 1))
	}
	// machine integer info: IEEE floats, endianness, UTF-8
	i32(7)
	i32(3)
	i32(4)
	i32(8)
	endian := int32(2)
	if order == binary.BigEndian {
		endian = 1
	}
	for _, x := range []int32{1, 6, 2, -1, 1, 1, endian, 65001} {
		i32(x)
	}
	// long variable names
	var names []string
	for _, v := range vars {
		names = append(names, strings.ToUpper(v.name)+"="+v.name)
	}
	ln := strings.Join(names, "\t")
	i32(7)
	i32(13)
	i32(1)
	i32(int32(len(ln)))
	b.WriteString(ln)
	// encoding
	i32(7)
	i32(20)
	i32(1)
	i32(5)
	b.WriteString("UTF-8")
	i32(999)
	i32(0)
	return s, nil
}

// writeCase writes one case: a float64 for a numeric variable (NaN writes
// system-missing), a string for a string variable.
func (s *savWriter) writeCase(vals ...any) {
	for i, v := range vals {
		var e [8]byte
		if s.widths[i] == 0 {
			x := v.(float64)
			if math.IsNaN(x) {
				x = -math.MaxFloat64
				if s.compress {
					s.code(255, nil)
					continue
				}
			}
			if s.compress && x == math.Trunc(x) && x >= -99 && x <= 151 {
				s.code(byte(x+100), nil)
				continue
			}
			s.order.PutUint64(e[:], math.Float64bits(x))
		} else {
			str := v.(string)
			copy(e[:], str+strings.Repeat(" ", 8-len(str)))
			if s.compress && strings.TrimSpace(str) == "" {
				s.code(254, nil)
				continue
			}
		}
		if s.compress {
			s.code(253, e[:])
		} else {
			s.w.Write(e[:])
		}
	}
}

func (s *savWriter) code(c byte, raw []byte) {
	s.cmd = append(s.cmd, c)
	if raw != nil {
		s.raw = append(s.raw, append([]byte(nil), raw...))
	}
	if len(s.cmd) == 8 {
		s.flush()
	}
}

func (s *savWriter) flush() {
	if len(s.cmd) == 0 {
		return
	}
	for len(s.cmd) < 8 {
		s.cmd = append(s.cmd, 0)
	}
	s.w.Write(s.cmd)
	for _, r := range s.raw {
		s.w.Write(r)
	}
	s.cmd, s.raw = s.cmd[:0], s.raw[:0]
}

func (s *savWriter) close() error {
	if s.compress {
		s.code(252, nil)
		s.flush()
	}
	return s.w.Flush()
}
