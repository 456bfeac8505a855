//go:build !pairedt_audit

package main

import "flag"

var checkCommand = &command{
	name:     "check",
	synopsis: `pairedt check "t(22) = -28.471, p = 0.000" | --claims FILE | --before-counts N,N,N --after-counts N,N,N --t T`,
	about:    "audit published paired results (not available in this build)",
	help:     "Audits reported statistics. Not available in this build.",
	example:  `  $ pairedt check "t(22) = -28.471, p = 0.000"`,
	flags:    func(fs *flag.FlagSet) {},
	run:      stubRun,
}
