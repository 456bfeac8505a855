package dataset

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/encoding"
)

// The SPSS system file format as GNU PSPP's developer manual documents it
// (appendix B, "System File Format"; PSPP 1.6.2). Record numbers in comments
// refer to its sections.

var (
	sysmisBits  = math.Float64bits(-math.MaxFloat64)                    // SYSMIS = -DBL_MAX
	lowestBits  = math.Float64bits(math.Nextafter(-math.MaxFloat64, 0)) // LOWEST, low end of a missing range
	highestBits = math.Float64bits(math.MaxFloat64)                     // HIGHEST, high end of a missing range
	maxRecord   = int64(1) << 30                                        // largest extension record accepted
)

// rawVar is one variable record (B.3), continuation records folded in.
type rawVar struct {
	width    int // 0 numeric, 1..255 string
	name     []byte
	label    []byte
	hasLabel bool
	nMissing int32
	missing  [][8]byte
	print    int32
	dictIdx  int // 1-based dictionary index of the record
	nElems   int // 8-byte elements it occupies (1 + continuation records)
}

// slot says where one 8-byte data element of a case goes.
type slot struct {
	v    int  // logical variable index
	str  bool // part of a string variable
	off  int  // byte offset of the element within the variable's value
	used int  // bytes of the element that belong to the value (0..8)
}

// SAVReader streams the cases of an SPSS system file (.sav, bytecode
// compressed or not, or .zsav). Create it with NewSAVReader, which reads the
// dictionary; then call Next until it returns false and check Err. Memory
// use does not grow with the number of cases.
type SAVReader struct {
	name     string
	closer   io.Closer
	src      *countReader
	data     io.Reader // where case data comes from (src, or the zlib stream)
	order    binary.ByteOrder
	format   Format
	compress int32
	bias     float64
	ncases   int64
	label    string
	encName  string
	dec      *encoding.Decoder
	sysmis   uint64

	vars  []Variable
	slots []slot
	bufs  [][]byte // per string variable, the value being assembled
	prev  [][]byte // per string variable, the bytes of the previous case's value
	vals  []Value

	elem   [8]byte
	cmd    [8]byte
	cmdPos int
	read   int64 // cases read
	err    error
	done   bool
}

// NewSAVReader reads the header and dictionary of the SPSS system file r.
// name is used in error messages. The reader is positioned before the first
// case.
func NewSAVReader(r io.Reader, name string) (*SAVReader, error) {
	s := &SAVReader{name: fileName(name), src: &countReader{br: bufio.NewReaderSize(r, 64<<10)}, sysmis: sysmisBits}
	if err := s.readDictionary(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *SAVReader) errf(sentinel error, where, format string, args ...any) error {
	return &Error{File: s.name, Where: where, Err: sentinel, Detail: fmt.Sprintf(format, args...)}
}

// ioErr turns a read error into an error naming the file: a short read is a
// truncated (corrupt) file.
func (s *SAVReader) ioErr(err error, where string) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &Error{File: s.name, Where: where, Err: ErrCorrupt, Detail: fmt.Sprintf("file ends early (at byte %d)", s.src.n)}
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return &Error{File: s.name, Where: where, Err: err}
}

// Variables returns the dictionary: one entry per variable, in file order.
// Case values come in the same order.
func (s *SAVReader) Variables() []Variable { return s.vars }

// Format is FormatSAV or FormatZSAV.
func (s *SAVReader) Format() Format { return s.format }

// Cases is the number of cases the header declares, -1 if unknown.
func (s *SAVReader) Cases() int64 { return s.ncases }

// Encoding is the name of the character encoding the strings are decoded
// from ("UTF-8", "windows-1252", ...).
func (s *SAVReader) Encoding() string { return s.encName }

// FileLabel is the file label from the header ("" if none).
func (s *SAVReader) FileLabel() string { return s.label }

// ByteOrder is the byte order of the file's numbers.
func (s *SAVReader) ByteOrder() binary.ByteOrder { return s.order }

// Compression is the data compression: 0 none, 1 bytecode, 2 zlib (.zsav).
func (s *SAVReader) Compression() int { return int(s.compress) }

// Err returns the error that stopped Next, nil at a clean end of the data.
func (s *SAVReader) Err() error { return s.err }

// Case returns the values of the current case, one per variable, valid
// until the next call to Next. Numeric values are NaN when missing; Status
// says whether a value is user-missing (one of the variable's declared
// missing values) or system-missing.
func (s *SAVReader) Case() []Value { return s.vals }

// readN reads n bytes, growing the buffer as data arrives so that a bogus
// length in a corrupt file costs no more memory than the file has.
func (s *SAVReader) readN(n int64, where string) ([]byte, error) {
	if n < 0 || n > maxRecord {
		return nil, s.errf(ErrCorrupt, where, "implausible length %d", n)
	}
	if n <= 1<<16 {
		b := make([]byte, n)
		if _, err := io.ReadFull(s.src, b); err != nil {
			return nil, s.ioErr(err, where)
		}
		return b, nil
	}
	var buf bytes.Buffer
	m, err := io.CopyN(&buf, s.src, n)
	if m < n {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, s.ioErr(err, where)
	}
	return buf.Bytes(), nil
}

func (s *SAVReader) int32(where string) (int32, error) {
	var b [4]byte
	if _, err := io.ReadFull(s.src, b[:]); err != nil {
		return 0, s.ioErr(err, where)
	}
	return int32(s.order.Uint32(b[:])), nil
}

func (s *SAVReader) readDictionary() error {
	var h [176]byte
	if n, err := io.ReadFull(s.src, h[:]); err != nil {
		switch {
		case n >= 4 && (string(h[:4]) == "$FL2" || string(h[:4]) == "$FL3"):
			return s.ioErr(err, "file header")
		case n < 4:
			return s.errf(ErrNotSAV, "", "the file is %d bytes long, shorter than an SPSS header", n)
		}
	}
	switch string(h[:4]) {
	case "$FL2":
		s.format = FormatSAV
	case "$FL3":
		s.format = FormatZSAV
	case "\x5b\xc6\xd3\xf2":
		return s.errf(ErrUnsupported, "file header", "EBCDIC system file")
	default:
		return s.errf(ErrNotSAV, "", "it starts with %q, not $FL2 or $FL3", h[:4])
	}
	switch {
	case le32(h[64:]) == 2 || le32(h[64:]) == 3:
		s.order = binary.LittleEndian
	case be32(h[64:]) == 2 || be32(h[64:]) == 3:
		s.order = binary.BigEndian
	default:
		return s.errf(ErrCorrupt, "file header", "layout code %d is neither 2 nor 3", le32(h[64:]))
	}
	s.compress = int32(s.order.Uint32(h[72:]))
	s.ncases = int64(int32(s.order.Uint32(h[80:])))
	s.bias = math.Float64frombits(s.order.Uint64(h[84:]))
	switch s.compress {
	case 0, 1:
	case 2:
		if s.format != FormatZSAV {
			return s.errf(ErrCorrupt, "file header", "zlib compression in a $FL2 file")
		}
	default:
		return s.errf(ErrUnsupported, "file header", "compression code %d", s.compress)
	}
	if s.format == FormatZSAV && s.compress != 2 {
		return s.errf(ErrCorrupt, "file header", "a $FL3 file with compression code %d, not 2", s.compress)
	}
	if s.compress != 0 && (math.IsNaN(s.bias) || math.IsInf(s.bias, 0)) {
		return s.errf(ErrCorrupt, "file header", "compression bias %v", s.bias)
	}
	rawLabel := slices.Clone(h[109:173])

	var (
		raws       []*rawVar
		byDict     []*rawVar // dictionary index-1 -> record (nil for continuations)
		labelSets  []labelSet
		longNames  []byte
		veryLong   []byte
		lsLabels   []byte
		lsMissing  []byte
		display    []int32
		charCode   int32 = -1
		encRecord  string
		haveEncRec bool
	)
	for rec := 1; ; rec++ {
		rt, err := s.int32("record type")
		if err != nil {
			return err
		}
		switch rt {
		case 2:
			where := fmt.Sprintf("variable record %d", len(byDict)+1)
			v, err := s.readVarRecord(where)
			if err != nil {
				return err
			}
			if v.width < 0 {
				if len(raws) == 0 {
					return s.errf(ErrCorrupt, where, "a continuation record with no string variable before it")
				}
				last := raws[len(raws)-1]
				if last.width == 0 || last.nElems >= (last.width+7)/8 {
					return s.errf(ErrCorrupt, where, "a continuation record %s does not need", quote(string(bytes.TrimRight(last.name, " "))))
				}
				last.nElems++
				byDict = append(byDict, nil)
				continue
			}
			if len(raws) > 0 {
				if last := raws[len(raws)-1]; last.nElems != max(1, (last.width+7)/8) {
					return s.errf(ErrCorrupt, where, "string variable %s of width %d has %d continuation records, want %d",
						quote(string(bytes.TrimRight(last.name, " "))), last.width, last.nElems-1, (last.width+7)/8-1)
				}
			}
			v.dictIdx = len(byDict) + 1
			v.nElems = 1
			raws = append(raws, v)
			byDict = append(byDict, v)
		case 3:
			ls, err := s.readValueLabels(len(byDict))
			if err != nil {
				return err
			}
			labelSets = append(labelSets, ls)
		case 4:
			return s.errf(ErrCorrupt, "record type 4", "value label variables record without a value label record before it")
		case 6:
			n, err := s.int32("document record")
			if err != nil {
				return err
			}
			if n < 0 {
				return s.errf(ErrCorrupt, "document record", "%d lines", n)
			}
			if _, err := s.readN(int64(n)*80, "document record"); err != nil {
				return err
			}
		case 7:
			var hd [3]int32
			for i := range hd {
				if hd[i], err = s.int32("extension record"); err != nil {
					return err
				}
			}
			sub, size, count := hd[0], hd[1], hd[2]
			where := fmt.Sprintf("extension record subtype %d", sub)
			if size < 0 || count < 0 {
				return s.errf(ErrCorrupt, where, "size %d, count %d", size, count)
			}
			data, err := s.readN(int64(size)*int64(count), where)
			if err != nil {
				return err
			}
			switch sub {
			case 3: // machine integer info (B.6)
				if size == 4 && count == 8 {
					if fp := int32(s.order.Uint32(data[16:])); fp != 1 {
						return s.errf(ErrUnsupported, where, "floating-point format %d (only IEEE 754 is read)", fp)
					}
					charCode = int32(s.order.Uint32(data[28:]))
				}
			case 4: // machine floating-point info (B.7)
				if size == 8 && count == 3 {
					s.sysmis = s.order.Uint64(data)
				}
			case 11: // variable display parameters (B.10)
				if size == 4 {
					display = make([]int32, count)
					for i := range display {
						display[i] = int32(s.order.Uint32(data[4*i:]))
					}
				}
			case 13:
				longNames = data
			case 14:
				veryLong = data
			case 16: // extended number of cases (B.17)
				if size == 8 && count == 2 {
					if n := int64(s.order.Uint64(data[8:])); n >= 0 {
						s.ncases = n
					}
				}
			case 20:
				encRecord, haveEncRec = string(data), true
			case 21:
				lsLabels = data
			case 22:
				lsMissing = data
			}
		case 999:
			if _, err := s.int32("dictionary termination record"); err != nil {
				return err
			}
			goto done
		default:
			return s.errf(ErrCorrupt, fmt.Sprintf("record %d", rec), "unknown record type %d at byte %d", rt, s.src.n-4)
		}
	}
done:
	if len(raws) > 0 {
		if last := raws[len(raws)-1]; last.nElems != max(1, (last.width+7)/8) {
			return s.errf(ErrCorrupt, "variable records", "string variable %s of width %d lacks continuation records",
				quote(string(bytes.TrimRight(last.name, " "))), last.width)
		}
	}

	// The character encoding: the encoding record, else the code page of
	// the machine integer info record, else windows-1252 (old files).
	encName := "windows-1252"
	switch {
	case haveEncRec:
		encName = encRecord
	case charCode >= 0:
		n, err := codePageName(charCode)
		if err != nil {
			return &Error{File: s.name, Where: "machine integer info record", Err: err}
		}
		encName = n
	}
	dec, canon, err := lookupEncoding(encName)
	if err != nil {
		return &Error{File: s.name, Where: "character encoding record", Err: err}
	}
	s.dec, s.encName = dec, canon
	s.label = decodeText(s.dec, rawLabel)

	if err := s.buildVariables(raws, byDict, labelSets, longNames, veryLong, lsLabels, lsMissing, display); err != nil {
		return err
	}
	return s.startData()
}

func (s *SAVReader) readVarRecord(where string) (*rawVar, error) {
	var f [5]int32
	var err error
	for i := range f {
		if f[i], err = s.int32(where); err != nil {
			return nil, err
		}
	}
	v := &rawVar{width: int(f[0]), hasLabel: f[1] == 1, nMissing: f[2], print: f[3]}
	if f[0] < -1 || f[0] > 255 {
		return nil, s.errf(ErrCorrupt, where, "variable type %d (want -1, 0 or a string width up to 255)", f[0])
	}
	if f[1] != 0 && f[1] != 1 {
		return nil, s.errf(ErrCorrupt, where, "has_var_label is %d, not 0 or 1", f[1])
	}
	v.name = make([]byte, 8)
	if _, err := io.ReadFull(s.src, v.name); err != nil {
		return nil, s.ioErr(err, where)
	}
	if v.hasLabel {
		n, err := s.int32(where)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, s.errf(ErrCorrupt, where, "variable label length %d", n)
		}
		b, err := s.readN((int64(n)+3)&^3, where)
		if err != nil {
			return nil, err
		}
		v.label = b[:n]
	}
	switch m := v.nMissing; {
	case m == 0:
	case m >= 1 && m <= 3, m == -2, m == -3:
		if v.width > 0 && m < 0 {
			return nil, s.errf(ErrCorrupt, where, "a missing-value range on a string variable")
		}
		n := m
		if n < 0 {
			n = -n
		}
		v.missing = make([][8]byte, n)
		for i := range v.missing {
			if _, err := io.ReadFull(s.src, v.missing[i][:]); err != nil {
				return nil, s.ioErr(err, where)
			}
		}
	default:
		return nil, s.errf(ErrCorrupt, where, "missing-value count %d (want -3, -2, 0, 1, 2 or 3)", m)
	}
	return v, nil
}

type labelSet struct {
	values [][8]byte
	labels [][]byte
	vars   []int32
}

func (s *SAVReader) readValueLabels(nDict int) (labelSet, error) {
	const where = "value label record"
	var ls labelSet
	n, err := s.int32(where)
	if err != nil {
		return ls, err
	}
	if n < 0 {
		return ls, s.errf(ErrCorrupt, where, "%d labels", n)
	}
	for range n {
		var v [9]byte
		if _, err := io.ReadFull(s.src, v[:]); err != nil {
			return ls, s.ioErr(err, where)
		}
		l := int(v[8])
		pad := (l+1+7)&^7 - 1
		b, err := s.readN(int64(pad), where)
		if err != nil {
			return ls, err
		}
		ls.values = append(ls.values, [8]byte(v[:8]))
		ls.labels = append(ls.labels, b[:l])
	}
	rt, err := s.int32(where)
	if err != nil {
		return ls, err
	}
	if rt != 4 {
		return ls, s.errf(ErrCorrupt, where, "followed by record type %d, not 4", rt)
	}
	nv, err := s.int32("value label variables record")
	if err != nil {
		return ls, err
	}
	if nv < 0 || int(nv) > nDict {
		return ls, s.errf(ErrCorrupt, "value label variables record", "%d variables, the dictionary has %d", nv, nDict)
	}
	for range nv {
		i, err := s.int32("value label variables record")
		if err != nil {
			return ls, err
		}
		if i < 1 || int(i) > nDict {
			return ls, s.errf(ErrCorrupt, "value label variables record", "dictionary index %d out of range 1..%d", i, nDict)
		}
		ls.vars = append(ls.vars, i)
	}
	return ls, nil
}

// logical is one variable as a user sees it: one record, or the segments
// of a very long string.
type logical struct {
	segs  []*rawVar
	width int
}

func (s *SAVReader) buildVariables(raws, byDict []*rawVar, labelSets []labelSet, longNames, veryLong, lsLabels, lsMissing []byte, display []int32) error {
	short := func(v *rawVar) string { return strings.TrimRight(string(v.name), " \x00") }
	// Very long strings (B.12): NAME=WIDTH pairs; the named record and the
	// records after it are the segments.
	vls := map[string]int{}
	for _, t := range bytes.Split(veryLong, []byte{0, '\t'}) {
		t = bytes.Trim(t, "\x00\t")
		k, v, ok := bytes.Cut(t, []byte("="))
		if !ok {
			continue
		}
		w, err := strconv.Atoi(strings.TrimSpace(strings.TrimLeft(string(v), "0")))
		if err != nil || w < 256 || w > 32767 {
			return s.errf(ErrCorrupt, "very long string record", "width %q for %s", v, quote(string(k)))
		}
		vls[strings.ToUpper(string(k))] = w
	}
	var logs []logical
	rawIdx := make(map[*rawVar]int) // record -> index among non-continuation records
	for i, v := range raws {
		rawIdx[v] = i
	}
	for i := 0; i < len(raws); i++ {
		v := raws[i]
		w, ok := vls[strings.ToUpper(short(v))]
		if !ok || v.width == 0 {
			logs = append(logs, logical{segs: []*rawVar{v}, width: v.width})
			continue
		}
		n := (w + 251) / 252
		if i+n > len(raws) {
			return s.errf(ErrCorrupt, "very long string record", "%s of width %d needs %d segments, the dictionary has %d more variables", quote(short(v)), w, n, len(raws)-i)
		}
		for j := range n {
			sw := raws[i+j].width
			want := 255
			if j == n-1 {
				want = w - (n-1)*252
			}
			if sw == 0 || (j < n-1 && sw != 255) || (j == n-1 && (sw < want || (sw+7)/8 != (want+7)/8)) {
				return s.errf(ErrCorrupt, "very long string record", "segment %d of %s has width %d, want %d", j+1, quote(short(v)), sw, want)
			}
		}
		logs = append(logs, logical{segs: raws[i : i+n], width: w})
		i += n - 1
	}

	// Long variable names (B.11): SHORT=Long pairs separated by tabs.
	long := map[string]string{}
	for _, t := range bytes.Split(longNames, []byte{'\t'}) {
		k, v, ok := bytes.Cut(t, []byte("="))
		if ok && len(v) > 0 {
			long[strings.ToUpper(string(k))] = decodeText(s.dec, v)
		}
	}

	s.vars = make([]Variable, len(logs))
	logOf := map[*rawVar]int{}
	byName := map[string]int{}
	for i, l := range logs {
		first := l.segs[0]
		for _, sg := range l.segs {
			logOf[sg] = i
		}
		v := &s.vars[i]
		v.Name = decodeText(s.dec, first.name)
		if ln, ok := long[strings.ToUpper(short(first))]; ok {
			v.Name = ln
		}
		if first.hasLabel {
			v.Label = strings.TrimSpace(decodeText(s.dec, first.label))
		}
		v.Width = l.width
		if l.width > 0 {
			v.Kind = String
		}
		v.PrintFormat = formatName(first.print, l.width)
		if k := rawIdx[first]; len(display) == 3*len(raws) || len(display) == 2*len(raws) {
			per := len(display) / len(raws)
			switch display[k*per] {
			case 0, 1:
				v.Measure = Nominal
			case 2:
				v.Measure = Ordinal
			case 3:
				v.Measure = Scale
			}
		}
		for _, m := range first.missing {
			if v.Kind == String {
				v.Missing.Texts = append(v.Missing.Texts, decodeText(s.dec, m[:]))
			}
		}
		if v.Kind == Numeric && len(first.missing) > 0 {
			vals := first.missing
			if first.nMissing < 0 {
				v.Missing.HasRange = true
				v.Missing.Low = s.missingNumber(vals[0])
				v.Missing.High = s.missingNumber(vals[1])
				vals = vals[2:]
			}
			for _, m := range vals {
				v.Missing.Values = append(v.Missing.Values, s.missingNumber(m))
			}
		}
		byName[strings.ToUpper(v.Name)] = i
	}

	// Value labels (B.4) of numeric and short string variables.
	for _, ls := range labelSets {
		for _, di := range ls.vars {
			rv := byDict[di-1]
			if rv == nil {
				return s.errf(ErrCorrupt, "value label variables record", "dictionary index %d is a string continuation", di)
			}
			v := &s.vars[logOf[rv]]
			if v.Kind == String && v.Width > 8 {
				continue // wider strings take their labels from record 21
			}
			for k, val := range ls.values {
				lab := decodeText(s.dec, ls.labels[k])
				if v.Kind == Numeric {
					v.ValueLabels = setLabel(v.ValueLabels, ValueLabel{Value: math.Float64frombits(s.order.Uint64(val[:])), Label: lab})
				} else {
					v.ValueLabels = setLabel(v.ValueLabels, ValueLabel{Text: decodeText(s.dec, val[:]), Label: lab})
				}
			}
		}
	}
	// Long string value labels (B.14) and missing values (B.15).
	if err := s.longStringLabels(lsLabels, byName); err != nil {
		return err
	}
	if err := s.longStringMissing(lsMissing, byName); err != nil {
		return err
	}
	for i := range s.vars {
		v := &s.vars[i]
		slices.SortStableFunc(v.ValueLabels, func(a, b ValueLabel) int {
			if v.Kind == Numeric {
				return cmp.Compare(a.Value, b.Value)
			}
			return strings.Compare(a.Text, b.Text)
		})
	}

	// The slots of the case data: one per 8-byte element.
	s.bufs = make([][]byte, len(logs))
	for i, l := range logs {
		if l.width == 0 {
			s.slots = append(s.slots, slot{v: i})
			continue
		}
		s.bufs[i] = make([]byte, l.width)
		for j, sg := range l.segs {
			segOff := j * 255
			segUsed := min(255, l.width-segOff)
			if len(l.segs) == 1 {
				segUsed = l.width
			}
			for k := range sg.nElems {
				used := min(8, max(0, segUsed-8*k))
				s.slots = append(s.slots, slot{v: i, str: true, off: segOff + 8*k, used: used})
			}
		}
	}
	s.vals = make([]Value, len(logs))
	s.prev = make([][]byte, len(logs))
	return nil
}

// setLabel adds or replaces the label of a code (a later label for the same
// code wins, as in SPSS).
func setLabel(ls []ValueLabel, l ValueLabel) []ValueLabel {
	for i := range ls {
		if ls[i].Text == l.Text && (ls[i].Value == l.Value || (math.IsNaN(ls[i].Value) && math.IsNaN(l.Value))) {
			ls[i] = l
			return ls
		}
	}
	return append(ls, l)
}

// missingNumber reads a declared missing value, turning LOWEST and HIGHEST
// (the open ends of LO THRU x and x THRU HI) into infinities.
func (s *SAVReader) missingNumber(b [8]byte) float64 {
	u := s.order.Uint64(b[:])
	switch u {
	case lowestBits, s.sysmis:
		return math.Inf(-1)
	case highestBits:
		return math.Inf(1)
	}
	return math.Float64frombits(u)
}

// recordReader walks the byte layout of records 21 and 22.
type recordReader struct {
	b   []byte
	o   binary.ByteOrder
	bad bool
}

func (r *recordReader) int32() int {
	if len(r.b) < 4 {
		r.bad = true
		return 0
	}
	v := int32(r.o.Uint32(r.b))
	r.b = r.b[4:]
	return int(v)
}

func (r *recordReader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.bad = true
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (s *SAVReader) longStringLabels(data []byte, byName map[string]int) error {
	r := &recordReader{b: data, o: s.order}
	for len(r.b) > 0 && !r.bad {
		name := r.bytes(r.int32())
		r.int32() // width
		n := r.int32()
		if r.bad || n < 0 {
			break
		}
		idx, ok := byName[strings.ToUpper(decodeText(s.dec, name))]
		for range n {
			val := r.bytes(r.int32())
			lab := r.bytes(r.int32())
			if r.bad {
				break
			}
			if ok && s.vars[idx].Kind == String {
				s.vars[idx].ValueLabels = setLabel(s.vars[idx].ValueLabels, ValueLabel{Text: decodeText(s.dec, val), Label: decodeText(s.dec, lab)})
			}
		}
	}
	if r.bad {
		return s.errf(ErrCorrupt, "long string value labels record", "truncated")
	}
	return nil
}

func (s *SAVReader) longStringMissing(data []byte, byName map[string]int) error {
	r := &recordReader{b: data, o: s.order}
	for len(r.b) > 0 && !r.bad {
		name := r.bytes(r.int32())
		nb := r.bytes(1)
		if r.bad {
			break
		}
		idx, ok := byName[strings.ToUpper(decodeText(s.dec, name))]
		var texts []string
		for range int(nb[0]) {
			texts = append(texts, decodeText(s.dec, r.bytes(r.int32())))
		}
		if ok && !r.bad && s.vars[idx].Kind == String {
			s.vars[idx].Missing.Texts = texts
		}
	}
	if r.bad {
		return s.errf(ErrCorrupt, "long string missing values record", "truncated")
	}
	return nil
}

var formatNames = [...]string{1: "A", 2: "AHEX", 3: "COMMA", 4: "DOLLAR", 5: "F", 6: "IB", 7: "PIBHEX", 8: "P", 9: "PIB", 10: "PK",
	11: "RB", 12: "RBHEX", 15: "Z", 16: "N", 17: "E", 20: "DATE", 21: "TIME", 22: "DATETIME", 23: "ADATE", 24: "JDATE",
	25: "DTIME", 26: "WKDAY", 27: "MONTH", 28: "MOYR", 29: "QYR", 30: "WKYR", 31: "PCT", 32: "DOT", 33: "CCA", 34: "CCB",
	35: "CCC", 36: "CCD", 37: "CCE", 38: "EDATE", 39: "SDATE", 40: "MTIME", 41: "YMDHMS"}

// formatName spells a print format (B.3: type, width and decimals packed in
// an int32) as SPSS shows it, "F8.2", "A20" or "DATE11". A string
// variable's width is its true width (very long strings included); an
// unknown or mismatched type reads as F for numbers and A for strings.
func formatName(f int32, width int) string {
	typ, w, d := int(f>>16&0xff), int(f>>8&0xff), int(f&0xff)
	name := ""
	if typ < len(formatNames) {
		name = formatNames[typ]
	}
	if width > 0 {
		if name != "AHEX" {
			return fmt.Sprintf("A%d", width)
		}
		return fmt.Sprintf("AHEX%d", w)
	}
	switch name {
	case "", "A", "AHEX":
		name = "F"
	}
	if typ >= 20 && typ != 31 && typ != 32 && (typ < 33 || typ > 37) {
		if d > 0 {
			return fmt.Sprintf("%s%d.%d", name, w, d)
		}
		return fmt.Sprintf("%s%d", name, w)
	}
	return fmt.Sprintf("%s%d.%d", name, w, d)
}

// startData prepares the data record (B.20).
func (s *SAVReader) startData() error {
	s.cmdPos = 8
	switch s.compress {
	case 0, 1:
		s.data = s.src
	case 2:
		var h [24]byte
		start := s.src.n
		if _, err := io.ReadFull(s.src, h[:]); err != nil {
			return s.ioErr(err, "zlib data header")
		}
		zh, zt, zl := int64(s.order.Uint64(h[:])), int64(s.order.Uint64(h[8:])), int64(s.order.Uint64(h[16:]))
		if zh != start || zt < start+24 || zl < 24 || (zl-24)%24 != 0 {
			return s.errf(ErrCorrupt, "zlib data header", "header offset %d (the header is at %d), trailer offset %d, trailer length %d", zh, start, zt, zl)
		}
		s.data = bufio.NewReaderSize(&zlibBlocks{src: s.src, end: zt, trailer: zl, s: s}, 64<<10)
	}
	return nil
}

// Next reads the next case. It returns false at the end of the data or on
// an error (see Err).
func (s *SAVReader) Next() bool {
	if s.done || s.err != nil {
		return false
	}
	if (s.ncases >= 0 && s.read >= s.ncases) || len(s.slots) == 0 {
		s.done = true
		if s.compress == 2 {
			// Read to the end of the zlib blocks so that the trailer is
			// checked: a .zsav cut short is an error, not a quiet success.
			if _, err := io.Copy(io.Discard, s.data); err != nil {
				s.dataEnd(err, 1)
			}
		}
		return false
	}
	for i, sl := range s.slots {
		var (
			b   []byte
			st  = Valid
			num float64
		)
		switch s.compress {
		case 0:
			if _, err := io.ReadFull(s.data, s.elem[:]); err != nil {
				return s.dataEnd(err, i)
			}
			b = s.elem[:]
		default:
			code, err := s.nextCode()
			if err != nil {
				return s.dataEnd(err, i)
			}
			switch code {
			case 253:
				if _, err := io.ReadFull(s.data, s.elem[:]); err != nil {
					return s.dataEnd(unexpected(err), i)
				}
				b = s.elem[:]
			case 254:
				s.elem = [8]byte{' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '}
				b = s.elem[:]
				if !sl.str {
					st = SystemMissing // spaces in a numeric element: not a number
				}
			case 255:
				if sl.str {
					s.elem = [8]byte{' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '}
					b = s.elem[:]
				} else {
					st = SystemMissing
				}
			default:
				if sl.str {
					s.elem = [8]byte{}
					b = s.elem[:]
				} else {
					num = float64(code) - s.bias
				}
			}
		}
		v := &s.vals[sl.v]
		if !sl.str {
			if b != nil && st == Valid {
				u := s.order.Uint64(b)
				if u == s.sysmis {
					st = SystemMissing
				} else {
					num = math.Float64frombits(u)
				}
			}
			if st == Valid && math.IsNaN(num) {
				st = SystemMissing // a NaN bit pattern is no value either
			}
			stored := num
			if st == SystemMissing {
				stored = nan
			} else if s.vars[sl.v].Missing.IsMissing(num) {
				st = UserMissing
			}
			if st != Valid {
				num = nan
			}
			*v = Value{Number: num, Stored: stored, Status: st}
			continue
		}
		if sl.used > 0 {
			copy(s.bufs[sl.v][sl.off:sl.off+sl.used], b[:sl.used])
		}
	}
	for i := range s.vars {
		if s.vars[i].Kind != String {
			continue
		}
		// A value equal to the previous case's reuses its string: repeated
		// codes ("L", "P") cost no allocation per case.
		var t string
		if s.prev[i] != nil && bytes.Equal(s.prev[i], s.bufs[i]) {
			t = s.vals[i].Text
		} else {
			t = decodeText(s.dec, s.bufs[i])
			s.prev[i] = append(s.prev[i][:0], s.bufs[i]...)
		}
		st := Valid
		if s.vars[i].Missing.IsMissingText(t) {
			st = UserMissing
		}
		s.vals[i] = Value{Number: nan, Stored: nan, Text: t, Status: st}
	}
	s.read++
	return true
}

func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// dataEnd handles a read error in case data: the end of the file before
// the first element of a case is the normal end.
func (s *SAVReader) dataEnd(err error, elem int) bool {
	if err == io.EOF && elem == 0 {
		if s.ncases >= 0 && s.read < s.ncases {
			s.err = s.errf(ErrCorrupt, "data", "the header declares %d cases, the file has %d", s.ncases, s.read)
		}
		s.done = true
		return false
	}
	var e *Error
	if errors.As(err, &e) {
		s.err = err
	} else if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		s.err = s.errf(ErrCorrupt, fmt.Sprintf("case %d", s.read+1), "file ends inside the case")
	} else {
		s.err = &Error{File: s.name, Where: fmt.Sprintf("case %d", s.read+1), Err: err}
	}
	s.done = true
	return false
}

// nextCode returns the next compression code (B.20, bytecode), skipping
// the padding code 0; code 252 (end of data) is returned as io.EOF.
func (s *SAVReader) nextCode() (byte, error) {
	for {
		if s.cmdPos == 8 {
			if _, err := io.ReadFull(s.data, s.cmd[:]); err != nil {
				return 0, err
			}
			s.cmdPos = 0
		}
		c := s.cmd[s.cmdPos]
		s.cmdPos++
		switch c {
		case 0:
			continue
		case 252:
			s.cmdPos = 8
			return 0, io.EOF
		}
		return c, nil
	}
}

// zlibBlocks reads the concatenated zlib blocks of a .zsav data record as
// one stream of bytecode-compressed data.
type zlibBlocks struct {
	src     *countReader
	end     int64 // offset of the zlib trailer
	trailer int64 // its length
	s       *SAVReader
	zr      io.ReadCloser
	open    bool // zr is inside a block
	done    bool
}

// readTrailer checks the zlib data trailer (B.20): its block count must
// match its length, so that a file cut inside the trailer is an error.
func (z *zlibBlocks) readTrailer() error {
	t, err := z.s.readN(z.trailer, "zlib data trailer")
	if err != nil {
		return err
	}
	if n := int64(int32(z.s.order.Uint32(t[20:]))); n*24+24 != z.trailer {
		return z.s.errf(ErrCorrupt, "zlib data trailer", "%d blocks in a trailer of %d bytes", n, z.trailer)
	}
	return nil
}

func (z *zlibBlocks) Read(p []byte) (int, error) {
	for {
		if z.done {
			return 0, io.EOF
		}
		if !z.open {
			if z.src.n >= z.end {
				z.done = true
				if err := z.readTrailer(); err != nil {
					return 0, err
				}
				return 0, io.EOF
			}
			var err error
			if z.zr == nil {
				z.zr, err = zlib.NewReader(z.src)
			} else {
				err = z.zr.(zlib.Resetter).Reset(z.src, nil) // reuse the decompressor's buffers
			}
			if err != nil {
				return 0, z.s.errf(ErrCorrupt, "zlib data block", "at byte %d: %v", z.src.n, err)
			}
			z.open = true
		}
		n, err := z.zr.Read(p)
		if err == io.EOF {
			z.open = false
			if z.src.n > z.end {
				return n, z.s.errf(ErrCorrupt, "zlib data block", "runs past the trailer offset %d", z.end)
			}
			err = nil
		} else if err != nil {
			return n, z.s.errf(ErrCorrupt, "zlib data block", "at byte %d: %v", z.src.n, err)
		}
		if n > 0 || err != nil {
			return n, err
		}
	}
}

// countReader counts the bytes read; it is a flate.Reader (io.ByteReader),
// so zlib reads exactly one block from it and no further.
type countReader struct {
	br *bufio.Reader
	n  int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.br.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countReader) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

func le32(b []byte) int32 { return int32(binary.LittleEndian.Uint32(b)) }
func be32(b []byte) int32 { return int32(binary.BigEndian.Uint32(b)) }

// ReadSAV reads a whole SPSS system file (.sav or .zsav) into a Table.
func ReadSAV(r io.Reader, name string) (*Table, error) {
	s, err := NewSAVReader(r, name)
	if err != nil {
		return nil, err
	}
	t := &Table{File: name, Format: s.format, Encoding: s.encName, FileLabel: s.label}
	capHint := 0
	if s.ncases > 0 {
		capHint = int(min(s.ncases, 1<<16))
	}
	for i := range s.vars {
		c := &Column{Variable: s.vars[i], Status: make([]Status, 0, capHint)}
		t.Columns = append(t.Columns, c)
	}
	for s.Next() {
		for i, v := range s.Case() {
			t.Columns[i].add(v)
		}
		t.Rows++
	}
	if s.Err() != nil {
		return nil, s.Err()
	}
	return t, nil
}
