package dpa

import (
	"strings"
	"testing"
)

func TestTooDeep(t *testing.T) {
	deep := strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1)
	for _, tc := range []struct {
		name   string
		doc    string
		ok     bool
		reason string
	}{
		{"flat", `{"id":"x"}`, true, "one level"},
		{"at-limit", strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth), true, "exactly the limit is allowed"},
		{"beyond", deep, false, "one more than the limit is refused"},
		{"brackets-in-string", `{"id":"` + strings.Repeat("[{", 200) + `"}`, true, "brackets inside a string are text"},
		{"escaped-quote", `{"id":"a\"` + strings.Repeat("[", 100) + `"}`, true, `an escaped quote does not end the string`},
		{"escaped-backslash", `{"id":"a\\", "x":` + deep + `}`, false, `"\\" ends with an escaped backslash, so the string closes and the nesting counts`},
		{"unterminated", `{"id":"` + strings.Repeat("[", 100), true, "left to the decoder, which reports the syntax error"},
	} {
		if _, ok := tooDeep([]byte(tc.doc)); ok != tc.ok {
			t.Errorf("%s: tooDeep ok = %v, want %v (%s)", tc.name, ok, tc.ok, tc.reason)
		}
	}
}
