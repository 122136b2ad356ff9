package main

import (
	"errors"
	"fmt"
	"github.com/dpakit/dpakit/internal/cite"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/profile"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// fileReport is the -json output for one file.
type fileReport struct {
	File     string `json:"file"`
	Error    string `json:"error,omitzero"` // set when the file cannot be used
	Errors   int    `json:"errors"`
	Warnings int    `json:"warnings"`
	// Draft is set for an agreement marked as a draft, whose blank fields
	// are warnings where a final agreement's are errors.
	Draft    bool          `json:"draft,omitzero"`
	Findings []dpa.Finding `json:"findings"`
}

const validateSynopsis = "[-json] [-lang en|sv|nb|da] [-profile NAME,...] [-as-of YYYY-MM-DD] [-lead-time 3m] FILE...\n\n" +
	"Checks each agreement (- is standard input) and prints its findings; with -as-of, as the\n" +
	"agreement stands on that day (transfers assessed then). Exits 0 when no file\n" +
	"has an error, 1 when one has, 2 when a file cannot be used or the output cannot be written."

func validate(args []string, in *inputs, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("validate")
	asJSON := fs.Bool("json", false, "print the findings as JSON")
	langTag := fs.String("lang", "en", "language of the messages and summaries: en, sv, nb (no) or da")
	profiles := fs.String("profile", "", "comma-separated rule profiles to apply too: se-healthcare, dk-public, no-public")
	asOf := fs.String("as-of", "", "validate as the agreement stands on this day (YYYY-MM-DD) instead of its own date")
	lead := fs.String("lead-time", "", "warn this long before a transfer basis ends, as a number and h, d, w, m or y (default 3m)")
	files, err := parseArgs(fs, args)
	if code, ok := parsed(err, fs, validateSynopsis, stdout, stderr); !ok {
		return code
	}
	var opts []dpa.ValidatorOption
	if *asOf != "" {
		d, err := civil.ParseDate(*asOf)
		if err != nil {
			linef(stderr, "dpakit validate: -as-of: %v\n", err)
			return exitUnusable
		}
		opts = append(opts, dpa.AsOf(d))
	}
	if *lead != "" {
		p, err := parseLead(*lead)
		if err != nil {
			linef(stderr, "dpakit validate: -lead-time: %v\n", err)
			return exitUnusable
		}
		opts = append(opts, dpa.LeadTime(p))
	}
	lang, err := i18n.Match(*langTag)
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	if len(files) == 0 {
		linef(stderr, "dpakit validate: no files given\n")
		return exitUnusable
	}
	for _, name := range strings.FieldsFunc(*profiles, func(r rune) bool { return r == ',' || r == ' ' }) {
		p, ok := profile.Lookup(name)
		if !ok {
			linef(stderr, "dpakit: unknown profile %q (profiles: %s)\n", name, profileNames())
			return exitUnusable
		}
		opts = append(opts, dpa.WithProfiles(p))
	}
	v, err := dpa.NewValidator(opts...)
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	code := exitOK
	reports := make([]fileReport, 0, len(files))
	for _, name := range files {
		rep := check(v, in, name)
		switch {
		case rep.Error != "":
			code = exitUnusable
		case rep.Errors > 0 && code == exitOK:
			code = exitFindings
		}
		reports = append(reports, rep)
	}
	if *asJSON {
		b, err := json.Marshal(reports, json.Deterministic(true), jsontext.WithIndent("  "), jsontext.AllowInvalidUTF8(true))
		if err != nil {
			linef(stderr, "dpakit: %v\n", err)
			return exitUnusable
		}
		stdout.Write(append(escapeJSON(b), '\n'))
		return finish(stdout, stderr, code)
	}
	for _, rep := range reports {
		printReport(stdout, stderr, rep, lang)
	}
	return finish(stdout, stderr, code)
}

func profileNames() string {
	var names []string
	for _, p := range profile.All() {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

func check(v *dpa.Validator, in *inputs, name string) fileReport {
	rep := fileReport{File: displayName(name), Findings: []dpa.Finding{}}
	a, err := in.read(name)
	if err != nil {
		rep.Error = err.Error()
		return rep
	}
	found := v.Validate(a)
	rep.Draft = a.Status == dpa.Draft
	if found != nil {
		rep.Findings = found
	}
	rep.Errors = found.Count(finding.Error)
	rep.Warnings = found.Count(finding.Warning)
	return rep
}

// printReport writes one file's report in text: a summary line in the
// language, then one line per finding.
func printReport(stdout, stderr io.Writer, rep fileReport, lang i18n.Lang) {
	if rep.Error != "" {
		linef(stderr, "dpakit: cannot use %s\n", rep.Error)
		return
	}
	notes := finding.List(rep.Findings).Count(finding.Info)
	line := summary(lang, rep.Errors, rep.Warnings, notes)
	if rep.Draft {
		// A reader of "0 errors" must not take a draft full of blanks
		// for a complete agreement (review 41 en R3, da R4).
		line += " " + draftNote[lang]
	}
	linef(stdout, "%s: %s\n", rep.File, line)
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	for _, f := range rep.Findings {
		path := f.Path
		if path == "" {
			path = "/"
		}
		ref := ""
		if f.Ref != "" {
			ref = " [" + escape(cite.Format(f.Ref, lang)) + "]"
		}
		linef(tw, "  %s\t%s\t%s\t%s%s\n", severityWord(lang, f.Severity), string(f.Code), path, f.Message(lang), ref)
	}
	tw.Flush()
}

// parseLead reads a lead time such as "90d" or "3m": a positive number and
// one of h, d, w, m, y.
func parseLead(s string) (civil.Period, error) {
	units := map[byte]civil.Unit{'h': civil.Hours, 'd': civil.Days, 'w': civil.Weeks, 'm': civil.Months, 'y': civil.Years}
	if len(s) < 2 {
		return civil.Period{}, errors.New("want a number and h, d, w, m or y, such as 90d")
	}
	u, ok := units[s[len(s)-1]]
	n, err := strconv.Atoi(s[:len(s)-1])
	if !ok || err != nil || n <= 0 {
		return civil.Period{}, fmt.Errorf("%q: want a positive number and h, d, w, m or y, such as 90d", s)
	}
	return civil.Of(n, u), nil
}
