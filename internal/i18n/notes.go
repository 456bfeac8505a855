package i18n

import (
	"fmt"
	"strings"
)

// Dropout is a subject of a long-format file seen at one occasion only:
// its id, the line of the row it has and the occasion it lacks, the id
// and the occasion quoted as the loader quotes values.
type Dropout struct {
	QuotedID      string
	Line          int
	QuotedMissing string
}

// Notes are the sentences of the data loader's remarks (package
// internal/load): the rows a filter kept, subjects dropped, numbers read
// as 0, many categories. Arguments named quoted are shown as given.
type Notes interface {
	// Filtered: matched of rows rows of file have column = value (key
	// names the option: "where", "--where").
	Filtered(file string, matched, rows int, column, quotedValue, key string) string
	// Dropouts: n subjects without both occasions dropped; shown are the
	// first of them.
	Dropouts(file string, n int, shown []Dropout) string
	// Underflows: n numbers below the float64 range read as 0, the first
	// at place.
	Underflows(n int, place string) string
	// ManyLevels: n distinct values, each taken as an ordered category.
	ManyLevels(file string, n int) string
}

// Notes returns the sentences of the loader's notes in l; English for any
// l but Indonesian.
func (l Lang) Notes() Notes {
	if l == Indonesian {
		return indonesian{}
	}
	return english{}
}

var (
	_ Notes = english{}
	_ Notes = indonesian{}
)

// dropouts lists shown as item formats one (the quoted id, the line, the
// quoted occasion), with more for those left out.
func dropouts(shown []Dropout, n int, item, more string) string {
	parts := make([]string, len(shown))
	for i, d := range shown {
		parts[i] = fmt.Sprintf(item, d.QuotedID, d.Line, d.QuotedMissing)
	}
	list := strings.Join(parts, ", ")
	if n > len(shown) {
		list += fmt.Sprintf(more, n-len(shown))
	}
	return list
}

func (english) Filtered(file string, matched, rows int, column, quotedValue, key string) string {
	return fmt.Sprintf("%s: %d of %d rows have %s = %s (%s)", file, matched, rows, column, quotedValue, key)
}

func (english) Dropouts(file string, n int, shown []Dropout) string {
	return fmt.Sprintf("%s: %d subject(s) without both occasions dropped: %s", file, n,
		dropouts(shown, n, "%s (line %d, no %s row)", " and %d more"))
}

func (english) Underflows(n int, place string) string {
	return fmt.Sprintf("%d number(s) below the float64 range (about 4.9e-324) read as 0, the first: %s", n, place)
}

func (english) ManyLevels(file string, n int) string {
	return fmt.Sprintf("%s: %d distinct values, each taken as an ordered category; for a numeric outcome use pairedt test", file, n)
}

func (indonesian) Filtered(file string, matched, rows int, column, quotedValue, key string) string {
	return fmt.Sprintf("%s: %d dari %d baris memiliki %s = %s (%s)", file, matched, rows, column, quotedValue, key)
}

func (indonesian) Dropouts(file string, n int, shown []Dropout) string {
	return fmt.Sprintf("%s: %d subjek tanpa kedua pengukuran dikeluarkan: %s", file, n,
		dropouts(shown, n, "%s (baris %d, tanpa baris %s)", " dan %d lainnya"))
}

func (indonesian) Underflows(n int, place string) string {
	return fmt.Sprintf("%d bilangan di bawah jangkauan float64 (sekitar 4,9e-324) dibaca sebagai 0, yang pertama: %s", n, place)
}

func (indonesian) ManyLevels(file string, n int) string {
	return fmt.Sprintf("%s: %d nilai berbeda, masing-masing dianggap kategori berurutan; untuk hasil numerik gunakan data sebagai angka, bukan kategori", file, n)
}
