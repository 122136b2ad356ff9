package security_test

import (
	"fmt"
	"strings"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
)

// Seed 004 scores its processing: 1 000–10 000 data subjects, special
// categories of personal data and other confidential data such as CPR
// numbers. The level decides which audit form the processor must deliver.
func ExampleRisk_Level() {
	r := security.Risk{
		Subjects:          security.From1000To10000,
		SpecialCategories: true,
		Confidential:      true,
	}
	level := r.Level()
	def, _ := level.Def()
	fmt.Println(r.Score(), level, def.Name.In(i18n.DA))

	audit, _ := level.MinimumAudit().Def()
	fmt.Println(audit.Name.In(i18n.DA))
	for _, f := range []security.AuditForm{security.SOC2Type2, security.ISO27001, security.SelfDeclaration} {
		fmt.Println(f, f.Satisfies(level))
	}
	// Output:
	// 7 high Høj
	// ISAE 3000-erklæring (GDPR), type 2
	// soc2-type2 true
	// iso27001 false
	// self-declaration false
}

// An agreement that encrypts in transit and controls access has what a basic
// level calls for, but lacks three measures for a considerable one.
func ExampleRequirements_Missing() {
	req := security.Requirements{
		EncryptionInTransit: &security.Encryption{Standard: i18n.T("TLS 1.2 or later")},
		AccessControl:       &security.AccessControl{ReviewInterval: civil.Of(6, civil.Months)},
	}
	for _, level := range []security.Level{security.Basic, security.Considerable} {
		fmt.Print(level, ":")
		for id := range req.Missing(level) {
			def, _ := id.Def()
			fmt.Printf(" %s (%s);", id, def.Name.In(i18n.SV))
		}
		fmt.Println()
	}
	// Output:
	// basic:
	// considerable: encryptionAtRest (Kryptering vid lagring); mfaInternet (Flerfaktorsautentisering vid åtkomst via internet); logging (Loggning);
}

// Problems reports each faulty parameter with a JSON Pointer below the
// requirements object and a stable code.
func ExampleRequirements_Problems() {
	req := security.Requirements{
		Logging: &security.Logging{
			Content:   []security.LogField{security.LogTime, "ip-address", security.LogUser},
			Retention: civil.Of(-13, civil.Months),
		},
	}
	for path, p := range req.Problems() {
		fmt.Println(path, p.Code)
	}
	// Output:
	// /logging/content/1 security.log-field-unknown
	// /logging/retention security.period-negative
}

// HSLFLogging gives the log requirements of Swedish healthcare.
func ExampleHSLFLogging() {
	l := security.HSLFLogging()
	var names []string
	for _, f := range l.Content {
		def, _ := f.Def()
		names = append(names, def.Name.In(i18n.SV))
	}
	fmt.Println(strings.Join(names, ", "))
	fmt.Println(l.Retention, l.SpotChecks, l.ChecksDocumented)
	// Output:
	// Åtgärd, Enhet, Tidpunkt, Användare, Den registrerade
	// 5 years true true
}
