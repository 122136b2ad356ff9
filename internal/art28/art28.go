// Package art28 lists the obligations of GDPR Art. 28(3) and the clause of
// a rendered agreement that carries each, by the clause's stable section
// id (render.Section.ID). render's tests and dpatest.CoversArt28 share it.
package art28

// Obligation is one obligation of Art. 28(3) and its clause.
type Obligation struct {
	Item   string // the point of Art. 28(3), with what it requires
	Clause string // the id of the section that carries it
}

// Obligations are the obligations of Art. 28(3) in the order of the
// article.
var Obligations = []Obligation{
	{"chapeau: subject-matter, duration, nature, purpose, data, data subjects", "annex-a"},
	{"chapeau: controller's obligations and rights", "controller"},
	{"(a) documented instructions, transfers, legal requirement notice", "instructions"},
	{"(a) transfers", "transfers"},
	{"(b) confidentiality", "confidentiality"},
	{"(c) security, Art. 32", "security"},
	{"(d) sub-processors, Art. 28(2) and (4)", "sub-processors"},
	{"(e) data subjects' rights", "data-subject-rights"},
	{"(f) Arts. 32 to 36", "compliance-assistance"},
	{"(f) breach notification, Art. 33(2)–(3)", "breach"},
	{"(g) deletion or return", "deletion"},
	{"(h) audits, including inspections", "audit"},
}
