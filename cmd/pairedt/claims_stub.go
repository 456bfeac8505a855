//go:build !pairedt_claims

package main

import (
	"errors"

	"github.com/pairedt/pairedt/pairedt/audit"
)

// errNotAvailable: a feature whose analysis code is not part of this build.
var errNotAvailable = errors.New("not available in this build")

// auditClaims would read and audit a claims file; audit.ReadClaims is not
// part of this build.
func auditClaims(path string) ([]audit.Check, error) {
	return nil, usageErrorf("--claims: %v (package audit has no claims reader yet)", errNotAvailable)
}
