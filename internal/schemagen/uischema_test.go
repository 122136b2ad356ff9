package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// TestUISchemaFilesCurrent fails when a committed UI schema differs from
// what the generator writes now, or from what package dpa serves.
func TestUISchemaFilesCurrent(t *testing.T) {
	for _, u := range uiTools {
		for _, l := range i18n.Langs {
			name := uiFileName(u.tool, l)
			generated, err := generateUI(u.tool, l)
			if err != nil {
				t.Fatal(err)
			}
			onDisk, err := os.ReadFile(filepath.Join(committedDir, name))
			if err != nil {
				t.Fatal(err)
			}
			if string(onDisk) != string(generated) {
				t.Errorf("dpa/schema/%s is stale; run go generate ./dpa\nfirst difference at %s", name, firstDiff(string(onDisk), string(generated)))
			}
			served, err := dpa.UISchema(u.tool, l)
			if err != nil {
				t.Fatal(err)
			}
			if served != string(onDisk) {
				t.Errorf("dpa serves a UI schema that differs from dpa/schema/%s; rebuild", name)
			}
		}
	}
	if _, err := generateUI(0, i18n.EN); !errors.Is(err, errSchema) {
		t.Errorf("the zero tool: %v, want an errSchema", err)
	}
}

// TestFinalNeeds checks that the fields marked as needed in a final
// agreement are the ones validation reports, that each is a field of the
// schema (a pointer the walk cannot reach would mark nothing), and that
// each is marked in both UI schemas.
func TestFinalNeeds(t *testing.T) {
	final, err := finalNeeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/date", "/processor/name", "/annexes/b/entries/*/name", "/annexes/b/entries/*/locations/*/country", "/annexes/c/transfers/kind"} {
		if !final[p] {
			t.Errorf("%s is not marked as needed in a final agreement", p)
		}
	}
	for _, p := range []string{"/version", "/effectiveDate", "/processor/signatory/name", "/clauses/governingLaw"} {
		if final[p] {
			t.Errorf("%s is marked as needed in a final agreement; validation only warns or says nothing", p)
		}
	}
	std, _ := generate(i18n.DA)
	tree, _ := parse(std)
	form, _ := formVariant(tree, i18n.DA)
	rjsf, _ := generateUI(dpa.RJSF, i18n.DA)
	jf, _ := generateUI(dpa.JSONForms, i18n.DA)
	var ui map[string]any
	if err := json.Unmarshal(rjsf, &ui); err != nil {
		t.Fatal(err)
	}
	for p := range final {
		s := form.(object)
		node := ui
		for _, tok := range strings.Split(p, "/")[1:] {
			if tok == "*" {
				s = sub(s, "items")
				node, _ = node["items"].(map[string]any)
				continue
			}
			s = sub(sub(s, "properties"), tok)
			node, _ = node[tok].(map[string]any)
		}
		if s == nil {
			t.Errorf("%s: validation names a field the schema does not have", p)
			continue
		}
		opts, _ := node["ui:options"].(map[string]any)
		if opts["final"] != true {
			t.Errorf("%s: the rjsf uiSchema does not mark it as needed", p)
		}
		if title := str(s, "title") + " *"; !strings.Contains(string(jf), `"label": "`+title+`"`) {
			t.Errorf("%s: the JSON Forms UI schema has no label %q", p, title)
		}
	}
}

// TestUISteps checks that a field of the agreement in no step, or in two,
// or a step naming a field the schema does not have, fails the generator.
func TestUISteps(t *testing.T) {
	std, _ := generate(i18n.EN)
	tree, _ := parse(std)
	form, _ := formVariant(tree, i18n.EN)
	root := form.(object)
	if err := checkSteps(root); err != nil {
		t.Fatal(err)
	}
	saved := uiSteps
	defer func() { uiSteps = saved }()
	for name, change := range map[string]func([]uiStep) []uiStep{
		"a field left out": func(s []uiStep) []uiStep { s[0].fields = s[0].fields[1:]; return s },
		"a field twice":    func(s []uiStep) []uiStep { s[1].fields = append(s[1].fields, "/id"); return s },
		"an unknown field": func(s []uiStep) []uiStep { s[1].fields = append(s[1].fields, "/nothing"); return s },
	} {
		uiSteps = change(slices.Clone(saved)) // the changes replace a step's fields, never write into them
		_, err1 := rjsfUISchema(root, i18n.EN, nil)
		_, err2 := jsonFormsUISchema(root, i18n.EN, nil)
		if !errors.Is(err1, errSchema) || !errors.Is(err2, errSchema) {
			t.Errorf("%s: %v, %v; want errSchema from both", name, err1, err2)
		}
		uiSteps = saved
	}
}

func TestMatchPointer(t *testing.T) {
	for _, tc := range []struct {
		pattern, p string
		want       bool
	}{
		{"/annexes/c/security/measures/*", "/annexes/c/security/measures/logging", true},
		{"/annexes/c/security/measures/*", "/annexes/c/security/measures/logging/content", false},
		{"/annexes/b/entries/*/transfer", "/annexes/b/entries/*/transfer", true},
		{"/clauses/assistance/fee", "/clauses/assistance", false},
	} {
		if got := matchPointer(tc.pattern, tc.p); got != tc.want {
			t.Errorf("matchPointer(%q, %q) = %v", tc.pattern, tc.p, got)
		}
	}
}
