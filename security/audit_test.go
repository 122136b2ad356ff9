package security

import "testing"

func TestSatisfies(t *testing.T) {
	tests := []struct {
		form   AuditForm
		level  Level
		want   bool
		reason string
	}{
		{ISAE3000Type2, High, true, "seed 004 C.7 names ISAE 3000 GDPR type 2 for a high level"},
		{ISAE3000Type2, Considerable, true, "seed 004 C.7 treats considerable like high"},
		{ISAE3402Type2, High, true, "an ISAE 3402 type 2 report is an equivalent type 2 report"},
		{SOC2Type2, Considerable, true, "a SOC 2 Type II report is an equivalent type 2 report"},
		{ISAE3000Type1, Considerable, false, "a type 1 report does not test that controls worked over time"},
		{ISAE3402Type1, High, false, "a type 1 report does not test that controls worked over time"},
		{SOC2Type1, High, false, "a type 1 report does not test that controls worked over time"},
		{ISO27001, Considerable, false, "a certificate is no opinion on the agreement's controls"},
		{SelfDeclaration, Considerable, false, "a self-declaration is not independent"},
		{SelfDeclaration, High, false, "a self-declaration is not independent"},
		{SelfDeclaration, Basic, true, "seed 004 C.7: a self-declaration may do at a low risk level"},
		{SelfDeclaration, VeryLow, true, "seed 004 C.7: a self-declaration may do at a low risk level"},
		{ISO27001, Basic, true, "anything at least as strong as a self-declaration satisfies basic"},
		{SOC2Type1, VeryLow, true, "anything at least as strong as a self-declaration satisfies very low"},
		{Inspection, High, true, "an inspection satisfies every level"},
		{Inspection, VeryLow, true, "an inspection satisfies every level"},
		{"", Basic, false, "no form satisfies nothing"},
		{"isae3000", High, false, "an unknown form satisfies nothing"},
		{Inspection, "", false, "nothing satisfies an invalid level"},
		{ISAE3000Type2, "medium", false, "nothing satisfies an invalid level"},
	}
	for _, tt := range tests {
		if got := tt.form.Satisfies(tt.level); got != tt.want {
			t.Errorf("AuditForm(%q).Satisfies(%q) = %t, want %t (%s)", tt.form, tt.level, got, tt.want, tt.reason)
		}
	}
}

// TestSatisfiesByRank checks the documented rule on every pair: a form
// satisfies a level exactly when its assurance is at least that of the
// level's minimum audit.
func TestSatisfiesByRank(t *testing.T) {
	for _, l := range Levels {
		minimum := l.ID.MinimumAudit()
		if !minimum.Satisfies(l.ID) {
			t.Errorf("%s.MinimumAudit() = %s does not satisfy %s", l.ID, minimum, l.ID)
		}
		for _, f := range AuditForms {
			want := f.ID.Assurance() >= minimum.Assurance()
			if got := f.ID.Satisfies(l.ID); got != want {
				t.Errorf("%s.Satisfies(%s) = %t, but its assurance %d against %d says %t", f.ID, l.ID, got, f.ID.Assurance(), minimum.Assurance(), want)
			}
		}
	}
	if got := Level("").MinimumAudit(); got != "" {
		t.Errorf(`Level("").MinimumAudit() = %q, want ""`, got)
	}
}

// TestAuditFormsTable checks the order of the table and the ranks;
// internal/enum's TestTables checks that it defines every form.
func TestAuditFormsTable(t *testing.T) {
	for _, d := range AuditForms {
		if d.ID.Assurance() == 0 {
			t.Errorf("%s is in the table but has no assurance: Satisfies would never accept it", d.ID)
		}
	}
	for i := 1; i < len(AuditForms); i++ {
		if a, b := AuditForms[i-1].ID.Assurance(), AuditForms[i].ID.Assurance(); a < b {
			t.Errorf("AuditForms[%d] (%s, %d) is weaker than AuditForms[%d] (%s, %d); the table runs from the strongest", i-1, AuditForms[i-1].ID, a, i, AuditForms[i].ID, b)
		}
	}
	if ISAE3000Type2.Assurance() != ISAE3402Type2.Assurance() || ISAE3402Type2.Assurance() != SOC2Type2.Assurance() {
		t.Error("the type 2 reports must rank alike")
	}
}
