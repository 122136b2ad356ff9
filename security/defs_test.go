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

// TestTableData checks the columns beyond id and name, which the table
// test in internal/enum does not know: each band's points follow its order,
// and every measure cites the GDPR.
func TestTableData(t *testing.T) {
	for i, d := range SubjectBands {
		if d.Points != i+1 || d.ID.Points() != d.Points {
			t.Errorf("SubjectBands[%d] = %s with %d points (Points() %d), want %d", i, d.ID, d.Points, d.ID.Points(), i+1)
		}
	}
	for _, d := range Catalogue {
		if !strings.HasPrefix(d.Ref, "GDPR Art. ") {
			t.Errorf("Catalogue entry %s: ref %q, want a GDPR article", d.ID, d.Ref)
		}
	}
}
