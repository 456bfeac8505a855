package dataset

import (
	"math"
	"slices"
	"strings"
)

// Format is the kind of file a Table came from. The zero value,
// FormatUnknown, asks Read and Open to detect the format from the content.
type Format int

const (
	FormatUnknown Format = iota // detect from the content
	FormatSAV                   // SPSS system file, uncompressed or bytecode-compressed ($FL2)
	FormatZSAV                  // SPSS system file with zlib-compressed data ($FL3)
	FormatXLSX                  // Office Open XML workbook (Excel 2007 and later, LibreOffice)
)

func (f Format) String() string {
	switch f {
	case FormatSAV:
		return "sav"
	case FormatZSAV:
		return "zsav"
	case FormatXLSX:
		return "xlsx"
	}
	return "unknown"
}

// Kind says whether a variable holds numbers or text.
type Kind int

const (
	Numeric Kind = iota // float64 values, NaN where missing
	String              // text values
)

func (k Kind) String() string {
	if k == String {
		return "string"
	}
	return "numeric"
}

// Status says whether one value is valid or missing, and why.
type Status uint8

const (
	Valid         Status = iota // a value to analyse
	UserMissing                 // a code the file declares missing (SPSS MISSING VALUES; an xlsx missing marker such as "NA")
	SystemMissing               // no value at all (SPSS system-missing ".", an empty xlsx cell)
)

func (s Status) String() string {
	switch s {
	case UserMissing:
		return "user-missing"
	case SystemMissing:
		return "system-missing"
	}
	return "valid"
}

// Measure is the SPSS measurement level of a variable. The zero value means
// the file did not say (always so for xlsx).
type Measure int

const (
	MeasureUnknown Measure = iota
	Nominal
	Ordinal
	Scale
)

func (m Measure) String() string {
	switch m {
	case Nominal:
		return "nominal"
	case Ordinal:
		return "ordinal"
	case Scale:
		return "scale"
	}
	return "unknown"
}

// ValueLabel names one code of a variable: Value for a numeric variable,
// Text for a string variable.
type ValueLabel struct {
	Value float64 // the numeric code (numeric variables)
	Text  string  // the string code without trailing spaces (string variables)
	Label string  // the label, e.g. "ASI keluar lancar"
}

// MissingValues are the user-missing values a variable declares: up to three
// discrete values and, for numeric variables, one closed range [Low, High]
// (Low may be -Inf for SPSS's LOWEST and High +Inf for HIGHEST).
type MissingValues struct {
	Values   []float64 // discrete numeric codes
	Texts    []string  // discrete string codes, trailing spaces removed
	HasRange bool
	Low      float64
	High     float64
}

// IsMissing reports whether the numeric value x is one of the declared
// user-missing values.
func (m *MissingValues) IsMissing(x float64) bool {
	if m.HasRange && x >= m.Low && x <= m.High {
		return true
	}
	return slices.Contains(m.Values, x)
}

// IsMissingText reports whether the string s (trailing spaces removed) is a
// declared user-missing value.
func (m *MissingValues) IsMissingText(s string) bool {
	return slices.Contains(m.Texts, s)
}

// Empty reports whether no user-missing values are declared.
func (m *MissingValues) Empty() bool {
	return !m.HasRange && len(m.Values) == 0 && len(m.Texts) == 0
}

// Variable is the dictionary entry of one column: everything but the values.
type Variable struct {
	// Name is the variable name (the SPSS long name, or the xlsx header
	// cell's text).
	Name string
	// Label is the SPSS variable label ("" if none; always "" for xlsx).
	// A report should call the variable by Label when it is not empty.
	Label string
	Kind  Kind
	// Width is the string width in bytes for SPSS string variables, 0 for
	// numeric variables and for xlsx columns.
	Width int
	// PrintFormat is the SPSS print format ("F8.2", "A40", "DATE11"), ""
	// for xlsx.
	PrintFormat string
	// Measure is the SPSS measurement level.
	Measure Measure
	// ValueLabels in ascending order of the code (numeric order for numeric
	// variables, byte order for strings): the ordered levels of a
	// categorical variable.
	ValueLabels []ValueLabel
	// Missing are the declared user-missing values.
	Missing MissingValues
}

// DisplayName is the name a report should print: the variable label if
// there is one, else the name.
func (v *Variable) DisplayName() string {
	if v.Label != "" {
		return v.Label
	}
	return v.Name
}

// Levels returns the value labels of the codes that are not declared
// missing, in ascending order: the ordered categories an analysis uses
// (SPSS lists labelled missing codes such as 9 = "Menolak" apart, under
// Missing).
func (v *Variable) Levels() []ValueLabel {
	var out []ValueLabel
	for _, l := range v.ValueLabels {
		if v.Kind == Numeric && v.Missing.IsMissing(l.Value) || v.Kind == String && v.Missing.IsMissingText(l.Text) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// LabelOf returns the value label of the numeric code x and whether there
// is one.
func (v *Variable) LabelOf(x float64) (string, bool) {
	for _, l := range v.ValueLabels {
		if l.Value == x && v.Kind == Numeric {
			return l.Label, true
		}
	}
	return "", false
}

// Column is one variable with its values, one per case (row).
type Column struct {
	Variable
	// Numbers holds the values of a numeric column, NaN where the value is
	// user- or system-missing (Status says which). Nil for string columns.
	Numbers []float64
	// Stored holds the numbers as the file stores them: like Numbers, but
	// a user-missing code keeps its value (9 for "Menolak"), so that a
	// frequency table can list the missing codes apart, as SPSS does. NaN
	// where the value is system-missing. Nil for string columns.
	Stored []float64
	// Strings holds the values of a string column, trailing spaces removed;
	// user-missing codes are kept as they are (Status marks them) and a
	// system-missing (empty) cell is "". Nil for numeric columns.
	Strings []string
	// Status says, per case, whether the value is valid or missing and why.
	Status []Status
	// UserMissing and SystemMissing count the Status values of each kind.
	UserMissing   int
	SystemMissing int
}

// Len is the number of cases.
func (c *Column) Len() int { return len(c.Status) }

// Valid is the number of values that are not missing.
func (c *Column) Valid() int { return len(c.Status) - c.UserMissing - c.SystemMissing }

func (c *Column) add(v Value) {
	switch v.Status {
	case UserMissing:
		c.UserMissing++
	case SystemMissing:
		c.SystemMissing++
	}
	c.Status = append(c.Status, v.Status)
	if c.Kind == Numeric {
		c.Numbers = append(c.Numbers, v.Number)
		c.Stored = append(c.Stored, v.Stored)
	} else {
		c.Strings = append(c.Strings, v.Text)
	}
}

// Value is one cell of a case as a streaming reader returns it.
type Value struct {
	Number float64 // numeric variables: the value, NaN when missing
	Stored float64 // numeric variables: the stored value, user-missing codes kept; NaN when system-missing
	Text   string  // string variables: the value without trailing spaces
	Status Status
}

// Table is a whole data file read into memory: the columns in file order.
type Table struct {
	File      string // the name given to Open or Read
	Format    Format
	Sheet     string // the xlsx sheet read; "" for SPSS
	Encoding  string // the SPSS character encoding the strings were decoded from ("UTF-8", "windows-1252"); "UTF-8" for xlsx
	FileLabel string // the SPSS file label, "" if none
	Columns   []*Column
	Rows      int // number of cases
}

// Names lists the column names in file order.
func (t *Table) Names() []string {
	names := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		names[i] = c.Name
	}
	return names
}

// Column returns the column called name. An exact match wins; otherwise a
// unique case-insensitive match (SPSS variable names are case-insensitive).
// The error wraps ErrNoColumn and lists the names the table has.
func (t *Table) Column(name string) (*Column, error) {
	var fold *Column
	n := 0
	for _, c := range t.Columns {
		if c.Name == name {
			return c, nil
		}
		if strings.EqualFold(c.Name, name) {
			fold = c
			n++
		}
	}
	if n == 1 {
		return fold, nil
	}
	return nil, &Error{File: fileName(t.File), Err: ErrNoColumn,
		Detail: quote(name) + "; columns: " + strings.Join(t.Names(), ", ")}
}

func quote(s string) string { return "\"" + s + "\"" }

var nan = math.NaN()
