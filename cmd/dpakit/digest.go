package main

import (
	"io"

	"github.com/dpakit/dpakit/dpa"
)

const digestSynopsis = "FILE...\n\n" +
	"Prints the canonical digest of each agreement (sha256: and 64 hexadecimal digits, the SHA-256\n" +
	"of dpa.Encode's bytes) and its name, one a line. Exits 0, or 2 when a file cannot be used."

func digestCmd(args []string, in *inputs, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("digest")
	files, err := parseArgs(fs, args)
	if code, ok := parsed(err, fs, digestSynopsis, stdout, stderr); !ok {
		return code
	}
	if len(files) == 0 {
		linef(stderr, "dpakit digest: no files given\n")
		return exitUnusable
	}
	code := exitOK
	for _, name := range files {
		a, err := in.read(name)
		if err != nil {
			linef(stderr, "dpakit: %v\n", err)
			code = exitUnusable
			continue
		}
		d, err := dpa.Digest(a)
		if err != nil {
			linef(stderr, "dpakit: %s: %v\n", displayName(name), err)
			code = exitUnusable
			continue
		}
		linef(stdout, "%s  %s\n", d, displayName(name))
	}
	return finish(stdout, stderr, code)
}
