package main

import (
	"bytes"
	"io"
	"time"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/paged"
	"github.com/dpakit/dpakit/render"
)

const noticeSynopsis = "[-zone ZONE] [-date TIME] [-lang sv] [-format markdown|html|text|docx|pdf] [-o FILE] OLD NEW\n\n" +
	"Writes the notice to the controller (GDPR Art. 28(2)) of the sub-processors NEW adds or changes:\n" +
	"who, what, where, the transfer assessment, the last day to object and the earliest day the change\n" +
	"may take effect, counted in ZONE (an IANA zone, such as Europe/Copenhagen; by default\nthe agreement's timeZone, or the zone of its governing law's or controller's country;\nthe notice names it in words). -date is the moment of\n" +
	"the notice, as 2027-01-15T09:30 in ZONE or a day 2027-01-15 (default: now). Exits 0, or 2 when a\n" +
	"file cannot be used, nothing needs notice, or the two are not versions of one agreement."

func noticeCmd(args []string, in *inputs, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("notice")
	langTag := fs.String("lang", "en", "language: en, sv, nb (no) or da")
	formatName := fs.String("format", "markdown", "output format: markdown, html, text, docx or pdf")
	zoneName := fs.String("zone", "", "time zone the days are counted in, such as Europe/Copenhagen (default: the agreement's)")
	dateText := fs.String("date", "", "moment of the notice: 2027-01-15T09:30 or 2027-01-15, in -zone (default: now)")
	out := fs.String("o", "", "write to this file instead of standard output")
	files, err := parseArgs(fs, args)
	if code, ok := parsed(err, fs, noticeSynopsis, stdout, stderr); !ok {
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
	if binaryToTerminal("notice", format, *out, stdout, stderr) {
		return exitUnusable
	}
	if len(files) != 2 {
		linef(stderr, "dpakit notice: want two files, OLD and NEW\n")
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
	at, zone, ok := noticeMoment("notice", *zoneName, *dateText, new, stderr)
	if !ok {
		return exitUnusable
	}
	d, err := render.BuildNotice(old, new, lang, render.NoticeOptions{Notified: at, Zone: zone})
	if err != nil {
		linef(stderr, "dpakit notice: %v\n", err)
		return exitUnusable
	}
	var buf bytes.Buffer
	if err := paged.Write(&buf, d, format); err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	return emit(buf.Bytes(), *out, stdout, stderr)
}

// noticeMoment is the moment of a notice, dateText read in the zone
// zoneName or, when that is empty, in the agreement's own time zone
// (dpa.Agreement.Zone); now when dateText is empty. It reports a bad zone
// or date on stderr for command cmd and returns false.
func noticeMoment(cmd, zoneName, dateText string, a *dpa.Agreement, stderr io.Writer) (time.Time, *time.Location, bool) {
	var zone *time.Location
	var err error
	if zoneName != "" {
		zone, err = time.LoadLocation(zoneName)
	} else {
		zone, err = a.Zone()
	}
	if err != nil {
		linef(stderr, "dpakit %s: -zone: %v (give -zone, or the agreement's timeZone)\n", cmd, err)
		return time.Time{}, nil, false
	}
	at := time.Now().In(zone)
	if dateText != "" {
		if at, err = time.ParseInLocation("2006-01-02T15:04", dateText, zone); err != nil {
			if at, err = time.ParseInLocation("2006-01-02", dateText, zone); err != nil {
				linef(stderr, "dpakit %s: -date: want 2027-01-15T09:30 or 2027-01-15, got %q\n", cmd, dateText)
				return time.Time{}, nil, false
			}
		}
	}
	return at, zone, true
}
