package render

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
)

// TestBackupsNoInventedLimit checks clause 12 of review 6 (nb R1): without
// an agreed period for backup copies an agreement names no outer limit of
// the library's own, and a draft shows none either, nor a blank the parties
// never had (review 41 sv R6).
func TestBackupsNoInventedLimit(t *testing.T) {
	for _, tt := range []struct {
		status dpa.Status
		want   key
		blank  bool
	}{
		{dpa.Final, kDeletionBackupsDefault, false},
		{dpa.Draft, kDeletionBackupsDefault, false},
	} {
		a := examples.Reference()
		a.Status = tt.status
		a.Clauses.EndOfService.BackupsWithin = civil.Period{}
		for _, l := range i18n.Langs {
			d := build(t, a, l)
			got := paragraphs(t, d, "deletion")
			var hit bool
			for _, p := range got {
				hit = hit || strings.HasPrefix(p, strings.SplitN(lookup(l, tt.want, []string{"\x00"}), "\x00", 2)[0])
			}
			if !hit {
				t.Errorf("%s %s: clause 12 lacks %s: %q", tt.status, l, keyIDs[tt.want], got)
			}
			if has := slices.Contains(d.Blanks, "/clauses/endOfService/backupsWithin"); has != tt.blank {
				t.Errorf("%s %s: blank for backupsWithin = %v, want %v", tt.status, l, has, tt.blank)
			}
		}
	}
}

// TestAmendFilledBlank checks the amendment summary of review 6 (nb R10,
// da R3, nb R4): a deadline the old version left blank is "filled in", not
// "added", while a new sub-processor is added; and the terms the amended
// agreement still leaves blank are named.
func TestAmendFilledBlank(t *testing.T) {
	old, new := examples.Seed000(), examples.Seed000V2()
	for _, l := range i18n.Langs {
		d, err := BuildAmendment(old, new, l, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var tbl *Table
		for _, b := range d.Sections[0].Blocks {
			if x, ok := b.(*Table); ok && x.ID == "amend-summary-table" {
				tbl = x
			}
		}
		if tbl == nil {
			t.Fatalf("%s: no summary table", l)
		}
		var kinds []string
		for _, r := range tbl.Rows {
			kinds = append(kinds, plainText(r[1]))
		}
		filled, added := lookup(l, kAmendKindFilled, nil), lookup(l, kAmendKindAdded, nil)
		if n := strings.Count(strings.Join(kinds, "\n"), filled); n != 2 {
			t.Errorf("%s: %d rows filled in, want the 2 breach deadlines: %q", l, n, kinds)
		}
		if !slices.Contains(kinds, added) {
			t.Errorf("%s: the new sub-processor is not %q: %q", l, added, kinds)
		}
		paras := strings.Join(sectionParas(d.Sections[0]), "\n")
		open := strings.SplitN(lookup(l, kAmendBlanks, []string{"\x00"}), "\x00", 2)[0]
		if !strings.Contains(paras, open) {
			t.Errorf("%s: the summary does not name the terms still blank", l)
		}
	}
	// An update by notice alone, which nobody signs, sends the blanks to a
	// signed amendment.
	// seed 004 leaves the end date of a fixed term blank in both versions
	// here (its own blanks are gone since review 41 sv R6).
	oldBlank, newBlank := examples.Seed004(), examples.Seed004V2()
	oldBlank.Term, newBlank.Term = dpa.Term{Kind: dpa.FixedDate}, dpa.Term{Kind: dpa.FixedDate}
	for _, l := range i18n.Langs {
		d, err := BuildAmendment(oldBlank, newBlank, l, Options{})
		if err != nil {
			t.Fatal(err)
		}
		open := strings.SplitN(lookup(l, kAmendBlanksNotice, []string{"\x00"}), "\x00", 2)[0]
		if !strings.Contains(strings.Join(sectionParas(d.Sections[0]), "\n"), open) {
			t.Errorf("%s: the update by notice does not name its blanks as such", l)
		}
	}
	// An amended agreement without blanks has no such sentence.
	a := examples.Reference()
	b := examples.Reference()
	b.Version = "2.1"
	d, err := BuildAmendment(a, b, i18n.EN, Options{})
	if err != nil {
		t.Fatal(err)
	}
	open := strings.SplitN(lookup(i18n.EN, kAmendBlanks, []string{"\x00"}), "\x00", 2)[0]
	if strings.Contains(strings.Join(sectionParas(d.Sections[0]), "\n"), open) {
		t.Errorf("an agreement without blanks is said to have some")
	}
}

// TestNoticeWrittenChannel checks section 4 of the notice (review 6 nb
// R6): an objection is made in writing, so the channel given is the
// e-mail address, or the postal address without one, never a telephone
// number.
func TestNoticeWrittenChannel(t *testing.T) {
	at := time.Date(2027, 1, 15, 9, 30, 0, 0, time.UTC)
	for _, noMail := range []bool{false, true} {
		old, new := examples.Seed004(), examples.Seed004V2()
		if noMail {
			for _, a := range []*dpa.Agreement{old, new} {
				for i := range a.Processor.Contacts {
					a.Processor.Contacts[i].Email = ""
				}
			}
		}
		for _, l := range i18n.Langs {
			d, err := BuildNotice(old, new, l, NoticeOptions{Notified: at})
			if err != nil {
				t.Fatal(err)
			}
			text := sectionText(findSection(d.Sections, "notice-object"))
			if strings.Contains(text, "99 99 99 99") {
				t.Errorf("%s: the objection channel gives a telephone number: %q", l, text)
			}
			want := "jens@ruteplan.example"
			if noMail {
				want = new.Processor.Address.Street
			}
			if !strings.Contains(text, want) {
				t.Errorf("%s (no e-mail %v): the channel lacks %q: %q", l, noMail, want, text)
			}
		}
	}
}

// TestTypeTwoCoverage checks Annex C.7 of review 6 (da R4): the
// processor's audit by a type 2 report states the period each report
// covers and its reach to the sub-processors; a type 1 report, which
// speaks of one day, does not.
func TestTypeTwoCoverage(t *testing.T) {
	for _, tt := range []struct {
		form security.AuditForm
		want bool
	}{
		{security.ISAE3000Type2, true},
		{security.SOC2Type2, true},
		{security.ISAE3000Type1, false},
	} {
		a := examples.Reference()
		i := slices.IndexFunc(a.Annexes.C.Audits, func(x annex.Audit) bool { return assurance(x.Form) })
		if i < 0 {
			t.Fatal("the reference has no assurance report")
		}
		a.Annexes.C.Audits[i].Form = tt.form
		for _, l := range i18n.Langs {
			d := build(t, a, l)
			got := paragraphs(t, d, "annex-c-audit-procedure-"+strconv.Itoa(i+1))
			if has := slices.Contains(got, lookup(l, kAuditReportCoverage, nil)); has != tt.want {
				t.Errorf("%s %s: coverage sentence %v, want %v: %q", tt.form, l, has, tt.want, got)
			}
		}
	}
}

// TestArt32Headings checks Annex C.2 of review 6 (nb R2): without
// measures the table asks for each heading of Art. 32(1) with its
// requirements as a blank.
func TestArt32Headings(t *testing.T) {
	a := examples.Seed003()
	for _, l := range i18n.Langs {
		d := build(t, a, l)
		var tbl *Table
		for _, b := range findSection(d.Sections, "annex-c-security").Blocks {
			if x, ok := b.(*Table); ok && x.ID == "annex-c-measures-table" {
				tbl = x
			}
		}
		// seed 003's own open headings follow (TestOpenHeadings).
		if tbl == nil || len(tbl.Rows) != len(art32Headings)+len(a.Annexes.C.Security.OpenHeadings) {
			t.Fatalf("%s: measures table %v, want %d rows", l, tbl, len(art32Headings))
		}
		for j, r := range tbl.Rows[:len(art32Headings)] {
			if got, want := plainText(r[0]), lookup(l, art32Headings[j], nil); got != want {
				t.Errorf("%s row %d: %q, want %q", l, j, got, want)
			}
			if len(r) < 2 || !slices.ContainsFunc(r[1], func(s Span) bool { return s.Kind == Blank }) {
				t.Errorf("%s row %d: the requirements are not a blank", l, j)
			}
		}
	}
}

// TestNoticeDataRow checks section 2 of the notice (review 6 nb R7): the
// sub-processor's entry names the personal data and data subjects it may
// reach, saying when special categories are among them, and has no such
// row when Annex A names no category of data subjects.
func TestNoticeDataRow(t *testing.T) {
	at := time.Date(2027, 1, 15, 9, 30, 0, 0, time.UTC)
	for _, tt := range []struct {
		groups bool
		want   key
	}{{true, kNoticeData}, {false, noKey}} {
		old, new := examples.Seed004(), examples.Seed004V2()
		if !tt.groups {
			old.Annexes.A.Groups, new.Annexes.A.Groups = nil, nil
		}
		for _, l := range i18n.Langs {
			d, err := BuildNotice(old, new, l, NoticeOptions{Notified: at})
			if err != nil {
				t.Fatal(err)
			}
			label := lookup(l, kNoticeColData, nil)
			var row []Cell
			for _, s := range d.Sections {
				for _, b := range s.Blocks {
					if x, ok := b.(*Table); ok {
						for _, r := range x.Rows {
							if plainText(r[0]) == label {
								row = r
							}
						}
					}
				}
			}
			if !tt.groups {
				if row != nil {
					t.Errorf("%s: a data row without categories of data subjects", l)
				}
				continue
			}
			if row == nil {
				t.Fatalf("%s: no row %q", l, label)
			}
			prefix := strings.SplitN(lookup(l, tt.want, []string{"\x00"}), "\x00", 2)[0]
			if got := plainText(row[1]); !strings.HasPrefix(got, prefix) {
				t.Errorf("%s: data row %q, want it to start %q", l, got, prefix)
			}
		}
	}
}
