// Command csvloop is the baseline `pairedt test` is measured against in
// the README's speed table: the plain Go loop a user would write, reading
// FILE with encoding/csv (a reused record) and strconv.ParseFloat, adding
// the pairs of columns BEFORE and AFTER to a pairedt.Accumulator, and
// printing the t-test. Build and run it with
//
//	go build -o /tmp/csvloop ./internal/csvin/testdata/csvloop
//	/tmp/csvloop FILE BEFORE AFTER
//
// It lives under testdata so that `go build ./...` and `go test ./...`
// leave it alone.
package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/pairedt/pairedt/pairedt"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: csvloop FILE BEFORE AFTER")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, "csvloop:", err)
		os.Exit(1)
	}
}

func run(path, before, after string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 256<<10))
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return err
	}
	bi, ai := -1, -1
	for i, h := range header {
		switch h {
		case before:
			bi = i
		case after:
			ai = i
		}
	}
	if bi < 0 || ai < 0 {
		return fmt.Errorf("columns %q and %q not both in the header %q", before, after, header)
	}
	var acc pairedt.Accumulator
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		x, err := strconv.ParseFloat(rec[bi], 64)
		if err != nil {
			return err
		}
		y, err := strconv.ParseFloat(rec[ai], 64)
		if err != nil {
			return err
		}
		acc.Add(x, y)
	}
	res, err := acc.Result(pairedt.Options{})
	if err != nil {
		return err
	}
	fmt.Println(res)
	return nil
}
