package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/pairedt/pairedt/pairedt/audit"
)

// auditClaims reads a claims file and audits it. The file joins e.inputs,
// so that no output (check -o, report --out) may replace it.
func (e *env) auditClaims(path string) ([]audit.Check, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errInputFile, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil {
		e.inputs = append(e.inputs, fi)
	}
	claims, err := audit.ReadClaims(f)
	if err != nil {
		if ce := (*audit.ClaimsError)(nil); errors.As(err, &ce) {
			return nil, fmt.Errorf("%s:%w", path, err) // FILE:LINE:COLUMN: message
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cs, err := audit.AuditWith(claims, audit.AuditOptions{Margins: marginOptions()})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cs, nil
}

// marginOptions are the options of every margin check the command runs. The
// Wilcoxon range is computed by audit's own O(k^2)-per-table routine
// (BuiltinWilcoxon, checked against pairedt.Wilcoxon and R in audit's
// tests) rather than by expanding each joint table into its n pairs: with
// published counts such as 60000000,1 / 1,60000000 the expansion took 51 s
// and 6.2 GB of memory (found by FuzzRun; see TestCheckHugeCounts).
func marginOptions() audit.MarginOptions {
	return audit.MarginOptions{BuiltinWilcoxon: true}
}
