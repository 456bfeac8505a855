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
// each chart as NAME.svg and, when dpi > 0, NAME.png. Nothing is written
// until every file has rendered, so a failed run leaves DIR as it was.
//
// TODO(report.New): when report has its Document, this becomes
// doc, err := report.New(a, o); then doc.WriteMarkdown, doc.WriteHTML and
// doc.Files(dpi) in place of Markdown, HTML and the chart loop.
func reportFiles(a report.Analysis, o report.Options, dpi int) ([]atomicfile.File, error) {
	var files []atomicfile.File
	add := func(name string, render func(w io.Writer) error) error {
		var b bytes.Buffer
		if err := render(&b); err != nil {
			return fmt.Errorf("rendering %s: %w", name, err)
		}
		files = append(files, atomicfile.File{Name: name, Write: func(w io.Writer) error {
			writeHook(name)
			_, err := w.Write(b.Bytes())
			return err
		}})
		return nil
	}
	if err := add("results.md", func(w io.Writer) error { return report.Markdown(w, a, o) }); err != nil {
		return nil, err
	}
	if err := add("results.html", func(w io.Writer) error { return report.HTML(w, a, o) }); err != nil {
		return nil, err
	}
	if o.NoCharts {
		return files, nil
	}
	charts, err := report.Charts(a, o)
	if err != nil {
		return nil, fmt.Errorf("charts: %w", err)
	}
	for _, ch := range charts {
		if err := add(ch.Name+".svg", ch.WriteSVG); err != nil {
			return nil, err
		}
		if dpi > 0 {
			if err := add(ch.Name+".png", func(w io.Writer) error { return ch.WritePNG(w, dpi) }); err != nil {
				return nil, err
			}
		}
	}
	return files, nil
}

// writeHook is called as each output file is written, in the write phase
// (a temporary file exists). Tests set it to stop a run there.
var writeHook = func(name string) {}
