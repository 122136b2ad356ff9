package examples_test

// This file is a company's own wording of two clauses, in the four
// languages, used in place of dpakit's. ACME Group and its sentences are
// invented; the pattern is what a legal team would copy:
//
//   - one file per language, {lang}/messages.gotext.json, in the shape of
//     render/locales (see its README.md), holding only the clauses the
//     company words itself; in a real project a directory read with
//     os.DirFS, here a map so that the example is one file;
//   - render.LoadWording checks the files (every language, known ids, the
//     placeholders of dpakit's English text) and Options.Wording uses them;
//   - dpatest.CoversArt28 in the company's tests keeps every clause
//     Art. 28(3) GDPR requires in the wording.

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// acmeTexts are ACME's sentences for the two clauses: the breach deadline,
// which adds notice by telephone and keeps dpakit's {Deadline} (the
// sentence is the whole duty to notify, so it keeps "without undue delay"
// too), and the
// survival of confidentiality, which adds "without limit in time".
var acmeTexts = map[i18n.Lang][2]string{
	i18n.EN: {
		"The processor shall notify the controller of a personal data breach by telephone and in writing without undue delay and at the latest within {Deadline} after becoming aware of it.",
		"The duty of confidentiality continues without limit in time after this agreement has ended.",
	},
	i18n.SV: {
		"Personuppgiftsbiträdet ska underrätta den personuppgiftsansvarige om en personuppgiftsincident per telefon och skriftligen utan onödigt dröjsmål och senast inom {Deadline} efter att ha fått vetskap om den.",
		"Tystnadsplikten gäller utan tidsgräns även sedan detta avtal har upphört.",
	},
	i18n.NB: {
		"Databehandleren skal varsle den behandlingsansvarlige om et brudd på personopplysningssikkerheten per telefon og skriftlig uten ugrunnet opphold og senest innen {Deadline} etter å ha fått kjennskap til bruddet.",
		"Taushetsplikten gjelder uten tidsbegrensning også etter at denne avtalen er opphørt.",
	},
	i18n.DA: {
		"Databehandleren skal underrette den dataansvarlige om et brud på persondatasikkerheden telefonisk og skriftligt uden unødig forsinkelse og senest inden for {Deadline} efter at være blevet opmærksom på det.",
		"Tavshedspligten gælder uden tidsbegrænsning, også efter at denne aftale er ophørt.",
	},
}

// acmeFiles are ACME's wording files.
func acmeFiles() fstest.MapFS {
	fsys := fstest.MapFS{}
	for l, t := range acmeTexts {
		fsys[string(l)+"/messages.gotext.json"] = &fstest.MapFile{Data: fmt.Appendf(nil, `{
	"language": %q,
	"messages": [
		{
			"id": "breach.deadline.breach",
			"message": "The processor shall notify the controller of a personal data breach without undue delay and at the latest within {Deadline} after becoming aware of it.",
			"translation": %q,
			"comment": "ACME policy 4.2: notice by telephone as well. GDPR Art. 33(2).",
			"placeholders": [{"id": "Deadline", "string": "%%[1]s", "type": "string", "underlyingType": "string", "argNum": 1, "comment": "the agreed period", "example": "24 hours"}]
		},
		{
			"id": "confidentiality.survives",
			"message": "The duty of confidentiality continues after this agreement has ended.",
			"translation": %q,
			"comment": "ACME policy 3.1. GDPR Art. 28(3)(b)."
		}
	]
}`, l, t[0], t[1])}
	}
	return fsys
}

// filled is the company's text as a reader sees it: the deadline filled in.
func filled(text string, l i18n.Lang) string {
	return strings.ReplaceAll(text, "{Deadline}", examples.Reference().Clauses.BreachNotification[0].Within.In(l))
}

func TestCompanyWording(t *testing.T) {
	w, err := render.LoadWording(acmeFiles())
	if err != nil {
		t.Fatal(err)
	}
	dpatest.CoversArt28(t, w)
	for _, l := range i18n.Langs {
		for _, f := range render.Formats {
			var buf bytes.Buffer
			if err := render.Render(&buf, examples.Reference(), l, f, render.Options{Wording: w}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if f == render.Text {
				out = strings.Join(strings.Fields(out), " ") // undo the line wrapping
			}
			for _, s := range acmeTexts[l] {
				want := filled(s, l)
				if f == render.Text {
					want = strings.Join(strings.Fields(want), " ")
				}
				if !strings.Contains(out, want) {
					t.Errorf("%s/%s: the company's %q is not in the agreement", l, f, want)
				}
			}
		}
	}
}

// The company's wording replaces two clauses; the rest is dpakit's.
func Example_companyWording() {
	w, err := render.LoadWording(acmeFiles())
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := render.Build(examples.Reference(), i18n.EN, render.Options{Wording: w})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Sections {
		for _, b := range s.Blocks {
			p, ok := b.(*render.Paragraph)
			if !ok {
				continue
			}
			var text strings.Builder
			for _, sp := range p.Spans {
				text.WriteString(sp.Text)
			}
			// The two paragraphs in ACME's words (a no-break space, which
			// the period holds, printed as a space).
			if t := text.String(); strings.Contains(t, "telephone") || strings.Contains(t, "without limit") {
				fmt.Println(p.Number, strings.ReplaceAll(t, "\u00a0", " "))
			}
		}
	}
	// Output:
	// 5.4 The duty of confidentiality continues without limit in time after this agreement has ended.
	// 11.1 The processor shall notify the controller of a personal data breach by telephone and in writing without undue delay and at the latest within 24 hours after becoming aware of it.
}
