package render

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// TestLanguagesAgree renders every example in the four languages and
// compares, clause by clause, what carries legal weight (legal-en-cross.md,
// divergences x 1–x 6): which sections, paragraphs, lists, list items,
// table rows and signature blocks are present, with their ids and numbers;
// every number in each paragraph, item and cell (periods, dates, amounts,
// clause references, organisation numbers), whatever the language's
// separators; and, for every party and sub-processor name, the paragraphs
// that name it. A clause that states a period in one language and not in
// another, or an item one version lists and another leaves out, fails
// here.
func TestLanguagesAgree(t *testing.T) {
	for _, ex := range examples.All() {
		t.Run(ex.Name, func(t *testing.T) {
			a := ex.Build()
			names := partyNames(a)
			var base legalShape
			for i, l := range i18n.Langs {
				d, err := Build(a, l, Options{AllowBlanks: true})
				if err != nil {
					t.Fatal(err)
				}
				got := shapeOf(d, names)
				if i == 0 {
					base = got
					continue
				}
				if diff := cmp.Diff(base, got); diff != "" {
					t.Errorf("%s and %s differ in what carries legal weight (-%s +%s):\n%s", i18n.Langs[0], l, i18n.Langs[0], l, diff)
				}
			}
		})
	}
}

// TestLanguagesAgreeFails checks that the comparison of TestLanguagesAgree
// notices what it is for: a period that differs, a list item left out and
// a party named in a different clause.
func TestLanguagesAgreeFails(t *testing.T) {
	names := []string{"Acme AB"}
	doc := func(period string, items int, nameIn string) *Document {
		l := &List{ID: "l"}
		for range items {
			l.Items = append(l.Items, ListItem{Spans: []Span{{Text: "item"}}})
		}
		return &Document{Sections: []*Section{{ID: "s", Number: "1", Blocks: []Block{
			&Paragraph{ID: "p1", Number: "1.1", Spans: []Span{{Text: "within " + period + " days"}}},
			&Paragraph{ID: "p2", Number: "1.2", Spans: []Span{{Text: "to " + nameIn}}},
			l,
		}}}}
	}
	want := shapeOf(doc("30", 2, "Acme AB"), names)
	for _, c := range []struct {
		name, reason string
		d            *Document
	}{
		{"period", "a period of 14 days against 30", doc("14", 2, "Acme AB")},
		{"item", "a list with one item against two", doc("30", 1, "Acme AB")},
		{"name", "the party not named in 1.2", doc("30", 2, "the supplier")},
		{"grouping", "10 000 (with a no-break space) against 30", doc("10\u00a0000", 2, "Acme AB")},
	} {
		if cmp.Equal(want, shapeOf(c.d, names)) {
			t.Errorf("%s: the shapes compare equal, but %s", c.name, c.reason)
		}
	}
	if !cmp.Equal(shapeOf(doc("10,000.50", 2, "Acme AB"), names), shapeOf(doc("10.000,50", 2, "Acme AB"), names)) {
		t.Error("10,000.50 and 10.000,50 compare unequal: the separators of the language must not count")
	}
}

// legalShape is what TestLanguagesAgree compares: one line per section,
// block, list item, table row and signature block, in document order, and
// the paragraphs that name each party.
type legalShape struct {
	Lines []string
	Named map[string][]string // party name → the blocks whose text names it
}

// shapeOf reduces d to its legalShape.
func shapeOf(d *Document, names []string) legalShape {
	s := legalShape{Named: map[string][]string{}}
	var walk func(secs []*Section)
	walk = func(secs []*Section) {
		for _, sec := range secs {
			s.Lines = append(s.Lines, fmt.Sprintf("section %s %s annex=%v", sec.ID, sec.Number, sec.Annex))
			for bi, b := range sec.Blocks {
				where := fmt.Sprintf("%s/%d", sec.ID, bi)
				switch b := b.(type) {
				case *Paragraph:
					text := spansText(b.Spans)
					s.Lines = append(s.Lines, fmt.Sprintf("paragraph %s %s %v", b.ID, b.Number, numbers(text)))
					s.name(names, where, text)
				case *List:
					s.Lines = append(s.Lines, fmt.Sprintf("list %s ordered=%v", b.ID, b.Ordered))
					eachItem(b, func(it ListItem, _ *List, n, depth int) {
						text := spansText(it.Spans)
						s.Lines = append(s.Lines, fmt.Sprintf("item %d.%d %v", depth, n, numbers(text)))
						s.name(names, fmt.Sprintf("%s/%d.%d", where, depth, n), text)
					})
				case *Table:
					s.Lines = append(s.Lines, fmt.Sprintf("table %s columns=%d", b.ID, len(b.Header)))
					for ri, row := range b.Rows {
						var cells []string
						for _, c := range row {
							text := spansText(c)
							cells = append(cells, fmt.Sprint(numbers(text)))
							s.name(names, fmt.Sprintf("%s/row%d", where, ri), text)
						}
						s.Lines = append(s.Lines, fmt.Sprintf("row %d %s", ri, strings.Join(cells, " | ")))
					}
				case *Signatures:
					for _, sb := range b.Blocks {
						s.Lines = append(s.Lines, fmt.Sprintf("signature %q %q", sb.Party, sb.Name))
					}
				}
			}
			walk(sec.Sections)
		}
	}
	walk(d.Sections)
	for k, v := range s.Named {
		s.Named[k] = slices.Compact(v)
	}
	return s
}

// name records where text names one of names.
func (s *legalShape) name(names []string, where, text string) {
	for _, n := range names {
		if strings.Contains(text, n) {
			s.Named[n] = append(s.Named[n], where)
		}
	}
}

// spansText joins the text of spans.
func spansText(spans []Span) string {
	var b strings.Builder
	for _, sp := range spans {
		b.WriteString(sp.Text)
	}
	return b.String()
}

// numbers returns the numbers of text, sorted (word order differs between
// languages) and each once (one language may cite "Article 28(2) and (4)"
// where another repeats the 28), each as its digits only: grouping and decimal separators
// differ between languages ("10 000,50", "10.000,50", "10,000.50"), so
// groups of thousands joined by a space, a no-break space, a full stop or
// a comma count as one number, and decimals as a number of their own.
// The GDPR's own number, 2016/679, is left out: it names the regulation,
// which a language may do in the title or in the definitions.
func numbers(text string) []string {
	var out []string
	r := []rune(strings.ReplaceAll(text, "2016/679", ""))
	for i := 0; i < len(r); {
		if !unicode.IsDigit(r[i]) {
			i++
			continue
		}
		var b strings.Builder
		for i < len(r) {
			if unicode.IsDigit(r[i]) {
				b.WriteRune(r[i])
				i++
				continue
			}
			if isNumberSeparator(r[i]) && i+1 < len(r) && unicode.IsDigit(r[i+1]) && groupFollows(r, i+1) {
				i++
				continue
			}
			break
		}
		out = append(out, b.String())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isNumberSeparator reports whether c may group or separate the digits of
// one number in one of our languages.
func isNumberSeparator(c rune) bool {
	switch c {
	case ' ', '\u00a0', '\u202f', '.', ',':
		return true
	}
	return false
}

// groupFollows reports whether the digits at r[i:] continue a number as
// its next group of thousands: exactly three digits ("10 000", "10.000",
// "10,000"). Anything else starts a number of its own, so "1 2026" in
// "1 December 2026", the "3" of "28.3" (article 28(3) in Nordic style) and
// the decimals of "10.000,50" and "10,000.50" come out alike in every
// language.
func groupFollows(r []rune, i int) bool {
	n := 0
	for i+n < len(r) && unicode.IsDigit(r[i+n]) {
		n++
	}
	return n == 3 && (i+n == len(r) || !unicode.IsDigit(r[i+n]))
}

// partyNames returns the names of the parties and sub-processors of a that
// are long enough to find in text without matching common words.
func partyNames(a *dpa.Agreement) []string {
	set := map[string]bool{}
	add := func(n string) {
		if n = strings.TrimSpace(n); len(n) > 3 {
			set[n] = true
		}
	}
	for _, p := range a.Controllers {
		add(p.Name)
	}
	add(a.Processor.Name)
	for _, e := range a.Annexes.B.Entries {
		add(e.Name)
	}
	return slices.Sorted(maps.Keys(set))
}
