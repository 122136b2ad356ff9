package annex

import (
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
)

// MaxChainDepth is the depth beyond which a processor chain is reported as
// hard to oversee ([CodeChainDeep]). Seed 004 asks for at least five levels to
// be described.
const MaxChainDepth = 10

func msg(en, sv, nb, da string) i18n.Text { return i18n.Text{EN: en, SV: sv, NB: nb, DA: da} }

// The codes the annex rules report. Package finding has the common codes
// (free text, periods, organisation numbers, countries); [Defs] has the
// definitions.
const (
	// CodePurposeMissing: the purpose of the processing is not stated.
	CodePurposeMissing finding.Code = "processing.purpose-missing"
	// CodeNatureMissing: the nature of the processing is not stated.
	CodeNatureMissing finding.Code = "processing.nature-missing"
	// CodeDurationMissing: the duration of the processing is not stated.
	CodeDurationMissing finding.Code = "processing.duration-missing"
	// CodeGroupsMissing: no category of data subjects is listed.
	CodeGroupsMissing finding.Code = "processing.data-subjects-missing"
	// CodeGroupNameMissing: the category of data subjects has no name.
	CodeGroupNameMissing finding.Code = "processing.group-name-missing"
	// CodeGroupDataMissing: no type of personal data is listed for this category
	// of data subjects.
	CodeGroupDataMissing finding.Code = "processing.personal-data-missing"
	// CodeAuthorisationMissing: the agreement does not say whether sub-processors
	// are authorised specifically or generally.
	CodeAuthorisationMissing finding.Code = "subprocessors.authorisation-missing"
	// CodeNoticeMissing: general authorisation needs a notice period for changes
	// of sub-processors.
	CodeNoticeMissing finding.Code = "subprocessors.notice-period-missing"
	// CodeObjectionMissing: general authorisation needs a period in which the
	// controller can object.
	CodeObjectionMissing finding.Code = "subprocessors.objection-window-missing"
	// CodeObjectionTooLong: the objection window is longer than the notice period,
	// so a change could take effect before the controller's time to object has run
	// out.
	CodeObjectionTooLong finding.Code = "subprocessors.objection-after-notice"
	// CodeSubEmpty: the sub-processor entry is empty: nothing about the
	// sub-processor is filled in.
	CodeSubEmpty finding.Code = "subprocessor.empty"
	// CodeSubNameMissing: the sub-processor has no name.
	CodeSubNameMissing finding.Code = "subprocessor.name-missing"
	// CodeSubCountryMissing: the sub-processor's country is not given.
	CodeSubCountryMissing finding.Code = "subprocessor.country-missing"
	// CodeSubActivityMissing: what the sub-processor does with the personal data
	// is not described.
	CodeSubActivityMissing finding.Code = "subprocessor.activity-missing"
	// CodeSubLocationsMissing: where the sub-processor processes the personal data
	// is not given.
	CodeSubLocationsMissing finding.Code = "subprocessor.locations-missing"
	// CodeSubFlowDownMissing: it is not confirmed that the sub-processor is bound
	// by the same data protection obligations.
	CodeSubFlowDownMissing finding.Code = "subprocessor.flow-down-missing"
	// CodeSubIDDuplicate: another sub-processor has the same id.
	CodeSubIDDuplicate finding.Code = "subprocessor.id-duplicate"
	// CodeChainUnknown: the sub-processor is said to be engaged by an id that is
	// not in the list.
	CodeChainUnknown finding.Code = "subprocessor.engaged-by-unknown"
	// CodeChainCycle: the engaged-by links form a cycle, so the chain back to the
	// processor cannot be traced.
	CodeChainCycle finding.Code = "subprocessor.chain-cycle"
	// CodeChainDeep: the sub-processor is more than [MaxChainDepth] levels down
	// the chain; check that the controller can oversee it.
	CodeChainDeep finding.Code = "subprocessor.chain-deep"
	// CodeSubjectMissing: the subject of the controller's instructions is not
	// described.
	CodeSubjectMissing finding.Code = "instructions.subject-missing"
	// CodeLevelMissing: no security level is agreed.
	CodeLevelMissing finding.Code = "security.level-missing"
	// CodeMeasuresMissing: no security measure is required.
	CodeMeasuresMissing finding.Code = "security.measures-missing"
	// CodeLevelBelowRisk: the agreed security level is lower than the risk score
	// calls for.
	CodeLevelBelowRisk finding.Code = "security.level-below-risk"
	// CodeMeasureForLevel: the agreed security level calls for a measure that is
	// not required.
	CodeMeasureForLevel finding.Code = "security.measure-missing-for-level"
	// CodeMeasureParam: a measure's parameter is invalid; the argument is the
	// security.Problem.
	CodeMeasureParam finding.Code = "security.measure-invalid"
	// CodeDSRMissing: how the processor assists with data subjects' requests is
	// not described.
	CodeDSRMissing finding.Code = "assistance.data-subject-requests-missing"
	// CodeTransferInstructionMissing: there is no instruction on transfers to
	// third countries.
	CodeTransferInstructionMissing finding.Code = "transfers.instruction-missing"
	// CodeTransferCountriesMissing: the instruction allows only listed countries
	// but lists none.
	CodeTransferCountriesMissing finding.Code = "transfers.countries-missing"
	// CodeAuditMissing: the form of audit is not agreed.
	CodeAuditMissing finding.Code = "audit.form-missing"
	// CodeAuditFrequencyMissing: how often the audit takes place is not agreed.
	CodeAuditFrequencyMissing finding.Code = "audit.frequency-missing"
)

// The definitions of the codes, kept unexported so that no caller can change
// a message or a severity; [Defs] returns copies.
var (
	purposeMissing = finding.Def{Code: CodePurposeMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("The purpose of the processing is not stated.", "Ändamålet med behandlingen anges inte.",
			"Formålet med behandlingen er ikke angitt.", "Formålet med behandlingen er ikke angivet.")}
	natureMissing = finding.Def{Code: CodeNatureMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("The nature of the processing is not stated.", "Behandlingens art anges inte.",
			"Behandlingens art er ikke angitt.", "Behandlingens karakter er ikke angivet.")}
	durationMissing = finding.Def{Code: CodeDurationMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("The duration of the processing is not stated.", "Behandlingens varaktighet anges inte.",
			"Behandlingens varighet er ikke angitt.", "Behandlingens varighed er ikke angivet.")}
	groupsMissing = finding.Def{Code: CodeGroupsMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("No category of data subjects is listed.", "Ingen kategori av registrerade anges.",
			"Ingen kategori av registrerte er angitt.", "Ingen kategori af registrerede er angivet.")}
	groupNameMissing = finding.Def{Code: CodeGroupNameMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("The category of data subjects has no name.", "Kategorin av registrerade saknar namn.",
			"Kategorien av registrerte mangler navn.", "Kategorien af registrerede mangler navn.")}
	groupDataMissing = finding.Def{Code: CodeGroupDataMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("No type of personal data is listed for this category of data subjects.",
			"Ingen typ av personuppgifter anges för denna kategori av registrerade.",
			"Ingen type personopplysninger er angitt for denne kategorien av registrerte.",
			"Ingen type personoplysninger er angivet for denne kategori af registrerede.")}

	authorisationMissing = finding.Def{Code: CodeAuthorisationMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The agreement does not say whether sub-processors are authorised specifically or generally.",
			"Avtalet anger inte om underbiträden godkänns särskilt eller allmänt.",
			"Avtalen angir ikke om underdatabehandlere godkjennes spesifikt eller generelt.",
			"Aftalen angiver ikke, om underdatabehandlere godkendes specifikt eller generelt.")}
	noticeMissing = finding.Def{Code: CodeNoticeMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("General authorisation needs a notice period for changes of sub-processors.",
			"Ett allmänt förhandstillstånd kräver en varseltid för byte av underbiträden.",
			"Generell godkjenning krever en varslingsfrist for endringer av underdatabehandlere.",
			"Generel godkendelse kræver et varsel ved ændringer af underdatabehandlere.")}
	objectionMissing = finding.Def{Code: CodeObjectionMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("General authorisation needs a period in which the controller can object.",
			"Ett allmänt förhandstillstånd kräver en tid inom vilken den personuppgiftsansvarige kan invända.",
			"Generell godkjenning krever en frist der den behandlingsansvarlige kan protestere.",
			"Generel godkendelse kræver en frist, inden for hvilken den dataansvarlige kan gøre indsigelse.")}
	objectionTooLong = finding.Def{Code: CodeObjectionTooLong, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The objection window (%[1]v) is longer than the notice period (%[2]v), so a change could take effect before the controller's time to object has run out.",
			"Invändningstiden (%[1]v) är längre än varseltiden (%[2]v), så en ändring kan träda i kraft innan tiden för invändning har löpt ut.",
			"Protestfristen (%[1]v) er lengre enn varslingsfristen (%[2]v), slik at en endring kan tre i kraft før fristen for å protestere er ute.",
			"Indsigelsesfristen (%[1]v) er længere end varslet (%[2]v), så en ændring kan få virkning, før fristen for indsigelse er udløbet.")}
	subEmpty = finding.Def{Code: CodeSubEmpty, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The sub-processor entry is empty: nothing about the sub-processor is filled in.",
			"Posten för underbiträdet är tom: inga uppgifter om underbiträdet är ifyllda.",
			"Oppføringen for underdatabehandleren er tom: ingen opplysninger om den er fylt ut.",
			"Posten for underdatabehandleren er tom: ingen oplysninger om den er udfyldt.")}
	subNameMissing = finding.Def{Code: CodeSubNameMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The sub-processor has no name.", "Underbiträdet saknar namn.", "Underdatabehandleren mangler navn.", "Underdatabehandleren mangler navn.")}
	subCountryMissing = finding.Def{Code: CodeSubCountryMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("The sub-processor's country is not given.", "Underbiträdets land anges inte.",
			"Underdatabehandlerens land er ikke angitt.", "Underdatabehandlerens land er ikke angivet.")}
	subActivityMissing = finding.Def{Code: CodeSubActivityMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: msg("What the sub-processor does with the personal data is not described.",
			"Det beskrivs inte vad underbiträdet gör med personuppgifterna.",
			"Det er ikke beskrevet hva underdatabehandleren gjør med personopplysningene.",
			"Det er ikke beskrevet, hvad underdatabehandleren gør med personoplysningerne.")}
	subLocationsMissing = finding.Def{Code: CodeSubLocationsMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: msg("Where the sub-processor processes the personal data is not given.",
			"Det anges inte var underbiträdet behandlar personuppgifterna.",
			"Det er ikke angitt hvor underdatabehandleren behandler personopplysningene.",
			"Det er ikke angivet, hvor underdatabehandleren behandler personoplysningerne.")}
	subFlowDownMissing = finding.Def{Code: CodeSubFlowDownMissing, Severity: finding.Error, Ref: "GDPR Art. 28(4)",
		Message: msg("It is not confirmed that the sub-processor is bound by the same data protection obligations.",
			"Det är inte bekräftat att underbiträdet är bundet av samma dataskyddsskyldigheter.",
			"Det er ikke bekreftet at underdatabehandleren er bundet av de samme personvernforpliktelsene.",
			"Det er ikke bekræftet, at underdatabehandleren er bundet af de samme databeskyttelsesforpligtelser.")}
	subIDDuplicate = finding.Def{Code: CodeSubIDDuplicate, Severity: finding.Error,
		Message: msg("Another sub-processor has the same id %[1]q.", "Ett annat underbiträde har samma id %[1]q.",
			"En annen underdatabehandler har samme id %[1]q.", "En anden underdatabehandler har samme id %[1]q.")}
	chainUnknown = finding.Def{Code: CodeChainUnknown, Severity: finding.Error, Ref: "GDPR Art. 28(4)",
		Message: msg("The sub-processor is said to be engaged by %[1]q, which is not in the list.",
			"Underbiträdet anges vara anlitat av %[1]q, som inte finns i förteckningen.",
			"Underdatabehandleren oppgis å være engasjert av %[1]q, som ikke står på listen.",
			"Underdatabehandleren angives at være antaget af %[1]q, som ikke står på listen.")}
	chainCycle = finding.Def{Code: CodeChainCycle, Severity: finding.Error, Ref: "GDPR Art. 28(4)",
		Message: msg("The engaged-by links form a cycle, so the chain back to the processor cannot be traced.",
			"Länkarna om vem som anlitat vem bildar en cirkel, så kedjan tillbaka till personuppgiftsbiträdet kan inte följas.",
			"Koblingene om hvem som har engasjert hvem danner en sirkel, så kjeden tilbake til databehandleren kan ikke følges.",
			"Henvisningerne om, hvem der har antaget hvem, danner en cirkel, så kæden tilbage til databehandleren kan ikke følges.")}
	chainDeep = finding.Def{Code: CodeChainDeep, Severity: finding.Warning, Ref: "GDPR Art. 28(4)",
		Message: msg("The sub-processor is %[1]d levels down the chain; check that the controller can oversee it.",
			"Underbiträdet ligger %[1]d led ned i kedjan; kontrollera att den personuppgiftsansvarige kan överblicka den.",
			"Underdatabehandleren ligger %[1]d ledd nede i kjeden; kontroller at den behandlingsansvarlige kan ha oversikt over den.",
			"Underdatabehandleren ligger %[1]d led nede i kæden; kontrollér, at den dataansvarlige kan overskue den.")}

	subjectMissing = finding.Def{Code: CodeSubjectMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: msg("The subject of the controller's instructions is not described.",
			"Föremålet för den personuppgiftsansvariges instruktioner beskrivs inte.",
			"Gjenstanden for den behandlingsansvarliges instrukser er ikke beskrevet.",
			"Genstanden for den dataansvarliges instruks er ikke beskrevet.")}
	levelMissing = finding.Def{Code: CodeLevelMissing, Severity: finding.Warning, Ref: "GDPR Art. 32(1)",
		Message: msg("No security level is agreed.", "Ingen säkerhetsnivå har avtalats.",
			"Det er ikke avtalt noe sikkerhetsnivå.", "Der er ikke aftalt et sikkerhedsniveau.")}
	measuresMissing = finding.Def{Code: CodeMeasuresMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(c), Art. 32",
		Message: msg("No security measure is required.", "Inga säkerhetsåtgärder krävs.",
			"Ingen sikkerhetstiltak er påkrevd.", "Der er ikke krav om nogen sikkerhedsforanstaltninger.")}
	levelBelowRisk = finding.Def{Code: CodeLevelBelowRisk, Severity: finding.Warning, Ref: "GDPR Art. 32(1)",
		Message: msg("The agreed security level (%[1]v) is lower than the risk score calls for (%[2]v).",
			"Den avtalade säkerhetsnivån (%[1]v) är lägre än vad riskbedömningen kräver (%[2]v).",
			"Det avtalte sikkerhetsnivået (%[1]v) er lavere enn risikovurderingen tilsier (%[2]v).",
			"Det aftalte sikkerhedsniveau (%[1]v) er lavere end risikovurderingen tilsiger (%[2]v).")}
	measureForLevel = finding.Def{Code: CodeMeasureForLevel, Severity: finding.Error, Ref: "GDPR Art. 32",
		Message: msg("The agreed security level (%[1]v) calls for the measure %[2]q, which is not required.",
			"Den avtalade säkerhetsnivån (%[1]v) kräver åtgärden %[2]q, som inte finns med.",
			"Det avtalte sikkerhetsnivået (%[1]v) krever tiltaket %[2]q, som ikke er med.",
			"Det aftalte sikkerhedsniveau (%[1]v) kræver foranstaltningen %[2]q, som ikke er med.")}
	measureParam = finding.Def{Code: CodeMeasureParam, Severity: finding.Error, Ref: "GDPR Art. 32",
		Message: msg("The measure's parameter is invalid: %[1]v.", "Åtgärdens parameter är ogiltig: %[1]v.",
			"Tiltakets parameter er ugyldig: %[1]v.", "Foranstaltningens parameter er ugyldig: %[1]v.")}
	dsrMissing = finding.Def{Code: CodeDSRMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(e)",
		Message: msg("How the processor assists with data subjects' requests is not described.",
			"Det beskrivs inte hur personuppgiftsbiträdet bistår vid begäranden från registrerade.",
			"Det er ikke beskrevet hvordan databehandleren bistår med henvendelser fra registrerte.",
			"Det er ikke beskrevet, hvordan databehandleren bistår med anmodninger fra registrerede.")}
	transferInstructionMissing = finding.Def{Code: CodeTransferInstructionMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: msg("There is no instruction on transfers to third countries.", "Det finns ingen instruktion om överföring till tredjeland.",
			"Det finnes ingen instruks om overføring til tredjestat.", "Der er ingen instruks om overførsel til tredjelande.")}
	transferCountriesMissing = finding.Def{Code: CodeTransferCountriesMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: msg("The instruction allows only listed countries but lists none.", "Instruktionen tillåter bara angivna länder men anger inga.",
			"Instruksen tillater bare oppførte land, men oppgir ingen.", "Instruksen tillader kun angivne lande, men angiver ingen.")}
	auditMissing = finding.Def{Code: CodeAuditMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(h)",
		Message: msg("The form of audit is not agreed.", "Formen för granskning har inte avtalats.",
			"Revisjonsformen er ikke avtalt.", "Revisionsformen er ikke aftalt.")}
	auditFrequencyMissing = finding.Def{Code: CodeAuditFrequencyMissing, Severity: finding.Warning, Ref: "GDPR Art. 28(3)(h)",
		Message: msg("How often the audit takes place is not agreed.", "Hur ofta granskning sker har inte avtalats.",
			"Hvor ofte revisjon skal skje, er ikke avtalt.", "Hvor ofte revision skal finde sted, er ikke aftalt.")}
)

// defs lists every code the annex rules report, in the order [Defs] gives
// them.
var defs = []*finding.Def{
	&purposeMissing, &natureMissing, &durationMissing, &groupsMissing, &groupNameMissing, &groupDataMissing,
	&authorisationMissing, &noticeMissing, &objectionMissing, &objectionTooLong,
	&subEmpty, &subNameMissing, &subCountryMissing, &subActivityMissing, &subLocationsMissing, &subFlowDownMissing,
	&subIDDuplicate, &chainUnknown, &chainCycle, &chainDeep,
	&subjectMissing, &levelMissing, &measuresMissing, &levelBelowRisk, &measureForLevel, &measureParam, &dsrMissing,
	&transferInstructionMissing, &transferCountriesMissing, &auditMissing, &auditFrequencyMissing,
}

// Defs returns the definitions of the codes the annex rules report: copies,
// so that changing one changes nothing the rules report. Package dpa's Defs
// lists them with every other built-in code.
func Defs() []finding.Def {
	out := make([]finding.Def, len(defs))
	for i, d := range defs {
		out[i] = *d
	}
	return out
}
