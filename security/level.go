package security

import (
	"slices"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// Level is a security level: the band a [Risk] score falls in, and the level
// the parties agree the processor must keep. In JSON it is one of
// "very-low", "basic", "considerable" or "high".
type Level string

// The four levels of the Danish public-sector risk scoring (seed 004 Bilag
// C.2), from the lowest.
const (
	VeryLow      Level = "very-low"     // risk score 1–2
	Basic        Level = "basic"        // risk score 3–4
	Considerable Level = "considerable" // risk score 5–6
	High         Level = "high"         // risk score 7–10
)

// levels reads [Levels].
var levels = enum.New(Levels, func(d *LevelDef) Level { return d.ID }, func(d *LevelDef) i18n.Text { return d.Name })

// Def returns the definition of l from [Levels], and false when l is not a
// level.
func (l Level) Def() (LevelDef, bool) { return levels.Def(l) }

// Valid reports whether l is one of [Levels].
func (l Level) Valid() bool { return levels.Valid(l) }

// In returns the level's name in language lang, falling back to English,
// or the value as written when it is not a level; it makes a Level a
// localized argument of finding messages.
func (l Level) In(lang i18n.Lang) string { return levels.In(l, lang) }

// Rank orders the levels: 1 for [VeryLow] up to 4 for [High], and 0 for a
// value that is not a level. Compare levels by rank, never as strings.
func (l Level) Rank() int {
	switch l {
	case VeryLow:
		return 1
	case Basic:
		return 2
	case Considerable:
		return 3
	case High:
		return 4
	}
	return 0
}

// LevelDef defines a [Level]: its name and description in each language and
// the range of risk points that gives it.
type LevelDef struct {
	ID          Level     // the level
	Name        i18n.Text // name, as the level is written in an agreement
	Description i18n.Text // what kind of processing typically lands here
	Points      string    // the risk points that give the level, such as "1-2"
	MinScore    int       // the lowest score that gives the level
	MaxScore    int       // the highest score that gives the level
}

// Levels defines every [Level], from the lowest. The Danish names are those
// of seed 004 Bilag C.2 ("Meget lav", "Grundlæggende", …, "Høj", in the
// neuter that agrees with "sikkerhedsniveau"), except that the third is
// "Betydelig", the name
// of the middle level of the Danish national standard NSIS (Lav, Betydelig,
// Høj; "National Standard for Identiteters Sikringsniveauer (NSIS)",
// https://digst.dk/it-loesninger/standarder/nsis/). Seed 004
// lets the parties agree only a basic, considerable or high level; a very
// low score is then agreed as basic. The four languages name one scale:
// the second level is "Basic" in English and "Grunnleggende" in
// Norwegian, as in Swedish and Danish (review 24 en R2: review 20's "Low"
// and "Moderat" named different steps in English and Norwegian).
var Levels = []LevelDef{
	{
		ID: VeryLow,
		Name: i18n.Text{
			EN: "Very low",
			SV: "Mycket låg",
			NB: "Svært lavt",
			DA: "Meget lavt",
		},
		Description: i18n.Text{
			EN: "Risk score of 1–2 points, that is only ordinary personal data about no more than 10,000 data subjects and no monitoring or profiling.",
			SV: "Riskpoäng 1–2, det vill säga endast vanliga personuppgifter om högst 10\u00a0000 registrerade, utan övervakning eller profilering.",
			NB: "Risikopoeng 1–2, det vil si bare alminnelige personopplysninger om høyst 10\u00a0000 registrerte, uten overvåking eller profilering.",
			DA: "Samlet 1–2 point i risikovurderingen, det vil sige kun almindelige personoplysninger om højst 10.000 registrerede og ingen overvågning eller profilering.",
		},
		Points: "1-2", MinScore: 1, MaxScore: 2,
	},
	{
		ID: Basic,
		Name: i18n.Text{
			EN: "Basic",
			SV: "Grundläggande",
			NB: "Grunnleggende",
			DA: "Grundlæggende",
		},
		Description: i18n.Text{
			EN: "Risk score of 3–4 points, for example ordinary personal data about many data subjects, or other sensitive data or data of a highly personal nature, such as national identity numbers, about a smaller group.",
			SV: "Riskpoäng 3–4, till exempel vanliga personuppgifter om många registrerade eller andra skyddsvärda uppgifter, som personnummer, om en mindre grupp.",
			NB: "Risikopoeng 3–4, for eksempel alminnelige personopplysninger om mange registrerte eller andre opplysninger som krever særlig beskyttelse, som fødselsnummer, om en mindre gruppe.",
			DA: "Samlet 3–4 point i risikovurderingen, for eksempel almindelige personoplysninger om mange registrerede eller andre fortrolige oplysninger, som CPR-numre, om en mindre kreds.",
		},
		Points: "3-4", MinScore: 3, MaxScore: 4,
	},
	{
		ID: Considerable,
		Name: i18n.Text{
			EN: "Substantial",
			SV: "Betydande",
			NB: "Betydelig",
			DA: "Betydeligt",
		},
		Description: i18n.Text{
			EN: "Risk score of 5–6 points, typically when two risk factors occur together, such as many data subjects with other sensitive data or data of a highly personal nature, or special categories of personal data about more than a small group.",
			SV: "Riskpoäng 5–6, vanligen när två riskfaktorer sammanfaller, till exempel många registrerade och andra skyddsvärda uppgifter, eller särskilda kategorier av personuppgifter om fler än en liten grupp.",
			NB: "Risikopoeng 5–6, som regel når to risikofaktorer opptrer samtidig, for eksempel mange registrerte og andre opplysninger som krever særlig beskyttelse, eller særlige kategorier av personopplysninger om flere enn en liten gruppe.",
			DA: "Samlet 5–6 point i risikovurderingen, typisk når to risikofaktorer optræder samtidig, for eksempel mange registrerede kombineret med andre fortrolige oplysninger eller særlige kategorier af personoplysninger om mere end en lille kreds.",
		},
		Points: "5-6", MinScore: 5, MaxScore: 6,
	},
	{
		ID: High,
		Name: i18n.Text{
			EN: "High",
			SV: "Hög",
			NB: "Høyt",
			DA: "Højt",
		},
		Description: i18n.Text{
			EN: "Risk score of 7–10 points, where several risk factors add up, such as special categories of personal data together with other sensitive data or data of a highly personal nature, or profiling, often about many data subjects.",
			SV: "Riskpoäng 7–10, där flera riskfaktorer samverkar, till exempel särskilda kategorier av personuppgifter tillsammans med andra skyddsvärda uppgifter eller profilering, ofta om många registrerade.",
			NB: "Risikopoeng 7–10, der flere risikofaktorer virker sammen, for eksempel særlige kategorier av personopplysninger sammen med andre opplysninger som krever særlig beskyttelse, eller profilering, ofte om mange registrerte.",
			DA: "Samlet 7–10 point i risikovurderingen, hvor flere risikofaktorer forstærker hinanden, for eksempel særlige kategorier af personoplysninger sammen med andre fortrolige oplysninger eller profilering, ofte om mange registrerede.",
		},
		Points: "7-10", MinScore: 7, MaxScore: 10,
	},
}

// The measures each level calls for at least, in [Catalogue] order. Each
// level includes everything the level below calls for.
var (
	veryLowMeasures      = []MeasureID{MeasureAccessControl}
	basicMeasures        = []MeasureID{MeasureEncryptionInTransit, MeasureAccessControl}
	considerableMeasures = []MeasureID{MeasureEncryptionAtRest, MeasureEncryptionInTransit, MeasureMFAInternet, MeasureAccessControl, MeasureLogging}
)

func (l Level) measures() []MeasureID {
	switch l {
	case VeryLow:
		return veryLowMeasures
	case Basic:
		return basicMeasures
	case Considerable, High:
		return considerableMeasures
	}
	return nil
}

// RequiredMeasures returns the measures that an agreement at level l must
// require at least, in [Catalogue] order; nil when l is not a level. The
// slice is the caller's to keep. To check an agreement without allocating,
// use [Requirements.Missing].
//
// The tiers are dpakit's default policy, built from seed 004 Bilag C.2:
//
//   - very low: access control (C.2.2);
//   - basic: also encryption in transit (C.2.6);
//   - considerable and high: also encryption at rest (C.2.7),
//     multi-factor authentication for access over the internet (C.2.5) and
//     logging (C.2.10).
//
// Seed 004 itself requires all of C.2.1–C.2.11 whatever the level; the
// tiers here are the floor below which dpakit reports a measure as missing,
// not a statement of the law. Each level includes the measures of the levels
// below it, so raising the level never removes a requirement. Seed 004
// treats considerable and high alike (Bilag C.7), and so does this list.
func (l Level) RequiredMeasures() []MeasureID {
	return slices.Clone(l.measures())
}

// MinimumAudit returns the audit form seed 004 Bilag C.7 writes for an
// agreement at level l: an annual independent [ISAE3000Type2] report for
// considerable and high, and an annual [SelfDeclaration] for very low and
// basic. It returns "" when l is not a level.
//
// Other forms serve as well: a form f is enough for l when
// [AuditForm.Satisfies] says so, which is exactly when f's
// [AuditForm.Assurance] is at least that of MinimumAudit.
func (l Level) MinimumAudit() AuditForm {
	switch l {
	case VeryLow, Basic:
		return SelfDeclaration
	case Considerable, High:
		return ISAE3000Type2
	}
	return ""
}
