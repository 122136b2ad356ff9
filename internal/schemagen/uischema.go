package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// The UI schemas of the agreement's form, for react-jsonschema-form and
// JSON Forms, are generated from the form variant of the schema (every
// field with its own title, in the order of the model) and from what
// validation asks of a final agreement. dpa.UISchema serves them.

// A uiTool is a form library and the function that writes its UI schema
// from the form variant of the schema in language l.
type uiTool struct {
	tool  dpa.UITool
	build func(form object, l i18n.Lang, final map[string]bool) (any, error)
}

// uiTools are the UI schemas written for each language.
var uiTools = []uiTool{
	{dpa.RJSF, rjsfUISchema},
	{dpa.JSONForms, jsonFormsUISchema},
}

// uiFileName is the name of the committed UI schema for tool t in language
// l, such as ui.rjsf.da.json.
func uiFileName(t dpa.UITool, l i18n.Lang) string {
	return "ui." + t.String() + "." + string(l) + ".json"
}

// generateUI returns the UI schema for tool t in language l, as the
// indented JSON of the committed file.
func generateUI(t dpa.UITool, l i18n.Lang) ([]byte, error) {
	i := slices.IndexFunc(uiTools, func(x uiTool) bool { return x.tool == t })
	if i < 0 {
		return nil, fmt.Errorf("%w: no UI schema for tool %d", errSchema, t)
	}
	std, err := generate(l)
	if err != nil {
		return nil, err
	}
	tree, err := parse(std)
	if err != nil {
		return nil, err
	}
	form, err := formVariant(tree, l)
	if err != nil {
		return nil, err
	}
	final, err := finalNeeds()
	if err != nil {
		return nil, err
	}
	out, err := uiTools[i].build(form.(object), l, final)
	if err != nil {
		return nil, err
	}
	return encode(out)
}

// uiStep is one step of the form: a title (from the schema's title of its
// only field when nil) and the JSON Pointers of the fields it shows, in
// order.
type uiStep struct {
	title  map[i18n.Lang]string
	fields []string
}

// uiSteps are the form's steps, one per part of the agreement: the
// agreement's own details, the parties, the clauses and each annex. Every
// property of the agreement and of its annexes is in exactly one step;
// generating fails otherwise, so a new field cannot silently miss the form.
var uiSteps = []uiStep{
	{map[i18n.Lang]string{i18n.EN: "The agreement", i18n.SV: "Avtalet", i18n.NB: "Avtalen", i18n.DA: "Aftalen"},
		[]string{"/id", "/version", "/replaces", "/status", "/title", "/languages", "/basedOn", "/date", "/effectiveDate", "/timeZone", "/term", "/mainAgreement", "/precedence"}},
	{map[i18n.Lang]string{i18n.EN: "The parties", i18n.SV: "Parterna", i18n.NB: "Partene", i18n.DA: "Parterne"},
		[]string{"/controllers", "/processor"}},
	{nil, []string{"/clauses"}},
	{nil, []string{"/annexes/a"}},
	{nil, []string{"/annexes/b"}},
	{nil, []string{"/annexes/c"}},
	{nil, []string{"/annexes/d"}},
}

// notInForm are the properties that no person fills in, which are on no
// step: $schema names the schema the document follows, and tools write it
// (dpakit normalize -schema).
var notInForm = []string{"/$schema"}

// optionalParts are the objects that are there or not, as a whole: an
// empty security measure still means the measure is required, and a fee, a
// risk scoring, a transfer basis, a liability clause and its cap or the
// controller's remedies are either given or left out. rjsf offers each behind an Add button. "*" is any array
// index or, at the end, any property.
var optionalParts = []string{
	"/clauses/assistance/fee",
	"/annexes/b/entries/*/transfer",
	"/annexes/c/security/risk",
	"/annexes/c/security/measures/*",
	"/clauses/liability",
	"/clauses/liability/cap",
	"/clauses/remedies",
}

// summaryNames are the properties of an array's item that make up its
// one-line summary, in the order of the item's properties, at most
// summaryMax of them: a sub-processor reads as its id, name and country.
var (
	summaryNames = []string{"id", "name", "role", "heading", "kind", "country", "within", "address"}
	summaryParts = []string{"value", "unit", "country"} // of an object in summaryNames
	summaryMax   = 3
)

// dateFormats is how each language writes a date in numbers, in dayjs
// tokens (which JSON Forms' date picker reads) and as a hint to the user.
// Source: Unicode CLDR, short date pattern ("dd/MM/y" for en-GB, the
// English of the EU; "y-MM-dd" for sv; "dd.MM.y" for nb and da),
// https://www.unicode.org/cldr/charts/latest/by_type/date_&_time.gregorian.html.
var dateFormats = map[i18n.Lang]struct{ format, hint string }{
	i18n.EN: {"DD/MM/YYYY", "DD/MM/YYYY"},
	i18n.SV: {"YYYY-MM-DD", "ÅÅÅÅ-MM-DD"},
	i18n.NB: {"DD.MM.YYYY", "DD.MM.ÅÅÅÅ"},
	i18n.DA: {"DD.MM.YYYY", "DD.MM.ÅÅÅÅ"},
}

// finalSkeletons are agreements marked final with every list holding one
// blank item, and with none: validation reports each field a final
// agreement needs as an error at its JSON Pointer.
var finalSkeletons = []string{
	`{"status": "final", "languages": ["en"]}`,
	`{"status": "final", "languages": ["en"],
	  "controllers": [{"contacts": [{"role": "dpo"}]}], "processor": {"contacts": [{"role": "dpo"}]},
	  "annexes": {"a": {"groups": [{}]}, "b": {"authorisation": "general", "entries": [{"locations": [{}]}]},
	    "c": {"locations": [{}]}, "d": [{}]}}`,
}

var arrayIndex = regexp.MustCompile(`/[0-9]+(/|$)`)

// finalNeeds returns the JSON Pointers, with "*" for an array index, of the
// fields that validation requires of a final agreement: the errors it
// reports on the final skeletons, but for those about an array's item as a
// whole.
func finalNeeds() (map[string]bool, error) {
	out := map[string]bool{}
	for _, s := range finalSkeletons {
		a, err := dpa.Decode([]byte(s))
		if err != nil {
			return nil, fmt.Errorf("%w: a final skeleton: %v", errSchema, err)
		}
		for _, f := range dpa.Validate(a) {
			if f.Severity != dpa.Error || f.Path == "" {
				continue
			}
			p := f.Path
			for arrayIndex.MatchString(p) {
				p = arrayIndex.ReplaceAllString(p, "/*$1")
			}
			if strings.HasSuffix(p, "/*") {
				continue
			}
			out[p] = true
		}
	}
	return out, nil
}

// matchPointer says whether pointer p, with "*" for any array index,
// matches the pattern, whose "*" also stands for any property.
func matchPointer(pattern, p string) bool {
	a, b := strings.Split(pattern, "/"), strings.Split(p, "/")
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && a[i] != "*" {
			return false
		}
	}
	return true
}

// A schema node of the form variant, and what a form makes of it.

func str(o object, name string) string {
	v, _ := o.get(name)
	s, _ := v.(string)
	return s
}

func sub(o object, name string) object {
	v, _ := o.get(name)
	s, _ := v.(object)
	return s
}

// isText says whether s is a free text: an object whose properties are the
// four languages.
func isText(s object) bool {
	props := sub(s, "properties")
	if str(s, "type") != "object" || len(props) != len(i18n.Langs) {
		return false
	}
	for _, m := range props {
		if !slices.Contains(i18n.Langs, i18n.Lang(m.name)) {
			return false
		}
	}
	return true
}

func isObject(s object) bool { return str(s, "type") == "object" && !isText(s) }

func isDate(s object) bool { return str(s, "format") == "date" }

// isChoiceSet says whether s is a list of choices without repeats, which a
// form shows as checkboxes.
func isChoiceSet(s object) bool {
	unique, _ := s.get("uniqueItems")
	items := sub(s, "items")
	_, oneOf := items.get("oneOf")
	return str(s, "type") == "array" && unique == true && oneOf
}

func isObjectArray(s object) bool {
	return str(s, "type") == "array" && isObject(sub(s, "items"))
}

// summary returns the JSON Pointers within an array's item that make up
// its one-line summary, a free text in language l.
func summary(item object, l i18n.Lang) []string {
	var out []string
	for _, m := range sub(item, "properties") {
		s, _ := m.value.(object)
		switch {
		case len(out) == summaryMax || !slices.Contains(summaryNames, m.name):
		case isText(s):
			out = append(out, "/"+m.name+"/"+string(l))
		case str(s, "type") == "string":
			out = append(out, "/"+m.name)
		case isObject(s):
			// a period reads as its value and unit, an address as its country
			for _, n := range sub(s, "properties") {
				if slices.Contains(summaryParts, n.name) && len(out) < summaryMax {
					out = append(out, "/"+m.name+"/"+n.name)
				}
			}
		}
	}
	return out
}

// resolve returns the schema of the field at pointer p from the root.
func resolve(root object, p string) (object, error) {
	s := root
	for _, t := range strings.Split(p, "/")[1:] {
		next := sub(sub(s, "properties"), t)
		if next == nil {
			return nil, fmt.Errorf("%w: the form's steps name %s, which the schema does not have", errSchema, p)
		}
		s = next
	}
	return s, nil
}

// checkSteps fails unless every property of the agreement and of its
// annexes is in exactly one step, or in notInForm.
func checkSteps(root object) error {
	var want []string
	for _, m := range sub(root, "properties") {
		if m.name == "annexes" {
			for _, a := range sub(sub(sub(root, "properties"), "annexes"), "properties") {
				want = append(want, "/annexes/"+a.name)
			}
			continue
		}
		want = append(want, "/"+m.name)
	}
	have := slices.Clone(notInForm)
	for _, st := range uiSteps {
		have = append(have, st.fields...)
	}
	for _, p := range want {
		if n := slices.Index(have, p); n < 0 || slices.Index(have[n+1:], p) >= 0 {
			return fmt.Errorf("%w: %s is in no step of the form, or in two; add it to uiSteps", errSchema, p)
		}
	}
	if len(have) != len(want) {
		return fmt.Errorf("%w: the form's steps name %d fields, the schema has %d", errSchema, len(have), len(want))
	}
	return nil
}

// stepTitle is the title of a step in language l.
func stepTitle(root object, st uiStep, l i18n.Lang) (string, error) {
	if st.title != nil {
		return st.title[l], nil
	}
	s, err := resolve(root, st.fields[0])
	if err != nil {
		return "", err
	}
	return str(s, "title"), nil
}

// rjsfUISchema writes the uiSchema for react-jsonschema-form.
func rjsfUISchema(root object, l i18n.Lang, final map[string]bool) (any, error) {
	if err := checkSteps(root); err != nil {
		return nil, err
	}
	var steps []any
	for _, st := range uiSteps {
		title, err := stepTitle(root, st, l)
		if err != nil {
			return nil, err
		}
		fields := make([]any, len(st.fields))
		for i, f := range st.fields {
			fields[i] = f
		}
		steps = append(steps, object{{"title", title}, {"fields", fields}})
	}
	ui := rjsfNode(root, "", l, final)
	hidden := make([]any, len(notInForm))
	for i, f := range notInForm {
		hidden[i] = f
	}
	return ui.set("ui:options", append(sub(ui, "ui:options"), member{"steps", steps}, member{"notInForm", hidden})), nil
}

func rjsfNode(s object, p string, l i18n.Lang, final map[string]bool) object {
	ui := object{}
	var opts object
	switch {
	case isText(s):
		for _, m := range sub(s, "properties") {
			ui = append(ui, member{m.name, object{{"ui:widget", "textarea"}, {"ui:options", object{{"rows", jsonInt(2)}, {"textLang", true}}}}})
		}
	case isObject(s):
		var order []any
		var fields object
		for _, m := range sub(s, "properties") {
			order = append(order, m.name)
			if c := rjsfNode(m.value.(object), p+"/"+m.name, l, final); len(c) > 0 {
				fields = append(fields, member{m.name, c})
			}
		}
		if len(order) > 0 {
			ui = append(ui, member{"ui:order", append(order, "*")})
		}
		if slices.Equal(order, []any{"value", "unit"}) {
			// a period: a page may set its number and unit side by side
			ui = append(ui, member{"ui:classNames", "period"})
		}
		ui = append(ui, fields...)
	case isDate(s):
		ui = append(ui, member{"ui:widget", "date"}, member{"ui:placeholder", dateFormats[l].hint})
		opts = append(opts, member{"dateFormat", dateFormats[l].format})
	case isChoiceSet(s):
		ui = append(ui, member{"ui:widget", "checkboxes"})
	case isObjectArray(s):
		item := sub(s, "items")
		items := rjsfNode(item, p+"/*", l, final)
		var sum []any
		for _, x := range summary(item, l) {
			sum = append(sum, x)
		}
		if len(sum) > 0 {
			items = items.set("ui:options", append(sub(items, "ui:options"), member{"summary", sum}))
		}
		ui = append(ui, member{"items", items})
	}
	for _, o := range optionalParts {
		if matchPointer(o, p) {
			ui = append(ui, member{"ui:enableOptionalDataFieldForType", []any{"object"}})
		}
	}
	if final[p] {
		opts = append(opts, member{"final", true})
	}
	if len(opts) > 0 {
		ui = append(ui, member{"ui:options", opts})
	}
	return ui
}

// jsonFormsUISchema writes the UI schema for JSON Forms: a Categorization
// shown as a stepper, a Category per step, each step's name a button. It
// leaves out the stepper's showNavButtons: the material renderers write
// those buttons' labels in English whatever the language.
func jsonFormsUISchema(root object, l i18n.Lang, final map[string]bool) (any, error) {
	if err := checkSteps(root); err != nil {
		return nil, err
	}
	var cats []any
	for _, st := range uiSteps {
		title, err := stepTitle(root, st, l)
		if err != nil {
			return nil, err
		}
		var elems []any
		for _, f := range st.fields {
			s, _ := resolve(root, f)
			scope := "#/properties/" + strings.ReplaceAll(f[1:], "/", "/properties/")
			if len(st.fields) == 1 && isObject(s) {
				elems = append(elems, jfChildren(s, scope, f, l, final)...)
				continue
			}
			elems = append(elems, jfElement(s, scope, f, l, final))
		}
		cats = append(cats, object{{"type", "Category"}, {"label", title}, {"elements", elems}})
	}
	return object{
		{"type", "Categorization"},
		{"options", object{{"variant", "stepper"}}},
		{"elements", cats},
	}, nil
}

func jfChildren(s object, scope, p string, l i18n.Lang, final map[string]bool) []any {
	var out []any
	for _, m := range sub(s, "properties") {
		out = append(out, jfElement(m.value.(object), scope+"/properties/"+m.name, p+"/"+m.name, l, final))
	}
	return out
}

// jfElement is the element for the field s at scope and JSON Pointer p.
// The label of a field a final agreement needs is its title marked with an
// asterisk; other fields take their title from the schema.
func jfElement(s object, scope, p string, l i18n.Lang, final map[string]bool) any {
	label := str(s, "title")
	if final[p] {
		label += " *"
	}
	if isObject(s) {
		return object{{"type", "Group"}, {"label", label}, {"elements", jfChildren(s, scope, p, l, final)}}
	}
	el := object{{"type", "Control"}, {"scope", scope}}
	if final[p] {
		el = append(el, member{"label", label})
	}
	var opts object
	switch {
	case isDate(s):
		opts = object{{"dateFormat", dateFormats[l].format}, {"dateSaveFormat", "YYYY-MM-DD"}}
	case isObjectArray(s):
		item := sub(s, "items")
		// JSON Forms shows one property of an item: its name where it
		// has one.
		if sum := summary(item, l); len(sum) > 0 {
			label := sum[0]
			for _, x := range sum {
				if x == "/name" || strings.HasPrefix(x, "/name/") || strings.HasPrefix(x, "/heading/") {
					label = x
					break
				}
			}
			opts = append(opts, member{"elementLabelProp", strings.ReplaceAll(label[1:], "/", ".")})
		}
		opts = append(opts, member{"detail", object{{"type", "VerticalLayout"}, {"elements", jfChildren(item, "#", p+"/*", l, final)}}})
	}
	if len(opts) > 0 {
		el = append(el, member{"options", opts})
	}
	return el
}

// jsonInt is a whole number in the tree.
func jsonInt(n int) any { return json.Number(fmt.Sprint(n)) }
