package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/dpakit/dpakit/dpa"
)

// Everything dpakit prints in text mode goes through linef, which shows
// every character that could change a terminal or disguise the output
// escaped: C0 controls (line feeds and tabs included, when they come from
// input), DEL, C1 controls, the bidi embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C), the
// line and paragraph separators (U+2028, U+2029) and bytes that are not
// UTF-8. Only the format strings, which are dpakit's own, bring line feeds
// and tabs.

// escape returns s with the characters described above written as \xNN (a
// C0 control, DEL or a byte that is not UTF-8) or \uNNNN (the others).
// Everything else, backslashes included, is kept, so that file names and
// messages read as they are; escape(escape(s)) == escape(s).
func escape(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if hostile(r, size) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case !hostile(r, size):
			b.WriteString(s[i : i+size])
		case r < 0x80 || size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += size
	}
	return b.String()
}

// hostile reports whether the rune r, size bytes long, must be escaped.
func hostile(r rune, size int) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == utf8.RuneError && size == 1:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c, r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// linef writes a line (or lines) to w as fmt.Fprintf does, but with every
// string, error and Stringer argument escaped. It is the one function the
// text output is written with.
func linef(w io.Writer, format string, args ...any) {
	for i, a := range args {
		switch v := a.(type) {
		case string:
			args[i] = escape(v)
		case error:
			args[i] = escape(v.Error())
		case fmt.Stringer:
			args[i] = escape(v.String())
		}
	}
	fmt.Fprintf(w, format, args...)
}

// jsonHostile are the characters, besides the C0 controls the JSON encoder
// escapes already, that -json output writes as \u escapes.
var jsonHostile = func() []rune {
	rs := []rune{0x7f, 0x061c, 0x200e, 0x200f, 0x2028, 0x2029}
	for r := rune(0x80); r < 0xa0; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x202a); r <= 0x202e; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x2066); r <= 0x2069; r++ {
		rs = append(rs, r)
	}
	return rs
}()

// escapeJSON replaces, in encoded JSON, DEL, the C1 controls and the bidi
// and line-separator characters with \u escapes. Outside strings JSON holds
// only ASCII, so each of these is inside a string, where the escape means
// the same character: the decoded output is unchanged, but a terminal shows
// it as text.
func escapeJSON(b []byte) []byte {
	for _, r := range jsonHostile {
		var enc [utf8.UTFMax]byte
		n := utf8.EncodeRune(enc[:], r)
		if bytes.Contains(b, enc[:n]) {
			b = bytes.ReplaceAll(b, enc[:n], fmt.Appendf(nil, `\u%04x`, r))
		}
	}
	return b
}

// errWriter is an io.Writer that remembers its first error and writes
// nothing after it, so that a command checks once, at the end, that all of
// its output was written.
type errWriter struct {
	w   io.Writer
	err error
}

// Write writes p unless an earlier write failed.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	e.err = err
	return n, err
}

// terminal reports whether the writer is a terminal, where binary output
// would only garble the screen: a character device other than the null
// device (which takes anything).
func (e *errWriter) terminal() bool {
	f, ok := e.w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}

// finish reports a failed write to stdout on stderr and returns exitUnusable
// for it; otherwise it returns code.
func finish(stdout *errWriter, stderr io.Writer, code int) int {
	if stdout.err != nil {
		linef(stderr, "dpakit: cannot write to standard output: %v\n", stdout.err)
		return exitUnusable
	}
	return code
}

// stdinName is how messages and -json name standard input, given as "-".
const stdinName = "<stdin>"

// errStdinTwice is the error for a second "-": standard input can be read
// only once.
var errStdinTwice = errors.New("standard input is given more than once")

// inputs reads agreements from files and, for "-", standard input.
type inputs struct {
	stdin     io.Reader
	stdinUsed bool
}

// displayName returns how messages name the argument name.
func displayName(name string) string {
	if name == "-" {
		return stdinName
	}
	return name
}

// read decodes the agreement in the file name ("-" for standard input),
// reading no more than dpa.DecodeReader does. The error is a complete,
// unescaped message naming the file, as "FILE: problem" or, for a problem
// in the document, "FILE:LINE:COL: at /pointer: problem" (without "at" for
// a problem with the whole document).
func (in *inputs) read(name string) (*dpa.Agreement, error) {
	a, err := in.decode(name)
	if err != nil {
		return nil, describe(displayName(name), err)
	}
	return a, nil
}

func (in *inputs) decode(name string) (*dpa.Agreement, error) {
	if name == "-" {
		if in.stdinUsed {
			return nil, errStdinTwice
		}
		in.stdinUsed = true
		return dpa.DecodeReader(in.stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return dpa.DecodeReader(f)
}

// describe writes err, about the file shown as name, as a message that
// names the file and the place in it.
func describe(name string, err error) error {
	var de *dpa.DecodeError
	var pe *fs.PathError
	switch {
	case errors.As(err, &de):
		var b strings.Builder
		b.WriteString(name)
		if de.Line > 0 {
			fmt.Fprintf(&b, ":%d:%d", de.Line, de.Column)
		}
		if de.Pointer != "" {
			fmt.Fprintf(&b, ": at %s", de.Pointer)
		}
		cause := de.Err
		if cause == nil {
			cause = errors.New("unusable document")
		}
		fmt.Fprintf(&b, ": %v", cause)
		return errors.New(b.String())
	case errors.As(err, &pe):
		return fmt.Errorf("%s: %v", name, pe.Err)
	}
	return fmt.Errorf("%s: %v", name, err)
}

// parseArgs parses args with fs, flags before, between and after the other
// arguments, which it returns; "--" ends the flags, and "-" is an argument
// (standard input). The flag package alone stops at the first argument
// that is not a flag.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // Parse reports it
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if err := fs.Parse(flags); err != nil {
		return nil, err
	}
	return rest, nil
}

// newFlags returns a flag set that prints nothing itself: the command
// reports parse errors and -h with [parsed].
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parsed handles the outcome of parseArgs: -h or -help prints the
// command's usage to stdout and exits 0 (2 if it cannot be written), a bad
// flag prints the error and the usage to stderr and exits 2. ok is true
// when the command should go on.
func parsed(err error, fs *flag.FlagSet, synopsis string, stdout *errWriter, stderr io.Writer) (code int, ok bool) {
	switch {
	case err == nil:
		return exitOK, true
	case errors.Is(err, flag.ErrHelp):
		commandUsage(stdout, fs, synopsis)
		return finish(stdout, stderr, exitOK), false
	}
	linef(stderr, "dpakit %s: %v\n", fs.Name(), err)
	commandUsage(stderr, fs, synopsis)
	return exitUnusable, false
}

// commandUsage writes the usage of one command: its synopsis and its
// flags.
func commandUsage(w io.Writer, fs *flag.FlagSet, synopsis string) {
	first, more, _ := strings.Cut(synopsis, "\n")
	linef(w, "usage: dpakit %s %s\n", fs.Name(), first)
	for _, l := range strings.Split(more, "\n") {
		linef(w, "%s\n", l)
	}
	linef(w, "\nflags (they may also follow the arguments; -- ends them):\n")
	fs.VisitAll(func(f *flag.Flag) {
		arg, help := flag.UnquoteUsage(f)
		if arg != "" {
			arg = " " + arg
		}
		def := ""
		if f.DefValue != "" && f.DefValue != "false" {
			def = fmt.Sprintf(" (default %q)", f.DefValue)
		}
		linef(w, "  -%s%s\n    \t%s%s\n", f.Name, arg, help, def)
	})
}

// emit writes a command's output: to the file out, or to standard output
// when out is "" (where a write failure is reported by finish). Every
// command that writes a document or a schema ends with it.
func emit(b []byte, out string, stdout *errWriter, stderr io.Writer) int {
	if out == "" {
		stdout.Write(b)
		return finish(stdout, stderr, exitOK)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	return exitOK
}
