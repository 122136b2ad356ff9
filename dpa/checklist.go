package dpa

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/i18n"
)

// checklistItem is one point of the Art. 28(3) checklist and the finding
// codes that check it.
type checklistItem struct {
	Point int       // 1 to 9
	Title i18n.Text // what the agreement must contain
	Ref   string    // where the law says so
	Codes []Code    // the codes that report a gap in this point
}

// checklist is the nine-point list of what an Art. 28 agreement must contain,
// in the order of seed 002 (an IMY-oriented guide to PUB-avtal), with the
// finding codes that check each point. Source: GDPR Art. 28(3); seed
// 002_11bcc2699af23ae8.txt. docs/findings.md is generated from it.
var checklist = []checklistItem{
	{1, msg("Nature, purpose and duration of the processing", "Behandlingens art, ändamål och varaktighet",
		"Behandlingens art, formål og varighet", "Behandlingens karakter, formål og varighed"), "GDPR Art. 28(3)",
		[]Code{annex.CodeNatureMissing, annex.CodePurposeMissing, annex.CodeDurationMissing, CodeTermMissing, CodeTermEndMissing}},
	{2, msg("Types of personal data and categories of data subjects", "Typ av personuppgifter och kategorier av registrerade",
		"Typer personopplysninger og kategorier av registrerte", "Typer af personoplysninger og kategorier af registrerede"), "GDPR Art. 28(3)",
		[]Code{annex.CodeGroupsMissing, annex.CodeGroupNameMissing, annex.CodeGroupDataMissing}},
	{3, msg("Processing only on documented instructions, including transfers", "Behandling endast enligt dokumenterade instruktioner, även om överföringar",
		"Behandling bare etter dokumenterte instrukser, også om overføringer", "Behandling kun efter dokumenteret instruks, også om overførsler"), "GDPR Art. 28(3)(a)",
		[]Code{annex.CodeSubjectMissing, annex.CodeTransferInstructionMissing, annex.CodeTransferCountriesMissing,
			CodeTransferNotAllowed, CodeSCCModuleRole}},
	{4, msg("Security measures", "Säkerhetsåtgärder", "Sikkerhetstiltak", "Sikkerhedsforanstaltninger"), "GDPR Art. 28(3)(c), Art. 32",
		[]Code{annex.CodeLevelMissing, annex.CodeMeasuresMissing, annex.CodeMeasureOpen, annex.CodeMeasureForLevel, annex.CodeMeasureParam,
			annex.CodeLevelBelowRisk, CodeLevelTooLowForData, CodeRiskInconsistent, CodeRiskUnsupported}},
	{5, msg("Sub-processors", "Underbiträden", "Underdatabehandlere", "Underdatabehandlere"), "GDPR Art. 28(2), (3)(d) and (4)",
		[]Code{annex.CodeAuthorisationMissing, annex.CodeNoticeMissing, annex.CodeObjectionMissing, annex.CodeObjectionTooLong,
			annex.CodeObjectionGrounds, annex.CodeObjectionNoExit,
			annex.CodeSubNameMissing, annex.CodeSubCountryMissing, annex.CodeSubActivityMissing, annex.CodeSubLocationsMissing,
			annex.CodeSubFlowDownMissing, annex.CodeChainUnknown, annex.CodeChainCycle, annex.CodeChainDeep}},
	{6, msg("Assistance to the controller", "Bistånd till den personuppgiftsansvarige", "Bistand til den behandlingsansvarlige",
		"Bistand til den dataansvarlige"), "GDPR Art. 28(3)(e) and (f)",
		[]Code{annex.CodeDSRMissing, CodeFeeMissing, CodeFeeInvalid}},
	{7, msg("Reporting personal data breaches", "Rapportering av personuppgiftsincidenter", "Varsling av brudd på personopplysningssikkerheten",
		"Underretning om brud på persondatasikkerheden"), "GDPR Art. 28(3)(f), Art. 33(2)",
		[]Code{CodeBreachMissing, CodeNoticeDeadlineMissing, CodeBreachOver72h, CodeBreachDuplicate, CodeBreachExceptRoutine, CodeBreachWithoutDelayKind, CodeBreachIfPossible}},
	{8, msg("Audits, including inspections", "Granskningar, inbegripet inspektioner", "Revisjoner, herunder inspeksjoner",
		"Revisioner, herunder inspektioner"), "GDPR Art. 28(3)(h)",
		[]Code{annex.CodeAuditMissing, annex.CodeAuditFrequencyMissing, CodeAuditBelowLevel}},
	{9, msg("Deletion or return at the end", "Radering eller återlämnande vid upphörandet", "Sletting eller tilbakelevering ved opphør",
		"Sletning eller tilbagelevering ved ophør"), "GDPR Art. 28(3)(g)",
		[]Code{CodeEndActionMissing, CodeEndDeadlineMissing, CodeEndConfirmationMissing}},
}
