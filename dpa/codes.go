package dpa

//go:generate go run ../internal/catalog/catalogen -target dpa

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
	// CodeMainAgreementBlank: the agreement refers to a main agreement whose
	// title and date are left blank, as in a template.
	CodeMainAgreementBlank Code = "agreement.main-agreement-blank"
	// CodeTimeZoneInvalid: the agreement's time zone is not a zone of the
	// IANA time zone database.
	CodeTimeZoneInvalid Code = "agreement.time-zone-invalid"
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
	// CodeNoticeDeadlineMissing: no deadline is set for a notice the
	// agreement requires beyond Art. 33(2), of intrusion attempts or of
	// breaches of the agreement.
	CodeNoticeDeadlineMissing Code = "breach.notice-deadline-missing"
	// CodeBreachOver72h: a breach deadline is longer than the controller's own 72
	// hours to notify the authority.
	CodeBreachOver72h Code = "breach.deadline-over-72h"
	// CodeBreachDuplicate: two deadlines are given for the same kind of breach.
	CodeBreachDuplicate Code = "breach.kind-duplicate"
	// CodeBreachExceptRoutine: exceptRoutine is set on a deadline that is
	// not for intrusion attempts, the only kind it applies to.
	CodeBreachExceptRoutine Code = "breach.except-routine-kind"
	// CodeBreachWithoutDelayKind: withoutDelay is set on a deadline that is
	// not for intrusion attempts, the only kind it applies to.
	CodeBreachWithoutDelayKind Code = "breach.without-delay-kind"
	// CodeBreachIfPossible: a breach deadline applies only "if possible",
	// so that missing it is no breach of the agreement.
	CodeBreachIfPossible Code = "breach.deadline-if-possible"
	// CodeEndActionMissing: the agreement does not say whether the data is deleted
	// or returned at the end.
	CodeEndActionMissing Code = "end.action-missing"
	// CodeEndDeadlineMissing: no number of days is set for deleting or
	// returning the data at the end; the agreement then says "without
	// undue delay".
	CodeEndDeadlineMissing Code = "end.deadline-missing"
	// CodeEndConfirmationMissing: no period is set for the processor's
	// written confirmation of the deletion at the end; the agreement then
	// requires it without undue delay (seed 002 P9).
	CodeEndConfirmationMissing Code = "end.confirmation-missing"
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
	// CodeAdequacyEnding: the adequacy decision a transfer rests on ends
	// within the lead time ([LeadTime]) while the recipient still processes
	// there, such as the decision for the United Kingdom on 2031-12-27.
	// After that day the transfer is [CodeTransferNotAllowed].
	CodeAdequacyEnding Code = "transfer.adequacy-ending"
	// CodeDPFLapsing: the recipient's Data Privacy Framework certification
	// must be renewed within the lead time ([LeadTime]). After its
	// DPFCertifiedUntil the transfer is [CodeTransferNotAllowed].
	CodeDPFLapsing Code = "transfer.dpf-lapsing"
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
	// CodeInstructionNoticeLate: the processor may take longer than a day
	// to say that an instruction seems unlawful; the GDPR says
	// "immediately".
	CodeInstructionNoticeLate Code = "instruction.notice-not-immediate"
	// CodeLiabilityTermsMissing: the agreement says it has its own
	// liability terms but states none.
	CodeLiabilityTermsMissing Code = "liability.terms-missing"
	// CodeLiabilityBasisConflict: liability follows the main agreement, yet
	// this agreement sets a cap or terms of its own.
	CodeLiabilityBasisConflict Code = "liability.basis-conflict"
	// CodeLiabilityCapAmbiguous: the cap is given both as a sum and as a
	// multiple of the fees.
	CodeLiabilityCapAmbiguous Code = "liability.cap-ambiguous"
	// CodeLiabilityCapInvalid: the cap's sum is negative or has no
	// currency, or its multiple is not a positive decimal.
	CodeLiabilityCapInvalid Code = "liability.cap-invalid"
	// CodeLiabilityCapPeriodMissing: a cap as a multiple of the fees does
	// not say the period whose fees count.
	CodeLiabilityCapPeriodMissing Code = "liability.cap-period-missing"
	// CodeLiabilityCapSubProcessors: the cap also limits the processor's
	// liability for its sub-processors. Worth knowing, nothing to fix:
	// Art. 28(4) keeps the processor fully liable for them, which is not
	// unlimited liability; leaving them outside the cap is the parties'
	// choice (review 8, da R1).
	CodeLiabilityCapSubProcessors Code = "liability.cap-limits-sub-processors"
	// CodeLiabilityCapCompensation: the cap would limit the recovery of
	// compensation paid to data subjects (Art. 82).
	CodeLiabilityCapCompensation Code = "liability.cap-limits-compensation"
	// CodeTermNoticeAnyTime: either party may terminate this agreement on
	// notice while the processing goes on.
	CodeTermNoticeAnyTime Code = "term.notice-any-time"
	// CodeTermNoticeMissing: a notice period is given but not when the
	// agreement may be terminated on notice.
	CodeTermNoticeMissing Code = "term.notice-missing"
	// CodeOrgIDDuplicate: two differently named parties or sub-processors
	// give the same registration number, so that one of them is not
	// identified (a notice under GDPR Art. 28(2) must name the
	// sub-processor the controller may object to).
	CodeOrgIDDuplicate Code = "party.org-id-duplicate"
	// CodeLocationsMissing: Annex C names no place for the processor's own
	// processing, and the transfer instruction is not "only within the
	// EU/EEA", which would give the EU/EEA as the place: the agreement shows
	// a blank for it.
	CodeLocationsMissing Code = "instructions.locations-missing"
	// CodeLocationsUnnamed: Annex C names no place for the processor's own
	// processing and Annex B lists no sub-processor, so nothing in the
	// agreement says where the data are processed but the EU/EEA as a
	// whole.
	CodeLocationsUnnamed Code = "instructions.locations-unnamed"
)

// The definitions of the codes, kept unexported so that no caller can change
// a message or a severity; [Defs] returns copies.
var (
	agreementMissing = finding.Def{Code: CodeAgreementMissing, Severity: finding.Error,
		Message: message(kAgreementMissing)}
	statusInvalid = finding.Def{Code: CodeStatusInvalid, Severity: finding.Error,
		Message: message(kAgreementStatusInvalid)}
	languagesMissing = finding.Def{Code: CodeLanguagesMissing, Severity: finding.Error,
		Message: message(kAgreementLanguagesMissing)}
	dateMissing = finding.Def{Code: CodeDateMissing, Severity: finding.Error,
		Message: message(kAgreementDateMissing)}
	mainAgreementBlank = finding.Def{Code: CodeMainAgreementBlank, Severity: finding.Warning, Ref: "GDPR Art. 28(3)",
		Message: message(kAgreementMainAgreementBlank)}
	dateInvalid = finding.Def{Code: CodeDateInvalid, Severity: finding.Error,
		Message: message(kDateInvalid)}
	dateOrder = finding.Def{Code: CodeDateOrder, Severity: finding.Error,
		Message: message(kDateOrder)}
	termMissing = finding.Def{Code: CodeTermMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kTermMissing)}
	termEndMissing = finding.Def{Code: CodeTermEndMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kTermEndDateMissing)}
	controllerMissing = finding.Def{Code: CodeControllerMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kPartyControllerMissing)}
	partyMissing = finding.Def{Code: CodePartyMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kPartyMissing)}
	partyNameMissing = finding.Def{Code: CodePartyNameMissing, Severity: finding.Error,
		Message: message(kPartyNameMissing)}
	partyCountryMissing = finding.Def{Code: CodePartyCountryMissing, Severity: finding.Error,
		Message: message(kPartyCountryMissing)}
	contactsMissing = finding.Def{Code: CodeContactsMissing, Severity: finding.Warning,
		Message: message(kPartyContactsMissing)}
	signatoryMissing = finding.Def{Code: CodeSignatoryMissing, Severity: finding.Warning,
		Message: message(kPartySignatoryMissing)}
	confidentialityMissing = finding.Def{Code: CodeConfidentialityMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(b)",
		Message: message(kConfidentialityMissing)}
	breachMissing = finding.Def{Code: CodeBreachMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(f), Art. 33(2)",
		Message: message(kBreachDeadlineMissing)}
	noticeDeadlineMissing = finding.Def{Code: CodeNoticeDeadlineMissing, Severity: finding.Error,
		Message: message(kBreachNoticeDeadlineMissing)}
	breachOver72h = finding.Def{Code: CodeBreachOver72h, Severity: finding.Error, Ref: "GDPR Art. 33(1)–(2)",
		Message: message(kBreachDeadlineOver72h)}
	breachDuplicate = finding.Def{Code: CodeBreachDuplicate, Severity: finding.Error,
		Message: message(kBreachKindDuplicate)}
	breachExceptRoutine = finding.Def{Code: CodeBreachExceptRoutine, Severity: finding.Error,
		Message: message(kBreachExceptRoutineKind)}
	breachWithoutDelayKind = finding.Def{Code: CodeBreachWithoutDelayKind, Severity: finding.Error,
		Message: message(kBreachWithoutDelayKind)}
	breachIfPossible = finding.Def{Code: CodeBreachIfPossible, Severity: finding.Warning, Ref: "GDPR Art. 28(3)(f), Art. 33(2)",
		Message: message(kBreachDeadlineIfPossible)}
	endActionMissing = finding.Def{Code: CodeEndActionMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(g)",
		Message: message(kEndActionMissing)}
	endDeadlineMissing = finding.Def{Code: CodeEndDeadlineMissing, Severity: finding.Warning, Ref: "GDPR Art. 28(3)(g)",
		Message: message(kEndDeadlineMissing)}
	timeZoneInvalid = finding.Def{Code: CodeTimeZoneInvalid, Severity: finding.Error,
		Message: message(kAgreementTimeZoneInvalid)}
	endConfirmationMissing = finding.Def{Code: CodeEndConfirmationMissing, Severity: finding.Warning, Ref: "GDPR Art. 28(3)(g) and (h)",
		Message: message(kEndConfirmationMissing)}
	feeInvalid = finding.Def{Code: CodeFeeInvalid, Severity: finding.Error,
		Message: message(kAssistanceFeeInvalid)}
	feeMissing = finding.Def{Code: CodeFeeMissing, Severity: finding.Error,
		Message: message(kAssistanceFeeMissing)}
	governingLawMissing = finding.Def{Code: CodeGoverningLawMissing, Severity: finding.Warning,
		Message: message(kLawGoverningLawMissing)}
	venueMissing = finding.Def{Code: CodeVenueMissing, Severity: finding.Warning,
		Message: message(kLawVenueMissing)}
	transferNotAllowed = finding.Def{Code: CodeTransferNotAllowed, Severity: finding.Error, Ref: "GDPR Arts. 44–49, Art. 28(3)(a)",
		Message: message(kTransferNotAllowed)}
	transferCaveat = finding.Def{Code: CodeTransferCaveat, Severity: finding.Info, Ref: "GDPR Arts. 45, 49",
		Message: message(kTransferCaveat)}
	adequacyEnding = finding.Def{Code: CodeAdequacyEnding, Severity: finding.Warning, Ref: "GDPR Art. 45(3), (5)",
		Message: message(kTransferAdequacyEnding)}
	dpfLapsing = finding.Def{Code: CodeDPFLapsing, Severity: finding.Warning, Ref: "GDPR Art. 45; Implementing Decision (EU) 2023/1795",
		Message: message(kTransferDpfLapsing)}
	levelTooLowForData = finding.Def{Code: CodeLevelTooLowForData, Severity: finding.Error, Ref: "GDPR Art. 32, Arts. 9, 10 and 87",
		Message: message(kSecurityLevelTooLowForData)}
	riskInconsistent = finding.Def{Code: CodeRiskInconsistent, Severity: finding.Warning, Ref: "GDPR Art. 32(2)",
		Message: message(kSecurityRiskInconsistent)}
	riskUnsupported = finding.Def{Code: CodeRiskUnsupported, Severity: finding.Warning, Ref: "GDPR Art. 28(3)",
		Message: message(kSecurityRiskUnsupported)}
	sccModuleRole = finding.Def{Code: CodeSCCModuleRole, Severity: finding.Error, Ref: "Implementing Decision (EU) 2021/914",
		Message: message(kTransferSccModuleRole)}
	auditBelowLevel = finding.Def{Code: CodeAuditBelowLevel, Severity: finding.Error, Ref: "GDPR Art. 28(3)(h)",
		Message: message(kAuditFormBelowLevel)}
	instructionNoticeLate = finding.Def{Code: CodeInstructionNoticeLate, Severity: finding.Warning, Ref: "GDPR Art. 28(3), second subparagraph",
		Message: message(kInstructionNoticeNotImmediate)}
	liabilityTermsMissing = finding.Def{Code: CodeLiabilityTermsMissing, Severity: finding.Error,
		Message: message(kLiabilityTermsMissing)}
	liabilityBasisConflict = finding.Def{Code: CodeLiabilityBasisConflict, Severity: finding.Error,
		Message: message(kLiabilityBasisConflict)}
	liabilityCapAmbiguous = finding.Def{Code: CodeLiabilityCapAmbiguous, Severity: finding.Error,
		Message: message(kLiabilityCapAmbiguous)}
	liabilityCapInvalid = finding.Def{Code: CodeLiabilityCapInvalid, Severity: finding.Error,
		Message: message(kLiabilityCapInvalid)}
	liabilityCapPeriodMissing = finding.Def{Code: CodeLiabilityCapPeriodMissing, Severity: finding.Error,
		Message: message(kLiabilityCapPeriodMissing)}
	liabilityCapSubProcessors = finding.Def{Code: CodeLiabilityCapSubProcessors, Severity: finding.Info, Ref: "GDPR Art. 28(4)",
		Message: message(kLiabilityCapLimitsSubProcessors)}
	liabilityCapCompensation = finding.Def{Code: CodeLiabilityCapCompensation, Severity: finding.Warning, Ref: "GDPR Art. 82(4)–(5)",
		Message: message(kLiabilityCapLimitsCompensation)}
	termNoticeAnyTime = finding.Def{Code: CodeTermNoticeAnyTime, Severity: finding.Warning, Ref: "GDPR Art. 28(3)",
		Message: message(kTermNoticeAnyTime)}
	termNoticeMissing = finding.Def{Code: CodeTermNoticeMissing, Severity: finding.Error,
		Message: message(kTermNoticeMissing)}
	orgIDDuplicate = finding.Def{Code: CodeOrgIDDuplicate, Severity: finding.Warning, Ref: "GDPR Art. 28(2), (3)",
		Message: message(kPartyOrgIdDuplicate)}
	locationsMissing = finding.Def{Code: CodeLocationsMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: message(kInstructionsLocationsMissing)}
	locationsUnnamed = finding.Def{Code: CodeLocationsUnnamed, Severity: finding.Warning, Ref: "GDPR Art. 28(3)(a)",
		Message: message(kInstructionsLocationsUnnamed)}
)

// agreementDefs lists the codes declared in this file, in the order [Defs]
// gives them.
var agreementDefs = []*finding.Def{
	&agreementMissing, &statusInvalid, &languagesMissing, &dateMissing, &mainAgreementBlank, &timeZoneInvalid, &dateInvalid, &dateOrder, &termMissing, &termEndMissing,
	&controllerMissing, &partyMissing, &partyNameMissing, &partyCountryMissing, &contactsMissing, &signatoryMissing,
	&confidentialityMissing, &breachMissing, &noticeDeadlineMissing, &breachOver72h, &breachDuplicate, &breachExceptRoutine, &breachWithoutDelayKind, &breachIfPossible, &endActionMissing, &endDeadlineMissing, &endConfirmationMissing,
	&feeInvalid, &feeMissing, &governingLawMissing, &venueMissing, &transferNotAllowed, &transferCaveat, &adequacyEnding, &dpfLapsing,
	&levelTooLowForData, &riskInconsistent, &riskUnsupported, &sccModuleRole, &auditBelowLevel,
	&instructionNoticeLate, &liabilityTermsMissing, &liabilityBasisConflict, &liabilityCapAmbiguous, &liabilityCapInvalid,
	&liabilityCapPeriodMissing, &liabilityCapSubProcessors, &liabilityCapCompensation, &termNoticeAnyTime, &termNoticeMissing,
	&orgIDDuplicate,
	&locationsMissing, &locationsUnnamed,
}
