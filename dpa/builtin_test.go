package dpa_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// got is the part of a finding the tests compare: code, path and severity,
// never the message text.
type got struct {
	Code     dpa.Code
	Path     string
	Severity dpa.Severity
}

func summarize(list dpa.Findings) []got {
	out := make([]got, 0, len(list))
	for _, f := range list {
		out = append(out, got{f.Code, f.Path, f.Severity})
	}
	return out
}

var sortGot = cmpopts.SortSlices(func(a, b got) bool {
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	return a.Code < b.Code
})

// subProcessor returns a complete EEA sub-processor engaged by the processor.
func subProcessor(id string) annex.SubProcessor {
	return annex.SubProcessor{
		ID: id, Name: "Drift " + id + " AB",
		Address:   org.Address{City: "Stockholm", Country: "SE"},
		Activity:  i18n.T("Hosting"),
		Locations: []transfer.Location{{Country: "SE"}},
		FlowDown:  true,
	}
}

func TestValidateRules(t *testing.T) {
	const (
		E = finding.Error
		W = finding.Warning
		I = finding.Info
	)
	for _, tc := range []struct {
		name   string
		reason string
		edit   func(a *dpa.Agreement)
		want   []got
	}{
		{"reference", "the reference agreement is complete and lawful", func(*dpa.Agreement) {}, nil},
		{"status", "status must be draft or final", func(a *dpa.Agreement) { a.Status = "signed" },
			[]got{{"agreement.status-invalid", "/status", E}}},
		{"breach-over-72h", "a processor deadline beyond 72 h leaves the controller no time (Art. 33(1))",
			func(a *dpa.Agreement) { a.Clauses.BreachNotification[0].Within = civil.Of(96, civil.Hours) },
			[]got{{"breach.deadline-over-72h", "/clauses/breachNotification/0/within", E}}},
		{"breach-72h-ok", "exactly 72 h is the controller's own limit, not beyond it",
			func(a *dpa.Agreement) { a.Clauses.BreachNotification[0].Within = civil.Of(3, civil.Days) }, nil},
		{"breach-in-weeks", "a week is 168 h, beyond 72 h",
			func(a *dpa.Agreement) { a.Clauses.BreachNotification[0].Within = civil.Of(1, civil.Weeks) },
			[]got{{"breach.deadline-over-72h", "/clauses/breachNotification/0/within", E}}},
		{"breach-absurd", "2^62 days once overflowed to 0 hours and passed as within 72 h (found by FuzzPeriod)",
			func(a *dpa.Agreement) { a.Clauses.BreachNotification[0].Within = civil.Of(1<<62, civil.Days) },
			[]got{{"breach.deadline-over-72h", "/clauses/breachNotification/0/within", E}}},
		{"breach-missing-final", "a final agreement must set the breach deadline (Art. 28(3)(f))",
			func(a *dpa.Agreement) { a.Clauses.BreachNotification = nil },
			[]got{{"breach.deadline-missing", "/clauses/breachNotification", E}}},
		{"breach-missing-draft", "in a draft a missing deadline is a warning",
			func(a *dpa.Agreement) { a.Status = dpa.Draft; a.Clauses.BreachNotification[0].Within = civil.Period{} },
			[]got{{"breach.deadline-missing", "/clauses/breachNotification/0/within", W}}},
		{"breach-duplicate-kind", "two deadlines for one kind contradict each other",
			func(a *dpa.Agreement) {
				a.Clauses.BreachNotification = append(a.Clauses.BreachNotification, a.Clauses.BreachNotification[0])
			},
			[]got{{"breach.kind-duplicate", "/clauses/breachNotification/1/kind", E}}},
		{"breach-without-delay-kind", "only intrusion attempts are notified without delay by this flag (seed 000 §11.11)",
			func(a *dpa.Agreement) { a.Clauses.BreachNotification[0].WithoutDelay = true },
			[]got{{"breach.without-delay-kind", "/clauses/breachNotification/0/withoutDelay", E}}},
		{"breach-except-routine-kind", "only intrusion attempts have routine ones to leave out",
			func(a *dpa.Agreement) { a.Clauses.BreachNotification[0].ExceptRoutine = true },
			[]got{{"breach.except-routine-kind", "/clauses/breachNotification/0/exceptRoutine", E}}},
		{"breach-except-routine-intrusion", "an intrusion deadline may leave routine attempts out",
			func(a *dpa.Agreement) {
				a.Clauses.BreachNotification = append(a.Clauses.BreachNotification,
					dpa.BreachDeadline{Kind: dpa.IntrusionAttempt, Within: civil.Of(24, civil.Hours), ExceptRoutine: true})
			},
			nil},
		{"negative-period", "a negative period is meaningless",
			func(a *dpa.Agreement) { a.Clauses.EndOfService.Deadline = civil.Of(-30, civil.Days) },
			[]got{{"period.invalid", "/clauses/endOfService/deadline", E}}},
		{"unknown-unit", "periods have five units",
			func(a *dpa.Agreement) { a.Clauses.EndOfService.Deadline = civil.Period{Value: 2, Unit: "fortnights"} },
			[]got{{"period.invalid", "/clauses/endOfService/deadline", E}}},
		{"objection-longer-than-notice", "the controller must be able to object before a change takes effect (Art. 28(2))",
			func(a *dpa.Agreement) {
				a.Annexes.B.Authorisation = annex.General
				a.Annexes.B.NoticePeriod = civil.Of(14, civil.Days)
				a.Annexes.B.ObjectionWindow = civil.Of(1, civil.Months)
			},
			[]got{{"subprocessors.objection-after-notice", "/annexes/b/objectionWindow", E}}},
		{"general-without-notice", "general authorisation needs prior information (Art. 28(2)): without a notice period or an objection window nothing says when",
			func(a *dpa.Agreement) {
				a.Annexes.B.Authorisation = annex.General
				a.Annexes.B.NoticePeriod, a.Annexes.B.ObjectionWindow = civil.Period{}, civil.Period{}
			},
			[]got{{"subprocessors.notice-period-missing", "/annexes/b/noticePeriod", E}, {"subprocessors.objection-window-missing", "/annexes/b/objectionWindow", E}}},
		{"general-objection-window-only", "seed 000 §7.1, seed 002 P5: information in advance with a window to object is enough",
			func(a *dpa.Agreement) {
				a.Annexes.B.Authorisation = annex.General
				a.Annexes.B.NoticePeriod = civil.Period{}
			}, nil},
		{"entry-notice-longer", "seed 004 §7.3: a longer notice for one sub-processor's changes; its window is weighed against it",
			func(a *dpa.Agreement) {
				a.Annexes.B.Authorisation = annex.General
				a.Annexes.B.Entries[0].NoticePeriod = civil.Of(90, civil.Days)
				a.Annexes.B.Entries[0].ObjectionWindow = civil.Of(60, civil.Days)
			}, nil},
		{"entry-window-beyond-entry-notice", "the entry's window must end before its own notice does",
			func(a *dpa.Agreement) {
				a.Annexes.B.Authorisation = annex.General
				a.Annexes.B.Entries[0].NoticePeriod = civil.Of(20, civil.Days)
				a.Annexes.B.Entries[0].ObjectionWindow = civil.Of(25, civil.Days)
			},
			[]got{{"subprocessors.objection-after-notice", "/annexes/b/entries/0/objectionWindow", E}}},
		{"flow-down", "Art. 28(4) obligations must be passed on",
			func(a *dpa.Agreement) { a.Annexes.B.Entries[0].FlowDown = false },
			[]got{{"subprocessor.flow-down-missing", "/annexes/b/entries/0/flowDown", E}}},
		{"org-id-checksum", "organisation numbers are checked (DOMAIN.md §4.3)",
			func(a *dpa.Agreement) { a.Processor.OrgID = org.ID{Scheme: org.SEOrgNr, Value: "5560360794"} },
			[]got{{"org-id.invalid", "/processor/orgId/value", E}}},
		{"chain-unknown-parent", "an engaged-by link must name a listed sub-processor",
			func(a *dpa.Agreement) {
				s := subProcessor("x")
				s.EngagedBy = "nobody"
				a.Annexes.B.Entries = append(a.Annexes.B.Entries, s)
			},
			[]got{{"subprocessor.engaged-by-unknown", "/annexes/b/entries/{last}/engagedBy", E}}},
		{"chain-cycle", "a cycle cannot be traced back to the processor",
			func(a *dpa.Agreement) {
				x, y := subProcessor("x"), subProcessor("y")
				x.EngagedBy, y.EngagedBy = "y", "x"
				a.Annexes.B.Entries = append(a.Annexes.B.Entries, x, y)
			},
			[]got{{"subprocessor.chain-cycle", "/annexes/b/entries/{last-1}/engagedBy", E},
				{"subprocessor.chain-cycle", "/annexes/b/entries/{last}/engagedBy", E}}},
		{"transfer-eea-only", "an EEA-only instruction forbids processing in the US (seed 004 VALG 2)",
			func(a *dpa.Agreement) {
				a.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.NoThirdCountries}
				a.Annexes.B.Entries = []annex.SubProcessor{subProcessor("x")}
				a.Annexes.B.Entries[0].Locations = []transfer.Location{{Country: "US"}}
				a.Annexes.B.Entries[0].Transfer = transfer.Basis{Mechanism: transfer.Adequacy, DPFCertified: true}
			},
			[]got{{"transfer.not-allowed", "/annexes/b/entries/0/locations/0", E}}},
		{"transfer-deep-in-chain", "transfers are checked through the whole chain",
			func(a *dpa.Agreement) {
				a.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.WithSafeguards}
				x, y := subProcessor("x"), subProcessor("y")
				y.EngagedBy = "x"
				y.Locations = []transfer.Location{{Country: "IN"}}
				a.Annexes.B.Entries = []annex.SubProcessor{x, y}
			},
			[]got{{"transfer.not-allowed", "/annexes/b/entries/1/locations/0", E}}},
		{"location-restriction", "processing only in Sweden (seed 000) excludes Denmark",
			func(a *dpa.Agreement) {
				a.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.OnlyListed, Countries: []transfer.Country{"SE"}}
				a.Annexes.B.Entries = []annex.SubProcessor{subProcessor("x")}
				a.Annexes.B.Entries[0].Locations = []transfer.Location{{Country: "DK"}}
				a.Annexes.C.Locations = []transfer.Location{{Country: "SE"}}
			},
			[]got{{"transfer.not-allowed", "/annexes/b/entries/0/locations/0", E}}},
		{"special-categories-low-level", "health data call for at least a considerable level",
			func(a *dpa.Agreement) {
				a.Annexes.A.Groups[0].Special = []annex.SpecialCategory{annex.Health}
				a.Annexes.C.Security.Level = security.Basic
				a.Annexes.C.Security.Risk = security.Risk{}
				a.Annexes.C.Audits[0].Form = security.ISAE3000Type2
			},
			[]got{{"security.level-too-low-for-data", "/annexes/c/security/level", E}}},
		{"audit-below-level", "a high level calls for an independent type 2 report (seed 004 C.7)",
			func(a *dpa.Agreement) {
				a.Annexes.C.Security.Level = security.High
				a.Annexes.C.Audits = a.Annexes.C.Audits[:1]
				a.Annexes.C.Audits[0].Form = security.SelfDeclaration
			},
			[]got{{"audit.form-below-level", "/annexes/c/audits/0/form", E}}},
		{"end-date-before-start", "a fixed term cannot end before it starts",
			func(a *dpa.Agreement) {
				a.Term = dpa.Term{Kind: dpa.FixedDate, EndDate: civil.D(2001, 1, 1)}
			},
			[]got{{"date.order", "/term/endDate", E}}},
		{"invalid-date", "30 February does not exist",
			func(a *dpa.Agreement) { a.EffectiveDate = civil.D(2026, 2, 30) },
			[]got{{"date.invalid", "/effectiveDate", E}}},
		{"placeholder-final", "a final agreement must not keep bracketed blanks",
			func(a *dpa.Agreement) { a.Annexes.A.Purpose.SV = "Att leverera [tjänst]" },
			[]got{{"text.placeholder", "/annexes/a/purpose/sv", E}}},
		{"main-language-missing", "free text must exist in the main language",
			func(a *dpa.Agreement) { a.Annexes.A.Nature = i18n.Text{EN: "Hosting"} },
			[]got{{"text.main-language-missing", "/annexes/a/nature", W}}},
		{"unknown-enum", "values outside the enums are reported, not dropped",
			func(a *dpa.Agreement) { a.Clauses.EndOfService.Action = "shred" },
			[]got{{"value.unknown", "/clauses/endOfService/action", E}}},
		{"confirmation-missing", "deletion or return without a written confirmation of the deletion (seed 002 P9)",
			func(a *dpa.Agreement) { a.Clauses.EndOfService.ConfirmWithin = civil.Period{} },
			[]got{{"end.confirmation-missing", "/clauses/endOfService/confirmWithin", W}}},
		{"confirmation-missing-return", "a return deletes the copies left, which is confirmed too",
			func(a *dpa.Agreement) {
				a.Clauses.EndOfService = dpa.EndOfService{Action: dpa.Return, Deadline: civil.Of(30, civil.Days)}
			},
			[]got{{"end.confirmation-missing", "/clauses/endOfService/confirmWithin", W}}},
		{"confirmation-no-action", "without an end action the missing action is the finding, not the confirmation",
			func(a *dpa.Agreement) { a.Clauses.EndOfService = dpa.EndOfService{Deadline: civil.Of(30, civil.Days)} },
			[]got{{"end.action-missing", "/clauses/endOfService/action", E}}},
		{"confirmation-given", "a confirmation within 5 days is enough",
			func(a *dpa.Agreement) { a.Clauses.EndOfService.ConfirmWithin = civil.Of(5, civil.Days) }, nil},
		{"time-zone-unknown", "a time zone must be one of the IANA database",
			func(a *dpa.Agreement) { a.TimeZone = "Europe/Viborg" },
			[]got{{"agreement.time-zone-invalid", "/timeZone", E}}},
		{"time-zone-local", "Local is the machine's zone, not one an agreement can name",
			func(a *dpa.Agreement) { a.TimeZone = "Local" },
			[]got{{"agreement.time-zone-invalid", "/timeZone", E}}},
		{"time-zone-ok", "a zone of the database",
			func(a *dpa.Agreement) { a.TimeZone = "Europe/Copenhagen" }, nil},
		{"exit-action-unknown", "what a leaving sub-processor does is one of ExitActions",
			func(a *dpa.Agreement) { a.Annexes.B.Entries[0].Exit = annex.Exit{Action: "shred"} },
			[]got{{"value.unknown", "/annexes/b/entries/0/exit/action", E}}},
		{"exit-by-invalid", "the day must exist",
			func(a *dpa.Agreement) {
				a.Annexes.B.Entries[0].Exit = annex.Exit{Action: annex.ExitDelete, By: civil.Date{Year: 2027, Month: 2, Day: 30}}
			},
			[]got{{"date.invalid", "/annexes/b/entries/0/exit/by", E}}},
		{"exit-before-until", "the data cannot be gone before the last day of processing",
			func(a *dpa.Agreement) {
				a.Annexes.B.Entries[0].Until = civil.D(2027, 3, 31)
				a.Annexes.B.Entries[0].Exit = annex.Exit{Action: annex.ExitDelete, By: civil.D(2027, 3, 1)}
			},
			[]got{{"date.order", "/annexes/b/entries/0/exit/by", E}}},
		{"exit-ok", "deleted a month after the last day",
			func(a *dpa.Agreement) {
				a.Annexes.B.Entries[0].Until = civil.D(2027, 3, 31)
				a.Annexes.B.Entries[0].Exit = annex.Exit{Action: annex.ExitTransfer, By: civil.D(2027, 4, 30)}
			}, nil},
		{"fee-blank", "a fee charged per hour needs an amount or a price list (seed 003 \"kr xx\")",
			func(a *dpa.Agreement) {
				a.Clauses.Assistance = dpa.AssistanceTerms{Per: civil.Hours}
			},
			[]got{{"assistance.fee-missing", "/clauses/assistance/fee", E}}},
		{"scc-module-1", "module 1 is controller to controller, wrong for a sub-processor",
			func(a *dpa.Agreement) {
				for i, e := range a.Annexes.B.Entries {
					if e.Transfer.Mechanism == transfer.SCC {
						a.Annexes.B.Entries[i].Transfer.SCCModule = 1
					}
				}
			},
			[]got{{"transfer.scc-module-role", "/annexes/b/entries/{scc}/transfer/sccModule", E}}},
		{"risk-claims-special", "the risk scoring must not count special categories Annex A does not list",
			func(a *dpa.Agreement) {
				a.Annexes.C.Security.Risk.SpecialCategories = true
				for i := range a.Annexes.A.Groups {
					a.Annexes.A.Groups[i].Special = nil
				}
			},
			// The inflated score also exceeds the agreed level, which is reported too.
			[]got{{"security.risk-unsupported", "/annexes/c/security/risk/specialCategories", W},
				{"security.level-below-risk", "/annexes/c/security/level", W}}},
		{"entry-window-longer", "a per-entry objection window may not outlast the notice period either",
			func(a *dpa.Agreement) {
				a.Annexes.B.Authorisation = annex.General
				a.Annexes.B.NoticePeriod = civil.Of(10, civil.Days)
				a.Annexes.B.ObjectionWindow = civil.Of(10, civil.Days)
				a.Annexes.B.Entries[0].ObjectionWindow = civil.Of(30, civil.Days)
			},
			[]got{{"subprocessors.objection-after-notice", "/annexes/b/entries/0/objectionWindow", E}}},
		{"window-vs-month", "30 days outlasts a notice month that falls in February",
			func(a *dpa.Agreement) {
				a.Annexes.B.Authorisation = annex.General
				a.Annexes.B.NoticePeriod = civil.Of(1, civil.Months)
				a.Annexes.B.ObjectionWindow = civil.Of(30, civil.Days)
			},
			[]got{{"subprocessors.objection-after-notice", "/annexes/b/objectionWindow", E}}},
		{"org-id-duplicate", "two legal entities cannot share one registration number; the later is flagged",
			func(a *dpa.Agreement) { a.Annexes.B.Entries[1].OrgID = a.Annexes.B.Entries[0].OrgID },
			[]got{{"party.org-id-duplicate", "/annexes/b/entries/1/orgId/value", W}}},
		{"org-id-duplicate-processor", "a sub-processor with the processor's number under another name",
			func(a *dpa.Agreement) { a.Annexes.B.Entries[0].OrgID = a.Processor.OrgID },
			[]got{{"party.org-id-duplicate", "/annexes/b/entries/0/orgId/value", W}}},
		{"org-id-same-entity", "one entity listed twice under its own name and number is not a duplicate",
			func(a *dpa.Agreement) {
				a.Annexes.B.Entries[1].OrgID, a.Annexes.B.Entries[1].Name = a.Annexes.B.Entries[0].OrgID, a.Annexes.B.Entries[0].Name
			}, nil},
		{"org-id-duplicate-many", "beyond the pairwise bound the numbers are indexed, with the same finding",
			func(a *dpa.Agreement) {
				first := a.Annexes.B.Entries[0]
				for i := range 70 {
					e := first
					e.ID, e.Name = "extra"+strconv.Itoa(i), first.Name
					a.Annexes.B.Entries = append(a.Annexes.B.Entries, e)
				}
				last := &a.Annexes.B.Entries[len(a.Annexes.B.Entries)-1]
				last.Name = "Another Entity AB"
			},
			[]got{{"party.org-id-duplicate", "/annexes/b/entries/{last}/orgId/value", W}}},
		{"locations-missing", "without a place of its own and outside an EU/EEA-only instruction the processor's place is a blank (Art. 28(3)(a); review 3 R1)",
			func(a *dpa.Agreement) { a.Annexes.C.Locations = nil },
			[]got{{"instructions.locations-missing", "/annexes/c/locations", E}}},
		{"locations-missing-draft", "in a draft the blank place is a warning",
			func(a *dpa.Agreement) { a.Status = dpa.Draft; a.Annexes.C.Locations = nil },
			[]got{{"instructions.locations-missing", "/annexes/c/locations", W}}},
		{"locations-eea-with-subprocessors", "an EU/EEA-only instruction makes the EU/EEA the processor's place",
			func(a *dpa.Agreement) {
				a.Annexes.C.Locations = nil
				a.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.NoThirdCountries}
				a.Annexes.B.Entries = a.Annexes.B.Entries[:1]
			}, nil},
		{"locations-nowhere", "no place for the processor and no sub-processor: the agreement names no place at all",
			func(a *dpa.Agreement) {
				a.Annexes.C.Locations = nil
				a.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.NoThirdCountries}
				a.Annexes.B.Entries = nil
			},
			[]got{{"instructions.locations-unnamed", "/annexes/c/locations", W}}},
		{"missing-controller", "every agreement names a controller (Art. 28(3))",
			func(a *dpa.Agreement) { a.Controllers = nil },
			[]got{{"party.controller-missing", "/controllers", E}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := examples.Reference()
			tc.edit(a)
			n := len(a.Annexes.B.Entries)
			scc := -1
			for i, e := range a.Annexes.B.Entries {
				if e.Transfer.Mechanism == transfer.SCC && scc < 0 {
					scc = i
				}
			}
			want := make([]got, len(tc.want))
			for i, w := range tc.want {
				w.Path = replaceIndex(w.Path, "{last}", n-1)
				w.Path = replaceIndex(w.Path, "{last-1}", n-2)
				w.Path = replaceIndex(w.Path, "{scc}", scc)
				want[i] = w
			}
			if diff := cmp.Diff(want, summarize(dpa.Validate(a)), sortGot, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: findings (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func replaceIndex(path, marker string, i int) string {
	for k := 0; k+len(marker) <= len(path); k++ {
		if path[k:k+len(marker)] == marker {
			return path[:k] + strconv.Itoa(i) + path[k+len(marker):]
		}
	}
	return path
}

// TestValidateReportsAll shows that validation reports every finding at
// once: a blank agreement has a finding for each required field.
func TestValidateReportsAll(t *testing.T) {
	list := dpa.Validate(&dpa.Agreement{Status: dpa.Final})
	if len(list) < 20 {
		t.Fatalf("a blank final agreement gave %d findings, want every blank reported: %v", len(list), list.Codes())
	}
	if !list.HasErrors() {
		t.Error("blanks in a final agreement must be errors")
	}
	draft := dpa.Validate(&dpa.Agreement{Status: dpa.Draft})
	if draft.Count(finding.Error) >= list.Count(finding.Error) {
		t.Errorf("a draft has %d errors, a final agreement %d: blanks in a draft must be warnings",
			draft.Count(finding.Error), list.Count(finding.Error))
	}
}

// TestValidateNoAllocations checks every example without findings; the
// reference must be one of them (seed004 is a draft with blanks since it
// follows its seed, so it no longer counts).
func TestValidateNoAllocations(t *testing.T) {
	var valid []string
	for _, ex := range examples.All() {
		a := ex.Build()
		if len(dpa.Validate(a)) != 0 {
			continue
		}
		valid = append(valid, ex.Name)
		if n := testing.AllocsPerRun(100, func() { dpa.Validate(a) }); n != 0 {
			t.Errorf("%s: Validate allocates %v times for a valid agreement, want 0", ex.Name, n)
		}
	}
	if !slices.Contains(valid, "reference") {
		t.Errorf("the examples without findings are %v; the reference must be one", valid)
	}
}
