package main

import (
	"bytes"
	"io"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/paged"
	"github.com/dpakit/dpakit/render"
)

const amendSynopsis = "[-lang sv] [-format markdown|html|text|docx|pdf] [-no-numbering] [-notice TIME [-zone ZONE]] [-o FILE] OLD NEW\n\n" +
	"Writes the amendment from OLD to NEW: a summary of every change with what it needs and its legal\n" +
	"basis, then the redline of each clause whose text differs, words taken out marked as deleted and\n" +
	"words put in as inserted (HTML del and ins; Markdown ~~old~~ and <ins>new</ins>; text [-old-] and\n" +
	"{+new+}), and the signature blocks when the changes need a signed amendment. With -notice, the\n" +
	"moment of the processor's notice of the change of sub-processors (2027-01-15T09:30 or 2027-01-15,\n" +
	"in -zone or the agreement's zone), the summary says change by change when each takes effect: the\n" +
	"change of sub-processors under that notice, without signature. Exits 0, or 2 when a\n" +
	"file cannot be used or the two are not versions of one agreement."

func amendCmd(args []string, in *inputs, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("amend")
	langTag := fs.String("lang", "en", "language: en, sv, nb (no) or da")
	formatName := fs.String("format", "markdown", "output format: markdown, html, text, docx or pdf")
	noNumbering := fs.Bool("no-numbering", false, "leave clauses and paragraphs unnumbered")
	noticeText := fs.String("notice", "", "moment of the notice the change of sub-processors is given under: 2027-01-15T09:30 or 2027-01-15")
	zoneName := fs.String("zone", "", "time zone of -notice, such as Europe/Copenhagen (default: the agreement's)")
	out := fs.String("o", "", "write to this file instead of standard output")
	files, err := parseArgs(fs, args)
	if code, ok := parsed(err, fs, amendSynopsis, stdout, stderr); !ok {
		return code
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
	if binaryToTerminal("amend", format, *out, stdout, stderr) {
		return exitUnusable
	}
	if len(files) != 2 {
		linef(stderr, "dpakit amend: want two files, OLD and NEW\n")
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
	opts := render.Options{NoNumbering: *noNumbering}
	if *noticeText != "" {
		at, zone, ok := noticeMoment("amend", *zoneName, *noticeText, new, stderr)
		if !ok {
			return exitUnusable
		}
		opts.Notice = render.NoticeOptions{Notified: at, Zone: zone}
	}
	d, err := render.BuildAmendment(old, new, lang, opts)
	if err != nil {
		linef(stderr, "dpakit amend: %v\n", err)
		return exitUnusable
	}
	var buf bytes.Buffer
	if err := paged.Write(&buf, d, format); err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	return emit(buf.Bytes(), *out, stdout, stderr)
}
