package dataset

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// psppMillion has GNU PSPP write a million cases, bytecode- and
// zlib-compressed, into dir. The .zsav spans several zlib blocks (PSPP
// writes blocks of 0x3ff000 bytes), which the small fixtures do not.
func psppMillion(tb testing.TB, dir string) {
	tb.Helper()
	if testing.Short() {
		tb.Skip("writes a million cases")
	}
	pspp, err := exec.LookPath("pspp")
	if err != nil {
		tb.Skip("GNU PSPP is not installed (apt-get install pspp)")
	}
	sps := `INPUT PROGRAM.
LOOP #i = 1 TO 1000000.
COMPUTE id = #i.
COMPUTE x = MOD(#i, 7) / 4.
COMPUTE y = #i * 0.001.
END CASE.
END LOOP.
END FILE.
END INPUT PROGRAM.
STRING s (A3).
COMPUTE s = 'abc'.
SAVE OUTFILE='big.sav' /COMPRESSED.
SAVE OUTFILE='big.zsav' /ZCOMPRESSED.
`
	if err := os.WriteFile(filepath.Join(dir, "big.sps"), []byte(sps), 0o644); err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(pspp, "big.sps")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("pspp: %v\n%s", err, out)
	}
}

// TestPSPPMillion checks every value of a million PSPP-written cases
// against the formulas of the syntax that wrote them.
func TestPSPPMillion(t *testing.T) {
	dir := t.TempDir()
	psppMillion(t, dir)
	for _, f := range []string{"big.sav", "big.zsav"} {
		s, err := OpenSAV(os.DirFS(dir), f)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for s.Next() {
			n++
			c := s.Case()
			i := float64(n)
			if c[0].Number != i || c[1].Number != float64(n%7)/4 || c[2].Number != i*0.001 || c[3].Text != "abc" {
				t.Fatalf("%s case %d: %+v", f, n, c)
			}
		}
		if s.Err() != nil || n != 1_000_000 {
			t.Errorf("%s: %v after %d cases", f, s.Err(), n)
		}
		s.Close()
	}
}

// BenchmarkSAVStreamPSPP streams the PSPP-written million cases.
func BenchmarkSAVStreamPSPP(b *testing.B) {
	dir := b.TempDir()
	psppMillion(b, dir)
	for _, f := range []string{"big.sav", "big.zsav"} {
		b.Run(f, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s, err := OpenSAV(os.DirFS(dir), f)
				if err != nil {
					b.Fatal(err)
				}
				for s.Next() {
				}
				if s.Err() != nil {
					b.Fatal(s.Err())
				}
				s.Close()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/case")
		})
	}
}
