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

// Where an agreement states the subject-matter of the processing: with a
// purpose but no subject-matter of its own, Annex A leaves it to C.1; a
// blank draft, or one that writes it here, states it in Annex A.
func ExampleProcessing_OwnSubject() {
	described := annex.Processing{Purpose: i18n.Text{EN: "Payroll"}}
	fmt.Println(described.OwnSubject())
	fmt.Println(annex.Processing{}.OwnSubject())
	described.Subject = i18n.Text{EN: "The employees' pay records"}
	fmt.Println(described.OwnSubject())
	// Output:
	// false
	// true
	// true
}
