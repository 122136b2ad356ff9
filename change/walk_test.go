package change

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/go-json-experiment/json"
)

// jsonChanges lists the changes from old to new as the JSON walk finds
// them on the two canonical encodings: the reference the typed walk must
// agree with.
func jsonChanges(t *testing.T, old, new *dpa.Agreement) []Change {
	t.Helper()
	ob, err := json.Marshal(old.Normalized(), json.Deterministic(true))
	if err != nil {
		t.Fatal(err)
	}
	nb, err := json.Marshal(new.Normalized(), json.Deterministic(true))
	if err != nil {
		t.Fatal(err)
	}
	d := differ{r: &Report{}}
	if err := d.value("", "", ob, nb); err != nil {
		t.Fatal(err)
	}
	return d.r.Changes
}

// mutate changes a few values of a at random: strings, numbers, booleans,
// lists shortened, emptied, reordered or grown by a copy of an entry, and
// pointers cleared.
func mutate(rng *rand.Rand, a *dpa.Agreement) {
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			if rng.IntN(12) == 0 && v.CanSet() {
				v.SetString(v.String() + "x")
			}
		case reflect.Int:
			if rng.IntN(12) == 0 && v.CanSet() {
				v.SetInt(v.Int() + 1)
			}
		case reflect.Bool:
			if rng.IntN(12) == 0 && v.CanSet() {
				v.SetBool(!v.Bool())
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[civil.Date]() {
				if rng.IntN(12) == 0 && v.CanSet() {
					if next, err := v.Interface().(civil.Date).AddDays(1); err == nil {
						v.Set(reflect.ValueOf(next))
					}
				}
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			if v.Len() > 0 && v.CanSet() {
				switch rng.IntN(10) {
				case 0:
					v.Set(v.Slice(0, v.Len()-1))
				case 1:
					i, j := rng.IntN(v.Len()), rng.IntN(v.Len())
					x := reflect.New(v.Type().Elem()).Elem()
					x.Set(v.Index(i))
					v.Index(i).Set(v.Index(j))
					v.Index(j).Set(x)
				case 2:
					v.Set(reflect.Append(v, v.Index(rng.IntN(v.Len()))))
				case 3:
					v.Set(reflect.MakeSlice(v.Type(), 0, 0))
				}
			}
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Pointer:
			if !v.IsNil() {
				if rng.IntN(10) == 0 && v.CanSet() {
					v.Set(reflect.Zero(v.Type()))
					return
				}
				walk(v.Elem())
			}
		}
	}
	walk(reflect.ValueOf(a).Elem())
}

// TestWalkMatchesJSON: on random changes to every example, the typed walk
// lists exactly the changes, pointers, kinds and values that comparing the
// canonical JSON encodings lists.
func TestWalkMatchesJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 2026))
	var all []func() *dpa.Agreement
	for _, ex := range examples.All() {
		all = append(all, ex.Build)
	}
	for _, v := range examples.Versions() {
		all = append(all, v.Build)
	}
	cases := 0
	for round := range 60 {
		for _, build := range all {
			old, new := build(), build()
			mutate(rng, new)
			if round%3 == 0 {
				mutate(rng, old)
			}
			new.ID = old.ID
			if _, err := dpa.Encode(old); err != nil {
				continue // a mutation JSON cannot hold, such as day 0
			}
			if _, err := dpa.Encode(new); err != nil {
				continue
			}
			r, err := Diff(old, new)
			if err != nil {
				continue // a mutation the canonical form cannot hold
			}
			want := jsonChanges(t, old, new)
			got := r.Changes
			for i := range got {
				got[i].Class, got[i].Rule, got[i].Ref = "", "", ""
			}
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
				t.Fatalf("round %d, %s: typed walk\n%+v\nJSON walk\n%+v", round, old.ID, got, want)
			}
			cases++
		}
	}
	if cases < 300 {
		t.Errorf("only %d cases compared", cases)
	}
}
