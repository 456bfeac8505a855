package web

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/pairedt"
)

// inputPhrases name the loader's sentinels in the reader's language.
var inputPhrases = []struct {
	err  error
	word func(*i18n.WebWords) string
}{
	{csvin.ErrNotNumber, func(w *i18n.WebWords) string { return w.InNotNumber }},
	{csvin.ErrMissingColumn, func(w *i18n.WebWords) string { return w.InMissingColumn }},
	{csvin.ErrFieldCount, func(w *i18n.WebWords) string { return w.InFieldCount }},
	{pairedt.ErrUnknownLevel, func(w *i18n.WebWords) string { return w.InUnknownLevel }},
	{load.ErrNotCategory, func(w *i18n.WebWords) string { return w.InNotCategory }},
	{csvin.ErrDuplicateColumn, func(w *i18n.WebWords) string { return w.InDuplicateColumn }},
	{load.ErrDuplicateID, func(w *i18n.WebWords) string { return w.InDuplicateID }},
	{load.ErrMissingID, func(w *i18n.WebWords) string { return w.InMissingID }},
	{load.ErrOccasion, func(w *i18n.WebWords) string { return w.InOccasion }},
	{load.ErrNoMatch, func(w *i18n.WebWords) string { return w.InNoMatch }},
	{csvin.ErrQuote, func(w *i18n.WebWords) string { return w.InQuote }},
	{csvin.ErrUnterminatedQuote, func(w *i18n.WebWords) string { return w.InQuote }},
	{csvin.ErrInvalidUTF8, func(w *i18n.WebWords) string { return w.InUTF8 }},
	{csvin.ErrUTF16, func(w *i18n.WebWords) string { return w.InUTF16 }},
	{csvin.ErrEmpty, func(w *i18n.WebWords) string { return w.InEmpty }},
	{csvin.ErrNoRows, func(w *i18n.WebWords) string { return w.InNoRows }},
	{csvin.ErrDecimal, func(w *i18n.WebWords) string { return w.InDecimal }},
	{csvin.ErrNonFinite, func(w *i18n.WebWords) string { return w.InNonFinite }},
	{csvin.ErrOutOfRange, func(w *i18n.WebWords) string { return w.InOutOfRange }},
	{csvin.ErrMixedSeparators, func(w *i18n.WebWords) string { return w.InMixedSep }},
}

// inputError words an error of the loader for the page: the loader's own
// message in English; in Indonesian, for a *csvin.Error with a known
// sentinel, its place and what it is in Indonesian, the loader's detail
// (which lists columns or levels) kept in parentheses.
func inputError(l i18n.Lang, err error) string {
	var ce *csvin.Error
	if l != i18n.Indonesian || !errors.As(err, &ce) {
		return err.Error()
	}
	w := l.Web()
	phrase := ""
	for _, p := range inputPhrases {
		if errors.Is(ce.Err, p.err) {
			phrase = p.word(w)
			break
		}
	}
	if phrase == "" {
		return err.Error()
	}
	var b strings.Builder
	b.WriteString(ce.File)
	if ce.Line > 0 {
		fmt.Fprintf(&b, ", %s %d", w.InLine, ce.Line)
	}
	if ce.Column != "" {
		fmt.Fprintf(&b, ", %s %q", w.InColumn, ce.Column)
	}
	b.WriteString(": ")
	if ce.Found != "" {
		fmt.Fprintf(&b, "%s %s: ", w.InFound, ce.Found) // Found is quoted already
	}
	b.WriteString(phrase)
	if ce.Detail != "" {
		b.WriteString(" (" + ce.Detail + ")")
	}
	return b.String()
}
