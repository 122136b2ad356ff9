package examples

import "github.com/dpakit/dpakit/dpa"

// Example is one example agreement.
type Example struct {
	// Name is the example's short name, such as "seed004"; it is also the
	// base name of its JSON file, json/<Name>.json.
	Name string
	// Seed is the file name of the source agreement in the project's seed
	// collection, or "" when the example is not built on a seed.
	Seed string
	// Build returns a new agreement on every call; the caller may change it.
	Build func() *dpa.Agreement
	// Doc says in one sentence what the example shows.
	Doc string
}

// All returns the examples in a fixed order: the seeds by number, then the
// reference agreement. The slice is new on every call.
func All() []Example {
	return []Example{
		{
			Name:  "seed000",
			Seed:  "000_e650c3b87a2ace90.txt",
			Build: Seed000,
			Doc:   "Inera's Swedish healthcare agreement 2 (final): care provider → region → Inera → Inera's sub-processors, processing only in Sweden, blank breach hours and venue.",
		},
		{
			Name:  "seed001",
			Seed:  "001_aa258b0b5d3f576f.txt",
			Build: Seed001,
			Doc:   "Datalogisk (Agrinavia AB) agreement on the Danish standard clauses in Swedish (final): Curanet A/S as sub-processor, 1-month notice, 7-day objection, breach notice if possible within 24 hours.",
		},
		{
			Name:  "seed003",
			Seed:  "003_d60f59ce8164b754.txt",
			Build: Seed003,
			Doc:   "NAV's Norwegian template (draft with its blanks): breach hours left open as the template proposes them, 14-day deletion confirmation, hourly fee left open, Norwegian law, Oslo tingrett.",
		},
		{
			Name:  "seed004",
			Seed:  "004_c87bc36afc6708d4.txt",
			Build: Seed004,
			Doc:   "Viborg Kommune's Danish agreement on automatic route planning (draft, as the seed: return deadline, law and venue left to the main agreement): risk score 7 → high, measures C.2.1–C.2.11, EU/EEA only, a five-level chain.",
		},
		{
			Name:  "reference",
			Build: Reference,
			Doc:   "A complete agreement in four languages (no findings): a Swedish processor, a DPF-certified US sub-processor and an Indian one under SCC module 3 with a TIA.",
		},
	}
}
