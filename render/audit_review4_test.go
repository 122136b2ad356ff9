package render

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
)

// TestInternalControlNoAuditBoilerplate checks Annex C.7 of review 4 (sv
// R7, nb R1, da R3, en R4): the processor's internal control names its own
// report and its own costs, and never takes the audit report or the audit
// cost rule, which split costs the controller does not have.
func TestInternalControlNoAuditBoilerplate(t *testing.T) {
	within := civil.Of(30, civil.Days)
	for _, tt := range []struct {
		reportWithin civil.Period
		report       key
	}{
		{civil.Period{}, kAuditInternalReport},
		{within, kAuditInternalReportWithin},
	} {
		a := examples.Reference()
		a.Annexes.C.Audits = []annex.Audit{
			{Performer: annex.ControllerAudits, Form: security.Inspection},
			{Performer: annex.ProcessorAudits, Form: security.ISO27001, ReportTo: annex.ControllerAudits,
				ReportWithin: tt.reportWithin, Costs: annex.EachOwnUnlessDeviations},
		}
		for _, l := range i18n.Langs {
			got := paragraphs(t, build(t, a, l), "annex-c-audit-procedure-2")
			to := lookup(l, kAuditToController, nil)
			args := []string{to}
			if !tt.reportWithin.IsZero() {
				args = append(args, spelledIn(tt.reportWithin, l))
			}
			if !slices.Contains(got, lookup(l, tt.report, args)) {
				t.Errorf("%s: internal control lacks %s: %q", l, keyIDs[tt.report], got)
			}
			if !slices.Contains(got, lookup(l, kAuditInternalCosts, nil)) {
				t.Errorf("%s: internal control lacks %s: %q", l, keyIDs[kAuditInternalCosts], got)
			}
			for _, k := range []key{kAuditReport, kAuditReportWithin, kAuditReportAssurance, kAuditReportAssuranceWithin} {
				if slices.Contains(got, lookup(l, k, args)) {
					t.Errorf("%s: internal control has the audit sentence %s", l, keyIDs[k])
				}
			}
			if bad := lookup(l, kAuditCosts, []string{(&builder{l: l}).costs(annex.EachOwnUnlessDeviations)}); slices.Contains(got, bad) {
				t.Errorf("%s: internal control has the audit cost rule", l)
			}
		}
	}
}

// TestSubAuditReportAndCosts checks Annex C.8 of review 4 (en R9, sv R19,
// da R3): the processor's verification of its sub-processors names the
// reports it sends, and a rule splitting costs between the parties, where
// only the processor acts, reads as the processor bearing them; where the
// controller audits, the agreed rule stands.
func TestSubAuditReportAndCosts(t *testing.T) {
	for _, tt := range []struct {
		performer annex.AuditRole
		costs     annex.Costs
		want      annex.Costs
		report    key
	}{
		{annex.ProcessorAudits, annex.EachOwn, annex.ProcessorPays, kAuditSubReport},
		{"", annex.EachOwnUnlessDeviations, annex.ProcessorPays, kAuditSubReport},
		{annex.ProcessorAudits, annex.ControllerPays, annex.ControllerPays, kAuditSubReport},
		{annex.ControllerAudits, annex.EachOwn, annex.EachOwn, kAuditReport},
	} {
		a := examples.Reference()
		a.Annexes.C.SubProcessorAudits = []annex.Audit{{
			Performer: tt.performer, Frequency: civil.Of(1, civil.Years), ReportTo: annex.ControllerAudits, Costs: tt.costs,
		}}
		for _, l := range i18n.Langs {
			got := paragraphs(t, build(t, a, l), "annex-c-subaudit")
			if want := lookup(l, tt.report, []string{lookup(l, kAuditToController, nil)}); !slices.Contains(got, want) {
				t.Errorf("%s, %q/%s: C.8 lacks %s: %q", l, tt.performer, tt.costs, keyIDs[tt.report], got)
			}
			if want := lookup(l, kAuditCosts, []string{(&builder{l: l}).costs(tt.want)}); !slices.Contains(got, want) {
				t.Errorf("%s, %q/%s: C.8 costs %q, want the rule %s", l, tt.performer, tt.costs, got, tt.want)
			}
		}
	}
}

// TestFollowupDeadlineAgrees checks review 4 nb R3: Annex C.7's follow-up
// of a finding uses the period clause 14 agrees for correcting it, and
// otherwise the words clause 14 uses ("without undue delay").
func TestFollowupDeadlineAgrees(t *testing.T) {
	a := examples.Seed003()
	for _, l := range i18n.Langs {
		if got := paragraphs(t, build(t, a, l), "annex-c-audit-followup"); !slices.Equal(got, []string{lookup(l, kCAuditFollowup, nil)}) {
			t.Errorf("%s: follow-up %q, want %s", l, got, keyIDs[kCAuditFollowup])
		}
	}
	p := civil.Of(10, civil.Days)
	a.Clauses.Remedies = dpa.Remedies{CorrectWithin: p, Suspend: true}
	for _, l := range i18n.Langs {
		d := build(t, a, l)
		want := lookup(l, kCAuditFollowupWithin, []string{spelledIn(p, l)})
		if got := paragraphs(t, d, "annex-c-audit-followup"); !slices.Equal(got, []string{want}) {
			t.Errorf("%s: follow-up %q, want %s with the period of clause 14", l, got, keyIDs[kCAuditFollowupWithin])
		}
		if !slices.Contains(paragraphs(t, d, "remedies"), lookup(l, kRemediesCorrectwithin, []string{spelledIn(p, l)})) {
			t.Errorf("%s: clause 14 lacks the same period", l)
		}
	}
}

// TestReferenceInspectionOneNoticeRule checks review 4 en R1, sv R6, nb R2,
// da R1: the reference agreement's inspection states one notice rule, the
// library's default, and no note repeating it with other words.
func TestReferenceInspectionOneNoticeRule(t *testing.T) {
	for _, l := range i18n.Langs {
		got := paragraphs(t, build(t, examples.Reference(), l), "annex-c-audit-procedure-2")
		want := []string{
			lookup(l, kAuditInspection, nil),
			lookup(l, kAuditByControllerInspection, nil),
			lookup(l, kAuditInspectionDefault, nil),
			lookup(l, kAuditCosts, []string{(&builder{l: l}).costs(annex.ControllerUnlessBreach)}),
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: inspection %q, want the default notice rule and nothing else on notice", l, got)
		}
	}
}

// TestAuditFormArticle checks that a defined audit form takes its
// indefinite article in every language ("genom en ISAE 3000-rapport",
// "et ISO/IEC 27001-sertifikat"), and a common noun none.
func TestAuditFormArticle(t *testing.T) {
	for _, tt := range []struct {
		form security.AuditForm
		want map[i18n.Lang]string
	}{
		{security.ISAE3000Type2, map[i18n.Lang]string{i18n.EN: "an ", i18n.SV: "en ", i18n.NB: "en ", i18n.DA: "en "}},
		{security.SOC2Type2, map[i18n.Lang]string{i18n.EN: "a ", i18n.SV: "en ", i18n.NB: "en ", i18n.DA: "en "}},
		{security.ISO27001, map[i18n.Lang]string{i18n.EN: "an ", i18n.SV: "ett ", i18n.NB: "et ", i18n.DA: "et "}},
		{security.Inspection, map[i18n.Lang]string{}},
		{"no-such-form", map[i18n.Lang]string{}},
	} {
		for _, l := range i18n.Langs {
			if got := (&builder{l: l}).auditArticle(tt.form); got != tt.want[l] {
				t.Errorf("%s, %s: article %q, want %q", tt.form, l, got, tt.want[l])
			}
		}
	}
}
