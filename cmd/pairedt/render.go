package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/pairedt/pairedt/internal/atomicfile"
	"github.com/pairedt/pairedt/report"
)

// reportFiles renders the Results section of a in memory, as the file set
// report --out writes: results.md, results.html and, unless o.NoCharts,
// each chart as NAME.svg and, when dpi > 0, NAME.png, all from one
// report.Document. Nothing is written until every file has rendered, so a
// failed run leaves DIR as it was. formats, if given, chooses the files
// as report.Document.FilesFor does.
func reportFiles(a report.Analysis, o report.Options, dpi int, formats ...string) ([]atomicfile.File, error) {
	doc, err := report.New(a, o)
	if err != nil {
		return nil, err
	}
	outs, err := doc.Files(dpi)
	if len(formats) > 0 {
		outs, err = doc.FilesFor(dpi, formats...)
	}
	if err != nil {
		return nil, err
	}
	files := make([]atomicfile.File, 0, len(outs))
	for _, f := range outs {
		var b bytes.Buffer
		if _, err := f.WriteTo(&b); err != nil {
			return nil, fmt.Errorf("rendering %s: %w", f.Name, err)
		}
		name := f.Name
		files = append(files, atomicfile.File{Name: name, Write: func(w io.Writer) error {
			writeHook(name)
			_, err := w.Write(b.Bytes())
			return err
		}})
	}
	return files, nil
}

// writeHook is called as each output file is written, in the write phase
// (a temporary file exists). Tests set it to stop a run there.
var writeHook = func(name string) {}
