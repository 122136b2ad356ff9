// Package terms is the term catalogue: what every type, field and enum value
// of an agreement is called, and how it is explained to the person filling it
// in, in English, Swedish, Norwegian Bokmål and Danish. The JSON Schema
// (dpa.Schema) takes its titles and descriptions from here, and a renderer
// takes its table headers and labels from here, so that a form and the
// agreement it produces use the same words.
//
// # Keys
//
// A [Key] names a term by Go identifiers, never by JSON names, so that a
// renaming in JSON does not move a label:
//
//	"annex.SubProcessor"        the type (a heading, a schema definition)
//	"annex.SubProcessor.Name"   a field, by its Go name
//	"org.Address.Country"       a field of a shared type, the same wherever it is used
//	"security.Level=high"       a value of an enum, as written in JSON
//	"ui.blank"                  the choice that leaves an enum open in a draft ([Blank])
//	"ui.blank.optional"         a blank that is fine in a final agreement too ([BlankOptional] and the like)
//
// Build keys with [TypeOf], [FieldOf] and [ValueOf] to have the compiler
// check the type, or with [TypeKey], [FieldKey] and [ValueKey] from a
// [reflect.Type]:
//
//	terms.FieldOf[annex.SubProcessor]("Name")  // "annex.SubProcessor.Name"
//	terms.ValueOf(security.High)               // "security.Level=high"
//
// # Looking terms up
//
// [Title] and [Description] return a term's text in a language, falling back
// to English; [Lookup] returns the whole [Term] and whether the key exists.
// A renderer writing the sub-processor table of Annex B in Swedish takes its
// headers like this:
//
//	for _, f := range []string{"Name", "OrgID", "Activity", "Locations"} {
//		header = append(header, terms.Title(terms.FieldOf[annex.SubProcessor](f), i18n.SV))
//	}
//
// which gives "Namn", "Organisationsnummer", "Vad underbiträdet gör" and
// "Platser för behandlingen". For the name of a chosen value, ask for the
// value's key: terms.Title(terms.ValueOf(dpa.Delete), i18n.DA) is "Slette
// alle oplysninger og kopier". [Values] lists an enum's values in the
// order a form offers them; [Enums] lists the enums.
//
// Every field of an agreement has a title and a description in every
// language; types and enum values always have a title, and a description
// where one helps. Titles are labels ("Notice period"); descriptions are
// help text that says what to write, in what form, and when to leave the
// field blank.
//
// # Where the texts live
//
// The catalogue writes each text once. The titles and help texts of types
// and fields (and the help of each organisation register's choice) are
// data: locales/{en,sv,nb,da}/messages.gotext.json, in the shape of
// x/text's gotext catalogues, with a note for translators on each text;
// go generate ./internal/terms compiles them into catalog_gen.go with
// internal/catalog, the generator of render's clauses. A term's key with
// ".title" is the id of its title and with ".help" the id of its
// description. Tests fail when catalog_gen.go is stale or a translation
// was made from an English text that has changed since (locales/README.md).
//
// Enum names stay in Go: every enum has a definitions table beside its
// constants – security.Levels, transfer.Mechanisms, org.Schemes,
// annex.SpecialKinds, dpa.Statuses, civil.Units and the others – and its
// values are read from that table; country names come from CLDR through
// transfer.Country.In; the measures of security.Requirements take the
// names and descriptions of security.Catalogue; the values of i18n.Lang,
// which is below the table mechanism of internal/enum, are defined here.
//
// So terms imports the model packages (civil, i18n, org, transfer,
// security, annex, dpa), and they must never import it; the schema
// generator imports terms. The catalogue is built once, from the generated
// tables and the definitions tables, when the package is initialised; a
// key defined twice panics then, so any test run finds it. Tests in this
// package check that every key has all four languages; dpa's schema tests
// check that every field and enum of an agreement has a term.
package terms
