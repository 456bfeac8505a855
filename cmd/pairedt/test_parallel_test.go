package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParallelSameAsSequential runs `pairedt test` on wide CSV files with
// the parallel reader (csvin.Reader.ReadPairs, chunks of 7 bytes and the
// default) and with the sequential loop it replaced: the same exit code,
// the same output (JSON has every digit) and the same messages, for clean
// files of every dialect, the notes, and every kind of input error.
func TestParallelSameAsSequential(t *testing.T) {
	var clean strings.Builder
	clean.WriteString("id,x,y\n")
	for i := range 3000 {
		fmt.Fprintf(&clean, "%d,%d.%03d,%d.%d\n", i, 40+i%37, i%1000, 41+i%29, i%10)
	}
	rows := func(sep, dec string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%d%s%d%s%d%s%d%s%d%s%d\n", i, sep, 10+i%13, dec, i%7, sep, 12+i%11, dec, i%3, sep, i)
		}
		return b.String()
	}
	files := map[string]string{
		"clean.csv":     clean.String(),
		"missing.csv":   "id,x,y,z\n" + rows(",", ".", 50) + "51,NA,3,0\n52,,,\n53,.,4,0\n" + rows(",", ".", 20),
		"semicolon.csv": "id;x;y;z\r\n" + strings.ReplaceAll(rows(";", ",", 80), "\n", "\r\n"),
		"bom-tab.csv":   "\xEF\xBB\xBFid\tx\ty\tz\n" + rows("\t", ".", 60),
		"quoted.csv":    "\"id\",\"x\",\"y\"\n" + strings.Repeat("\"a\nb, \"\"c\"\"\",1.5,2.25\n", 40) + "\"z\",3,4",
		"underflow.csv": "id,x,y,z\n" + rows(",", ".", 30) + "31,1e-400,1,0\n" + rows(",", ".", 30),
		"diff-over.csv": "id,x,y,z\n" + rows(",", ".", 30) + "31,1e308,-1e308,0\n" + rows(",", ".", 30),
		"diff-then-bad.csv": "id,x,y,z\n" + rows(",", ".", 30) + "31,1e308,-1e308,0\n" + rows(",", ".", 30) +
			"99,abc,1,2\n",
		"not-number.csv":  "id,x,y,z\n" + rows(",", ".", 40) + "41,1,abc,0\n" + rows(",", ".", 5),
		"inf.csv":         "id,x,y,z\n" + rows(",", ".", 40) + "41,Inf,1,0\n",
		"range.csv":       "id,x,y,z\n" + rows(",", ".", 40) + "41,1e999,1,0\n",
		"fields.csv":      "id,x,y,z\n" + rows(",", ".", 40) + "41,1,2\n",
		"quote.csv":       "id,x,y,z\n" + rows(",", ".", 40) + "41,1\"2,3,4\n",
		"open-quote.csv":  "id,x,y,z\n" + rows(",", ".", 40) + "41,\"1,3,4\n" + rows(",", ".", 3),
		"utf8.csv":        "id,x,y,z\n" + rows(",", ".", 40) + "41,1,2,\xff\n",
		"decimal.csv":     "id;x;y;z\n" + rows(";", ",", 40) + "41;1.5;2;3\n",
		"header-only.csv": "id,x,y\n",
		"blank-rows.csv":  "id,x,y\n\n\n",
		"constant.csv":    "id,x,y\n" + strings.Repeat("1,2,3\n", 50),
		"huge.csv":        "id,x,y\n" + strings.Repeat("1,1e300,2e300\n2,-1e300,5e299\n", 20),
	}
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	defer func(p bool, c int) { parallelCSV, parallelChunk = p, c }(parallelCSV, parallelChunk)
	for name, data := range files {
		path := filepath.Join(dir, name)
		for _, args := range [][]string{
			{"test", path, "--before", "x", "--after", "y", "--json"},
			{"test", path, "--before", "x", "--after", "y", "--direction", "after-before"},
			{"test", "-", "--before", "x", "--after", "y"},
		} {
			stdin := ""
			if args[1] == "-" {
				stdin = data
			}
			parallelCSV = false
			wantCode, wantOut, wantErr := runCmd(t, stdin, args...)
			parallelCSV = true
			for _, chunk := range []int{7, 0} {
				parallelChunk = chunk
				code, out, stderr := runCmd(t, stdin, args...)
				if code != wantCode || out != wantOut || stderr != wantErr {
					t.Errorf("%s %q, chunk %d: exit %d, stdout\n%s\nstderr\n%s\nsequential: exit %d, stdout\n%s\nstderr\n%s",
						name, args, chunk, code, out, stderr, wantCode, wantOut, wantErr)
				}
			}
		}
	}
}
