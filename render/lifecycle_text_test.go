package render

import (
	"strings"
	"testing"
	"time"

	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// sectionParas returns the text of every paragraph of a section.
func sectionParas(s *Section) []string {
	var out []string
	for _, b := range s.Blocks {
		if p, ok := b.(*Paragraph); ok {
			var sb strings.Builder
			for _, sp := range p.Spans {
				sb.WriteString(sp.Text)
			}
			out = append(out, sb.String())
		}
	}
	return out
}

// TestAmendmentSummary: a mixed amendment (signature and notice) says which
// change takes effect how; summary rows name the clause, never a JSON
// Pointer, and a change that alters no obligation cites no legal basis.
func TestAmendmentSummary(t *testing.T) {
	old, new := examples.Seed000(), examples.Seed000V2()
	d, err := BuildAmendment(old, new, i18n.EN, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cat := (*Wording)(nil).table(langFor(i18n.EN))
	sum := d.Sections[0]
	text := strings.Join(sectionParas(sum), "\n")
	if !strings.Contains(text, cat[kAmendNeedsSplit].exec(nil)) {
		t.Errorf("no %s paragraph in the summary", "amend.needs.split")
	}
	if strings.Contains(text, cat[kAmendNeedsAmendment].exec(nil)) {
		t.Errorf("the summary also says every change needs signature")
	}
	r, err := change.Diff(old, new)
	if err != nil {
		t.Fatal(err)
	}
	nd, err := Build(new, i18n.EN, Options{AllowBlanks: true})
	if err != nil {
		t.Fatal(err)
	}
	var breach string
	for _, s := range nd.Sections {
		if s.ID == "breach" {
			breach = strings.TrimSpace(sectionTitle(s, true))
		}
	}
	var tb *Table
	for _, b := range sum.Blocks {
		if x, ok := b.(*Table); ok && x.ID == "amend-summary-table" {
			tb = x
		}
	}
	// The version number, the version replaced and the date are named in
	// the opening sentence, not listed as changes (sv R16, en R17 of the
	// fourth review).
	var listed []change.Change
	for _, c := range r.Changes {
		if !versionOnly(c) {
			listed = append(listed, c)
		}
	}
	if len(listed) == len(r.Changes) {
		t.Fatalf("seed000-v2 has no version-only change to leave out")
	}
	if tb == nil || len(tb.Rows) != len(listed) {
		t.Fatalf("summary table: %v", tb)
	}
	if first := sectionParas(sum)[0]; !strings.Contains(first, new2Builder(new, i18n.EN).date(new.Date)) {
		t.Errorf("the opening sentence does not give the new version's date")
	}
	for i, row := range tb.Rows {
		c := listed[i]
		where := show(row[0])
		if strings.HasPrefix(where, "/") {
			t.Errorf("%s: row names a JSON Pointer: %q", c.Path, where)
		}
		if strings.HasPrefix(c.Path, "/clauses/breachNotification") && !strings.HasPrefix(where, breach+": ") {
			t.Errorf("%s: row %q, want the clause %q and the deadline's event", c.Path, where, breach)
		}
		if c.Class == change.None && show(row[3]) != "" {
			t.Errorf("%s: a change that needs nothing cites %q", c.Path, show(row[3]))
		}
	}
}

// TestAmendmentShowsUntil: the end date of an outgoing sub-processor is in
// Annex B, so the redline shows it put in.
func TestAmendmentShowsUntil(t *testing.T) {
	d, err := BuildAmendment(examples.Seed004(), examples.Seed004V2(), i18n.EN, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range d.Sections {
		for _, sub := range append([]*Section{s}, s.Sections...) {
			for _, b := range sub.Blocks {
				tb, ok := b.(*Table)
				if !ok || tb.ID != "annex-b-table" {
					continue
				}
				for _, row := range tb.Rows {
					if len(row) == len(tb.Header) && strings.Contains(show(row[len(row)-1]), "{+") && !strings.Contains(show(row[0]), "{+") {
						found = true // an entry kept whose dates were put in
					}
				}
			}
		}
	}
	if !found {
		t.Error("the redline of Annex B does not show the outgoing sub-processor's end date")
	}
}

// TestNoticeNamesAgreementInForce: the notice relies on the authorisation in
// the version in force, not in the new one.
func TestNoticeNamesAgreementInForce(t *testing.T) {
	old, new := examples.Seed004(), examples.Seed004V2()
	zone, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Skip(err)
	}
	d, err := BuildNotice(old, new, i18n.EN, NoticeOptions{Notified: time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC), Zone: zone})
	if err != nil {
		t.Fatal(err)
	}
	intro := sectionParas(d.Sections[0])[0]
	if !strings.Contains(intro, old.Version) || strings.Contains(intro, new.Version) || strings.Contains(intro, old.ID) {
		t.Errorf("the notice names %q; want version %s, not %s or the id %s", intro, old.Version, new.Version, old.ID)
	}
}
