package main

import (
	"fmt"
	"os"

	"github.com/pairedt/pairedt/pairedt/audit"
)

// auditClaims reads a claims file and audits it.
func auditClaims(path string) ([]audit.Check, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errInputFile, err)
	}
	defer f.Close()
	claims, err := audit.ReadClaims(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cs, err := audit.Audit(claims)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cs, nil
}
