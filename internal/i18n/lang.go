package i18n

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is a language of the output: English ("en") or Indonesian ("id").
// The zero value "" is English.
type Lang string

const (
	// English writes APA 7 style.
	English Lang = "en"
	// Indonesian writes the style of Indonesian health-science journals.
	Indonesian Lang = "id"
)

// ErrLang is returned by ParseLang for a language it does not know.
var ErrLang = errors.New("unknown language")

// ParseLang reads a language as a user writes it on a command line: "en",
// "english", "id", "indonesian", "bahasa" or "bahasa indonesia" (any letter
// case, surrounding space ignored). Anything else is an error wrapping
// ErrLang.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "en", "english":
		return English, nil
	case "id", "indonesian", "bahasa", "bahasa indonesia":
		return Indonesian, nil
	}
	return "", fmt.Errorf("%w: language %q (want en or id)", ErrLang, s)
}

// Known reports whether l is "", English or Indonesian.
func (l Lang) Known() bool { return l == "" || l == English || l == Indonesian }

// Warnings returns the sentences of pairedt's warnings in l; English for
// any l but Indonesian.
func (l Lang) Warnings() Warnings {
	if l == Indonesian {
		return indonesian{}
	}
	return english{}
}

// english and indonesian are the languages of the catalog. Each implements
// every catalog interface; the assertions below make a missing sentence a
// compile error.
type (
	english    struct{}
	indonesian struct{}
)

var (
	_ Warnings = english{}
	_ Warnings = indonesian{}
)
