package annex_test

import (
	"fmt"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/i18n"
)

// What a sub-processor that leaves does with the data it holds, as a form
// offers it in Danish.
func ExampleExitAction_In() {
	for _, d := range annex.ExitActions {
		fmt.Println(d.ID, "–", d.ID.In(i18n.DA))
	}
	// Output:
	// delete – Sletter personoplysningerne
	// return – Tilbageleverer personoplysningerne og sletter sine kopier
	// transfer – Overdrager personoplysningerne til den underdatabehandler, der erstatter den, og sletter sine kopier
}
