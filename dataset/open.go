package dataset

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf8"
)

// Options configures Open and Read. The zero value detects the format and,
// for a workbook, reads the only sheet with data.
type Options struct {
	// Format forces a format; FormatUnknown (the zero value) detects it
	// from the content.
	Format Format
	// Sheet selects the xlsx sheet by name (exact, else case-insensitive)
	// or by 1-based index ("2"); "" means the only sheet with data.
	Sheet string
	// Missing lists the xlsx text cells that mean "missing" (compared after
	// trimming spaces); nil means DefaultMissing, an empty non-nil slice
	// means none. SPSS files declare their own missing values.
	Missing []string
}

// Detect returns the format of a file from its first bytes (at least 4;
// 64 let it tell an xlsx from other zip files only by name): "$FL2" is an
// SPSS system file, "$FL3" a zlib-compressed one, "PK\x03\x04" a zip
// archive (read as an xlsx workbook). Anything else is FormatUnknown.
func Detect(prefix []byte) Format {
	switch {
	case bytes.HasPrefix(prefix, []byte("$FL2")):
		return FormatSAV
	case bytes.HasPrefix(prefix, []byte("$FL3")):
		return FormatZSAV
	case bytes.HasPrefix(prefix, []byte("PK\x03\x04")):
		return FormatXLSX
	}
	return FormatUnknown
}

// describe says what an unrecognised file looks like, for the error.
func describe(prefix []byte) string {
	switch {
	case len(prefix) == 0:
		return "the file is empty"
	case bytes.HasPrefix(prefix, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		return "it is an OLE2 compound file: an Excel 97-2003 .xls workbook or an encrypted .xlsx; save it as an unencrypted .xlsx"
	case bytes.HasPrefix(prefix, []byte("$FL")) || bytes.HasPrefix(prefix, []byte("\x5b\xc6\xd3")):
		return fmt.Sprintf("it starts like an SPSS system file but with %q", prefix[:min(4, len(prefix))])
	case bytes.HasPrefix(prefix, []byte("\xef\xbb\xbf")) || utf8.Valid(prefix[:max(0, len(prefix)-utf8.UTFMax)]):
		return "it looks like text; CSV files are read by the CSV reader, not this package"
	}
	return fmt.Sprintf("it starts with bytes % x", prefix[:min(8, len(prefix))])
}

// Open reads the data file name of fsys into a Table, detecting the format
// from its content (see Detect), not from its extension. The package opens
// files only through the fs.FS its caller passes (os.DirFS, an embed.FS, a
// manuscript's directory).
func Open(fsys fs.FS, name string, o Options) (*Table, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err // *fs.PathError names the file
	}
	defer f.Close()
	return Read(f, name, o)
}

// Read reads a whole data file from r into a Table. name is used in error
// messages and as Table.File.
func Read(r io.Reader, name string, o Options) (*Table, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	prefix, err := br.Peek(64)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, &Error{File: fileName(name), Err: err}
	}
	format := o.Format
	if format == FormatUnknown {
		format = Detect(prefix)
	}
	var t *Table
	switch format {
	case FormatSAV, FormatZSAV:
		t, err = ReadSAV(br, name)
	case FormatXLSX:
		t, err = ReadXLSX(br, name, o)
	default:
		return nil, &Error{File: fileName(name), Err: ErrUnknownFormat, Detail: describe(prefix)}
	}
	if err != nil {
		return nil, err
	}
	t.File = name
	return t, nil
}

// OpenSAV opens the SPSS system file name of fsys for streaming. Close the
// reader when done.
func OpenSAV(fsys fs.FS, name string) (*SAVReader, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	s, err := NewSAVReader(f, name)
	if err != nil {
		f.Close()
		return nil, err
	}
	s.closer = f
	return s, nil
}

// Close closes the file OpenSAV opened; it does nothing for a reader made
// by NewSAVReader.
func (s *SAVReader) Close() error {
	if s.closer == nil {
		return nil
	}
	err := s.closer.Close()
	s.closer = nil
	return err
}
