// Package enum is the one lookup behind every enum of dpakit.
//
// An enum is a typed string with a definitions table beside its constants,
// as in gobl: one row per value with its id, its name in each language and,
// where it helps, a description and a legal reference. Each enum has the
// same three methods, written once here:
//
//	func (l Level) Def() (LevelDef, bool)       // the value's row
//	func (l Level) Valid() bool                 // whether the value has a row
//	func (l Level) In(lang i18n.Lang) string    // its name in lang
//
// A package keeps its exported table (security.Levels) and declares an
// unexported [Table] that reads it:
//
//	var levels = enum.New(&Levels, func(d *LevelDef) Level { return d.ID },
//		func(d *LevelDef) i18n.Text { return d.Name })
//
//	func (l Level) Def() (LevelDef, bool)       { return levels.Def(l) }
//	func (l Level) Valid() bool                 { return levels.Valid(l) }
//	func (l Level) In(lang i18n.Lang) string    { return levels.In(l, lang) }
//
// Rows that carry nothing but an id, a name, a description and a reference
// use [Def], under an alias in the enum's package (type StatusDef =
// enum.Def[Status]). No lookup allocates.
package enum

import "github.com/dpakit/dpakit/i18n"

// Def is a row of a definitions table with nothing beyond the common
// columns. Packages expose it under an alias such as dpa.StatusDef.
type Def[K ~string] struct {
	ID          K         // the value, as written in JSON
	Name        i18n.Text // short name, as a choice in a form or an argument of a message
	Description i18n.Text // help text for the value; may be empty
	Ref         string    // legal reference, such as "GDPR Art. 28(2)"; may be empty
}

// Table reads a package's definitions table: a slice of rows D, each with
// an id of type K and a name. It holds a pointer to the package's slice
// variable, so that it always reads the table as it is now.
type Table[K ~string, D any] struct {
	defs *[]D
	id   func(*D) K
	name func(*D) i18n.Text
}

// New returns the Table of the rows in *defs, with id and name reading a
// row's id and name.
func New[K ~string, D any](defs *[]D, id func(*D) K, name func(*D) i18n.Text) Table[K, D] {
	return Table[K, D]{defs: defs, id: id, name: name}
}

// Of returns the Table of rows of type [Def].
func Of[K ~string](defs *[]Def[K]) Table[K, Def[K]] {
	return New(defs, func(d *Def[K]) K { return d.ID }, func(d *Def[K]) i18n.Text { return d.Name })
}

// find returns the row of k, or nil.
func (t Table[K, D]) find(k K) *D {
	defs := *t.defs
	for i := range defs {
		if t.id(&defs[i]) == k {
			return &defs[i]
		}
	}
	return nil
}

// Def returns the row of k, and false when the table has none.
func (t Table[K, D]) Def(k K) (D, bool) {
	if d := t.find(k); d != nil {
		return *d, true
	}
	var zero D
	return zero, false
}

// Valid reports whether the table has a row for k.
func (t Table[K, D]) Valid(k K) bool { return t.find(k) != nil }

// In returns the name of k in language l, falling back to English and then
// to the other languages ([i18n.Text.Get]). A value without a row, or
// whose row has no name, is returned as it is written, so that a message
// argument never comes out blank.
func (t Table[K, D]) In(k K, l i18n.Lang) string {
	if d := t.find(k); d != nil {
		if s, _ := t.name(d).Get(l, i18n.EN); s != "" {
			return s
		}
	}
	return string(k)
}

// IDs returns the ids of every row, in table order. The slice is the
// caller's to keep.
func (t Table[K, D]) IDs() []K {
	defs := *t.defs
	out := make([]K, len(defs))
	for i := range defs {
		out[i] = t.id(&defs[i])
	}
	return out
}
