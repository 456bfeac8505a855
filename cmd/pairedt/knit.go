package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pairedt/pairedt/internal/atomicfile"
	"github.com/pairedt/pairedt/report"
)

var knitCommand = &command{
	name:     "knit",
	synopsis: "pairedt knit MANUSCRIPT.md --out DIR [--formats md,html,docx,tex] [--strict] [--unsafe-html]",
	about:    "knit a manuscript: your own text, every number computed ({{asi.t}})",
	help: `Reads MANUSCRIPT.md: CommonMark with GFM tables and a YAML header naming
the analyses (data file, before/after columns, levels, options), with
references such as {{asi.t}}, {{asi.mean.before:1}} or {{asi.freq.after.2.pct}}
in the text and block directives such as {{table asi.ttest}},
{{chart asi.paired}}, {{section asi.ordinal}} and {{audit asi}} as
paragraphs of their own. Every reference is computed from the data and
written exactly as "pairedt report" prints it, in the header's language;
tables and figures are numbered in document order. docs/knit.md lists every
key, reference and block.

It writes DIR/NAME.md (every reference resolved), DIR/NAME.html (one
self-contained file in the report's style), the charts (SVG, and PNG at
--dpi) and, with --formats, NAME.docx and NAME.tex (charts as PDF). DIR is
replaced as a whole, as by "pairedt report".

The manuscript reads only the data and claims files its header names,
inside the manuscript's directory: an absolute path, ".." or a symlink
leading out of the directory is refused. No code runs, nothing is fetched.
Raw HTML in the text is left out (with a warning) unless --unsafe-html.

Errors name the manuscript's line and column (the header's lines counted
from the file's first line): an unknown reference (with a suggestion), a
test these data do not define, a missing column, a bad header value. All of
them are listed, nothing is written, and the exit status is 2. A statistic
typed by hand in the text that disagrees with the computed results
("p = 0,000", "t(22) = 8,5", "17 (73,9%)") is a warning, an error with
--strict.`,
	example: `  $ pairedt knit examples/oxytocin/manuscript-id.md --out hasil
  $ pairedt knit examples/sleep/manuscript-en.md --out out --formats md,html,docx --strict`,
	flags: func(fs *flag.FlagSet) { newKnitConfig(fs) },
	run:   runKnit,
}

type knitConfig struct {
	outDir     string
	formats    string
	dpi        int
	noCharts   bool
	strict     bool
	unsafeHTML bool
}

func newKnitConfig(fs *flag.FlagSet) *knitConfig {
	c := &knitConfig{}
	fs.StringVar(&c.outDir, "out", "", "output `directory` (created if needed)")
	fs.StringVar(&c.formats, "formats", "md,html", "files to write, comma-separated (`list` of md, html, docx, tex)")
	fs.IntVar(&c.dpi, "dpi", 150, "resolution of the PNG charts; 0 writes no PNG")
	fs.BoolVar(&c.noCharts, "no-charts", false, "leave the charts out")
	fs.BoolVar(&c.strict, "strict", false, "make every warning about a hand-typed statistic an error")
	fs.BoolVar(&c.unsafeHTML, "unsafe-html", false, "let raw HTML in the manuscript through to the output")
	return c
}

// errKnit is the summary error of a manuscript with errors (exit 2); the
// errors themselves are printed one per line before it.
var errKnit = errors.New("manuscript has errors")

func runKnit(e *env, args []string) error {
	fs := newFlagSet(e.cmd)
	c := newKnitConfig(fs)
	pos, err := parseArgs(e, fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 0:
		return usageErrorf("missing MANUSCRIPT.md")
	case len(pos) > 1:
		return usageErrorf("one manuscript at a time, got %d arguments", len(pos))
	case c.outDir == "":
		return usageErrorf("--out DIR is required")
	case c.dpi < 0 || c.dpi > report.MaxDPI:
		return usageErrorf("--dpi %d: want 0 (no PNG) to %d", c.dpi, report.MaxDPI)
	}
	formats := strings.Split(c.formats, ",")
	for _, f := range formats {
		if !slices.Contains(report.Formats(), strings.TrimSpace(f)) {
			return usageErrorf("--formats %q: want a list of %s", c.formats, strings.Join(report.Formats(), ", "))
		}
	}
	path := pos[0]
	// The manuscript's directory as an os.Root: its FS refuses every path
	// that leads out of the directory, through ".." or a symlink.
	root, err := os.OpenRoot(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer root.Close()
	o := report.KnitOptions{UnsafeHTML: c.unsafeHTML, Strict: c.strict, NoCharts: c.noCharts,
		ModuleVersion: version(), Args: append([]string{"pairedt", "knit"}, outAsDIR(args)...), DisplayName: path}
	m, err := report.Knit(root.FS(), filepath.Base(path), o)
	if err != nil {
		n := 0
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintln(e.stderr, safeText(line))
			n++
		}
		if n == 1 {
			return fmt.Errorf("%w (1 error); nothing written", errKnit)
		}
		return fmt.Errorf("%w (%d errors); nothing written", errKnit, n)
	}
	for _, n := range m.Notes {
		fmt.Fprintf(e.stderr, "pairedt knit: note: %s\n", safeText(n))
	}
	for _, w := range m.Warnings {
		p := w.Pos.String()
		fmt.Fprintf(e.stderr, "%s: warning: %s\n", safeText(p), safeText(strings.TrimPrefix(w.Error(), p+": ")))
	}
	for _, in := range m.Inputs {
		if fi, err := root.Stat(in); err == nil {
			e.inputs = append(e.inputs, fi)
		}
	}
	files, err := m.FilesFor(c.dpi, formats...)
	if err != nil {
		return usageErrorf("%v", err)
	}
	// Render everything in memory, then write the set atomically.
	set := make([]atomicfile.File, 0, len(files))
	for _, f := range files {
		var b bytes.Buffer
		if _, err := f.WriteTo(&b); err != nil {
			return fmt.Errorf("rendering %s: %w", f.Name, err)
		}
		set = append(set, atomicfile.File{Name: f.Name, Write: func(w io.Writer) error {
			_, err := w.Write(b.Bytes())
			return err
		}})
	}
	if err := atomicfile.WriteSet(c.outDir, atomicfile.Options{Protect: e.inputs, LockWait: reportLockWait}, set); err != nil {
		return fmt.Errorf("%w: %w", errOutputFile, err)
	}
	for _, f := range files {
		fmt.Fprintf(e.stdout, "wrote %s\n", safeText(filepath.Join(c.outDir, f.Name)))
	}
	return nil
}
