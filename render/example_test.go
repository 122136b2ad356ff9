package render_test

import (
	"fmt"
	"os"
	"strings"

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
