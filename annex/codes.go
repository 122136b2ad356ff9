package annex

import (
	"fmt"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// MaxChainDepth is the depth beyond which a processor chain is reported as
// hard to oversee ([ChainDeep]). Seed 004 asks for at least five levels to
// be described.
const MaxChainDepth = 10

func msg(en, sv, nb, da string) i18n.Text { return i18n.Text{EN: en, SV: sv, NB: nb, DA: da} }

// The finding codes of the annex rules.
var (
	PurposeMissing = &finding.Def{Code: "processing.purpose-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("The purpose of the processing is not stated.", "Ändamålet med behandlingen anges inte.",
			"Formålet med behandlingen er ikke angitt.", "Formålet med behandlingen er ikke angivet.")}
	NatureMissing = &finding.Def{Code: "processing.nature-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("The nature of the processing is not stated.", "Behandlingens art anges inte.",
			"Behandlingens art er ikke angitt.", "Behandlingens karakter er ikke angivet.")}
	DurationMissing = &finding.Def{Code: "processing.duration-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("The duration of the processing is not stated.", "Behandlingens varaktighet anges inte.",
			"Behandlingens varighet er ikke angitt.", "Behandlingens varighed er ikke angivet.")}
	GroupsMissing = &finding.Def{Code: "processing.data-subjects-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("No category of data subjects is listed.", "Ingen kategori av registrerade anges.",
			"Ingen kategori av registrerte er angitt.", "Ingen kategori af registrerede er angivet.")}
	GroupNameMissing = &finding.Def{Code: "processing.group-name-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("The category of data subjects has no name.", "Kategorin av registrerade saknar namn.",
			"Kategorien av registrerte mangler navn.", "Kategorien af registrerede mangler navn.")}
	GroupDataMissing = &finding.Def{Code: "processing.personal-data-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("No type of personal data is listed for this category of data subjects.",
			"Ingen typ av personuppgifter anges för denna kategori av registrerade.",
			"Ingen type personopplysninger er angitt for denne kategorien av registrerte.",
			"Ingen type personoplysninger er angivet for denne kategori af registrerede.")}

	AuthorisationMissing = &finding.Def{Code: "subprocessors.authorisation-missing", Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The agreement does not say whether sub-processors are authorised specifically or generally.",
			"Avtalet anger inte om underbiträden godkänns särskilt eller allmänt.",
			"Avtalen angir ikke om underdatabehandlere godkjennes spesifikt eller generelt.",
			"Aftalen angiver ikke, om underdatabehandlere godkendes specifikt eller generelt.")}
	NoticeMissing = &finding.Def{Code: "subprocessors.notice-period-missing", Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("General authorisation needs a notice period for changes of sub-processors.",
			"Ett allmänt förhandstillstånd kräver en varseltid för byte av underbiträden.",
			"Generell godkjenning krever en varslingsfrist for endringer av underdatabehandlere.",
			"Generel godkendelse kræver et varsel ved ændringer af underdatabehandlere.")}
	ObjectionMissing = &finding.Def{Code: "subprocessors.objection-window-missing", Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("General authorisation needs a period in which the controller can object.",
			"Ett allmänt förhandstillstånd kräver en tid inom vilken den personuppgiftsansvarige kan invända.",
			"Generell godkjenning krever en frist der den behandlingsansvarlige kan protestere.",
			"Generel godkendelse kræver en frist, inden for hvilken den dataansvarlige kan gøre indsigelse.")}
	ObjectionTooLong = &finding.Def{Code: "subprocessors.objection-after-notice", Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The objection window (%[1]v) is longer than the notice period (%[2]v), so a change could take effect before the controller's time to object has run out.",
			"Invändningstiden (%[1]v) är längre än varseltiden (%[2]v), så en ändring kan träda i kraft innan tiden för invändning har löpt ut.",
			"Protestfristen (%[1]v) er lengre enn varslingsfristen (%[2]v), slik at en endring kan tre i kraft før fristen for å protestere er ute.",
			"Indsigelsesfristen (%[1]v) er længere end varslet (%[2]v), så en ændring kan få virkning, før fristen for indsigelse er udløbet.")}
	SubEmpty = &finding.Def{Code: "subprocessor.empty", Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The sub-processor entry is empty: nothing about the sub-processor is filled in.",
			"Posten för underbiträdet är tom: inga uppgifter om underbiträdet är ifyllda.",
			"Oppføringen for underdatabehandleren er tom: ingen opplysninger om den er fylt ut.",
			"Posten for underdatabehandleren er tom: ingen oplysninger om den er udfyldt.")}
	SubNameMissing = &finding.Def{Code: "subprocessor.name-missing", Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The sub-processor has no name.", "Underbiträdet saknar namn.", "Underdatabehandleren mangler navn.", "Underdatabehandleren mangler navn.")}
	SubCountryMissing = &finding.Def{Code: "subprocessor.country-missing", Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The sub-processor's country is not given.", "Underbiträdets land anges inte.",
			"Underdatabehandlerens land er ikke angitt.", "Underdatabehandlerens land er ikke angivet.")}
	SubActivityMissing = &finding.Def{Code: "subprocessor.activity-missing", Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("What the sub-processor does with the personal data is not described.",
			"Det beskrivs inte vad underbiträdet gör med personuppgifterna.",
			"Det er ikke beskrevet hva underdatabehandleren gjør med personopplysningene.",
			"Det er ikke beskrevet, hvad underdatabehandleren gør med personoplysningerne.")}
	SubLocationsMissing = &finding.Def{Code: "subprocessor.locations-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: msg("Where the sub-processor processes the personal data is not given.",
			"Det anges inte var underbiträdet behandlar personuppgifterna.",
			"Det er ikke angitt hvor underdatabehandleren behandler personopplysningene.",
			"Det er ikke angivet, hvor underdatabehandleren behandler personoplysningerne.")}
	SubFlowDownMissing = &finding.Def{Code: "subprocessor.flow-down-missing", Severity: finding.Error, Ref: "GDPR Art. 28(4)",
		Message: msg("It is not confirmed that the sub-processor is bound by the same data protection obligations.",
			"Det är inte bekräftat att underbiträdet är bundet av samma dataskyddsskyldigheter.",
			"Det er ikke bekreftet at underdatabehandleren er bundet av de samme personvernforpliktelsene.",
			"Det er ikke bekræftet, at underdatabehandleren er bundet af de samme databeskyttelsesforpligtelser.")}
	SubIDDuplicate = &finding.Def{Code: "subprocessor.id-duplicate", Severity: finding.Error,
		Message: msg("Another sub-processor has the same id %[1]q.", "Ett annat underbiträde har samma id %[1]q.",
			"En annen underdatabehandler har samme id %[1]q.", "En anden underdatabehandler har samme id %[1]q.")}
	ChainUnknown = &finding.Def{Code: "subprocessor.engaged-by-unknown", Severity: finding.Error, Ref: "GDPR Art. 28(4)",
		Message: msg("The sub-processor is said to be engaged by %[1]q, which is not in the list.",
			"Underbiträdet anges vara anlitat av %[1]q, som inte finns i förteckningen.",
			"Underdatabehandleren oppgis å være engasjert av %[1]q, som ikke står på listen.",
			"Underdatabehandleren angives at være antaget af %[1]q, som ikke står på listen.")}
	ChainCycle = &finding.Def{Code: "subprocessor.chain-cycle", Severity: finding.Error, Ref: "GDPR Art. 28(4)",
		Message: msg("The engaged-by links form a cycle, so the chain back to the processor cannot be traced.",
			"Länkarna om vem som anlitat vem bildar en cirkel, så kedjan tillbaka till personuppgiftsbiträdet kan inte följas.",
			"Koblingene om hvem som har engasjert hvem danner en sirkel, så kjeden tilbake til databehandleren kan ikke følges.",
			"Henvisningerne om, hvem der har antaget hvem, danner en cirkel, så kæden tilbage til databehandleren kan ikke følges.")}
	ChainDeep = &finding.Def{Code: "subprocessor.chain-deep", Severity: finding.Warning, Ref: "GDPR Art. 28(4)",
		Message: msg("The sub-processor is %[1]d levels down the chain; check that the controller can oversee it.",
			"Underbiträdet ligger %[1]d led ned i kedjan; kontrollera att den personuppgiftsansvarige kan överblicka den.",
			"Underdatabehandleren ligger %[1]d ledd nede i kjeden; kontroller at den behandlingsansvarlige kan ha oversikt over den.",
			"Underdatabehandleren ligger %[1]d led nede i kæden; kontrollér, at den dataansvarlige kan overskue den.")}
	OrgIDInvalid = &finding.Def{Code: "org-id.invalid", Severity: finding.Error,
		Message: msg("The organisation number %[1]q is not valid: %[2]v.", "Organisationsnumret %[1]q är ogiltigt: %[2]v.",
			"Organisasjonsnummeret %[1]q er ugyldig: %[2]v.", "Organisationsnummeret %[1]q er ugyldigt: %[2]v.")}

	SubjectMissing = &finding.Def{Code: "instructions.subject-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: msg("The subject of the controller's instructions is not described.",
			"Föremålet för den personuppgiftsansvariges instruktioner beskrivs inte.",
			"Gjenstanden for den behandlingsansvarliges instrukser er ikke beskrevet.",
			"Genstanden for den dataansvarliges instruks er ikke beskrevet.")}
	LevelMissing = &finding.Def{Code: "security.level-missing", Severity: finding.Warning, Ref: "GDPR Art. 32(1)",
		Message: msg("No security level is agreed.", "Ingen säkerhetsnivå har avtalats.",
			"Det er ikke avtalt noe sikkerhetsnivå.", "Der er ikke aftalt et sikkerhedsniveau.")}
	MeasuresMissing = &finding.Def{Code: "security.measures-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)(c), Art. 32",
		Message: msg("No security measure is required.", "Inga säkerhetsåtgärder krävs.",
			"Ingen sikkerhetstiltak er påkrevd.", "Der er ikke krav om nogen sikkerhedsforanstaltninger.")}
	LevelBelowRisk = &finding.Def{Code: "security.level-below-risk", Severity: finding.Warning, Ref: "GDPR Art. 32(1)",
		Message: msg("The agreed security level (%[1]v) is lower than the risk score calls for (%[2]v).",
			"Den avtalade säkerhetsnivån (%[1]v) är lägre än vad riskbedömningen kräver (%[2]v).",
			"Det avtalte sikkerhetsnivået (%[1]v) er lavere enn risikovurderingen tilsier (%[2]v).",
			"Det aftalte sikkerhedsniveau (%[1]v) er lavere end risikovurderingen tilsiger (%[2]v).")}
	MeasureForLevel = &finding.Def{Code: "security.measure-missing-for-level", Severity: finding.Error, Ref: "GDPR Art. 32",
		Message: msg("The agreed security level (%[1]v) calls for the measure %[2]q, which is not required.",
			"Den avtalade säkerhetsnivån (%[1]v) kräver åtgärden %[2]q, som inte finns med.",
			"Det avtalte sikkerhetsnivået (%[1]v) krever tiltaket %[2]q, som ikke er med.",
			"Det aftalte sikkerhedsniveau (%[1]v) kræver foranstaltningen %[2]q, som ikke er med.")}
	MeasureParam = &finding.Def{Code: "security.measure-invalid", Severity: finding.Error, Ref: "GDPR Art. 32",
		Message: msg("The measure's parameter is invalid: %[1]v.", "Åtgärdens parameter är ogiltig: %[1]v.",
			"Tiltakets parameter er ugyldig: %[1]v.", "Foranstaltningens parameter er ugyldig: %[1]v.")}
	DSRMissing = &finding.Def{Code: "assistance.data-subject-requests-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)(e)",
		Message: msg("How the processor assists with data subjects' requests is not described.",
			"Det beskrivs inte hur personuppgiftsbiträdet bistår vid begäranden från registrerade.",
			"Det er ikke beskrevet hvordan databehandleren bistår med henvendelser fra registrerte.",
			"Det er ikke beskrevet, hvordan databehandleren bistår med anmodninger fra registrerede.")}
	TransferInstructionMissing = &finding.Def{Code: "transfers.instruction-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: msg("There is no instruction on transfers to third countries.", "Det finns ingen instruktion om överföring till tredjeland.",
			"Det finnes ingen instruks om overføring til tredjestat.", "Der er ingen instruks om overførsel til tredjelande.")}
	TransferCountriesMissing = &finding.Def{Code: "transfers.countries-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: msg("The instruction allows only listed countries but lists none.", "Instruktionen tillåter bara angivna länder men anger inga.",
			"Instruksen tillater bare oppførte land, men oppgir ingen.", "Instruksen tillader kun angivne lande, men angiver ingen.")}
	CountryInvalid = &finding.Def{Code: "country.invalid", Severity: finding.Error,
		Message: msg("%[1]q is not an ISO 3166-1 alpha-2 country code.", "%[1]q är inte en landskod enligt ISO 3166-1 alpha-2.",
			"%[1]q er ikke en landkode etter ISO 3166-1 alpha-2.", "%[1]q er ikke en landekode efter ISO 3166-1 alpha-2.")}
	AuditMissing = &finding.Def{Code: "audit.form-missing", Severity: finding.Error, Ref: "GDPR Art. 28(3)(h)",
		Message: msg("The form of audit is not agreed.", "Formen för granskning har inte avtalats.",
			"Revisjonsformen er ikke avtalt.", "Revisionsformen er ikke aftalt.")}
	AuditFrequencyMissing = &finding.Def{Code: "audit.frequency-missing", Severity: finding.Warning, Ref: "GDPR Art. 28(3)(h)",
		Message: msg("How often the audit takes place is not agreed.", "Hur ofta granskning sker har inte avtalats.",
			"Hvor ofte revisjon skal skje, er ikke avtalt.", "Hvor ofte revision skal finde sted, er ikke aftalt.")}
)

// Defs lists every code the annex rules report.
var Defs = []*finding.Def{
	PurposeMissing, NatureMissing, DurationMissing, GroupsMissing, GroupNameMissing, GroupDataMissing,
	AuthorisationMissing, NoticeMissing, ObjectionMissing, ObjectionTooLong,
	SubEmpty, SubNameMissing, SubCountryMissing, SubActivityMissing, SubLocationsMissing, SubFlowDownMissing,
	SubIDDuplicate, ChainUnknown, ChainCycle, ChainDeep, OrgIDInvalid,
	SubjectMissing, LevelMissing, MeasuresMissing, LevelBelowRisk, MeasureForLevel, MeasureParam, DSRMissing,
	TransferInstructionMissing, TransferCountriesMissing, CountryInvalid, AuditMissing, AuditFrequencyMissing,
}

// CheckPeriod reports [finding.PeriodInvalid] at path when p is given but
// invalid.
func CheckPeriod(r finding.Reporter, p civil.Period, path func() string) {
	if p.IsZero() {
		return
	}
	if !p.Valid() {
		r.Add(finding.PeriodInvalid, orRoot(path)(), PeriodProblem(p))
	}
}

// PeriodProblem is a message argument that says, in the finding's
// language, what is wrong with an invalid period.
type PeriodProblem civil.Period

// In describes the problem in language l.
func (p PeriodProblem) In(l i18n.Lang) string {
	v := civil.Period(p)
	var t i18n.Text
	if !v.Unit.Valid() {
		t = msg("unknown unit %q", "okänd enhet %q", "ukjent enhet %q", "ukendt enhed %q")
		return fmt.Sprintf(t.In(l), string(v.Unit))
	}
	t = msg("the value %d is negative", "värdet %d är negativt", "verdien %d er negativ", "værdien %d er negativ")
	return fmt.Sprintf(t.In(l), v.Value)
}

// CheckOrgID reports [OrgIDInvalid] at path when id is given but fails its
// scheme's check (the error, one of org's, writes itself in the message's
// language), and [finding.NotNormalised] with the canonical number
// when only its form is off ("212000-0142" for "2120000142"). A nil path
// stands for "".
func CheckOrgID(r finding.Reporter, id org.ID, path func() string) {
	if id.IsZero() || id.Check() == nil {
		return // canonical ids pass Check without the cost of normalising
	}
	n := id.Normalize()
	switch err := n.Check(); {
	case err != nil:
		r.Add(OrgIDInvalid, orRoot(path)(), id.Value, err)
	case n != id:
		r.Add(finding.NotNormalised, orRoot(path)(), id.Value, n.Value)
	}
}

// CheckCountry reports a country code at path that is given but is not an
// ISO 3166-1 alpha-2 code ([CountryInvalid]), or is one only once
// normalised, such as "se" or "EL" ([finding.NotNormalised]). It reports
// nothing for "" or a valid code. A nil path stands for "".
func CheckCountry(r finding.Reporter, c transfer.Country, path func() string) {
	if c == "" || c.Valid() {
		return
	}
	if n := c.Normalize(); n.Valid() {
		r.Add(finding.NotNormalised, orRoot(path)(), string(c), string(n))
		return
	}
	r.Add(CountryInvalid, orRoot(path)(), string(c))
}

// orRoot returns path, or a function that returns "" when path is nil.
func orRoot(path func() string) func() string {
	if path == nil {
		return func() string { return "" }
	}
	return path
}
