package i18n_test

import (
	"fmt"

	"github.com/dpakit/dpakit/i18n"
)

func ExampleMatch() {
	for _, tag := range []string{"sv-SE", "no", "nn", "da", "en-GB", "se"} {
		l, err := i18n.Match(tag)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s → %s (%s)\n", tag, l, l.Name())
	}
	// Output:
	// sv-SE → sv (svenska)
	// no → nb (norsk bokmål)
	// nn → nb (norsk bokmål)
	// da → da (dansk)
	// en-GB → en (English)
	// i18n: unsupported language "se" (supported: en, sv, nb, da)
}

func ExampleText_Get() {
	purpose := i18n.Text{EN: "Payroll", DA: "Lønadministration"}
	s, used := purpose.Get(i18n.SV, i18n.DA)
	fmt.Println(s, used)
	s, used = purpose.Get(i18n.NB, i18n.SV)
	fmt.Println(s, used)
	// Output:
	// Lønadministration da
	// Payroll en
}
