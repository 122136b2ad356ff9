package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// paragraphs returns the plain text of the paragraphs of the section with
// id, in order; lists and tables are left out.
func paragraphs(t *testing.T, d *Document, id string) []string {
	t.Helper()
	s := findSection(d.Sections, id)
	if s == nil {
		t.Fatalf("no section %s", id)
	}
	var out []string
	for _, b := range s.Blocks {
		if p, ok := b.(*Paragraph); ok {
			out = append(out, plainText(p.Spans))
		}
	}
	return out
}

// TestTransferRule checks the root "transfers" of docs/legal-review.md:
// clause 8 opens with the one rule (nothing leaves the EU/EEA unless the
// instruction allows it) and the instruction follows it, in every language.
func TestTransferRule(t *testing.T) {
	for _, tt := range []struct {
		kind transfer.InstructionKind
		key  key
	}{
		{transfer.NoThirdCountries, kTransfersEeaonly},
		{transfer.WithSafeguards, kTransfersSafeguards},
	} {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Annexes.C.Transfers = transfer.Instruction{Kind: tt.kind}
			got := paragraphs(t, build(t, a, l), "transfers")
			want := []string{lookup(l, kTransfersWithout, nil), lookup(l, tt.key, nil)}
			if len(got) < 2 || !slices.Equal(got[:2], want) {
				t.Errorf("%s, %s: clause 8 starts %q, want the rule and then the instruction %s", tt.kind, l, got, keyIDs[tt.key])
			}
		}
	}
}

// TestFeeHeading checks the root "fee-heading": clause 14 promises fees
// only when the agreement has a fee provision.
func TestFeeHeading(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Reference()
		if got, want := findSection(build(t, a, l).Sections, "other-terms").Heading, lookup(l, kHOther, nil); got != want {
			t.Errorf("%s, with a fee: heading %q, want %q", l, got, want)
		}
		a.Clauses.Assistance = dpa.AssistanceTerms{}
		if got, want := findSection(build(t, a, l).Sections, "other-terms").Heading, lookup(l, kHOtherTerms, nil); got != want {
			t.Errorf("%s, without a fee: heading %q, want %q", l, got, want)
		}
	}
}

// TestGoverningLawName checks the root "law-clause": the governing law is
// named as the language names it ("svensk lag"), not "the law in Sweden".
func TestGoverningLawName(t *testing.T) {
	for _, tt := range []struct {
		country transfer.Country
		key     key
	}{
		{"SE", kLawOfSe}, {"NO", kLawOfNo}, {"DK", kLawOfDk}, {"FI", kLawOfFi}, {"IS", kLawOfIs}, {"DE", kLawOfOther},
	} {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Clauses.GoverningLaw = tt.country
			var args []string
			if tt.key == kLawOfOther {
				args = []string{langFor(l).country(tt.country)}
			}
			want := lookup(l, kLawGoverning, []string{lookup(l, tt.key, args)})
			if got := paragraphs(t, build(t, a, l), "law")[0]; got != want {
				t.Errorf("%s, %s: clause 16.1 = %q, want %q", tt.country, l, got, want)
			}
		}
	}
}

// TestPrecedenceDefault checks the root "precedence": without a chosen
// rule this agreement prevails, and the clauses rank above the annexes.
func TestPrecedenceDefault(t *testing.T) {
	for _, tt := range []struct {
		p    dpa.Precedence
		want key
	}{
		{"", kBackgroundPrecedenceThis},
		{dpa.ThisAgreementPrevails, kBackgroundPrecedenceThis},
		{dpa.MainAgreementPrevails, kBackgroundPrecedenceMain},
	} {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Precedence = tt.p
			got := paragraphs(t, build(t, a, l), "background")
			for _, k := range []key{tt.want, kBackgroundPrecedenceAnnexes} {
				if !slices.Contains(got, lookup(l, k, nil)) {
					t.Errorf("precedence %q, %s: clause 2 lacks %s", tt.p, l, keyIDs[k])
				}
			}
		}
	}
}

// TestStatedOnce checks the root "once": the body refers to Annex C for
// the parties' own texts on assistance and audits instead of repeating
// them, and Annex C does not repeat the body's deadline for forwarding
// requests.
func TestStatedOnce(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Reference()
		d := build(t, a, l)
		c := a.Annexes.C
		own := []string{c.Assistance.DataSubjectRequests.In(l), c.Assistance.Breach.In(l), c.Assistance.ImpactAssessment.In(l), c.Audits[1].Note.In(l), c.SubProcessorAudits[0].Note.In(l)}
		for _, id := range []string{"data-subject-rights", "compliance-assistance", "breach", "audit"} {
			for _, p := range paragraphs(t, d, id) {
				if slices.Contains(own, p) {
					t.Errorf("%s: clause %s repeats the Annex C text %q", l, id, p)
				}
			}
		}
		if !slices.Contains(paragraphs(t, d, "audit"), lookup(l, kAuditAnnex, nil)) {
			t.Errorf("%s: clause 13 does not refer to Annex C", l)
		}
		forward := lookup(l, kRightsForwardWithin, []string{spelledIn(c.Assistance.ForwardRequestsWithin, l)})
		if slices.Contains(paragraphs(t, d, "annex-c-assistance"), forward) {
			t.Errorf("%s: Annex C repeats the forwarding deadline of clause 9", l)
		}
	}
}

// TestNoFillerTime checks the text part of the root "blanks": a measure
// whose period is missing shows a blank, never "the agreed time", unless
// the parties' note on patching says how fast.
func TestNoFillerTime(t *testing.T) {
	const patch = "/annexes/c/security/measures/patching/criticalWithin"
	const logs = "/annexes/c/security/measures/logging/retention"
	a := examples.Reference()
	a.Annexes.C.Security.Measures.Patching = &security.Patching{}
	a.Annexes.C.Security.Measures.Logging.Retention = civil.Period{}
	d := build(t, a, i18n.EN)
	for _, p := range []string{patch, logs} {
		if !slices.Contains(d.Blanks, p) {
			t.Errorf("no blank at %s; blanks: %v", p, d.Blanks)
		}
	}
	a.Annexes.C.Security.Measures.Patching.Note = i18n.Text{EN: "Critical updates are installed without undue delay."}
	if d := build(t, a, i18n.EN); slices.Contains(d.Blanks, patch) {
		t.Errorf("a blank at %s though the parties' note says how fast", patch)
	}
}

// TestProcessorPlace checks Annex C.5 when the parties name no place for
// the processor's own processing (review 3, all four R1): outside an
// EU/EEA-only instruction the place is a blank at the path validation
// reports; within one, the EU/EEA is the place and nothing is blank.
func TestProcessorPlace(t *testing.T) {
	const path = "/annexes/c/locations"
	a := examples.Reference()
	a.Annexes.C.Locations = nil
	a.Status = dpa.Draft
	for _, l := range i18n.Langs {
		if d := build(t, a, l); !slices.Contains(d.Blanks, path) {
			t.Errorf("%s: no blank at %s; blanks: %v", l, path, d.Blanks)
		}
	}
	a.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.NoThirdCountries}
	for _, l := range i18n.Langs {
		if d := build(t, a, l); slices.Contains(d.Blanks, path) {
			t.Errorf("%s: a blank at %s though the instruction keeps the data in the EU/EEA", l, path)
		}
	}
}

// TestAuditVocabulary checks Annex C.7 of review 3: a procedure the
// processor carries out itself is internal control beside the controller's
// right, never called an audit (nb R6, en R19); an inspection without a
// frequency is the controller's right, with the default notice (en R7);
// the follow-up of findings closes the annex's audits (da R10).
func TestAuditVocabulary(t *testing.T) {
	a := examples.Reference()
	a.Status = dpa.Draft
	a.Annexes.C.Audits = []annex.Audit{
		{Performer: annex.ControllerAudits, Form: security.Inspection},
		{Performer: annex.ProcessorAudits, ReportTo: annex.ControllerAudits},
	}
	for _, l := range i18n.Langs {
		d := build(t, a, l)
		inspection := paragraphs(t, d, "annex-c-audit-procedure-1")
		if want := lookup(l, kAuditInspection, nil); len(inspection) == 0 || inspection[0] != want {
			t.Errorf("%s: the inspection starts %q, want %s", l, inspection, keyIDs[kAuditInspection])
		}
		if !slices.Contains(inspection, lookup(l, kAuditInspectionDefault, nil)) {
			t.Errorf("%s: an inspection without a frequency lacks %s", l, keyIDs[kAuditInspectionDefault])
		}
		if s := findSection(d.Sections, "annex-c-audit-procedure-2"); s == nil || s.Heading != lookup(l, kCAuditInternal, nil) {
			t.Errorf("%s: the processor's own procedure is not headed %s", l, keyIDs[kCAuditInternal])
		}
		internal := paragraphs(t, d, "annex-c-audit-procedure-2")
		head, _, _ := strings.Cut(lookup(l, kAuditInternalForm, []string{"\x00"}), "\x00")
		if len(internal) == 0 || !strings.HasPrefix(internal[0], head) {
			t.Errorf("%s: the processor's own procedure starts %q, want %s", l, internal, keyIDs[kAuditInternalForm])
		}
		if !slices.Contains(internal, lookup(l, kAuditByProcessor, nil)) {
			t.Errorf("%s: the internal control does not say it is no Art. 28(3)(h) audit", l)
		}
		if !slices.Contains(d.Blanks, "/annexes/c/audits/1/form") {
			t.Errorf("%s: no blank for the method of internal control; blanks %v", l, d.Blanks)
		}
		if got := paragraphs(t, d, "annex-c-audit-followup"); !slices.Equal(got, []string{lookup(l, kCAuditFollowup, nil)}) {
			t.Errorf("%s: follow-up %q", l, got)
		}
	}
}

// TestNationalIDNamed checks A.3 of review 3 sv R7: where national
// identification numbers are processed, the column names the numbers of
// the controller's country, and a country without an entry keeps "Yes".
func TestNationalIDNamed(t *testing.T) {
	for _, tt := range []struct {
		country transfer.Country
		want    func(l i18n.Lang) string
	}{
		{"SE", func(l i18n.Lang) string { return lookup(l, kANationalidYes, []string{lookup(l, kANationalidSe, nil)}) }},
		{"DK", func(l i18n.Lang) string { return lookup(l, kANationalidYes, []string{lookup(l, kANationalidDk, nil)}) }},
		{"DE", func(l i18n.Lang) string { return lookup(l, kLabelYes, nil) }},
	} {
		a := examples.Reference()
		a.Controllers[0].Address.Country = tt.country
		a.Annexes.A.Groups[0].NationalID = true
		for _, l := range i18n.Langs {
			s := findSection(build(t, a, l).Sections, "annex-a-data")
			if s == nil || len(s.Blocks) == 0 {
				t.Fatalf("%s: no A.3 table", l)
			}
			tb, ok := s.Blocks[0].(*Table)
			if !ok || len(tb.Rows) == 0 || len(tb.Rows[0]) < 5 {
				t.Fatalf("%s: A.3 is not the data table", l)
			}
			if got := plainText(tb.Rows[0][4]); got != tt.want(l) {
				t.Errorf("%s, controller in %s: national identification numbers %q, want %q", l, tt.country, got, tt.want(l))
			}
		}
	}
}
