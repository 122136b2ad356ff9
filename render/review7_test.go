package render

import (
	"strings"
	"testing"
	"time"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
)

// paraNumbered returns the numbers and texts of the numbered paragraphs
// of the section id.
func paraNumbered(t *testing.T, d *Document, id string) (nums, texts []string) {
	t.Helper()
	s := findSection(d.Sections, id)
	if s == nil {
		t.Fatalf("no section %s", id)
	}
	for _, b := range s.Blocks {
		if p, ok := b.(*Paragraph); ok {
			nums = append(nums, p.Number)
			texts = append(texts, plainText(p.Spans))
		}
	}
	return nums, texts
}

// TestBackupConfirmationCited checks review 7 sv R1: the sentence on
// backup copies ties the date of the last backup deletion to the written
// confirmation by that confirmation's own paragraph number, computed, in
// every example and language; unnumbered, it names the confirmation.
func TestBackupConfirmationCited(t *testing.T) {
	confirms := []key{kDeletionConfirmEither, kDeletionConfirmDefaultEither}
	for _, ex := range examples.All() {
		a := ex.Build()
		for _, l := range i18n.Langs {
			d := build(t, a, l)
			nums, texts := paraNumbered(t, d, "deletion")
			confirm := ""
			for i, p := range texts {
				for _, k := range confirms {
					if strings.HasPrefix(p, prefixOf(l, k)) {
						confirm = nums[i]
					}
				}
			}
			if confirm == "" {
				t.Fatalf("%s %s: no confirmation paragraph in clause 12", ex.Name, l)
			}
			ref := lookup(l, kDeletionBackupsConfirmref, []string{confirm})
			cited := false
			for _, p := range texts {
				cited = cited || strings.Contains(p, ref)
			}
			// A backup period agreed with its own confirmation period
			// needs no reference.
			if e := a.Clauses.EndOfService; !e.BackupsWithin.IsZero() {
				continue
			}
			if !cited {
				t.Errorf("%s %s: clause 12 does not cite the confirmation %s: %q", ex.Name, l, confirm, texts)
			}
		}
	}
	a := examples.Seed000()
	for _, l := range i18n.Langs {
		d, err := Build(a, l, Options{AllowBlanks: true, NoNumbering: true})
		if err != nil {
			t.Fatal(err)
		}
		_, texts := paraNumbered(t, d, "deletion")
		ref := lookup(l, kDeletionBackupsConfirmrefUnnumbered, nil)
		if !strings.Contains(strings.Join(texts, "\n"), ref) {
			t.Errorf("unnumbered %s: clause 12 does not name the confirmation", l)
		}
	}
}

// TestFeeExceptionCitesPrecedence checks review 7 sv R7: the exception
// for fees cites clause 2's paragraph on precedence by its computed
// number.
func TestFeeExceptionCitesPrecedence(t *testing.T) {
	for _, ex := range examples.All() {
		a := ex.Build()
		if !a.Clauses.Assistance.MainAgreementPrevails {
			continue
		}
		for _, l := range i18n.Langs {
			d := build(t, a, l)
			nums, texts := paraNumbered(t, d, "background")
			prec := ""
			for i, p := range texts {
				for _, k := range []key{kBackgroundPrecedenceMain, kBackgroundPrecedenceThis} {
					if strings.HasPrefix(p, prefixOf(l, k)) {
						prec = nums[i]
					}
				}
			}
			_, other := paraNumbered(t, d, "other-terms")
			if prec == "" || !strings.Contains(strings.Join(other, "\n"), lookup(l, kOtherFeeMain, []string{prec})) {
				t.Errorf("%s %s: the fee exception does not cite the precedence paragraph %q", ex.Name, l, prec)
			}
		}
	}
}

// TestNoticeSpecialPerGroup checks review 7 sv R12: a notice names the
// special categories once for each category of data subjects that has
// them, not for all.
func TestNoticeSpecialPerGroup(t *testing.T) {
	old, next := examples.Seed004(), examples.Seed004V2()
	with := 0
	for _, g := range next.Annexes.A.Groups {
		if len(g.Special) > 0 || g.SpecialUnnamed {
			with++
		}
	}
	if with == 0 || with == len(next.Annexes.A.Groups) {
		t.Fatalf("seed004-v2 has %d of %d categories with special categories; the test needs a mix", with, len(next.Annexes.A.Groups))
	}
	for _, l := range i18n.Langs {
		d, err := BuildNotice(old, next, l, NoticeOptions{Notified: time.Date(2027, 1, 15, 9, 30, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		mark := strings.ToLower(lookup(l, kNoticeKindSpecial, nil))
		if got := strings.Count(words(d), mark); got != with {
			t.Errorf("%s: special categories said %d times, want %d", l, got, with)
		}
	}
}

// prefixOf is the text of k in l up to its first placeholder.
func prefixOf(l i18n.Lang, k key) string {
	return strings.SplitN(lookup(l, k, []string{"\x00", "\x00", "\x00"}), "\x00", 2)[0]
}

// TestContactNameNotRole checks en review 7 R4: a contact name that only
// repeats the role, in any language, is left out; a real name stays.
func TestContactNameNotRole(t *testing.T) {
	for _, tt := range []struct {
		c    org.Contact
		want string
	}{
		{org.Contact{Role: org.RoleDPO, Name: "Dataskyddsombud"}, ""},
		{org.Contact{Role: org.RoleDPO, Name: "data protection officer"}, ""},
		{org.Contact{Role: org.RoleDPO, Name: "Anna Exempel"}, "Anna Exempel"},
		{org.Contact{Role: org.RoleSecurity, Name: "Säkerhetscentralen"}, "Säkerhetscentralen"},
		{org.Contact{Name: "Dataskyddsombud"}, "Dataskyddsombud"},
	} {
		if got := contactName(tt.c); got != tt.want {
			t.Errorf("contactName(%+v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}
