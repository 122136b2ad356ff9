package render

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
)

// versionPairs are the examples' pairs of versions whose notices are
// golden files, with the moment and zone of the notice.
var versionPairs = []struct {
	old, new string
	at       time.Time
	zone     string
}{
	{"seed004", "seed004-v2", time.Date(2027, 1, 15, 9, 30, 0, 0, time.UTC), "Europe/Copenhagen"},
	{"seed000", "seed000-v2", time.Date(2027, 2, 1, 8, 0, 0, 0, time.UTC), "Europe/Stockholm"},
}

// eachAmendment builds the amendment of every pair in versionPairs, in
// every language, with the pair's notice, and calls f with the name of the
// new version, the language, the new version and the document.
func eachAmendment(t *testing.T, f func(name string, l i18n.Lang, new *dpa.Agreement, d *Document)) {
	t.Helper()
	for _, p := range versionPairs {
		old, new := example(t, p.old), example(t, p.new)
		for _, l := range i18n.Langs {
			d, err := BuildAmendment(old, new, l, Options{Notice: NoticeOptions{Notified: p.at}})
			if err != nil {
				t.Fatalf("%s %s: %v", p.new, l, err)
			}
			f(p.new, l, new, d)
		}
	}
}

func example(t *testing.T, name string) *dpa.Agreement {
	t.Helper()
	for _, e := range examples.All() {
		if e.Name == name {
			return e.Build()
		}
	}
	for _, v := range examples.Versions() {
		if v.Name == name {
			return v.Build()
		}
	}
	t.Fatalf("no example %q", name)
	return nil
}

// TestGoldenNotices writes each pair's notice in every language and format
// and compares it with testdata/notice/ (-update writes them).
func TestGoldenNotices(t *testing.T) {
	for _, p := range versionPairs {
		old, new := example(t, p.old), example(t, p.new)
		// No zone given: the notice counts in the agreement's own, which
		// follows from its governing law or its controller's country.
		if got := new.ZoneName(); got != p.zone {
			t.Errorf("%s counts its days in %q, want %q", p.new, got, p.zone)
		}
		for _, l := range i18n.Langs {
			d, err := BuildNotice(old, new, l, NoticeOptions{Notified: p.at})
			if err != nil {
				t.Fatalf("%s %s: %v", p.new, l, err)
			}
			for _, f := range []struct {
				f   Format
				ext string
			}{{Markdown, "md"}, {HTML, "html"}, {Text, "txt"}} {
				var buf bytes.Buffer
				if err := Write(&buf, d, f.f); err != nil {
					t.Fatal(err)
				}
				noticeGolden(t, filepath.Join("testdata", "notice", p.new+"."+string(l)+"."+f.ext), buf.Bytes())
			}
		}
	}
}

func noticeGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./render -run TestGoldenNotices -update)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs; run go test ./render -run TestGoldenNotices -update and read the diff", path)
	}
}

// TestNoticeErrors: no zone, no change, different agreements.
func TestNoticeErrors(t *testing.T) {
	old, new := example(t, "seed004"), example(t, "seed004-v2")
	at := time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)
	nozone := new.Clone()
	nozone.Controllers[0].Address.Country = ""
	if _, err := BuildNotice(old, nozone, i18n.SV, NoticeOptions{Notified: at}); !errors.Is(err, ErrNoZone) || !errors.Is(err, dpa.ErrNoZone) {
		t.Errorf("no zone given, none in the agreement: %v", err)
	}
	badzone := new.Clone()
	badzone.TimeZone = "Mars/Olympus_Mons"
	if _, err := BuildNotice(old, badzone, i18n.SV, NoticeOptions{Notified: at}); !errors.Is(err, ErrNoZone) {
		t.Errorf("a time zone that does not exist: %v", err)
	}
	if _, err := BuildNotice(old, new, i18n.SV, NoticeOptions{Notified: at}); err != nil {
		t.Errorf("the agreement's own zone: %v", err)
	}
	if _, err := BuildNotice(old, old, i18n.SV, NoticeOptions{Notified: at, Zone: time.UTC}); !errors.Is(err, ErrNothingToNotify) {
		t.Errorf("no change: %v", err)
	}
	if _, err := BuildNotice(old, example(t, "seed000"), i18n.SV, NoticeOptions{Notified: at, Zone: time.UTC}); err == nil {
		t.Error("different agreements: no error")
	}
	if _, err := BuildNotice(old, new, "fi", NoticeOptions{Notified: at, Zone: time.UTC}); err == nil {
		t.Error("unsupported language: no error")
	}
}

// TestNoticeEscapes: hostile text in the changed sub-processor reaches no
// notice unescaped.
func TestNoticeEscapes(t *testing.T) {
	old, new := example(t, "seed004"), example(t, "seed004-v2")
	const evil = `<script>alert(1)</script> *x* [a](javascript:1)`
	for i := range new.Annexes.B.Entries {
		new.Annexes.B.Entries[i].Name += evil
		new.Annexes.B.Entries[i].Activity.DA += evil
	}
	new.Processor.Contacts[0].Email = evil
	d, err := BuildNotice(old, new, i18n.DA, NoticeOptions{Notified: time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC), Zone: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	var h, m bytes.Buffer
	if err := Write(&h, d, HTML); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h.String(), "<script>") {
		t.Error("HTML notice carries <script> unescaped")
	}
	if err := Write(&m, d, Markdown); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(m.String(), "[a](") || strings.Contains(m.String(), " *x* ") {
		t.Error("Markdown notice carries a link or emphasis from input unescaped")
	}
}

// ExampleBuildNotice writes the Swedish notice of the second version of
// seed 000, given on 1 February 2027 and counted in Stockholm time.
func ExampleBuildNotice() {
	stockholm, err := time.LoadLocation("Europe/Stockholm")
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := BuildNotice(examples.Seed000(), examples.Seed000V2(), i18n.SV,
		NoticeOptions{Notified: time.Date(2027, 2, 1, 9, 0, 0, 0, stockholm), Zone: stockholm})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Sections {
		fmt.Println(s.Number, s.Heading)
	}
	// Output:
	// 1 Den planerade ändringen
	// 2 Underbiträde: Exempelsupport Service AB
	// 3 Tid för invändningar och tidigaste verkan
	// 4 Invändning
	// 5 Avsändare
}

// TestNoticeAssessmentDay: the assessment of a place outside the EEA names
// the day the sub-processor is to start, not the agreement's date, and a
// Danish CVR number is labelled as one.
func TestNoticeAssessmentDay(t *testing.T) {
	old, new := example(t, "seed004"), example(t, "seed004-v2")
	for i := range new.Annexes.B.Entries {
		e := &new.Annexes.B.Entries[i]
		if e.Replaces != "" {
			e.Locations = []transfer.Location{{Country: "GB", Place: "London"}}
			e.Transfer = transfer.Basis{Mechanism: transfer.Adequacy}
		}
	}
	new.Annexes.C.Transfers = transfer.Instruction{Kind: transfer.WithSafeguards}
	out := noticeText(t, old, new, i18n.EN, time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC))
	if !strings.Contains(out, "covers the location on 1 April 2027, when the sub-processor is to start") {
		t.Errorf("the assessment does not name the start day:\n%s", out)
	}
	if strings.Contains(out, "date of the agreement") {
		t.Error("the assessment speaks of the agreement's date")
	}
	// As Annex B writes it, so that the agreement, the notice and the
	// amendment agree (sv R18 of the fourth review).
	if !strings.Contains(out, "Registration number: Danish CVR number 99990058") {
		t.Error("the CVR number is not written as Annex B writes it")
	}
}

// TestNoticeLeaving: an approved sub-processor that leaves without a
// replacement, with exit terms, is told as leaving (its last day and what
// it does with the data), not as a changed entry with a start day.
func TestNoticeLeaving(t *testing.T) {
	old := examples.Seed004()
	new := old.Clone()
	new.Replaces, _ = old.Reference()
	new.Version = "1.1.1"
	e := &new.Annexes.B.Entries[1]
	e.Until = civil.D(2027, 3, 31)
	e.Exit = annex.Exit{Action: annex.ExitTransfer, By: civil.D(2027, 4, 30)}
	d, err := BuildNotice(old, new, i18n.EN, NoticeOptions{Notified: time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	s := findSection(d.Sections, "notice-sub-1")
	if s == nil {
		t.Fatalf("no section for the entry that leaves: %v", d.Sections)
	}
	var text []string
	for _, b := range s.Blocks {
		switch b := b.(type) {
		case *Paragraph:
			text = append(text, show(b.Spans))
		case *Table:
			t.Errorf("the entry that leaves has a table of details (with a start day): %v", b.Rows)
		}
	}
	got := strings.Join(text, " ")
	for _, want := range []string{"until the end of 31 March 2027", "adds no sub-processor in its place", "whoever takes over its processing", "30 April 2027"} {
		if !strings.Contains(got, want) {
			t.Errorf("notice lacks %q: %s", want, got)
		}
	}
}

// TestNoticeHolidays: where the agreement names no governing law (as
// seed 004), the dates are counted past the public holidays of the
// controller's country and the notice says so (review 8, da R3); where
// neither the governing law nor, without one, the controller's country has
// a holiday calendar (Finland), the notice says that only weekends moved
// its dates; under Swedish, Norwegian or Danish law the dates are counted
// past that country's public holidays and the notice says that they were
// (review 8, en R9).
func TestNoticeHolidays(t *testing.T) {
	for _, tc := range []struct {
		law, controller           transfer.Country
		weekends, assume, applied bool
	}{
		{"", "DK", false, true, false}, {"", "FI", true, false, false}, {"FI", "DK", true, false, false},
		{"SE", "DK", false, false, true}, {"NO", "DK", false, false, true}, {"DK", "DK", false, false, true},
	} {
		for _, l := range i18n.Langs {
			old, new := example(t, "seed004"), example(t, "seed004-v2")
			old.Clauses.GoverningLaw, new.Clauses.GoverningLaw = tc.law, tc.law
			for _, a := range []*dpa.Agreement{old, new} {
				for i := range a.Controllers {
					a.Controllers[i].Address.Country = tc.controller
				}
			}
			d, err := BuildNotice(old, new, l, NoticeOptions{Notified: time.Date(2027, 1, 15, 9, 30, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			s := findSection(d.Sections, "notice-deadlines")
			weekends := lookup(l, kNoticeHolidaysWeekends, nil)
			assume := lookup(l, kNoticeHolidaysControllerClause, []string{langFor(l).country(tc.controller), paraNumber(new, l, "law", lookup(l, kLawMain, nil))})
			applied := prefixOf(l, kNoticeHolidaysApplied)
			saidWeekends, saidAssume, saidApplied := false, false, false
			for _, b := range s.Blocks {
				if p, ok := b.(*Paragraph); ok {
					text := plainText(p.Spans)
					saidWeekends = saidWeekends || text == weekends
					saidAssume = saidAssume || text == assume
					saidApplied = saidApplied || strings.HasPrefix(text, applied)
				}
			}
			if saidWeekends != tc.weekends || saidAssume != tc.assume || saidApplied != tc.applied {
				t.Errorf("law %q, controller in %q, %s: weekends-only sentence said %v, controller's holidays %v, holidays applied %v; want %v, %v, %v",
					tc.law, tc.controller, l, saidWeekends, saidAssume, saidApplied, tc.weekends, tc.assume, tc.applied)
			}
		}
	}
}

// TestNoticeSenderTitle: the processor's signatory's position, inside the
// closing sentence of a notice, takes a small letter in Swedish, Norwegian
// and Danish (review 7, da R12), keeps its capital in English, and an
// abbreviation is never changed.
func TestNoticeSenderTitle(t *testing.T) {
	for _, c := range []struct {
		title   i18n.Text
		l       i18n.Lang
		want    string
		wantNot string
	}{
		{i18n.Text{DA: "Administrerende direktør"}, i18n.DA, "administrerende direktør", "Administrerende direktør"},
		{i18n.Text{NB: "Daglig leder"}, i18n.NB, "daglig leder", "Daglig leder"},
		{i18n.Text{SV: "VD"}, i18n.SV, "VD", "vD"},
		{i18n.Text{EN: "Managing Director"}, i18n.EN, "Managing Director", "managing Director"},
	} {
		old := examples.Seed004()
		new := old.Clone()
		new.Replaces, _ = old.Reference()
		new.Version = "1.1.1"
		new.Processor.Signatory.Title = c.title
		e := &new.Annexes.B.Entries[1]
		e.Until = civil.D(2027, 3, 31)
		d, err := BuildNotice(old, new, c.l, NoticeOptions{Notified: time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(paragraphs(t, d, "notice-sender"), " ")
		if !strings.Contains(got, c.want) || strings.Contains(got, c.wantNot) {
			t.Errorf("%s: sender %q, want %q in it", c.l, got, c.want)
		}
	}
}

// TestNoticeListedCountries checks review 41 en R9: under an instruction
// that lists the countries (seed 000: Sweden only), the notice assesses a
// new sub-processor against that list, inside the EEA too, and not only
// against the EU/EEA.
func TestNoticeListedCountries(t *testing.T) {
	old := example(t, "seed000")
	for _, tc := range []struct {
		country transfer.Country
		want    key
	}{{"SE", kNoticeAssessListed}, {"DE", kNoticeAssessBlocked}} {
		new := example(t, "seed000-v2")
		var added *annex.SubProcessor
		for i := range new.Annexes.B.Entries {
			if e := &new.Annexes.B.Entries[i]; !slices.ContainsFunc(old.Annexes.B.Entries, func(o annex.SubProcessor) bool { return o.ID == e.ID }) {
				added = e
			}
		}
		if added == nil {
			t.Fatal("seed000-v2 adds no sub-processor")
		}
		added.Locations = []transfer.Location{{Country: tc.country}}
		for _, l := range i18n.Langs {
			out := noticeText(t, old, new, l, time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC))
			prefix := strings.Join(strings.Fields(strings.SplitN(lookup(l, tc.want, []string{"\x00", "\x00", "\x00"}), "\x00", 2)[0]), " ")
			if !strings.Contains(out, prefix) {
				t.Errorf("%s, location %s: the assessment lacks %s (%q)", l, tc.country, keyIDs[tc.want], prefix)
			}
			if strings.Contains(out, strings.Join(strings.Fields(lookup(l, kNoticeAssessEea, nil)), " ")) {
				t.Errorf("%s, location %s: the assessment checks only the EU/EEA", l, tc.country)
			}
		}
	}
}

// noticeText is the plain-text notice of the change from old to new,
// notified at notified (UTC), with its white space folded to single spaces.
func noticeText(t *testing.T, old, new *dpa.Agreement, l i18n.Lang, notified time.Time) string {
	t.Helper()
	d, err := BuildNotice(old, new, l, NoticeOptions{Notified: notified, Zone: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, d, Text); err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(buf.String()), " ")
}
