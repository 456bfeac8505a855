package dataset

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Seed corpora live in testdata/fuzz/FuzzSAV and testdata/fuzz/FuzzXLSX
// (go test -fuzz=FuzzSAV); the fixtures are added as seeds too.
// go test -run TestWriteFuzzSeeds -genfuzz rewrites the committed seeds.
var genFuzz = flag.Bool("genfuzz", false, "rewrite the seed corpora under testdata/fuzz")

func addFixtures(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzSAV(f *testing.F) {
	addFixtures(f, "*.sav")
	addFixtures(f, "*.zsav")
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := NewSAVReader(bytes.NewReader(data), "fuzz.sav")
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error is not an *Error: %v", err)
			}
			return
		}
		n := 0
		for s.Next() {
			if len(s.Case()) != len(s.Variables()) {
				t.Fatal("case length differs from the dictionary")
			}
			n++
		}
		if _, err := ReadSAV(bytes.NewReader(data), "fuzz.sav"); (err == nil) != (s.Err() == nil) {
			t.Fatalf("ReadSAV and SAVReader disagree: %v / %v", err, s.Err())
		}
	})
}

func FuzzXLSX(f *testing.F) {
	addFixtures(f, "*.xlsx")
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := Read(bytes.NewReader(data), "fuzz.xlsx", Options{Format: FormatXLSX, Sheet: "1"})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error is not an *Error: %v", err)
			}
			return
		}
		for _, c := range tb.Columns {
			if c.Len() != tb.Rows {
				t.Fatalf("column %s has %d values for %d rows", c.Name, c.Len(), tb.Rows)
			}
		}
	})
}

// TestWriteFuzzSeeds writes small hand-made seeds that reach the corners
// the fixtures do not: cut headers, bad record types, a big-endian file,
// an empty zip.
func TestWriteFuzzSeeds(t *testing.T) {
	if !*genFuzz {
		t.Skip("run with -genfuzz to rewrite testdata/fuzz")
	}
	sav, _ := os.ReadFile("testdata/sleep-compressed.sav")
	zsav, _ := os.ReadFile("testdata/sleep.zsav")
	var be bytes.Buffer
	w, _ := newSAVWriter(&be, binary.BigEndian, true, []testVar{{name: "x"}, {name: "s", width: 8}}, 2)
	w.writeCase(1.5, "ab")
	w.writeCase(nan, "")
	w.close()
	seeds := map[string]map[string][]byte{
		"FuzzSAV": {
			"header-only":     sav[:176],
			"bad-record":      append(append([]byte{}, sav[:176]...), 9, 0, 0, 0),
			"dictionary-cut":  sav[:300],
			"big-endian":      be.Bytes(),
			"zsav-no-trailer": zsav[:len(zsav)-24],
			"magic-only":      []byte("$FL2"),
			"ebcdic":          []byte("\x5b\xc6\xd3\xf2"),
		},
		"FuzzXLSX": {
			"empty-zip": []byte("PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"),
			"zip-magic": []byte("PK\x03\x04"),
		},
	}
	for fz, m := range seeds {
		dir := filepath.Join("testdata", "fuzz", fz)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range m {
			body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", b)
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
