package security

import (
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// SubjectBand is how many data subjects a processing covers, in the three
// bands of the Danish public-sector risk scoring (seed 004 Bilag C.2).
type SubjectBand string

// The bands. The middle band includes both of its ends: 1 000 and 10 000
// data subjects are both [From1000To10000].
const (
	Under1000       SubjectBand = "under-1000" // fewer than 1 000 data subjects: 1 point
	From1000To10000 SubjectBand = "1000-10000" // 1 000 to 10 000 data subjects: 2 points
	Over10000       SubjectBand = "over-10000" // more than 10 000 data subjects: 3 points
)

// BandFor returns the band for a count of n data subjects, and "" when n is
// negative.
func BandFor(n int) SubjectBand {
	switch {
	case n < 0:
		return ""
	case n < 1000:
		return Under1000
	case n <= 10000:
		return From1000To10000
	}
	return Over10000
}

// subjectBands reads [SubjectBands].
var subjectBands = enum.New(SubjectBands, func(d *SubjectBandDef) SubjectBand { return d.ID }, func(d *SubjectBandDef) i18n.Text { return d.Name })

// Def returns the definition of b from [SubjectBands], and false when b is
// not a band.
func (b SubjectBand) Def() (SubjectBandDef, bool) { return subjectBands.Def(b) }

// Valid reports whether b is one of [SubjectBands].
func (b SubjectBand) Valid() bool { return subjectBands.Valid(b) }

// In returns the band's name in language l, falling back to English, or the
// value as written when it is not a band, so that a SubjectBand is a
// localized argument of finding messages.
func (b SubjectBand) In(l i18n.Lang) string { return subjectBands.In(b, l) }

// Points returns the risk points for the band: 1, 2 or 3, and 0 when b is
// not a band.
func (b SubjectBand) Points() int {
	switch b {
	case Under1000:
		return 1
	case From1000To10000:
		return 2
	case Over10000:
		return 3
	}
	return 0
}

// SubjectBandDef defines a [SubjectBand]: its name in each language and its
// points.
type SubjectBandDef struct {
	ID     SubjectBand // the band
	Name   i18n.Text   // name, with numbers written the way each language writes them
	Points int         // risk points
}

// SubjectBands defines every [SubjectBand], from the smallest.
var SubjectBands = []SubjectBandDef{
	{
		ID: Under1000,
		Name: i18n.Text{
			EN: "Fewer than 1,000 data subjects",
			SV: "Färre än 1\u00a0000 registrerade",
			NB: "Færre enn 1\u00a0000 registrerte",
			DA: "Under 1.000 registrerede",
		},
		Points: 1,
	},
	{
		ID: From1000To10000,
		Name: i18n.Text{
			EN: "1,000 to 10,000 data subjects",
			SV: "1\u00a0000–10\u00a0000 registrerade",
			NB: "1\u00a0000–10\u00a0000 registrerte",
			DA: "1.000–10.000 registrerede",
		},
		Points: 2,
	},
	{
		ID: Over10000,
		Name: i18n.Text{
			EN: "More than 10,000 data subjects",
			SV: "Fler än 10\u00a0000 registrerade",
			NB: "Flere enn 10\u00a0000 registrerte",
			DA: "Over 10.000 registrerede",
		},
		Points: 3,
	},
}

// The points each data or processing factor adds to a [Risk] score (seed
// 004 Bilag C.2). Ordinary personal data (GDPR Art. 6) add nothing.
const (
	// PointsSpecialCategories is added for special categories of personal
	// data (GDPR Art. 9).
	PointsSpecialCategories = 3
	// PointsConfidential is added for other confidential personal data, such
	// as national identity numbers, data on private matters or data on
	// criminal offences.
	PointsConfidential = 2
	// PointsSpecialProcessing is added for special processing, such as
	// monitoring, profiling or automated decisions.
	PointsSpecialProcessing = 2
)

// Risk is the Danish public-sector risk scoring of seed 004 Bilag C.2
// (DOMAIN.md §5.3): points for the number of data subjects, plus points for
// each kind of data and processing present. The factors add up, so the
// score runs from 1 to 10 and falls in the bands of [Levels].
type Risk struct {
	// Subjects is how many data subjects the processing covers.
	Subjects SubjectBand `json:"subjects"`
	// SpecialCategories is set when special categories of personal data
	// (GDPR Art. 9) are processed: 3 points.
	SpecialCategories bool `json:"specialCategories,omitzero"`
	// Confidential is set when other confidential personal data are
	// processed, including national identity numbers (CPR, personnummer,
	// fødselsnummer) and data on criminal offences: 2 points.
	Confidential bool `json:"confidential,omitzero"`
	// SpecialProcessing is set when the processing includes monitoring,
	// profiling, mapping of behaviour or automated decisions: 2 points.
	SpecialProcessing bool `json:"specialProcessing,omitzero"`
}

// Score returns the risk points of r, from 1 to 10, or 0 when r.Subjects is
// not a valid band: without the number of data subjects there is no score.
func (r Risk) Score() int {
	n := r.Subjects.Points()
	if n == 0 {
		return 0
	}
	if r.SpecialCategories {
		n += PointsSpecialCategories
	}
	if r.Confidential {
		n += PointsConfidential
	}
	if r.SpecialProcessing {
		n += PointsSpecialProcessing
	}
	return n
}

// Level returns the level r's score falls in: 1–2 [VeryLow], 3–4 [Basic],
// 5–6 [Considerable], 7–10 [High]; "" when there is no score.
func (r Risk) Level() Level {
	return LevelForScore(r.Score())
}

// LevelForScore returns the level for a risk score, and "" for a score
// outside 1–10.
func LevelForScore(score int) Level {
	switch {
	case score < 1 || score > 10:
		return ""
	case score <= 2:
		return VeryLow
	case score <= 4:
		return Basic
	case score <= 6:
		return Considerable
	}
	return High
}
