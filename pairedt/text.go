package pairedt

import "strconv"

// Helpers for the words pairedt still writes itself (error messages and R's
// print layout); warnings are values, their words live in internal/i18n.

// rankPlural returns one when n is 1 and many otherwise, for counts in
// messages ("1 difference", "4 differences").
func rankPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// quote quotes a user-supplied label for a message.
func quote(s string) string { return strconv.Quote(s) }
