package pdf

import (
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// style is a font of the Go family. Three are enough: bold italic would be
// a fourth font to load, measure and subset in every file, for one heading
// level, which is bold instead.
type style uint8

const (
	regular style = iota
	bold
	italic
	numStyles
)

// fpdfStyle is the style string fpdf knows each font by.
var fpdfStyle = [numStyles]string{"", "B", "I"}

// ttf holds the TrueType files, from golang.org/x/image (BSD licence, the
// Go fonts by Bigelow & Holmes): they are compiled into the program, so
// nothing is read from the system at run time.
var ttf = [numStyles][]byte{goregular.TTF, gobold.TTF, goitalic.TTF}

// tableRunes is how many code points the width tables hold: Latin, Greek,
// Cyrillic, general punctuation (– — ‘ ’ „ “ ” …), currency and the
// mathematical operators (−). Others are looked up in the font as met.
const tableRunes = 0x2300

// metrics are a font's advance widths in thousandths of an em, and the font
// itself for code points beyond the table. A width of -1 means the font
// has no glyph: the writer prints U+FFFD instead.
type metrics struct {
	f     *sfnt.Font
	upem  fixed.Int26_6
	width [tableRunes]int16
}

var fonts = sync.OnceValue(func() *[numStyles]*metrics {
	var all [numStyles]*metrics
	var buf sfnt.Buffer
	for s := range numStyles {
		f, err := sfnt.Parse(ttf[s])
		if err != nil {
			panic("pdf: the embedded Go font does not parse: " + err.Error())
		}
		m := &metrics{f: f, upem: fixed.Int26_6(f.UnitsPerEm()) << 6}
		for r := range rune(tableRunes) {
			m.width[r] = m.lookup(&buf, r)
		}
		all[s] = m
	}
	return &all
})

// lookup returns the advance of r in thousandths of an em, or -1.
func (m *metrics) lookup(buf *sfnt.Buffer, r rune) int16 {
	gi, err := m.f.GlyphIndex(buf, r)
	if err != nil || gi == 0 {
		return -1
	}
	adv, err := m.f.GlyphAdvance(buf, gi, m.upem, font.HintingNone)
	if err != nil {
		return -1
	}
	return int16(int64(adv) * 1000 / int64(m.upem))
}

// has reports whether the font can print r; buf is the caller's.
func (m *metrics) has(buf *sfnt.Buffer, r rune) bool {
	if r < tableRunes {
		return m.width[r] >= 0
	}
	return r <= 0xFFFF && m.lookup(buf, r) >= 0
}

// advance returns the width of s in thousandths of an em.
func (m *metrics) advance(buf *sfnt.Buffer, s string) int {
	w := 0
	for _, r := range s {
		if r < tableRunes && m.width[r] >= 0 {
			w += int(m.width[r])
		} else if a := m.lookup(buf, r); a >= 0 {
			w += int(a)
		} else {
			w += int(m.width['?'])
		}
	}
	return w
}
