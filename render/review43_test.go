package render

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestConfidentialityDemonstrated checks review 43 sv R3: what the
// processor must show on request is the binding clause 5's rule requires,
// the commitment, the statutory duty or either.
func TestConfidentialityDemonstrated(t *testing.T) {
	for _, tc := range []struct {
		kind dpa.Confidentiality
		want key
	}{
		{dpa.ContractualSecrecy, kConfidentialityDemonstrateContractual},
		{dpa.StatutorySecrecy, kConfidentialityDemonstrateStatutory},
		{dpa.BothSecrecy, kConfidentialityDemonstrate},
	} {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Clauses.Confidentiality = tc.kind
			if got := paragraphs(t, build(t, a, l), "confidentiality"); !slices.Contains(got, lookup(l, tc.want, nil)) {
				t.Errorf("%s %s: clause 5 %q lacks %s", l, tc.kind, got, keyIDs[tc.want])
			}
		}
	}
}

// TestTermWhileProcessing checks review 43 nb R7: "cannot be terminated
// separately while the services continue" comes only with the notice once
// the services have ended, as in the standard clauses; with no notice or
// notice at any time the term is stated alone.
func TestTermWhileProcessing(t *testing.T) {
	for _, tc := range []struct {
		notice dpa.TerminationNotice
		want   key
	}{
		{dpa.AfterServicesEnd, kTermProcessing},
		{"", kTermProcessingPlain},
		{dpa.AnyTime, kTermProcessingPlain},
	} {
		for _, l := range i18n.Langs {
			a := examples.Seed004()
			a.Term = dpa.Term{Kind: dpa.WhileProcessing, Notice: tc.notice}
			if got := paragraphs(t, build(t, a, l), "term"); !slices.Contains(got, lookup(l, tc.want, nil)) {
				t.Errorf("%s notice %q: clause 17 %q lacks %s", l, tc.notice, got, keyIDs[tc.want])
			}
		}
	}
}

// TestIntrusionWithoutDelay checks reviews 41 en R6, 42 da R3 and 43 en
// R5: seed 000's attempts are notified "without delay", stricter than the
// GDPR's "without undue delay" that other breaches keep; each variant,
// the significant attempts and the target "if possible" included.
func TestIntrusionWithoutDelay(t *testing.T) {
	for _, tc := range []struct {
		withoutDelay, exceptRoutine, ifPossible bool
		want                                    key
	}{
		{false, false, false, kBreachDeadlineIntrusion},
		{true, false, false, kBreachDeadlineIntrusionPrompt},
		{true, false, true, kBreachTargetIntrusionPrompt},
		{true, true, false, kBreachDeadlineIntrusionSignificantPrompt},
		{true, true, true, kBreachTargetIntrusionSignificantPrompt},
	} {
		for _, l := range i18n.Langs {
			a := examples.Seed000()
			d := &a.Clauses.BreachNotification[0]
			if d.Kind != dpa.IntrusionAttempt {
				t.Fatalf("seed000's first deadline is %s", d.Kind)
			}
			d.Within, d.WithoutDelay, d.ExceptRoutine, d.IfPossible = civil.Of(36, civil.Hours), tc.withoutDelay, tc.exceptRoutine, tc.ifPossible
			want := lookup(l, tc.want, []string{b36(l)})
			if got := paragraphs(t, build(t, a, l), "breach"); !slices.Contains(got, want) {
				t.Errorf("%s %+v: clause 11 lacks %s: %q", l, tc, keyIDs[tc.want], got)
			}
		}
	}
}

// b36 is "36 hours" as the builder writes it in language l.
func b36(l i18n.Lang) string {
	return map[i18n.Lang]string{i18n.EN: "36\u00a0hours", i18n.SV: "36\u00a0timmar", i18n.NB: "36\u00a0timer", i18n.DA: "36\u00a0timer"}[l]
}

// TestOpenHeadings checks review 42 en R4 and sv R5: the parties' own
// headings of minimum measures still to fill in are rows of Annex C.2 with
// a blank, so that clause 1's rule on blanks among the minimum measures
// reaches them (seed 003's Vedlegg 2).
func TestOpenHeadings(t *testing.T) {
	a := examples.Seed003()
	if len(a.Annexes.C.Security.OpenHeadings) == 0 {
		t.Fatal("seed003 has no open headings")
	}
	for _, l := range i18n.Langs {
		d, err := Build(a, l, Options{AllowBlanks: true})
		if err != nil {
			t.Fatal(err)
		}
		for i := range a.Annexes.C.Security.OpenHeadings {
			if path := "/annexes/c/security/openHeadings/" + strconv.Itoa(i); !slices.Contains(d.Blanks, path) {
				t.Errorf("%s: %s is not a blank of the document", l, path)
			}
		}
		var tbl *Table
		for _, b := range findSection(d.Sections, "annex-c-security").Blocks {
			if x, ok := b.(*Table); ok && x.ID == "annex-c-measures-table" {
				tbl = x
			}
		}
		if tbl == nil {
			t.Fatalf("%s: no Annex C.2 table", l)
		}
		if want := len(art32Headings) + len(a.Annexes.C.Security.OpenHeadings); len(tbl.Rows) != want {
			t.Errorf("%s: C.2 has %d rows, want the %d of Art. 32(1) and the open headings", l, len(tbl.Rows), want)
		}
	}
}

// TestNoticeNamesBothClauses checks review 44 nb S4: the notice's
// reference names the paragraph with the time to object as well as the
// one on what an objection does, when they are two.
func TestNoticeNamesBothClauses(t *testing.T) {
	old, new := examples.Seed004(), examples.Seed004V2()
	for _, l := range i18n.Langs {
		window, _, _ := strings.Cut(lookup(l, kSubObjection, []string{"\x00"}), "\x00")
		w := paraNumber(old, l, "sub-processors", window)
		n := paraNumber(old, l, "sub-processors", lookup(l, kSubObjectionEffect, nil))
		if w == n || !strings.Contains(w, ".") {
			t.Fatalf("%s: the time to object (%q) and the effect (%q) are not two paragraphs", l, w, n)
		}
		out := noticeText(t, old, new, l, time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC))
		if want := strings.Join(strings.Fields(lookup(l, kNoticeObjectRefClauses, []string{w, n})), " "); !strings.Contains(out, want) {
			t.Errorf("%s: the notice lacks %q", l, want)
		}
	}
}
