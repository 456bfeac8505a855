package load

import "github.com/pairedt/pairedt/internal/i18n"

// NoteKind says what a Note remarks on.
type NoteKind int

const (
	// NoteFiltered: N of Of rows passed Spec.Where (Column = QuotedValue).
	NoteFiltered NoteKind = iota + 1
	// NoteDropouts: N subjects of a long-format file without both
	// occasions were dropped; Dropouts lists the first ten.
	NoteDropouts
	// NoteUnderflows: N numbers below the float64 range were read as 0,
	// the first at Place.
	NoteUnderflows
	// NoteManyLevels: N distinct values were each taken as an ordered
	// category.
	NoteManyLevels
)

// Note is a remark for the reader gathered while reading a file: a fact,
// written in a language by Text.
type Note struct {
	Kind        NoteKind
	File        string
	N, Of       int
	Column      string
	QuotedValue string
	Key         string // the option's name in messages: "where" or "--where"
	Dropouts    []i18n.Dropout
	Place       string
}

// Text is the note in l.
func (n Note) Text(l i18n.Lang) string {
	w := l.Notes()
	switch n.Kind {
	case NoteFiltered:
		return w.Filtered(n.File, n.N, n.Of, n.Column, n.QuotedValue, n.Key)
	case NoteDropouts:
		return w.Dropouts(n.File, n.N, n.Dropouts)
	case NoteUnderflows:
		return w.Underflows(n.N, n.Place)
	case NoteManyLevels:
		return w.ManyLevels(n.File, n.N)
	}
	return ""
}

// String is the note in English.
func (n Note) String() string { return n.Text(i18n.English) }

// Texts are the notes in l, one sentence each.
func Texts(notes []Note, l i18n.Lang) []string {
	var s []string
	for _, n := range notes {
		s = append(s, n.Text(l))
	}
	return s
}
