package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// TestGoldenAmendments writes the redline of each pair of versions in every
// language and format and compares it with testdata/amend/ (-update
// writes them).
func TestGoldenAmendments(t *testing.T) {
	for _, p := range versionPairs {
		old, new := example(t, p.old), example(t, p.new)
		for _, l := range i18n.Langs {
			// With the notice the sub-processor change is given under, so
			// that the summary says change by change when each takes effect.
			d, err := BuildAmendment(old, new, l, Options{Notice: NoticeOptions{Notified: p.at}})
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
				amendGolden(t, filepath.Join("testdata", "amend", p.new+"."+string(l)+"."+f.ext), buf.Bytes())
			}
		}
	}
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
	// 11.1 The processor shall notify the controller of a personal data breach without undue delay and in any event no later than [-[_____ number of hours]-] {+36 hours+} after becoming aware of it.
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
