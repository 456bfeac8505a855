package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestDoc checks that the package doc of main.go is what docComment makes of
// the current code: the usage message exactly as "pairedt -h" prints it,
// and after each "$ pairedt ..." line of the doc, exactly what that command
// prints (standard output, then standard error), run in this directory.
// go test -run TestDoc -update rewrites the doc comment, so the usage text
// is written once, in mainUsage, and the doc can never drift from it.
func TestDoc(t *testing.T) {
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(src, []byte("\npackage main\n"))
	if i < 0 {
		t.Fatal("main.go: no package clause")
	}
	doc, rest := string(src[:i+1]), src[i+1:]
	var commands []string
	for _, line := range strings.Split(doc, "\n") {
		if c, ok := strings.CutPrefix(line, "//\t$ pairedt "); ok {
			commands = append(commands, c)
		}
	}
	if len(commands) == 0 {
		t.Fatal("main.go: the doc has no $ pairedt example")
	}
	want := docComment(commands)
	if *update {
		if err := os.WriteFile("main.go", append([]byte(want), rest...), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if doc != want {
		t.Errorf("the doc comment of main.go is out of date (go test -run TestDoc -update rewrites it):\n%s",
			firstDiff([]byte(want), []byte(doc)))
	}
}

// docComment writes the package doc: a summary, the usage message and each
// example command with its output.
func docComment(commands []string) string {
	var b strings.Builder
	line := func(s string) {
		if s == "" {
			b.WriteString("//\n")
			return
		}
		b.WriteString("// " + s + "\n")
	}
	block := func(text string) {
		for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
			if strings.TrimSpace(l) == "" {
				b.WriteString("//\n")
				continue
			}
			b.WriteString("//\t" + strings.TrimRight(l, " \t") + "\n")
		}
	}
	line("Command pairedt analyses pretest-posttest (paired) data from CSV files as")
	line("spreadsheets export them, and audits published paired results.")
	line("")
	line(`This is its usage message, as "pairedt -h" prints it:`)
	line("")
	var usage bytes.Buffer
	mainUsage(&usage)
	block(usage.String())
	line("")
	line("# Examples")
	line("")
	line("Run in this directory (cmd/pairedt of the module), whose testdata/ holds")
	line("these files; the doc test runs each command and checks what it prints.")
	for _, c := range commands {
		var out, errb bytes.Buffer
		run(splitArgs(c), strings.NewReader(""), &out, &errb)
		line("")
		block("$ pairedt " + c + "\n" + out.String() + errb.String())
	}
	return b.String()
}
