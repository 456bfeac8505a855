//go:build !pairedt_report

package main

import "flag"

var reportCommand = &command{
	name:     "report",
	synopsis: "pairedt report FILE --before COL --after COL [--levels ...] --lang en|id --out DIR [--claims FILE]",
	about:    "write the Results section as Markdown, HTML and charts (not available in this build)",
	help:     "Writes results.md, results.html and the charts. Not available in this build.",
	example:  "  $ pairedt report data.csv --before pre --after post --lang en --out out",
	flags:    func(fs *flag.FlagSet) {},
	run:      stubRun,
}
