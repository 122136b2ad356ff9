package finding

import (
	"encoding/json"
	"strings"

	"github.com/dpakit/dpakit/i18n"
)

// Choices is a message argument that lists the values a field allows, as
// JSON strings joined in the message's language: "any" or "intrusion";
// "draft", "final" eller "signed". [CodeEnumInvalid] takes it as its second
// argument.
type Choices []string

var or = i18n.Text{EN: " or ", SV: " eller ", NB: " eller ", DA: " eller "}

// In writes the values as JSON strings, separated by commas and, before the
// last, the word for "or" in language l.
func (c Choices) In(l i18n.Lang) string {
	var b strings.Builder
	for i, s := range c {
		switch {
		case i == 0:
		case i == len(c)-1:
			w, _ := or.Get(l, i18n.EN)
			b.WriteString(w)
		default:
			b.WriteString(", ")
		}
		q, _ := json.Marshal(s) // a string always marshals
		b.Write(q)
	}
	return b.String()
}
