//go:build linux

package main

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// memoryLimits returns what is left of the limits on this process's memory
// that Linux sets: the address-space limit (ulimit -v, RLIMIT_AS) less the
// address space already mapped (VmSize: the Go runtime reserves over a GB
// of it at start on amd64, so under ulimit -v 2000000 only about 250 MB are
// left for the heap), and the cgroup v2 memory limit (memory.max) less the
// cgroup's use (memory.current); 0 for no limit.
func memoryLimits() (addressSpace, cgroup uint64) {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &rl); err == nil && rl.Cur != ^uint64(0) {
		addressSpace = max(1, rl.Cur-min(rl.Cur, vmSize()))
	}
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if v, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil {
			cgroup = v
			if b, err := os.ReadFile("/sys/fs/cgroup/memory.current"); err == nil {
				if u, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil {
					cgroup = max(1, v-min(v, u))
				}
			}
		}
	}
	return addressSpace, cgroup
}

// vmSize is this process's mapped address space (VmSize in
// /proc/self/status), 0 if unknown.
func vmSize() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmSize:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
