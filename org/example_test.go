package org_test

import (
	"errors"
	"fmt"

	"github.com/dpakit/dpakit/org"
)

func ExampleID_Check() {
	for _, id := range []org.ID{
		{Scheme: org.SEOrgNr, Value: "5560360793"},
		{Scheme: org.NOOrgNr, Value: "988077917"},
		{Scheme: org.DKCVR, Value: "13585627"},
		{Scheme: org.SEOrgNr, Value: "556036079"},
	} {
		err := id.Check()
		switch {
		case err == nil:
			fmt.Println(id, "ok")
		case errors.Is(err, org.ErrChecksum):
			fmt.Println(id, "wrong check digit")
		case errors.Is(err, org.ErrFormat):
			fmt.Println(id, "wrong form")
		}
	}
	// Output:
	// 556036-0793 ok
	// 988 077 917 ok
	// 13585627 wrong check digit
	// 556036079 wrong form
}

func ExampleID_Normalize() {
	for _, id := range []org.ID{
		{Scheme: org.SEOrgNr, Value: "16 556036-0793"},
		{Scheme: org.SEOrgNr, Value: "SE556036079301"},
		{Scheme: org.NOOrgNr, Value: "NO 988 077 917 MVA"},
		{Scheme: org.DKCVR, Value: "DK13748136"},
	} {
		n := id.Normalize()
		fmt.Printf("%q → %q %v\n", id.Value, n.Value, n.Check())
	}
	// Output:
	// "16 556036-0793" → "5560360793" <nil>
	// "SE556036079301" → "5560360793" <nil>
	// "NO 988 077 917 MVA" → "988077917" <nil>
	// "DK13748136" → "13748136" <nil>
}
