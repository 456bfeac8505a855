package load

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/csvin"
)

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOpenStreams: an SPSS file is streamed case by case (savRows, memory
// independent of the number of cases) when asked, read whole (tableRows)
// otherwise; CSV is always streamed, xlsx always read whole.
func TestOpenStreams(t *testing.T) {
	sav := readFile(t, "../../dataset/testdata/sleep-compressed.sav")
	for _, stream := range []bool{true, false} {
		src, err := Open(bytes.NewReader(sav), "sleep.sav", Spec{}, stream)
		if err != nil {
			t.Fatal(err)
		}
		_, isStream := src.Rows.(*savRows)
		if isStream != stream || src.Format != dataset.FormatZSAV && src.Format != dataset.FormatSAV {
			t.Errorf("stream %v: reader %T, format %v", stream, src.Rows, src.Format)
		}
	}
	src, err := Open(bytes.NewReader([]byte("a,b\n1,2\n")), "x.csv", Spec{}, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := src.Rows.(*csvin.Reader); !ok || src.Vars != nil {
		t.Errorf("CSV: reader %T, vars %v", src.Rows, src.Vars)
	}
}

// TestOpenFormatOptions: options of one format given for another wrap
// ErrFormat and ErrSpec.
func TestOpenFormatOptions(t *testing.T) {
	sav := readFile(t, "../../dataset/testdata/sleep-compressed.sav")
	for _, tc := range []struct {
		name string
		data []byte
		s    Spec
	}{
		{"sep for SPSS", sav, Spec{Sep: ';'}},
		{"decimal for SPSS", sav, Spec{Decimal: ','}},
		{"sheet for SPSS", sav, Spec{Sheet: "x"}},
		{"missing for SPSS", sav, Spec{Missing: []string{}}},
		{"sheet for CSV", []byte("a,b\n1,2\n"), Spec{Sheet: "x"}},
	} {
		_, err := Open(bytes.NewReader(tc.data), "f", tc.s, false)
		if !errors.Is(err, ErrFormat) || !errors.Is(err, ErrSpec) {
			t.Errorf("%s: err %v, want ErrFormat and ErrSpec", tc.name, err)
		}
	}
	_, err := Open(bytes.NewReader([]byte("a;b\n1;2\n")), "f", Spec{Sep: ',', Decimal: ','}, false)
	if !errors.Is(err, ErrSpec) {
		t.Errorf("sep , decimal ,: %v", err)
	}
}
