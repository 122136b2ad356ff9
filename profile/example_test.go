package profile_test

import (
	"fmt"
	"strings"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/profile"
	"github.com/dpakit/dpakit/transfer"
)

// Inera's agreement (seed 000) meets the Swedish healthcare profile. Move a
// backup site to Norway and shorten the log retention, and the profile
// reports both, on top of the built-in rules.
func ExampleSEHealthcare() {
	v, err := dpa.NewValidator(dpa.WithProfiles(profile.SEHealthcare()))
	if err != nil {
		panic(err)
	}
	a := examples.Seed000()
	a.Annexes.B.Entries[2].Locations = []transfer.Location{{Country: "NO", Place: "Oslo"}}
	a.Annexes.C.Security.Measures.Logging.Retention = civil.Of(2, civil.Years)
	for _, f := range v.Validate(a) {
		if strings.HasPrefix(string(f.Code), "se-healthcare.") {
			fmt.Println(f.Code, f.Path)
			fmt.Println(" ", f.Message(i18n.SV))
		}
	}
	// Output:
	// se-healthcare.processing-outside-sweden /annexes/b/entries/2/locations/0
	//   Personuppgifterna behandlas i Oslo, Norge; inom svensk hälso- och sjukvård sker behandling och support enbart i Sverige.
	// se-healthcare.log-retention /annexes/c/security/measures/logging/retention
	//   Loggarna sparas inte i minst fem år, vilket svensk hälso- och sjukvård kräver.
}

// The built-in profiles, for a command-line flag or a settings page.
func ExampleAll() {
	for _, p := range profile.All() {
		fmt.Printf("%-14s %d rules  %s\n", p.Name, len(p.Rules), p.Title.In(i18n.NB))
	}
	// Output:
	// se-healthcare  10 rules  Svensk helsevesen
	// dk-public      10 rules  Dansk offentlig sektor
	// no-public      4 rules  Norsk offentlig sektor (NAV)
}
