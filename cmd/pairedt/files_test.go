//go:build unix

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pairedt/pairedt/internal/atomicfile"
	"github.com/pairedt/pairedt/internal/treetest"
)

// These tests pin what the command does with the files it writes (issue
// 11, items 1-6 and 13): each attack of the hostile-input trial is run for
// real, and the output directory is compared byte for byte afterwards.

var sleepReport = []string{"report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--dpi", "0"}

// onlyEntries fails unless dir holds exactly the given names.
func onlyEntries(t *testing.T, dir string, want ...string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	var got []string
	for _, e := range es {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("%s holds %q, want %q", dir, got, want)
	}
}

// TestReportForeignAndInTheWay: a report into a DIR holding a user's file,
// or a directory in the way of one of the report's names, fails (exit 2,
// naming the file) and leaves DIR byte-identical; before, the earlier
// renames had already replaced results.md and results.html (item 1).
func TestReportForeignAndInTheWay(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	if code, _, stderr := runCmd(t, "", append(sleepReport, "--out", dir)...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	other := []string{"report", "-", "--before", "a", "--after", "b", "--out", dir, "--dpi", "0"}
	for _, tc := range []struct {
		name  string
		setup func()
		frag  string
	}{
		{"a user's file", func() { os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("my notes"), 0o600) }, "notes.txt"},
		{"a directory in the way", func() {
			os.Remove(filepath.Join(dir, "notes.txt"))
			os.Remove(filepath.Join(dir, "paired.svg"))
			os.MkdirAll(filepath.Join(dir, "paired.svg", "sub"), 0o755)
		}, "paired.svg (directory)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.setup()
			before := treetest.Snapshot(t, dir)
			code, out, stderr := runCmd(t, "a,b\n1,2\n2,4\n5,5\n", other...)
			if code != exitUsage || out != "" || !strings.Contains(stderr, tc.frag) || !strings.Contains(stderr, dir) {
				t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
			}
			if after := treetest.Snapshot(t, dir); after != before {
				t.Errorf("DIR changed:\n%s\nwant\n%s", after, before)
			}
			onlyEntries(t, parent, "out")
		})
	}
	err := cmdErr("a,b\n1,2\n2,4\n5,5\n", other...)
	if !errors.Is(err, errOutputFile) || !errors.Is(err, atomicfile.ErrForeign) {
		t.Errorf("error %v", err)
	}
}

// TestReportSwitchFails: an immutable DIR makes the switch itself fail
// (EPERM even for root): exit 2, DIR byte-identical, nothing left beside it.
func TestReportSwitchFails(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	if code, _, stderr := runCmd(t, "", append(sleepReport, "--out", dir)...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	before := treetest.Snapshot(t, dir)
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Skipf("chattr +i not available: %v %s", err, out)
	}
	defer exec.Command("chattr", "-i", dir).Run()
	code, _, stderr := runCmd(t, "a,b\n1,2\n2,4\n5,5\n", "report", "-", "--before", "a", "--after", "b", "--out", dir, "--dpi", "0")
	if code != exitUsage || !strings.Contains(stderr, "operation not permitted") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if after := treetest.Snapshot(t, dir); after != before {
		t.Errorf("DIR changed:\n%s", after)
	}
	onlyEntries(t, parent, "out")
}

// The helper process: the test binary run with PAIREDT_HELPER=block runs
// the command with the signal handler of main installed and stops in the
// write phase (a temporary file or the staging directory exists, the lock
// is held), telling the test on stderr.
func TestMain(m *testing.M) {
	if os.Getenv("PAIREDT_HELPER") == "block" {
		cleanupOnSignal()
		writeHook = func(name string) {
			fmt.Fprintf(os.Stderr, "WRITING %s\n", name)
			select {}
		}
		os.Exit(run(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// blockedRun starts the helper with args and returns once it is in the
// write phase.
func blockedRun(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$"}, args...)...)
	cmd.Env = append(os.Environ(), "PAIREDT_HELPER=block")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stderr).ReadString('\n')
	if !strings.HasPrefix(line, "WRITING ") {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper: %q", line)
	}
	go io.Copy(io.Discard, stderr)
	return cmd
}

// TestSignalInWritePhase: SIGINT or SIGTERM while a report or an -o file
// is being written leaves the output byte-identical, no temporary file and
// no lock, and exits 130 or 143 (item 5). While the helper is stopped there,
// a second report into the same DIR fails clearly (item 2).
func TestSignalInWritePhase(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	if code, _, stderr := runCmd(t, "", append(sleepReport, "--out", dir)...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	outFile := filepath.Join(parent, "t.json")
	os.WriteFile(outFile, []byte("previous\n"), 0o600)
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
		args []string
	}{
		{syscall.SIGINT, 130, append(sleepReport, "--out", dir, "--no-charts")},
		{syscall.SIGTERM, 143, append(sleepReport, "--out", dir)},
		{syscall.SIGINT, 130, []string{"test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--json", "-o", outFile}},
		{syscall.SIGTERM, 143, []string{"test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "-o", outFile}},
		{syscall.SIGHUP, 129, []string{"test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "-o", outFile}},
	} {
		t.Run(fmt.Sprintf("%v %s", tc.sig, tc.args[0]), func(t *testing.T) {
			before := treetest.Snapshot(t, parent)
			cmd := blockedRun(t, tc.args...)
			if tc.args[0] == "report" {
				// A second run meanwhile waits, then gives up naming the lock.
				defer func(w time.Duration) { reportLockWait = w }(reportLockWait)
				reportLockWait = 30 * time.Millisecond
				code, _, stderr := runCmd(t, "", append(sleepReport, "--out", dir)...)
				if code != exitUsage || !strings.Contains(stderr, "being written by another run") || !strings.Contains(stderr, fmt.Sprintf("process %d", cmd.Process.Pid)) {
					t.Errorf("concurrent run: exit %d: %s", code, stderr)
				}
			}
			cmd.Process.Signal(tc.sig)
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.code {
				t.Errorf("helper ended with %v, want exit status %d", err, tc.code)
			}
			if after := treetest.Snapshot(t, parent); after != before {
				t.Errorf("files changed:\n%s\nwant\n%s", after, before)
			}
		})
	}
	onlyEntries(t, parent, "out", "t.json")
	// And the next run goes through.
	if code, _, stderr := runCmd(t, "", append(sleepReport, "--out", dir)...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}

// TestStaleStagingRemoved: a run killed with SIGKILL (no chance to clean
// up) leaves its staging directory; a later run removes it once it is older
// than atomicfile.StaleAge (item 5).
func TestStaleStagingRemoved(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	cmd := blockedRun(t, append(sleepReport, "--out", dir)...)
	cmd.Process.Kill()
	cmd.Wait()
	es, _ := os.ReadDir(parent)
	var stale []string
	for _, e := range es {
		if strings.HasPrefix(e.Name(), ".pt-") {
			stale = append(stale, filepath.Join(parent, e.Name()))
		}
	}
	if len(stale) != 1 {
		t.Fatalf("after SIGKILL: %v", es)
	}
	old := atomicfile.StaleAge
	atomicfile.StaleAge = 0
	defer func() { atomicfile.StaleAge = old }()
	if code, _, stderr := runCmd(t, "", append(sleepReport, "--out", dir)...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	onlyEntries(t, parent, "out")
}

// TestOutputFiles: -o on a symlink to /dev/null, a FIFO, a symlink to a
// file, an input file, a 0600 file, under umask 077 and with a 255-byte
// name (items 3, 4 and 6).
func TestOutputFiles(t *testing.T) {
	dir := t.TempDir()
	args := func(out string) []string {
		return []string{"test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--json", "-o", out}
	}
	_, want, _ := runCmd(t, "", "test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--json")

	t.Run("device", func(t *testing.T) {
		null := filepath.Join(dir, "null")
		os.Symlink("/dev/null", null)
		if code, _, stderr := runCmd(t, "", args(null)...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if l, _ := os.Readlink(null); l != "/dev/null" {
			t.Errorf("link now %q", l)
		}
		if st, _ := os.Stat("/dev/null"); st.Mode()&fs.ModeCharDevice == 0 {
			t.Fatalf("/dev/null is now %v", st.Mode())
		}
	})
	t.Run("/dev/stdout", func(t *testing.T) {
		// The stream itself, wherever it goes: the shell's "> log" file
		// keeps what was written before.
		code, out, stderr := runCmd(t, "", args("/dev/stdout")...)
		if code != 0 || out != want {
			t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
		}
		code, out, stderr = runCmd(t, "", args("/dev/stderr")...)
		if code != 0 || out != "" || stderr != want {
			t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
		}
	})
	t.Run("FIFO", func(t *testing.T) {
		fifo := filepath.Join(dir, "fifo")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skip(err)
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
		if code, _, stderr := runCmd(t, "", args(fifo)...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if s := <-got; s != want {
			t.Errorf("reader got %q", s)
		}
		if st, _ := os.Lstat(fifo); st.Mode()&fs.ModeNamedPipe == 0 {
			t.Errorf("FIFO replaced by %v", st.Mode())
		}
	})
	t.Run("symlink and mode", func(t *testing.T) {
		target := filepath.Join(dir, "target.json")
		os.WriteFile(target, []byte("old"), 0o600)
		link := filepath.Join(dir, "link.json")
		os.Symlink("target.json", link)
		if code, _, stderr := runCmd(t, "", args(link)...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		st, _ := os.Stat(target)
		b, _ := os.ReadFile(target)
		if l, _ := os.Readlink(link); l != "target.json" || string(b) != want || st.Mode().Perm() != 0o600 {
			t.Errorf("link %q, target mode %v, content %q", l, st.Mode(), b)
		}
	})
	t.Run("input", func(t *testing.T) {
		in := filepath.Join(dir, "data.csv")
		os.WriteFile(in, []byte("a,b\n1,2\n2,4\n5,5\n"), 0o644)
		for _, c := range [][]string{
			{"test", in, "--before", "a", "--after", "b", "-o", in},
			{"freq", in, "--before", "a", "--after", "b", "--levels", "1,2,4,5", "-o", in},
		} {
			code, _, stderr := runCmd(t, "", c...)
			if code != exitUsage || !strings.Contains(stderr, "would overwrite an input file") {
				t.Errorf("%s: exit %d: %s", c[0], code, stderr)
			}
		}
		if b, _ := os.ReadFile(in); string(b) != "a,b\n1,2\n2,4\n5,5\n" {
			t.Errorf("input now %q", b)
		}
		// Standard input redirected from the file counts too.
		f, _ := os.Open(in)
		defer f.Close()
		var out, errb strings.Builder
		code := run([]string{"test", "-", "--before", "a", "--after", "b", "-o", in}, f, &out, &errb)
		if code != exitUsage || !strings.Contains(errb.String(), "would overwrite an input file") {
			t.Errorf("stdin: exit %d: %s", code, errb.String())
		}
	})
	t.Run("umask", func(t *testing.T) {
		old := syscall.Umask(0o077)
		defer syscall.Umask(old)
		p := filepath.Join(dir, "private.json")
		if code, _, stderr := runCmd(t, "", args(p)...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		rdir := filepath.Join(dir, "private")
		if code, _, stderr := runCmd(t, "", append(sleepReport, "--out", rdir)...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for _, q := range []string{p, rdir, filepath.Join(rdir, "results.md")} {
			st, _ := os.Stat(q)
			want := fs.FileMode(0o600)
			if st.IsDir() {
				want = 0o700
			}
			if st.Mode().Perm() != want {
				t.Errorf("%s: mode %v under umask 077", q, st.Mode())
			}
		}
	})
	t.Run("long name", func(t *testing.T) {
		p := filepath.Join(dir, strings.Repeat("n", 250)+".json")
		for range 2 {
			if code, _, stderr := runCmd(t, "", args(p)...); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
		}
		if b, _ := os.ReadFile(p); string(b) != want {
			t.Errorf("content %q", b)
		}
	})
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestSmallerCLI: item 13 of issue 11.
func TestSmallerCLI(t *testing.T) {
	// An analysis failure (exit 1) gets no usage hint.
	code, _, stderr := runCmd(t, "", "check", "--before-counts", "0,0,0", "--after-counts", "0,0,0")
	if code != exitAnalysis || strings.Contains(stderr, "for usage") || !strings.Contains(stderr, "0 pairs") {
		t.Errorf("all-zero counts: exit %d: %q", code, stderr)
	}
	// A repeated flag is refused, naming it, whatever its kind.
	for _, tc := range []struct {
		args []string
		frag string
	}{
		{[]string{"test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--before", "drug2"}, `--before given twice ("drug1", then "drug2")`},
		{[]string{"test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--json", "--json"}, "--json given twice"},
		{[]string{"test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "-o", "a", "-o=b"}, "-o given twice"},
		{[]string{"report", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2", "--out", "a", "--out", "b"}, "--out given twice"},
		{[]string{"freq", "testdata/nochange.csv", "--before", "pre", "--after", "post", "--levels", "a", "--missing", "", "--missing", "NA"}, "--missing given twice"},
	} {
		code, out, stderr := runCmd(t, "", tc.args...)
		if code != exitUsage || out != "" || !strings.Contains(stderr, tc.frag) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", tc.args, code, out, stderr)
		}
	}
	if err := cmdErr("", "test", "x.csv", "--mu", "1", "--mu", "2"); !errors.Is(err, errRepeatedFlag) || !errors.Is(err, errUsage) {
		t.Errorf("error %v", err)
	}
	// Help still shows each flag's default once.
	if _, out, _ := runCmd(t, "", "report", "-h"); !strings.Contains(out, "(default 150)") {
		t.Errorf("report -h lost the defaults:\n%s", out)
	}
	// A dangling symlink --out is named as such.
	parent := t.TempDir()
	link := filepath.Join(parent, "out")
	os.Symlink("missing/dir", link)
	code, _, stderr = runCmd(t, "", append(sleepReport, "--out", link)...)
	if code != exitUsage || !strings.Contains(stderr, link+": dangling symlink to missing/dir") || strings.Contains(stderr, "mkdir") {
		t.Errorf("dangling --out: exit %d: %q", code, stderr)
	}
	onlyEntries(t, parent, "out")
}
