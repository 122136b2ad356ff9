package render_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// Render the Danish municipal agreement in Danish as plain text and show
// the heading of the breach clause.
func ExampleBuild() {
	d, err := render.Build(examples.Seed004(), i18n.DA, render.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Sections {
		if s.ID == "breach" {
			fmt.Println(s.Number, s.Heading != "")
		}
	}
	// Output: 11 true
}

// A final agreement with blanks is refused unless the caller allows it.
func ExampleRender() {
	err := render.Render(os.Stdout, examples.Seed000(), i18n.SV, render.HTML, render.Options{})
	fmt.Println(strings.Contains(err.Error(), "/clauses/breachNotification/0/within"))
	// Output: true
}

// Build a document, look at what it holds, then write it: a draft shows its
// blanks and the document lists where they are; the Danish agreement has no
// Swedish title, so the title shown is the Danish one, marked "(da)".
func Example() {
	a := examples.Seed004().Clone()
	a.Status = dpa.Draft
	a.Processor.Name = "\u200b" // only a zero-width space: a blank, as "" would be
	d, err := render.Build(a, i18n.SV, render.Options{Annexes: []render.Annex{}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Lang, len(d.Sections) > 10, d.Blanks[0])
	var b strings.Builder
	if err := render.Write(&b, d, render.Text); err != nil {
		fmt.Println(err)
		return
	}
	first, _, _ := strings.Cut(b.String(), "\n")
	fmt.Println(first)
	// Output:
	// sv true /processor/name
	// (da) DATABEHANDLERAFTALE OM AUTOMATISK RUTEPLANLÆGNING
}
