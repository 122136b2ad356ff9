package terms

import (
	"path"
	"reflect"
	"slices"
	"strings"

	"github.com/dpakit/dpakit/i18n"
)

// Key names a term. A type is "pkg.Type" ("annex.SubProcessor"), a field is
// "pkg.Type.Field" with the Go name of the field ("annex.SubProcessor.Name",
// "org.Address.Country"), and a value of an enum is "pkg.Type=value" with the
// value as written in JSON ("security.Level=high"). pkg is the last element
// of the package path. [Blank] is the one key that names no Go identifier.
type Key string

// Blank is the key of the choice that leaves an enum open in a draft, such
// as a security level that is not decided yet. Its title is the label of that
// choice in a form.
const Blank Key = "ui.blank"

// The other blank choices, for fields where leaving the choice open is
// fine in a final agreement too, each titled for what the blank means there.
const (
	// BlankOptional is the blank of an optional choice: nothing is stated.
	BlankOptional Key = "ui.blank.optional"
	// BlankMainRule is the blank of a choice that overrides a main rule
	// given elsewhere: the main rule applies.
	BlankMainRule Key = "ui.blank.main-rule"
	// BlankNoTransferTool is the blank of a transfer tool: none is needed,
	// since the data stay inside the EEA.
	BlankNoTransferTool Key = "ui.blank.no-transfer-tool"
)

// Term is what a type, a field or an enum value is called and how it is
// explained, in every supported language.
type Term struct {
	// Title is the short name: a form label, a table header or a choice in a
	// list. Every term has one in every language.
	Title i18n.Text
	// Description is help text for the person filling in the field: what to
	// write, in what form, and when to leave it blank. Field terms have one
	// in every language; types and enum values may have none.
	Description i18n.Text
}

// Value is one value of an enum with its term.
type Value struct {
	ID string // the value as written in JSON, such as "high"
	Term
}

// TypeKey returns the key of the named type t ("annex.SubProcessor"). A
// pointer is followed to the type it points to.
func TypeKey(t reflect.Type) Key {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return Key(path.Base(t.PkgPath()) + "." + t.Name())
}

// FieldKey returns the key of the field of struct type t with the Go name
// field ("annex.SubProcessor.Name"). It does not check that the field exists.
func FieldKey(t reflect.Type, field string) Key { return TypeKey(t) + "." + Key(field) }

// ValueKey returns the key of the value v of the enum type t
// ("security.Level=high").
func ValueKey(t reflect.Type, v string) Key { return TypeKey(t) + "=" + Key(v) }

// TypeOf returns the key of the type T: TypeOf[org.Address]() is
// "org.Address".
func TypeOf[T any]() Key { return TypeKey(reflect.TypeFor[T]()) }

// FieldOf returns the key of the field of T with the Go name field:
// FieldOf[annex.SubProcessor]("Name") is "annex.SubProcessor.Name".
func FieldOf[T any](field string) Key { return FieldKey(reflect.TypeFor[T](), field) }

// ValueOf returns the key of the enum value v: ValueOf(security.High) is
// "security.Level=high".
func ValueOf[T ~string](v T) Key { return ValueKey(reflect.TypeFor[T](), string(v)) }

// Lookup returns the term of a type, a field or an enum value, and false
// when the catalogue has no such key.
func Lookup(k Key) (Term, bool) {
	t, ok := catalogue.terms[k]
	return t, ok
}

// Title returns the title of k in language l, falling back to English, or
// "" when the catalogue has no such key.
func Title(k Key, l i18n.Lang) string {
	s, _ := catalogue.terms[k].Title.Get(l, i18n.EN)
	return s
}

// ChoiceTitle returns the title of the enum value k as a choice in a form:
// its title, or a fuller one where the title says too little out of
// context, such as a register named without its country.
func ChoiceTitle(k Key) i18n.Text {
	if t, ok := catalogue.choices[k]; ok {
		return t
	}
	return catalogue.terms[k].Title
}

// Description returns the description of k in language l, falling back to
// English, or "" when there is none.
func Description(k Key, l i18n.Lang) string {
	s, _ := catalogue.terms[k].Description.Get(l, i18n.EN)
	return s
}

// Values returns the values of the enum whose type key is enum, in the order
// a form offers them, or nil when enum is not an enum the catalogue knows.
// The slice is the caller's to keep.
func Values(enum Key) []Value { return slices.Clone(catalogue.enums[enum]) }

// IsEnum reports whether k is the type key of an enum the catalogue knows.
func IsEnum(k Key) bool { _, ok := catalogue.enums[k]; return ok }

// Enums returns the type keys of every enum the catalogue knows, sorted.
func Enums() []Key {
	out := make([]Key, 0, len(catalogue.enums))
	for k := range catalogue.enums {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Keys returns every key of the catalogue, sorted: types, fields, enum
// values and [Blank].
func Keys() []Key {
	out := make([]Key, 0, len(catalogue.terms))
	for k := range catalogue.terms {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// catalogue holds every term by key and every enum's values in order.
var catalogue = build()

type catalogueData struct {
	terms   map[Key]Term
	enums   map[Key][]Value
	choices map[Key]i18n.Text // fuller titles of some enum values as choices
}

// build merges the texts of locales/ (compiled into catalog_gen.go) and
// the definitions tables of the model packages into one catalogue. A key
// given twice, or a text of an enum value that no enum offers, is a
// programming error and panics, so that any test run finds it.
func build() catalogueData {
	c := catalogueData{terms: map[Key]Term{}, enums: map[Key][]Value{}}
	add := func(k Key, t Term) {
		if _, dup := c.terms[k]; dup {
			panic("terms: duplicate key " + string(k))
		}
		c.terms[k] = t
	}
	texts, choices := dataTerms()
	c.choices = choices
	for k, t := range texts {
		if !strings.Contains(string(k), "=") {
			add(k, t)
		}
	}
	for k, t := range measureFieldTerms() {
		add(k, t)
	}
	for k, values := range enumValues(texts) {
		if !strings.Contains(string(k), ".") {
			panic("terms: enum key without package " + string(k))
		}
		c.enums[k] = values
		for _, v := range values {
			add(k+"="+Key(v.ID), v.Term)
		}
	}
	for k, t := range texts {
		if strings.Contains(string(k), "=") && (c.terms[k].Description != t.Description || !t.Title.IsZero() && c.terms[k].Title != t.Title) {
			panic("terms: the text of " + string(k) + " is used by no enum value")
		}
	}
	for k := range choices {
		if _, ok := c.terms[k]; !ok || !strings.Contains(string(k), "=") {
			panic("terms: the choice title of " + string(k) + " is used by no enum value")
		}
	}
	return c
}
