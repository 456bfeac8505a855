//go:build !linux

package main

// memoryLimits: no limits are known on this system (see memlimit_linux.go).
func memoryLimits() (addressSpace, cgroup uint64) { return 0, 0 }
