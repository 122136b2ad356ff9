package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
)

// TestVersionFilesCurrent keeps json/<version>.json in step with the Go
// values, and checks that each version names the one it replaces by its
// digest.
func TestVersionFilesCurrent(t *testing.T) {
	olds := map[string]*dpa.Agreement{}
	for _, e := range examples.All() {
		olds[e.Name] = e.Build()
	}
	for _, v := range examples.Versions() {
		t.Run(v.Name, func(t *testing.T) {
			path := filepath.Join("json", v.Name+".json")
			got, err := dpa.Encode(v.Build())
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			file, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(file, got) {
				t.Fatalf("%s is out of date (%v); run go test ./examples -update", path, err)
			}
			r, err := change.Diff(olds[v.Replaces], v.Build())
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Problems) > 0 {
				t.Errorf("problems: %v", r.Problems)
			}
			if len(r.SubProcessors()) == 0 {
				t.Error("no sub-processor change to notify")
			}
		})
	}
}
