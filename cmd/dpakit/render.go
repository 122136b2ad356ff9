package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

func renderCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langTag := fs.String("lang", "en", "language: en, sv, nb (no, nn), da")
	formatName := fs.String("format", "markdown", "format: markdown, html or text")
	out := fs.String("o", "", "write to this file instead of standard output")
	toc := fs.Bool("toc", false, "add a table of contents")
	noNumbers := fs.Bool("no-numbering", false, "leave clauses unnumbered")
	annexes := fs.String("annexes", "ABCDE", "the annexes to include, as letters; \"\" for none")
	allowBlanks := fs.Bool("allow-blanks", false, "render a final agreement even though it has blanks")
	parallel := fs.String("parallel", "", "a second language: write both side by side as HTML")
	if err := fs.Parse(args); err != nil {
		return exitUnusable
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "dpakit render: give exactly one agreement file")
		return exitUnusable
	}
	lang, err := i18n.Match(*langTag)
	if err != nil {
		fmt.Fprintln(stderr, "dpakit:", err)
		return exitUnusable
	}
	format, err := render.ParseFormat(*formatName)
	if err != nil {
		fmt.Fprintln(stderr, "dpakit:", err)
		return exitUnusable
	}
	opts := render.Options{TOC: *toc, NoNumbering: *noNumbers, AllowBlanks: *allowBlanks, Annexes: []render.Annex{}}
	for _, r := range strings.ToUpper(*annexes) {
		if r < 'A' || r > 'E' {
			fmt.Fprintf(stderr, "dpakit: unknown annex %q (annexes are A to E)\n", r)
			return exitUnusable
		}
		opts.Annexes = append(opts.Annexes, render.Annex(string(r)))
	}
	name := fs.Arg(0)
	data, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintln(stderr, "dpakit:", err)
		return exitUnusable
	}
	a, err := dpa.Decode(data)
	if err != nil {
		var de *dpa.DecodeError
		if errors.As(err, &de) && de.Line > 0 {
			fmt.Fprintf(stderr, "dpakit: cannot use %s:%d:%d: at %s: %v\n", name, de.Line, de.Column, de.Pointer, de.Err)
		} else {
			fmt.Fprintf(stderr, "dpakit: cannot use %s: %v\n", name, err)
		}
		return exitUnusable
	}
	var buf bytes.Buffer
	if *parallel != "" {
		second, err := i18n.Match(*parallel)
		if err != nil {
			fmt.Fprintln(stderr, "dpakit:", err)
			return exitUnusable
		}
		err = render.RenderParallel(&buf, a, lang, second, opts)
		if code := renderFailed(err, stderr); code != exitOK {
			return code
		}
	} else {
		d, err := render.Build(a, lang, opts)
		if code := renderFailed(err, stderr); code != exitOK {
			return code
		}
		if err := render.Write(&buf, d, format); err != nil {
			fmt.Fprintln(stderr, "dpakit:", err)
			return exitUnusable
		}
	}
	if *out == "" {
		_, err = stdout.Write(buf.Bytes())
	} else {
		err = os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintln(stderr, "dpakit:", err)
		return exitUnusable
	}
	return exitOK
}

// renderFailed reports a rendering error: a final agreement with blanks
// exits 1, like a validation error; anything else 2.
func renderFailed(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "dpakit:", err)
	var be *render.BlanksError
	if errors.As(err, &be) {
		return exitFindings
	}
	return exitUnusable
}
