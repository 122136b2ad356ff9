package examples_test

// This file is a company's data protection policy written as rules and
// tested with package dpatest. ACME Group and its policy are invented; the
// pattern is what a legal team would copy:
//
//   - one dpa.Rule per requirement, with a code under the company's own
//     prefix, a reference to the policy paragraph and a message in each
//     language the company works in;
//   - the rules grouped as a dpa.Profile and run with the built-in rules,
//     and with a sector profile where one applies;
//   - a table test that starts from an example agreement, changes one thing
//     and asserts the code and the path of the finding, never the message.

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/profile"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// acmePolicy returns ACME's policy as a profile. publicDK lists the CVR
// numbers of ACME's Danish public-sector customers, which the contract
// system knows and the agreement does not say.
func acmePolicy(publicDK ...string) dpa.Profile {
	return dpa.Profile{
		Name:   "acme",
		Title:  i18n.Text{EN: "ACME Group data protection policy", SV: "ACME-koncernens dataskyddspolicy"},
		Source: "ACME Group data protection policy, version 3, §§ 4–6 (illustrative)",
		Rules:  []dpa.Rule{acmeBreach24h, acmeTransferSCC3TIA, acmeDKPublicAudit(publicDK)},
	}
}

// §4.2: every breach is reported to the controller within 24 hours.
var acmeBreach24h = dpa.Rule{
	Def: dpa.Def{Code: "acme.breach-over-24h", Severity: finding.Error, Ref: "ACME policy §4.2",
		Message: i18n.Text{
			EN: "The breach deadline of %[1]v is longer than the 24 hours ACME allows.",
			SV: "Fristen på %[1]v för incidentanmälan är längre än de 24 timmar ACME tillåter.",
			NB: "Fristen på %[1]v for å varsle om brudd er lengre enn de 24 timene ACME tillater.",
			DA: "Fristen på %[1]v for underretning om brud er længere end de 24 timer, ACME tillader.",
		}},
	Check: func(a *dpa.Agreement, r dpa.Reporter) {
		for i, d := range a.Clauses.BreachNotification {
			// Blank and invalid deadlines are the built-in rules' business.
			if !d.Within.Valid() {
				continue
			}
			if sign, _ := d.Within.Compare(civil.Of(24, civil.Hours)); sign > 0 {
				r.Add(dpa.Pointer("clauses", "breachNotification", i, "within"), d.Within)
			}
		}
	},
}

// §5.1: a sub-processor that processes outside the EEA does so under the
// standard contractual clauses, module 3, after a transfer impact
// assessment, even where an adequacy decision would allow more.
var acmeTransferSCC3TIA = dpa.Rule{
	Def: dpa.Def{Code: "acme.transfer-without-scc3-tia", Severity: finding.Error, Ref: "ACME policy §5.1",
		Message: i18n.Text{
			EN: "The sub-processor processes outside the EEA without SCC module 3 and a transfer impact assessment.",
			SV: "Underbiträdet behandlar personuppgifter utanför EES utan standardavtalsklausuler modul 3 och en bedömning av överföringens konsekvenser.",
			NB: "Underdatabehandleren behandler personopplysninger utenfor EØS uten standardavtalevilkår modul 3 og en vurdering av overføringens konsekvenser.",
			DA: "Underdatabehandleren behandler personoplysninger uden for EØS uden standardkontraktbestemmelser modul 3 og en vurdering af overførslens virkninger.",
		}},
	Check: func(a *dpa.Agreement, r dpa.Reporter) {
		for i, e := range a.Annexes.B.Entries {
			outside := slices.ContainsFunc(e.Locations, func(l transfer.Location) bool { return !l.EEA() })
			b := e.Transfer
			if outside && (b.Mechanism != transfer.SCC || b.SCCModule != 3 || !b.TIA) {
				r.Add(dpa.Pointer("annexes", "b", "entries", i, "transfer"))
			}
		}
	},
}

// §6.3: for a Danish public-sector customer the processor delivers an
// ISAE 3000 type 2 report, whatever the risk level. The rule is built by a
// function because it needs the customer list. Its message is in English
// and Danish only; Swedish and Norwegian readers get the English text.
func acmeDKPublicAudit(publicDK []string) dpa.Rule {
	return dpa.Rule{
		Def: dpa.Def{Code: "acme.dk-public-audit", Severity: finding.Error, Ref: "ACME policy §6.3",
			Message: i18n.Text{
				EN: "A Danish public-sector customer receives an ISAE 3000 type 2 report; the agreement provides %[1]v.",
				DA: "En dansk offentlig kunde modtager en ISAE 3000-erklæring type 2; aftalen giver %[1]v.",
			}},
		Check: func(a *dpa.Agreement, r dpa.Reporter) {
			public := slices.ContainsFunc(a.Controllers, func(p dpa.Party) bool {
				return p.OrgID.Scheme == org.DKCVR && slices.Contains(publicDK, p.OrgID.Value)
			})
			if len(a.Annexes.C.Audits) == 0 {
				return
			}
			if form := a.Annexes.C.Audits[0].Form; public && form != "" && form != security.ISAE3000Type2 {
				r.Add("/annexes/c/audits/0/form", string(form))
			}
		},
	}
}

// viborg is the CVR number of Viborg Kommune, the controller of seed 004.
const viborg = "29189854"

func TestACMEPolicy(t *testing.T) {
	v := dpatest.Validator(t, dpa.WithProfiles(acmePolicy(viborg)))
	indiaEntry := func(f func(e *annex.SubProcessor)) dpatest.Modifier { return dpatest.SubProcessor("support", f) }
	for _, tc := range []struct {
		name    string
		reason  string
		example string
		mods    []dpatest.Modifier
		has     []dpatest.Want // an empty severity matches any severity
		lacks   []dpatest.Want // an empty path rules the code out anywhere
	}{
		{name: "seed004-meets-policy", reason: "24 hours, EU/EEA only, ISAE 3000 type 2 for a Danish municipality",
			example: "seed004",
			lacks:   []dpatest.Want{{Code: "acme.breach-over-24h"}, {Code: "acme.transfer-without-scc3-tia"}, {Code: "acme.dk-public-audit"}}},
		{name: "breach-36h", reason: "36 hours is lawful (under 72) but beyond ACME's 24",
			example: "seed004", mods: []dpatest.Modifier{dpatest.Breach(dpa.AnyBreach, civil.Of(36, civil.Hours))},
			has:   []dpatest.Want{{Code: "acme.breach-over-24h", Path: "/clauses/breachNotification/0/within"}},
			lacks: []dpatest.Want{{Code: dpa.CodeBreachOver72h}}},
		{name: "breach-96h", reason: "96 hours breaks the law and the policy: both codes, same field",
			example: "seed004", mods: []dpatest.Modifier{dpatest.Breach(dpa.AnyBreach, civil.Of(96, civil.Hours))},
			has: []dpatest.Want{{Code: "acme.breach-over-24h", Path: "/clauses/breachNotification/0/within"},
				{Code: dpa.CodeBreachOver72h, Path: "/clauses/breachNotification/0/within"}}},
		{name: "breach-1-day", reason: "a day is 24 hours",
			example: "seed004", mods: []dpatest.Modifier{dpatest.Breach(dpa.AnyBreach, civil.Of(1, civil.Days))},
			lacks: []dpatest.Want{{Code: "acme.breach-over-24h"}}},
		{name: "breach-1-month", reason: "a month is never within 24 hours, and the comparison across units is exact here",
			example: "seed004", mods: []dpatest.Modifier{dpatest.Breach(dpa.IntrusionAttempt, civil.Of(1, civil.Months))},
			has: []dpatest.Want{{Code: "acme.breach-over-24h", Path: "/clauses/breachNotification/1/within"}}},
		{name: "us-under-dpf", reason: "the DPF adequacy decision is enough for the law but not for ACME",
			example: "reference",
			has:     []dpatest.Want{{Code: "acme.transfer-without-scc3-tia", Path: "/annexes/b/entries/2/transfer"}},
			lacks: []dpatest.Want{{Code: "acme.transfer-without-scc3-tia", Path: "/annexes/b/entries/3/transfer"},
				{Code: dpa.CodeTransferNotAllowed}}},
		{name: "india-without-tia", reason: "SCC module 3 without a transfer impact assessment",
			example: "reference", mods: []dpatest.Modifier{indiaEntry(func(e *annex.SubProcessor) { e.Transfer.TIA = false })},
			has: []dpatest.Want{{Code: "acme.transfer-without-scc3-tia", Path: "/annexes/b/entries/3/transfer"}}},
		{name: "india-module-2", reason: "module 2 is the wrong module: ACME and the built-in rule both say so",
			example: "reference", mods: []dpatest.Modifier{indiaEntry(func(e *annex.SubProcessor) { e.Transfer.SCCModule = 2 })},
			has: []dpatest.Want{{Code: "acme.transfer-without-scc3-tia", Path: "/annexes/b/entries/3/transfer"},
				{Code: dpa.CodeSCCModuleRole, Path: "/annexes/b/entries/3/transfer/sccModule", Severity: finding.Warning}}},
		{name: "eea-only", reason: "a sub-processor inside the EEA needs no transfer basis",
			example: "seed004",
			mods: []dpatest.Modifier{dpatest.AddSubProcessor(annex.SubProcessor{ID: "fi", Name: "Esimerkki Oy", Address: org.Address{Country: "FI"},
				Activity: i18n.T("Backup"), Locations: []transfer.Location{{Country: "FI"}}, FlowDown: true})},
			lacks: []dpatest.Want{{Code: "acme.transfer-without-scc3-tia"}}},
		{name: "dk-public-soc2", reason: "SOC 2 Type II is enough for the law at a high level, but §6.3 names ISAE 3000 type 2",
			example: "seed004", mods: []dpatest.Modifier{dpatest.AuditForm(security.SOC2Type2)},
			has:   []dpatest.Want{{Code: "acme.dk-public-audit", Path: "/annexes/c/audits/0/form"}},
			lacks: []dpatest.Want{{Code: dpa.CodeAuditBelowLevel}}},
		{name: "not-public", reason: "§6.3 is for Danish public customers only; the reference controller is Swedish",
			example: "reference", mods: []dpatest.Modifier{dpatest.AuditForm(security.Inspection)},
			lacks: []dpatest.Want{{Code: "acme.dk-public-audit"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := v.Validate(dpatest.Agreement(t, tc.example, tc.mods...))
			for _, w := range tc.has {
				if w.Severity != "" {
					dpatest.HasAs(t, got, w.Severity, w.Code, w.Path)
				} else {
					dpatest.Has(t, got, w.Code, w.Path)
				}
			}
			for _, w := range tc.lacks {
				if w.Path == "" {
					dpatest.LacksCode(t, got, w.Code)
				} else {
					dpatest.Lacks(t, got, w.Code, w.Path)
				}
			}
			if t.Failed() {
				t.Log(tc.reason)
			}
		})
	}
}

// The policy runs next to a sector profile, and its codes are checked when
// it is registered.
func TestACMEPolicyRegistration(t *testing.T) {
	v := dpatest.Validator(t, dpa.WithProfiles(profile.DKPublic(), acmePolicy(viborg)))
	got := v.Validate(dpatest.Agreement(t, "seed004", dpatest.Breach(dpa.AnyBreach, civil.Of(48, civil.Hours)),
		dpatest.NoticePeriod(civil.Of(30, civil.Days)), dpatest.ObjectionWindow(civil.Of(30, civil.Days))))
	dpatest.Equal(t, got,
		dpatest.Want{Code: "acme.breach-over-24h", Path: "/clauses/breachNotification/0/within", Severity: finding.Error},
		dpatest.Want{Code: "dk-public.notice-period", Path: "/annexes/b/noticePeriod", Severity: finding.Error},
		// seed 004's own blanks: it leaves these to the main agreement.
		dpatest.Want{Code: dpa.CodeEndDeadlineMissing, Path: "/clauses/endOfService/deadline", Severity: finding.Warning},
		dpatest.Want{Code: dpa.CodeEndConfirmationMissing, Path: "/clauses/endOfService/confirmWithin", Severity: finding.Warning},
		dpatest.Want{Code: dpa.CodeGoverningLawMissing, Path: "/clauses/governingLaw", Severity: finding.Warning},
		dpatest.Want{Code: dpa.CodeVenueMissing, Path: "/clauses/venue", Severity: finding.Warning},
		dpatest.Want{Code: annex.CodeObjectionNoExit, Path: "/annexes/b/objectionExit", Severity: finding.Warning},
	)

	_, err := dpa.NewValidator(dpa.WithProfiles(acmePolicy(), acmePolicy()))
	if !errors.Is(err, dpa.ErrDuplicateCode) {
		t.Errorf("the policy registered twice: %v; want dpa.ErrDuplicateCode", err)
	}
}

// A policy rule reports like a built-in rule: a code, a path, the policy
// paragraph and a message in the reader's language.
func Example_policy() {
	v, err := dpa.NewValidator(dpa.WithProfiles(acmePolicy(viborg)))
	if err != nil {
		panic(err)
	}
	for _, f := range v.Validate(examples.Reference()) {
		fmt.Println(f.Code, f.Path, f.Ref)
		fmt.Println(f.Message(i18n.SV))
	}
	// Output:
	// acme.transfer-without-scc3-tia /annexes/b/entries/2/transfer ACME policy §5.1
	// Underbiträdet behandlar personuppgifter utanför EES utan standardavtalsklausuler modul 3 och en bedömning av överföringens konsekvenser.
}
