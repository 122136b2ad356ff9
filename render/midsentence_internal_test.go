package render

import "testing"

// TestOpensWithAct: only a name of an act is lower-cased inside the
// confidentiality sentence (clause 5); another name at the start keeps
// its capital.
func TestOpensWithAct(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Offentlighets- och sekretesslagen (2009:400), bland annat 21 kap. 1 §", true},
		{"Arbeids- og velferdsforvaltningsloven § 7, jf. forvaltningsloven", true},
		{"Forvaltningsloven § 13", true},
		{"Lag (2018:218) med kompletterande bestämmelser", true},
		{"Sundhedsloven, kapitel 9", true},
		{"Socialstyrelsens föreskrifter (HSLF-FS 2016:40)", false},
		{"Inera AB:s villkor enligt lagen", false},
		{"Patientdatalagen", true},
		{"", false},
	} {
		if got := opensWithAct(tt.s); got != tt.want {
			t.Errorf("opensWithAct(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
