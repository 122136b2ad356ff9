// Command dpakit validates (and, as the library grows, renders and
// describes) GDPR Art. 28 data processing agreements stored as JSON.
//
// Usage:
//
//	dpakit validate [-json] [-lang sv] FILE...
//	dpakit render [-lang sv] [-format html] [-o FILE] [-toc] [-annexes ABCDE] [-allow-blanks] [-parallel en] FILE
//
// validate prints every finding in every file. It exits 0 when no file has
// an error, 1 when a file has findings of severity error, and 2 when a file
// cannot be used at all (missing, not JSON, an unknown field); the message
// then names the line, column and JSON Pointer.
//
// render writes the agreement in Swedish, Norwegian (Bokmål), Danish or
// English as Markdown, HTML or plain text, or as HTML in two languages side
// by side. A final agreement with blanks is refused (exit 1) unless
// -allow-blanks is given.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK       = 0 // no errors
	exitFindings = 1 // findings with severity error
	exitUnusable = 2 // bad usage or input that cannot be read
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: dpakit <command> [flags] [args]

commands:
  validate [-json] [-lang en|sv|nb|da] [-profile dk-public,...] FILE...   check agreements and print their findings
  render [-lang sv] [-format markdown|html|text] [-o FILE] [-toc] [-annexes ABCDE]
         [-no-numbering] [-allow-blanks] [-parallel en] FILE   write the agreement text
  schema [-lang en|sv|nb|da] [-o FILE]   print the agreement's JSON Schema (draft 2020-12) for forms and validators
`

// run executes the command line args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUnusable
	}
	switch args[0] {
	case "validate":
		return validate(args[1:], stdout, stderr)
	case "render":
		return renderCmd(args[1:], stdout, stderr)
	case "schema":
		return schemaCmd(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "dpakit: unknown command %q\n%s", args[0], usage)
	return exitUnusable
}
