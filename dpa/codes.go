package dpa

import (
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
)

func msg(en, sv, nb, da string) i18n.Text { return i18n.Text{EN: en, SV: sv, NB: nb, DA: da} }

// The codes the agreement-wide rules report. The annex rules' codes are in
// package annex and the common codes (free text, periods, organisation
// numbers, countries) in package finding; [Defs] has the definitions of them
// all.
const (
	// CodeAgreementMissing: there is no agreement to check (a nil *Agreement).
	CodeAgreementMissing Code = "agreement.missing"
	// CodeStatusInvalid: the status must be draft or final.
	CodeStatusInvalid Code = "agreement.status-invalid"
	// CodeLanguagesMissing: the agreement names no language.
	CodeLanguagesMissing Code = "agreement.languages-missing"
	// CodeDateMissing: the date of the agreement is not given; transfers are
	// assessed on that date.
	CodeDateMissing Code = "agreement.date-missing"
	// CodeDateInvalid: the date does not exist.
	CodeDateInvalid Code = "date.invalid"
	// CodeDateOrder: an end date is before its start date.
	CodeDateOrder Code = "date.order"
	// CodeTermMissing: how long the agreement runs is not stated.
	CodeTermMissing Code = "term.missing"
	// CodeTermEndMissing: a fixed term needs an end date.
	CodeTermEndMissing Code = "term.end-date-missing"
	// CodeControllerMissing: no controller is named.
	CodeControllerMissing Code = "party.controller-missing"
	// CodePartyMissing: nothing about the party is filled in.
	CodePartyMissing Code = "party.missing"
	// CodePartyNameMissing: the party has no name.
	CodePartyNameMissing Code = "party.name-missing"
	// CodePartyCountryMissing: the party's country is not given.
	CodePartyCountryMissing Code = "party.country-missing"
	// CodeContactsMissing: the party names no contact person.
	CodeContactsMissing Code = "party.contacts-missing"
	// CodeSignatoryMissing: who signs for the party is not given.
	CodeSignatoryMissing Code = "party.signatory-missing"
	// CodeConfidentialityMissing: how the processor's staff are bound to
	// confidentiality is not stated.
	CodeConfidentialityMissing Code = "confidentiality.missing"
	// CodeBreachMissing: no deadline is set for telling the controller of a
	// personal data breach.
	CodeBreachMissing Code = "breach.deadline-missing"
	// CodeBreachOver72h: a breach deadline is longer than the controller's own 72
	// hours to notify the authority.
	CodeBreachOver72h Code = "breach.deadline-over-72h"
	// CodeBreachDuplicate: two deadlines are given for the same kind of breach.
	CodeBreachDuplicate Code = "breach.kind-duplicate"
	// CodeEndActionMissing: the agreement does not say whether the data is deleted
	// or returned at the end.
	CodeEndActionMissing Code = "end.action-missing"
	// CodeEndDeadlineMissing: no deadline is set for deleting or returning the
	// data at the end.
	CodeEndDeadlineMissing Code = "end.deadline-missing"
	// CodeFeeInvalid: the assistance fee must not be negative and needs a unit to
	// be charged per.
	CodeFeeInvalid Code = "assistance.fee-invalid"
	// CodeFeeMissing: assistance is charged per unit but no fee or price list is
	// given.
	CodeFeeMissing Code = "assistance.fee-missing"
	// CodeGoverningLawMissing: the governing law is not chosen.
	CodeGoverningLawMissing Code = "law.governing-law-missing"
	// CodeVenueMissing: the venue for disputes is not named.
	CodeVenueMissing Code = "law.venue-missing"
	// CodeTransferNotAllowed: processing at a location is not allowed on the
	// agreement's date; the message says why.
	CodeTransferNotAllowed Code = "transfer.not-allowed"
	// CodeTransferCaveat: processing at a location is allowed, with a caveat the
	// message states.
	CodeTransferCaveat Code = "transfer.caveat"
	// CodeLevelTooLowForData: Annex A lists data that calls for a higher security
	// level than the one agreed.
	CodeLevelTooLowForData Code = "security.level-too-low-for-data"
	// CodeRiskInconsistent: the risk scoring says a kind of data is not processed,
	// but Annex A lists it.
	CodeRiskInconsistent Code = "security.risk-inconsistent"
	// CodeRiskUnsupported: the risk scoring counts a kind of data that Annex A
	// does not list.
	CodeRiskUnsupported Code = "security.risk-unsupported"
	// CodeSCCModuleRole: the SCC module does not fit a processor engaging a
	// sub-processor, which uses module 3.
	CodeSCCModuleRole Code = "transfer.scc-module-role"
	// CodeAuditBelowLevel: the audit form is weaker than the agreed security level
	// calls for.
	CodeAuditBelowLevel Code = "audit.form-below-level"
)

// The definitions of the codes, kept unexported so that no caller can change
// a message or a severity; [Defs] returns copies.
var (
	agreementMissing = finding.Def{Code: CodeAgreementMissing, Severity: finding.Error,
		Message: msg("There is no agreement to check (a nil *Agreement).", "Det finns inget avtal att kontrollera (en nil-*Agreement).",
			"Det finnes ingen avtale å kontrollere (en nil-*Agreement).", "Der er ingen aftale at kontrollere (en nil-*Agreement).")}
	statusInvalid = finding.Def{Code: CodeStatusInvalid, Severity: finding.Error,
		Message: msg("The status must be draft or final.", "Status måste vara utkast eller slutligt.",
			"Status må være utkast eller endelig.", "Status skal være udkast eller endelig.")}
	languagesMissing = finding.Def{Code: CodeLanguagesMissing, Severity: finding.Error,
		Message: msg("The agreement names no language.", "Avtalet anger inget språk.",
			"Avtalen angir ikke noe språk.", "Aftalen angiver ikke noget sprog.")}
	dateMissing = finding.Def{Code: CodeDateMissing, Severity: finding.Error, Ref: "GDPR Art. 44",
		Message: msg("The date of the agreement is not given; transfers are assessed on that date.",
			"Avtalets datum anges inte; överföringar bedöms per det datumet.",
			"Avtalens dato er ikke angitt; overføringer vurderes per denne datoen.",
			"Aftalens dato er ikke angivet; overførsler vurderes på denne dato.")}
	dateInvalid = finding.Def{Code: CodeDateInvalid, Severity: finding.Error,
		Message: msg("The date does not exist.", "Datumet finns inte.", "Datoen finnes ikke.", "Datoen findes ikke.")}
	dateOrder = finding.Def{Code: CodeDateOrder, Severity: finding.Error,
		Message: msg("The end date %[1]v is before the start date %[2]v.", "Slutdatumet %[1]v ligger före startdatumet %[2]v.",
			"Sluttdatoen %[1]v er før startdatoen %[2]v.", "Slutdatoen %[1]v ligger før startdatoen %[2]v.")}
	termMissing = finding.Def{Code: CodeTermMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("How long the agreement runs is not stated.", "Avtalets giltighetstid anges inte.",
			"Avtalens varighet er ikke angitt.", "Aftalens løbetid er ikke angivet.")}
	termEndMissing = finding.Def{Code: CodeTermEndMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("A fixed term needs an end date.", "En fast giltighetstid kräver ett slutdatum.",
			"En fast varighet krever en sluttdato.", "En fast løbetid kræver en slutdato.")}
	controllerMissing = finding.Def{Code: CodeControllerMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("No controller is named.", "Ingen personuppgiftsansvarig anges.",
			"Ingen behandlingsansvarlig er angitt.", "Ingen dataansvarlig er angivet.")}
	partyMissing = finding.Def{Code: CodePartyMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: msg("Nothing about the party is filled in.", "Inga uppgifter om parten är ifyllda.",
			"Ingen opplysninger om parten er fylt ut.", "Ingen oplysninger om parten er udfyldt.")}
	partyNameMissing = finding.Def{Code: CodePartyNameMissing, Severity: finding.Error,
		Message: msg("The party has no name.", "Parten saknar namn.", "Parten mangler navn.", "Parten mangler navn.")}
	partyCountryMissing = finding.Def{Code: CodePartyCountryMissing, Severity: finding.Error,
		Message: msg("The party's country is not given.", "Partens land anges inte.", "Partens land er ikke angitt.", "Partens land er ikke angivet.")}
	contactsMissing = finding.Def{Code: CodeContactsMissing, Severity: finding.Warning,
		Message: msg("The party names no contact person.", "Parten anger ingen kontaktperson.",
			"Parten angir ingen kontaktperson.", "Parten angiver ingen kontaktperson.")}
	signatoryMissing = finding.Def{Code: CodeSignatoryMissing, Severity: finding.Warning, Ref: "GDPR Art. 28(9)",
		Message: msg("Who signs for the party is not given.", "Det anges inte vem som undertecknar för parten.",
			"Det er ikke angitt hvem som signerer for parten.", "Det er ikke angivet, hvem der underskriver for parten.")}
	confidentialityMissing = finding.Def{Code: CodeConfidentialityMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(b)",
		Message: msg("How the processor's staff are bound to confidentiality is not stated.",
			"Det anges inte hur personuppgiftsbiträdets personal är bunden av tystnadsplikt.",
			"Det er ikke angitt hvordan databehandlerens personell er bundet av taushetsplikt.",
			"Det er ikke angivet, hvordan databehandlerens personale er underlagt tavshedspligt.")}
	breachMissing = finding.Def{Code: CodeBreachMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(f), Art. 33(2)",
		Message: msg("No deadline is set for telling the controller of a personal data breach.",
			"Ingen tidsfrist anges för att underrätta den personuppgiftsansvarige om en personuppgiftsincident.",
			"Det er ikke satt noen frist for å varsle den behandlingsansvarlige om brudd på personopplysningssikkerheten.",
			"Der er ikke fastsat en frist for at underrette den dataansvarlige om brud på persondatasikkerheden.")}
	breachOver72h = finding.Def{Code: CodeBreachOver72h, Severity: finding.Error, Ref: "GDPR Art. 33(1)–(2)",
		Message: msg("The breach deadline of %[1]v is longer than the controller's own 72 hours to notify the authority.",
			"Fristen på %[1]v för incidentanmälan är längre än den personuppgiftsansvariges egna 72 timmar att anmäla till tillsynsmyndigheten.",
			"Fristen på %[1]v for å varsle om brudd er lengre enn den behandlingsansvarliges egne 72 timer til å melde til tilsynsmyndigheten.",
			"Fristen på %[1]v for underretning om brud er længere end den dataansvarliges egne 72 timer til at anmelde til tilsynsmyndigheden.")}
	breachDuplicate = finding.Def{Code: CodeBreachDuplicate, Severity: finding.Error,
		Message: msg("Two deadlines are given for the same kind of breach.", "Två tidsfrister anges för samma slags incident.",
			"Det er angitt to frister for samme type brudd.", "Der er angivet to frister for samme type brud.")}
	endActionMissing = finding.Def{Code: CodeEndActionMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(g)",
		Message: msg("The agreement does not say whether the data is deleted or returned at the end.",
			"Avtalet anger inte om uppgifterna ska raderas eller återlämnas vid upphörandet.",
			"Avtalen angir ikke om opplysningene skal slettes eller tilbakeleveres ved opphør.",
			"Aftalen angiver ikke, om oplysningerne skal slettes eller tilbageleveres ved ophør.")}
	endDeadlineMissing = finding.Def{Code: CodeEndDeadlineMissing, Severity: finding.Warning, Ref: "GDPR Art. 28(3)(g)",
		Message: msg("No deadline is set for deleting or returning the data at the end.",
			"Ingen tidsfrist anges för radering eller återlämnande vid upphörandet.",
			"Det er ikke satt noen frist for sletting eller tilbakelevering ved opphør.",
			"Der er ikke fastsat en frist for sletning eller tilbagelevering ved ophør.")}
	feeInvalid = finding.Def{Code: CodeFeeInvalid, Severity: finding.Error,
		Message: msg("The assistance fee must not be negative and needs a unit to be charged per.",
			"Arvodet för bistånd får inte vara negativt och behöver en enhet att debiteras per.",
			"Honoraret for bistand kan ikke være negativt og trenger en enhet det faktureres per.",
			"Honoraret for bistand må ikke være negativt og kræver en enhed, der faktureres pr.")}
	feeMissing = finding.Def{Code: CodeFeeMissing, Severity: finding.Error,
		Message: msg("Assistance is charged per unit but no fee or price list is given.",
			"Bistånd debiteras per enhet men inget arvode eller prislista anges.",
			"Bistand faktureres per enhet, men det er ikke angitt noe honorar eller noen prisliste.",
			"Bistand faktureres pr. enhed, men der er ikke angivet et honorar eller en prisliste.")}
	governingLawMissing = finding.Def{Code: CodeGoverningLawMissing, Severity: finding.Warning,
		Message: msg("The governing law is not chosen.", "Tillämplig lag har inte valts.", "Lovvalget er ikke angitt.", "Lovvalget er ikke angivet.")}
	venueMissing = finding.Def{Code: CodeVenueMissing, Severity: finding.Warning,
		Message: msg("The venue for disputes is not named.", "Forum för tvister anges inte.",
			"Verneting for tvister er ikke angitt.", "Værneting for tvister er ikke angivet.")}
	transferNotAllowed = finding.Def{Code: CodeTransferNotAllowed, Severity: finding.Error, Ref: "GDPR Arts. 44–49, Art. 28(3)(a)",
		Message: msg("Processing %[1]v is not allowed on %[2]v. %[3]v", "Behandling %[1]v är inte tillåten den %[2]v. %[3]v",
			"Behandling %[1]v er ikke tillatt per %[2]v. %[3]v", "Behandling %[1]v er ikke tilladt pr. %[2]v. %[3]v")}
	transferCaveat = finding.Def{Code: CodeTransferCaveat, Severity: finding.Info, Ref: "GDPR Arts. 45, 49",
		Message: msg("Processing %[1]v is allowed, with a caveat. %[2]v", "Behandling %[1]v är tillåten, med förbehåll. %[2]v",
			"Behandling %[1]v er tillatt, med forbehold. %[2]v", "Behandling %[1]v er tilladt, med forbehold. %[2]v")}
	levelTooLowForData = finding.Def{Code: CodeLevelTooLowForData, Severity: finding.Error, Ref: "GDPR Art. 32, Arts. 9, 10 and 87",
		Message: msg("Annex A lists %[1]v, which calls for at least the security level %[2]v; the agreed level is %[3]v.",
			"Bilaga A anger %[1]v, vilket kräver minst säkerhetsnivån %[2]v; den avtalade nivån är %[3]v.",
			"Vedlegg A angir %[1]v, som krever minst sikkerhetsnivået %[2]v; det avtalte nivået er %[3]v.",
			"Bilag A angiver %[1]v, hvilket kræver mindst sikkerhedsniveauet %[2]v; det aftalte niveau er %[3]v.")}
	riskInconsistent = finding.Def{Code: CodeRiskInconsistent, Severity: finding.Warning, Ref: "GDPR Art. 32(2)",
		Message: msg("The risk scoring says %[1]v is not processed, but Annex A lists it.",
			"Riskbedömningen anger att %[1]v inte behandlas, men bilaga A anger det.",
			"Risikovurderingen sier at %[1]v ikke behandles, men vedlegg A angir det.",
			"Risikovurderingen angiver, at %[1]v ikke behandles, men bilag A angiver det.")}
	riskUnsupported = finding.Def{Code: CodeRiskUnsupported, Severity: finding.Warning, Ref: "GDPR Art. 28(3)",
		Message: msg("The risk scoring counts %[1]v, but Annex A lists none.",
			"Riskbedömningen räknar med %[1]v, men bilaga A anger inga.",
			"Risikovurderingen regner med %[1]v, men vedlegg A angir ingen.",
			"Risikovurderingen medregner %[1]v, men bilag A angiver ingen.")}
	sccModuleRole = finding.Def{Code: CodeSCCModuleRole, Severity: finding.Error, Ref: "Implementing Decision (EU) 2021/914",
		Message: msg("SCC module %[1]d is for transfers %[2]v; a processor engaging a sub-processor uses module 3.",
			"SCC-modul %[1]d gäller överföringar %[2]v; ett personuppgiftsbiträde som anlitar ett underbiträde använder modul 3.",
			"SCC-modul %[1]d gjelder overføringer %[2]v; en databehandler som engasjerer en underdatabehandler bruker modul 3.",
			"SCC-modul %[1]d gælder overførsler %[2]v; en databehandler, der antager en underdatabehandler, anvender modul 3.")}
	auditBelowLevel = finding.Def{Code: CodeAuditBelowLevel, Severity: finding.Error, Ref: "GDPR Art. 28(3)(h)",
		Message: msg("The audit form %[1]v is weaker than the agreed security level %[2]v calls for.",
			"Granskningsformen %[1]v är svagare än vad den avtalade säkerhetsnivån %[2]v kräver.",
			"Revisjonsformen %[1]v er svakere enn det avtalte sikkerhetsnivået %[2]v krever.",
			"Revisionsformen %[1]v er svagere, end det aftalte sikkerhedsniveau %[2]v kræver.")}
)

// agreementDefs lists the codes declared in this file, in the order [Defs]
// gives them.
var agreementDefs = []*finding.Def{
	&agreementMissing, &statusInvalid, &languagesMissing, &dateMissing, &dateInvalid, &dateOrder, &termMissing, &termEndMissing,
	&controllerMissing, &partyMissing, &partyNameMissing, &partyCountryMissing, &contactsMissing, &signatoryMissing,
	&confidentialityMissing, &breachMissing, &breachOver72h, &breachDuplicate, &endActionMissing, &endDeadlineMissing,
	&feeInvalid, &feeMissing, &governingLawMissing, &venueMissing, &transferNotAllowed, &transferCaveat,
	&levelTooLowForData, &riskInconsistent, &riskUnsupported, &sccModuleRole, &auditBelowLevel,
}
