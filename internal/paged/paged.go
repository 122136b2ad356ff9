// Package paged joins render's own formats with the paged ones that
// render/docx and render/pdf write, for the two programs that offer all of
// them: the CLI and the HTTP service. render cannot do it itself, since
// the writers import render; a library user who wants only Markdown links
// neither writer.
package paged

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dpakit/dpakit/render"
	"github.com/dpakit/dpakit/render/docx"
	"github.com/dpakit/dpakit/render/pdf"
)

// The paged formats.
const (
	DOCX render.Format = "docx"
	PDF  render.Format = "pdf"
)

// Formats are every format: render's, then the paged ones.
var Formats = append(slices.Clone(render.Formats), DOCX, PDF)

// Is reports whether f is written by render/docx or render/pdf.
func Is(f render.Format) bool { return f == DOCX || f == PDF }

// ParseFormat is render.ParseFormat with docx (or word) and pdf.
func ParseFormat(s string) (render.Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "docx", "word":
		return DOCX, nil
	case "pdf":
		return PDF, nil
	}
	f, err := render.ParseFormat(s)
	if err != nil {
		return "", fmt.Errorf("render: unknown format %q (supported: markdown, html, text, docx, pdf)", s)
	}
	return f, nil
}

// Write writes d in format f.
func Write(w io.Writer, d *render.Document, f render.Format) error {
	switch f {
	case DOCX:
		return docx.Write(w, d)
	case PDF:
		return pdf.Write(w, d)
	}
	return render.Write(w, d, f)
}

// WriteParallel writes left and right side by side in the paged format f;
// HTML side by side is render.Parallel, from the agreement.
func WriteParallel(w io.Writer, left, right *render.Document, f render.Format) error {
	switch f {
	case DOCX:
		return docx.WriteParallel(w, left, right)
	case PDF:
		return pdf.WriteParallel(w, left, right)
	}
	return fmt.Errorf("render: %s cannot be written side by side from documents", f)
}
