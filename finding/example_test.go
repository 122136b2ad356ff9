package finding_test

import (
	"fmt"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
)

func ExampleFinding_Message() {
	over := &finding.Def{Code: "example.over-cap", Severity: finding.Error, Message: i18n.Text{
		EN: "%[1]v is longer than %[2]v.",
		SV: "%[1]v är längre än %[2]v.",
		NB: "%[1]v er lengre enn %[2]v.",
		DA: "%[1]v er længere end %[2]v.",
	}}
	var l finding.List
	l.Add(over, "/clauses/breachNotification/0/within", civil.Of(4, civil.Days), civil.Of(72, civil.Hours))
	for _, lang := range i18n.Langs {
		fmt.Printf("%s: %q\n", lang, l[0].Message(lang))
	}
	// Output:
	// en: "4\u00a0days is longer than 72\u00a0hours."
	// sv: "4\u00a0dagar är längre än 72\u00a0timmar."
	// nb: "4\u00a0dager er lengre enn 72\u00a0timer."
	// da: "4\u00a0dage er længere end 72\u00a0timer."
}

func ExampleReporter() {
	missing := &finding.Def{Code: "example.purpose-missing", Severity: finding.Error, Message: i18n.T("The purpose is not stated.")}

	var l finding.List
	draft := finding.NewReporter(&l, false, i18n.SV)
	draft.Blank(missing, "/processing/purpose")
	final := finding.NewReporter(&l, true, i18n.SV)
	final.Blank(missing, "/processing/purpose")
	for _, f := range l {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	// Output:
	// warning example.purpose-missing /processing/purpose
	// error example.purpose-missing /processing/purpose
}

func ExampleFinding_MarshalJSON() {
	var unknown finding.Def // the common definition of value.unknown
	for _, d := range finding.Defs() {
		if d.Code == finding.CodeEnumInvalid {
			unknown = d
		}
	}
	var l finding.List
	l.Add(&unknown, "/annexes/b/authorisation", "sometimes", finding.Choices{"specific", "general"})
	b, err := l[0].MarshalJSON()
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"code":"value.unknown","severity":"error","path":"/annexes/b/authorisation","message":{"en":"\"sometimes\" is not one of the allowed values: \"specific\" or \"general\".","sv":"\"sometimes\" är inte ett av de tillåtna värdena: \"specific\" eller \"general\".","nb":"\"sometimes\" er ikke en av de tillatte verdiene: \"specific\" eller \"general\".","da":"\"sometimes\" er ikke en af de tilladte værdier: \"specific\" eller \"general\"."}}
}
