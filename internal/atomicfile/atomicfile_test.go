package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	return strings.Join(n, ",")
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	if err := Write(p, content("good")); err != nil {
		t.Fatal(err)
	}
	if err := Write(p, halfThenFail); !errors.Is(err, errBoom) {
		t.Fatalf("error %v", err)
	}
	if got := read(t, p); got != "good" {
		t.Errorf("content %q after a failed write", got)
	}
	if got := names(t, dir); got != "out.txt" {
		t.Errorf("files %s", got)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != Perm {
		t.Errorf("mode %v", st.Mode())
	}
	if err := Write(filepath.Join(dir, "missing", "x"), content("x")); err == nil {
		t.Error("write into a missing directory succeeded")
	}
}

func TestWriteSet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	good := []File{{"a.md", content("A1")}, {"b.html", content("B1")}}
	if err := WriteSet(dir, good); err != nil {
		t.Fatal(err)
	}
	// The second file fails: the first must not be replaced either.
	bad := []File{{"a.md", content("A2")}, {"b.html", halfThenFail}, {"c.svg", content("C2")}}
	if err := WriteSet(dir, bad); !errors.Is(err, errBoom) {
		t.Fatalf("error %v", err)
	}
	if read(t, filepath.Join(dir, "a.md")) != "A1" || read(t, filepath.Join(dir, "b.html")) != "B1" {
		t.Error("a failed set replaced a file")
	}
	if got := names(t, dir); got != "a.md,b.html" {
		t.Errorf("files %s", got)
	}
	if err := WriteSet(dir, []File{{"a.md", content("A3")}, {"c.svg", content("C3")}}); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(dir, "a.md")) != "A3" || read(t, filepath.Join(dir, "c.svg")) != "C3" {
		t.Error("second set not written")
	}
	for _, n := range []string{"", ".", "..", "x/y", "../z"} {
		if err := WriteSet(dir, []File{{n, content("x")}}); err == nil {
			t.Errorf("name %q accepted", n)
		}
	}
}
