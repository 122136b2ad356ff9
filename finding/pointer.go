package finding

import (
	"fmt"
	"strconv"
	"strings"
)

// Pointer builds an RFC 6901 JSON Pointer from object keys (strings) and array
// indexes (ints); any other part is written as fmt.Sprint formats it: Pointer("annexes", "b", "subProcessors", 3, "country") is
// "/annexes/b/subProcessors/3/country". "~" and "/" in keys are escaped.
// Pointer() is "", the whole document.
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
