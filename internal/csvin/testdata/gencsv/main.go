// Command gencsv writes the CSV file of the README's speed row for
// `pairedt test`: a header "id,a,b" and N rows of an id and two numbers
// with 3 decimals (a ~ N(50, 10), b = a + 1 + N(0, 1)), 219 MB for N =
// 1e7. Run it with
//
//	go run ./internal/csvin/testdata/gencsv 10000000 > /tmp/big.csv
package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gencsv N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n < 0 {
		fmt.Fprintln(os.Stderr, "gencsv: N must be a count")
		os.Exit(2)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	r := rand.New(rand.NewPCG(uint64(n), 7))
	w.WriteString("id,a,b\n")
	var buf []byte
	for i := range n {
		x := 50 + 10*r.NormFloat64()
		y := x + 1 + r.NormFloat64()
		buf = strconv.AppendInt(buf[:0], int64(i+1), 10)
		buf = append(buf, ',')
		buf = strconv.AppendFloat(buf, x, 'f', 3, 64)
		buf = append(buf, ',')
		buf = strconv.AppendFloat(buf, y, 'f', 3, 64)
		buf = append(buf, '\n')
		w.Write(buf)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gencsv:", err)
		os.Exit(1)
	}
}
