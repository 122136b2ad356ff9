package dpa_test

import (
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/security"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestAuditProcedures checks the rules on audit procedures as a list: who
// performs them, who receives the report, and which forms the chosen
// policy accepts at the agreed level. Each case changes the reference
// agreement (level high, a yearly SOC 2 Type II report and an inspection
// right) in one place.
func TestAuditProcedures(t *testing.T) {
	const (
		E = finding.Error
		W = finding.Warning
	)
	only := func(au annex.Audit) func(a *dpa.Agreement) {
		return func(a *dpa.Agreement) { a.Annexes.C.Audits = []annex.Audit{au} }
	}
	yearly := civil.Of(1, civil.Years)
	for _, tc := range []struct {
		name   string
		reason string
		edit   func(a *dpa.Agreement)
		want   []got
	}{
		{"none", "no procedure agreed: clause 13 still gives the audits of Art. 28(3)(h), so a warning (review 41 sv R4)",
			func(a *dpa.Agreement) { a.Annexes.C.Audits = nil },
			[]got{{"audit.form-missing", "/annexes/c/audits", W}}},
		{"inspection-right-alone", "the controller's right to inspect needs no frequency",
			only(annex.Audit{Performer: annex.ControllerAudits, Form: security.Inspection}), nil},
		{"self-audit-no-report", "a processor's own audit shows the controller nothing unless the report reaches it",
			only(annex.Audit{Performer: annex.ProcessorAudits, Form: security.Inspection, Frequency: yearly}),
			[]got{{"audit.report-recipient-missing", "/annexes/c/audits/0/reportTo", W}}},
		{"independent-no-report", "legal-da 5: the ISAE report must be sent to the controller",
			only(annex.Audit{Performer: annex.IndependentAuditor, Form: security.ISAE3000Type2, Frequency: yearly}),
			[]got{{"audit.report-recipient-missing", "/annexes/c/audits/0/reportTo", W}}},
		{"report-to-processor", "the report must go to the controller or its auditor",
			only(annex.Audit{Performer: annex.IndependentAuditor, Form: security.ISAE3000Type2, Frequency: yearly, ReportTo: annex.ProcessorAudits}),
			[]got{{"audit.report-recipient-invalid", "/annexes/c/audits/0/reportTo", E}}},
		{"report-to-controller-auditor", "an auditor the controller appoints may receive it (seed 004 C.7)",
			only(annex.Audit{Performer: annex.IndependentAuditor, Form: security.ISAE3000Type2, Frequency: yearly,
				ReportTo: annex.ControllerAuditor, ReportWithin: civil.Of(30, civil.Days)}), nil},
		{"report-within-invalid", "the report time is a period",
			only(annex.Audit{Performer: annex.ControllerAudits, Form: security.Inspection, ReportWithin: civil.Of(-1, civil.Days)}),
			[]got{{"period.invalid", "/annexes/c/audits/0/reportWithin", E}}},
		{"performer-unknown", "the performer is an enum",
			only(annex.Audit{Performer: "the press", Form: security.Inspection, Frequency: yearly}),
			[]got{{"value.unknown", "/annexes/c/audits/0/performer", E}}},
		{"sub-audit-by-controller", "seed 000 §8.7: the controller's representatives audit the sub-processors",
			func(a *dpa.Agreement) {
				a.Annexes.C.SubProcessorAudits = []annex.Audit{{Performer: annex.ControllerAudits, Form: security.Inspection}}
			}, nil},
		{"sub-audit-no-report", "a sub-processor audit's report may be given on request",
			func(a *dpa.Agreement) {
				a.Annexes.C.SubProcessorAudits = []annex.Audit{{Performer: annex.ProcessorAudits, Frequency: yearly}}
			}, nil},
		{"one-procedure-enough", "a self-declaration next to an inspection right: the inspection is enough at level high",
			func(a *dpa.Agreement) { a.Annexes.C.Audits[0].Form = security.SelfDeclaration }, nil},
		{"one-procedure-enough-first", "the order of the procedures does not matter",
			func(a *dpa.Agreement) {
				a.Annexes.C.Audits[0], a.Annexes.C.Audits[1] = a.Annexes.C.Audits[1], a.Annexes.C.Audits[0]
				a.Annexes.C.Audits[1].Form = security.SelfDeclaration
			}, nil},
		{"iso-at-high-dk", "seed 004 C.7: an ISO/IEC 27001 certificate does not show the controls worked",
			only(annex.Audit{Performer: annex.IndependentAuditor, Form: security.ISO27001, Frequency: yearly, ReportTo: annex.ControllerAudits}),
			[]got{{"audit.form-below-level", "/annexes/c/audits/0/form", E}}},
		{"iso-at-high-certificates", "seed 002 P8: the parties may accept ISO/IEC 27001 or SOC 2",
			func(a *dpa.Agreement) {
				only(annex.Audit{Performer: annex.IndependentAuditor, Form: security.ISO27001, Frequency: yearly, ReportTo: annex.ControllerAudits})(a)
				a.Annexes.C.Security.AuditPolicy = security.CertificatesAccepted
			}, nil},
		{"soc2-type1-certificates", "SOC 2 of either type under the article's policy",
			func(a *dpa.Agreement) {
				only(annex.Audit{Performer: annex.IndependentAuditor, Form: security.SOC2Type1, Frequency: yearly, ReportTo: annex.ControllerAudits})(a)
				a.Annexes.C.Security.AuditPolicy = security.CertificatesAccepted
			}, nil},
		{"self-declaration-certificates", "the article's policy still rejects a self-declaration at level high",
			func(a *dpa.Agreement) {
				only(annex.Audit{Performer: annex.ProcessorAudits, Form: security.SelfDeclaration, Frequency: yearly, ReportTo: annex.ControllerAudits})(a)
				a.Annexes.C.Security.AuditPolicy = security.CertificatesAccepted
			},
			[]got{{"audit.form-below-level", "/annexes/c/audits/0/form", E}}},
		{"policy-unknown", "the policy is an enum; an unknown one accepts nothing",
			func(a *dpa.Agreement) { a.Annexes.C.Security.AuditPolicy = "lenient" },
			[]got{{"value.unknown", "/annexes/c/security/auditPolicy", E}, {"audit.form-below-level", "/annexes/c/audits/0/form", E}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := examples.Reference()
			tc.edit(a)
			if diff := cmp.Diff(tc.want, summarize(dpa.Validate(a)), sortGot, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: findings (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
