package security

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/i18n"
)

// text is one localized string of a definitions table, named for error
// messages.
type text struct {
	where       string
	t           i18n.Text
	description bool
}

func allTexts() []text {
	var out []text
	for _, d := range Levels {
		out = append(out, text{"level " + string(d.ID) + " name", d.Name, false}, text{"level " + string(d.ID) + " description", d.Description, true})
	}
	for _, d := range SubjectBands {
		out = append(out, text{"band " + string(d.ID) + " name", d.Name, false})
	}
	for _, d := range AuditForms {
		out = append(out, text{"audit form " + string(d.ID) + " name", d.Name, false}, text{"audit form " + string(d.ID) + " description", d.Description, true})
	}
	for _, d := range LogFields {
		out = append(out, text{"log field " + string(d.ID) + " name", d.Name, false}, text{"log field " + string(d.ID) + " description", d.Description, true})
	}
	for _, d := range Catalogue {
		out = append(out, text{"measure " + string(d.ID) + " name", d.Name, false}, text{"measure " + string(d.ID) + " description", d.Description, true})
	}
	return out
}

// englishWords must not appear in the Nordic strings: each has a Nordic term
// (DOMAIN.md §3).
var englishWords = []string{
	"backup", "patch", "awareness", "encryption", "training", "remote", "change",
	"assurance", "certificate", "inspection", "subject", "processor", "controller",
	"access", "logging in", "the ", " and ", " of ", "data protection",
}

// TestEveryLanguage checks that every level, band, audit form, log field and
// measure has its name and description in all four languages, without
// stray spaces, and that the Nordic strings avoid English words.
func TestEveryLanguage(t *testing.T) {
	for _, x := range allTexts() {
		for _, l := range i18n.Langs {
			s := x.t.In(l)
			switch {
			case s == "":
				t.Errorf("%s has no %s text", x.where, l)
				continue
			case strings.TrimSpace(s) != s || strings.Contains(s, "  "):
				t.Errorf("%s in %s has stray spaces: %q", x.where, l, s)
			case x.description && !strings.HasSuffix(s, "."):
				t.Errorf("%s in %s is not a sentence ending in a full stop: %q", x.where, l, s)
			}
			if l == i18n.EN {
				continue
			}
			lower := strings.ToLower(s)
			for _, w := range englishWords {
				if strings.Contains(lower, w) {
					t.Errorf("%s in %s contains the English %q: %q", x.where, l, w, s)
				}
			}
			if s == x.t.EN && x.description {
				t.Errorf("%s in %s is the English text", x.where, l)
			}
		}
	}
}

// TestTablesCoverEnums checks that each table defines each value once and
// that Def finds it.
func TestTablesCoverEnums(t *testing.T) {
	levels := []Level{VeryLow, Basic, Considerable, High}
	if len(Levels) != len(levels) {
		t.Errorf("Levels has %d entries, want %d", len(Levels), len(levels))
	}
	for _, l := range levels {
		if d, ok := l.Def(); !ok || d.ID != l {
			t.Errorf("%s has no definition", l)
		}
	}
	bands := []SubjectBand{Under1000, From1000To10000, Over10000}
	if len(SubjectBands) != len(bands) {
		t.Errorf("SubjectBands has %d entries, want %d", len(SubjectBands), len(bands))
	}
	for i, b := range bands {
		if !b.Valid() || SubjectBands[i].ID != b || SubjectBands[i].Points != i+1 {
			t.Errorf("SubjectBands[%d] = %+v, want %s with %d points", i, SubjectBands[i], b, i+1)
		}
	}
	fields := []LogField{LogTime, LogUser, LogDataSubject, LogAction, LogUnit, LogSearchCriterion}
	if len(LogFields) != len(fields) {
		t.Errorf("LogFields has %d entries, want %d", len(LogFields), len(fields))
	}
	for i, f := range fields {
		if !f.Valid() || LogFields[i].ID != f {
			t.Errorf("LogFields[%d] = %s, want %s", i, LogFields[i].ID, f)
		}
	}
	seen := map[MeasureID]bool{}
	for _, d := range Catalogue {
		if seen[d.ID] {
			t.Errorf("Catalogue defines %s twice", d.ID)
		}
		seen[d.ID] = true
		if !d.ID.Valid() || !strings.HasPrefix(d.Ref, "GDPR Art. ") {
			t.Errorf("Catalogue entry %s: valid %t, ref %q", d.ID, d.ID.Valid(), d.Ref)
		}
	}
	for _, bad := range []string{"", "x"} {
		if Level(bad).Valid() || SubjectBand(bad).Valid() || AuditForm(bad).Valid() || LogField(bad).Valid() || MeasureID(bad).Valid() {
			t.Errorf("%q is valid", bad)
		}
	}
}
