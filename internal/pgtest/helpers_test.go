package pgtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// compactJSON returns b without insignificant white space, in the form
// PostgreSQL would print it if it kept the members' order (", " and ": ").
func compactJSON(t *testing.T, b []byte) string {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
