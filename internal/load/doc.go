// Package load reads a data file and a Spec into a pairedt.Study: the one
// loader that the command's report, freq and test, the literate manuscripts
// and the local web app share.
//
// A file is CSV (package csvin), an SPSS system file or an Excel workbook
// (package dataset), detected from its first bytes. The package does no file
// I/O of its own: it reads an io.Reader and names it in messages by the name
// it is given.
//
// # Specs
//
// A Spec names the columns that hold the pairs: Before and After in wide
// format (one row per subject), or ID, Time and Value in long format (one row
// per subject and occasion, Before and After the two values of Time). The
// outcome is numeric unless Levels are given, Categorical is set, or the
// file's variables carry value labels (SPSS), which then are the ordered
// categories.
//
// # Errors
//
// A Spec that cannot be applied (two names for one column, Codes without
// Levels, a flag for another format) wraps ErrSpec. A missing column or a
// bad cell is a *csvin.Error naming the file, the line (or case), the column
// and the value, wrapping a sentinel of csvin, of pairedt (ErrUnknownLevel)
// or of this package (ErrDuplicateID, ErrMissingID, ErrOccasion, ErrNoMatch,
// ErrNotCategory, ErrAmbiguousLevel, ErrFormat).
package load
