package report

import (
	"os"
	"strings"
	"testing"
)

// TestKnitDocCatalogue: docs/knit.md lists every reference, header key,
// block and table of the catalogue (so a new one cannot go undocumented).
func TestKnitDocCatalogue(t *testing.T) {
	doc, err := os.ReadFile("../docs/knit.md")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range catalogue {
		names = append(names, "`"+e.name+"`")
	}
	for _, k := range append(append([]string{}, headerKeys...), analysisKeys...) {
		names = append(names, "`"+k+"`")
	}
	for _, k := range blockKinds {
		names = append(names, "`{{"+k)
	}
	for _, k := range append(append(append([]string{}, tableIDs...), chartNames...), sectionNames...) {
		names = append(names, "`"+k+"`")
	}
	for _, n := range names {
		if !strings.Contains(string(doc), n) {
			t.Errorf("docs/knit.md does not list %s", n)
		}
	}
}

// catalogueTable prints the reference table of docs/knit.md (go test
// -run TestKnitPrintCatalogue -v).
func TestKnitPrintCatalogue(t *testing.T) {
	if os.Getenv("PAIREDT_PRINT_CATALOGUE") == "" {
		t.Skip("set PAIREDT_PRINT_CATALOGUE=1 to print the table")
	}
	var b strings.Builder
	for _, e := range catalogue {
		mod := ""
		if e.prec {
			mod = "yes"
		}
		b.WriteString("| `" + e.name + "` | " + strings.ReplaceAll(e.help, "|", "\\|") + " | " + mod + " |\n")
	}
	t.Log("\n" + b.String())
}
