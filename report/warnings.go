package report

import "github.com/pairedt/pairedt/pairedt"

// warning returns a pairedt warning in the report's language, from the
// module's catalog (internal/i18n) through its kind and facts.
func (r *renderer) warning(w pairedt.Warning) string { return w.Text(r.o.Lang) }
