package catalog

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
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

// CheckCodes checks a finding-message catalogue against the codes its
// package defines, for that package's tests: ids are the catalogue's ids by
// key (the generated keyIDs; index 0, no key, is skipped), codes the codes
// of the package's definitions, and holds(i, k) reports whether definition
// i holds the text of key k. It returns an error for a code without a
// message of that id, for a definition that holds another code's text,
// and for a message whose id is the code of no definition.
func CheckCodes(ids []string, codes []string, holds func(def, key int) bool) []error {
	byID := make(map[string]int, len(ids))
	for k := 1; k < len(ids); k++ {
		byID[ids[k]] = k
	}
	var errs []error
	for i, c := range codes {
		k, ok := byID[c]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: no message with the code as its id in locales/", c))
			continue
		}
		if !holds(i, k) {
			errs = append(errs, fmt.Errorf("%s: the message is not the catalogue's text for %s", c, ids[k]))
		}
		delete(byID, c)
	}
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		errs = append(errs, fmt.Errorf("locales/ has message %s, which is the code of no definition of this package", id))
	}
	return errs
}
