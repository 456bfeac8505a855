// Package atomicfile writes output files so that a reader, or a later run,
// sees either the previous complete file or the new complete file, never a
// half-written one.
//
// Each file is written to a temporary file in the destination directory
// (same file system), synced, closed and then renamed over the destination;
// rename(2) replaces a file atomically on POSIX systems. If writing fails the
// temporary file is removed and the destination is untouched.
//
// WriteSet extends this to a set of files: every file of the set is written
// to its temporary file first, and only when all of them have been written
// successfully are they renamed, one by one. A failure while producing any
// file of the set therefore leaves every previous file intact. The renames
// themselves are individually atomic but not jointly: a crash (power loss,
// kill -9) between two renames can leave some files from the new run beside
// some from the old one, but never a partially written file.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Perm is the permission of every file written: temporary files are created
// 0600 and set to Perm (regardless of the umask) just before the rename.
const Perm = 0o644

// File is one file of a set: its name inside the directory and the function
// that writes its content.
type File struct {
	Name  string
	Write func(w io.Writer) error
}

// Write atomically replaces path with what write writes.
func Write(path string, write func(w io.Writer) error) error {
	tmp, err := writeTemp(filepath.Dir(path), filepath.Base(path), write)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

// WriteSet writes every file of files into dir (created if needed) as
// described in the package documentation. Names must be plain file names.
func WriteSet(dir string, files []File) error {
	for _, f := range files {
		if f.Name == "" || f.Name != filepath.Base(f.Name) || f.Name == "." || f.Name == ".." {
			return fmt.Errorf("atomicfile: bad file name %q", f.Name)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmps := make([]string, 0, len(files))
	cleanup := func() {
		for _, t := range tmps {
			_ = os.Remove(t)
		}
	}
	for _, f := range files {
		tmp, err := writeTemp(dir, f.Name, f.Write)
		if err != nil {
			cleanup()
			return err
		}
		tmps = append(tmps, tmp)
	}
	for i, f := range files {
		if err := os.Rename(tmps[i], filepath.Join(dir, f.Name)); err != nil {
			for _, t := range tmps[i:] {
				_ = os.Remove(t)
			}
			return err
		}
	}
	return nil
}

func writeTemp(dir, name string, write func(w io.Writer) error) (string, error) {
	f, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	werr := write(f)
	if werr == nil {
		werr = f.Sync()
	}
	if werr == nil {
		werr = f.Chmod(Perm)
	}
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		_ = os.Remove(tmp)
		if werr != nil {
			return "", werr
		}
		return "", cerr
	}
	return tmp, nil
}
