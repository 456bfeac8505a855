package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPairBufSized: reading a regular file, the pair buffer grows once to
// the rows the file holds (estimated from the bytes per row read so far),
// not by doubling; the pairs are the same, and a pipe (no size) keeps the
// old growth.
func TestPairBufSized(t *testing.T) {
	var b strings.Builder
	b.WriteString("pre,post\n")
	const n = 3 * sizeAfter
	for i := range n {
		fmt.Fprintf(&b, "%d.%d,%d\n", i%97, i%10, i%89)
	}
	path := filepath.Join(t.TempDir(), "big.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &inputFlags{before: "pre", after: "post"}
	for _, tc := range []struct {
		name  string
		arg   string
		stdin string
		sized bool
	}{{"file", path, "", true}, {"pipe", "-", b.String(), false}} {
		e := &env{cmd: reportCommand, stdin: strings.NewReader(tc.stdin), stdout: &strings.Builder{}, stderr: &strings.Builder{}}
		in, err := e.openInput(tc.arg, f)
		if err != nil {
			t.Fatal(err)
		}
		ps, err := in.resolve(f)
		if err != nil {
			t.Fatal(err)
		}
		x, y, err := readAllPairs(in, ps)
		in.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(x) != n || len(y) != n {
			t.Fatalf("%s: %d, %d pairs, want %d", tc.name, len(x), len(y), n)
		}
		for i := range n {
			if x[i] != float64(i%97)+float64(i%10)/10 || y[i] != float64(i%89) {
				t.Fatalf("%s: pair %d = (%v, %v)", tc.name, i, x[i], y[i])
			}
		}
		// Sized: one capacity, at most 15% (and the buffer's read-ahead)
		// above n; doubling would leave it anywhere up to 2n.
		if tc.sized && (cap(x) < n || cap(x) > n*13/10) {
			t.Errorf("%s: cap %d for %d pairs", tc.name, cap(x), n)
		}
	}
}
