package transfer

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"github.com/dpakit/dpakit/i18n"
)

// Reason is one reason behind a [Verdict]. Some reasons name the ground a
// transfer rests on and are information ([InsideEEA], [AdequacyApplies],
// [SafeguardsApply], [DerogationApplies]) or a caveat to check
// ([AdequacyPartialScope], [AuthorisationNeeded]); the others block the
// transfer ([Reason.Blocking]).
//
// The numeric values may change between versions; store and compare the
// names that [Reason.String] returns, which are stable.
type Reason uint

// The reasons, with their stable names.
const (
	// InsideEEA ("inside-eea"): the location is inside the EEA; no transfer
	// basis is needed.
	InsideEEA Reason = iota
	// AdequacyApplies ("adequacy"): an adequacy decision covers the location
	// on the date.
	AdequacyApplies
	// AdequacyNotYet ("adequacy-not-yet"): the adequacy decision for the
	// location was adopted after the date. Blocking.
	AdequacyNotYet
	// AdequacyEnded ("adequacy-ended"): the adequacy decision for the
	// location had ended by the date. Blocking.
	AdequacyEnded
	// DPFNotCertified ("dpf-not-certified"): the adequacy decision for the
	// United States needs a recipient on the Data Privacy Framework List, and
	// [Basis.DPFCertified] is false. Blocking.
	DPFNotCertified
	// EFTANotIncorporated ("efta-not-incorporated"): the adequacy decision
	// is not yet part of the EEA Agreement and the exporter is in Iceland,
	// Liechtenstein or Norway. Blocking.
	EFTANotIncorporated
	// AdequacyPartialScope ("adequacy-partial-scope"): the adequacy decision
	// covers only part of the recipients or data (Canada, Israel, Japan,
	// Republic of Korea); check that the recipient is in scope. A caveat.
	AdequacyPartialScope
	// NoAdequacy ("no-adequacy"): the basis is an adequacy decision, and
	// there is none for the location. Blocking.
	NoAdequacy
	// SafeguardsApply ("safeguards"): the basis is an appropriate safeguard
	// under Art. 46.
	SafeguardsApply
	// SCCModuleMissing ("scc-module-missing"): standard contractual clauses
	// without a module from 1 to 4. Blocking.
	SCCModuleMissing
	// TIAMissing ("tia-missing"): an Art. 46 safeguard without a transfer
	// impact assessment (Case C-311/18, Schrems II). Blocking.
	TIAMissing
	// AuthorisationNeeded ("sa-authorisation-required"): ad hoc contractual
	// clauses need the authorisation of the supervisory authority
	// (Art. 46(3)); check that it was given. A caveat.
	AuthorisationNeeded
	// DerogationApplies ("derogation"): the basis is a derogation under
	// Art. 49, for exceptional use only.
	DerogationApplies
	// DerogationLetterMissing ("derogation-letter-missing"): a derogation
	// without a letter from "a" to "g" of Art. 49(1). Blocking.
	DerogationLetterMissing
	// NoBasis ("no-basis"): the location is outside the EEA and no known
	// mechanism is given. Blocking.
	NoBasis
	// InstructionEEAOnly ("instruction-eea-only"): the instruction forbids
	// any location outside the EEA. Blocking.
	InstructionEEAOnly
	// InstructionNotListed ("instruction-not-listed"): the instruction lists
	// the countries where processing is allowed, and the location is not one
	// of them. Blocking.
	InstructionNotListed
	// InstructionMissing ("instruction-missing"): the location is outside
	// the EEA and there is no known instruction on transfers
	// (Art. 28(3)(a)). Blocking.
	InstructionMissing
	// LocationUnknown ("location-unknown"): the location names no known
	// country or organisation, or names both. Blocking.
	LocationUnknown
	// DateMissing ("date-missing"): the basis is an adequacy decision and
	// the date is missing or invalid, so the decision cannot be checked.
	// Blocking.
	DateMissing

	numReasons // the number of reasons; keep last
)

// reasonDef defines a [Reason].
type reasonDef struct {
	name     string    // stable name
	blocking bool      // whether the reason makes a transfer not allowed
	ref      string    // legal reference, or ""
	message  i18n.Text // message in each language
}

// reasonDefs defines every [Reason], indexed by it. The legal references come
// from DOMAIN.md §1.2 and §2 (GDPR Art. 28(3)(a), Chapter V, Implementing
// Decision (EU) 2021/914, Case C-311/18); terms from DOMAIN.md §3.
var reasonDefs = [numReasons]reasonDef{
	InsideEEA: {
		name: "inside-eea",
		ref:  "GDPR Art. 44",
		message: i18n.Text{
			EN: "The location is inside the EU/EEA; no transfer basis is needed.",
			SV: "Platsen ligger inom EU/EES; ingen grund för överföring behövs.",
			NB: "Stedet ligger innenfor EU/EØS; det trengs ikke noe overføringsgrunnlag.",
			DA: "Stedet ligger inden for EU/EØS; der kræves ikke noget overførselsgrundlag.",
		},
	},
	AdequacyApplies: {
		name: "adequacy",
		ref:  "GDPR Art. 45",
		message: i18n.Text{
			EN: "An adequacy decision covers the location on the date of the agreement.",
			SV: "Ett beslut om adekvat skyddsnivå omfattar platsen på avtalets datum.",
			NB: "En beslutning om tilstrekkelig beskyttelsesnivå omfatter stedet på avtalens dato.",
			DA: "En afgørelse om tilstrækkeligheden af beskyttelsesniveauet omfatter stedet på aftalens dato.",
		},
	},
	// The two that block follow a sentence that names the day the transfer
	// is assessed on (the agreement's date, the day validated for, or the
	// sub-processor's start), so they say "that day".
	AdequacyNotYet: {
		name:     "adequacy-not-yet",
		blocking: true,
		ref:      "GDPR Art. 45",
		message: i18n.Text{
			EN: "The adequacy decision for the location was adopted only after that day.",
			SV: "Beslutet om adekvat skyddsnivå för platsen antogs först efter den dagen.",
			NB: "Beslutningen om tilstrekkelig beskyttelsesnivå for stedet ble vedtatt først etter den dagen.",
			DA: "Afgørelsen om tilstrækkeligheden af beskyttelsesniveauet for stedet blev vedtaget først efter den dag.",
		},
	},
	AdequacyEnded: {
		name:     "adequacy-ended",
		blocking: true,
		ref:      "GDPR Art. 45",
		message: i18n.Text{
			EN: "The adequacy decision for the location had ended by that day.",
			SV: "Beslutet om adekvat skyddsnivå för platsen hade upphört att gälla före den dagen.",
			NB: "Beslutningen om tilstrekkelig beskyttelsesnivå for stedet hadde opphørt før den dagen.",
			DA: "Afgørelsen om tilstrækkeligheden af beskyttelsesniveauet for stedet var ophørt før den dag.",
		},
	},
	DPFNotCertified: {
		name:     "dpf-not-certified",
		blocking: true,
		ref:      "GDPR Art. 45; Implementing Decision (EU) 2023/1795",
		message: i18n.Text{
			EN: "The adequacy decision for the United States covers only organisations on the Data Privacy Framework List, and the recipient is not marked as certified.",
			SV: "Beslutet om adekvat skyddsnivå för USA omfattar bara organisationer som är certifierade enligt ramverket för dataskydd mellan EU och USA, och mottagaren är inte angiven som certifierad.",
			NB: "Beslutningen om tilstrekkelig beskyttelsesnivå for USA omfatter bare organisasjoner som er sertifisert etter rammeverket for personvern mellom EU og USA, og mottakeren er ikke oppgitt som sertifisert.",
			DA: "Afgørelsen om tilstrækkeligheden af beskyttelsesniveauet for USA omfatter kun organisationer, der er certificeret under databeskyttelsesrammen mellem EU og USA, og modtageren er ikke angivet som certificeret.",
		},
	},
	EFTANotIncorporated: {
		name:     "efta-not-incorporated",
		blocking: true,
		ref:      "GDPR Art. 45; EEA Agreement",
		message: i18n.Text{
			EN: "The adequacy decision is not yet incorporated into the EEA Agreement, so it does not apply to an exporter in Iceland, Liechtenstein or Norway.",
			SV: "Beslutet om adekvat skyddsnivå har ännu inte införlivats i EES-avtalet och gäller därför inte för en dataexportör i Island, Liechtenstein eller Norge.",
			NB: "Beslutningen om tilstrekkelig beskyttelsesnivå er ennå ikke innlemmet i EØS-avtalen og gjelder derfor ikke for en dataeksportør i Island, Liechtenstein eller Norge.",
			DA: "Afgørelsen om tilstrækkeligheden af beskyttelsesniveauet er endnu ikke indarbejdet i EØS-aftalen og gælder derfor ikke for en dataeksportør i Island, Liechtenstein eller Norge.",
		},
	},
	AdequacyPartialScope: {
		name: "adequacy-partial-scope",
		ref:  "GDPR Art. 45",
		message: i18n.Text{
			EN: "The adequacy decision covers only part of the recipients or data in the location; check that the recipient falls within its scope.",
			SV: "Beslutet om adekvat skyddsnivå omfattar bara en del av mottagarna eller uppgifterna på platsen; kontrollera att mottagaren omfattas.",
			NB: "Beslutningen om tilstrekkelig beskyttelsesnivå omfatter bare en del av mottakerne eller opplysningene på stedet; kontroller at mottakeren er omfattet.",
			DA: "Afgørelsen om tilstrækkeligheden af beskyttelsesniveauet omfatter kun en del af modtagerne eller oplysningerne på stedet; kontrollér, at modtageren er omfattet.",
		},
	},
	NoAdequacy: {
		name:     "no-adequacy",
		blocking: true,
		ref:      "GDPR Art. 45",
		message: i18n.Text{
			EN: "There is no adequacy decision for the location.",
			SV: "Det finns inget beslut om adekvat skyddsnivå för platsen.",
			NB: "Det finnes ingen beslutning om tilstrekkelig beskyttelsesnivå for stedet.",
			DA: "Der foreligger ingen afgørelse om tilstrækkeligheden af beskyttelsesniveauet for stedet.",
		},
	},
	SafeguardsApply: {
		name: "safeguards",
		ref:  "GDPR Art. 46",
		message: i18n.Text{
			EN: "The transfer rests on appropriate safeguards under Article 46.",
			SV: "Överföringen grundas på lämpliga skyddsåtgärder enligt artikel 46.",
			NB: "Overføringen bygger på nødvendige garantier etter artikkel 46.",
			DA: "Overførslen sker på grundlag af fornødne garantier efter artikel 46.",
		},
	},
	SCCModuleMissing: {
		name:     "scc-module-missing",
		blocking: true,
		ref:      "GDPR Art. 46(2)(c); Implementing Decision (EU) 2021/914",
		message: i18n.Text{
			EN: "Standard contractual clauses need one of Modules One to Four.",
			SV: "Standardavtalsklausulerna kräver en av modulerna ett till fyra.",
			NB: "Standard personvernbestemmelser krever én av modulene én til fire.",
			DA: "Standardkontraktbestemmelserne kræver et af modulerne et til fire.",
		},
	},
	TIAMissing: {
		name:     "tia-missing",
		blocking: true,
		ref:      "GDPR Art. 46(1); CJEU C-311/18",
		message: i18n.Text{
			EN: "Appropriate safeguards under Article 46 need a transfer impact assessment (judgment in Case C-311/18, Schrems II).",
			SV: "Lämpliga skyddsåtgärder enligt artikel 46 kräver en bedömning av överföringens konsekvenser (domen i mål C-311/18, Schrems II).",
			NB: "Nødvendige garantier etter artikkel 46 krever en vurdering av overføringens konsekvenser (dommen i sak C-311/18, Schrems II).",
			DA: "Fornødne garantier efter artikel 46 kræver en vurdering af overførslens konsekvenser (dommen i sag C-311/18, Schrems II).",
		},
	},
	AuthorisationNeeded: {
		name: "sa-authorisation-required",
		ref:  "GDPR Art. 46(3)(a)",
		message: i18n.Text{
			EN: "Ad hoc contractual clauses need the authorisation of the competent supervisory authority.",
			SV: "Särskilda avtalsklausuler kräver tillstånd från behörig tillsynsmyndighet.",
			NB: "Særskilte avtalevilkår krever tillatelse fra vedkommende tilsynsmyndighet.",
			DA: "Særlige kontraktbestemmelser kræver godkendelse fra den kompetente tilsynsmyndighed.",
		},
	},
	DerogationApplies: {
		name: "derogation",
		ref:  "GDPR Art. 49",
		message: i18n.Text{
			EN: "The transfer rests on a derogation under Article 49, which is read restrictively and covers only occasional transfers in specific situations; it is no basis for transfers the processor makes regularly as part of its services.",
			SV: "Överföringen grundas på ett undantag enligt artikel 49, som tolkas restriktivt och bara omfattar tillfälliga överföringar i särskilda situationer; det kan inte utgöra grund för överföringar som personuppgiftsbiträdet regelbundet gör som en del av sina tjänster.",
			NB: "Overføringen bygger på et unntak etter artikkel 49, som tolkes snevert og bare omfatter enkeltstående overføringer i særlige situasjoner; det kan ikke være grunnlag for overføringer som databehandleren foretar jevnlig som en del av tjenestene sine.",
			DA: "Overførslen sker på grundlag af en undtagelse efter artikel 49, som fortolkes indskrænkende og kun dækker lejlighedsvise overførsler i særlige situationer; den kan ikke danne grundlag for overførsler, som databehandleren foretager løbende som led i sine ydelser.",
		},
	},
	DerogationLetterMissing: {
		name:     "derogation-letter-missing",
		blocking: true,
		ref:      "GDPR Art. 49(1)",
		message: i18n.Text{
			EN: "A derogation must name one of points (a) to (g) of Article 49(1).",
			SV: "Ett undantag måste ange ett av leden a–g i artikel 49.1.",
			NB: "Et unntak må angi én av bokstavene a–g i artikkel 49 nr. 1.",
			DA: "En undtagelse skal angive et af litra a–g i artikel 49, stk. 1.",
		},
	},
	NoBasis: {
		name:     "no-basis",
		blocking: true,
		ref:      "GDPR Art. 44",
		message: i18n.Text{
			EN: "The location is outside the EU/EEA and no transfer basis under Chapter V is given.",
			SV: "Platsen ligger utanför EU/EES och ingen grund för överföring enligt kapitel V har angetts.",
			NB: "Stedet ligger utenfor EU/EØS, og det er ikke oppgitt noe overføringsgrunnlag etter kapittel V.",
			DA: "Stedet ligger uden for EU/EØS, og der er ikke angivet noget overførselsgrundlag efter kapitel V.",
		},
	},
	InstructionEEAOnly: {
		name:     "instruction-eea-only",
		blocking: true,
		ref:      "GDPR Art. 28(3)(a)",
		message: i18n.Text{
			EN: "The instructions forbid processing outside the EU/EEA.",
			SV: "Instruktionerna förbjuder behandling utanför EU/EES.",
			NB: "Instruksene forbyr behandling utenfor EU/EØS.",
			DA: "Instruksen forbyder behandling uden for EU/EØS.",
		},
	},
	InstructionNotListed: {
		name:     "instruction-not-listed",
		blocking: true,
		ref:      "GDPR Art. 28(3)(a)",
		message: i18n.Text{
			EN: "The location is not one of the countries listed in the instructions.",
			SV: "Platsen är inte ett av de länder som anges i instruktionerna.",
			NB: "Stedet er ikke blant landene som er oppført i instruksene.",
			DA: "Stedet er ikke et af de lande, der er anført i instruksen.",
		},
	},
	InstructionMissing: {
		name:     "instruction-missing",
		blocking: true,
		ref:      "GDPR Art. 28(3)(a)",
		message: i18n.Text{
			EN: "There are no documented instructions on transfers to third countries.",
			SV: "Det finns inga dokumenterade instruktioner om överföring till tredjeland.",
			NB: "Det finnes ingen dokumenterte instrukser om overføring til tredjestater.",
			DA: "Der foreligger ingen dokumenteret instruks om overførsel til tredjelande.",
		},
	},
	LocationUnknown: {
		name:     "location-unknown",
		blocking: true,
		message: i18n.Text{
			EN: "The location does not name exactly one known country or international organisation.",
			SV: "Platsen anger inte exakt ett känt land eller en känd internationell organisation.",
			NB: "Stedet angir ikke nøyaktig ett kjent land eller én kjent internasjonal organisasjon.",
			DA: "Stedet angiver ikke præcis ét kendt land eller én kendt international organisation.",
		},
	},
	DateMissing: {
		name:     "date-missing",
		blocking: true,
		ref:      "GDPR Art. 45",
		message: i18n.Text{
			EN: "A valid date of the agreement is needed to check the adequacy decision.",
			SV: "Ett giltigt datum för avtalet behövs för att kontrollera beslutet om adekvat skyddsnivå.",
			NB: "En gyldig dato for avtalen trengs for å kontrollere beslutningen om tilstrekkelig beskyttelsesnivå.",
			DA: "En gyldig dato for aftalen er nødvendig for at kontrollere afgørelsen om tilstrækkeligheden af beskyttelsesniveauet.",
		},
	},
}

// errNilTarget is what decoding into a nil pointer fails with.
var errNilTarget = errors.New("transfer: decode into a nil pointer")

// blocking holds the reasons that make a transfer not allowed.
var blocking = func() Reasons {
	var rs Reasons
	for r, d := range reasonDefs {
		if d.blocking {
			rs |= 1 << r
		}
	}
	return rs
}()

// Valid reports whether r is a defined reason.
func (r Reason) Valid() bool { return r < numReasons }

// String returns the stable name of r, such as "dpf-not-certified".
func (r Reason) String() string {
	if !r.Valid() {
		return "reason(" + strconv.FormatUint(uint64(r), 10) + ")"
	}
	return reasonDefs[r].name
}

// Blocking reports whether r makes a transfer not allowed.
func (r Reason) Blocking() bool { return r.Valid() && reasonDefs[r].blocking }

// Ref returns the legal reference of r, such as "GDPR Art. 46(2)(c)", or "".
func (r Reason) Ref() string {
	if !r.Valid() {
		return ""
	}
	return reasonDefs[r].ref
}

// In returns a sentence that explains r in language l, falling back to
// English; a reason that is not defined is written as [Reason.String]
// writes it. It makes a Reason a localized argument of finding messages.
func (r Reason) In(l i18n.Lang) string {
	if !r.Valid() {
		return r.String()
	}
	s, _ := reasonDefs[r].message.Get(l, i18n.EN)
	return s
}

// ParseReason returns the reason with the stable name s.
func ParseReason(s string) (Reason, bool) {
	for r, d := range reasonDefs {
		if d.name == s {
			return Reason(r), true
		}
	}
	return 0, false
}

// MarshalText encodes r as its stable name.
func (r Reason) MarshalText() ([]byte, error) {
	if !r.Valid() {
		return nil, fmt.Errorf("transfer: unknown reason %d", uint(r))
	}
	return []byte(reasonDefs[r].name), nil
}

// UnmarshalText decodes a stable name. It fails on a nil *Reason.
func (r *Reason) UnmarshalText(b []byte) error {
	if r == nil {
		return errNilTarget
	}
	x, ok := ParseReason(string(b))
	if !ok {
		return fmt.Errorf("transfer: unknown reason %q", b)
	}
	*r = x
	return nil
}

// Reasons is a set of [Reason] values, one bit each, so that [Assess] needs
// no allocation. In JSON it is an array of the stable names.
type Reasons uint64

// reasonsOf returns the set of the reasons rs.
func reasonsOf(rs ...Reason) Reasons {
	var s Reasons
	for _, r := range rs {
		s |= 1 << r
	}
	return s
}

// Has reports whether x is in the set.
func (r Reasons) Has(x Reason) bool { return x < numReasons && r&(1<<x) != 0 }

// List returns the reasons in the set in the order of the constants.
func (r Reasons) List() []Reason {
	out := make([]Reason, 0, bits.OnesCount64(uint64(r)))
	for x := r; x != 0; x &= x - 1 {
		out = append(out, Reason(bits.TrailingZeros64(uint64(x))))
	}
	return out
}

// In writes the reasons as sentences in language l, in the order of the
// constants, separated by a space.
func (r Reasons) In(l i18n.Lang) string {
	var b strings.Builder
	for i, x := range r.List() {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(x.In(l))
	}
	return b.String()
}

// String returns the stable names of the reasons, separated by commas.
func (r Reasons) String() string {
	var b strings.Builder
	for i, x := range r.List() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(x.String())
	}
	return b.String()
}

// MarshalJSON encodes the set as an array of stable names.
func (r Reasons) MarshalJSON() ([]byte, error) {
	list := r.List()
	for _, x := range list {
		if !x.Valid() {
			return nil, fmt.Errorf("transfer: unknown reason %d", uint(x))
		}
	}
	return json.Marshal(list)
}

// UnmarshalJSON decodes an array of stable names. It fails on a nil
// *Reasons.
func (r *Reasons) UnmarshalJSON(b []byte) error {
	if r == nil {
		return errNilTarget
	}
	var list []Reason
	if err := json.Unmarshal(b, &list); err != nil {
		return err
	}
	*r = reasonsOf(list...)
	return nil
}
