package report_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/pairedt/pairedt/report"
)

// Rendering shares one goldmark converter and the gonum/plot font cache
// between goroutines; run with -race to check they are safe to share, and
// that concurrent renders give the same bytes as a sequential one.
func TestConcurrentRenders(t *testing.T) {
	a := articleAnalysis(t)
	want := renderString(t, report.HTML, a, report.Options{Lang: report.Indonesian})
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := report.HTML(&b, a, report.Options{Lang: report.Indonesian}); err != nil {
				errs <- err.Error()
				return
			}
			if !bytes.Equal(b.Bytes(), want) {
				errs <- "concurrent render differs"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
