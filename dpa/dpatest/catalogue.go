package dpatest

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/art28"
	"github.com/dpakit/dpakit/internal/visible"
	"github.com/dpakit/dpakit/render"
)

// CoversArt28 fails t unless a company's wording still carries every
// clause GDPR Art. 28(3) requires: it renders every example agreement
// ([examples.All]) in every language with w, and each obligation's clause
// must be there, with a heading and with text a reader can see in every
// paragraph and list item. A failure names the example, the language, the
// point of Art. 28(3) and the clause's id, and the paragraph. A nil w
// checks dpakit's own wording.
//
// It checks the form, not the law: whether the company's sentences still
// say what Art. 28(3) requires is for its lawyers to judge.
func CoversArt28(t testing.TB, w *render.Wording) {
	t.Helper()
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			d, err := render.Build(ex.Build(), l, render.Options{Wording: w, AllowBlanks: true})
			if err != nil {
				t.Fatalf("dpatest: %s/%s: %v", ex.Name, l, err)
			}
			for _, o := range art28.Obligations {
				s := findClause(d.Sections, o.Clause)
				if s == nil {
					t.Errorf("dpatest: %s/%s: Art. 28(3) %s: no clause %q", ex.Name, l, o.Item, o.Clause)
					continue
				}
				for _, p := range emptyParts(s) {
					t.Errorf("dpatest: %s/%s: Art. 28(3) %s: clause %q: %s has no text", ex.Name, l, o.Item, o.Clause, p)
				}
			}
		}
	}
}

// findClause returns the section with id, searching subsections too.
func findClause(secs []*render.Section, id string) *render.Section {
	for _, s := range secs {
		if s.ID == id {
			return s
		}
		if f := findClause(s.Sections, id); f != nil {
			return f
		}
	}
	return nil
}

// emptyParts names the parts of s and its subsections that a reader would
// see as empty: a heading, a paragraph or a list item.
func emptyParts(s *render.Section) []string {
	var out []string
	if visible.Blank(s.Heading) {
		out = append(out, "the heading of "+s.ID)
	}
	for i, b := range s.Blocks {
		switch b := b.(type) {
		case *render.Paragraph:
			if blankSpans(b.Spans) {
				out = append(out, "paragraph "+name(s, b.Number, i))
			}
		case *render.List:
			for j, it := range b.Items {
				if blankSpans(it.Spans) {
					out = append(out, "list item "+strconv.Itoa(j+1)+" of "+name(s, "", i))
				}
			}
		}
	}
	for _, sub := range s.Sections {
		out = append(out, emptyParts(sub)...)
	}
	return out
}

// name names block i of s: by its number, or by its place in the section.
func name(s *render.Section, number string, i int) string {
	if number != "" {
		return number
	}
	return "block " + strconv.Itoa(i+1) + " of " + s.ID
}

func blankSpans(spans []render.Span) bool {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return visible.Blank(b.String())
}
