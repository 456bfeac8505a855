package main

import "errors"

// errNotAvailable: a command whose analysis package is not part of this build.
var errNotAvailable = errors.New("not available in this build")

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
