package profile

import (
	"strconv"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/security"
)

// DKPublic returns the profile "dk-public" for the Danish public sector,
// built on a municipal data processing agreement on Datatilsynet's standard
// contractual clauses (seed 004, Viborg Kommune):
//
//   - dk-public.risk-scoring-missing: Annex C scores the risk (Bilag C.2).
//   - dk-public.mfa-internet-missing: multi-factor authentication for
//     access over the internet (C.2.5).
//   - dk-public.encryption-in-transit-missing and
//     dk-public.encryption-at-rest-missing: encryption in transit (C.2.6)
//     and at rest (C.2.7).
//   - dk-public.logging-missing, .log-content, .log-retention: the
//     processing is logged, each entry shows the time, the user, the type
//     of use and the data subject or the search criterion, and logs are kept
//     at least 13 months (C.2.10).
//   - dk-public.audit-form: the audit form is strong enough for the level
//     the risk scoring gives, which may be above the agreed level (C.7);
//     the built-in audit.form-below-level checks it against the agreed
//     level.
//   - dk-public.audit-frequency: audit reports on the processor (C.7) and
//     on the sub-processors (C.8) at least once a year.
//   - dk-public.notice-period: at least 60 days' notice of changes of
//     sub-processors (clause 7.3).
func DKPublic() dpa.Profile { return nilSafe(dkPublic()) }

func dkPublic() dpa.Profile {
	return dpa.Profile{
		Name:  "dk-public",
		Title: msg("Danish public sector", "Dansk offentlig sektor", "Dansk offentlig sektor", "Dansk offentlig sektor"),
		Source: "A Danish municipality's databehandleraftale on Datatilsynet's standard contractual clauses " +
			"(seed 004, Viborg Kommune): clause 7.3 notice of changes of sub-processors; Bilag C.2 risk scoring, " +
			"C.2.5 multi-factor authentication, C.2.6–C.2.7 encryption, C.2.10 logging; C.7–C.8 audits by risk level.",
		Rules: []dpa.Rule{
			{Def: dkRiskMissing, Check: dkCheckRisk},
			{Def: dkMFAMissing, Check: dkCheckMeasure(security.MeasureMFAInternet)},
			{Def: dkTransitMissing, Check: dkCheckMeasure(security.MeasureEncryptionInTransit)},
			{Def: dkRestMissing, Check: dkCheckMeasure(security.MeasureEncryptionAtRest)},
			{Def: dkLoggingMissing, Check: dkCheckMeasure(security.MeasureLogging)},
			{Def: dkLogContent, Check: dkCheckLogContent},
			{Def: dkLogRetention, Check: dkCheckLogRetention},
			{Def: dkAuditForm, Check: dkCheckAuditForm},
			{Def: dkAuditFrequency, Check: dkCheckAuditFrequency},
			{Def: dkNoticePeriod, Check: dkCheckNotice},
		},
	}
}

const (
	dkRef       = "DK standard contractual clauses (municipal), "
	dkRefC2     = dkRef + "Bilag C.2"
	dkRefC25    = dkRef + "Bilag C.2.5"
	dkRefC26    = dkRef + "Bilag C.2.6"
	dkRefC27    = dkRef + "Bilag C.2.7"
	dkRefC210   = dkRef + "Bilag C.2.10"
	dkRefC7     = dkRef + "Bilag C.7"
	dkRefC78    = dkRef + "Bilag C.7–C.8"
	dkRefNotice = dkRef + "clause 7.3"
)

var (
	dkRiskMissing = dpa.Def{Code: "dk-public.risk-scoring-missing", Severity: finding.Error, Ref: dkRefC2,
		Message: message(kDkPublicRiskScoringMissing)}
	dkMFAMissing = dpa.Def{Code: "dk-public.mfa-internet-missing", Severity: finding.Error, Ref: dkRefC25,
		Message: message(kDkPublicMfaInternetMissing)}
	dkTransitMissing = dpa.Def{Code: "dk-public.encryption-in-transit-missing", Severity: finding.Error, Ref: dkRefC26,
		Message: message(kDkPublicEncryptionInTransitMissing)}
	dkRestMissing = dpa.Def{Code: "dk-public.encryption-at-rest-missing", Severity: finding.Error, Ref: dkRefC27,
		Message: message(kDkPublicEncryptionAtRestMissing)}
	dkLoggingMissing = dpa.Def{Code: "dk-public.logging-missing", Severity: finding.Error, Ref: dkRefC210,
		Message: message(kDkPublicLoggingMissing)}
	dkLogContent = dpa.Def{Code: "dk-public.log-content", Severity: finding.Error, Ref: dkRefC210,
		Message: message(kDkPublicLogContent)}
	dkLogRetention = dpa.Def{Code: "dk-public.log-retention", Severity: finding.Error, Ref: dkRefC210,
		Message: message(kDkPublicLogRetention)}
	dkAuditForm = dpa.Def{Code: "dk-public.audit-form", Severity: finding.Error, Ref: dkRefC7,
		Message: message(kDkPublicAuditForm)}
	dkAuditFrequency = dpa.Def{Code: "dk-public.audit-frequency", Severity: finding.Error, Ref: dkRefC78,
		Message: message(kDkPublicAuditFrequency)}
	dkNoticePeriod = dpa.Def{Code: "dk-public.notice-period", Severity: finding.Error, Ref: dkRefNotice,
		Message: message(kDkPublicNoticePeriod)}
)

// dkContent is what every log entry must show (C.2.10): the time, the
// user, the type of use, and the data subject or the search criterion.
var dkContent = [][]security.LogField{
	{security.LogTime}, {security.LogUser}, {security.LogAction}, {security.LogDataSubject, security.LogSearchCriterion},
}

var (
	dkRetention = civil.Of(13, civil.Months)
	dkNotice    = civil.Of(60, civil.Days)
	yearly      = civil.Of(1, civil.Years)
)

func dkCheckRisk(a *dpa.Agreement, r dpa.Reporter) {
	if a.Annexes.C.Security.Risk.Subjects == "" {
		r.Blank("/annexes/c/security/risk")
	}
}

// dkCheckMeasure returns the check that Annex C requires the measure id.
func dkCheckMeasure(id security.MeasureID) func(*dpa.Agreement, dpa.Reporter) {
	path := measuresPath + "/" + string(id)
	return func(a *dpa.Agreement, r dpa.Reporter) {
		if !a.Annexes.C.Security.Measures.Has(id) {
			r.Add(path)
		}
	}
}

func dkCheckLogContent(a *dpa.Agreement, r dpa.Reporter) {
	if l := a.Annexes.C.Security.Measures.Logging; l != nil {
		if missing := missingFields(l.Content, dkContent); missing != nil {
			r.Add(loggingPath+"/content", missing)
		}
	}
}

func dkCheckLogRetention(a *dpa.Agreement, r dpa.Reporter) { checkRetentionExactly(a, r, dkRetention) }

// dkCheckAuditForm weighs the audit form against the level of the risk
// scoring. Where the form is already too weak for the agreed level, the
// built-in audit.form-below-level reports it, so this rule stays silent.
//
// The agreement's procedures are weighed together, under its audit policy:
// one that is enough for the level is enough.
func dkCheckAuditForm(a *dpa.Agreement, r dpa.Reporter) {
	c := &a.Annexes.C
	scored := c.Security.Risk.Level()
	if !scored.Valid() {
		return
	}
	policy, agreed := c.Security.AuditPolicy, c.Security.Level
	first, enoughForAgreed := -1, !agreed.Valid()
	for i, au := range c.Audits {
		if !au.Form.Valid() {
			continue
		}
		if policy.Accepts(au.Form, scored) {
			return
		}
		enoughForAgreed = enoughForAgreed || policy.Accepts(au.Form, agreed)
		if first < 0 {
			first = i
		}
	}
	// Too weak for the agreed level too: the built-in rule reports it.
	if first >= 0 && enoughForAgreed {
		r.Add("/annexes/c/audits/"+strconv.Itoa(first)+"/form", c.Audits[first].Form, scored)
	}
}

func dkCheckAuditFrequency(a *dpa.Agreement, r dpa.Reporter) {
	check := func(list []annex.Audit, name string) {
		for i, au := range list {
			if f := au.Frequency; !f.IsZero() && f.Valid() && !atMost(f, yearly) {
				r.Add("/annexes/c/"+name+"/"+strconv.Itoa(i)+"/frequency", f)
			}
		}
	}
	check(a.Annexes.C.Audits, "audits")
	check(a.Annexes.C.SubProcessorAudits, "subProcessorAudits")
}

func dkCheckNotice(a *dpa.Agreement, r dpa.Reporter) {
	if p := a.Annexes.B.NoticePeriod; !p.IsZero() && p.Valid() && !atLeast(p, dkNotice) {
		r.Add("/annexes/b/noticePeriod", p)
	}
}
