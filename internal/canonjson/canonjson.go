// Package canonjson lets package change encode a part of an agreement with
// the canonical encoder of package dpa, which keeps its plans unexported:
// dpa sets [AppendCompact] when it is initialised, and change, which
// imports dpa, calls it. No other package needs it.
package canonjson

import "reflect"

// AppendCompact appends the addressable value v, a part of an agreement,
// to dst as compact JSON, byte for byte as go-json-experiment's Marshal
// with Deterministic writes it, and reports true; or reports false and
// leaves dst as it was, for a type that is no part of an agreement or a
// value the encoder leaves to the library, and the caller then marshals.
// Package dpa sets it; it is nil only before dpa is initialised.
var AppendCompact func(dst []byte, v reflect.Value) ([]byte, bool)
