//go:build unix

package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// errSyncUnsupported is what fsync of a directory returns on file systems
// that cannot do it.
var errSyncUnsupported = syscall.EINVAL

// lockFile takes a non-blocking exclusive flock on f, held until f is
// closed; it marks a temporary entry as in use. A file system without flock
// leaves it unlocked, and StaleAge alone then protects it.
func lockFile(f *os.File) { tryLock(f) }

// tryLock reports whether an exclusive flock on f could be taken.
func tryLock(f *os.File) bool {
	return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) == nil
}

// keepOwner gives f the owner and group of old, where permitted (as root,
// or the group for a member); errors are ignored.
func keepOwner(f *os.File, old fs.FileInfo) {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		if err := f.Chown(int(st.Uid), int(st.Gid)); err != nil {
			f.Chown(-1, int(st.Gid))
		}
	}
}

// lockName is the lock file beside a directory named base: .BASE.lock as
// git's index.lock, or a hashed name when that would exceed NAME_MAX.
func lockName(base string) string {
	n := "." + base + ".lock"
	if len(n) <= 255 {
		return n
	}
	var h uint64 = 14695981039346656037 // FNV-1a
	for _, c := range []byte(base) {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return fmt.Sprintf(".pairedt-%016x.lock", h)
}

// lockPoll is how often lockDir retries a lock held by another run.
const lockPoll = 10 * time.Millisecond

// lockDir takes the lock of the directory base in parent, waiting up to wait
// for another run to finish, or fails with ErrLocked naming the holder. The lock is an flock on
// PARENT/.BASE.lock: the kernel drops it when its holder dies, so there are
// no stale locks. unlock removes the file while still holding the lock; a
// run that opened the old file finds, once it holds the lock, that the
// path no longer names its file, and retries.
func lockDir(parent, base, display string, wait time.Duration) (unlock func(), err error) {
	p := filepath.Join(parent, lockName(base))
	deadline := time.Now().Add(wait)
	for range 100 + int(wait/lockPoll) {
		f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			return nil, fmt.Errorf("locking %s: %w", display, err)
		}
		if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
			b := make([]byte, 32)
			n, _ := f.ReadAt(b, 0)
			f.Close()
			if errors.Is(err, unix.EWOULDBLOCK) && time.Now().Before(deadline) {
				time.Sleep(lockPoll)
				continue
			}
			if errors.Is(err, unix.EWOULDBLOCK) {
				holder := ""
				if pid, perr := strconv.Atoi(strings.TrimSpace(string(b[:n]))); perr == nil {
					holder = fmt.Sprintf("process %d, ", pid)
				}
				return nil, fmt.Errorf("%s: %w (%slock file %s); try again when it has finished", display, ErrLocked, holder, p)
			}
			return nil, fmt.Errorf("locking %s: %w", display, err)
		}
		fst, ferr := f.Stat()
		pst, perr := os.Stat(p)
		if ferr != nil || perr != nil || !os.SameFile(fst, pst) {
			f.Close() // the file was removed by the run that held it: retry
			continue
		}
		f.Truncate(0)
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		reg.Lock()
		if reg.interrupted {
			reg.Unlock()
			os.Remove(p)
			f.Close()
			return nil, ErrInterrupted
		}
		if reg.locks == nil {
			reg.locks = map[string]*os.File{}
		}
		reg.locks[p] = f
		reg.Unlock()
		return func() {
			reg.Lock()
			defer reg.Unlock()
			if reg.locks[p] == f {
				delete(reg.locks, p)
				os.Remove(p)
				f.Close()
			}
		}, nil
	}
	return nil, fmt.Errorf("locking %s: the lock file %s keeps changing", display, p)
}

// dupFD returns a duplicate of descriptor fd, sharing its offset.
func dupFD(fd int) (*os.File, error) {
	if fd < 0 {
		return nil, syscall.EBADF
	}
	d, err := unix.Dup(fd)
	if err != nil {
		return nil, err
	}
	unix.CloseOnExec(d)
	return os.NewFile(uintptr(d), "/dev/fd/"+strconv.Itoa(fd)), nil
}
