package dpa

import (
	"fmt"
	"strconv"
	"strings"
)

// Pointer builds the RFC 6901 JSON Pointer of a field from its JSON keys
// (strings) and array indexes (ints); any other part is written as
// fmt.Sprint formats it: Pointer("annexes", "b", "entries", 2, "locations")
// is "/annexes/b/entries/2/locations". "~" and "/" in keys are escaped.
// Pointer() is "", the whole agreement. Rules report findings at such
// paths.
func Pointer(parts ...any) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteByte('/')
		switch v := p.(type) {
		case string:
			writeEscaped(&b, v)
		case int:
			b.WriteString(strconv.Itoa(v))
		case interface{ String() string }:
			writeEscaped(&b, v.String())
		default:
			writeEscaped(&b, fmt.Sprint(v))
		}
	}
	return b.String()
}

func writeEscaped(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '~':
			b.WriteString("~0")
		case '/':
			b.WriteString("~1")
		default:
			b.WriteByte(s[i])
		}
	}
}
