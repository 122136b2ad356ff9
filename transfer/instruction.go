package transfer

import (
	"slices"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// InstructionKind is the controller's documented instruction on where the
// personal data may be processed and whether they may be transferred to third
// countries (GDPR Art. 28(3)(a)). The values are defined in [InstructionKinds].
type InstructionKind string

// The instructions on transfers, from the strictest.
const (
	// NoThirdCountries: no processing outside the EU/EEA and no access from
	// outside it (seed 004, "VALG 2").
	NoThirdCountries InstructionKind = "eea-only"
	// OnlyListed: processing only in the countries of
	// [Instruction.Countries], inside the EEA as well (seed 000: "Sweden
	// only"). A listed third country still needs a [Basis].
	OnlyListed InstructionKind = "listed-countries"
	// WithSafeguards: transfers to third countries and international
	// organisations are allowed only to the recipients listed in Annex B,
	// each on the basis stated for it (seed 004, "VALG 1"). An Art. 49
	// derogation is no basis for the processor's regular transfers.
	WithSafeguards InstructionKind = "with-safeguards"
)

// Instruction is the controller's instruction on transfers.
type Instruction struct {
	// Kind is the instruction. It is required: without it, no transfer
	// outside the EEA is allowed.
	Kind InstructionKind `json:"kind"`
	// Countries are the ISO 3166-1 alpha-2 codes of the countries where
	// processing is allowed, with [OnlyListed].
	Countries []Country `json:"countries,omitzero"`
}

// lists reports whether the instruction's countries include c, a canonical
// code, comparing them normalized. It does not allocate.
func (in Instruction) lists(c Country) bool {
	return slices.ContainsFunc(in.Countries, func(x Country) bool {
		n, ok := canonical(x)
		return ok && n == c
	})
}

// InstructionKindDef defines an [InstructionKind]: its ID, its short Name as
// a choice in a form, a Description that is the instruction as it reads in
// the agreement, in each language, and its legal Ref.
type InstructionKindDef = enum.Def[InstructionKind]

// InstructionKinds defines every [InstructionKind], in the order of the
// constants. Source: DOMAIN.md §1.1–§1.2 (GDPR Art. 28(3)(a)) and §2 (Chapter
// V); the choices follow seed 000 ("only in Sweden") and seed 004 ("VALG 1"
// and "VALG 2"); terms from DOMAIN.md §3.
var InstructionKinds = []InstructionKindDef{
	{
		ID: NoThirdCountries,
		Name: i18n.Text{
			EN: "Only within the EU/EEA",
			SV: "Endast inom EU/EES",
			NB: "Bare innenfor EU/EØS",
			DA: "Kun inden for EU/EØS",
		},
		Description: i18n.Text{
			EN: "The processor shall not transfer personal data to a third country or an international organisation, and no one shall access the data from outside the EU/EEA.",
			SV: "Personuppgiftsbiträdet får inte överföra personuppgifter till tredjeland eller till en internationell organisation, och ingen får ha åtkomst till uppgifterna från en plats utanför EU/EES.",
			NB: "Databehandleren kan ikke overføre personopplysninger til en tredjestat eller en internasjonal organisasjon, og ingen kan få tilgang til opplysningene fra et sted utenfor EU/EØS.",
			DA: "Databehandleren må ikke overføre personoplysninger til et tredjeland eller en international organisation, og ingen må få adgang til oplysningerne fra et sted uden for EU/EØS.",
		},
		Ref: "GDPR Art. 28(3)(a)",
	},
	{
		ID: OnlyListed,
		Name: i18n.Text{
			EN: "Only in the listed countries",
			SV: "Endast i angivna länder",
			NB: "Bare i de oppførte landene",
			DA: "Kun i de anførte lande",
		},
		Description: i18n.Text{
			EN: "Personal data may be processed only in the countries listed in the controller's instructions, even where they are within the EU/EEA; a third country on the list still needs a transfer basis under Chapter V.",
			SV: "Personuppgifterna får behandlas endast i de länder som anges i den personuppgiftsansvariges instruktioner, även inom EU/EES; ett angivet tredjeland kräver ändå en grund för överföring enligt kapitel V.",
			NB: "Personopplysningene kan bare behandles i de landene som er oppført i den behandlingsansvarliges instrukser, og det gjelder også land innenfor EU/EØS. En oppført tredjestat krever likevel et overføringsgrunnlag etter kapittel V.",
			DA: "Personoplysningerne må kun behandles i de lande, der er anført i den dataansvarliges instruks, og det gælder også lande inden for EU/EØS. Et anført tredjeland kræver stadig et overførselsgrundlag efter kapitel V.",
		},
		Ref: "GDPR Art. 28(3)(a)",
	},
	{
		ID: WithSafeguards,
		Name: i18n.Text{
			EN: "Listed recipients in third countries",
			SV: "Angivna mottagare i tredjeland",
			NB: "Oppførte mottakere i tredjestater",
			DA: "Anførte modtagere i tredjelande",
		},
		Description: i18n.Text{
			EN: "Personal data may be transferred to a third country or an international organisation only to the recipients listed in Annex B and only on the basis stated there for each of them. A derogation under Article 49 of the GDPR cannot serve as the basis for transfers that the processor makes regularly.",
			SV: "Personuppgifter får överföras till ett tredjeland eller en internationell organisation endast till de mottagare som anges i bilaga B och endast på den grund som anges där för var och en av dem. Ett undantag enligt artikel 49 i dataskyddsförordningen kan inte utgöra grund för överföringar som personuppgiftsbiträdet gör regelbundet.",
			NB: "Personopplysninger kan bare overføres til en tredjestat eller en internasjonal organisasjon når mottakeren er angitt i vedlegg B, og bare på det overføringsgrunnlaget som er angitt der for mottakeren. Et unntak etter personvernforordningen artikkel 49 kan ikke være grunnlag for overføringer som databehandleren foretar jevnlig.",
			DA: "Personoplysninger må kun overføres til et tredjeland eller en international organisation, hvis modtageren er anført i bilag B, og kun på det grundlag, der dér er anført for modtageren. En undtagelse efter databeskyttelsesforordningens artikel 49 kan ikke danne grundlag for overførsler, som databehandleren foretager løbende.",
		},
		Ref: "GDPR Art. 28(3)(a), Chapter V; Art. 49(1), second subparagraph",
	},
}

// instructionKinds reads [InstructionKinds].
var instructionKinds = enum.Of(InstructionKinds)

// Def returns the definition of k from [InstructionKinds], and false when k
// is not a kind of instruction.
func (k InstructionKind) Def() (InstructionKindDef, bool) { return instructionKinds.Def(k) }

// Valid reports whether k is one of [InstructionKinds].
func (k InstructionKind) Valid() bool { return instructionKinds.Valid(k) }

// In returns the name of k in language l, falling back to English; an
// unknown kind is returned as it is. It makes an InstructionKind a
// localized argument of finding messages.
func (k InstructionKind) In(l i18n.Lang) string { return instructionKinds.In(k, l) }
