package render

import "github.com/dpakit/dpakit/dpa"

// What the tests of render/docx and render/pdf, in render_test, share with
// render's own: the hostile corpora and how they go into an agreement.
var (
	Hostile        = hostile
	Poison         = poison
	Fill           = fill
	Clean          = clean
	RaceEnabled    = raceEnabled
	SubProcessorsN = func(n int) *dpa.Agreement { return withSubProcessors(n) }
)

// InjectionStrings returns the strings of the injection corpus.
func InjectionStrings() []string {
	out := make([]string, len(injections))
	for i, in := range injections {
		out[i] = in.s
	}
	return out
}
