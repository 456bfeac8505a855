//go:build unix

package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pairedt/pairedt/internal/treetest"
)

func content(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

var errBoom = errors.New("boom")

// halfThenFail writes part of its content and then fails, as a renderer
// that breaks midway.
func halfThenFail(w io.Writer) error {
	io.WriteString(w, "partial")
	return errBoom
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// noTemps fails when dir holds a temporary entry or a lock file.
func noTemps(t *testing.T, dir string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if isTempName(e.Name()) || strings.HasSuffix(e.Name(), ".lock") || strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("left in %s: %s", dir, e.Name())
		}
	}
}

func names(t *testing.T, dir string) string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n []string
	for _, e := range es {
		n = append(n, e.Name())
	}
	sort.Strings(n)
	return strings.Join(n, ",")
}

// withUmask runs f under umask u.
func withUmask(u int, f func()) {
	old := syscall.Umask(u)
	defer syscall.Umask(old)
	f()
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	withUmask(0o022, func() {
		if err := Write(p, Options{}, content("good")); err != nil {
			t.Fatal(err)
		}
	})
	if err := Write(p, Options{}, halfThenFail); !errors.Is(err, errBoom) {
		t.Fatalf("error %v", err)
	}
	if got := read(t, p); got != "good" {
		t.Errorf("content %q after a failed write", got)
	}
	if got := names(t, dir); got != "out.txt" {
		t.Errorf("files %s", got)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v under umask 022", st.Mode())
	}
	if err := Write(filepath.Join(dir, "missing", "x"), Options{}, content("x")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("write into a missing directory: %v", err)
	}
}

// TestWriteModes: a replaced file keeps its mode; a new file honours the
// umask (issue 11, item 4).
func TestWriteModes(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.json")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Chmod(p, 0o640)
	if err := Write(p, Options{}, content("new")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o640 || read(t, p) != "new" {
		t.Errorf("replaced file: mode %v, want 0640", st.Mode())
	}
	if os.Geteuid() == 0 {
		// Root replacing a user's file keeps the user as its owner.
		os.Chown(p, 1234, 5678)
		if err := Write(p, Options{}, content("newer")); err != nil {
			t.Fatal(err)
		}
		st, _ := os.Stat(p)
		if s := st.Sys().(*syscall.Stat_t); s.Uid != 1234 || s.Gid != 5678 {
			t.Errorf("owner %d:%d, want 1234:5678", s.Uid, s.Gid)
		}
	}
	withUmask(0o077, func() {
		q := filepath.Join(dir, "new.json")
		if err := Write(q, Options{}, content("x")); err != nil {
			t.Fatal(err)
		}
		if st, _ := os.Stat(q); st.Mode().Perm() != 0o600 {
			t.Errorf("new file under umask 077: mode %v, want 0600", st.Mode())
		}
		d := filepath.Join(dir, "set")
		if err := WriteSet(d, Options{}, []File{{"a.md", content("A")}}); err != nil {
			t.Fatal(err)
		}
		if st, _ := os.Stat(filepath.Join(d, "a.md")); st.Mode().Perm() != 0o600 {
			t.Errorf("set file under umask 077: mode %v, want 0600", st.Mode())
		}
		if st, _ := os.Stat(d); st.Mode().Perm() != 0o700 {
			t.Errorf("set directory under umask 077: mode %v, want 0700", st.Mode())
		}
	})
	// A set keeps the modes of the files and the directory it replaces.
	d := filepath.Join(dir, "set")
	os.Chmod(filepath.Join(d, "a.md"), 0o604)
	os.Chmod(d, 0o750)
	if err := WriteSet(d, Options{}, []File{{"a.md", content("A2")}, {"b.md", content("B")}}); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(filepath.Join(d, "a.md")); st.Mode().Perm() != 0o604 {
		t.Errorf("replaced set file: mode %v, want 0604", st.Mode())
	}
	if st, _ := os.Stat(d); st.Mode().Perm() != 0o750 {
		t.Errorf("replaced set directory: mode %v, want 0750", st.Mode())
	}
}

// TestWriteLongName: a 255-byte name works, in Write and as a set's
// directory (issue 11, item 6).
func TestWriteLongName(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{240, 250, 255} {
		p := filepath.Join(dir, strings.Repeat("r", n-5)+".json")
		if err := Write(p, Options{}, content("x")); err != nil {
			t.Errorf("%d bytes: %v", n, err)
		}
		if err := Write(p, Options{}, content("y")); err != nil || read(t, p) != "y" {
			t.Errorf("%d bytes, replacing: %v", n, err)
		}
		d := filepath.Join(dir, strings.Repeat("d", n))
		for range 2 {
			if err := WriteSet(d, Options{}, []File{{strings.Repeat("f", 255), content("z")}}); err != nil {
				t.Errorf("set in a %d-byte directory: %v", n, err)
			}
		}
	}
	noTemps(t, dir)
}

// TestWriteSpecial: devices and FIFOs are written through, symlinks
// followed and kept, dangling symlinks, directories and inputs refused
// (issue 11, item 3).
func TestWriteSpecial(t *testing.T) {
	dir := t.TempDir()

	// A symlink to /dev/null: written through, the link and the device stay.
	null := filepath.Join(dir, "null")
	os.Symlink("/dev/null", null)
	if err := Write(null, Options{}, content("gone")); err != nil {
		t.Fatal(err)
	}
	if l, err := os.Readlink(null); err != nil || l != "/dev/null" {
		t.Errorf("link replaced: %q %v", l, err)
	}
	if st, _ := os.Stat("/dev/null"); st.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is now %v", st.Mode())
	}

	// A FIFO: the reader gets the bytes, the FIFO stays.
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no mkfifo:", err)
	}
	got := make(chan string)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- string(b)
	}()
	if err := Write(fifo, Options{}, content("through the pipe")); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "through the pipe" {
		t.Errorf("FIFO reader got %q", s)
	}
	if st, _ := os.Lstat(fifo); st.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("FIFO replaced by %v", st.Mode())
	}

	// A symlink (two hops, relative) to a regular file: the target is
	// replaced atomically, with its mode, and the links stay.
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	target := filepath.Join(sub, "target.json")
	os.WriteFile(target, []byte("old"), 0o600)
	os.Symlink("sub/target.json", filepath.Join(dir, "hop"))
	link := filepath.Join(dir, "link")
	os.Symlink("hop", link)
	if err := Write(link, Options{}, content("new")); err != nil {
		t.Fatal(err)
	}
	if l, _ := os.Readlink(link); l != "hop" {
		t.Errorf("link now %q", l)
	}
	if st, _ := os.Stat(target); read(t, target) != "new" || st.Mode().Perm() != 0o600 {
		t.Errorf("target %q mode %v", read(t, target), st.Mode())
	}
	noTemps(t, sub)

	// /dev/fd/N opened on a regular file, as "> log" makes /dev/stdout:
	// appended to, the file the descriptor names is not replaced.
	logPath := filepath.Join(dir, "log.txt")
	logf, _ := os.OpenFile(logPath, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	io.WriteString(logf, "header\n")
	if err := Write(fmt.Sprintf("/dev/fd/%d", logf.Fd()), Options{}, content("body\n")); err != nil {
		t.Fatal(err)
	}
	io.WriteString(logf, "footer\n")
	logf.Close()
	if got := read(t, logPath); got != "header\nbody\nfooter\n" {
		t.Errorf("log through /dev/fd: %q", got)
	}

	// A dangling symlink is refused with its target named.
	dangling := filepath.Join(dir, "dangling")
	os.Symlink("nowhere/x.json", dangling)
	err := Write(dangling, Options{}, content("x"))
	if !errors.Is(err, ErrDanglingSymlink) || !strings.Contains(err.Error(), "nowhere/x.json") {
		t.Errorf("dangling symlink: %v", err)
	}
	if l, _ := os.Readlink(dangling); l != "nowhere/x.json" {
		t.Errorf("dangling link now %q", l)
	}

	// A directory in the way.
	if err := Write(sub, Options{}, content("x")); !errors.Is(err, ErrNotRegular) {
		t.Errorf("directory: %v", err)
	}

	// An input, also through a link.
	in := filepath.Join(dir, "data.csv")
	os.WriteFile(in, []byte("a,b\n"), 0o644)
	fi, _ := os.Stat(in)
	os.Symlink("data.csv", filepath.Join(dir, "data-link"))
	for _, p := range []string{in, filepath.Join(dir, "data-link")} {
		if err := Write(p, Options{Protect: []os.FileInfo{fi}}, content("x")); !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: %v", p, err)
		}
	}
	if read(t, in) != "a,b\n" {
		t.Error("input overwritten")
	}
	noTemps(t, dir)
}

// TestWriteRenameFails: the destination becomes a directory while the file
// is being written, so the real rename fails: the error says so and no
// temporary file is left.
func TestWriteRenameFails(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	os.WriteFile(p, []byte("old"), 0o644)
	err := Write(p, Options{}, func(w io.Writer) error {
		os.Remove(p)
		os.Mkdir(p, 0o755)
		os.WriteFile(filepath.Join(p, "x"), nil, 0o644)
		return content("new")(w)
	})
	if err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("error %v", err)
	}
	if got := names(t, dir); got != "out.txt" {
		t.Errorf("files %s", got)
	}
}

func TestWriteSet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	good := []File{{"a.md", content("A1")}, {"b.html", content("B1")}}
	if err := WriteSet(dir, Options{}, good); err != nil {
		t.Fatal(err)
	}
	if got := names(t, dir); got != ManifestName+",a.md,b.html" {
		t.Errorf("files %s", got)
	}
	before := treetest.Snapshot(t, dir)
	// The second file fails: nothing changes.
	bad := []File{{"a.md", content("A2")}, {"b.html", halfThenFail}, {"c.svg", content("C2")}}
	if err := WriteSet(dir, Options{}, bad); !errors.Is(err, errBoom) {
		t.Fatalf("error %v", err)
	}
	if after := treetest.Snapshot(t, dir); after != before {
		t.Errorf("a failed set changed the directory:\n%s\nwant\n%s", after, before)
	}
	noTemps(t, filepath.Dir(dir))
	// A new set replaces the old one as a whole: b.html, of the old set only, goes.
	if err := WriteSet(dir, Options{}, []File{{"a.md", content("A3")}, {"c.svg", content("C3")}}); err != nil {
		t.Fatal(err)
	}
	if got := names(t, dir); got != ManifestName+",a.md,c.svg" || read(t, filepath.Join(dir, "a.md")) != "A3" {
		t.Errorf("second set: files %s", got)
	}
	noTemps(t, filepath.Dir(dir))
	for _, n := range []string{"", ".", "..", "x/y", "../z", ManifestName, ".pt-abcdefghij"} {
		if err := WriteSet(dir, Options{}, []File{{n, content("x")}}); !errors.Is(err, ErrBadName) {
			t.Errorf("name %q: %v", n, err)
		}
	}
	if err := WriteSet(dir, Options{}, []File{{"a", content("x")}, {"a", content("y")}}); !errors.Is(err, ErrBadName) {
		t.Errorf("a name twice: %v", err)
	}
}

// TestWriteSetForeign: a file the user put into DIR, or a directory in the
// way of one of the set's names, makes WriteSet refuse and leave DIR
// byte-identical (issue 11, item 1).
func TestWriteSetForeign(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	set := []File{{"results.md", content("new")}, {"paired.svg", content("<svg/>")}}
	if err := WriteSet(dir, Options{}, set); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		setup func()
		frag  string
	}{
		{"user file", func() { os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o600) }, "notes.txt"},
		{"directory in the way", func() {
			os.Remove(filepath.Join(dir, "paired.svg"))
			os.Mkdir(filepath.Join(dir, "paired.svg"), 0o755)
			os.WriteFile(filepath.Join(dir, "paired.svg", "keep"), []byte("k"), 0o644)
		}, "paired.svg (directory)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.setup()
			before := treetest.Snapshot(t, dir)
			err := WriteSet(dir, Options{}, set)
			if !errors.Is(err, ErrForeign) || !strings.Contains(err.Error(), tc.frag) || !strings.Contains(err.Error(), dir) {
				t.Errorf("error %v", err)
			}
			if after := treetest.Snapshot(t, dir); after != before {
				t.Errorf("directory changed:\n%s\nwant\n%s", after, before)
			}
			noTemps(t, filepath.Dir(dir))
		})
	}

	// Without a manifest (a directory of an older version), the set's own
	// names and old temporary files are ours; anything else is not.
	old := filepath.Join(t.TempDir(), "old")
	os.Mkdir(old, 0o755)
	os.WriteFile(filepath.Join(old, "results.md"), []byte("v0"), 0o644)
	os.WriteFile(filepath.Join(old, ".results.md.tmp-12345"), []byte("half"), 0o644)
	if err := WriteSet(old, Options{}, set); err != nil {
		t.Fatal(err)
	}
	if got := names(t, old); got != ManifestName+",paired.svg,results.md" {
		t.Errorf("upgraded directory: %s", got)
	}

	// An input inside DIR would be removed with the old set.
	in := filepath.Join(old, "results.md")
	fi, _ := os.Stat(in)
	if err := WriteSet(old, Options{Protect: []os.FileInfo{fi}}, set); !errors.Is(err, ErrInput) {
		t.Errorf("input in DIR: %v", err)
	}
}

// chattrImmutable makes p immutable (even root cannot rename it) or skips.
func chattrImmutable(t *testing.T, p string) {
	t.Helper()
	if out, err := exec.Command("chattr", "+i", p).CombinedOutput(); err != nil {
		t.Skipf("chattr +i not available here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", p).Run() })
}

// TestWriteSetSwitchFails runs real failing switches: an immutable DIR
// (rename refused with EPERM, even for root), a DIR removed during the write,
// an immutable parent, each through the exchange and through the fallback.
// DIR stays byte-identical and no staging entry is left.
func TestWriteSetSwitchFails(t *testing.T) {
	for _, fallback := range []bool{false, true} {
		t.Run(fmt.Sprintf("fallback=%v", fallback), func(t *testing.T) {
			if fallback {
				exchangeFunc = func(a, b string) error { return errNoExchange }
				defer func() { exchangeFunc = exchange }()
			}
			parent := t.TempDir()
			dir := filepath.Join(parent, "out")
			set := []File{{"results.md", content("new")}, {"paired.svg", content("<svg/>")}}
			if err := WriteSet(dir, Options{}, []File{{"results.md", content("old")}}); err != nil {
				t.Fatal(err)
			}
			before := treetest.Snapshot(t, dir)

			t.Run("immutable DIR", func(t *testing.T) {
				chattrImmutable(t, dir)
				err := WriteSet(dir, Options{}, set)
				if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), dir) {
					t.Errorf("error %v", err)
				}
				if after := treetest.Snapshot(t, dir); after != before {
					t.Errorf("directory changed:\n%s", after)
				}
				noTemps(t, parent)
			})
			t.Run("immutable parent", func(t *testing.T) {
				chattrImmutable(t, parent)
				if err := WriteSet(dir, Options{}, set); err == nil {
					t.Error("no error")
				}
				if after := treetest.Snapshot(t, dir); after != before {
					t.Errorf("directory changed:\n%s", after)
				}
			})
			noTemps(t, parent)
			t.Run("DIR removed meanwhile", func(t *testing.T) {
				moved := filepath.Join(parent, "moved")
				err := WriteSet(dir, Options{}, []File{{"results.md", func(w io.Writer) error {
					os.Rename(dir, moved)
					return content("new")(w)
				}}})
				if !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("error %v", err)
				}
				if after := treetest.Snapshot(t, moved); after != before {
					t.Errorf("directory changed:\n%s", after)
				}
				noTemps(t, parent)
				os.Rename(moved, dir)
			})
			// And the switch works.
			if err := WriteSet(dir, Options{}, set); err != nil {
				t.Fatal(err)
			}
			if got := names(t, dir); got != ManifestName+",paired.svg,results.md" || read(t, filepath.Join(dir, "results.md")) != "new" {
				t.Errorf("files %s", got)
			}
			noTemps(t, parent)
		})
	}
}

// TestWriteSetSymlinkDir: a symlink to a directory is followed and kept; a
// dangling one is refused with a clear error (issue 11, item 13).
func TestWriteSetSymlinkDir(t *testing.T) {
	parent := t.TempDir()
	real := filepath.Join(parent, "real")
	os.Mkdir(real, 0o755)
	link := filepath.Join(parent, "link")
	os.Symlink("real", link)
	for _, d := range []string{link, link, link + "/"} {
		if err := WriteSet(d, Options{}, []File{{"a.md", content("A")}}); err != nil {
			t.Fatal(err)
		}
	}
	if l, _ := os.Readlink(link); l != "real" || read(t, filepath.Join(real, "a.md")) != "A" {
		t.Errorf("link %q", l)
	}
	dangling := filepath.Join(parent, "dangling")
	os.Symlink("/nonexistent/report", dangling)
	err := WriteSet(dangling, Options{}, []File{{"a.md", content("A")}})
	if !errors.Is(err, ErrDanglingSymlink) || !strings.Contains(err.Error(), dangling) || !strings.Contains(err.Error(), "/nonexistent/report") {
		t.Errorf("dangling: %v", err)
	}
	file := filepath.Join(parent, "file")
	os.WriteFile(file, nil, 0o644)
	if err := WriteSet(file, Options{}, nil); !errors.Is(err, ErrNotDir) {
		t.Errorf("a file at DIR: %v", err)
	}
	noTemps(t, parent)
}

// TestWriteSetWorkingDir: the working directory, one containing it and the
// root are refused: replaced as a whole, they would leave the shell in a
// deleted directory.
func TestWriteSetWorkingDir(t *testing.T) {
	parent := t.TempDir()
	sub := filepath.Join(parent, "out", "sub")
	os.MkdirAll(sub, 0o755)
	t.Chdir(sub)
	for _, d := range []string{".", "..", sub, "/"} {
		if err := WriteSet(d, Options{}, []File{{"a.md", content("A")}}); !errors.Is(err, ErrWorkingDir) {
			t.Errorf("%s: %v", d, err)
		}
	}
	if err := WriteSet("new", Options{}, []File{{"a.md", content("A")}}); err != nil {
		t.Error(err)
	}
	noTemps(t, sub)
}

// TestCleanup: Cleanup during the write phase (what the command's signal
// handler does) removes the staging directory and the lock; the write
// fails with ErrInterrupted and DIR is byte-identical (issue 11, item 5).
func TestCleanup(t *testing.T) {
	defer resetForTest()
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	if err := WriteSet(dir, Options{}, []File{{"a.md", content("old")}}); err != nil {
		t.Fatal(err)
	}
	before := treetest.Snapshot(t, dir)
	err := WriteSet(dir, Options{}, []File{{"a.md", content("new")}, {"b.md", func(w io.Writer) error {
		Cleanup()
		return content("B")(w)
	}}})
	if !errors.Is(err, ErrInterrupted) {
		t.Errorf("error %v", err)
	}
	if after := treetest.Snapshot(t, dir); after != before {
		t.Errorf("directory changed:\n%s", after)
	}
	noTemps(t, parent)
	resetForTest()
	p := filepath.Join(parent, "x.json")
	err = Write(p, Options{}, func(w io.Writer) error { Cleanup(); return content("x")(w) })
	if !errors.Is(err, ErrInterrupted) {
		t.Errorf("Write: error %v", err)
	}
	noTemps(t, parent)
}

// TestStaleRemoved: a later run removes old unlocked .pt- entries, and
// keeps young or locked ones and anything not named like its own (issue
// 11, item 5).
func TestStaleRemoved(t *testing.T) {
	parent := t.TempDir()
	old := time.Now().Add(-2 * StaleAge)
	mk := func(name string, dir bool, age time.Time) string {
		p := filepath.Join(parent, name)
		if dir {
			os.Mkdir(p, 0o755)
			os.WriteFile(filepath.Join(p, "results.md"), []byte("half"), 0o644)
		} else {
			os.WriteFile(p, []byte("half"), 0o644)
		}
		os.Chtimes(p, age, age)
		return p
	}
	staleFile := mk(".pt-aaaaaaaaaa", false, old)
	staleDir := mk(".pt-bbbbbbbbbb", true, old)
	young := mk(".pt-cccccccccc", false, time.Now())
	locked := mk(".pt-dddddddddd", false, old)
	notOurs := mk(".pt-notours", false, old)
	fifo := filepath.Join(parent, ".pt-ffffffffff") // would block an Open
	syscall.Mkfifo(fifo, 0o600)
	os.Chtimes(fifo, old, old)
	link := filepath.Join(parent, ".pt-llllllllll")
	os.Symlink(t.TempDir(), link)
	f, _ := os.Open(locked)
	defer f.Close()
	if !tryLock(f) {
		t.Fatal("cannot lock")
	}
	if err := WriteSet(filepath.Join(parent, "out"), Options{}, []File{{"a.md", content("A")}}); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{staleFile: false, staleDir: false, young: true, locked: true, notOurs: true, fifo: true, link: true} {
		if _, err := os.Lstat(p); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
	// Write cleans its own directory too.
	staleFile = mk(".pt-eeeeeeeeee", false, old)
	if err := Write(filepath.Join(parent, "x.json"), Options{}, content("x")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(staleFile); err == nil {
		t.Error("Write left a stale temporary file")
	}
}

// The helper process: with ATOMICFILE_HELPER=lock:DIR it takes DIR's lock,
// prints "locked" and holds it until its standard input closes (or it is
// killed).
func TestMain(m *testing.M) {
	if h, ok := strings.CutPrefix(os.Getenv("ATOMICFILE_HELPER"), "lock:"); ok {
		unlock, err := lockDir(filepath.Dir(h), filepath.Base(h), h, 0)
		if err != nil {
			fmt.Println(err)
			os.Exit(3)
		}
		fmt.Println("locked")
		io.Copy(io.Discard, os.Stdin)
		unlock()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// lockHolder starts the test binary as a second process holding DIR's lock.
func lockHolder(t *testing.T, dir string) (release func(), kill func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "ATOMICFILE_HELPER=lock:"+dir)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if line != "locked\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper: %q", line)
	}
	return func() { stdin.Close(); cmd.Wait() }, func() { cmd.Process.Kill(); cmd.Wait() }
}

// TestLockSecondProcess: while another process holds DIR's lock, WriteSet
// fails with ErrLocked naming the holder and leaves DIR as it was; once the
// holder is gone (released, or killed: flock needs no stale-lock clean-up)
// the write goes through (issue 11, item 2).
func TestLockSecondProcess(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	if err := WriteSet(dir, Options{}, []File{{"a.md", content("old")}}); err != nil {
		t.Fatal(err)
	}
	before := treetest.Snapshot(t, dir)
	for _, how := range []string{"released", "killed"} {
		release, kill := lockHolder(t, dir)
		err := WriteSet(dir, Options{}, []File{{"a.md", content("new " + how)}})
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "process ") || !strings.Contains(err.Error(), dir) {
			t.Errorf("%s: error %v", how, err)
		}
		if after := treetest.Snapshot(t, dir); after != before {
			t.Errorf("directory changed:\n%s", after)
		}
		if how == "released" {
			release()
		} else {
			kill()
		}
		if err := WriteSet(dir, Options{}, []File{{"a.md", content("old")}}); err != nil {
			t.Errorf("after the holder %s: %v", how, err)
		}
	}
	// With LockWait, the second run waits for the first and then writes.
	release, _ := lockHolder(t, dir)
	go func() { time.Sleep(50 * time.Millisecond); release() }()
	if err := WriteSet(dir, Options{LockWait: time.Minute}, []File{{"a.md", content("after")}}); err != nil {
		t.Errorf("waiting for the lock: %v", err)
	}
	if read(t, filepath.Join(dir, "a.md")) != "after" {
		t.Error("not written after the wait")
	}
	if got := names(t, parent); got != "out" {
		t.Errorf("parent holds %s", got)
	}
}

// TestWriteSetConcurrent: runs racing into one new DIR with LockWait all
// succeed one after the other, and DIR always holds one run's whole set
// (a run that had seen no DIR before waiting used to fail with EEXIST).
func TestWriteSetConcurrent(t *testing.T) {
	for trial := range 10 {
		dir := filepath.Join(t.TempDir(), "out")
		errs := make(chan error)
		for i := range 4 {
			go func() {
				id := fmt.Sprintf("run %d.%d", trial, i)
				errs <- WriteSet(dir, Options{LockWait: time.Minute}, []File{{"a.md", content(id)}, {"b.md", content(id)}})
			}()
		}
		for range 4 {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
		if a, b := read(t, filepath.Join(dir, "a.md")), read(t, filepath.Join(dir, "b.md")); a != b {
			t.Errorf("mixed set: %q, %q", a, b)
		}
		noTemps(t, filepath.Dir(dir))
	}
}
