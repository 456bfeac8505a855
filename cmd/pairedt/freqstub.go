//go:build !wipfreq

package main

import "flag"

var freqCommand = &command{
	name:     "freq",
	synopsis: `pairedt freq FILE --before COL --after COL --levels "a,b,c" [--json]`,
	about:    "frequency tables, cross table and ordinal paired tests (not available in this build)",
	help:     "Not available in this build.",
	example:  `  $ pairedt freq data.csv --before pre --after post --levels "low,mid,high"`,
	flags:    func(fs *flag.FlagSet) {},
	run:      stubRun,
}
