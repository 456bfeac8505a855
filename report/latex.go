package report

import "io"

func (d *Document) WriteLaTeX(w io.Writer) error { return nil }
