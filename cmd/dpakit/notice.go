package main

import (
	"io"
)

func noticeCmd(args []string, in *inputs, stdout *errWriter, stderr io.Writer) int {
	linef(stderr, "dpakit notice: not built yet\n")
	return exitUnusable
}
