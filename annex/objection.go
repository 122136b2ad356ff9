package annex

import (
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// ObjectionGrounds is what the controller needs in order to object to an
// intended change of sub-processors under a general authorisation
// (GDPR Art. 28(2)). Empty means [NoGroundsNeeded], the library's rule.
type ObjectionGrounds string

// The grounds an objection may need.
const (
	// NoGroundsNeeded: the controller need not give reasons. Art. 28(2)
	// gives the controller the opportunity to object without a condition;
	// the library drafts this when the agreement says nothing else.
	NoGroundsNeeded ObjectionGrounds = "none"
	// ReasonableGrounds: the controller may object only on reasonable and
	// specific grounds, as some signed agreements provide (seed 001,
	// Annex B.1). Validation warns ([CodeObjectionGrounds]).
	ReasonableGrounds ObjectionGrounds = "reasonable"
)

// ObjectionGroundsDef defines an [ObjectionGrounds] value.
type ObjectionGroundsDef = enum.Def[ObjectionGrounds]

// ObjectionGroundsKinds defines every [ObjectionGrounds] value.
var ObjectionGroundsKinds = []ObjectionGroundsDef{
	{
		ID:   NoGroundsNeeded,
		Name: i18n.Text{EN: "No reasons needed", SV: "Skäl behöver inte anges", NB: "Begrunnelse kreves ikke", DA: "Begrundelse kræves ikke"},
		Description: i18n.Text{
			EN: "The controller may object to any intended change without giving reasons.",
			SV: "Den personuppgiftsansvarige får invända mot varje planerad ändring utan att ange skäl.",
			NB: "Den behandlingsansvarlige kan motsette seg enhver planlagt endring uten å begrunne det.",
			DA: "Den dataansvarlige kan gøre indsigelse mod enhver påtænkt ændring uden at begrunde den.",
		},
		Ref: "GDPR Art. 28(2)",
	},
	{
		ID:   ReasonableGrounds,
		Name: i18n.Text{EN: "Reasonable and specific grounds", SV: "Rimliga och konkreta skäl", NB: "Rimelig og konkret grunn", DA: "Rimelige og konkrete grunde"},
		Description: i18n.Text{
			EN: "The controller may object only on reasonable and specific grounds, where the parties agreed so.",
			SV: "Den personuppgiftsansvarige får invända endast av rimliga och konkreta skäl, när parterna har kommit överens om det.",
			NB: "Den behandlingsansvarlige kan motsette seg en endring bare med rimelig og konkret grunn, når partene har avtalt det.",
			DA: "Den dataansvarlige kan kun gøre indsigelse med rimelige og konkrete grunde, når parterne har aftalt det.",
		},
		Ref: "GDPR Art. 28(2)",
	},
}

// objectionGrounds reads [ObjectionGroundsKinds].
var objectionGrounds = enum.Of(ObjectionGroundsKinds)

// Def returns the definition of g, and false when g is not defined.
func (g ObjectionGrounds) Def() (ObjectionGroundsDef, bool) { return objectionGrounds.Def(g) }

// Valid reports whether g is one of [ObjectionGroundsKinds].
func (g ObjectionGrounds) Valid() bool { return objectionGrounds.Valid(g) }

// In returns the name of g in language l, falling back to English, or the
// value as written when it is not defined.
func (g ObjectionGrounds) In(l i18n.Lang) string { return objectionGrounds.In(g, l) }

// ObjectionExit is what an objection to a change of sub-processors does to
// the services beyond the rule that the sub-processor is not used. Empty
// means [ControllerExit], the library's rule.
type ObjectionExit string

// What an objection does to the affected services.
const (
	// ControllerExit: if the parties agree on no other solution, the
	// controller may terminate the affected services at no cost.
	ControllerExit ObjectionExit = "controller"
	// EitherPartyExit: if the parties agree on no other solution, either
	// party may terminate the affected services at no cost, so that a
	// processor that cannot perform them without the sub-processor is not
	// held to them.
	EitherPartyExit ObjectionExit = "either"
	// MainAgreementExit: the main agreement governs what the objection
	// means for the services, as in agreements that give no right to
	// terminate (seed 001). Validation warns ([CodeObjectionNoExit]).
	MainAgreementExit ObjectionExit = "main"
)

// ObjectionExitDef defines an [ObjectionExit] value.
type ObjectionExitDef = enum.Def[ObjectionExit]

// ObjectionExits defines every [ObjectionExit] value.
var ObjectionExits = []ObjectionExitDef{
	{
		ID:   ControllerExit,
		Name: i18n.Text{EN: "The controller may terminate the affected services", SV: "Den personuppgiftsansvarige får säga upp de berörda tjänsterna", NB: "Den behandlingsansvarlige kan si opp de berørte tjenestene", DA: "Den dataansvarlige kan bringe de berørte ydelser til ophør"},
		Description: i18n.Text{
			EN: "If the parties agree on no other solution, the controller may terminate the services affected by the change, without any charge.",
			SV: "Om parterna inte enas om en annan lösning, får den personuppgiftsansvarige säga upp de tjänster som berörs av ändringen utan kostnad.",
			NB: "Blir partene ikke enige om en annen løsning, kan den behandlingsansvarlige si opp tjenestene som berøres av endringen, uten kostnad.",
			DA: "Bliver parterne ikke enige om en anden løsning, kan den dataansvarlige bringe de ydelser, som ændringen berører, til ophør uden omkostninger.",
		},
	},
	{
		ID:   EitherPartyExit,
		Name: i18n.Text{EN: "Either party may terminate the affected services", SV: "Vardera parten får säga upp de berörda tjänsterna", NB: "Hver av partene kan si opp de berørte tjenestene", DA: "Hver af parterne kan bringe de berørte ydelser til ophør"},
		Description: i18n.Text{
			EN: "If the parties agree on no other solution, either party may terminate the services affected by the change, without any charge.",
			SV: "Om parterna inte enas om en annan lösning, får vardera parten säga upp de tjänster som berörs av ändringen utan kostnad.",
			NB: "Blir partene ikke enige om en annen løsning, kan hver av partene si opp tjenestene som berøres av endringen, uten kostnad.",
			DA: "Bliver parterne ikke enige om en anden løsning, kan hver af parterne bringe de ydelser, som ændringen berører, til ophør uden omkostninger.",
		},
	},
	{
		ID:   MainAgreementExit,
		Name: i18n.Text{EN: "As the main agreement provides", SV: "Enligt huvudavtalet", NB: "Etter hovedavtalen", DA: "Efter hovedaftalen"},
		Description: i18n.Text{
			EN: "The sub-processor is not used; what the objection otherwise means for the services follows from the main agreement.",
			SV: "Underbiträdet anlitas inte; vad invändningen i övrigt innebär för tjänsterna följer av huvudavtalet.",
			NB: "Underdatabehandleren brukes ikke; hva innsigelsen ellers betyr for tjenestene, følger av hovedavtalen.",
			DA: "Underdatabehandleren anvendes ikke; hvad indsigelsen i øvrigt betyder for ydelserne, følger af hovedaftalen.",
		},
	},
}

// objectionExits reads [ObjectionExits].
var objectionExits = enum.Of(ObjectionExits)

// Def returns the definition of x, and false when x is not defined.
func (x ObjectionExit) Def() (ObjectionExitDef, bool) { return objectionExits.Def(x) }

// Valid reports whether x is one of [ObjectionExits].
func (x ObjectionExit) Valid() bool { return objectionExits.Valid(x) }

// In returns the name of x in language l, falling back to English, or the
// value as written when it is not defined.
func (x ObjectionExit) In(l i18n.Lang) string { return objectionExits.In(x, l) }

// Grounds returns what an objection needs: the agreed grounds, or
// [NoGroundsNeeded] when the agreement says nothing.
func (b SubProcessors) Grounds() ObjectionGrounds {
	if b.ObjectionGrounds == "" {
		return NoGroundsNeeded
	}
	return b.ObjectionGrounds
}

// Exit returns what an objection does to the affected services: the agreed
// consequence, or [ControllerExit] when the agreement says nothing.
func (b SubProcessors) Exit() ObjectionExit {
	if b.ObjectionExit == "" {
		return ControllerExit
	}
	return b.ObjectionExit
}
