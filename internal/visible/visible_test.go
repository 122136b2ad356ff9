package visible

import "testing"

func TestBlank(t *testing.T) {
	tests := []struct {
		in     string
		blank  bool
		reason string
	}{
		{"", true, "empty"},
		{" \t\r\n", true, "white space"},
		{"\u0001", true, "a control character"},
		{"\u007f", true, "DEL"},
		{"\u0085\u00a0", true, "NEL and no-break space"},
		{"\u200b", true, "zero-width space"},
		{"\u200c\u200d\u2060\ufeff", true, "joiners, word joiner and BOM"},
		{"\u202e\u2066\u2069\u061c", true, "bidi controls"},
		{"\u3000\u2028\u2029", true, "ideographic space, line and paragraph separators"},
		{"\ufe0f\u034f", true, "variation selector and combining grapheme joiner"},
		{"\u3164\u2800", true, "Hangul filler and blank Braille pattern"},
		{"a", false, "a letter"},
		{"\u200b.", false, "a full stop after a zero-width space"},
		{"Å", false, "a Nordic letter"},
		{"\xff", false, "invalid UTF-8 prints a replacement character"},
		{"\u0301", false, "a lone combining accent prints on a dotted circle"},
	}
	for _, tt := range tests {
		if got := Blank(tt.in); got != tt.blank {
			t.Errorf("Blank(%+q) = %v, want %v (%s)", tt.in, got, tt.blank, tt.reason)
		}
	}
}

func BenchmarkBlank(b *testing.B) {
	for b.Loop() {
		Blank("Sveriges Kommuner och Regioner")
	}
}
