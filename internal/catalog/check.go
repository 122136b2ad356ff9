package catalog

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// GenFile is the name of the generated file in each package with a
// catalogue.
const GenFile = "catalog_gen.go"

// GapsFile is the name of the known-gaps list in a locales directory.
const GapsFile = "known-gaps.json"

// CheckGenerated fails when dir/catalog_gen.go is not what go generate
// makes of dir/locales now, naming the first line that differs: a file of
// the catalogue was edited without go generate.
func (t Target) CheckGenerated(dir string) error {
	generated, err := t.GenerateDir(os.DirFS(filepath.Join(dir, "locales")), Langs)
	if err != nil {
		return err
	}
	onDisk, err := os.ReadFile(filepath.Join(dir, GenFile))
	if err != nil {
		return err
	}
	if string(onDisk) != string(generated) {
		return errors.New(GenFile + " is stale; run go generate in " + dir + "\n" + firstLineDiff(string(onDisk), string(generated)))
	}
	return nil
}

// firstLineDiff names the first line where a and b differ.
func firstLineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n  committed: " + x + "\n  generated: " + y
		}
	}
	return ""
}

// CheckCurrent reads the files of the locales directory dir and its
// known-gaps.json and fails as [CheckStale] does: for a translation made
// from an English text that has changed since, unless it is listed, and
// for a listed one that is current again.
func CheckCurrent(dir string) error {
	files, err := ReadDir(os.DirFS(dir), Langs)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(filepath.Join(dir, GapsFile))
	if err != nil {
		return err
	}
	gaps, err := DecodeGaps(data)
	if err != nil {
		return err
	}
	return CheckStale(files, gaps)
}
