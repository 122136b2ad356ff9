package annex

//go:generate go run ../internal/catalog/catalogen -target annex

import "github.com/dpakit/dpakit/finding"

// MaxChainDepth is the depth beyond which a processor chain is reported as
// hard to oversee ([CodeChainDeep]). Seed 004 asks for at least five levels to
// be described.
const MaxChainDepth = 10

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
	// CodeSpecialUnnamed: the category of data subjects is said to include
	// special categories of personal data that the agreement does not name.
	CodeSpecialUnnamed finding.Code = "processing.special-categories-unnamed"
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
	// CodeObjectionGrounds: the controller may object only on reasonable
	// grounds, a condition Art. 28(2) does not set; a warning, since
	// parties may have signed it.
	CodeObjectionGrounds finding.Code = "subprocessors.objection-grounds"
	// CodeObjectionNoExit: the agreement gives the controller no right of its
	// own to leave the services affected by a change it objects to; the main
	// agreement governs. A warning.
	CodeObjectionNoExit finding.Code = "subprocessors.objection-no-exit"
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
	// CodeAuditReportMissing: an audit the processor carries out or
	// commissions does not say that its report goes to the controller.
	CodeAuditReportMissing finding.Code = "audit.report-recipient-missing"
	// CodeAuditReportRecipient: an audit report goes to someone other than
	// the controller or an auditor it appoints.
	CodeAuditReportRecipient finding.Code = "audit.report-recipient-invalid"
	// CodeLevelMissingForData: Annex A lists special categories, criminal
	// data or national identity numbers, and no security level is agreed.
	CodeLevelMissingForData finding.Code = "security.level-missing-for-data"
	// CodeMeasureOpen: a heading of the minimum security measures is named
	// but its requirements are a blank.
	CodeMeasureOpen finding.Code = "security.measure-open"
)

// The definitions of the codes, kept unexported so that no caller can change
// a message or a severity; [Defs] returns copies.
var (
	purposeMissing = finding.Def{Code: CodePurposeMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kProcessingPurposeMissing)}
	natureMissing = finding.Def{Code: CodeNatureMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kProcessingNatureMissing)}
	durationMissing = finding.Def{Code: CodeDurationMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kProcessingDurationMissing)}
	groupsMissing = finding.Def{Code: CodeGroupsMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kProcessingDataSubjectsMissing)}
	groupNameMissing = finding.Def{Code: CodeGroupNameMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kProcessingGroupNameMissing)}
	groupDataMissing = finding.Def{Code: CodeGroupDataMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)",
		Message: message(kProcessingPersonalDataMissing)}
	specialUnnamed = finding.Def{Code: CodeSpecialUnnamed, Severity: finding.Error, Ref: "GDPR Art. 28(3), Art. 9",
		Message: message(kProcessingSpecialCategoriesUnnamed)}

	authorisationMissing = finding.Def{Code: CodeAuthorisationMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorsAuthorisationMissing)}
	noticeMissing = finding.Def{Code: CodeNoticeMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorsNoticePeriodMissing)}
	objectionMissing = finding.Def{Code: CodeObjectionMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorsObjectionWindowMissing)}
	objectionTooLong = finding.Def{Code: CodeObjectionTooLong, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorsObjectionAfterNotice)}
	objectionGroundsSet = finding.Def{Code: CodeObjectionGrounds, Severity: finding.Warning, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorsObjectionGrounds)}
	objectionNoExit = finding.Def{Code: CodeObjectionNoExit, Severity: finding.Warning, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorsObjectionNoExit)}
	subEmpty = finding.Def{Code: CodeSubEmpty, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorEmpty)}
	subNameMissing = finding.Def{Code: CodeSubNameMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorNameMissing)}
	subCountryMissing = finding.Def{Code: CodeSubCountryMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorCountryMissing)}
	subActivityMissing = finding.Def{Code: CodeSubActivityMissing, Severity: finding.Error, Ref: "GDPR Art. 28(2)",
		Message: message(kSubprocessorActivityMissing)}
	subLocationsMissing = finding.Def{Code: CodeSubLocationsMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: message(kSubprocessorLocationsMissing)}
	subFlowDownMissing = finding.Def{Code: CodeSubFlowDownMissing, Severity: finding.Error, Ref: "GDPR Art. 28(4)",
		Message: message(kSubprocessorFlowDownMissing)}
	subIDDuplicate = finding.Def{Code: CodeSubIDDuplicate, Severity: finding.Error,
		Message: message(kSubprocessorIdDuplicate)}
	chainUnknown = finding.Def{Code: CodeChainUnknown, Severity: finding.Error, Ref: "GDPR Art. 28(4)",
		Message: message(kSubprocessorEngagedByUnknown)}
	chainCycle = finding.Def{Code: CodeChainCycle, Severity: finding.Error, Ref: "GDPR Art. 28(4)",
		Message: message(kSubprocessorChainCycle)}
	chainDeep = finding.Def{Code: CodeChainDeep, Severity: finding.Warning, Ref: "GDPR Art. 28(4)",
		Message: message(kSubprocessorChainDeep)}

	subjectMissing = finding.Def{Code: CodeSubjectMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: message(kInstructionsSubjectMissing)}
	levelMissing = finding.Def{Code: CodeLevelMissing, Severity: finding.Warning, Ref: "GDPR Art. 32(1)",
		Message: message(kSecurityLevelMissing)}
	measuresMissing = finding.Def{Code: CodeMeasuresMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(c), Art. 32",
		Message: message(kSecurityMeasuresMissing)}
	levelBelowRisk = finding.Def{Code: CodeLevelBelowRisk, Severity: finding.Warning, Ref: "GDPR Art. 32(1)",
		Message: message(kSecurityLevelBelowRisk)}
	measureForLevel = finding.Def{Code: CodeMeasureForLevel, Severity: finding.Error, Ref: "GDPR Art. 32",
		Message: message(kSecurityMeasureMissingForLevel)}
	measureParam = finding.Def{Code: CodeMeasureParam, Severity: finding.Error, Ref: "GDPR Art. 32",
		Message: message(kSecurityMeasureInvalid)}
	dsrMissing = finding.Def{Code: CodeDSRMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(e)",
		Message: message(kAssistanceDataSubjectRequestsMissing)}
	transferInstructionMissing = finding.Def{Code: CodeTransferInstructionMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: message(kTransfersInstructionMissing)}
	transferCountriesMissing = finding.Def{Code: CodeTransferCountriesMissing, Severity: finding.Error, Ref: "GDPR Art. 28(3)(a)",
		Message: message(kTransfersCountriesMissing)}
	auditMissing = finding.Def{Code: CodeAuditMissing, Severity: finding.Warning, Ref: "GDPR Art. 28(3)(h)",
		Message: message(kAuditFormMissing)}
	auditFrequencyMissing = finding.Def{Code: CodeAuditFrequencyMissing, Severity: finding.Warning, Ref: "GDPR Art. 28(3)(h)",
		Message: message(kAuditFrequencyMissing)}
	auditReportMissing = finding.Def{Code: CodeAuditReportMissing, Severity: finding.Warning, Ref: "GDPR Art. 28(3)(h)",
		Message: message(kAuditReportRecipientMissing)}
	auditReportRecipient = finding.Def{Code: CodeAuditReportRecipient, Severity: finding.Error, Ref: "GDPR Art. 28(3)(h)",
		Message: message(kAuditReportRecipientInvalid)}
	measureOpen = finding.Def{Code: CodeMeasureOpen, Severity: finding.Error, Ref: "GDPR Art. 28(3)(c), Art. 32",
		Message: message(kSecurityMeasureOpen)}
	levelMissingForData = finding.Def{Code: CodeLevelMissingForData, Severity: finding.Warning, Ref: "GDPR Art. 32, Arts. 9, 10 and 87",
		Message: message(kSecurityLevelMissingForData)}
)

// defs lists every code the annex rules report, in the order [Defs] gives
// them.
var defs = []*finding.Def{
	&purposeMissing, &natureMissing, &durationMissing, &groupsMissing, &groupNameMissing, &groupDataMissing, &specialUnnamed,
	&authorisationMissing, &noticeMissing, &objectionMissing, &objectionTooLong, &objectionGroundsSet, &objectionNoExit,
	&subEmpty, &subNameMissing, &subCountryMissing, &subActivityMissing, &subLocationsMissing, &subFlowDownMissing,
	&subIDDuplicate, &chainUnknown, &chainCycle, &chainDeep,
	&subjectMissing, &levelMissing, &measuresMissing, &levelBelowRisk, &measureForLevel, &measureParam, &dsrMissing,
	&transferInstructionMissing, &transferCountriesMissing, &auditMissing, &auditFrequencyMissing,
	&auditReportMissing, &auditReportRecipient, &levelMissingForData, &measureOpen,
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
