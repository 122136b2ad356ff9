package dpa

import (
	_ "embed" // the committed UI schemas
	"fmt"
	"slices"

	"github.com/dpakit/dpakit/i18n"
)

// UITool is a form library that [UISchema] writes a UI schema for: the
// layout, widgets and labels of an agreement's form, beside the JSON Schema
// that holds its rules.
type UITool uint8

// The form libraries with a UI schema.
const (
	// RJSF is react-jsonschema-form (@rjsf/core 6): a uiSchema that goes
	// with the [StandardVariant] schema, passed as the Form's uiSchema.
	RJSF UITool = iota + 1
	// JSONForms is JSON Forms (@jsonforms/react 3 with the material
	// renderers): a UI schema that goes with the [FormVariant] schema,
	// passed as the JsonForms component's uischema.
	JSONForms
)

// String returns the tool's name in the UI schema's file name: "rjsf" or
// "jsonforms", and "" for a value that is neither.
func (t UITool) String() string {
	switch t {
	case RJSF:
		return "rjsf"
	case JSONForms:
		return "jsonforms"
	}
	return ""
}

// The committed UI schemas, generated from the model by internal/schemagen
// (go generate) and kept current by its test.
var (
	//go:embed schema/ui.rjsf.en.json
	uiRJSFEN string
	//go:embed schema/ui.rjsf.sv.json
	uiRJSFSV string
	//go:embed schema/ui.rjsf.nb.json
	uiRJSFNB string
	//go:embed schema/ui.rjsf.da.json
	uiRJSFDA string
	//go:embed schema/ui.jsonforms.en.json
	uiJSONFormsEN string
	//go:embed schema/ui.jsonforms.sv.json
	uiJSONFormsSV string
	//go:embed schema/ui.jsonforms.nb.json
	uiJSONFormsNB string
	//go:embed schema/ui.jsonforms.da.json
	uiJSONFormsDA string
)

// uiFiles holds the committed UI schemas by tool, in the order of
// [i18n.Langs].
var uiFiles = map[UITool][4]*string{
	RJSF:      {&uiRJSFEN, &uiRJSFSV, &uiRJSFNB, &uiRJSFDA},
	JSONForms: {&uiJSONFormsEN, &uiJSONFormsSV, &uiJSONFormsNB, &uiJSONFormsDA},
}

// UISchema returns the UI schema of an agreement's form for tool in
// language l, as indented JSON: the committed file
// dpa/schema/ui.<tool>.<lang>.json, embedded and served without copying,
// as [Schema] serves the schema it goes with. It is generated from the
// model ahead of time, beside the schema, so the two always describe the
// same fields.
//
// Both tools get the same form: one step per part of the agreement (the
// agreement itself, the parties, the clauses and each annex A–D), fields in
// the order of the agreement, arrays with a one-line summary of each item
// (a sub-processor by its id, name and country), kinds of personal data as
// checkboxes, dates shown in the language's numeric form and stored as
// YYYY-MM-DD, and a required marker on exactly the fields a final
// agreement needs (the fields [Validate] reports as missing in a final
// agreement). A UI schema names free texts as a whole, not their
// languages: pair it with a schema restricted by [SchemaTextLangs] to show
// only the agreement's languages.
//
// The rjsf uiSchema uses rjsf's own keys ("ui:order", "ui:widget",
// "ui:options", "ui:enableOptionalDataFieldForType") and these options that
// a page's templates read: "steps" at the root (each a title and the JSON
// Pointers of its fields), "summary" on an array's items (the JSON Pointers
// within an item that make up its one-line summary), "final" on a field a
// final agreement needs, "textLang" on the input of one language of a free
// text (whose label and help a page may leave out when the agreement has
// one language), the class name "period" on a period (a number and a
// unit), and "dateFormat" (dayjs tokens, such as "DD.MM.YYYY") on
// a date with the "date" widget. The JSON Forms UI schema
// is a Categorization with the stepper variant and uses only JSON Forms'
// own element types and material-renderer options; a page sets
// hideRequiredAsterisk, since the labels carry the marker for a final
// agreement.
//
// The error is an [*i18n.UnsupportedError] for a language other than the
// four, and an error for a tool other than [RJSF] and [JSONForms].
func UISchema(tool UITool, l i18n.Lang) (string, error) {
	files, ok := uiFiles[tool]
	if !ok {
		return "", fmt.Errorf("dpa: no UI schema for tool %d", tool)
	}
	i := slices.Index(i18n.Langs, l)
	if i < 0 {
		return "", &i18n.UnsupportedError{Tag: string(l)}
	}
	return *files[i], nil
}
