package dpa_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/profile"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
	"github.com/shopspring/decimal"
)

// broken is a corpus of broken agreements: each changes one thing in the
// reference agreement, chosen so that together they trigger as many codes
// as possible.
var broken = []struct {
	name string
	edit func(a *dpa.Agreement)
}{
	{"draft-blanks", func(a *dpa.Agreement) {
		a.Status = dpa.Draft
		a.Controllers[0].Name = ""
		a.Date = civil.Date{}
		a.MainAgreement = dpa.MainAgreement{Blank: true}
	}},
	{"status", func(a *dpa.Agreement) { a.Status = "signed" }},
	{"dpf-lapsing", func(a *dpa.Agreement) { a.Annexes.B.Entries[2].Transfer.DPFCertifiedUntil = civil.D(2027, 1, 31) }},
	{"adequacy-ending", func(a *dpa.Agreement) {
		a.Date = civil.D(2031, 11, 1)
		a.EffectiveDate, a.Term.EndDate = civil.Date{}, civil.Date{}
		e := &a.Annexes.B.Entries[2]
		e.Locations = []transfer.Location{{Country: "GB"}}
		e.Transfer = transfer.Basis{Mechanism: transfer.Adequacy}
	}},
	{"languages", func(a *dpa.Agreement) { a.Languages = nil }},
	{"language-unknown", func(a *dpa.Agreement) { a.Languages = append(a.Languages, "fi") }},
	{"main-language", func(a *dpa.Agreement) { a.Annexes.A.Purpose = i18n.Text{DA: "Formål"} }},
	{"placeholder", func(a *dpa.Agreement) { a.Annexes.A.Nature = i18n.T("[beskriv]") }},
	{"dates", func(a *dpa.Agreement) {
		a.EffectiveDate = civil.D(2026, 2, 30)
		a.Term = dpa.Term{Kind: dpa.FixedDate, EndDate: civil.D(2020, 1, 1)}
	}},
	{"time-zone", func(a *dpa.Agreement) { a.TimeZone = "Europe/Viborg" }},
	{"exit", func(a *dpa.Agreement) {
		a.Annexes.B.Entries[0].Until = civil.D(2027, 3, 31)
		a.Annexes.B.Entries[0].Exit = annex.Exit{Action: "shred", By: civil.D(2027, 3, 1)}
	}},
	{"date-order", func(a *dpa.Agreement) { a.Term = dpa.Term{Kind: dpa.FixedDate, EndDate: civil.D(2020, 1, 1)} }},
	{"term", func(a *dpa.Agreement) { a.Term = dpa.Term{} }},
	{"term-end", func(a *dpa.Agreement) { a.Term = dpa.Term{Kind: dpa.FixedDate} }},
	{"term-kind", func(a *dpa.Agreement) { a.Term = dpa.Term{Kind: "forever"}; a.BasedOn = "own"; a.Precedence = "mine" }},
	{"controllers", func(a *dpa.Agreement) { a.Controllers = nil }},
	{"processor", func(a *dpa.Agreement) { a.Processor = dpa.Party{} }},
	{"party-fields", func(a *dpa.Agreement) {
		p := &a.Controllers[0]
		p.Address.Country, p.Contacts, p.Signatory = "", nil, org.Signatory{}
		a.Processor.Contacts = []org.Contact{{Role: "boss", Name: "X"}}
	}},
	{"org-ids", func(a *dpa.Agreement) {
		a.Controllers[0].OrgID = org.ID{Scheme: org.SEOrgNr, Value: "212000-014"}
		a.Processor.OrgID = org.SE("212000-0143")
		a.Annexes.B.Entries[0].OrgID = org.ID{Scheme: "de-handelsregister", Value: "HRB 86891"}
		a.Annexes.B.Entries[1].OrgID = org.ID{Scheme: org.NOOrgNr, Value: " "}
	}},
	{"not-normalised", func(a *dpa.Agreement) {
		a.Controllers[0].OrgID = org.ID{Scheme: org.SEOrgNr, Value: "212000-0142"}
		a.Clauses.GoverningLaw = "se"
	}},
	{"countries", func(a *dpa.Agreement) {
		a.Processor.Address.Country = "Sweden"
		a.Clauses.GoverningLaw = "XX"
		a.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.OnlyListed, Countries: []transfer.Country{"", "ZZ"}}
	}},
	{"clauses", func(a *dpa.Agreement) { a.Clauses = dpa.Clauses{} }},
	{"clause-values", func(a *dpa.Agreement) {
		c := &a.Clauses
		c.Confidentiality = "loose"
		c.UnlawfulInstruction.NotifyWithin = civil.Period{Value: 2, Unit: "fortnights"}
		c.BreachNotification = []dpa.BreachDeadline{{Kind: "other", Within: civil.Of(96, civil.Hours), ExceptRoutine: true, IfPossible: true, WithoutDelay: true}, {Kind: "other", Within: civil.Period{Value: -1, Unit: civil.Hours}}}
		c.Assistance.Fee = dpa.Money{Amount: decimal.NewFromInt(-5), Currency: "SEK"}
		c.Assistance.Per = "month"
		c.EndOfService = dpa.EndOfService{Action: "burn", Deadline: civil.Period{Value: 1, Unit: "month"}}
	}},
	{"fee-missing", func(a *dpa.Agreement) { a.Clauses.Assistance = dpa.AssistanceTerms{Per: civil.Hours} }},
	{"liability-cap", func(a *dpa.Agreement) {
		a.Clauses.Liability = dpa.Liability{Basis: dpa.OwnLiabilityTerms, Cap: dpa.LiabilityCap{FeeMultiple: "1.5"}}
		a.Clauses.UnlawfulInstruction.NotifyWithin = civil.Of(30, civil.Days)
		a.Term.Notice = dpa.AnyTime
	}},
	{"liability-values", func(a *dpa.Agreement) {
		a.Clauses.Liability = dpa.Liability{Basis: dpa.MainAgreementLiability, Cap: dpa.LiabilityCap{FeeMultiple: "0"}}
		a.Term.NoticePeriod = civil.Of(3, civil.Months)
	}},
	{"liability-ambiguous", func(a *dpa.Agreement) {
		a.Clauses.Liability = dpa.Liability{Cap: dpa.LiabilityCap{Amount: dpa.Money{Amount: decimal.NewFromInt(10), Currency: "SEK"}, FeeMultiple: "1"}}
	}},
	{"level-missing-for-data", func(a *dpa.Agreement) {
		a.Annexes.C.Security.Level = ""
		a.Annexes.A.Groups[0].SpecialUnnamed = true
	}},
	{"notice-deadline-missing", func(a *dpa.Agreement) {
		a.Clauses.BreachNotification = append(a.Clauses.BreachNotification, dpa.BreachDeadline{Kind: dpa.AgreementBreach})
	}},
	{"measure-open", func(a *dpa.Agreement) { a.Annexes.C.Security.OpenHeadings = []i18n.Text{{SV: "Fysisk säkerhet"}} }},
	{"liability-blank", func(a *dpa.Agreement) { a.Clauses.Liability = dpa.Liability{Basis: dpa.OwnLiabilityTerms} }},
	{"locations-unnamed", func(a *dpa.Agreement) {
		a.Annexes.C.Locations = nil
		a.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.NoThirdCountries}
		a.Annexes.B.Entries = nil
	}},
	{"annexes", func(a *dpa.Agreement) { a.Annexes = dpa.Annexes{} }},
	{"groups", func(a *dpa.Agreement) {
		g := &a.Annexes.A.Groups[0]
		g.Name = i18n.Text{}
		a.Annexes.A.Groups = append(a.Annexes.A.Groups, annex.Group{Name: i18n.T("Visitors"), Ordinary: []annex.OrdinaryData{"shoe-size"},
			Special: []annex.SpecialCategory{"gossip"}, Confidential: []annex.ConfidentialData{"secrets"}})
		a.Annexes.A.Groups = append(a.Annexes.A.Groups, annex.Group{Name: i18n.T("Nobody")})
	}},
	{"sub-processors", func(a *dpa.Agreement) {
		b := &a.Annexes.B
		b.Authorisation = "sometimes"
		b.ObjectionWindow = civil.Of(60, civil.Days)
		e := &b.Entries[0]
		e.Name, e.Address.Country, e.Activity, e.Locations, e.FlowDown = "", "", i18n.Text{}, nil, false
		e.Authorisation = "maybe"
		b.Entries[1].ID = b.Entries[2].ID
		b.Entries = append(b.Entries, annex.SubProcessor{})
		b.Entries = append(b.Entries, annex.SubProcessor{ID: "ghost-child", Name: "Ghost child", Address: org.Address{Country: "SE"},
			Activity: i18n.T("Hosting"), Locations: []transfer.Location{{Country: "SE"}, {Organisation: "un"}, {Country: "se"}},
			FlowDown: true, EngagedBy: "ghost", ObjectionWindow: civil.Of(90, civil.Days)})
	}},
	{"objection-terms", func(a *dpa.Agreement) {
		a.Annexes.B.ObjectionGrounds, a.Annexes.B.ObjectionExit = annex.ReasonableGrounds, annex.MainAgreementExit
	}},
	{"objection-terms-unknown", func(a *dpa.Agreement) {
		a.Annexes.B.ObjectionGrounds, a.Annexes.B.ObjectionExit = "whim", "door"
	}},
	{"general-authorisation", func(a *dpa.Agreement) {
		a.Annexes.B.NoticePeriod, a.Annexes.B.ObjectionWindow = civil.Period{}, civil.Period{}
	}},
	{"chain", func(a *dpa.Agreement) {
		b := &a.Annexes.B
		b.Entries[0].ID, b.Entries[0].EngagedBy = "p", "q"
		b.Entries[1].ID, b.Entries[1].EngagedBy = "q", "p"
		prev := ""
		for i := range 12 {
			id := fmt.Sprintf("deep%d", i)
			b.Entries = append(b.Entries, annex.SubProcessor{ID: id, EngagedBy: prev, Name: id, Address: org.Address{Country: "SE"},
				Activity: i18n.T("Hosting"), Locations: []transfer.Location{{Country: "SE"}}, FlowDown: true})
			prev = id
		}
	}},
	{"transfers", func(a *dpa.Agreement) {
		a.Annexes.B.Entries[2].Transfer = transfer.Basis{Mechanism: transfer.SCC, SCCModule: 1}
		a.Annexes.B.Entries[3].Transfer = transfer.Basis{Mechanism: transfer.Adequacy}
		a.Annexes.C.Locations = append(a.Annexes.C.Locations, transfer.Location{Country: "JP"}, transfer.Location{Country: "CA"})
		a.Annexes.C.Transfers.Kind = "sometimes"
	}},
	{"caveat", func(a *dpa.Agreement) {
		a.Annexes.B.Entries[3].Transfer = transfer.Basis{Mechanism: transfer.Adequacy}
		a.Annexes.B.Entries[3].Locations = []transfer.Location{{Country: "JP"}}
	}},
	{"security", func(a *dpa.Agreement) {
		s := &a.Annexes.C.Security
		s.Level = security.Basic
		s.Risk = security.Risk{Subjects: security.Over10000, SpecialCategories: true}
		a.Annexes.A.Groups[0].Special = []annex.SpecialCategory{annex.Health}
		l := s.Measures.Logging
		l.Retention = civil.Period{Value: 3, Unit: "month"}
		l.Content = append(l.Content, "mood", l.Content[0])
		l.LockoutAfterFailures = -1
		a.Annexes.C.Audits = []annex.Audit{{Form: security.SelfDeclaration}}
	}},
	{"security-enums", func(a *dpa.Agreement) {
		a.Annexes.C.Security.Level = "extreme"
		a.Annexes.C.Audits = []annex.Audit{{Form: "chat", Costs: "nobody", Frequency: civil.Period{Value: -2, Unit: civil.Years}, Performer: "auditor", ReportTo: "press"},
			{Performer: annex.ProcessorAudits, Form: security.SelfDeclaration, ReportTo: annex.IndependentAuditor}, {Performer: annex.IndependentAuditor, Form: security.ISO27001}}
		a.Annexes.C.Security.AuditPolicy = "lenient"
	}},
	{"audit-below-level", func(a *dpa.Agreement) {
		a.Annexes.C.Security.Level = security.High
		a.Annexes.C.Audits = []annex.Audit{{Form: security.SelfDeclaration}}
		a.Annexes.C.Security.Risk = security.Risk{Subjects: security.Under1000, SpecialCategories: true, Confidential: true}
	}},
	{"listed-none", func(a *dpa.Agreement) { a.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.OnlyListed} }},
	{"security-low", func(a *dpa.Agreement) {
		a.Annexes.C.Security.Level = security.VeryLow
		a.Annexes.C.Security.Risk = security.Risk{Subjects: security.Under1000}
	}},
	{"profile-se", func(a *dpa.Agreement) {
		a.Annexes.C.Security.Measures.Logging = nil
		a.Clauses.GoverningLaw = "DK"
	}},
	{"profile-logging", func(a *dpa.Agreement) {
		l := a.Annexes.C.Security.Measures.Logging
		l.Content, l.SpotChecks, l.ChecksDocumented, l.Retention = []security.LogField{security.LogTime}, false, false, civil.Of(1, civil.Months)
		a.Clauses.EndOfService.ConfirmWithin = civil.Of(1, civil.Years)
		a.Annexes.C.Security.Measures.EncryptionAtRest = nil
		a.Annexes.C.Security.Measures.EncryptionInTransit = nil
		a.Annexes.C.Security.Measures.MFAInternet = nil
	}},
	{"org-id-duplicate", func(a *dpa.Agreement) { a.Annexes.B.Entries[1].OrgID = a.Annexes.B.Entries[0].OrgID }},
	{"clause-reference", func(a *dpa.Agreement) {
		a.Annexes.C.Subject.SV = "Behandlingen beskrivs i punkt 11.1 a i huvudavtalet."
	}},
	{"profile-misc", func(a *dpa.Agreement) {
		a.Annexes.C.Security.Risk = security.Risk{}
		a.Clauses.EndOfService.ConfirmWithin = civil.Period{}
		a.Clauses.GoverningLaw = "NO"
		a.Annexes.B.NoticePeriod = civil.Of(1, civil.Weeks)
		a.Annexes.B.ObjectionWindow = civil.Of(1, civil.Weeks)
		a.Clauses.BreachNotification = append(a.Clauses.BreachNotification, dpa.BreachDeadline{Kind: dpa.IntrusionAttempt, Within: civil.Of(48, civil.Hours)})
		a.Annexes.C.Audits[0].Frequency = civil.Of(5, civil.Years)
	}},
}

// englishWords are words of the English error and problem texts that have
// no place in a Swedish, Norwegian or Danish message.
var englishWords = regexp.MustCompile(`\b(the|is|has|wrong|unknown|characters|fails|digit|empty|negative|listed|twice|count|field|or|and|organisation number|period)\b|\b(org|civil|security|transfer|dpa|annex|finding|i18n): `)

// untriggered are the codes the corpus does not reach, with the reason.
var untriggered = map[dpa.Code]string{
	"rule.panicked":     "needs a rule that panics; see TestRulePanics",
	"finding.undefined": "needs a rule with a nil definition; see TestRuleWithNilDef",
}

// TestMessagesLocalized renders the message of every finding the corpus
// gives, with every profile, in sv, nb and da, and checks that no English
// detail text leaks into them (new-user review item 2): every argument
// that is not plain input writes itself in the message's language, and no
// argument is missing.
func TestMessagesLocalized(t *testing.T) {
	v := dpatest.Validator(t, dpa.WithProfiles(profile.All()...))
	seen := map[dpa.Code]bool{}
	check := func(name string, f dpa.Finding) {
		seen[f.Code] = true
		if f.Code == finding.CodeEnumInvalid { // new-user review item 3: name the allowed values
			if c, ok := f.Args[len(f.Args)-1].(finding.Choices); len(f.Args) != 2 || !ok || len(c) == 0 || slices.Contains(c, f.Args[0].(string)) {
				t.Errorf("%s: value.unknown %s does not name the allowed values: %#v", name, f.Path, f.Args)
			}
		}
		for i, arg := range f.Args {
			_, loc := arg.(finding.Localizer)
			switch arg.(type) {
			case string, int, bool, civil.Date, dpa.Money:
			default:
				if !loc {
					t.Errorf("%s: %s %s: argument %d (%T) does not write itself in a language", name, f.Code, f.Path, i+1, arg)
				}
			}
		}
		for _, l := range i18n.Langs {
			m := f.Message(l)
			if strings.Contains(m, "%!") {
				t.Errorf("%s: %s %s (%s): a message argument is missing or wrong: %s", name, f.Code, f.Path, l, m)
			}
			if l == i18n.EN {
				continue
			}
			// Leave out the values the user wrote, which are quoted.
			bare := regexp.MustCompile(`"[^"]*"`).ReplaceAllString(m, `""`)
			if w := englishWords.FindString(bare); w != "" {
				t.Errorf("%s: %s %s (%s): English %q in %s", name, f.Code, f.Path, l, w, m)
			}
		}
	}
	for _, b := range broken {
		a := dpatest.Agreement(t, "reference", dpatest.Edit(b.edit))
		for _, f := range v.Validate(a) {
			check(b.name, f)
		}
	}
	for _, f := range dpa.Validate(nil) {
		check("nil", f)
	}
	var missed []string
	for _, d := range v.Defs() {
		if !seen[d.Code] && untriggered[d.Code] == "" {
			missed = append(missed, string(d.Code))
		}
	}
	slices.Sort(missed)
	if len(missed) > 0 {
		t.Errorf("the corpus triggers no finding of %d codes; add a case or list them in untriggered: %v", len(missed), missed)
	}
}
