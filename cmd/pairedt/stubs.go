package main

import (
	"errors"
	"flag"
)

// errNotAvailable: a command whose analysis package is not part of this build.
var errNotAvailable = errors.New("not available in this build")

var reportCommand = &command{
	name:     "report",
	synopsis: "pairedt report FILE --before COL --after COL [--levels ...] --lang en|id --out DIR [--claims FILE]",
	about:    "write the Results section as Markdown, HTML and charts (not available in this build)",
	help:     "Writes results.md, results.html and the charts. Not available in this build.",
	example:  "  $ pairedt report data.csv --before pre --after post --lang en --out out",
	flags:    func(fs *flag.FlagSet) {},
	run:      stubRun,
}

// stubRun answers -h and otherwise reports that the command is not built.
func stubRun(e *env, args []string) error {
	fs := newFlagSet(e.cmd)
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			_, err := parseArgs(e, fs, []string{"-h"})
			return err
		}
	}
	return usageErrorf("%v", errNotAvailable)
}
