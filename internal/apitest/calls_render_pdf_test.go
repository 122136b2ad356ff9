package apitest

import (
	"io"

	"github.com/dpakit/dpakit/render"
	"github.com/dpakit/dpakit/render/pdf"
)

var pdfCalls = calls{
	"pdf.Write":                   func() { use(pdf.Write(nil, nil)) },
	"pdf.Write#zero":              func() { use(pdf.Write(io.Discard, &render.Document{})) },
	"pdf.WriteParallel":           func() { use(pdf.WriteParallel(nil, nil, nil)) },
	"pdf.WriteParallel#zero":      func() { use(pdf.WriteParallel(io.Discard, &render.Document{}, &render.Document{})) },
	"pdf.WriteParallel#nil-right": func() { use(pdf.WriteParallel(io.Discard, &render.Document{}, nil)) },
	"pdf.Lang":                    func() { use(pdf.Lang("")) },
}
