package pdf

import (
	"bytes"
	"encoding/binary"
	"math"
	"sync"
)

// The output intent's colour profile: sRGB, built here as an ICC version 2
// display ('mntr') profile from the published numbers rather than copied
// from a profile file. PDF/A (ISO 19005-2, 6.2.3) asks for an output intent
// with an embedded profile when device colours are used; the pages paint
// in DeviceRGB, which this profile says is sRGB.
//
// Sources:
//   - the profile format: ICC.1:2001-04, "File Format for Color Profiles"
//     (version 2.4.0), https://www.color.org/ICC_Minor_Revision_for_Web.pdf —
//     header (6.1), tag table (6.2), the tags a display profile needs (6.3:
//     profileDescription, mediaWhitePoint, copyright, the three colorants
//     and the three tone curves) and their types (desc, text, XYZ, curv);
//   - sRGB: IEC 61966-2-1:1999, as published in "A Standard Default Color
//     Space for the Internet – sRGB" (M. Stokes et al., 1996),
//     https://www.w3.org/Graphics/Color/sRGB.html — the D65 white point
//     and the tone curve (linear below 0.04045, else ((V+0.055)/1.055)^2.4);
//   - the colorants adapted to the D50 connection space (Bradford):
//     B. Lindbloom, "RGB/XYZ Matrices", sRGB with reference white D50,
//     http://www.brucelindbloom.com/index.html?Eqn_RGB_XYZ_Matrix.html
//     (the columns of its RGB-to-XYZ matrix).
var (
	iccWhiteD65 = [3]float64{0.9505, 1.0, 1.0890}
	iccD50      = [3]float64{0.9642, 1.0, 0.8249}
	iccRed      = [3]float64{0.4360747, 0.2225045, 0.0139322}
	iccGreen    = [3]float64{0.3850649, 0.7168786, 0.0971045}
	iccBlue     = [3]float64{0.1430804, 0.0606169, 0.7141733}
)

// iccCurvePoints is how many points the tone curve is sampled at.
const iccCurvePoints = 1024

// srgbProfile returns the profile, compressed with zlib, and its length
// uncompressed; it is built once per process.
var srgbProfile = sync.OnceValue(func() []byte {
	var z bytes.Buffer
	deflate(&z, buildSRGB())
	return z.Bytes()
})

// iccDescription names the profile (and the output condition).
const iccDescription = "sRGB IEC61966-2.1"

func buildSRGB() []byte {
	be := binary.BigEndian
	s15 := func(b []byte, v float64) []byte { return be.AppendUint32(b, uint32(int32(math.Round(v*65536)))) }
	xyz := func(v [3]float64) []byte {
		b := []byte("XYZ \x00\x00\x00\x00")
		for _, c := range v {
			b = s15(b, c)
		}
		return b
	}
	desc := []byte("desc\x00\x00\x00\x00")
	desc = be.AppendUint32(desc, uint32(len(iccDescription)+1))
	desc = append(desc, iccDescription+"\x00"...)
	desc = append(desc, make([]byte, 4+4+2+1+67)...) // no Unicode, no ScriptCode description
	cprt := []byte("text\x00\x00\x00\x00No copyright: built by dpakit from the published sRGB values\x00")
	curve := []byte("curv\x00\x00\x00\x00")
	curve = be.AppendUint32(curve, iccCurvePoints)
	for i := range iccCurvePoints {
		v := float64(i) / (iccCurvePoints - 1)
		l := v / 12.92
		if v > 0.04045 {
			l = math.Pow((v+0.055)/1.055, 2.4)
		}
		curve = be.AppendUint16(curve, uint16(math.Round(l*65535)))
	}
	type tagData struct {
		sig  string
		data []byte
	}
	tags := []tagData{
		{"desc", desc}, {"cprt", cprt}, {"wtpt", xyz(iccWhiteD65)},
		{"rXYZ", xyz(iccRed)}, {"gXYZ", xyz(iccGreen)}, {"bXYZ", xyz(iccBlue)},
		{"rTRC", curve}, {"gTRC", nil}, {"bTRC", nil}, // the three curves share one
	}
	tableAt := 128
	dataAt := tableAt + 4 + 12*len(tags)
	var data []byte
	table := be.AppendUint32(nil, uint32(len(tags)))
	last := 0
	for _, t := range tags {
		if t.data != nil {
			for len(data)%4 != 0 {
				data = append(data, 0)
			}
			last = len(data)
			data = append(data, t.data...)
		}
		table = append(table, t.sig...)
		table = be.AppendUint32(table, uint32(dataAt+last))
		size := len(t.data)
		if t.data == nil {
			size = len(curve)
		}
		table = be.AppendUint32(table, uint32(size))
	}
	size := dataAt + len(data)
	h := make([]byte, 0, 128)
	h = be.AppendUint32(h, uint32(size))
	h = append(h, 0, 0, 0, 0)                                // preferred CMM: none
	h = be.AppendUint32(h, 0x02100000)                       // version 2.1
	h = append(h, "mntrRGB XYZ "...)                         // display, RGB data, XYZ connection space
	h = append(h, 0x07, 0xEA, 0, 12, 0, 1, 0, 0, 0, 0, 0, 0) // 2026-12-01 00:00:00, fixed: the profile never changes
	h = append(h, "acsp"...)                                 // the profile file signature
	h = append(h, make([]byte, 4+4+4+4+8+4)...)              // platform, flags, manufacturer, model, attributes, perceptual intent
	for _, c := range iccD50 {                               // the connection space's illuminant
		h = s15(h, c)
	}
	h = append(h, make([]byte, 128-len(h))...) // creator, reserved
	out := append(h, table...)
	return append(out, data...)
}
