package terms_test

import (
	"fmt"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/terms"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
)

// A renderer takes the headers of the sub-processor table from the
// catalogue, so that they read as the form's labels did.
func ExampleTitle() {
	for _, f := range []string{"Name", "Activity", "EngagedBy"} {
		k := terms.FieldOf[annex.SubProcessor](f)
		fmt.Printf("%s: %s | %s | %s\n", k, terms.Title(k, i18n.SV), terms.Title(k, i18n.NB), terms.Title(k, i18n.DA))
	}
	fmt.Println(terms.Title(terms.FieldOf[org.Address]("Country"), i18n.EN))
	// Output:
	// annex.SubProcessor.Name: Namn | Navn | Navn
	// annex.SubProcessor.Activity: Vad underbiträdet gör | Hva den gjør | Hvad den gør
	// annex.SubProcessor.EngagedBy: Anlitat av | Engasjert av | Antaget af
	// Country
}

// Help texts say what to write and when to leave a field blank.
func ExampleDescription() {
	fmt.Println(terms.Description(terms.FieldOf[annex.SubProcessors]("ObjectionWindow"), i18n.EN))
	// Output: How long the controller has to object after being told, such as 14 days. It must not be longer than the notice period.
}

// The values of an enum come in the order a form offers them, each named
// in every language; a chosen value is looked up by its own key.
func ExampleValues() {
	for _, v := range terms.Values(terms.TypeOf[security.Level]()) {
		fmt.Printf("%s = %s\n", v.ID, v.Title.In(i18n.DA))
	}
	fmt.Println(terms.Title(terms.ValueOf(security.Considerable), i18n.NB))
	// Output:
	// very-low = Meget lavt
	// basic = Grundlæggende
	// considerable = Betydeligt
	// high = Højt
	// Betydelig
}
