package report_test

import (
	"os"
	"testing"

	"github.com/pairedt/pairedt/report"
)

func TestLook(t *testing.T) {
	a := articleAnalysis(t)
	for _, l := range []report.Lang{report.English, report.Indonesian} {
		f, _ := os.Create("/tmp/rlook/" + string(l) + ".md")
		if err := report.Markdown(f, a, report.Options{Lang: l}); err != nil {
			t.Fatal(err)
		}
		f.Close()
		f, _ = os.Create("/tmp/rlook/" + string(l) + ".html")
		if err := report.HTML(f, a, report.Options{Lang: l}); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	cs, _ := report.Charts(a, report.Options{})
	for _, c := range cs {
		f, _ := os.Create("/tmp/rlook/" + c.Name + ".png")
		c.WritePNG(f, 96)
		f.Close()
	}
}
