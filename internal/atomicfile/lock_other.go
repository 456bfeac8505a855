//go:build !unix

package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// errSyncUnsupported: directories cannot be synced here.
var errSyncUnsupported = errors.ErrUnsupported

func lockFile(f *os.File)             {}
func tryLock(f *os.File) bool         { return true }
func keepOwner(*os.File, fs.FileInfo) {}

// lockDir is git's index.lock without flock: an O_EXCL lock file, removed
// on unlock. A lock left by a crashed run must be removed by hand; the
// error names it.
func lockDir(parent, base, display string, wait time.Duration) (func(), error) {
	p := filepath.Join(parent, "."+base+".lock")
	deadline := time.Now().Add(wait)
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	for errors.Is(err, fs.ErrExist) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		f, err = os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	}
	if errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("%s: %w (lock file %s; remove it if no run is)", display, ErrLocked, p)
	}
	if err != nil {
		return nil, fmt.Errorf("locking %s: %w", display, err)
	}
	f.Close()
	return func() { os.Remove(p) }, nil
}

func dupFD(fd int) (*os.File, error) { return nil, errors.ErrUnsupported }
