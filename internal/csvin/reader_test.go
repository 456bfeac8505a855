package csvin

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// readAll reads every row of s as strings.
func readAll(s string, o Options) ([]string, [][]string, error) {
	rd, err := NewReader(strings.NewReader(s), o)
	if err != nil {
		return nil, nil, err
	}
	var rows [][]string
	for rd.Next() {
		row := make([]string, len(rd.Header()))
		for i := range row {
			row[i] = string(rd.Field(i))
		}
		rows = append(rows, row)
	}
	return rd.Header(), rows, rd.Err()
}

func TestReaderGood(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		o      Options
		header []string
		rows   [][]string
		sep    byte
	}{
		{"comma", "a,b\n1,2\n3,4\n", Options{}, []string{"a", "b"}, [][]string{{"1", "2"}, {"3", "4"}}, ','},
		{"no final newline", "a,b\n1,2", Options{}, []string{"a", "b"}, [][]string{{"1", "2"}}, ','},
		{"semicolon", "a;b\n1,5;2\n", Options{}, []string{"a", "b"}, [][]string{{"1,5", "2"}}, ';'},
		{"tab", "a\tb\n1\t2\n", Options{}, []string{"a", "b"}, [][]string{{"1", "2"}}, '\t'},
		{"bom crlf", "\xEF\xBB\xBFa;b\r\n1;2\r\n", Options{}, []string{"a", "b"}, [][]string{{"1", "2"}}, ';'},
		{"blank lines", "\n\na,b\n\n1,2\n\r\n3,4\n\n", Options{}, []string{"a", "b"}, [][]string{{"1", "2"}, {"3", "4"}}, ','},
		{"quoted", "\"a,x\",b\n\"1\",\"say \"\"hi\"\"\"\n", Options{}, []string{"a,x", "b"}, [][]string{{"1", `say "hi"`}}, ','},
		{"quoted newline", "a,b\n\"l1\nl2\",2\n3,4\n", Options{}, []string{"a", "b"}, [][]string{{"l1\nl2", "2"}, {"3", "4"}}, ','},
		{"quoted crlf", "a,b\r\n\"l1\r\nl2\",2\r\n", Options{}, []string{"a", "b"}, [][]string{{"l1\nl2", "2"}}, ','},
		{"quoted empty and trailing", "a,b,c\n\"\",x,\n", Options{}, []string{"a", "b", "c"}, [][]string{{"", "x", ""}}, ','},
		{"quoted last empty", "a,b\nx,\"\"\n", Options{}, []string{"a", "b"}, [][]string{{"x", ""}}, ','},
		{"single column", "a\n1\n2\n", Options{}, []string{"a"}, [][]string{{"1"}, {"2"}}, ','},
		{"set sep", "a,b;c\n1,2;3\n", Options{Sep: ';'}, []string{"a,b", "c"}, [][]string{{"1,2", "3"}}, ';'},
		{"utf8 labels", "nama;nilai\nIbu Siti Ñ;2\n", Options{}, []string{"nama", "nilai"}, [][]string{{"Ibu Siti Ñ", "2"}}, ';'},
		{"header only", "a,b\n", Options{}, []string{"a", "b"}, nil, ','},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, rows, err := readAll(tc.in, tc.o)
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if fmt.Sprintf("%q", h) != fmt.Sprintf("%q", tc.header) {
				t.Errorf("header %q, want %q", h, tc.header)
			}
			if fmt.Sprintf("%q", rows) != fmt.Sprintf("%q", tc.rows) {
				t.Errorf("rows %q, want %q", rows, tc.rows)
			}
			rd, _ := NewReader(strings.NewReader(tc.in), tc.o)
			if rd.Sep() != tc.sep {
				t.Errorf("sep %q, want %q", rd.Sep(), tc.sep)
			}
		})
	}
}

func TestReaderErrors(t *testing.T) {
	long := "a,b\n" + strings.Repeat("1", DefaultMaxLine+10) + ",2\n"
	tests := []struct {
		name string
		in   string
		o    Options
		want error
		line int
		frag string
	}{
		{"empty", "", Options{}, ErrEmpty, 0, "empty file"},
		{"only blank lines", "\n\r\n\n", Options{}, ErrEmpty, 0, "empty"},
		{"mixed separators", "a,b;c\n1,2;3\n", Options{}, ErrMixedSeparators, 1, "',' and ';'"},
		{"mixed tab", "a\tb,c\n", Options{}, ErrMixedSeparators, 1, "tab"},
		{"unterminated", "a,b\n1,2\n\"3,4\n5,6\n", Options{}, ErrUnterminatedQuote, 3, "opened on line 3"},
		{"unterminated header", "\"a,b\n", Options{}, ErrUnterminatedQuote, 1, "line 1"},
		{"bare quote", "a,b\n1,x\"y\n", Options{}, ErrQuote, 2, `"x\"y"`},
		{"after closing quote", "a,b\n1,\"x\"y\n", Options{}, ErrQuote, 2, "after a closing quote"},
		{"field count", "a,b\n1,2,3\n", Options{}, ErrFieldCount, 2, "3 fields, the header has 2"},
		{"field count short", "a;b;c\n1;2\n", Options{}, ErrFieldCount, 2, "2 fields"},
		{"invalid utf8", "a,b\n1,\xff\xfe\n", Options{}, ErrInvalidUTF8, 2, `column "b"`},
		{"invalid utf8 header", "a,\xc3\n", Options{}, ErrInvalidUTF8, 1, "UTF-8"},
		{"utf16", "\xff\xfea\x00,\x00", Options{}, ErrUTF16, 1, "UTF-16"},
		{"long line", long, Options{}, ErrLineTooLong, 2, "longer than"},
		{"cr only", "a,b\r1,2\r3,4\r", Options{}, ErrLineEnding, 1, "carriage return"},
		{"decimal comma in comma file", "a,b\n1,2\n", Options{Decimal: ','}, ErrDecimal, 1, "comma-separated"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.o
			o.Name = "x.csv"
			_, _, err := readAll(tc.in, o)
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%T is not *Error", err)
			}
			if e.Line != tc.line {
				t.Errorf("line %d, want %d (%v)", e.Line, tc.line, err)
			}
			if !strings.Contains(err.Error(), tc.frag) || !strings.HasPrefix(err.Error(), "x.csv") {
				t.Errorf("message %q lacks %q or the file name", err, tc.frag)
			}
		})
	}
}

func TestOptionsErrors(t *testing.T) {
	for _, o := range []Options{{Sep: '|'}, {Decimal: ';'}, {Sep: ',', Decimal: ','}} {
		if _, err := NewReader(strings.NewReader("a\n"), o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

func TestColumn(t *testing.T) {
	rd, err := NewReader(strings.NewReader(" a ,b,b\n1,2,3\n"), Options{Name: "f.csv"})
	if err != nil {
		t.Fatal(err)
	}
	if i, err := rd.Column("a"); err != nil || i != 0 {
		t.Errorf("Column(a) = %d, %v", i, err)
	}
	if _, err := rd.Column("b"); !errors.Is(err, ErrDuplicateColumn) {
		t.Errorf("Column(b) error %v", err)
	}
	_, err = rd.Column("c")
	if !errors.Is(err, ErrMissingColumn) || !strings.Contains(err.Error(), `the header has " a ", "b", "b"`) {
		t.Errorf("Column(c) error %v", err)
	}
}

// floats reads column 0 of a one-column file.
func floats(s string, o Options) ([]float64, error) {
	rd, err := NewReader(strings.NewReader("x\n"+s), o)
	if err != nil {
		return nil, err
	}
	var out []float64
	for rd.Next() {
		v, err := rd.Float(0)
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, rd.Err()
}

func TestFloat(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name string
		in   string
		o    Options
		want []float64
	}{
		{"plain", "1\n-2.5\n+3\n.5\n5.\n1e3\n1E-3\n-0\n", Options{}, []float64{1, -2.5, 3, .5, 5, 1e3, 1e-3, math.Copysign(0, -1)}},
		{"missing", "\nNA\n.\n 7 \n", Options{}, []float64{nan, nan, 7}},
		{"custom missing", "-99\n\n1\n", Options{Missing: []string{"-99"}}, []float64{nan, 1}},
		{"decimal comma detected", "1,5\n2\n-0,25\n", Options{Sep: ';'}, []float64{1.5, 2, -0.25}},
		{"decimal comma set", "1,5\n", Options{Sep: ';', Decimal: ','}, []float64{1.5}},
		{"long mantissa", "0.1000000000000000055511151231257827\n123456789012345678901234567890\n", Options{}, []float64{0.1, 123456789012345678901234567890}},
		{"tiny and huge", "4.9e-324\n1e-400\n1.7976931348623157e308\n", Options{}, []float64{5e-324, 0, math.MaxFloat64}},
		{"comma long", "3,14159265358979323846\n", Options{Sep: ';'}, []float64{math.Pi}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := floats(tc.in, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if math.Float64bits(got[i]) != math.Float64bits(tc.want[i]) && !(math.IsNaN(got[i]) && math.IsNaN(tc.want[i])) {
					t.Errorf("value %d: got %v, want %v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestFloatErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		o    Options
		want error
		frag string
	}{
		{"text", "abc\n", Options{}, ErrNotNumber, `found "abc"`},
		{"inf", "Inf\n", Options{}, ErrNonFinite, "infinite"},
		{"minus infinity", "-Infinity\n", Options{}, ErrNonFinite, "infinite"},
		{"nan", "NaN\n", Options{}, ErrNotNumber, "NA"},
		{"1e400", "1e400\n", Options{}, ErrOutOfRange, "1e400"},
		{"-1e400", "-1e400\n", Options{}, ErrOutOfRange, "range"},
		{"hex", "0x1p3\n", Options{}, ErrNotNumber, "0x1p3"},
		{"underscore", "1_000\n", Options{}, ErrNotNumber, "1_000"},
		{"two marks", "1.2.3\n", Options{}, ErrNotNumber, "1.2.3"},
		{"thousands", "1.234,5\n", Options{Sep: ';'}, ErrNotNumber, "thousands"},
		{"exponent only", "1e\n", Options{}, ErrNotNumber, "1e"},
		{"sign only", "-\n", Options{}, ErrNotNumber, `"-"`},
		{"comma in comma file", "\"1,5\"\n", Options{}, ErrDecimal, "'.'"},
		{"mixed marks", "1,5\n2.5\n", Options{Sep: ';'}, ErrDecimal, "line 2"},
		{"point when comma set", "2.5\n", Options{Sep: ';', Decimal: ','}, ErrDecimal, "set to ','"},
		{"percent", "5%\n", Options{}, ErrNotNumber, "5%"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := floats(tc.in, tc.o)
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.frag) || !strings.Contains(err.Error(), `column "x" (field 1)`) {
				t.Errorf("message %q lacks %q or the column", err, tc.frag)
			}
		})
	}
}

// TestFloatMatchesStrconv checks the fast path against strconv.ParseFloat on
// random decimal strings of every shape, bit for bit.
func TestFloatMatchesStrconv(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	var texts []string
	for range 300000 {
		var s string
		switch r.IntN(6) {
		case 5: // near a halfway point between two floats, 16 to 19 digits
			f := math.Abs(math.Float64frombits(r.Uint64()))
			if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
				continue
			}
			mid := new(big.Float).SetPrec(2000).SetFloat64(f)
			mid.Add(mid, new(big.Float).SetPrec(2000).SetFloat64(math.Nextafter(f, math.Inf(1))))
			mid.Quo(mid, big.NewFloat(2))
			s = mid.Text('e', 15+r.IntN(4))
		case 0:
			s = strconv.FormatFloat(r.NormFloat64()*math.Pow(10, float64(r.IntN(40)-20)), 'g', -1, 64)
		case 1:
			s = strconv.FormatFloat(r.Float64()*1000, 'f', r.IntN(8), 64)
		case 2:
			s = strconv.FormatInt(r.Int64N(1<<62)-(1<<61), 10)
		case 3:
			digits := make([]byte, 1+r.IntN(25))
			for i := range digits {
				digits[i] = byte('0' + r.IntN(10))
			}
			p := r.IntN(len(digits) + 1)
			s = string(digits[:p]) + "." + string(digits[p:])
			if s == "." {
				s = "0"
			}
			if r.IntN(2) == 0 {
				s += "e" + strconv.Itoa(r.IntN(700)-350)
			}
		default:
			s = strconv.FormatFloat(math.Float64frombits(r.Uint64()), 'e', r.IntN(20), 64)
		}
		if strings.ContainsAny(s, "IN") {
			continue
		}
		texts = append(texts, s)
		b.WriteString(s)
		b.WriteByte('\n')
	}
	rd, err := NewReader(strings.NewReader("x\n"+b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; rd.Next(); i++ {
		got, err := rd.Float(0)
		want, werr := strconv.ParseFloat(texts[i], 64)
		if werr != nil {
			if err == nil {
				t.Fatalf("%q: got %v, strconv error %v", texts[i], got, werr)
			}
			continue
		}
		if err != nil || math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("%q: got %v (%v), want %v", texts[i], got, err, want)
		}
	}
	if rd.Err() != nil {
		t.Fatal(rd.Err())
	}
}

func TestFloatAllocs(t *testing.T) {
	data := "x\n" + strings.Repeat("1.25\n3.14159265358979323846\n", 100)
	rd, err := NewReader(strings.NewReader(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(1, func() {
		for rd.Next() {
			if _, err := rd.Float(0); err != nil {
				t.Fatal(err)
			}
		}
	})
	if allocs > 0 {
		t.Errorf("%v allocations reading 200 rows", allocs)
	}
}

// FuzzReader checks that no input panics, that every error is a positioned
// *Error, that Float agrees with strconv.ParseFloat, and that the records
// agree with encoding/csv wherever both read the same dialect.
func FuzzReader(f *testing.F) {
	for _, s := range []string{
		"a,b\n1,2\n", "a;b\r\n1,5;2\r\n", "\xEF\xBB\xBFa\tb\n1\t2\n", "a,b\n\"x\ny\",2\n",
		"a,b\n\"1\",\"2\"\"\"\n", "a,b\n\"open,2\n", "a,b;c\n", "a\nInf\n1e400\nNA\n.\n\n", "a,b\n1,\xff\n",
	} {
		f.Add([]byte(s), byte(0), byte(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, sep, dec byte) {
		o := Options{Name: "fuzz.csv", MaxLine: 1 << 12}
		switch sep % 4 {
		case 1:
			o.Sep = ','
		case 2:
			o.Sep = ';'
		case 3:
			o.Sep = '\t'
		}
		switch dec % 3 {
		case 1:
			o.Decimal = '.'
		case 2:
			if o.Sep != ',' {
				o.Decimal = ','
			}
		}
		rd, err := NewReader(bytes.NewReader(data), o)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is %T", err, err)
			}
			return
		}
		var records [][]string
		records = append(records, append([]string(nil), rd.Header()...))
		for rd.Next() {
			rec := make([]string, len(rd.Header()))
			for i := range rec {
				rec[i] = string(rd.Field(i))
				v, err := rd.Float(i)
				if err != nil {
					var e *Error
					if !errors.As(err, &e) || e.Line < 1 || e.Index != i+1 {
						t.Fatalf("float error %v not positioned", err)
					}
					continue
				}
				if math.IsNaN(v) || math.IsInf(v, 0) {
					if !rd.IsMissing(i) {
						t.Fatalf("%q read as %v but is no missing marker", rec[i], v)
					}
					continue
				}
				text := strings.Replace(strings.Trim(rec[i], " "), ",", ".", 1)
				want, werr := strconv.ParseFloat(text, 64)
				if werr != nil || math.Float64bits(v) != math.Float64bits(want) {
					t.Fatalf("%q read as %v, strconv gives %v, %v", rec[i], v, want, werr)
				}
			}
			records = append(records, rec)
		}
		if err := rd.Err(); err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Line < 1 {
				t.Fatalf("error %v not positioned", err)
			}
			return
		}
		// Differential check against encoding/csv on the dialect both share.
		if bytes.ContainsAny(data, "\r") || bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) || !utf8.Valid(data) {
			return
		}
		cr := csv.NewReader(bytes.NewReader(data))
		cr.Comma = rune(rd.Sep())
		want, err := cr.ReadAll()
		if err != nil {
			if errors.Is(err, csv.ErrFieldCount) || errors.Is(err, io.EOF) {
				return
			}
			t.Fatalf("encoding/csv fails (%v) where csvin reads %q", err, records)
		}
		if fmt.Sprintf("%q", want) != fmt.Sprintf("%q", records) {
			t.Fatalf("records %q, encoding/csv %q", records, want)
		}
	})
}

// TestPow10Table checks entries of the computed table against Go's
// strconv table (internal/strconv/pow10tab.go in Go 1.26: the first, 1e0,
// 1e1 and the last entry).
func TestPow10Table(t *testing.T) {
	pow10Once.Do(initPow10)
	for _, tc := range []struct {
		q      int
		lo, hi uint64
	}{
		{-348, 0x1732C869CD60E453, 0xFA8FD5A0081C0288},
		{0, 0x0000000000000000, 0x8000000000000000},
		{1, 0x0000000000000000, 0xA000000000000000},
		{347, 0x4B7195F2D2D1A9FB, 0xD13EB46469447567},
	} {
		got := pow10Table[tc.q-pow10MinExp10]
		if got != [2]uint64{tc.lo, tc.hi} {
			t.Errorf("10^%d: %#x, want {%#x, %#x}", tc.q, got, tc.lo, tc.hi)
		}
	}
}
