package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/profile"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// fileReport is the -json output for one file.
type fileReport struct {
	File     string        `json:"file"`
	Error    string        `json:"error,omitzero"` // set when the file cannot be used
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
	Findings []dpa.Finding `json:"findings"`
}

func validate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the findings as JSON")
	langTag := fs.String("lang", "en", "language of the messages: en, sv, nb (no) or da")
	profiles := fs.String("profile", "", "comma-separated rule profiles to apply too: se-healthcare, dk-public, no-public")
	if err := fs.Parse(args); err != nil {
		return exitUnusable
	}
	lang, err := i18n.Match(*langTag)
	if err != nil {
		fmt.Fprintln(stderr, "dpakit:", err)
		return exitUnusable
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "dpakit validate: no files given")
		return exitUnusable
	}
	var opts []dpa.Option
	for _, name := range strings.FieldsFunc(*profiles, func(r rune) bool { return r == ',' || r == ' ' }) {
		p, ok := profile.Lookup(name)
		if !ok {
			fmt.Fprintf(stderr, "dpakit: unknown profile %q (profiles: %s)\n", name, profileNames())
			return exitUnusable
		}
		opts = append(opts, dpa.WithProfiles(p))
	}
	v, err := dpa.NewValidator(opts...)
	if err != nil {
		fmt.Fprintln(stderr, "dpakit:", err)
		return exitUnusable
	}
	code := exitOK
	reports := make([]fileReport, 0, fs.NArg())
	for _, name := range fs.Args() {
		rep := check(v, name)
		switch {
		case rep.Error != "":
			code = exitUnusable
		case rep.Errors > 0 && code == exitOK:
			code = exitFindings
		}
		reports = append(reports, rep)
	}
	if *asJSON {
		b, err := json.Marshal(reports, json.Deterministic(true), jsontext.WithIndent("  "))
		if err != nil {
			fmt.Fprintln(stderr, "dpakit:", err)
			return exitUnusable
		}
		stdout.Write(append(b, '\n'))
		return code
	}
	for _, rep := range reports {
		printReport(stdout, stderr, rep, lang)
	}
	return code
}

func profileNames() string {
	var names []string
	for _, p := range profile.All() {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

func check(v *dpa.Validator, name string) fileReport {
	rep := fileReport{File: name, Findings: []dpa.Finding{}}
	data, err := os.ReadFile(name)
	if err != nil {
		rep.Error = err.Error()
		return rep
	}
	a, err := dpa.Decode(data)
	if err != nil {
		var de *dpa.DecodeError
		switch {
		case errors.As(err, &de) && de.Pointer != "":
			rep.Error = fmt.Sprintf("%s:%d:%d: at %s: %v", name, de.Line, de.Column, de.Pointer, de.Err)
		case errors.As(err, &de) && de.Line > 0:
			rep.Error = fmt.Sprintf("%s:%d:%d: %v", name, de.Line, de.Column, de.Err)
		default:
			rep.Error = err.Error()
		}
		return rep
	}
	found := v.Validate(a)
	if found != nil {
		rep.Findings = found
	}
	rep.Errors = found.Count(finding.Error)
	rep.Warnings = found.Count(finding.Warning)
	return rep
}

func printReport(stdout, stderr io.Writer, rep fileReport, lang i18n.Lang) {
	if rep.Error != "" {
		fmt.Fprintf(stderr, "dpakit: cannot use %s\n", rep.Error)
		return
	}
	fmt.Fprintf(stdout, "%s: %d errors, %d warnings, %d findings\n", rep.File, rep.Errors, rep.Warnings, len(rep.Findings))
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	for _, f := range rep.Findings {
		path := f.Path
		if path == "" {
			path = "/"
		}
		ref := ""
		if f.Ref != "" {
			ref = " [" + f.Ref + "]"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s%s\n", f.Severity, f.Code, path, f.Message(lang), ref)
	}
	tw.Flush()
}
