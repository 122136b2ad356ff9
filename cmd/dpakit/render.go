package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"strings"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/paged"
	"github.com/dpakit/dpakit/render"
)

const renderSynopsis = "[flags] FILE\n\n" +
	"Writes the agreement in FILE (- is standard input) as text, or with -format docx or pdf as a\n" +
	"Word document or a PDF (to -o FILE or a pipe, never to a terminal). -parallel writes HTML, DOCX or PDF.\n" +
	"Exits 0, 1 for a final agreement with blanks, 2 for unusable input or output that cannot be written."

func renderCmd(args []string, in *inputs, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("render")
	langTag := fs.String("lang", "en", "language: en, sv, nb (no, nn), da")
	formatName := fs.String("format", "markdown", "format: markdown, html, text, docx or pdf")
	out := fs.String("o", "", "write to this `FILE` instead of standard output")
	toc := fs.Bool("toc", false, "add a table of contents")
	noNumbers := fs.Bool("no-numbering", false, "leave clauses unnumbered")
	annexes := fs.String("annexes", "ABCDE", "the annexes to include, as letters; \"\" for none")
	allowBlanks := fs.Bool("allow-blanks", false, "render a final agreement even though it has blanks")
	parallel := fs.String("parallel", "", "a second language: write both side by side (HTML unless -format docx or pdf)")
	files, err := parseArgs(fs, args)
	if code, ok := parsed(err, fs, renderSynopsis, stdout, stderr); !ok {
		return code
	}
	if len(files) != 1 {
		linef(stderr, "dpakit render: give exactly one agreement file\n")
		return exitUnusable
	}
	lang, err := i18n.Match(*langTag)
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	format, err := paged.ParseFormat(*formatName)
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	binary := paged.Is(format)
	if binaryToTerminal("render", format, *out, stdout, stderr) {
		return exitUnusable
	}
	var second i18n.Lang
	if *parallel != "" {
		if second, err = i18n.Match(*parallel); err != nil {
			linef(stderr, "dpakit: %v\n", err)
			return exitUnusable
		}
		formatGiven := false
		fs.Visit(func(f *flag.Flag) { formatGiven = formatGiven || f.Name == "format" })
		if formatGiven && !binary && format != render.HTML {
			linef(stderr, "dpakit render: -parallel writes HTML, DOCX or PDF, not %s; leave out -format or give -format html, docx or pdf\n", string(format))
			return exitUnusable
		}
	}
	opts := render.Options{TOC: *toc, NoNumbering: *noNumbers, AllowBlanks: *allowBlanks, Annexes: []render.Annex{}}
	for _, r := range strings.ToUpper(*annexes) {
		if r < 'A' || r > 'E' {
			linef(stderr, "dpakit: unknown annex %q (annexes are A to E)\n", string(r))
			return exitUnusable
		}
		opts.Annexes = append(opts.Annexes, render.Annex(string(r)))
	}
	a, err := in.read(files[0])
	if err != nil {
		linef(stderr, "dpakit: cannot use %s\n", err)
		return exitUnusable
	}
	var buf bytes.Buffer
	switch {
	case second != "" && !binary:
		err = render.Parallel(&buf, a, lang, second, opts)
		if code := renderFailed(err, stderr); code != exitOK {
			return code
		}
	case second != "":
		dl, err := render.Build(a, lang, opts)
		if code := renderFailed(err, stderr); code != exitOK {
			return code
		}
		dr, err := render.Build(a, second, opts)
		if code := renderFailed(err, stderr); code != exitOK {
			return code
		}
		err = paged.WriteParallel(&buf, dl, dr, format)
		if err != nil {
			linef(stderr, "dpakit: %v\n", err)
			return exitUnusable
		}
	default:
		d, err := render.Build(a, lang, opts)
		if code := renderFailed(err, stderr); code != exitOK {
			return code
		}
		if err := paged.Write(&buf, d, format); err != nil {
			linef(stderr, "dpakit: %v\n", err)
			return exitUnusable
		}
	}
	return emit(buf.Bytes(), *out, stdout, stderr)
}

// binaryToTerminal reports, on stderr, a paged format asked for without
// -o while standard output is a terminal, and whether it did.
func binaryToTerminal(cmd string, format render.Format, out string, stdout *errWriter, stderr io.Writer) bool {
	if paged.Is(format) && out == "" && stdout.terminal() {
		linef(stderr, "dpakit %s: -format %s writes a binary file; give -o FILE or redirect standard output\n", cmd, string(format))
		return true
	}
	return false
}

// renderFailed reports a rendering error: a final agreement with blanks
// exits 1, like a validation error; anything else 2.
func renderFailed(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	linef(stderr, "dpakit: %v\n", err)
	var be *render.BlanksError
	if errors.As(err, &be) {
		return exitFindings
	}
	return exitUnusable
}
