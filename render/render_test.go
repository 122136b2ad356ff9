package render

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/art28"
	"github.com/dpakit/dpakit/transfer"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// build lays out an example, allowing blanks.
func build(t testing.TB, a *dpa.Agreement, l i18n.Lang) *Document {
	t.Helper()
	d, err := Build(a, l, Options{AllowBlanks: true})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func findSection(secs []*Section, id string) *Section {
	stack := append([]*Section(nil), secs...)
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if s.ID == id {
			return s
		}
		stack = append(stack, s.Sections...)
	}
	return nil
}

func TestArt28EveryLanguage(t *testing.T) {
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			d := build(t, ex.Build(), l)
			for _, c := range art28.Obligations {
				s := findSection(d.Sections, c.Clause)
				if s == nil || (len(s.Blocks) == 0 && len(s.Sections) == 0) {
					t.Errorf("%s/%s: Art. 28(3) %s: no clause %q", ex.Name, l, c.Item, c.Clause)
				}
			}
			for _, id := range []string{"annex-a-purpose", "annex-a-nature", "annex-a-data", "annex-a-subjects", "annex-a-duration"} {
				if findSection(d.Sections, id) == nil {
					t.Errorf("%s/%s: Annex A lacks %s", ex.Name, l, id)
				}
			}
		}
	}
}

// words returns the document's own text: every span but fallbacks (free
// text the parties wrote in another language), lower-cased.
func words(d *Document) string {
	var b strings.Builder
	add := func(sp []Span) {
		for _, s := range sp {
			if s.Kind != Fallback {
				b.WriteString(strings.ToLower(s.Text))
				b.WriteByte(' ')
			}
		}
	}
	b.WriteString(strings.ToLower(d.Title + " " + d.Subtitle + " "))
	stack := append([]*Section(nil), d.Sections...)
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.WriteString(strings.ToLower(s.Heading) + " ")
		for _, bl := range s.Blocks {
			switch bl := bl.(type) {
			case *Paragraph:
				add(bl.Spans)
			case *List:
				ls := []*List{bl}
				for len(ls) > 0 {
					l := ls[len(ls)-1]
					ls = ls[:len(ls)-1]
					for _, it := range l.Items {
						add(it.Spans)
						if it.Children != nil {
							ls = append(ls, it.Children)
						}
					}
				}
			case *Table:
				b.WriteString(strings.ToLower(strings.Join(bl.Header, " ")) + " ")
				for _, r := range bl.Rows {
					for _, c := range r {
						add(c)
					}
				}
			}
		}
		stack = append(stack, s.Sections...)
	}
	return b.String()
}

// terms are the words each language must use for controller, processor
// and sub-processor (DOMAIN.md §3), and words that must not appear.
var terms = map[i18n.Lang]struct{ must, never []string }{
	i18n.EN: {[]string{"controller", "processor", "sub-processor"}, []string{"personuppgiftsansvarig", "databehandler", "dataansvarlig"}},
	i18n.SV: {[]string{"personuppgiftsansvarig", "personuppgiftsbiträde", "underbiträde"},
		[]string{"dataansvarlig", "behandlingsansvarlig", "databehandler", "underdatabehandler", "controller", "processor"}},
	i18n.NB: {[]string{"behandlingsansvarlig", "databehandler", "underdatabehandler"},
		[]string{"dataansvarlig", "personuppgiftsansvarig", "personuppgiftsbiträde", "underbiträde", "controller", "processor"}},
	i18n.DA: {[]string{"dataansvarlig", "databehandler", "underdatabehandler"},
		[]string{"behandlingsansvarlig", "personuppgiftsansvarig", "personuppgiftsbiträde", "underbiträde", "controller", "processor"}},
}

// english are words that betray English in Nordic text.
var english = []string{"the", "and", "shall", "of", "with", "agreement", "personal data", "within", "which", "must"}

func containsWord(text, w string) bool {
	re := regexp.MustCompile(`(^|[^\p{L}])` + regexp.QuoteMeta(w) + `($|[^\p{L}])`)
	return re.MatchString(text)
}

func TestTerminology(t *testing.T) {
	for _, l := range i18n.Langs {
		// The catalogue itself, where no party text can hide a mistake.
		var cat strings.Builder
		for _, t := range builtin[langIndex(l)] {
			for _, p := range t {
				cat.WriteString(strings.ToLower(p.lit) + " ")
			}
		}
		for _, ex := range examples.All() {
			text := words(build(t, ex.Build(), l))
			for _, w := range terms[l].must {
				if !containsWord(text, w) && !strings.Contains(text, w) {
					t.Errorf("%s/%s never says %q", ex.Name, l, w)
				}
			}
			for _, w := range terms[l].never {
				if containsWord(text, w) {
					t.Errorf("%s/%s uses %q, another language's term", ex.Name, l, w)
				}
			}
		}
		if l == i18n.EN {
			continue
		}
		for _, w := range english {
			if containsWord(cat.String(), w) {
				t.Errorf("%s catalogue contains the English word %q", l, w)
			}
		}
	}
}

func TestMoney(t *testing.T) {
	m := func(amount, cur string) dpa.Money {
		return dpa.Money{Amount: decimal.RequireFromString(amount), Currency: cur}
	}
	for _, tc := range []struct {
		m      dpa.Money
		l      i18n.Lang
		want   string
		reason string
	}{
		{m("1250.00", "SEK"), i18n.SV, "1\u00a0250,00\u00a0kr", "sv groups with no-break space, comma decimal, kr after"},
		{m("950.00", "NOK"), i18n.NB, "950,00\u00a0kr", "nb writes kr for its own currency"},
		{m("1250.50", "DKK"), i18n.DA, "1.250,50\u00a0kr.", "da groups with a full stop; DKK is kr."},
		{m("1250.00", "SEK"), i18n.EN, "SEK\u00a01,250.00", "en puts the ISO code first"},
		{m("1234567.891", "EUR"), i18n.DA, "1.234.567,891\u00a0€", "the scale is kept, never rounded"},
		{m("-5", "SEK"), i18n.SV, "\u22125\u00a0kr", "sv minus is U+2212"},
		{m("12345678901234567890.5", "SEK"), i18n.EN, "SEK\u00a012345678901234567890.5", "digits beyond int64 are kept as they are"},
	} {
		if got := (&builder{ld: langFor(tc.l)}).money(tc.m); got != tc.want {
			t.Errorf("money(%s, %s) = %q, want %q (%s)", tc.m, tc.l, got, tc.want, tc.reason)
		}
	}
}

func TestDatesAndPeriods(t *testing.T) {
	d := civil.D(2026, 11, 22)
	for l, want := range map[i18n.Lang]string{i18n.EN: "22 November 2026", i18n.SV: "22 november 2026", i18n.NB: "22. november 2026", i18n.DA: "22. november 2026"} {
		if got := d.In(l); got != want {
			t.Errorf("Date.In(%s) = %q, want %q (CLDR long date, DOMAIN.md §6.2)", l, got, want)
		}
	}
	for _, tc := range []struct {
		p    civil.Period
		l    i18n.Lang
		want string
	}{
		{civil.Of(1, civil.Months), i18n.SV, "1\u00a0månad"},
		{civil.Of(3, civil.Months), i18n.SV, "3\u00a0månader"},
		{civil.Of(1, civil.Hours), i18n.NB, "1\u00a0time"},
		{civil.Of(24, civil.Hours), i18n.NB, "24\u00a0timer"},
		{civil.Of(1, civil.Days), i18n.DA, "1\u00a0dag"},
		{civil.Of(60, civil.Days), i18n.DA, "60\u00a0dage"},
	} {
		if got := tc.p.In(tc.l); got != tc.want {
			t.Errorf("%v in %s = %q, want %q (CLDR plural rules)", tc.p, tc.l, got, tc.want)
		}
	}
}

func TestCollation(t *testing.T) {
	for _, tc := range []struct {
		l    i18n.Lang
		want []string
		why  string
	}{
		{i18n.SV, []string{"Ål", "Ärlig", "Öst"}, "sv: å < ä < ö, last in the alphabet"},
		{i18n.DA, []string{"Ärlig", "Öst", "Ål", "Aarhus"}, "da: æ(ä) < ø(ö) < å, and aa sorts as å"},
		{i18n.NB, []string{"Ärlig", "Öst", "Ål", "Aarhus"}, "nb: as Danish, through CLDR's Norwegian rules"},
		{i18n.EN, []string{"Aarhus", "Ål", "Ärlig", "Öst"}, "en: accents are secondary"},
	} {
		names := []string{"Öst", "Aarhus", "Ål", "Ärlig"}
		if tc.l == i18n.SV {
			names = names[:1]
			names = append(names, "Ål", "Ärlig")
		}
		langFor(tc.l).sort(names)
		if diff := cmp.Diff(tc.want, names); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.why, diff)
		}
	}
}

func TestBlanks(t *testing.T) {
	// Seed 000 is final but leaves the breach hours blank: refused, then
	// rendered on request with the blanks visible.
	_, err := Build(examples.Seed000(), i18n.SV, Options{})
	var be *BlanksError
	if !errors.As(err, &be) {
		t.Fatalf("final seed000 with blank hours: err = %v, want *BlanksError", err)
	}
	for _, p := range []string{"/clauses/breachNotification/0/within", "/clauses/breachNotification/1/within"} {
		if !slices.Contains(be.Paths, p) {
			t.Errorf("BlanksError lacks %s: %v", p, be.Paths)
		}
	}
	var buf bytes.Buffer
	if err := Render(&buf, examples.Seed000(), i18n.SV, HTML, Options{AllowBlanks: true}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), `class="blank"`); n < 2 {
		t.Errorf("seed000 HTML shows %d blanks, want the breach hours visible", n)
	}
	// A draft always renders; its blanks are visible in every format.
	for _, f := range Formats {
		buf.Reset()
		if err := Render(&buf, examples.Seed003(), i18n.NB, f, Options{}); err != nil {
			t.Fatalf("draft seed003 as %s: %v", f, err)
		}
		marker := map[Format]string{Markdown: `\_\_\_\_\_`, HTML: `class="blank"`, Text: "[_____ "}[f]
		if !strings.Contains(buf.String(), marker) {
			t.Errorf("draft seed003 as %s shows no blank", f)
		}
	}
}

func TestLanguages(t *testing.T) {
	var buf bytes.Buffer
	for tag, want := range map[string]string{"no": `lang="nb"`, "nn": `lang="nb"`, "nb-NO": `lang="nb"`, "sv-SE": `lang="sv"`, "da": `lang="da"`, "en-GB": `lang="en"`} {
		buf.Reset()
		l, err := i18n.Match(tag)
		if err != nil {
			t.Fatalf("%s: %v", tag, err)
		}
		if err := Render(&buf, examples.Seed004(), l, HTML, Options{}); err != nil {
			t.Fatalf("%s: %v", tag, err)
		}
		if !strings.Contains(buf.String(), want) {
			t.Errorf("tag %s: HTML lacks %s", tag, want)
		}
	}
	var ue *i18n.UnsupportedError
	for _, err := range []error{
		Render(&buf, examples.Seed004(), "fi", HTML, Options{}),
		Parallel(&buf, examples.Seed004(), i18n.SV, "fi", Options{}),
		func() error { _, err := Build(examples.Seed004(), "fi", Options{}); return err }(),
	} {
		if !errors.As(err, &ue) || ue.Tag != "fi" {
			t.Errorf("fi: err = %v, want an *i18n.UnsupportedError for fi", err)
		}
	}
}

func TestOptions(t *testing.T) {
	d, err := Build(examples.Seed004(), i18n.DA, Options{Annexes: []Annex{AnnexB, AnnexE}, NoNumbering: true, TOC: true})
	if err != nil {
		t.Fatal(err)
	}
	if findSection(d.Sections, "annex-a") != nil || findSection(d.Sections, "annex-b") == nil || findSection(d.Sections, "annex-e") == nil {
		t.Error("Annexes option: want B and E only")
	}
	for _, s := range d.Sections {
		if !s.Annex && s.Number != "" {
			t.Errorf("NoNumbering: section %s numbered %q", s.ID, s.Number)
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, d, HTML); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<nav class="toc">`) {
		t.Error("TOC option: no table of contents")
	}
	d, _ = Build(examples.Seed004(), i18n.DA, Options{Annexes: []Annex{}})
	for _, s := range d.Sections {
		if s.Annex {
			t.Errorf("empty Annexes: found %s", s.ID)
		}
	}
}

func TestParallel(t *testing.T) {
	var buf bytes.Buffer
	if err := Parallel(&buf, examples.Reference(), i18n.SV, i18n.EN, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`<td lang="sv">`, `<td lang="en">`, lookup(i18n.SV, kHBreach, nil), lookup(i18n.EN, kHBreach, nil)} {
		if !strings.Contains(out, want) {
			t.Errorf("parallel rendering lacks %q", want)
		}
	}
	ids := regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(out, -1)
	seen := map[string]bool{}
	for _, m := range ids {
		if seen[m[1]] {
			t.Errorf("parallel rendering repeats id %q", m[1])
		}
		seen[m[1]] = true
	}
}

func TestConcurrent(t *testing.T) {
	type job struct {
		ex string
		l  i18n.Lang
		f  Format
	}
	want := map[job]string{}
	var jobs []job
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			for _, f := range Formats {
				j := job{ex.Name, l, f}
				var buf bytes.Buffer
				if err := Render(&buf, ex.Build(), l, f, Options{AllowBlanks: true}); err != nil {
					t.Fatal(err)
				}
				want[j] = buf.String()
				jobs = append(jobs, j)
			}
		}
	}
	byName := map[string]func() *dpa.Agreement{}
	for _, ex := range examples.All() {
		byName[ex.Name] = ex.Build
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(jobs)*4)
	for range 4 {
		for _, j := range jobs {
			wg.Go(func() {
				var buf bytes.Buffer
				if err := Render(&buf, byName[j.ex](), j.l, j.f, Options{AllowBlanks: true}); err != nil {
					errs <- err.Error()
					return
				}
				if buf.String() != want[j] {
					errs <- fmt.Sprintf("%v differs when rendered concurrently", j)
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestGolden(t *testing.T) {
	ext := map[Format]string{Markdown: "md", HTML: "html", Text: "txt"}
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			for _, f := range Formats {
				name := ex.Name + "." + string(l) + "." + ext[f]
				t.Run(name, func(t *testing.T) {
					var buf bytes.Buffer
					if err := Render(&buf, ex.Build(), l, f, Options{AllowBlanks: true}); err != nil {
						t.Fatal(err)
					}
					path := filepath.Join("testdata", "golden", name)
					if *update {
						if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
							t.Fatal(err)
						}
						if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
							t.Fatal(err)
						}
						return
					}
					golden, err := os.ReadFile(path)
					if err != nil {
						t.Fatalf("%v (run go test ./render -update and read the files)", err)
					}
					if diff := cmp.Diff(string(golden), buf.String()); diff != "" {
						t.Errorf("%s is stale (-want +got); if the change is meant, run go test ./render -update and read git diff:\n%s", path, diff)
					}
				})
			}
		}
	}
}

// TestCatalogueArgs renders every example in every language and format
// and looks for a template slot left unfilled or a verb left in the text.
func TestCatalogueArgs(t *testing.T) {
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			for _, f := range Formats {
				var buf bytes.Buffer
				if err := Render(&buf, ex.Build(), l, f, Options{AllowBlanks: true}); err != nil {
					t.Fatalf("%s/%s/%s: %v", ex.Name, l, f, err)
				}
				if out := buf.String(); strings.Contains(out, missingArg) || strings.Contains(out, "%[") {
					t.Errorf("%s/%s/%s: a catalogue slot was not filled", ex.Name, l, f)
				}
			}
		}
	}
}

// TestMarkdownLineStart checks that text which Markdown would read as a
// list item or heading underline at the start of a line is escaped, also
// when the builder's spans split it: a number in one span and its full
// stop in the next.
func TestMarkdownLineStart(t *testing.T) {
	cases := []struct {
		spans []Span
		want  string
	}{
		{[]Span{{Text: "2024. Fees"}}, `2024\. Fees`},
		{[]Span{{Text: "2024"}, {Text: ". Fees"}}, `2024\. Fees`},
		{[]Span{{}, {Text: "20"}, {Text: "24"}, {Text: ") Fees"}}, `2024\) Fees`},
		{[]Span{{}, {Text: "- item"}}, `\- item`},
		{[]Span{{Text: "+"}, {Text: " item"}}, `\+ item`},
		{[]Span{{Text: "=="}}, `\==`},
		{[]Span{{Kind: Strong, Text: "2024"}, {Text: ". Fees"}}, `**2024**. Fees`},
		{[]Span{{Text: "Fees"}, {Text: "1. "}}, `Fees1. `},
		{[]Span{{Text: "12"}, {Text: "a."}}, `12a.`},
	}
	for _, c := range cases {
		d := &Document{Lang: i18n.EN, Title: "T", Subtitle: "S", Sections: []*Section{{ID: "s", Heading: "H",
			Blocks: []Block{&Paragraph{ID: "s-1", Spans: c.spans}}}}}
		var buf bytes.Buffer
		if err := Write(&buf, d, Markdown); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "\n\n"+c.want+"\n") {
			t.Errorf("spans %q: want a paragraph %q in\n%s", c.spans, c.want, buf.String())
		}
	}
}

// TestNil checks that every entry point returns its sentinel error for a
// nil argument instead of panicking (F9).
func TestNil(t *testing.T) {
	a := examples.Seed004()
	d, err := Build(a, i18n.SV, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	tests := []struct {
		name   string
		call   func() error
		want   error
		reason string
	}{
		{"Build/agreement", func() error { _, err := Build(nil, i18n.SV, Options{}); return err }, ErrNil, "no agreement to lay out"},
		{"Render/agreement", func() error { return Render(&buf, nil, i18n.SV, HTML, Options{}) }, ErrNil, "no agreement to render"},
		{"Render/writer", func() error { return Render(nil, a, i18n.SV, HTML, Options{}) }, ErrNilWriter, "nowhere to write"},
		{"Render/both", func() error { return Render(nil, nil, i18n.SV, HTML, Options{}) }, ErrNil, "the agreement is checked first"},
		{"Write/document", func() error { return Write(&buf, nil, Markdown) }, ErrNilDocument, "no document to write"},
		{"Write/writer", func() error { return Write(nil, d, Text) }, ErrNilWriter, "nowhere to write"},
		{"Parallel/agreement", func() error { return Parallel(&buf, nil, i18n.SV, i18n.EN, Options{}) }, ErrNil, "no agreement to render"},
		{"Parallel/writer", func() error { return Parallel(nil, a, i18n.SV, i18n.EN, Options{}) }, ErrNilWriter, "nowhere to write"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic: %v (%s)", r, tt.reason)
					}
				}()
				err = tt.call()
			}()
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v (%s)", err, tt.want, tt.reason)
			}
		})
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written by calls that failed", buf.Len())
	}
}

// blankMarker is how each format shows a blank.
var blankMarker = map[Format]string{Markdown: `**\[\_\_\_\_\_ `, HTML: `class="blank"`, Text: "[_____ "}

// TestInvisibleBlanks checks that required text a reader cannot see (only
// controls, zero-width, bidi or white space) is a blank like empty text
// (F2): a final agreement refuses to render with the field's path in the
// BlanksError, and a draft shows a blank in every format.
func TestInvisibleBlanks(t *testing.T) {
	invisible := []struct{ s, reason string }{
		{"", "empty, the reference case"},
		{"\u0001", "a control character, which clean turns into a space"},
		{"\u200b", "a zero-width space"},
		{"\u202e\u2066", "bidi controls, which clean removes"},
		{" \t\u00a0\u3000", "white space of several kinds"},
		{"\ufeff\u200d", "a byte-order mark and a zero-width joiner"},
	}
	fields := []struct {
		path string
		set  func(a *dpa.Agreement, s string)
	}{
		{"/processor/name", func(a *dpa.Agreement, s string) { a.Processor.Name = s }},
		{"/controllers/0/name", func(a *dpa.Agreement, s string) { a.Controllers[0].Name = s }},
		{"/annexes/b/entries/0/name", func(a *dpa.Agreement, s string) { a.Annexes.B.Entries[0].Name = s }},
		{"/annexes/a/purpose", func(a *dpa.Agreement, s string) { a.Annexes.A.Purpose = i18n.Text{EN: s, SV: s, NB: s, DA: s} }},
		{"/annexes/a/groups/0/name", func(a *dpa.Agreement, s string) { a.Annexes.A.Groups[0].Name = i18n.Text{SV: s} }},
	}
	drafts := map[Format]int{}  // blanks shown in the draft with every field filled in
	draft := examples.Seed004() // a draft
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Render(&buf, draft, i18n.NB, format, Options{}); err != nil {
			t.Fatal(err)
		}
		drafts[format] = strings.Count(buf.String(), blankMarker[format])
	}
	for _, f := range fields {
		for _, in := range invisible {
			// seed004 is a draft, as its seed; signed as it stands, it has
			// no blank the renderer refuses (law and venue follow the main
			// agreement, the return has no deadline).
			a := examples.Seed004()
			a.Status = dpa.Final
			if _, err := Build(a, i18n.SV, Options{}); err != nil {
				t.Fatalf("seed004 as final: %v", err)
			}
			f.set(a, in.s)
			_, err := Build(a, i18n.NB, Options{})
			var be *BlanksError
			if !errors.As(err, &be) || !slices.Contains(be.Paths, f.path) {
				t.Errorf("final, %s = %+q (%s): err = %v, want a *BlanksError with %s", f.path, in.s, in.reason, err, f.path)
			}
			a.Status = dpa.Draft
			d, err := Build(a, i18n.NB, Options{})
			if err != nil || !slices.Contains(d.Blanks, f.path) {
				t.Fatalf("draft, %s = %+q (%s): err = %v, Document.Blanks lacks it", f.path, in.s, in.reason, err)
			}
			for _, format := range Formats {
				var buf bytes.Buffer
				if err := Write(&buf, d, format); err != nil {
					t.Fatal(err)
				}
				if got := strings.Count(buf.String(), blankMarker[format]); got <= drafts[format] {
					t.Errorf("draft, %s = %+q (%s) as %s: %d blanks shown, as many as with the field filled in", f.path, in.s, in.reason, format, got)
				}
			}
		}
	}
}

// plainText joins the text of spans.
func plainText(sp []Span) string {
	var b strings.Builder
	for _, s := range sp {
		b.WriteString(s.Text)
	}
	return b.String()
}

// TestFallbacks checks the record and the marks of text shown in another
// language (new-user 11): FellBack names each path once, though Annex A
// shows a group's name twice, and a title from another language is marked
// in every format as fallback text is.
func TestFallbacks(t *testing.T) {
	a := examples.Reference()
	walkStrings(a, func(path func() string) (string, bool) { // Swedish text only, as in the review
		p := path()
		return "", strings.HasSuffix(p, ".EN") || strings.HasSuffix(p, ".NB") || strings.HasSuffix(p, ".DA")
	})
	for _, l := range []i18n.Lang{i18n.NB, i18n.DA, i18n.EN} {
		d := build(t, a, l)
		seen := map[string]bool{}
		for _, p := range d.FellBack {
			if seen[p] {
				t.Errorf("%s: FellBack lists %s twice", l, p)
			}
			seen[p] = true
		}
		for _, p := range []string{"/title", "/annexes/a/groups/0/name"} {
			if !seen[p] {
				t.Errorf("%s: FellBack lacks %s: %v", l, p, d.FellBack)
			}
		}
		if d.TitleLang != i18n.SV {
			t.Errorf("%s: TitleLang = %q, want sv", l, d.TitleLang)
		}
		for _, tc := range []struct {
			f      Format
			prefix string
		}{
			{Markdown, "# *(sv)* "},
			{HTML, `<h1><span class="fallback" lang="sv"><span class="lang">[sv]</span>`},
			{Text, "(sv) "},
		} {
			var buf bytes.Buffer
			if err := Write(&buf, d, tc.f); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if tc.f == HTML {
				out = out[strings.Index(out, "<h1>"):]
			}
			if !strings.HasPrefix(out, tc.prefix) {
				t.Errorf("%s/%s: the title is not marked as Swedish: %.80q", l, tc.f, out)
			}
		}
	}
	if d := build(t, a, i18n.SV); d.TitleLang != "" || len(d.FellBack) != 0 {
		t.Errorf("sv: TitleLang = %q, FellBack = %v; want none in the agreement's own language", d.TitleLang, d.FellBack)
	}
}

// TestHeadingFallbacks checks that a free-text heading (Annex D) from
// another language is marked as fallback text is, in every format and in
// the side-by-side rendering, and that a missing one is marked as a blank.
func TestHeadingFallbacks(t *testing.T) {
	a := examples.Seed000() // Annex D in Swedish only
	d := build(t, a, i18n.DA)
	var heads []*Section
	for _, s := range d.Sections {
		if s.ID == "annex-d" {
			heads = s.Sections
		}
	}
	if len(heads) == 0 || heads[0].HeadingKind != Fallback || heads[0].HeadingLang != i18n.SV {
		t.Fatalf("da: the first Annex D heading is not a Swedish fallback: %+v", heads)
	}
	if !slices.Contains(d.FellBack, "/annexes/d/0/heading") {
		t.Errorf("da: FellBack lacks /annexes/d/0/heading: %v", d.FellBack)
	}
	h := heads[0].Heading
	for _, tc := range []struct {
		f    Format
		want string
	}{
		{Markdown, "### D.1 *(sv)* " + h},
		{HTML, `<h3>D.1 <span class="fallback" lang="sv"><span class="lang">[sv]</span>` + h},
		{Text, "D.1 (sv) " + h},
	} {
		var buf bytes.Buffer
		if err := Write(&buf, d, tc.f); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), tc.want) {
			t.Errorf("da/%s: no %q", tc.f, tc.want)
		}
	}
	var buf bytes.Buffer
	if err := Parallel(&buf, a, i18n.SV, i18n.DA, Options{AllowBlanks: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `D.1 <span class="fallback" lang="sv">`) {
		t.Error("parallel sv|da: the Danish column's Annex D heading is not marked as Swedish")
	}
	a.Annexes.D[0].Heading = i18n.Text{}
	a.Status = dpa.Draft
	if s := build(t, a, i18n.SV); !slices.ContainsFunc(s.Sections, func(s *Section) bool {
		return s.ID == "annex-d" && s.Sections[0].HeadingKind == Blank
	}) {
		t.Error("sv: a missing Annex D heading is not marked as a blank")
	}
}

// TestEndOfServiceWording checks that the deadline and confirmation
// paragraphs of the end-of-service clause cover both routes whichever one
// the agreement chose when it was made, since the controller may switch
// by written notice (review 10 en R1: a return-first agreement set no
// period and no confirmation for a deletion chosen later).
func TestEndOfServiceWording(t *testing.T) {
	tests := []struct {
		action            dpa.EndAction
		deadline, confirm key
		reason            string
	}{
		{dpa.Delete, kDeletionDeadline, kDeletionConfirmEither, "deletion first, return on notice"},
		{dpa.Return, kDeletionDeadline, kDeletionConfirmEither, "return first, deletion on notice"},
		{dpa.ControllerChooses, kDeletionDeadline, kDeletionConfirmEither, "either, as the controller chooses"},
	}
	for _, tt := range tests {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Clauses.EndOfService.Action = tt.action
			d := build(t, a, l)
			s := findSection(d.Sections, "deletion")
			var got []string
			backups := ""
			for _, b := range s.Blocks {
				p := b.(*Paragraph)
				got = append(got, plainText(p.Spans))
				if t := got[len(got)-1]; strings.HasPrefix(t, prefixOf(l, kDeletionBackupsDefault)) || strings.HasPrefix(t, prefixOf(l, kDeletionBackups)) {
					backups = p.Number
				}
			}
			e := a.Clauses.EndOfService
			args := []string{spelledIn(e.ConfirmWithin, l)}
			// The copies it may keep are those of the first paragraph
			// and the one on backups (review 8 sv R2).
			args = append(args, lookup(l, kDeletionKeptTwo, []string{s.Blocks[0].(*Paragraph).Number, backups}))
			want := []string{lookup(l, tt.deadline, []string{spelledIn(e.Deadline, l)}), lookup(l, tt.confirm, args)}
			// The deadline comes after the action (and, when the
			// controller chooses, after the default choice); the
			// confirmation follows it.
			k := slices.Index(got, want[0])
			if k < 0 || k+2 > len(got) {
				t.Errorf("%s, %s (%s): no deadline paragraph %q in %q", tt.action, l, tt.reason, want[0], got)
				continue
			}
			if diff := cmp.Diff(want, got[k:k+2]); diff != "" {
				t.Errorf("%s, %s (%s): deadline and confirmation (-want +got):\n%s", tt.action, l, tt.reason, diff)
			}
		}
	}
}

// TestSubProcessorOrder checks that sub-processors are listed in the order
// the agreement gives them, not sorted, in Annex B and among siblings in
// the chain of Annex E, in every language (new-user 11).
func TestSubProcessorOrder(t *testing.T) {
	a := examples.Reference()
	a.Annexes.B.Entries = []annex.SubProcessor{subProcessor(0, ""), subProcessor(1, ""), subProcessor(2, "")}
	for i, name := range []string{"Öresund Drift AB", "Beta Hosting AB", "Alfa Data AB"} {
		a.Annexes.B.Entries[i].Name = name
	}
	a.Annexes.B.Entries = append(a.Annexes.B.Entries, annex.SubProcessor{Name: "Zeta AB", EngagedBy: "nobody"}, annex.SubProcessor{Name: "Aaa AB", EngagedBy: "nobody"})
	want := []string{"Öresund Drift AB", "Beta Hosting AB", "Alfa Data AB", "Zeta AB", "Aaa AB"}
	for _, l := range i18n.Langs {
		d := build(t, a, l)
		var got []string
		for _, row := range findTable(t, findSection(d.Sections, "annex-b-list")).Rows {
			got = append(got, plainText(row[0]))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Annex B rows (-want +got):\n%s", l, diff)
		}
		e := findSection(d.Sections, "annex-e")
		tree := e.Blocks[1].(*List)
		got = nil
		for _, it := range tree.Items[0].Children.Items {
			got = append(got, plainText(it.Spans[:1]))
		}
		if diff := cmp.Diff(want[:3], got); diff != "" {
			t.Errorf("%s: Annex E siblings (-want +got):\n%s", l, diff)
		}
		got = nil
		for _, it := range e.Blocks[len(e.Blocks)-1].(*List).Items {
			got = append(got, plainText(it.Spans))
		}
		if diff := cmp.Diff(want[3:], got); diff != "" {
			t.Errorf("%s: Annex E broken links (-want +got):\n%s", l, diff)
		}
	}
}

// findTable returns the first table of s.
func findTable(t *testing.T, s *Section) *Table {
	t.Helper()
	if s != nil {
		for _, b := range s.Blocks {
			if tb, ok := b.(*Table); ok {
				return tb
			}
		}
	}
	t.Fatal("no table")
	return nil
}

// TestDefinitionsFollowGoverningLaw checks that the clause defining the
// GDPR follows the governing law, not the reading language (new-user 4):
// the Norwegian act is named only when Norwegian law governs, in every
// language, and the neutral clause of no language names a national act.
func TestDefinitionsFollowGoverningLaw(t *testing.T) {
	tests := []struct {
		law    transfer.Country
		key    key
		reason string
	}{
		{"NO", kPartiesTermsNo, "Norwegian law: the GDPR applies as Norwegian law through personopplysningsloven"},
		{"SE", kPartiesTerms, "Swedish law: no Norwegian act, whatever the language"},
		{"DK", kPartiesTerms, "Danish law"},
		{"", kPartiesTerms, "no governing law given: the main agreement's"},
	}
	for _, tt := range tests {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Clauses.GoverningLaw = tt.law
			d := build(t, a, l)
			got := plainText(findSection(d.Sections, "parties").Blocks[2].(*Paragraph).Spans)
			if want := lookup(l, tt.key, nil); got != want {
				t.Errorf("%q, %s (%s): clause 1.2 = %q, want the text of %s", tt.law, l, tt.reason, got, tt.key)
			}
		}
	}
	for _, l := range i18n.Langs {
		if s := lookup(l, kPartiesTerms, nil); strings.Contains(strings.ToLower(s), "personopplysningslov") {
			t.Errorf("%s: the neutral definitions name the Norwegian act: %q", l, s)
		}
	}
}

// TestAnnexBTermsFollowClause7 checks that Annex B.1 lists the terms clause
// 7 applies and no others (nb R21, sv R20): a specific authorisation without
// agreed periods has no period rows, a general one whose notice is bounded
// by the time to object says so in its notice row (seed000: notice in
// advance, effective when the time to object has run), and sub-processors
// authorised otherwise than the rest have a row of their own that names them.
func TestAnnexBTermsFollowClause7(t *testing.T) {
	tests := []struct {
		name  string
		a     *dpa.Agreement
		rows  int
		entry string // a name the second row must hold, or ""
	}{
		{"specific, no periods", examples.Seed003(), 1, ""},
		{"general, notice bounded by the objection window, one entry specific", examples.Seed000(), 4, "Inera AB"},
		{"general with both periods", examples.Reference(), 3, ""},
	}
	for _, tt := range tests {
		for _, l := range i18n.Langs {
			d := build(t, tt.a, l)
			tb := findTable(t, findSection(d.Sections, "annex-b-terms"))
			if len(tb.Rows) != tt.rows {
				t.Errorf("%s, %s: B.1 has %d rows, want %d", tt.name, l, len(tb.Rows), tt.rows)
				continue
			}
			if tt.entry == "" {
				continue
			}
			var got strings.Builder
			for _, cell := range tb.Rows[1] {
				for _, sp := range cell {
					got.WriteString(sp.Text)
				}
			}
			if !strings.Contains(got.String(), tt.entry) {
				t.Errorf("%s, %s: B.1 row 2 is %q, want it to name %s", tt.name, l, got.String(), tt.entry)
			}
		}
	}
}

// TestUnnamedPartyKeepsItsLines checks that a party not yet named (seed003's
// processor) keeps its party cell in every contact row and a line to fill
// in in its signature block (nb R16, da R18).
func TestUnnamedPartyKeepsItsLines(t *testing.T) {
	for _, l := range i18n.Langs {
		d := build(t, examples.Seed003(), l)
		for i, row := range findTable(t, findSection(d.Sections, "contacts")).Rows {
			var party strings.Builder
			if len(row) > 0 {
				for _, sp := range row[0] {
					party.WriteString(sp.Text)
				}
			}
			if strings.TrimSpace(party.String()) == "" {
				t.Errorf("%s: contact row %d has no party", l, i)
			}
		}
		s := findSection(d.Sections, "signatures")
		if s == nil {
			t.Fatalf("%s: no signatures section", l)
		}
		for _, bl := range s.Blocks {
			if sig, ok := bl.(*Signatures); ok {
				for i, sb := range sig.Blocks {
					if sb.Party == "" {
						t.Errorf("%s: signature block %d has no party line", l, i)
					}
				}
			}
		}
	}
}

// TestDraftAnnexAShowsEveryKind checks that Annex A.3 of a draft without
// groups of data subjects (seed003) still has a field to fill in for every
// kind of personal data (da R3).
func TestDraftAnnexAShowsEveryKind(t *testing.T) {
	for _, l := range i18n.Langs {
		tb := findTable(t, findSection(build(t, examples.Seed003(), l).Sections, "annex-a-data"))
		if len(tb.Rows) != 1 {
			t.Fatalf("%s: A.3 has %d rows, want 1", l, len(tb.Rows))
		}
		for i, c := range tb.Rows[0] {
			if len(c) == 0 {
				t.Errorf("%s: A.3 column %d (%s) has nothing to fill in", l, i, tb.Header[i])
			}
		}
	}
}
