package annex

import (
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/check"
)

// Processing is Annex A: what is processed, why and for how long.
type Processing struct {
	// Purpose is why the processor processes personal data for the controller.
	Purpose i18n.Text `json:"purpose"`
	// Nature is what the processing consists of (collection, storage, route
	// planning, hosting…).
	Nature i18n.Text `json:"nature"`
	// Groups lists each category of data subjects with the personal data
	// processed about them.
	Groups []Group `json:"groups"`
	// Duration is how long the processing lasts.
	Duration i18n.Text `json:"duration"`
	// Deletion holds deletion rules specific to this processing, if any.
	Deletion i18n.Text `json:"deletion,omitzero"`
	// Subject is the subject-matter of the processing (GDPR Art. 28(3)),
	// where the parties describe it in this annex. Without it, Annex C.1
	// holds the subject-matter with the instructions once the parties
	// have stated the purpose here; while the purpose is blank too, the
	// subject-matter is a blank of this annex, so that a draft shows it
	// missing instead of pointing to C.1 (review 21 nb R2); validation
	// reports the purpose, whose omission is the one that makes it blank.
	Subject i18n.Text `json:"subject,omitzero"`
}

// OwnSubject reports whether Annex A states the subject-matter of the
// processing itself, as text or as a blank to fill in, rather than
// leaving it to Annex C.1 ([Processing.Subject]).
func (p Processing) OwnSubject() bool { return !check.Blank(p.Subject) || check.Blank(p.Purpose) }

// Group is one category of data subjects and the personal data processed
// about them (seed 004 Annex A.3 has one column per group).
type Group struct {
	// Name names the category of data subjects, such as "employees".
	Name i18n.Text `json:"name"`
	// Ordinary lists the ordinary personal data (GDPR Art. 6).
	Ordinary []OrdinaryData `json:"ordinary,omitzero"`
	// OtherOrdinary describes ordinary data not in the list.
	OtherOrdinary i18n.Text `json:"otherOrdinary,omitzero"`
	// Special lists special categories of personal data (GDPR Art. 9).
	Special []SpecialCategory `json:"special,omitzero"`
	// SpecialUnnamed is true when the agreement says that special
	// categories are processed without naming them (seed 001 C.2).
	SpecialUnnamed bool `json:"specialUnnamed,omitzero"`
	// Criminal is true when data about criminal convictions and offences are
	// processed (GDPR Art. 10).
	Criminal bool `json:"criminal,omitzero"`
	// NationalID is true when national identity numbers are processed
	// (personnummer, fødselsnummer, CPR-nummer; GDPR Art. 87).
	NationalID bool `json:"nationalId,omitzero"`
	// Confidential lists other confidential data.
	Confidential []ConfidentialData `json:"confidential,omitzero"`
	// OtherConfidential describes other confidential data not in the list.
	OtherConfidential i18n.Text `json:"otherConfidential,omitzero"`
}

// HasData reports whether any personal data is listed for the group.
func (g Group) HasData() bool {
	return len(g.Ordinary) > 0 || !g.OtherOrdinary.IsZero() || len(g.Special) > 0 || g.SpecialUnnamed || g.Criminal ||
		g.NationalID || len(g.Confidential) > 0 || !g.OtherConfidential.IsZero()
}

// Sensitive reports whether the group's data are special categories,
// criminal data, national identity numbers or other confidential data.
func (g Group) Sensitive() bool {
	return len(g.Special) > 0 || g.SpecialUnnamed || g.Criminal || g.NationalID || len(g.Confidential) > 0 || !g.OtherConfidential.IsZero()
}

// SpecialCategories reports whether any group holds special categories.
func (p Processing) SpecialCategories() bool {
	for _, g := range p.Groups {
		if len(g.Special) > 0 || g.SpecialUnnamed {
			return true
		}
	}
	return false
}

// Confidential reports whether any group holds national identity numbers,
// criminal data or other confidential data: the "other confidential" item of
// the Danish risk scoring.
func (p Processing) Confidential() bool {
	for _, g := range p.Groups {
		if g.NationalID || g.Criminal || len(g.Confidential) > 0 || !g.OtherConfidential.IsZero() {
			return true
		}
	}
	return false
}
