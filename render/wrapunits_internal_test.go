package render

import (
	"bytes"
	"strings"
	"testing"
)

// TestWrapKeepsUnits checks that plain text never breaks a line inside a
// number written in groups, a postcode, a date written with spaces, between
// a number and its unit, after "§", or at a no-break space (en review 11 R7).
// Each unit is put at every column of the line, so one of them falls across
// the right margin.
func TestWrapKeepsUnits(t *testing.T) {
	units := []string{
		"889 640 782",      // organisation number in groups
		"999 02",           // Swedish postcode
		"1 September 2026", // en date
		"1 april 2027",     // sv date
		"1. februar 2027",  // nb/da date
		"10 dagar",         // number and unit
		"12\u00a0000",      // grouping with a no-break space
		"30\u202fdage",     // narrow no-break space
		"§ 148",
		"stk. 3",              // da citation
		"(art. 87):",          // a citation in brackets
		"[_____ antal dagar]", // a blank and its label (review 27 nb R11)
	}
	for _, u := range units {
		for n := 1; n < width; n++ {
			s := strings.Repeat("x", n) + " " + u + " and some words after it"
			var buf bytes.Buffer
			tw := &textWriter{sink: getSink(&buf)}
			tw.wrap("", 4, s)
			if err := putSink(tw.sink); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if !strings.Contains(out, u) {
				t.Fatalf("unit %q broken at column %d:\n%s", u, n, out)
			}
			for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
				if r := []rune(line); len(r) > width {
					t.Fatalf("line longer than %d: %q", width, line)
				}
			}
			if got := longestLine(s, 4); got > width {
				t.Fatalf("longestLine(%q) = %d > %d", s, got, width)
			}
		}
	}
}

// TestWrapBreaksText checks that gluing stops at ordinary words: text
// without numbers still fills its lines, and a long run of numbers breaks.
func TestWrapBreaksText(t *testing.T) {
	var buf bytes.Buffer
	tw := &textWriter{sink: getSink(&buf)}
	tw.wrap("", 0, strings.Repeat("1 ", 60)+"end")
	if err := putSink(tw.sink); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimRight(buf.String(), "\n"), "\n") {
		if len(line) > width {
			t.Fatalf("a run of numbers longer than a line is not broken: %q", line)
		}
	}
}

// TestRecordWraps: a table record whose label is longer than a line wraps
// within the margin, and keeps the line it had when the label fits
// (review 27 en R15).
func TestRecordWraps(t *testing.T) {
	for _, c := range []struct{ label, value string }{
		{"National identification numbers or other identifiers of general application (Art. 87)", "Yes (Swedish personal identity number or coordination number)"},
		{"Name", "Exempel AB"},
	} {
		var buf bytes.Buffer
		tw := &textWriter{sink: getSink(&buf)}
		tw.record(c.label, c.value)
		if err := putSink(tw.sink); err != nil {
			t.Fatal(err)
		}
		out := strings.TrimRight(buf.String(), "\n")
		for _, line := range strings.Split(out, "\n") {
			if len([]rune(line)) > width {
				t.Errorf("line longer than %d: %q", width, line)
			}
		}
		if want := "  " + c.label + ": " + c.value; len([]rune(want)) <= width && out != want {
			t.Errorf("a record that fits is written %q, want %q", out, want)
		}
	}
}
