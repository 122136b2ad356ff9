package profile_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/profile"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
	"github.com/google/go-cmp/cmp"
)

// expect is a finding a case expects (present) or rules out (absent). An
// empty severity matches any severity.
type expect struct {
	code dpa.Code
	path string
	sev  dpa.Severity
}

type profileCase struct {
	name    string
	reason  string
	example string
	mods    []dpatest.Modifier
	has     []expect
	lacks   []expect
}

func runCases(t *testing.T, p dpa.Profile, cases []profileCase) {
	t.Helper()
	v := dpatest.Validator(t, dpa.WithProfiles(p))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Log(tc.reason)
			got := v.Validate(dpatest.Agreement(t, tc.example, tc.mods...))
			for _, e := range tc.has {
				if e.sev != "" {
					dpatest.HasAs(t, got, e.sev, e.code, e.path)
				} else {
					dpatest.Has(t, got, e.code, e.path)
				}
			}
			for _, e := range tc.lacks {
				if e.path == "*" {
					dpatest.LacksCode(t, got, e.code)
				} else {
					dpatest.Lacks(t, got, e.code, e.path)
				}
			}
		})
	}
}

// profileFindings returns the findings whose code belongs to profile name.
func profileFindings(l dpa.Findings, name string) dpa.Findings {
	var out dpa.Findings
	for _, f := range l {
		if strings.HasPrefix(string(f.Code), name+".") {
			out = append(out, f)
		}
	}
	return out
}

// Each profile's own seed meets it; the other seeds show what it adds.
func TestProfilesOnTheirSeeds(t *testing.T) {
	for _, tc := range []struct {
		profile string
		example string
		reason  string
	}{
		{"se-healthcare", "seed000", "Inera's agreement is the source of the Swedish healthcare profile"},
		{"dk-public", "seed004", "the Viborg agreement is the source of the Danish public-sector profile"},
		{"no-public", "seed003", "NAV's template is the source of the Norwegian profile; its blanks are the built-in rules' business"},
	} {
		p, ok := profile.Lookup(tc.profile)
		if !ok {
			t.Fatalf("Lookup(%q) found nothing", tc.profile)
		}
		v := dpatest.Validator(t, dpa.WithProfiles(p))
		got := profileFindings(v.Validate(dpatest.Agreement(t, tc.example)), tc.profile)
		if d := dpatest.Diff(nil, got); d != "" {
			t.Errorf("%s on %s (%s) (-want +got):\n%s", tc.profile, tc.example, tc.reason, d)
		}
	}
}

func TestSEHealthcare(t *testing.T) {
	const (
		E   = finding.Error
		W   = finding.Warning
		log = "/annexes/c/security/measures/logging"
	)
	norway := func(e *annex.SubProcessor) { e.Locations = []transfer.Location{{Country: "NO", Place: "Oslo"}} }
	runCases(t, profile.SEHealthcare(), []profileCase{
		{name: "processor-abroad", example: "seed000", reason: "the processor's own locations must be in Sweden (§8.6)",
			mods:  []dpatest.Modifier{dpatest.Locations(transfer.Location{Country: "SE"}, transfer.Location{Country: "FI"})},
			has:   []expect{{"se-healthcare.processing-outside-sweden", "/annexes/c/locations/1", E}},
			lacks: []expect{{"se-healthcare.processing-outside-sweden", "/annexes/c/locations/0", ""}}},
		{name: "chain-abroad", example: "seed000", reason: "a sub-processor two levels down counts as much as the processor",
			mods: []dpatest.Modifier{dpatest.SubProcessor("exempelbackup", norway)},
			has:  []expect{{"se-healthcare.processing-outside-sweden", "/annexes/b/entries/2/locations/0", E}}},
		{name: "organisation", example: "seed000", reason: "an international organisation is not in Sweden",
			mods: []dpatest.Modifier{dpatest.Locations(transfer.Location{Organisation: "epo"})},
			has:  []expect{{"se-healthcare.processing-outside-sweden", "/annexes/c/locations/0", E}}},
		{name: "instruction-eea", example: "seed000", reason: "EU/EEA only is wider than Sweden only",
			mods: []dpatest.Modifier{dpatest.Transfers(transfer.Instruction{Kind: transfer.NoThirdCountries})},
			has:  []expect{{"se-healthcare.transfer-instruction", "/annexes/c/transfers/kind", E}}},
		{name: "instruction-listed", example: "seed000", reason: "each listed country other than Sweden is reported where it is listed",
			mods:  []dpatest.Modifier{dpatest.Transfers(transfer.Instruction{Kind: transfer.OnlyListed, Countries: []transfer.Country{"SE", "DK"}})},
			has:   []expect{{"se-healthcare.transfer-instruction", "/annexes/c/transfers/countries/1", E}},
			lacks: []expect{{"se-healthcare.transfer-instruction", "/annexes/c/transfers/countries/0", ""}}},
		{name: "instruction-blank", example: "seed000", reason: "a missing instruction is reported by the built-in rules, not again here",
			mods:  []dpatest.Modifier{dpatest.Transfers(transfer.Instruction{})},
			has:   []expect{{"transfers.instruction-missing", "/annexes/c/transfers/kind", ""}},
			lacks: []expect{{"se-healthcare.transfer-instruction", "*", ""}}},
		{name: "law-norwegian", example: "seed000", reason: "Swedish law governs (§8.6)",
			mods: []dpatest.Modifier{dpatest.GoverningLaw("NO")},
			has:  []expect{{"se-healthcare.governing-law", "/clauses/governingLaw", E}}},
		{name: "law-blank", example: "seed000", reason: "a law not chosen is the built-in law.governing-law-missing",
			mods:  []dpatest.Modifier{dpatest.GoverningLaw("")},
			lacks: []expect{{"se-healthcare.governing-law", "*", ""}}},
		{name: "intrusion-missing-final", example: "seed000", reason: "§11.11 sets a deadline of its own for intrusion attempts; blank in a final agreement is an error",
			mods: []dpatest.Modifier{dpatest.NoBreach(dpa.IntrusionAttempt)},
			has:  []expect{{"se-healthcare.intrusion-deadline-missing", "/clauses/breachNotification", E}}},
		{name: "intrusion-missing-draft", example: "seed000", reason: "in a draft the missing deadline is a warning",
			mods: []dpatest.Modifier{dpatest.NoBreach(dpa.IntrusionAttempt), dpatest.Status(dpa.Draft)},
			has:  []expect{{"se-healthcare.intrusion-deadline-missing", "/clauses/breachNotification", W}}},
		{name: "intrusion-longer", example: "seed000", reason: "attempts are reported without delay, other breaches without undue delay",
			mods: []dpatest.Modifier{dpatest.Breach(dpa.IntrusionAttempt, civil.Of(48, civil.Hours)), dpatest.Breach(dpa.AnyBreach, civil.Of(24, civil.Hours))},
			has:  []expect{{"se-healthcare.intrusion-deadline-longer", "/clauses/breachNotification/0/within", W}}},
		{name: "intrusion-equal", example: "seed000", reason: "24 hours and 1 day are the same deadline",
			mods:  []dpatest.Modifier{dpatest.Breach(dpa.IntrusionAttempt, civil.Of(24, civil.Hours)), dpatest.Breach(dpa.AnyBreach, civil.Of(1, civil.Days))},
			lacks: []expect{{"se-healthcare.intrusion-deadline-longer", "*", ""}}},
		{name: "intrusion-other-blank", example: "seed000", reason: "nothing to compare with while the other deadline is blank",
			mods:  []dpatest.Modifier{dpatest.Breach(dpa.IntrusionAttempt, civil.Of(48, civil.Hours))},
			lacks: []expect{{"se-healthcare.intrusion-deadline-longer", "*", ""}}},
		{name: "logging-missing", example: "seed000", reason: "HSLF-FS 2016:40 requires access logs; the detail rules then stay silent",
			mods: []dpatest.Modifier{dpatest.WithoutMeasure(security.MeasureLogging)},
			has:  []expect{{"se-healthcare.logging-missing", log, E}},
			lacks: []expect{{"se-healthcare.log-content", "*", ""}, {"se-healthcare.log-retention", "*", ""},
				{"se-healthcare.log-spot-checks", "*", ""}, {"se-healthcare.log-checks-documented", "*", ""}}},
		{name: "log-content", example: "seed000", reason: "§11.12 point 2: the unit must show",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) {
				l.Content = []security.LogField{security.LogAction, security.LogTime, security.LogUser, security.LogDataSubject}
			})},
			has: []expect{{"se-healthcare.log-content", log + "/content", E}}},
		{name: "log-content-extra", example: "seed000", reason: "more than the five fields is fine",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) {
				l.Content = append(l.Content, security.LogSearchCriterion)
			})},
			lacks: []expect{{"se-healthcare.log-content", "*", ""}}},
		{name: "spot-checks", example: "seed000", reason: "§11.12 point 5",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) { l.SpotChecks = false })},
			has:  []expect{{"se-healthcare.log-spot-checks", log + "/spotChecks", E}}},
		{name: "checks-documented", example: "seed000", reason: "§11.12 point 6",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) { l.ChecksDocumented = false })},
			has:  []expect{{"se-healthcare.log-checks-documented", log + "/checksDocumented", E}}},
		{name: "retention-13-months", example: "seed000", reason: "the Danish 13 months fall short of five years",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) { l.Retention = civil.Of(13, civil.Months) })},
			has:  []expect{{"se-healthcare.log-retention", log + "/retention", E}}},
		{name: "retention-60-months", example: "seed000", reason: "60 months are exactly five years",
			mods:  []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) { l.Retention = civil.Of(60, civil.Months) })},
			lacks: []expect{{"se-healthcare.log-retention", "*", ""}}},
		{name: "retention-1826-days", example: "seed000", reason: "1 826 days are five years only when they span one leap day, so it is not certain",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) { l.Retention = civil.Of(1826, civil.Days) })},
			has:  []expect{{"se-healthcare.log-retention", log + "/retention", E}}},
		{name: "retention-1830-days", example: "seed000", reason: "1 830 days are at least five years from any day",
			mods:  []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) { l.Retention = civil.Of(1830, civil.Days) })},
			lacks: []expect{{"se-healthcare.log-retention", "*", ""}}},
		{name: "retention-5-years-at-most", example: "seed000", reason: "at most five years may keep the logs for less than §11.12's five",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) {
				l.Retention, l.RetentionBound = civil.Of(5, civil.Years), security.AtMost
			})},
			has: []expect{{"se-healthcare.log-retention", log + "/retention", E}}},
		{name: "retention-blank-draft", example: "seed000", reason: "a blank retention is a warning in a draft",
			mods: []dpatest.Modifier{dpatest.Status(dpa.Draft), dpatest.Logging(func(l *security.Logging) { l.Retention = civil.Period{} })},
			has:  []expect{{"se-healthcare.log-retention", log + "/retention", W}}},
		{name: "retention-invalid", example: "seed000", reason: "an invalid period is the built-in rules' business",
			mods:  []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) { l.Retention = civil.Of(-5, civil.Years) })},
			lacks: []expect{{"se-healthcare.log-retention", "*", ""}}},
	})
}

// onlyFirstAudit keeps seed 004's first audit procedure, the yearly
// report, and drops its inspection right, which is enough at every level.
var onlyFirstAudit = dpatest.Edit(func(a *dpa.Agreement) { a.Annexes.C.Audits = a.Annexes.C.Audits[:1] })

func TestDKPublic(t *testing.T) {
	const (
		E        = finding.Error
		W        = finding.Warning
		measures = "/annexes/c/security/measures"
	)
	content := func(fs ...security.LogField) dpatest.Modifier {
		return dpatest.Logging(func(l *security.Logging) { l.Content = fs })
	}
	runCases(t, profile.DKPublic(), []profileCase{
		{name: "risk-missing-final", example: "seed004", reason: "Bilag C.2 scores the risk; blank in a final agreement is an error (seed004 itself is a draft)",
			mods: []dpatest.Modifier{dpatest.Risk(security.Risk{}), dpatest.Status(dpa.Final)},
			has:  []expect{{"dk-public.risk-scoring-missing", "/annexes/c/security/risk", E}}},
		{name: "risk-missing-draft", example: "seed004", reason: "in a draft, as seed004 is, it is a warning",
			mods: []dpatest.Modifier{dpatest.Risk(security.Risk{})},
			has:  []expect{{"dk-public.risk-scoring-missing", "/annexes/c/security/risk", W}}},
		{name: "mfa", example: "seed004", reason: "C.2.5",
			mods: []dpatest.Modifier{dpatest.WithoutMeasure(security.MeasureMFAInternet)},
			has:  []expect{{"dk-public.mfa-internet-missing", measures + "/mfaInternet", E}}},
		{name: "in-transit", example: "seed004", reason: "C.2.6",
			mods: []dpatest.Modifier{dpatest.WithoutMeasure(security.MeasureEncryptionInTransit)},
			has:  []expect{{"dk-public.encryption-in-transit-missing", measures + "/encryptionInTransit", E}}},
		{name: "at-rest", example: "seed004", reason: "C.2.7",
			mods: []dpatest.Modifier{dpatest.WithoutMeasure(security.MeasureEncryptionAtRest)},
			has:  []expect{{"dk-public.encryption-at-rest-missing", measures + "/encryptionAtRest", E}}},
		{name: "logging", example: "seed004", reason: "C.2.10; the detail rules stay silent without logging",
			mods:  []dpatest.Modifier{dpatest.WithoutMeasure(security.MeasureLogging)},
			has:   []expect{{"dk-public.logging-missing", measures + "/logging", E}},
			lacks: []expect{{"dk-public.log-content", "*", ""}, {"dk-public.log-retention", "*", ""}}},
		{name: "content-user", example: "seed004", reason: "the user must show",
			mods: []dpatest.Modifier{content(security.LogTime, security.LogAction, security.LogDataSubject)},
			has:  []expect{{"dk-public.log-content", measures + "/logging/content", E}}},
		{name: "content-search-only", example: "seed004", reason: "the search criterion may stand in for the data subject",
			mods:  []dpatest.Modifier{content(security.LogTime, security.LogUser, security.LogAction, security.LogSearchCriterion)},
			lacks: []expect{{"dk-public.log-content", "*", ""}}},
		{name: "content-neither", example: "seed004", reason: "neither the data subject nor the search criterion",
			mods: []dpatest.Modifier{content(security.LogTime, security.LogUser, security.LogAction)},
			has:  []expect{{"dk-public.log-content", measures + "/logging/content", E}}},
		{name: "retention-12-months", example: "seed004", reason: "C.2.10 keeps logs 13 months",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) { l.Retention = civil.Of(12, civil.Months) })},
			has:  []expect{{"dk-public.log-retention", measures + "/logging/retention", E}}},
		{name: "retention-2-years", example: "seed004", reason: "C.2.10 deletes the log after 13 months: longer breaks the maximum (seed audit: 5 years used to pass)",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) { l.Retention = civil.Of(2, civil.Years) })},
			has:  []expect{{"dk-public.log-retention", measures + "/logging/retention", E}}},
		{name: "retention-5-years-at-least", example: "seed004", reason: "a minimum of 5 years sets no maximum",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) {
				l.Retention, l.RetentionBound = civil.Of(5, civil.Years), security.AtLeast
			})},
			has: []expect{{"dk-public.log-retention", measures + "/logging/retention", E}}},
		{name: "retention-13-months-at-least", example: "seed004", reason: "at least 13 months sets no maximum either",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) {
				l.Retention, l.RetentionBound = civil.Of(13, civil.Months), security.AtLeast
			})},
			has: []expect{{"dk-public.log-retention", measures + "/logging/retention", E}}},
		{name: "retention-13-months-at-most", example: "seed004", reason: "at most 13 months may keep the log for less",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) {
				l.Retention, l.RetentionBound = civil.Of(13, civil.Months), security.AtMost
			})},
			has: []expect{{"dk-public.log-retention", measures + "/logging/retention", E}}},
		{name: "retention-13-months-exactly", example: "seed004", reason: "kept 13 months, then deleted, is C.2.10",
			mods: []dpatest.Modifier{dpatest.Logging(func(l *security.Logging) {
				l.Retention, l.RetentionBound = civil.Of(13, civil.Months), security.Exactly
			})},
			lacks: []expect{{"dk-public.log-retention", "*", ""}}},
		{name: "audit-below-scored-level", example: "seed004", reason: "the risk scoring gives high; a self-declaration fits only the agreed basic level",
			mods: []dpatest.Modifier{onlyFirstAudit, dpatest.SecurityLevel(security.Basic), dpatest.AuditForm(security.SelfDeclaration)},
			has: []expect{{"dk-public.audit-form", "/annexes/c/audits/0/form", E},
				{"security.level-below-risk", "/annexes/c/security/level", ""}},
			lacks: []expect{{"audit.form-below-level", "*", ""}}},
		{name: "audit-below-agreed-level", example: "seed004", reason: "the built-in rule reports a form too weak for the agreed level; the profile does not repeat it",
			mods:  []dpatest.Modifier{onlyFirstAudit, dpatest.AuditForm(security.SelfDeclaration)},
			has:   []expect{{"audit.form-below-level", "/annexes/c/audits/0/form", ""}},
			lacks: []expect{{"dk-public.audit-form", "*", ""}}},
		{name: "audit-inspection", example: "seed004", reason: "an inspection satisfies every level",
			mods:  []dpatest.Modifier{dpatest.AuditForm(security.Inspection)},
			lacks: []expect{{"dk-public.audit-form", "*", ""}}},
		{name: "audit-every-2-years", example: "seed004", reason: "C.7: once a year",
			mods: []dpatest.Modifier{dpatest.AuditFrequency(civil.Of(2, civil.Years))},
			has:  []expect{{"dk-public.audit-frequency", "/annexes/c/audits/0/frequency", E}}},
		{name: "sub-audit-18-months", example: "seed004", reason: "C.8: reports on sub-processors at least once a year",
			mods: []dpatest.Modifier{dpatest.Edit(func(a *dpa.Agreement) { a.Annexes.C.SubProcessorAudits[0].Frequency = civil.Of(18, civil.Months) })},
			has:  []expect{{"dk-public.audit-frequency", "/annexes/c/subProcessorAudits/0/frequency", E}}},
		{name: "audit-every-12-months", example: "seed004", reason: "12 months are a year",
			mods:  []dpatest.Modifier{dpatest.AuditFrequency(civil.Of(12, civil.Months))},
			lacks: []expect{{"dk-public.audit-frequency", "*", ""}}},
		{name: "notice-30-days", example: "seed004", reason: "clause 7.3: at least 60 days",
			mods: []dpatest.Modifier{dpatest.NoticePeriod(civil.Of(30, civil.Days)), dpatest.ObjectionWindow(civil.Of(30, civil.Days))},
			has:  []expect{{"dk-public.notice-period", "/annexes/b/noticePeriod", E}}},
		{name: "notice-2-months", example: "seed004", reason: "two months from 1 January are 59 days",
			mods: []dpatest.Modifier{dpatest.NoticePeriod(civil.Of(2, civil.Months)), dpatest.ObjectionWindow(civil.Of(30, civil.Days))},
			has:  []expect{{"dk-public.notice-period", "/annexes/b/noticePeriod", E}}},
		{name: "notice-9-weeks", example: "seed004", reason: "63 days are more than 60",
			mods:  []dpatest.Modifier{dpatest.NoticePeriod(civil.Of(9, civil.Weeks))},
			lacks: []expect{{"dk-public.notice-period", "*", ""}}},
		{name: "notice-blank", example: "seed004", reason: "a blank notice period is the built-in rules' business",
			mods:  []dpatest.Modifier{dpatest.NoticePeriod(civil.Period{}), dpatest.ObjectionWindow(civil.Period{})},
			has:   []expect{{"subprocessors.notice-period-missing", "/annexes/b/noticePeriod", ""}},
			lacks: []expect{{"dk-public.notice-period", "*", ""}}},
	})
}

func TestNOPublic(t *testing.T) {
	const (
		E = finding.Error
		W = finding.Warning
	)
	runCases(t, profile.NOPublic(), []profileCase{
		{name: "breach-48h", example: "seed003", reason: "pkt. 10.2: at most 24 hours",
			mods: []dpatest.Modifier{dpatest.Breach(dpa.AnyBreach, civil.Of(48, civil.Hours))},
			has:  []expect{{"no-public.breach-over-24h", "/clauses/breachNotification/0/within", E}}},
		{name: "breach-1-day", example: "seed003", reason: "1 day is 24 hours",
			mods:  []dpatest.Modifier{dpatest.Breach(dpa.AnyBreach, civil.Of(1, civil.Days))},
			lacks: []expect{{"no-public.breach-over-24h", "*", ""}}},
		{name: "intrusion-36h", example: "seed003", reason: "every kind of breach is held to 24 hours",
			mods:  []dpatest.Modifier{dpatest.Breach(dpa.IntrusionAttempt, civil.Of(36, civil.Hours))},
			has:   []expect{{"no-public.breach-over-24h", "/clauses/breachNotification/2/within", E}},
			lacks: []expect{{"no-public.breach-over-24h", "/clauses/breachNotification/0/within", ""}}},
		{name: "breach-blank", example: "seed003", reason: "a blank deadline is the built-in breach.deadline-missing",
			mods:  []dpatest.Modifier{dpatest.Breach(dpa.AnyBreach, civil.Period{})},
			lacks: []expect{{"no-public.breach-over-24h", "*", ""}}},
		{name: "confirm-missing-draft", example: "seed003", reason: "pkt. 12.4; a blank in a draft is a warning",
			mods: []dpatest.Modifier{dpatest.ConfirmDeletionWithin(civil.Period{})},
			has:  []expect{{"no-public.deletion-confirmation-missing", "/clauses/endOfService/confirmWithin", W}}},
		{name: "confirm-missing-final", example: "seed003", reason: "and an error in a final agreement",
			mods: []dpatest.Modifier{dpatest.ConfirmDeletionWithin(civil.Period{}), dpatest.Status(dpa.Final)},
			has:  []expect{{"no-public.deletion-confirmation-missing", "/clauses/endOfService/confirmWithin", E}}},
		{name: "confirm-1-month", example: "seed003", reason: "a month is longer than 14 days",
			mods:  []dpatest.Modifier{dpatest.ConfirmDeletionWithin(civil.Of(1, civil.Months))},
			has:   []expect{{"no-public.deletion-confirmation-late", "/clauses/endOfService/confirmWithin", E}},
			lacks: []expect{{"no-public.deletion-confirmation-missing", "*", ""}}},
		{name: "confirm-2-weeks", example: "seed003", reason: "two weeks are 14 days",
			mods:  []dpatest.Modifier{dpatest.ConfirmDeletionWithin(civil.Of(2, civil.Weeks))},
			lacks: []expect{{"no-public.deletion-confirmation-late", "*", ""}}},
		{name: "law-swedish", example: "seed003", reason: "pkt. 13: Norwegian law",
			mods: []dpatest.Modifier{dpatest.GoverningLaw("SE")},
			has:  []expect{{"no-public.governing-law", "/clauses/governingLaw", E}}},
		{name: "law-blank", example: "seed003", reason: "a law not chosen is the built-in law.governing-law-missing",
			mods:  []dpatest.Modifier{dpatest.GoverningLaw("")},
			has:   []expect{{"law.governing-law-missing", "/clauses/governingLaw", ""}},
			lacks: []expect{{"no-public.governing-law", "*", ""}}},
	})
}

var verb = regexp.MustCompile(`%\[\d+\]`)

// Every profile is named, titled and sourced; every code carries the
// profile's prefix, a reference and a message in every language that
// refers to the same arguments as the English one (STYLE.md 11).
func TestProfileDefs(t *testing.T) {
	names := map[string]bool{}
	for _, p := range profile.All() {
		if names[p.Name] {
			t.Errorf("profile %s is listed twice", p.Name)
		}
		names[p.Name] = true
		for _, l := range i18n.Langs {
			if p.Title.In(l) == "" {
				t.Errorf("%s has no title in %s", p.Name, l)
			}
		}
		if p.Source == "" {
			t.Errorf("%s names no source", p.Name)
		}
		if len(p.Rules) == 0 {
			t.Errorf("%s has no rules", p.Name)
		}
		for _, r := range p.Rules {
			d := r.Def
			if !strings.HasPrefix(string(d.Code), p.Name+".") {
				t.Errorf("%s: code %s lacks the profile's prefix", p.Name, d.Code)
			}
			if d.Ref == "" {
				t.Errorf("%s has no reference", d.Code)
			}
			want := verb.FindAllString(d.Message.EN, -1)
			slices.Sort(want)
			for _, l := range i18n.Langs {
				m := d.Message.In(l)
				if m == "" {
					t.Errorf("%s has no message in %s", d.Code, l)
				}
				got := verb.FindAllString(m, -1)
				slices.Sort(got)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s: the %s message refers to other arguments (-en +%s):\n%s", d.Code, l, l, diff)
				}
			}
		}
	}
	if _, ok := profile.Lookup("se-public"); ok {
		t.Error(`Lookup("se-public") found a profile that does not exist`)
	}
	// Together the profiles register without a clash with each other or
	// with the built-in codes.
	dpatest.Validator(t, dpa.WithProfiles(profile.All()...))
}

// Every finding of every profile formats in every language without a
// formatting error such as a missing or extra argument.
func TestProfileMessagesFormat(t *testing.T) {
	v := dpatest.Validator(t, dpa.WithoutBuiltins(), dpa.WithProfiles(profile.All()...))
	seen := map[dpa.Code]bool{}
	for _, ex := range examples.All() {
		for _, f := range v.Validate(ex.Build()) {
			seen[f.Code] = true
			for _, l := range i18n.Langs {
				if m := f.Message(l); strings.Contains(m, "%!") {
					t.Errorf("%s at %s in %s: %q", f.Code, f.Path, l, m)
				}
			}
		}
	}
	if len(seen) < 15 {
		t.Errorf("the examples exercise only %d profile codes; the check above is too weak", len(seen))
	}
}

// A profile rule does not allocate when the agreement meets it.
func TestProfilesNoAllocations(t *testing.T) {
	for _, tc := range []struct {
		profile, example string
	}{{"se-healthcare", "seed000"}, {"dk-public", "seed004"}, {"no-public", "seed003"}} {
		p, _ := profile.Lookup(tc.profile)
		v := dpatest.Validator(t, dpa.WithoutBuiltins(), dpa.WithProfiles(p))
		a := dpatest.Agreement(t, tc.example)
		if got := v.Validate(a); len(got) != 0 {
			t.Fatalf("%s on %s: %v", tc.profile, tc.example, got)
		}
		if n := testing.AllocsPerRun(100, func() { v.Validate(a) }); n != 0 {
			t.Errorf("%s on %s allocates %v times, want 0", tc.profile, tc.example, n)
		}
	}
}
