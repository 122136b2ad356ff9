package transfer_test

import (
	"fmt"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
)

// A Swedish controller lets a sub-processor in the United States host the
// data on the strength of the EU-US Data Privacy Framework, but the recipient
// is not on the DPF List.
func ExampleAssess() {
	v := transfer.Assess(transfer.Query{
		Location:    transfer.Location{Country: "us", Place: "Virginia"},
		Exporter:    "SE",
		Date:        civil.D(2026, 11, 22),
		Basis:       transfer.Basis{Mechanism: transfer.Adequacy},
		Instruction: transfer.Instruction{Kind: transfer.WithSafeguards},
	})
	fmt.Println("allowed:", v.Allowed)
	fmt.Println("reasons:", v.Reasons)
	fmt.Println("decision:", v.Decision.Instrument, v.Decision.Adopted)
	for _, r := range v.Reasons.List() {
		if r.Blocking() {
			fmt.Println(r.In(i18n.SV))
		}
	}
	// Output:
	// allowed: false
	// reasons: adequacy, dpf-not-certified
	// decision: Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework) 2023-07-10
	// Beslutet om adekvat skyddsnivå för USA omfattar bara organisationer som är certifierade enligt ramverket för dataskydd mellan EU och USA, och mottagaren är inte angiven som certifierad.
}

// A Norwegian processor relies on the adequacy decision for Brazil, which the
// EEA Agreement did not yet include.
func ExampleAssess_norwegianExporter() {
	q := transfer.Query{
		Location:    transfer.Location{Country: "BR", Place: "São Paulo"},
		Exporter:    "NO",
		Date:        civil.D(2026, 2, 1),
		Basis:       transfer.Basis{Mechanism: transfer.Adequacy},
		Instruction: transfer.Instruction{Kind: transfer.WithSafeguards},
	}
	v := transfer.Assess(q)
	fmt.Println(v.Allowed, v.Reasons)
	fmt.Println(transfer.EFTANotIncorporated.In(i18n.NB))

	q.Exporter = "SE"
	v = transfer.Assess(q)
	fmt.Println(v.Allowed, v.Reasons)
	// Output:
	// false adequacy, efta-not-incorporated
	// Beslutningen om tilstrekkelig beskyttelsesnivå er ennå ikke innlemmet i EØS-avtalen og gjelder derfor ikke for en dataeksportør i Island, Liechtenstein eller Norge.
	// true adequacy
}

// An instruction to process only in Sweden binds inside the EEA as well.
func ExampleAssess_listedCountries() {
	only := transfer.Instruction{Kind: transfer.OnlyListed, Countries: []transfer.Country{"SE"}}
	for _, c := range []transfer.Country{"SE", "DK"} {
		v := transfer.Assess(transfer.Query{Location: transfer.Location{Country: c}, Instruction: only})
		fmt.Println(c.In(i18n.DA), v.Allowed, v.Reasons)
	}
	// Output:
	// Sverige true inside-eea
	// Danmark false inside-eea, instruction-not-listed
}

func ExampleCountry_Normalize() {
	for _, c := range []transfer.Country{" se", "el", "uk"} {
		n := c.Normalize()
		fmt.Println(n, n.Valid(), n.EEA(), n.In(i18n.NB))
	}
	// Output:
	// SE true true Sverige
	// GR true true Hellas
	// GB true false Storbritannia
}

func ExampleDecisionFor() {
	uk := transfer.Location{Country: "GB"}
	for _, on := range []civil.Date{civil.D(2024, 1, 1), civil.D(2026, 1, 1), civil.D(2032, 1, 1)} {
		d, ok := transfer.DecisionFor(uk, on)
		if !ok {
			fmt.Println(on, "no decision applies")
			continue
		}
		fmt.Println(on, "adopted", d.Adopted, "ends", d.Ends, "condition", d.Condition)
	}
	// Output:
	// 2024-01-01 adopted 2021-06-28 ends 2025-12-27 condition partial
	// 2026-01-01 adopted 2025-12-19 ends 2031-12-27 condition none
	// 2032-01-01 no decision applies
}
