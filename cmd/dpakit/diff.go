package main

import (
	"io"
	"text/tabwriter"

	"github.com/dpakit/dpakit/change"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

const diffSynopsis = "[-json] OLD NEW\n\n" +
	"Lists every change from OLD to NEW with its JSON Pointer, kind, old and new value and what it\n" +
	"needs (none, notice, prior-authorisation, signed-amendment) by the rule and legal reference.\n" +
	"Exits 0 when no change needs anything, 1 when one needs notice, authorisation or an amendment,\n" +
	"2 when a file cannot be used or the two are not versions of one agreement."

func diffCmd(args []string, in *inputs, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("diff")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	files, err := parseArgs(fs, args)
	if code, ok := parsed(err, fs, diffSynopsis, stdout, stderr); !ok {
		return code
	}
	if len(files) != 2 {
		linef(stderr, "dpakit diff: want two files, OLD and NEW\n")
		return exitUnusable
	}
	old, err := in.read(files[0])
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	new, err := in.read(files[1])
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	r, err := change.Diff(old, new)
	if err != nil {
		linef(stderr, "dpakit diff: %v\n", err)
		return exitUnusable
	}
	code := exitOK
	if r.Needs != change.None {
		code = exitFindings
	}
	if *asJSON {
		b, err := json.Marshal(r, json.Deterministic(true), jsontext.WithIndent("  "), jsontext.AllowInvalidUTF8(true))
		if err != nil {
			linef(stderr, "dpakit: %v\n", err)
			return exitUnusable
		}
		stdout.Write(append(escapeJSON(b), '\n'))
		return finish(stdout, stderr, code)
	}
	for _, p := range r.Problems {
		linef(stderr, "dpakit diff: warning: %s (%s)\n", p.Message, p.Code)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	for _, c := range r.Changes {
		where := c.Path
		if c.From != "" {
			where = c.From + " → " + c.Path
		}
		linef(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c.Class, c.Kind, where, short(c.Old), short(c.New), c.Ref)
	}
	tw.Flush()
	linef(stdout, "%d changes; needs: %s\n", len(r.Changes), r.Needs)
	return finish(stdout, stderr, code)
}

// short writes a JSON value for a table cell: "-" when absent, cut after
// 60 bytes at a character boundary.
func short(v jsontext.Value) string {
	if len(v) == 0 {
		return "-"
	}
	s := string(v)
	if len(s) > 60 {
		cut := 60
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
