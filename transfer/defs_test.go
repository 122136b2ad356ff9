package transfer

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// checkText reports a language of i18n.Langs that has no text.
func checkText(t *testing.T, what string, text i18n.Text) {
	t.Helper()
	for _, l := range i18n.Langs {
		if strings.TrimSpace(text.In(l)) == "" {
			t.Errorf("%s has no text in %s", what, l)
		}
	}
}

// TestMechanisms checks what the table test in internal/enum does not: the
// order of the hierarchy of Chapter V, the references and descriptions,
// and the names of a few values.
func TestMechanisms(t *testing.T) {
	want := []Mechanism{Adequacy, SCC, BCR, CodeOfConduct, Certification, AdHocClauses, PublicBodyInstrument, Derogation, CompellingInterests}
	var got []Mechanism
	for _, d := range Mechanisms {
		got = append(got, d.ID)
		if !kebab.MatchString(string(d.ID)) {
			t.Errorf("mechanism %q is not lowercase kebab-case", d.ID)
		}
		checkText(t, "description of "+string(d.ID), d.Description)
		if !strings.HasPrefix(d.Ref, "GDPR Art. ") {
			t.Errorf("mechanism %q: Ref = %q, want a GDPR article", d.ID, d.Ref)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Mechanisms is not in the order of the constants (-want +got):\n%s", diff)
	}
	if Mechanism("contract").Valid() {
		t.Error(`Mechanism("contract").Valid() = true`)
	}
	// The official Danish term of Art. 46(2)(c) leads (review 3 da R5).
	if got := SCC.In(i18n.DA); got != "Standardbestemmelser om databeskyttelse vedtaget af Kommissionen (artikel 46, stk. 2, litra c; standardkontraktbestemmelserne i gennemførelsesafgørelse (EU) 2021/914)" {
		t.Errorf("SCC.In(da) = %q", got)
	}
}

// TestInstructionKinds checks the order, references and descriptions of
// the instructions, and one name.
func TestInstructionKinds(t *testing.T) {
	want := []InstructionKind{NoThirdCountries, OnlyListed, WithSafeguards}
	var got []InstructionKind
	for _, d := range InstructionKinds {
		got = append(got, d.ID)
		if !kebab.MatchString(string(d.ID)) {
			t.Errorf("instruction %q is not lowercase kebab-case", d.ID)
		}
		checkText(t, "description of "+string(d.ID), d.Description)
		if !strings.HasPrefix(d.Ref, "GDPR Art. 28(3)(a)") {
			t.Errorf("instruction %q: Ref = %q", d.ID, d.Ref)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("InstructionKinds is not in the order of the constants (-want +got):\n%s", diff)
	}
	if InstructionKind("anywhere").Valid() {
		t.Error("an unknown instruction kind is valid")
	}
	if got := NoThirdCountries.In(i18n.NB); got != "Bare innenfor EU/EØS" {
		t.Errorf("NoThirdCountries.In(nb) = %q", got)
	}
}

// TestConditions checks the order of the conditions and one name.
func TestConditions(t *testing.T) {
	want := []Condition{NoCondition, DPFCertification, CommercialOrganisations, PartialScope}
	var got []Condition
	for _, d := range Conditions {
		got = append(got, d.ID)
		if !kebab.MatchString(string(d.ID)) {
			t.Errorf("condition %q is not lowercase kebab-case", d.ID)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Conditions is not in the order of the constants (-want +got):\n%s", diff)
	}
	if got := PartialScope.In(i18n.SV); got != "Begränsad tillämplighet" {
		t.Errorf("PartialScope.In(sv) = %q", got)
	}
}

// TestReasonNames pins the stable names: changing one breaks stored data.
func TestReasonNames(t *testing.T) {
	want := map[Reason]string{
		InsideEEA:               "inside-eea",
		AdequacyApplies:         "adequacy",
		AdequacyNotYet:          "adequacy-not-yet",
		AdequacyEnded:           "adequacy-ended",
		DPFNotCertified:         "dpf-not-certified",
		EFTANotIncorporated:     "efta-not-incorporated",
		AdequacyPartialScope:    "adequacy-partial-scope",
		NoAdequacy:              "no-adequacy",
		SafeguardsApply:         "safeguards",
		SCCModuleMissing:        "scc-module-missing",
		TIAMissing:              "tia-missing",
		AuthorisationNeeded:     "sa-authorisation-required",
		DerogationApplies:       "derogation",
		DerogationLetterMissing: "derogation-letter-missing",
		NoBasis:                 "no-basis",
		InstructionEEAOnly:      "instruction-eea-only",
		InstructionNotListed:    "instruction-not-listed",
		InstructionMissing:      "instruction-missing",
		LocationUnknown:         "location-unknown",
		DateMissing:             "date-missing",
	}
	if len(want) != int(numReasons) {
		t.Errorf("the test names %d reasons, the package defines %d", len(want), numReasons)
	}
	seen := map[string]bool{}
	for r := range numReasons {
		name := r.String()
		if name != want[r] {
			t.Errorf("Reason(%d).String() = %q, want %q", r, name, want[r])
		}
		if seen[name] {
			t.Errorf("reason name %q used twice", name)
		}
		seen[name] = true
		if !kebab.MatchString(name) {
			t.Errorf("reason name %q is not lowercase kebab-case", name)
		}
		if back, ok := ParseReason(name); !ok || back != r {
			t.Errorf("ParseReason(%q) = %v, %v", name, back, ok)
		}
		checkText(t, "message of "+name, reasonDefs[r].message)
		for _, l := range i18n.Langs {
			if r.In(l) != reasonDefs[r].message.In(l) {
				t.Errorf("%s.In(%s) does not return its own text", name, l)
			}
		}
	}
	if got := numReasons.String(); got != "reason(20)" {
		t.Errorf("an undefined reason prints as %q", got)
	}
	if _, ok := ParseReason("nope"); ok {
		t.Error(`ParseReason("nope") succeeded`)
	}
	if numReasons > 64 {
		t.Errorf("%d reasons do not fit in Reasons (uint64)", numReasons)
	}
}

func TestReasonBlocking(t *testing.T) {
	notBlocking := []Reason{InsideEEA, AdequacyApplies, AdequacyPartialScope, SafeguardsApply, AuthorisationNeeded, DerogationApplies}
	for r := range numReasons {
		want := true
		for _, x := range notBlocking {
			want = want && x != r
		}
		if r.Blocking() != want {
			t.Errorf("%s.Blocking() = %v, want %v", r, r.Blocking(), want)
		}
	}
}

// nordic returns every Swedish, Norwegian and Danish string of the package's
// tables, labelled.
func nordic() map[string]string {
	out := map[string]string{}
	add := func(label string, text i18n.Text) {
		for _, l := range []i18n.Lang{i18n.SV, i18n.NB, i18n.DA} {
			out[label+"/"+string(l)] = text.In(l)
		}
	}
	for _, d := range Mechanisms {
		add("mechanism "+string(d.ID)+" name", d.Name)
		add("mechanism "+string(d.ID)+" description", d.Description)
	}
	for _, d := range InstructionKinds {
		add("instruction "+string(d.ID)+" name", d.Name)
		add("instruction "+string(d.ID)+" description", d.Description)
	}
	for _, d := range Conditions {
		add("condition "+string(d.ID), d.Name)
	}
	for _, d := range Organisations {
		add("organisation "+string(d.ID), d.Name)
	}
	for i, d := range decisions {
		add("decision "+decisions[i].Instrument+" scope", d.Scope)
	}
	for r := range numReasons {
		add("reason "+r.String(), reasonDefs[r].message)
	}
	return out
}

// TestNordicTextsHaveNoEnglish guards against English left in the Swedish,
// Norwegian and Danish texts: common English words must not occur.
func TestNordicTextsHaveNoEnglish(t *testing.T) {
	english := []string{"the", "and", "with", "only", "must", "which", "transfer", "clauses", "safeguards", "adequacy", "processor", "controller", "assessment"}
	words := regexp.MustCompile(`\pL+`)
	for label, s := range nordic() {
		for _, w := range words.FindAllString(strings.ToLower(s), -1) {
			for _, e := range english {
				if w == e {
					t.Errorf("%s: English word %q in %q", label, w, s)
				}
			}
		}
	}
}

// TestTerminology checks that the names use the official terms of DOMAIN.md §3.
func TestTerminology(t *testing.T) {
	tests := []struct {
		what string
		text i18n.Text
		want i18n.Text
	}{
		{"adequacy", mustDef(Adequacy).Name, i18n.Text{
			SV: "beslut om adekvat skyddsnivå",
			NB: "beslutning om tilstrekkelig beskyttelsesnivå",
			DA: "afgørelse om tilstrækkeligheden af beskyttelsesniveauet",
		}},
		// nb: Art. 46(2)(c) says "standard personvernbestemmelser";
		// "standardavtalevilkår" is the Art. 28(7) term (docs/legal-review.md).
		{"scc", mustDef(SCC).Name, i18n.Text{
			SV: "standardavtalsklausuler",
			NB: "standard personvernbestemmelser",
			DA: "standardkontraktbestemmelser",
		}},
		{"scc (Art 46 wording)", mustDef(SCC).Description, i18n.Text{
			SV: "standardiserade dataskyddsbestämmelser",
			NB: "standard personvernbestemmelser",
			DA: "standardbestemmelser om databeskyttelse",
		}},
		{"bcr", mustDef(BCR).Name, i18n.Text{
			SV: "bindande företagsbestämmelser",
			NB: "bindende virksomhetsregler",
			DA: "bindende virksomhedsregler",
		}},
		{"appropriate safeguards", reasonDefs[SafeguardsApply].message, i18n.Text{
			SV: "lämpliga skyddsåtgärder",
			NB: "nødvendige garantier",
			DA: "fornødne garantier",
		}},
		{"third country", mustInstruction(NoThirdCountries).Description, i18n.Text{
			SV: "tredjeland",
			NB: "tredjestat",
			DA: "tredjeland",
		}},
		{"processor", mustInstruction(NoThirdCountries).Description, i18n.Text{
			SV: "personuppgiftsbiträdet",
			NB: "databehandleren",
			DA: "databehandleren",
		}},
		{"controller", mustInstruction(OnlyListed).Description, i18n.Text{
			SV: "personuppgiftsansvariges",
			NB: "behandlingsansvarliges",
			DA: "dataansvarliges",
		}},
		{"instructions", reasonDefs[InstructionMissing].message, i18n.Text{
			SV: "dokumenterade instruktioner",
			NB: "dokumenterte instrukser",
			DA: "dokumenteret instruks",
		}},
	}
	for _, tt := range tests {
		for _, l := range []i18n.Lang{i18n.SV, i18n.NB, i18n.DA} {
			if !strings.Contains(strings.ToLower(tt.text.In(l)), tt.want.In(l)) {
				t.Errorf("%s in %s: %q does not contain %q", tt.what, l, tt.text.In(l), tt.want.In(l))
			}
		}
	}
}

func mustDef(m Mechanism) MechanismDef {
	d, ok := m.Def()
	if !ok {
		panic("no definition for " + string(m))
	}
	return d
}

func mustInstruction(k InstructionKind) InstructionKindDef {
	d, ok := k.Def()
	if !ok {
		panic("no definition for " + string(k))
	}
	return d
}
