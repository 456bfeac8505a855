//go:build !linux

package atomicfile

import "errors"

// errNoExchange marks a system that cannot exchange two names.
var errNoExchange = errors.New("exchange not supported")

// exchange is not available outside Linux: WriteSet uses its two-rename
// fallback.
func exchange(a, b string) error { return errNoExchange }
