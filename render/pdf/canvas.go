package pdf

import (
	"strconv"

	"golang.org/x/image/font/sfnt"
)

// k is points per millimetre: the layout is in millimetres from the top
// left corner, PDF in points from the bottom left.
const k = 72 / 25.4

// rgb is a colour in DeviceRGB, which the output intent says is sRGB.
type rgb [3]uint8

// canvas is the content stream of one page (ISO 32000-1, 8 and 9): the few
// operations the layout uses, each writing its operators. The graphics
// state is tracked so that a colour, a line width or a font is set only
// when it changes.
type canvas struct {
	b             []byte
	fill, stroke  rgb
	fillOK, strOK bool
	lw            float64
	font          style
	size          float64 // 0 until a font is set
	fs            *fontSet
	// The marked content open (ISO 32000-1, 14.6): an artifact, or the
	// text of the structure element openEl, or neither.
	inArt  bool
	openEl int32
}

// art starts an artifact (14.8.2.2) unless one is open: what is drawn is
// not the document's text, and a reader of the structure skips it.
// Rectangles and lines always are; text is when the writer says so.
func (c *canvas) art() {
	if !c.inArt {
		c.endMC()
		c.b = append(c.b, "/Artifact BMC\n"...)
		c.inArt = true
	}
}

// beginMC starts the marked content of element el's text, of structure
// type typ, with the id mcid.
func (c *canvas) beginMC(el int32, typ string, mcid int) {
	c.endMC()
	b := append(c.b, '/')
	b = append(b, typ...)
	b = append(b, "<</MCID "...)
	b = strconv.AppendInt(b, int64(mcid), 10)
	c.b = append(b, ">>BDC\n"...)
	c.openEl = el
}

// endMC ends the open marked content, if any.
func (c *canvas) endMC() {
	if c.inArt || c.openEl != 0 {
		c.b = append(c.b, "EMC\n"...)
		c.inArt, c.openEl = false, 0
	}
}

// fontSet is the document's fonts: what each prints, and whether a page
// names it at all.
type fontSet struct {
	use  [numStyles]*fontUse
	used [numStyles]bool
	buf  *sfnt.Buffer
}

func (c *canvas) num(v float64) {
	c.b = appendNum(c.b, v)
	c.b = append(c.b, ' ')
}

func (c *canvas) colour(op string, v rgb) {
	for _, x := range v {
		switch x {
		case 0:
			c.b = append(c.b, '0', ' ')
		case 255:
			c.b = append(c.b, '1', ' ')
		default: // three decimals
			n := (int(x)*1000 + 127) / 255
			c.b = append(c.b, '0', '.', byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10), ' ')
		}
	}
	c.b = append(c.b, op...)
	c.b = append(c.b, '\n')
}

// setFill sets the colour text and areas are painted in.
func (c *canvas) setFill(v rgb) {
	if !c.fillOK || c.fill != v {
		c.colour("rg", v)
		c.fill, c.fillOK = v, true
	}
}

// setStroke sets the colour lines are drawn in.
func (c *canvas) setStroke(v rgb) {
	if !c.strOK || c.stroke != v {
		c.colour("RG", v)
		c.stroke, c.strOK = v, true
	}
}

// lineWidth sets the width of lines, in millimetres.
func (c *canvas) lineWidth(w float64) {
	if c.lw != w {
		c.num(w * k)
		c.b = append(c.b, "w\n"...)
		c.lw = w
	}
}

// rect paints a rectangle with its top left corner at x, y: op is f to
// fill it, S to draw its outline, B for both.
func (c *canvas) rect(x, y, w, h float64, op string) {
	c.art()
	c.num(x * k)
	c.num((pageH - y) * k)
	c.num(w * k)
	c.num(-h * k)
	c.b = append(c.b, "re "...)
	c.b = append(c.b, op...)
	c.b = append(c.b, '\n')
}

// line draws a straight line.
func (c *canvas) line(x1, y1, x2, y2 float64) {
	c.art()
	c.num(x1 * k)
	c.num((pageH - y1) * k)
	c.b = append(c.b, "m "...)
	c.num(x2 * k)
	c.num((pageH - y2) * k)
	c.b = append(c.b, "l S\n"...)
}

// text shows s in the font st at size points, its baseline starting at x,
// y. Each character is shown by its code in the document's subset of the
// font; one the font lacks (the typesetter has replaced them all) is left
// out rather than shown as .notdef, which PDF/A forbids. The caller opens
// the marked content it belongs to. The operators are appended to a local
// slice, stored once: the page is on the heap and each store of c.b costs
// a write barrier while the collector runs.
func (c *canvas) text(st style, size, x, y float64, s string) {
	b := append(c.b, "BT "...)
	if st != c.font || size != c.size {
		b = append(b, '/', 'F', byte('0'+st), ' ')
		b = appendNum(b, size)
		b = append(b, " Tf "...)
		c.font, c.size = st, size
		c.fs.used[st] = true
	}
	b = appendNum(b, x*k)
	b = append(b, ' ')
	b = appendNum(b, (pageH-y)*k)
	b = append(b, " Td ("...)
	u, buf := c.fs.use[st], c.fs.buf
	for _, r := range s {
		if cid := u.cid(buf, r); cid != 0 {
			b = appendCode(appendCode(b, byte(cid>>8)), byte(cid))
		}
	}
	c.b = append(b, ") Tj ET\n"...)
}

// appendCode appends a byte of a code to a literal string (ISO 32000-1,
// 7.3.4.2): the codes are two bytes each, written as they are but for the
// three that end or escape a string and the carriage return, which a
// reader would take for an end of line.
func appendCode(b []byte, c byte) []byte {
	switch c {
	case '(', ')', '\\':
		return append(b, '\\', c)
	case '\r':
		return append(b, '\\', 'r')
	}
	return append(b, c)
}
