package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
)

// partyItems gives the items of clause 1.1's list of parties as plain text.
func partyItems(t *testing.T, d *Document) []string {
	t.Helper()
	s := findSection(d.Sections, "parties")
	if s == nil {
		t.Fatal("no parties section")
	}
	for _, b := range s.Blocks {
		if l, ok := b.(*List); ok {
			var out []string
			for _, it := range l.Items {
				out = append(out, plainText(it.Spans))
			}
			return out
		}
	}
	t.Fatal("no list of parties")
	return nil
}

// TestPartyShortName checks review 22 sv R1: a short name the parties' own
// text uses for a party is defined in clause 1.1 next to its role term,
// and a party without one keeps the role term alone.
func TestPartyShortName(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Seed000()
		items := partyItems(t, build(t, a, l))
		if len(items) != 2 {
			t.Fatalf("%s: %d parties, want 2", l, len(items))
		}
		short := func(s i18n.Text) string {
			if v := s.In(l); v != "" {
				return v
			}
			return s.SV // the fallback, whose mark plainText leaves out
		}
		if want := lookup(l, kPartiesControllerShort, []string{"", short(a.Controllers[0].ShortName)}); !strings.HasSuffix(items[0], want) {
			t.Errorf("%s: the controller's item %q does not end with %s", l, items[0], keyIDs[kPartiesControllerShort])
		}
		if want := lookup(l, kPartiesProcessorShort, []string{"", short(a.Processor.ShortName)}); !strings.HasSuffix(items[1], want) {
			t.Errorf("%s: the processor's item %q does not end with %s", l, items[1], keyIDs[kPartiesProcessorShort])
		}
		a.Controllers[0].ShortName, a.Processor.ShortName = i18n.Text{}, i18n.Text{}
		items = partyItems(t, build(t, a, l))
		if want := lookup(l, kPartiesProcessor, []string{""}); !strings.HasSuffix(items[1], want) {
			t.Errorf("%s: without a short name the processor's item %q does not end with %s", l, items[1], keyIDs[kPartiesProcessor])
		}
	}
}

// TestMeasuresToAssess checks review 22 sv R3: measures the processor is
// to assess against the risk stand after the table of agreed minimum
// measures, under their own intro and with the duty to document the
// assessment, never as rows of the table; a measure the table also
// requires is not listed again.
func TestMeasuresToAssess(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Seed000()
		if len(a.Annexes.C.Security.Assess) == 0 {
			t.Fatal("seed000 has no measures to assess")
		}
		assessed := func(d *Document) (rows []string, listed []string, record bool) {
			s := findSection(d.Sections, "annex-c-security")
			if s == nil {
				t.Fatalf("%s: no Annex C.2", l)
			}
			intro := -1
			for i, bl := range s.Blocks {
				switch v := bl.(type) {
				case *Table:
					if v.ID == "annex-c-measures-table" {
						for _, r := range v.Rows {
							rows = append(rows, plainText(r[0]))
						}
					}
				case *Paragraph:
					switch plainText(v.Spans) {
					case lookup(l, kCAssess, nil), lookup(l, kCAssessOne, nil):
						intro = i
					case lookup(l, kCAssessRecord, nil), lookup(l, kCAssessRecordOne, nil):
						record = intro >= 0
					}
				case *List:
					if intro >= 0 && i == intro+1 {
						for _, it := range v.Items {
							listed = append(listed, plainText(it.Spans))
						}
					}
				}
			}
			return rows, listed, record
		}
		rows, listed, record := assessed(build(t, a, l))
		for _, id := range a.Annexes.C.Security.Assess {
			d, _ := id.Def()
			name := d.Name.In(l)
			if slices.Contains(rows, name) {
				t.Errorf("%s: %s is a row of the minimum measures", l, id)
			}
			if !slices.Contains(listed, name) {
				t.Errorf("%s: %s is not listed under %s", l, id, keyIDs[kCAssess])
			}
		}
		if !record {
			t.Errorf("%s: no %s after the list", l, keyIDs[kCAssessRecord])
		}
		// One measure: the intro in the singular.
		one := examples.Seed004()
		if d := build(t, one, l); len(one.Annexes.C.Security.Assess) != 1 || !slices.ContainsFunc(findSection(d.Sections, "annex-c-security").Blocks, func(bl Block) bool {
			p, ok := bl.(*Paragraph)
			return ok && plainText(p.Spans) == lookup(l, kCAssessOne, nil)
		}) {
			t.Errorf("%s: seed004's one measure to assess is not introduced by %s", l, keyIDs[kCAssessOne])
		}
		// Required as well: only in the table, and no list at all.
		a.Annexes.C.Security.Measures.Pseudonymisation = &security.Measure{}
		a.Annexes.C.Security.Assess = []security.MeasureID{security.MeasurePseudonymisation}
		rows, listed, record = assessed(build(t, a, l))
		if d, _ := security.MeasurePseudonymisation.Def(); !slices.Contains(rows, d.Name.In(l)) || len(listed) > 0 || record {
			t.Errorf("%s: a required measure to assess: rows %q, listed %q", l, rows, listed)
		}
	}
}

// TestAnnexASubjectOwn checks review 21 nb R2: Annex A refers to C.1 for
// the subject-matter only when the parties have described the processing
// there and give no subject-matter of its own; otherwise Annex A states it
// in a subsection of its own (a blank in a draft), its intro says so, and
// C.1 is headed as the instructions alone.
func TestAnnexASubjectOwn(t *testing.T) {
	const path = "/annexes/a/subject"
	intro := func(d *Document) string {
		s := findSection(d.Sections, "annex-a")
		if s == nil || len(s.Blocks) == 0 {
			t.Fatal("no Annex A")
		}
		p, _ := s.Blocks[0].(*Paragraph)
		if p == nil {
			return ""
		}
		return plainText(p.Spans)
	}
	for _, l := range i18n.Langs {
		d := build(t, examples.Seed003(), l)
		if got := intro(d); got != lookup(l, kAIntroOwn, nil) {
			t.Errorf("%s: seed003's Annex A opens %q, want %s", l, got, keyIDs[kAIntroOwn])
		}
		if findSection(d.Sections, "annex-a-subject") == nil || !slices.Contains(d.Blanks, path) {
			t.Errorf("%s: seed003 has no blank subject-matter in Annex A; blanks %v", l, d.Blanks)
		}
		if c := findSection(d.Sections, "annex-c-subject"); c == nil || c.Heading != lookup(l, kCInstructions, nil) {
			t.Errorf("%s: seed003's C.1 is not headed %s", l, keyIDs[kCInstructions])
		}
		a := examples.Reference()
		d = build(t, a, l)
		if got := intro(d); got != lookup(l, kAIntro, nil) || findSection(d.Sections, "annex-a-subject") != nil {
			t.Errorf("%s: the reference does not leave the subject-matter to C.1: %q", l, got)
		}
		a.Annexes.A.Subject = i18n.Text{EN: "Payroll records", SV: "Lönehandlingar", NB: "Lønnsdokumenter", DA: "Lønbilag"}
		d = build(t, a, l)
		if got := intro(d); got != lookup(l, kAIntroOwn, nil) || findSection(d.Sections, "annex-a-subject") == nil || slices.Contains(d.Blanks, path) {
			t.Errorf("%s: a subject-matter of Annex A's own is not stated there: %q", l, got)
		}
	}
}
