package report_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// sleepAnalysis is Student's sleep data (testdata/sleep.csv at the
// repository root: R's datasets::sleep, extra hours of sleep of ten
// patients on each of two drugs) with every test a numeric outcome gets,
// chosen by pairedt.AnalyzePaired as the CLI does. Every number in its
// report comes from pairedt's tests, each checked against R 4.2.2 (t.test,
// wilcox.test, binom.test, shapiro.test on these data; see pairedt's
// ExampleAnalyzePaired); the goldens pin the words and the layout.
func sleepAnalysis(t testing.TB) report.Analysis {
	t.Helper()
	path := filepath.Join("..", "testdata", "sleep.csv")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var x, y []float64
	for _, r := range rows[1:] {
		x = append(x, must(strconv.ParseFloat(r[1], 64)))
		y = append(y, must(strconv.ParseFloat(r[2], 64)))
	}
	s := must(pairedt.AnalyzePaired(x, y, pairedt.StudyOptions{}))
	sum := sha256.Sum256(raw)
	a := report.FromStudy(s)
	a.Title = "Student's sleep data: drug 1 versus drug 2"
	a.Variable = "extra hours of sleep"
	a.BeforeLabel, a.AfterLabel = "Drug 1", "Drug 2"
	a.Provenance = report.Provenance{DataName: "sleep.csv", DataSHA256: hex.EncodeToString(sum[:]),
		Command: "pairedt report --before group1 --after group2 testdata/sleep.csv"}
	return a
}

// The numeric report golden: the sleep data in both languages.
func TestGoldenSleep(t *testing.T) {
	a := sleepAnalysis(t)
	for _, l := range langs {
		d, err := report.New(a, report.Options{Lang: l})
		if err != nil {
			t.Fatal(err)
		}
		t.Run(string(l)+"/md", func(t *testing.T) {
			var b bytes.Buffer
			if err := d.WriteMarkdown(&b); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "sleep."+string(l)+".golden.md", b.Bytes())
		})
		t.Run(string(l)+"/html", func(t *testing.T) {
			var b bytes.Buffer
			if err := d.WriteHTML(&b); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "sleep."+string(l)+".golden.html", b.Bytes())
		})
	}
}

// Files holds what the wrappers write, under the names the CLI uses.
func TestDocumentFiles(t *testing.T) {
	a := articleAnalysis(t)
	o := report.Options{Lang: report.Indonesian}
	d, err := report.New(a, o)
	if err != nil {
		t.Fatal(err)
	}
	files, err := d.Files(72)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]byte{
		"results.md":   renderString(t, report.Markdown, a, o),
		"results.html": renderString(t, report.HTML, a, o),
	}
	var names []string
	for _, c := range must(report.Charts(a, o)) {
		var svg, png bytes.Buffer
		if err := c.WriteSVG(&svg); err != nil {
			t.Fatal(err)
		}
		if err := c.WritePNG(&png, 72); err != nil {
			t.Fatal(err)
		}
		want[c.Name+".svg"], want[c.Name+".png"] = svg.Bytes(), png.Bytes()
		names = append(names, c.Name+".svg", c.Name+".png")
	}
	names = append([]string{"results.md", "results.html"}, names...)
	if len(files) != len(names) {
		t.Fatalf("%d files, want %d", len(files), len(names))
	}
	for i, f := range files {
		if f.Name != names[i] {
			t.Errorf("file %d is %s, want %s", i, f.Name, names[i])
		}
		for range 2 { // writing a file twice gives the same bytes
			var b bytes.Buffer
			n, err := f.WriteTo(&b)
			if err != nil {
				t.Fatal(err)
			}
			if n != int64(b.Len()) || !bytes.Equal(b.Bytes(), want[f.Name]) {
				t.Errorf("%s: %d bytes (count %d), differs from the wrapper's output", f.Name, b.Len(), n)
			}
		}
	}
	if files, _ := d.Files(0); len(files) != 2+len(d.Charts()) {
		t.Errorf("Files(0) has %d files, want md, html and one SVG per chart", len(files))
	}
	for _, dpi := range []int{-1, report.MaxDPI + 1} {
		if _, err := d.Files(dpi); !errors.Is(err, report.ErrOptions) {
			t.Errorf("Files(%d): %v, want ErrOptions", dpi, err)
		}
	}
}

// Every format WriterTo accepts gives deterministic bytes with the
// format's signature; PDF and EPS carry no clock time.
func TestChartFormats(t *testing.T) {
	a := sleepAnalysis(t)
	magic := map[string]string{"svg": "<?xml", "png": "\x89PNG", "jpg": "\xff\xd8", "jpeg": "\xff\xd8",
		"tif": "II*\x00", "tiff": "II*\x00", "pdf": "%PDF-", "eps": "%!PS-Adobe"}
	render := func(format string) []byte {
		c := must(report.Charts(a, report.Options{}))[0] // a new plot each time
		wt, err := c.WriterTo(format, 72)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		n, err := wt.WriteTo(&b)
		if err != nil {
			t.Fatal(err)
		}
		if n != int64(b.Len()) {
			t.Errorf("%s: WriteTo counted %d bytes, wrote %d", format, n, b.Len())
		}
		return b.Bytes()
	}
	for _, format := range report.ChartFormats() {
		t.Run(format, func(t *testing.T) {
			first := render(format)
			if !bytes.HasPrefix(first, []byte(magic[format])) {
				t.Errorf("starts with %q, want %q", first[:min(len(first), 12)], magic[format])
			}
			if second := render(strings.ToUpper(format)); !bytes.Equal(first, second) {
				t.Errorf("two renders differ (%d and %d bytes)", len(first), len(second))
			}
			if bytes.Contains(first, []byte("CreationDate")) && !bytes.Contains(first, []byte("D:19700101000000")) {
				t.Errorf("carries a creation date that is not the epoch")
			}
		})
	}
	c := must(report.Charts(a, report.Options{}))[0]
	for _, bad := range []struct {
		format string
		dpi    int
	}{{"gif", 72}, {"", 72}, {"png", 0}, {"png", report.MaxDPI + 1}, {"jpeg", -1}} {
		if _, err := c.WriterTo(bad.format, bad.dpi); !errors.Is(err, report.ErrOptions) {
			t.Errorf("WriterTo(%q, %d): %v, want ErrOptions", bad.format, bad.dpi, err)
		}
	}
	for _, dpi := range []int{0, 1e6} { // vector formats ignore dpi
		if _, err := c.WriterTo("pdf", dpi); err != nil {
			t.Errorf("WriterTo(pdf, %d): %v", dpi, err)
		}
	}
}

// A Document writes the same bytes from several goroutines at once.
func TestDocumentConcurrent(t *testing.T) {
	d := must(report.New(articleAnalysis(t), report.Options{}))
	var want bytes.Buffer
	if err := d.WriteHTML(&want); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			var b bytes.Buffer
			err := d.WriteHTML(&b)
			if err == nil && !bytes.Equal(b.Bytes(), want.Bytes()) {
				err = fmt.Errorf("concurrent WriteHTML differs")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
