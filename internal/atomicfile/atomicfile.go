// Package atomicfile is the one place the module writes output files. A
// reader, or a later run, sees either the previous complete output or the
// new complete output, never half of one, and a failed or interrupted run
// leaves the previous output byte for byte as it was.
//
// # One file: Write
//
// Write renders into a temporary file named .pt-XXXXXXXXXX (short, so that
// a destination name of up to NAME_MAX bytes still works) in the
// destination's directory, syncs and closes it, renames it over the
// destination and syncs the directory. What stands at the path decides:
//
//   - nothing: a new file, created with mode 0666 filtered by the umask (the
//     kernel applies the umask; no fixed chmod).
//   - a regular file: replaced atomically; the new file keeps the old one's
//     permission bits (and, best effort, its owner and group). The
//     temporary file is created 0600 and gets the old mode just before the
//     rename, so the new content is never more visible than the old.
//     A hard link to the old file keeps the old content, as with rsync and git.
//   - a symlink: followed deliberately, as the shell's > does. The link is
//     kept and its final target is replaced (or written through, below).
//     A dangling symlink is refused with ErrDanglingSymlink.
//   - a character device or a FIFO (/dev/null, /dev/tty, a named pipe):
//     written through, opened O_WRONLY without O_CREAT, never replaced.
//     There is nothing to make atomic; the caller renders everything first.
//   - a link to an open descriptor (/dev/stdout, /dev/fd/N, /proc/self/fd/N),
//     whatever it names (a terminal, a pipe, a socket, a file opened by the
//     shell's > or >>): written into a duplicate of the descriptor, at the
//     stream's own offset, as the shell would. Replacing a file there would
//     lose what the shell wrote before and leave its descriptor on the old
//     file. Another process's /proc/PID/fd/N is opened O_APPEND.
//   - a directory, a block device or a socket: refused (ErrNotRegular).
//
// Options.Protect lists files (the inputs of the run) that an output must
// never replace or write through; they are compared with os.SameFile.
//
// # A set of files: WriteSet
//
// WriteSet replaces a whole directory, like rsync --delay-updates but with
// one switch instead of one rename per file:
//
//  1. take the lock PARENT/.DIR.lock (a hashed name when that would exceed
//     NAME_MAX; flock(2), so a crashed run never leaves a stale lock; the
//     holder's pid is in the file; the file is removed on unlock). A second run
//     into the same DIR waits up to Options.LockWait for the first to finish
//     and then writes its own set after it, or fails with ErrLocked naming
//     the holder; two runs never mix their sets. DIR is looked at only
//     once the lock is held. (Without flock, outside Unix: an O_EXCL lock
//     file as git's index.lock, which a crash leaves for the user to remove.)
//  2. remove stale staging entries .pt-* in PARENT that no live run holds
//     (each run holds an flock on its own) and that are older than StaleAge.
//  3. check DIR: every entry must be listed in DIR's manifest (.pairedt-set,
//     written by the previous WriteSet) or, for a directory without one, be a
//     regular file named in the new set. Anything else is a file the user
//     put there and WriteSet refuses with ErrForeign, naming it: replacing
//     the directory as a whole would drop it, carrying it over would mix a
//     user's file into a generated set, and a careful tool never loses a
//     user's file. (Leftover .NAME.tmp-DIGITS files of older versions count
//     as its own and are dropped.)
//  4. write every file, then the manifest, into the sibling staging
//     directory PARENT/.pt-XXXXXXXXXX, fsync each file and the directory.
//     A file that replaces one of the same name keeps its mode; new files
//     honour the umask; the directory keeps DIR's mode (and, best effort,
//     its owner).
//  5. switch: on Linux renameat2(RENAME_EXCHANGE) swaps staging and DIR in
//     one step, so a reader of DIR sees the old set or the new set at every
//     moment; the old set, now in staging, is removed. When DIR does not
//     exist yet, staging is renamed to DIR.
//     Fallback, on other systems and where the file system refuses the
//     exchange (EINVAL, ENOSYS, ENOTSUP: some FUSE and network file
//     systems): DIR is renamed aside to PARENT/.pt-XXXXXXXXXX and staging
//     renamed into place; if the second rename fails the first is undone.
//     A reader then sees, for the time between two renames, no DIR at all,
//     but never a mixed set; a crash in that instant leaves the old set in
//     the .pt- directory (where StaleAge later removes it).
//
// DIR may not be the root, the working directory or one containing it
// (ErrWorkingDir): replaced as a whole, it would leave the shell that ran the
// command in a deleted directory.
//
// Any failure before the switch removes the staging directory and leaves DIR
// byte-identical.
//
// # Interrupts
//
// Every temporary file and staging directory is registered while it exists.
// Cleanup, which the command calls from its SIGINT/SIGTERM handler, removes
// them and releases the locks; a write in progress then fails with
// ErrInterrupted. The switch itself runs under the same mutex, so Cleanup
// runs either before it (DIR untouched) or after it (new set complete).
// A run killed without a chance to clean up (SIGKILL, power loss) leaves
// .pt- entries that step 2 of a later run removes.
package atomicfile

import (
	"bufio"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Errors, each wrapped with the path and what failed (match with errors.Is).
var (
	ErrBadName         = errors.New("bad file name")
	ErrInput           = errors.New("would overwrite an input file")
	ErrNotRegular      = errors.New("not a regular file, a character device or a FIFO")
	ErrNotDir          = errors.New("not a directory")
	ErrDanglingSymlink = errors.New("dangling symlink")
	ErrLocked          = errors.New("being written by another run")
	ErrForeign         = errors.New("holds files pairedt did not write")
	ErrInterrupted     = errors.New("interrupted")
	ErrWorkingDir      = errors.New("is or contains the working directory")
)

// ManifestName is the file in a directory written by WriteSet that lists the
// set's file names, one a line, after a header line.
const ManifestName = ".pairedt-set"

const manifestHeader = "# files written by pairedt as one set; the directory is replaced as a whole\n"

// tempPrefix starts the name of every temporary file and staging directory.
const tempPrefix = ".pt-"

// StaleAge is how old an unlocked .pt- entry must be before a later run
// removes it as stale. A live run holds an flock on its entries from the
// moment they exist, so the age only covers the instant between creating
// an entry and locking it.
var StaleAge = time.Minute

// File is one file of a set: its name inside the directory and the function
// that writes its content.
type File struct {
	Name  string
	Write func(w io.Writer) error
}

// Options are the options of Write and WriteSet.
type Options struct {
	// Protect lists files that must not be replaced or written (the run's
	// inputs), compared with os.SameFile.
	Protect []os.FileInfo

	// LockWait is how long WriteSet waits for another run writing the same
	// directory to finish before it fails with ErrLocked; 0 fails at once.
	LockWait time.Duration
}

func (o Options) protected(fi os.FileInfo) bool {
	for _, p := range o.Protect {
		if p != nil && os.SameFile(p, fi) {
			return true
		}
	}
	return false
}

// Write writes what write writes to path, as the package documentation
// describes: atomically for a new or regular file (through symlinks), through
// for a character device or a FIFO.
func Write(path string, o Options, write func(w io.Writer) error) error {
	st, err := os.Stat(path) // follows symlinks, including /proc magic links
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if lst, lerr := os.Lstat(path); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(path)
			return fmt.Errorf("%s: %w to %s", path, ErrDanglingSymlink, target)
		}
		if _, err := os.Stat(filepath.Dir(path)); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return replace(path, nil, write)
	case err != nil:
		return err
	}
	if o.protected(st) {
		return fmt.Errorf("%s: %w", path, ErrInput)
	}
	switch m := st.Mode(); {
	case isFDLink(path):
		return writeFD(path, write)
	case m.IsRegular():
		real, err := resolve(path)
		if err != nil {
			return err
		}
		return replace(real, st, write)
	case m&fs.ModeCharDevice != 0, m&fs.ModeNamedPipe != 0:
		return writeThrough(path, 0, write)
	case m.IsDir():
		return fmt.Errorf("%s: %w: it is a directory", path, ErrNotRegular)
	default:
		return fmt.Errorf("%s: %w (mode %v)", path, ErrNotRegular, m.Type())
	}
}

// resolve follows the symlinks of path's last element to the file they name,
// so that a rename replaces the target and keeps the link.
func resolve(path string) (string, error) {
	want, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	p := path
	for range 40 { // the kernel's MAXSYMLINKS
		lst, err := os.Lstat(p)
		if err != nil {
			return "", fmt.Errorf("resolving %s: %w", path, err)
		}
		if lst.Mode()&fs.ModeSymlink == 0 {
			if !os.SameFile(lst, want) {
				return "", fmt.Errorf("%s: symlink to %s cannot be followed to the file it opens: %w", path, p, ErrNotRegular)
			}
			return p, nil
		}
		t, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(t) {
			t = filepath.Join(filepath.Dir(p), t)
		}
		p = t
	}
	return "", fmt.Errorf("%s: too many levels of symlinks", path)
}

// isFDLink reports whether path is, or its symlinks pass through, a link to
// an open file descriptor: /dev/stdout, /dev/fd/N, /proc/PID/fd/N.
func isFDLink(path string) bool {
	_, ok := fdLink(path)
	return ok
}

// fdLink returns the descriptor that path names, for a link to one of this
// process's descriptors (/dev/stdout, /dev/fd/N, /proc/self/fd/N), or -1
// for another process's (/proc/PID/fd/N); ok is false for any other path.
func fdLink(path string) (fd int, ok bool) {
	self := []string{"/dev/fd/", "/proc/self/fd/", "/proc/" + strconv.Itoa(os.Getpid()) + "/fd/"}
	p := path
	for range 40 {
		abs, err := filepath.Abs(p)
		if err != nil {
			return 0, false
		}
		for _, pre := range self {
			if n, found := strings.CutPrefix(abs, pre); found {
				if fd, err := strconv.Atoi(n); err == nil && fd >= 0 {
					return fd, true
				}
			}
		}
		if strings.HasPrefix(abs, "/proc/") && strings.Contains(abs, "/fd/") {
			return -1, true
		}
		t, err := os.Readlink(p)
		if err != nil {
			return 0, false
		}
		if !filepath.IsAbs(t) {
			t = filepath.Join(filepath.Dir(p), t)
		}
		p = t
	}
	return 0, false
}

// writeFD writes into the open descriptor that path names, through a
// duplicate of it, so that the output lands at the stream's own offset (after
// what the shell wrote into "> log" before) and the file it names is not
// replaced. A descriptor of another process is opened O_APPEND instead.
func writeFD(path string, write func(w io.Writer) error) error {
	fd, _ := fdLink(path)
	f, err := dupFD(fd)
	if err != nil || fd < 0 {
		return writeThrough(path, os.O_APPEND, write)
	}
	bw := bufio.NewWriter(f)
	werr := write(bw)
	if werr == nil {
		werr = bw.Flush()
	}
	f.Close() // the duplicate only
	if werr != nil {
		return fmt.Errorf("writing %s: %w", path, werr)
	}
	return nil
}

// writeThrough writes into the file at path as it is, opened O_WRONLY|flag
// (no O_CREAT, no O_TRUNC).
func writeThrough(path string, flag int, write func(w io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|flag, 0)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	werr := write(bw)
	if werr == nil {
		werr = bw.Flush()
	}
	cerr := f.Close()
	if werr != nil {
		return fmt.Errorf("writing %s: %w", path, werr)
	}
	if cerr != nil {
		return cerr
	}
	return nil
}

// replace writes a temporary file beside path and renames it over path. old
// is the file being replaced, nil for a new one.
func replace(path string, old os.FileInfo, write func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	removeStale(dir)
	tmp, err := writeFile(dir, "", old, write)
	if err != nil {
		return whyFailed(fmt.Errorf("%s: %w", path, err))
	}
	err = commit(func() error { return os.Rename(tmp, path) })
	if err != nil {
		removeEntry(tmp)
		return whyFailed(fmt.Errorf("replacing %s: %w", path, err))
	}
	unregister(tmp)
	syncDir(dir)
	return nil
}

// writeFile writes a file in dir: under name, or under a fresh temporary
// name when name is "". It is created 0666 (less the umask) when old is nil,
// else 0600 and then given old's mode. It returns the path written.
func writeFile(dir, name string, old os.FileInfo, write func(w io.Writer) error) (string, error) {
	perm := fs.FileMode(0o666)
	if old != nil {
		perm = 0o600
	}
	var f *os.File
	var err error
	if name == "" {
		f, err = createTemp(dir, func(p string) (*os.File, error) {
			return os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		})
	} else {
		p := filepath.Join(dir, name)
		f, err = os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if err == nil {
			err = register(p)
			if err != nil {
				f.Close()
				os.Remove(p)
			}
		}
	}
	if err != nil {
		return "", fmt.Errorf("creating a file in %s: %w", dir, err)
	}
	p := f.Name()
	lockFile(f) // marks the file as in use for removeStale
	bw := bufio.NewWriter(f)
	werr := write(bw)
	if werr == nil {
		werr = bw.Flush()
	}
	if werr == nil {
		if werr = f.Sync(); werr != nil {
			werr = fmt.Errorf("sync: %w", werr)
		}
	}
	if werr == nil && old != nil {
		keepOwner(f, old)
		if werr = f.Chmod(old.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)); werr != nil {
			werr = fmt.Errorf("chmod: %w", werr)
		}
	}
	cerr := f.Close()
	if werr == nil && cerr != nil {
		werr = cerr
	}
	if werr != nil {
		removeEntry(p)
		return "", fmt.Errorf("writing %s: %w", p, werr)
	}
	return p, nil
}

// createTemp creates a fresh .pt- entry in dir with create and registers it.
func createTemp[T any](dir string, create func(path string) (T, error)) (T, error) {
	var zero T
	for range 100 {
		p := filepath.Join(dir, tempPrefix+randomName())
		v, err := create(p)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return zero, err
		}
		if err := register(p); err != nil {
			if c, ok := any(v).(io.Closer); ok {
				c.Close()
			}
			os.RemoveAll(p)
			return zero, err
		}
		return v, nil
	}
	return zero, fmt.Errorf("no unused temporary name in %s", dir)
}

const nameAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

func randomName() string {
	var b [10]byte
	rand.Read(b[:])
	for i := range b {
		b[i] = nameAlphabet[int(b[i])%len(nameAlphabet)]
	}
	return string(b[:])
}

// isTempName reports whether name is one of this package's .pt- entries.
func isTempName(name string) bool {
	r, ok := strings.CutPrefix(name, tempPrefix)
	if !ok || len(r) != 10 {
		return false
	}
	for _, c := range []byte(r) {
		if strings.IndexByte(nameAlphabet, c) < 0 {
			return false
		}
	}
	return true
}

// isLegacyTemp reports whether name is a temporary file of an older version
// of this package: "." + NAME + ".tmp-" + digits.
func isLegacyTemp(name string) bool {
	i := strings.LastIndex(name, ".tmp-")
	if !strings.HasPrefix(name, ".") || i < 1 || i+5 == len(name) {
		return false
	}
	return strings.Trim(name[i+5:], "0123456789") == ""
}

// removeStale removes the .pt- entries in dir that no live run holds and
// that are older than StaleAge. Errors are ignored: this is housekeeping.
func removeStale(dir string) {
	es, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range es {
		if !isTempName(e.Name()) || !(e.Type().IsRegular() || e.Type().IsDir()) {
			continue // a FIFO or a symlink with our name was not made by us (and opening a FIFO would block)
		}
		p := filepath.Join(dir, e.Name())
		if registered(p) {
			continue
		}
		fi, err := e.Info()
		if err != nil || time.Since(fi.ModTime()) < StaleAge {
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		if tryLock(f) {
			os.RemoveAll(p)
		}
		f.Close()
	}
}

// syncDir makes a rename in dir durable; file systems that cannot sync a
// directory are ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// The registry of entries in progress, for Cleanup.
var reg struct {
	sync.Mutex
	paths       map[string]bool
	locks       map[string]*os.File
	interrupted bool
}

func register(p string) error {
	reg.Lock()
	defer reg.Unlock()
	if reg.interrupted {
		return ErrInterrupted
	}
	if reg.paths == nil {
		reg.paths = map[string]bool{}
	}
	reg.paths[p] = true
	return nil
}

func registered(p string) bool {
	reg.Lock()
	defer reg.Unlock()
	return reg.paths[p]
}

func unregister(p string) {
	reg.Lock()
	defer reg.Unlock()
	delete(reg.paths, p)
}

// removeEntry removes a registered entry.
func removeEntry(p string) {
	os.RemoveAll(p)
	unregister(p)
}

// commit runs the switch unless Cleanup has run, and keeps Cleanup waiting
// until it is done.
func commit(f func() error) error {
	reg.Lock()
	defer reg.Unlock()
	if reg.interrupted {
		return ErrInterrupted
	}
	return f()
}

// whyFailed marks err with ErrInterrupted when Cleanup has run: the entry
// the write needed was removed under it.
func whyFailed(err error) error {
	reg.Lock()
	defer reg.Unlock()
	if reg.interrupted && !errors.Is(err, ErrInterrupted) {
		return fmt.Errorf("%w: %w", ErrInterrupted, err)
	}
	return err
}

// Cleanup removes every temporary file and staging directory in progress
// and releases every lock; writes in progress then fail with
// ErrInterrupted. It is meant for a signal handler just before exiting.
func Cleanup() {
	reg.Lock()
	defer reg.Unlock()
	reg.interrupted = true
	for p := range reg.paths {
		os.RemoveAll(p)
	}
	reg.paths = nil
	for p, f := range reg.locks {
		os.Remove(p)
		f.Close()
	}
	reg.locks = nil
}

// resetForTest undoes Cleanup's interrupted state.
func resetForTest() {
	reg.Lock()
	reg.interrupted = false
	reg.Unlock()
}

// validName checks a file name of a set.
func validName(n string) error {
	if n == "" || n == "." || n == ".." || n != filepath.Base(n) || strings.ContainsAny(n, `/\`+"\x00") ||
		n == ManifestName || isTempName(n) {
		return fmt.Errorf("%w %q", ErrBadName, n)
	}
	return nil
}

// readManifest returns the names listed in dir's manifest, and whether there
// is one.
func readManifest(dir string) (map[string]bool, bool) {
	p := filepath.Join(dir, ManifestName)
	if fi, err := os.Lstat(p); err != nil || !fi.Mode().IsRegular() {
		return nil, false
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	m := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m, true
}

// WriteSet makes dir hold exactly files (and the manifest), replacing the
// directory as a whole as the package documentation describes. dir is
// created if needed (with its parents); a symlink to a directory is
// followed and kept. Names must be plain file names.
func WriteSet(dir string, o Options, files []File) error {
	seen := map[string]bool{}
	for _, f := range files {
		if err := validName(f.Name); err != nil {
			return err
		}
		if seen[f.Name] {
			return fmt.Errorf("%w %q: given twice", ErrBadName, f.Name)
		}
		seen[f.Name] = true
	}
	real, _, err := resolveDir(dir)
	if err != nil {
		return err
	}
	if real, err = filepath.Abs(real); err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	if err := notWorkingDir(real, dir); err != nil {
		return err
	}
	parent, base := filepath.Dir(real), filepath.Base(real)
	if err := os.MkdirAll(parent, 0o777); err != nil {
		return err
	}
	unlock, err := lockDir(parent, base, dir, o.LockWait)
	if err != nil {
		return err
	}
	defer unlock()
	// Look again, under the lock: the run we waited for may have created DIR.
	real2, st, err := resolveDir(dir)
	if err != nil {
		return err
	}
	if real2, err = filepath.Abs(real2); err != nil || real2 != real {
		return fmt.Errorf("%s: changed to name %s while waiting for the lock", dir, real2)
	}
	removeStale(parent)

	// What is in DIR now: only our own files may be there.
	oldModes := map[string]os.FileInfo{}
	if st != nil {
		if err := checkDir(real, dir, o, seen, oldModes); err != nil {
			return err
		}
	}

	// Stage.
	staging, err := createTemp(parent, func(p string) (string, error) { return p, os.Mkdir(p, 0o777) })
	if err != nil {
		return fmt.Errorf("creating the staging directory in %s: %w", parent, err)
	}
	fail := func(err error) error {
		removeEntry(staging)
		return whyFailed(err)
	}
	if d, err := os.Open(staging); err == nil {
		lockFile(d) // held until the staging directory is gone
		defer d.Close()
		if st != nil {
			keepOwner(d, st)
		}
	}
	if st != nil {
		if err := os.Chmod(staging, st.Mode()&(fs.ModePerm|fs.ModeSetgid|fs.ModeSticky)); err != nil {
			return fail(err)
		}
	}
	for _, f := range files {
		if _, err := writeFile(staging, f.Name, oldModes[f.Name], f.Write); err != nil {
			return fail(fmt.Errorf("%w (writing %s)", err, filepath.Join(dir, f.Name)))
		}
	}
	_, err = writeFile(staging, ManifestName, nil, func(w io.Writer) error {
		io.WriteString(w, manifestHeader)
		for _, f := range files {
			if _, err := io.WriteString(w, f.Name+"\n"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fail(err)
	}
	for _, f := range files {
		unregister(filepath.Join(staging, f.Name))
	}
	unregister(filepath.Join(staging, ManifestName))
	if err := syncDirErr(staging); err != nil {
		return fail(err)
	}

	// Switch.
	if st == nil {
		err = commit(func() error { return os.Rename(staging, real) })
		if err != nil {
			return fail(fmt.Errorf("moving the new set into %s: %w", dir, err))
		}
		unregister(staging)
		syncDir(parent)
		return nil
	}
	err = commit(func() error { return switchDirs(staging, real, parent) })
	if err != nil {
		return fail(fmt.Errorf("switching %s to the new set: %w", dir, err))
	}
	syncDir(parent)
	// staging now holds the old set (still registered, so Cleanup removes it
	// too if a signal comes now).
	removeEntry(staging)
	return nil
}

// exchangeFunc is exchange; a test replaces it to exercise the fallback.
var exchangeFunc = exchange

// switchDirs puts staging in place of dir, which exists.
func switchDirs(staging, dir, parent string) error {
	err := exchangeFunc(staging, dir)
	if err == nil || !errors.Is(err, errNoExchange) {
		return err
	}
	// Fallback: two renames, undone on failure.
	var aside string
	for range 100 {
		aside = filepath.Join(parent, tempPrefix+randomName())
		if _, err := os.Lstat(aside); errors.Is(err, fs.ErrNotExist) {
			break
		}
	}
	if d, err := os.Open(dir); err == nil {
		lockFile(d) // the old set, once aside, is not stale to other runs
		defer d.Close()
	}
	if err := os.Rename(dir, aside); err != nil {
		return err
	}
	if err := os.Rename(staging, dir); err != nil {
		if rerr := os.Rename(aside, dir); rerr != nil {
			err = fmt.Errorf("%w; the previous set is in %s (restoring it failed: %v)", err, aside, rerr)
		}
		return err
	}
	// Make staging name the old set, so the caller removes it.
	if err := os.Rename(aside, staging); err != nil {
		os.RemoveAll(aside)
	}
	return nil
}

func syncDirErr(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, errSyncUnsupported) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// notWorkingDir refuses a directory that is, or contains, the working
// directory, and the root: replaced as a whole, it would leave the shell
// that started the run in a deleted directory.
func notWorkingDir(abs, dir string) error {
	if filepath.Dir(abs) == abs {
		return fmt.Errorf("%s: %w: the root directory cannot be replaced", dir, ErrWorkingDir)
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil
	}
	if real, err := filepath.EvalSymlinks(wd); err == nil {
		wd = real
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	if wd == abs || strings.HasPrefix(wd, abs+string(filepath.Separator)) {
		return fmt.Errorf("%s: %w: it is replaced as a whole, so write into a new subdirectory", dir, ErrWorkingDir)
	}
	return nil
}

// resolveDir follows a symlink at dir to the directory it names. st is nil
// when nothing is at dir yet.
func resolveDir(name string) (real string, st os.FileInfo, err error) {
	dir := filepath.Clean(name) // "link/" would make Lstat follow the link
	lst, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return dir, nil, nil
	}
	if err != nil {
		return "", nil, err
	}
	if lst.Mode()&fs.ModeSymlink != 0 {
		target, _ := os.Readlink(dir)
		st, err := os.Stat(dir)
		if errors.Is(err, fs.ErrNotExist) {
			return "", nil, fmt.Errorf("%s: %w to %s (create the directory it names, or remove the link)", dir, ErrDanglingSymlink, target)
		}
		if err != nil {
			return "", nil, err
		}
		if !st.IsDir() {
			return "", nil, fmt.Errorf("%s: %w: symlink to %s", dir, ErrNotDir, target)
		}
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			return "", nil, err
		}
		return real, st, nil
	}
	if !lst.IsDir() {
		return "", nil, fmt.Errorf("%s: %w (it is a %s)", dir, ErrNotDir, kind(lst.Mode()))
	}
	return dir, lst, nil
}

func kind(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return "regular file"
	case m.IsDir():
		return "directory"
	case m&fs.ModeSymlink != 0:
		return "symlink"
	case m&fs.ModeNamedPipe != 0:
		return "FIFO"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// checkDir checks that every entry of dir is one of ours (see the package
// documentation) and no input, and records the files that the new set
// replaces.
func checkDir(dir, name string, o Options, newSet map[string]bool, old map[string]os.FileInfo) error {
	es, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	manifest, hasManifest := readManifest(dir)
	var foreign []string
	for _, e := range es {
		n := e.Name()
		fi, err := os.Lstat(filepath.Join(dir, n))
		if err != nil {
			return err
		}
		if o.protected(fi) {
			return fmt.Errorf("%s: %w: %s would be removed with the old set", name, ErrInput, filepath.Join(name, n))
		}
		switch {
		case (n == ManifestName || isLegacyTemp(n)) && fi.Mode().IsRegular():
			continue
		case !fi.Mode().IsRegular():
			foreign = append(foreign, n+" ("+kind(fi.Mode())+")")
			continue
		case hasManifest && manifest[n], !hasManifest && newSet[n]:
		default:
			foreign = append(foreign, n)
			continue
		}
		if newSet[n] {
			old[n] = fi
		}
	}
	if len(foreign) > 0 {
		slices.Sort(foreign)
		list := strings.Join(foreign, ", ")
		if len(foreign) > 5 {
			list = strings.Join(foreign[:5], ", ") + fmt.Sprintf(" and %d more", len(foreign)-5)
		}
		return fmt.Errorf("%s %w: %s; the directory is replaced as a whole, so move them elsewhere or choose another directory", name, ErrForeign, list)
	}
	return nil
}
