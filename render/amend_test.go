package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// TestGoldenAmendments writes the redline of each pair of versions in every
// language and format and compares it with testdata/amend/ (-update
// writes them).
func TestGoldenAmendments(t *testing.T) {
	// With the notice the sub-processor change is given under, so that the
	// summary says change by change when each takes effect.
	eachAmendment(t, func(name string, l i18n.Lang, _ *dpa.Agreement, d *Document) {
		for _, f := range []struct {
			f   Format
			ext string
		}{{Markdown, "md"}, {HTML, "html"}, {Text, "txt"}} {
			var buf bytes.Buffer
			if err := Write(&buf, d, f.f); err != nil {
				t.Fatal(err)
			}
			amendGolden(t, filepath.Join("testdata", "amend", name+"."+string(l)+"."+f.ext), buf.Bytes())
		}
	})
}

func amendGolden(t *testing.T, path string, got []byte) {
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
		t.Fatalf("%v (run go test ./render -run TestGoldenAmendments -update)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs; run go test ./render -run TestGoldenAmendments -update and read the diff", path)
	}
}

// show writes spans as the text writer marks them, for short comparisons.
func show(sp []Span) string {
	t := &textWriter{redline: true}
	return t.plain(sp)
}

// TestDiffSpans: the word diff, case by case.
func TestDiffSpans(t *testing.T) {
	p := func(s string) Span { return Span{Text: s} }
	cases := []struct {
		name string
		o, n []Span
		want string
	}{
		{"same", []Span{p("a b c")}, []Span{p("a b c")}, "a b c"},
		{"a word replaced", []Span{p("a b d")}, []Span{p("a c d")}, "a [-b-] {+c+} d"},
		{"a word taken out", []Span{p("a b c")}, []Span{p("a c")}, "a [-b-] c"},
		{"a word put in", []Span{p("a c")}, []Span{p("a b c")}, "a {+b+} c"},
		{"at the start", []Span{p("x a")}, []Span{p("y a")}, "[-x-] {+y+} a"},
		{"at the end", []Span{p("a x")}, []Span{p("a y")}, "a [-x-] {+y+}"},
		{"punctuation keeps its place", []Span{p("a, b.")}, []Span{p("a, c.")}, "a, [-b.-] {+c.+}"},
		{"all new", nil, []Span{p("a b")}, "{+a b+}"},
		{"all gone", []Span{p("a b")}, nil, "[-a b-]"},
		{"a blank filled in", []Span{p("within "), {Kind: Blank, Text: "hours"}, p(" of it")}, []Span{p("within 36 hours of it")},
			"within [-[_____ hours]-] {+36 hours+} of it"},
		{"emphasis kept where the words stay", []Span{{Kind: Strong, Text: "Name"}, p(" does x")}, []Span{{Kind: Strong, Text: "Name"}, p(" does y")},
			"Name does [-x-] {+y+}"},
		{"fallback text marked once", nil, []Span{{Kind: Fallback, Lang: i18n.DA, Text: "to ord"}}, "{+(da) to ord+}"},
		{"hostile marks escaped", []Span{p("a [-b-] c")}, []Span{p("a {+b+} c")}, `a [-[\-b-\]-] {+{\+b+\}+} c`},
	}
	for _, c := range cases {
		if got := show(diffSpans(c.o, c.n)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	// No Deleted or Inserted span begins or ends with white space.
	for _, c := range cases {
		for _, s := range diffSpans(c.o, c.n) {
			if (s.Kind == Deleted || s.Kind == Inserted) && strings.TrimSpace(s.Text) != s.Text {
				t.Errorf("%s: change %q has white space at an end", c.name, s.Text)
			}
		}
	}
}

// TestAlign: blocks and rows are matched by content, then paired in order.
func TestAlign(t *testing.T) {
	all := func(int, int) bool { return true }
	cases := []struct {
		name   string
		o, n   []string
		expect []pair
	}{
		{"one put in the middle", []string{"a", "b", "c"}, []string{"a", "x", "b", "c"}, []pair{{0, 0}, {-1, 1}, {1, 2}, {2, 3}}},
		{"one changed", []string{"a", "b", "c"}, []string{"a", "B", "c"}, []pair{{0, 0}, {1, 1}, {2, 2}}},
		{"one taken out", []string{"a", "b", "c"}, []string{"a", "c"}, []pair{{0, 0}, {1, -1}, {2, 1}}},
	}
	for _, c := range cases {
		if diff := cmp.Diff(c.expect, align(c.o, c.n, all), cmp.AllowUnexported(pair{})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
	keyed := alignKeyed([]string{"a", "b", "c"}, []string{"c", "a", "n"})
	if diff := cmp.Diff([]pair{{1, -1}, {2, 0}, {0, 1}, {-1, 2}}, keyed, cmp.AllowUnexported(pair{})); diff != "" {
		t.Errorf("keyed (-want +got):\n%s", diff)
	}
}

// TestAmendmentRows: a changed Annex B row shows as one changed row, matched
// by the sub-processor's id though the rows around it move.
func TestAmendmentRows(t *testing.T) {
	old, new := examples.Seed004(), examples.Seed004()
	new.Replaces, _ = old.Reference()
	new.Version = "1.1.1"
	e := &new.Annexes.B.Entries[1]
	e.Activity.DA = e.Activity.DA + " Også om natten."
	new.Annexes.B.Entries[0], new.Annexes.B.Entries[2] = new.Annexes.B.Entries[2], new.Annexes.B.Entries[0]
	d, err := BuildAmendment(old, new, i18n.DA, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var tables []*Table
	for _, s := range d.Sections {
		for _, sub := range append([]*Section{s}, s.Sections...) {
			for _, b := range sub.Blocks {
				if tb, ok := b.(*Table); ok && tb.ID == "annex-b-table" {
					tables = append(tables, tb)
				}
			}
		}
	}
	if len(tables) != 1 || len(tables[0].Rows) != 1 {
		t.Fatalf("want one Annex B table with one row, got %d tables", len(tables))
	}
	row := tables[0].Rows[0]
	if got := show(row[3]); !strings.Contains(got, "{+Også om natten.+}") || strings.Contains(got, "[-") {
		t.Errorf("activity cell: %q", got)
	}
	if got := show(row[0]); strings.Contains(got, "{+") || strings.Contains(got, "[-") {
		t.Errorf("the unchanged name is marked: %q", got)
	}
}

// TestAmendmentErrors: different agreements, a language not supported, nil.
func TestAmendmentErrors(t *testing.T) {
	old := example(t, "seed004")
	if _, err := BuildAmendment(old, example(t, "seed000"), i18n.SV, Options{}); !errors.Is(err, change.ErrDifferentAgreements) {
		t.Errorf("different agreements: %v", err)
	}
	if _, err := BuildAmendment(old, old, "fi", Options{}); err == nil {
		t.Error("unsupported language: no error")
	}
	if _, err := BuildAmendment(nil, old, i18n.SV, Options{}); !errors.Is(err, change.ErrNil) {
		t.Errorf("nil: %v", err)
	}
	// The same version twice: a summary that says nothing changes, and no
	// redlined clause.
	d, err := BuildAmendment(old, old, i18n.SV, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sections) != 1 {
		t.Errorf("no changes: %d sections, want the summary alone", len(d.Sections))
	}
}

// ExampleBuildAmendment writes the clause of the second version of seed
// 000 that changes, as a plain-text redline.
func ExampleBuildAmendment() {
	d, err := BuildAmendment(examples.Seed000(), examples.Seed000V2(), i18n.EN, Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Sections {
		fmt.Println(s.ID)
	}
	breach := &Document{Sections: d.Sections[1:2]}
	var buf bytes.Buffer
	if err := Write(&buf, breach, Text); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Join(strings.Fields(buf.String()[strings.Index(buf.String(), "11.1"):]), " "))
	// Output:
	// amend-summary
	// breach
	// annex-b
	// annex-e
	// amend-signatures
	// 11.1 The processor shall notify the controller of a personal data breach without undue delay and in any event no later than [-[_____ number of hours]-] {+36 hours+} after becoming aware of it. 11.2 The processor shall notify the controller of every attempt, by intrusion or by other fraudulent means, to gain unauthorised access to the controller's personal data, even where no personal data breach has been established. The notification shall be given without delay and in any event no later than [-[_____ number of hours]-] {+36 hours+} after the processor becomes aware of the attempt.
}

// BenchmarkAmendment builds the redline of seed 004's two versions and
// writes it as HTML.
func BenchmarkAmendment(b *testing.B) {
	old, new := examples.Seed004(), examples.Seed004V2()
	b.ReportAllocs()
	for b.Loop() {
		d, err := BuildAmendment(old, new, i18n.DA, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := Write(io.Discard, d, HTML); err != nil {
			b.Fatal(err)
		}
	}
}

// TestRefKeys: every legal reference of change.Rules has its text in the
// catalogue, so the summary never cites the law in English in another
// language.
func TestRefKeys(t *testing.T) {
	for _, r := range change.Rules {
		if _, ok := refKeys[r.Ref]; !ok && r.Ref != "—" {
			t.Errorf("rule %s: no catalogue text for the reference %q (add it to refKeys and the locales)", r.ID, r.Ref)
		}
	}
}

// TestAmendmentSummaryInRedline: every row of the summary that concerns a
// clause or an annex has its part in the redline. The section the change
// is in shows a marked change, and a change of a sub-processor's entry
// marks that entry's row of Annex B. Besides the example versions, each
// field of an entry that leaves is changed on its own, so that one row's
// mark cannot stand in for another's.
func TestAmendmentSummaryInRedline(t *testing.T) {
	type pairT struct {
		name     string
		old, new *dpa.Agreement
	}
	var pairs []pairT
	for _, p := range versionPairs {
		pairs = append(pairs, pairT{p.new, example(t, p.old), example(t, p.new)})
	}
	one := func(name string, edit func(a *dpa.Agreement)) {
		old := examples.Seed004()
		new := old.Clone()
		new.Replaces, _ = old.Reference()
		new.Version = "1.1.1"
		edit(new)
		pairs = append(pairs, pairT{name, old, new})
	}
	one("exit-delete", func(a *dpa.Agreement) {
		a.Annexes.B.Entries[0].Exit = annex.Exit{Action: annex.ExitDelete, By: civil.D(2027, 4, 30)}
	})
	one("exit-return", func(a *dpa.Agreement) { a.Annexes.B.Entries[1].Exit = annex.Exit{Action: annex.ExitReturn} })
	one("exit-transfer", func(a *dpa.Agreement) {
		a.Annexes.B.Entries[2].Exit = annex.Exit{Action: annex.ExitTransfer, By: civil.D(2027, 5, 31)}
	})
	one("until", func(a *dpa.Agreement) { a.Annexes.B.Entries[0].Until = civil.D(2027, 3, 31) })
	one("since", func(a *dpa.Agreement) { a.Annexes.B.Entries[0].Since = civil.D(2025, 7, 1) })
	for _, p := range pairs {
		r, err := change.Diff(p.old, p.new)
		if err != nil {
			t.Fatal(err)
		}
		old, new := r.Versions()
		for _, l := range i18n.Langs {
			d, err := BuildAmendment(p.old, p.new, l, Options{})
			if err != nil {
				t.Fatalf("%s %s: %v", p.name, l, err)
			}
			for _, c := range r.Changes {
				id, entry := redlineTarget(c, old, new)
				if id == "" {
					continue // the version's own data, not a clause or an annex
				}
				s := findSection(d.Sections, id)
				if s == nil {
					t.Errorf("%s %s: the summary row for %s has no section %s in the redline", p.name, l, c.Path, id)
					continue
				}
				if entry == "" {
					if !marked(s) {
						t.Errorf("%s %s: section %s shows no change for %s", p.name, l, id, c.Path)
					}
					continue
				}
				if !entryMarked(s, entry) {
					t.Errorf("%s %s: the summary row for %s marks nothing in the row of %s in Annex B", p.name, l, c.Path, entry)
				}
			}
		}
	}
}

// redlineTarget is the id of the section of the redline where change c
// must show, and for a change of a sub-processor's entry its name; "" for
// a change of the version's own data (its number, date, link).
func redlineTarget(c change.Change, old, new *dpa.Agreement) (id, entry string) {
	parts := strings.Split(strings.TrimPrefix(c.Path, "/"), "/")
	switch parts[0] {
	case "clauses":
		if len(parts) > 1 {
			id = clauseSections[parts[1]]
			if parts[1] == "breachNotification" && len(parts) > 2 {
				if i, err := strconv.Atoi(parts[2]); err == nil && i < len(new.Clauses.BreachNotification) && new.Clauses.BreachNotification[i].Kind == dpa.AgreementBreach {
					id = "remedies"
				}
			}
		}
		return id, ""
	case "annexes":
		if len(parts) < 2 {
			return "", ""
		}
		id = "annex-" + parts[1]
		if parts[1] == "b" && len(parts) > 3 && parts[2] == "entries" {
			i, err := strconv.Atoi(parts[3])
			list := new.Annexes.B.Entries
			if c.Kind == change.Removed && len(parts) == 4 {
				list = old.Annexes.B.Entries
			}
			if err == nil && i >= 0 && i < len(list) {
				entry = list[i].Name
			}
		}
		return id, entry
	}
	return "", ""
}

func spansMarked(sp []Span) bool {
	for _, s := range sp {
		if s.Kind == Inserted || s.Kind == Deleted {
			return true
		}
	}
	return false
}

// marked reports whether the section or one below it has a marked change.
func marked(s *Section) bool {
	for _, b := range s.Blocks {
		switch b := b.(type) {
		case *Paragraph:
			if spansMarked(b.Spans) {
				return true
			}
		case *List:
			found := false
			eachItem(b, func(it ListItem, _ *List, _, _ int) { found = found || spansMarked(it.Spans) })
			if found {
				return true
			}
		case *Table:
			for _, r := range b.Rows {
				for _, c := range r {
					if spansMarked(c) {
						return true
					}
				}
			}
		}
	}
	for _, sub := range s.Sections {
		if marked(sub) {
			return true
		}
	}
	return false
}

// entryMarked reports whether the row of Annex B that names the entry has a
// marked change.
func entryMarked(s *Section, name string) bool {
	for _, b := range s.Blocks {
		t, ok := b.(*Table)
		if !ok || t.ID != "annex-b-table" {
			continue
		}
		for _, r := range t.Rows {
			if len(r) == 0 || !strings.Contains(show(r[0]), name) {
				continue
			}
			for _, c := range r {
				if spansMarked(c) {
					return true
				}
			}
		}
	}
	for _, sub := range s.Sections {
		if entryMarked(sub, name) {
			return true
		}
	}
	return false
}

// TestAmendHeaderRenamed checks review 39 en R13 and review 40 en R6: a
// column whose heading changes is marked in the header itself, and the
// table's rows are only the rows that changed.
func TestAmendHeaderRenamed(t *testing.T) {
	d, err := BuildAmendment(examples.Seed004(), examples.Seed004V2(), i18n.EN, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var table *Table
	eachTable(d.Sections, func(tb *Table) {
		if tb.HeaderSpans != nil {
			table = tb
		}
	})
	if table == nil {
		t.Fatal("no table of the amendment marks a renamed heading")
	}
	last := table.HeaderSpans[len(table.HeaderSpans)-1]
	if !slices.ContainsFunc(last, func(s Span) bool { return s.Kind == Inserted }) {
		t.Errorf("the renamed heading %v has no insertion", last)
	}
	for _, row := range table.Rows {
		if len(row) > 0 && len(row[0]) > 0 && row[0][0].Text == table.Header[0] {
			t.Errorf("a row repeats the header: %v", row)
		}
	}
}

func eachTable(secs []*Section, f func(*Table)) {
	for _, s := range secs {
		for _, b := range s.Blocks {
			if tb, ok := b.(*Table); ok {
				f(tb)
			}
		}
		eachTable(s.Sections, f)
	}
}

// TestHeaderSpansShort checks that a table whose HeaderSpans is shorter
// than its Header, as a library user may build it, is written by every
// format without a panic, the rest of the headings as plain text.
func TestHeaderSpansShort(t *testing.T) {
	d := &Document{Title: "t", Sections: []*Section{{ID: "s", Heading: "S", Blocks: []Block{
		&Table{ID: "tb", Header: []string{"A", "B"}, HeaderSpans: []Cell{{{Kind: Inserted, Text: "A"}}}, Rows: [][]Cell{{{{Text: "1"}}, {{Text: "2"}}}}},
	}}}}
	for _, f := range Formats {
		var sb strings.Builder
		if err := Write(&sb, d, f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		if !strings.Contains(sb.String(), "B") {
			t.Errorf("%s: the second heading is missing", f)
		}
	}
}
