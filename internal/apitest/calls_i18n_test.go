package apitest

import "github.com/dpakit/dpakit/i18n"

var i18nCalls = calls{
	"i18n.Match":      func() { use(i18n.Match("")) },
	"i18n.Lang.Name":  func() { use(i18n.Lang("").Name()) },
	"i18n.Lang.Tag":   func() { use(i18n.Lang("").Tag()) },
	"i18n.Lang.Valid": func() { use(i18n.Lang("").Valid()) },
	"i18n.T":          func() { use(i18n.T("")) },
	"i18n.Text.Each":  func() { i18n.Text{}.Each(nil) },
	"i18n.Text.Each#nil-func-with-text": func() {
		i18n.T("x").Each(nil)
	},
	"i18n.Text.Get":               func() { use(i18n.Text{}.Get("", "")) },
	"i18n.Text.In":                func() { use(i18n.Text{}.In("")) },
	"i18n.Text.IsZero":            func() { use(i18n.Text{}.IsZero()) },
	"i18n.Text.Set":               func() { use(i18n.Text{}.Set("", "")) },
	"i18n.UnsupportedError.Error": func() { use((&i18n.UnsupportedError{}).Error()) },
	"i18n.UnsupportedError.Error#nil": func() {
		var e *i18n.UnsupportedError
		use(e.Error())
	},
}
