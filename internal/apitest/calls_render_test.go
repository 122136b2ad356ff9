package apitest

import (
	"io"
	"testing/fstest"
	"time"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/render"
)

var renderCalls = calls{
	"render.Section.Prefix":            func() { var s *render.Section; use(s.Prefix(true)) },
	"render.Section.Prefix#zero":       func() { use((&render.Section{}).Prefix(false)) },
	"render.Section.HeadingSpans":      func() { var s *render.Section; use(s.HeadingSpans()) },
	"render.Section.HeadingSpans#zero": func() { use((&render.Section{}).HeadingSpans()) },
	"render.SignatureBlock.Lines":      func() { var b *render.SignatureBlock; use(b.Lines()) },
	"render.SignatureBlock.Lines#zero": func() { use((&render.SignatureBlock{}).Lines()) },
	"render.Document.PageOf":           func() { var d *render.Document; use(d.PageOf("", "")) },
	"render.Document.PageOf#zero":      func() { use((&render.Document{}).PageOf("", "")) },
	"render.Document.Reference":        func() { var d *render.Document; use(d.Reference()) },
	"render.Document.Reference#zero":   func() { use((&render.Document{}).Reference()) },
	"render.Document.TOCHeading":       func() { var d *render.Document; use(d.TOCHeading()) },
	"render.Document.TOCHeading#zero":  func() { use((&render.Document{}).TOCHeading()) },
	"render.BuildNotice":               func() { use(render.BuildNotice(nil, nil, "", render.NoticeOptions{})) },
	"render.BuildAmendment":            func() { use(render.BuildAmendment(nil, nil, "", render.Options{})) },
	"render.BuildAmendment#zero":       func() { use(render.BuildAmendment(&dpa.Agreement{}, &dpa.Agreement{}, "sv", render.Options{})) },
	"render.BuildAmendment#write": func() {
		d, err := render.BuildAmendment(&dpa.Agreement{}, &dpa.Agreement{Version: "2"}, "da", render.Options{})
		if err == nil {
			for _, f := range render.Formats {
				use(render.Write(io.Discard, d, f))
			}
		}
	},
	"render.BuildNotice#zero": func() {
		use(render.BuildNotice(&dpa.Agreement{}, &dpa.Agreement{}, "sv", render.NoticeOptions{Zone: time.UTC}))
	},
	"render.ParseFormat":           func() { use(render.ParseFormat("")) },
	"render.BlanksError.Error":     func() { use((&render.BlanksError{}).Error()) },
	"render.BlanksError.Error#nil": func() { var e *render.BlanksError; use(e.Error()) },
	"render.Build":                 func() { use(render.Build(nil, "", render.Options{})) },
	"render.Build#zero":            func() { use(render.Build(&dpa.Agreement{}, "", render.Options{})) },
	"render.Build#zero-lang":       func() { use(render.Build(examples.Reference(), "", render.Options{})) },
	"render.Write":                 func() { use(render.Write(nil, nil, "")) },
	"render.Write#nil-document":    func() { use(render.Write(io.Discard, nil, render.Markdown)) },
	"render.Write#zero-document":   func() { use(render.Write(io.Discard, &render.Document{}, render.HTML)) },
	"render.Write#nil-writer": func() {
		d, err := render.Build(examples.Reference(), "en", render.Options{})
		if err != nil {
			panic(err)
		}
		use(render.Write(nil, d, render.Markdown))
	},
	"render.LoadWording":       func() { use(render.LoadWording(nil)) },
	"render.LoadWording#empty": func() { use(render.LoadWording(fstest.MapFS{})) },
	"render.Render#zero-wording": func() {
		use(render.Render(io.Discard, examples.Reference(), "en", render.HTML, render.Options{Wording: &render.Wording{}}))
	},
	"render.Render":                func() { use(render.Render(nil, nil, "", "", render.Options{})) },
	"render.Render#nil-writer":     func() { use(render.Render(nil, examples.Reference(), "en", render.Markdown, render.Options{})) },
	"render.Render#zero-agreement": func() { use(render.Render(io.Discard, &dpa.Agreement{}, "en", render.Text, render.Options{})) },
	"render.Parallel":              func() { use(render.Parallel(nil, nil, "", "", render.Options{})) },
	"render.Parallel#nil-writer": func() {
		use(render.Parallel(nil, examples.Reference(), "en", "sv", render.Options{}))
	},
	"render.Parallel#zero-agreement": func() {
		use(render.Parallel(io.Discard, &dpa.Agreement{}, "en", "sv", render.Options{}))
	},
}
