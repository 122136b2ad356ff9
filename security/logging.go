package security

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// LogField is an item of information every log entry must hold. In JSON it
// is a kebab-case string such as "data-subject".
type LogField string

// The log fields. Seed 000 §11.12 items 1–4 (and HSLF-FS 2016:40 4 kap. 9 §)
// ask for the action, the unit, the time, and the identities of the user and
// the data subject; seed 004 Bilag C.2.10 asks for the time, the user, the
// type of use, and the data subject or the search criterion used.
const (
	LogTime            LogField = "time"             // when the action was taken
	LogUser            LogField = "user"             // who took it
	LogDataSubject     LogField = "data-subject"     // whose data it concerned
	LogAction          LogField = "action"           // what was done (the type of use)
	LogUnit            LogField = "unit"             // the organisational unit, such as a care unit, where it was done
	LogSearchCriterion LogField = "search-criterion" // the search term used, when the action was a search
)

// logFields reads [LogFields].
var logFields = enum.Of(LogFields)

// Def returns the definition of f from [LogFields], and false when f is not
// a log field.
func (f LogField) Def() (LogFieldDef, bool) { return logFields.Def(f) }

// Valid reports whether f is one of [LogFields].
func (f LogField) Valid() bool { return logFields.Valid(f) }

// In returns the field's name in language l, falling back to English, or
// the value as written when it is not a field, so that a LogField is a
// localized argument of finding messages.
func (f LogField) In(l i18n.Lang) string { return logFields.In(f, l) }

// LogFieldDef defines a [LogField]: its ID, its short Name as in a list of
// log contents and a Description of what the log entry records, in each
// language.
type LogFieldDef = enum.Def[LogField]

// LogFields defines every [LogField], in the order of the constants.
var LogFields = []LogFieldDef{
	{
		ID:   LogTime,
		Name: i18n.Text{EN: "Time", SV: "Tidpunkt", NB: "Tidspunkt", DA: "Tidspunkt"},
		Description: i18n.Text{
			EN: "When the action was taken.",
			SV: "När åtgärden vidtogs.",
			NB: "Når handlingen ble utført.",
			DA: "Hvornår handlingen blev foretaget.",
		},
	},
	{
		ID:   LogUser,
		Name: i18n.Text{EN: "User", SV: "Användare", NB: "Bruker", DA: "Bruger"},
		Description: i18n.Text{
			EN: "The identity of the user who took the action.",
			SV: "Identiteten hos den användare som vidtog åtgärden.",
			NB: "Identiteten til brukeren som utførte handlingen.",
			DA: "Identiteten på den bruger, der foretog handlingen.",
		},
	},
	{
		ID:   LogDataSubject,
		Name: i18n.Text{EN: "Data subject", SV: "Den registrerade", NB: "Den registrerte", DA: "Den registrerede"},
		Description: i18n.Text{
			EN: "The identity of the data subject whose personal data the action concerned.",
			SV: "Identiteten hos den registrerade vars personuppgifter åtgärden gällde.",
			NB: "Identiteten til den registrerte som handlingen gjaldt personopplysninger om.",
			DA: "Identiteten på den registrerede, hvis personoplysninger handlingen vedrørte.",
		},
	},
	{
		ID:   LogAction,
		Name: i18n.Text{EN: "Action", SV: "Åtgärd", NB: "Handling", DA: "Handling"},
		Description: i18n.Text{
			EN: "What was done with the personal data, such as reading, changing or printing them.",
			SV: "Vad som gjordes med personuppgifterna, till exempel läsning, ändring eller utskrift.",
			NB: "Hva som ble gjort med personopplysningene, for eksempel lesing, endring eller utskrift.",
			DA: "Hvad der blev gjort med personoplysningerne, for eksempel læsning, ændring eller udskrivning.",
		},
	},
	{
		ID:   LogUnit,
		Name: i18n.Text{EN: "Unit", SV: "Enhet", NB: "Enhet", DA: "Enhed"},
		Description: i18n.Text{
			EN: "The organisational unit, such as a care unit, where the action was taken.",
			SV: "Den organisatoriska enhet, till exempel en vårdenhet, där åtgärden vidtogs.",
			NB: "Den organisatoriske enheten, for eksempel en behandlingsenhet, der handlingen ble utført.",
			DA: "Den organisatoriske enhed, for eksempel et behandlingssted, hvor handlingen blev foretaget.",
		},
	},
	{
		ID:   LogSearchCriterion,
		Name: i18n.Text{EN: "Search criterion", SV: "Sökbegrepp", NB: "Søkekriterium", DA: "Søgekriterium"},
		Description: i18n.Text{
			EN: "The search term used to find the personal data, when the action was a search.",
			SV: "Det sökbegrepp som användes för att hitta personuppgifterna, när åtgärden var en sökning.",
			NB: "Søkekriteriet som ble brukt for å finne personopplysningene, når handlingen var et søk.",
			DA: "Det søgekriterium, der blev brugt til at finde personoplysningerne, når handlingen var en søgning.",
		},
	},
}

// Logging is the logging measure: the processor records access to and use
// of the personal data automatically. Seed 000 §11.12 (Swedish healthcare,
// after HSLF-FS 2016:40 4 kap. 9 §) sets six requirements, modelled by
// Content (items 1–4), SpotChecks (5) and ChecksDocumented (6), and a
// retention of at least five years; seed 004 Bilag C.2.10 keeps logs for 13
// months.
type Logging struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// Content lists what every log entry must hold. Empty means the agreement
	// does not list it.
	Content []LogField `json:"content,omitzero"`
	// Retention is how long logs are kept, such as 5 years (seed 000) or
	// 13 months (seed 004). Zero means not agreed.
	Retention civil.Period `json:"retention,omitzero"`
	// RetentionBound says whether Retention is a minimum (the logs may be
	// deleted only after it, seed 000), a maximum (they must be deleted by
	// then) or both (kept for it, then deleted, seed 004). Blank reads as
	// exactly.
	RetentionBound Bound `json:"retentionBound,omitzero"`
	// SpotChecks is set when the processor must check the logs by
	// systematic, recurring spot checks (seed 000 §11.12 item 5).
	SpotChecks bool `json:"spotChecks,omitzero"`
	// ChecksDocumented is set when the log checks must be documented (seed
	// 000 §11.12 item 6).
	ChecksDocumented bool `json:"checksDocumented,omitzero"`
	// LockoutAfterFailures is the number of consecutive failed log-ins after
	// which a user is blocked, such as 3 or 5 in Danish clauses (DOMAIN.md
	// §5.2). Zero means no lockout is agreed; it must not be negative.
	LockoutAfterFailures int `json:"lockoutAfterFailures,omitzero"`
}

// HSLFLogging returns the logging that Swedish healthcare requires under
// HSLF-FS 2016:40 4 kap. 9 § and that seed 000 §11.12 writes into its
// agreement: action, unit, time, user and data subject in every entry,
// systematic and documented spot checks, and logs kept at least five years.
// Each call returns a new value that the caller may change.
func HSLFLogging() *Logging {
	return &Logging{
		Content:          []LogField{LogAction, LogUnit, LogTime, LogUser, LogDataSubject},
		Retention:        civil.Of(5, civil.Years),
		RetentionBound:   AtLeast,
		SpotChecks:       true,
		ChecksDocumented: true,
	}
}

// Bound says which way a period binds: as a minimum, a maximum or both.
type Bound string

// The bounds.
const (
	AtLeast Bound = "at-least" // kept at least this long; may be kept longer
	AtMost  Bound = "at-most"  // kept no longer than this; deleted by then
	Exactly Bound = "exactly"  // kept this long, then deleted
)

// BoundDef defines a [Bound]: its ID and its Name in each language.
type BoundDef = enum.Def[Bound]

// Bounds defines every [Bound], in the order a form offers them.
var Bounds = []BoundDef{
	{ID: AtLeast, Name: i18n.Text{EN: "At least", SV: "Minst", NB: "Minst", DA: "Mindst"}},
	{ID: AtMost, Name: i18n.Text{EN: "At most", SV: "Högst", NB: "Høyst", DA: "Højst"}},
	{ID: Exactly, Name: i18n.Text{EN: "Exactly, then deleted", SV: "Exakt, därefter raderas", NB: "Nøyaktig, deretter slettes", DA: "Præcis, derefter slettes"}},
}

// bounds reads [Bounds].
var bounds = enum.Of(Bounds)

// Def returns the definition of b from [Bounds], and false when b is not
// a bound.
func (b Bound) Def() (BoundDef, bool) { return bounds.Def(b) }

// Valid reports whether b is one of [Bounds].
func (b Bound) Valid() bool { return bounds.Valid(b) }

// In returns the name of b in language l, falling back to English, or the
// value as written when it is not a bound, so that a Bound is a localized
// argument of finding messages.
func (b Bound) In(l i18n.Lang) string { return bounds.In(b, l) }

// Keeps reports whether logs kept under l are kept at least min: its
// retention is at least min and not only a maximum. A nil Logging keeps
// nothing.
func (l *Logging) Keeps(min civil.Period) bool {
	if l == nil || l.RetentionBound == AtMost || l.Retention.IsZero() {
		return false
	}
	sign, exact := l.Retention.Compare(min)
	if exact {
		return sign >= 0
	}
	lo, _ := l.Retention.Bounds()
	_, hi := min.Bounds()
	return lo >= hi
}

// DeletesBy reports whether logs kept under l are deleted by max at the
// latest: its retention is a maximum or exact, and no longer than max. A
// nil Logging, or a retention only as a minimum, deletes nothing.
func (l *Logging) DeletesBy(max civil.Period) bool {
	if l == nil || l.RetentionBound == AtLeast || l.Retention.IsZero() {
		return false
	}
	sign, exact := l.Retention.Compare(max)
	if exact {
		return sign <= 0
	}
	_, hi := l.Retention.Bounds()
	lo, _ := max.Bounds()
	return hi <= lo
}
