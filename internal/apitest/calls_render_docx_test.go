package apitest

import (
	"io"

	"github.com/dpakit/dpakit/render"
	"github.com/dpakit/dpakit/render/docx"
)

var docxCalls = calls{
	"docx.Write":                   func() { use(docx.Write(nil, nil)) },
	"docx.Write#zero":              func() { use(docx.Write(io.Discard, &render.Document{})) },
	"docx.WriteParallel":           func() { use(docx.WriteParallel(nil, nil, nil)) },
	"docx.WriteParallel#zero":      func() { use(docx.WriteParallel(io.Discard, &render.Document{}, &render.Document{})) },
	"docx.WriteParallel#nil-right": func() { use(docx.WriteParallel(io.Discard, &render.Document{}, nil)) },
	"docx.Lang":                    func() { use(docx.Lang("")) },
}
