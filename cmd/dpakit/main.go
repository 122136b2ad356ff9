// Command dpakit validates, renders and describes GDPR Art. 28 data
// processing agreements stored as JSON.
//
// Usage:
//
//	dpakit validate [-json] [-lang sv] [-profile dk-public,...] FILE...
//	dpakit render [-lang sv] [-format html] [-o FILE] [-toc] [-annexes ABCDE] [-allow-blanks] [-parallel en] FILE
//	dpakit schema [-lang sv] [-variant form] [-text da,en] [-o FILE]
//	dpakit digest FILE...
//	dpakit diff [-json] OLD NEW
//	dpakit notice -lang da -date 2027-01-15T09:30 -zone Europe/Copenhagen OLD NEW
//	dpakit serve [-addr 127.0.0.1:8080] [-renders N] [-max-body BYTES] [-log text|json]
//	dpakit amend -lang sv -format html OLD NEW
//	dpakit normalize [-schema] [-lang sv] [-o FILE] FILE
//
// Flags may come before or after the files; "--" ends them. A FILE of "-"
// is standard input, which messages and -json name "<stdin>". No more than
// 64 MiB (dpa.MaxDocumentSize) and one byte is read from any input. -h or
// -help after a command prints its usage.
//
// validate prints every finding in every file, and for each file a
// summary in the language of -lang ("1 fel, 2 varningar"). It exits 0 when
// no file has an error, 1 when a file has findings of severity error, and
// 2 when a file cannot be used at all (missing, larger than 64 MiB, not
// JSON, not a JSON object, an unknown field); the message then names the
// place as FILE:LINE:COL and the JSON Pointer.
//
// render writes the agreement in Swedish, Norwegian (Bokmål), Danish or
// English as Markdown, HTML or plain text, or with -parallel as HTML in two
// languages side by side (-parallel with -format markdown or text is an
// error). A final agreement with blanks is refused (exit 1) unless
// -allow-blanks is given.
//
// serve answers POST /v1/validate, POST /v1/render, GET /v1/schema, GET
// /v1/examples/{name}, GET /healthz and GET /openapi.json over HTTP until
// SIGTERM or SIGINT, then lets the requests in flight finish; see package
// internal/server.
//
// Every command exits 2 for bad usage and when its output cannot be
// written. In text mode every character from the input that could act on
// a terminal or disguise the output (control characters, bidi overrides)
// is printed escaped, as \x1b or \u202e; -json output has them as JSON \u
// escapes.
package main

import (
	"io"
	"os"
)

// Exit codes.
const (
	exitOK       = 0 // no errors
	exitFindings = 1 // findings with severity error
	exitUnusable = 2 // bad usage, input that cannot be used or output that cannot be written
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: dpakit <command> [flags] [args]

commands:
  validate [-json] [-lang en|sv|nb|da] [-profile dk-public,...] [-as-of DATE] [-lead-time 3m] FILE...
         check agreements and print their findings, as of a day if asked
  render [-lang sv] [-format markdown|html|text] [-o FILE] [-toc] [-annexes ABCDE]
         [-no-numbering] [-allow-blanks] [-parallel en] FILE   write the agreement text
  schema [-lang en|sv|nb|da] [-variant standard|form|openapi] [-text da,en]
         [-o FILE]   print the agreement's JSON Schema (draft 2020-12) for forms and validators
  digest FILE...   print each agreement's canonical digest (sha256:…)
  diff [-json] [-lang en|sv|nb|da] OLD NEW   list the changes between two versions, each classified
         (exit 0 none that needs anything, 1 changes that need notice, authorisation or an amendment)
  notice [-lang sv] [-format markdown|html|text] -date TIME [-zone Europe/Stockholm] [-o FILE] OLD NEW
         write the Art. 28(2) notice of the new or replaced sub-processors to the controller
  serve [-addr 127.0.0.1:8080] [-renders N] [-max-body BYTES] [-log text|json]
         serve validate, render, schema and examples over HTTP (GET /openapi.json describes it)
  amend [-lang sv] [-format markdown|html|text] [-no-numbering] [-o FILE] OLD NEW
         write the amendment: a summary of the changes and the redline of each changed clause
  normalize [-schema] [-lang en|sv|nb|da] [-o FILE] FILE
         write the agreement in canonical form; -schema names its JSON Schema in $schema

A FILE of - is standard input. Flags may follow the files; -- ends them.
Run dpakit <command> -h for a command's flags.
`

// run executes the command line args and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := &errWriter{w: stdout}
	if len(args) == 0 {
		linef(stderr, usage)
		return exitUnusable
	}
	switch args[0] {
	case "validate":
		return validate(args[1:], &inputs{stdin: stdin}, out, stderr)
	case "render":
		return renderCmd(args[1:], &inputs{stdin: stdin}, out, stderr)
	case "schema":
		return schemaCmd(args[1:], out, stderr)
	case "digest":
		return digestCmd(args[1:], &inputs{stdin: stdin}, out, stderr)
	case "diff":
		return diffCmd(args[1:], &inputs{stdin: stdin}, out, stderr)
	case "notice":
		return noticeCmd(args[1:], &inputs{stdin: stdin}, out, stderr)
	case "serve":
		return serveCmd(args[1:], out, stderr)
	case "amend":
		return amendCmd(args[1:], &inputs{stdin: stdin}, out, stderr)
	case "normalize":
		return normalizeCmd(args[1:], &inputs{stdin: stdin}, out, stderr)
	case "help", "-h", "-help", "--help":
		linef(out, usage)
		return finish(out, stderr, exitOK)
	}
	linef(stderr, "dpakit: unknown command %q\n"+usage, args[0])
	return exitUnusable
}
