package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/go-json-experiment/json/jsontext"
)

// The variants of the schema are written from the standard schema by
// rewriting its JSON, which keeps the order of the members (the order of a
// form's fields) as reflection wrote it.

// object is a JSON object with its members in order.
type object []member

type member struct {
	name  string
	value any // object, []any, string, json.Number, bool or nil
}

// get returns the value of the member name, and false when there is none.
func (o object) get(name string) (any, bool) {
	for _, m := range o {
		if m.name == name {
			return m.value, true
		}
	}
	return nil, false
}

// set replaces the value of the member name, or appends the member.
func (o object) set(name string, v any) object {
	for i := range o {
		if o[i].name == name {
			o[i].value = v
			return o
		}
	}
	return append(o, member{name, v})
}

// without returns o without the members named.
func (o object) without(names ...string) object {
	out := make(object, 0, len(o))
	for _, m := range o {
		drop := false
		for _, n := range names {
			drop = drop || m.name == n
		}
		if !drop {
			out = append(out, m)
		}
	}
	return out
}

// parse reads one JSON value into a tree.
func parse(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	v, err := parseValue(dec)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errSchema, err)
	}
	return v, nil
}

func parseValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := object{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := parseValue(dec)
				if err != nil {
					return nil, err
				}
				o = append(o, member{k.(string), v})
			}
			_, err := dec.Token()
			return o, err
		case '[':
			a := []any{}
			for dec.More() {
				v, err := parseValue(dec)
				if err != nil {
					return nil, err
				}
				a = append(a, v)
			}
			_, err := dec.Token()
			return a, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	}
	return tok, nil
}

// encode writes v as the indented JSON of a committed file, as generate
// writes the standard schema.
func encode(v any) ([]byte, error) {
	compact, err := appendValue(nil, v)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errSchema, err)
	}
	out, err := jsontext.AppendFormat(nil, compact, jsontext.WithIndent("  "), jsontext.EscapeForHTML(false))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errSchema, err)
	}
	return append(out, '\n'), nil
}

func appendValue(b []byte, v any) ([]byte, error) {
	var err error
	switch x := v.(type) {
	case object:
		b = append(b, '{')
		for i, m := range x {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = jsontext.AppendQuote(b, m.name); err != nil {
				return nil, err
			}
			b = append(b, ':')
			if b, err = appendValue(b, m.value); err != nil {
				return nil, err
			}
		}
		return append(b, '}'), nil
	case []any:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = appendValue(b, e); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	case string:
		return jsontext.AppendQuote(b, x)
	case json.Number:
		return append(b, x...), nil
	case bool:
		return strconv.AppendBool(b, x), nil
	case nil:
		return append(b, "null"...), nil
	}
	return nil, fmt.Errorf("cannot encode %T", v)
}

// clone copies a tree deeply.
func clone(v any) any {
	switch x := v.(type) {
	case object:
		out := make(object, len(x))
		for i, m := range x {
			out[i] = member{m.name, clone(m.value)}
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = clone(e)
		}
		return out
	}
	return v
}

// rewrite returns v with f applied to every object, innermost first.
func rewrite(v any, f func(object) (object, error)) (any, error) {
	var err error
	switch x := v.(type) {
	case object:
		out := make(object, len(x))
		for i, m := range x {
			out[i].name = m.name
			if out[i].value, err = rewrite(m.value, f); err != nil {
				return nil, err
			}
		}
		return f(out)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			if out[i], err = rewrite(e, f); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	return v, nil
}
