package security

import (
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLevelRank(t *testing.T) {
	tests := []struct {
		level  Level
		want   int
		reason string
	}{
		{VeryLow, 1, "lowest level"},
		{Basic, 2, "second level"},
		{Considerable, 3, "third level"},
		{High, 4, "highest level"},
		{"", 0, "the empty level is no level"},
		{"Høj", 0, "a Danish name is not an id"},
		{"HIGH", 0, "ids are case-sensitive"},
	}
	for _, tt := range tests {
		if got := tt.level.Rank(); got != tt.want {
			t.Errorf("Level(%q).Rank() = %d, want %d (%s)", tt.level, got, tt.want, tt.reason)
		}
		if got, want := tt.level.Valid(), tt.want != 0; got != want {
			t.Errorf("Level(%q).Valid() = %t, want %t (%s)", tt.level, got, want, tt.reason)
		}
	}
}

func TestLevelsTable(t *testing.T) {
	next := 1
	for i, d := range Levels {
		if d.ID.Rank() != i+1 {
			t.Errorf("Levels[%d] is %q with rank %d; the table must run from the lowest level", i, d.ID, d.ID.Rank())
		}
		if d.MinScore != next {
			t.Errorf("Levels[%d] (%s) starts at %d, want %d: the bands must be contiguous", i, d.ID, d.MinScore, next)
		}
		if want := strconv.Itoa(d.MinScore) + "-" + strconv.Itoa(d.MaxScore); d.Points != want {
			t.Errorf("Levels[%d].Points = %q, want %q", i, d.Points, want)
		}
		for s := d.MinScore; s <= d.MaxScore; s++ {
			if got := LevelForScore(s); got != d.ID {
				t.Errorf("LevelForScore(%d) = %q, but the table puts it in %q", s, got, d.ID)
			}
		}
		next = d.MaxScore + 1
	}
	if next != 11 {
		t.Errorf("the bands end at %d, want 10", next-1)
	}
	// The names agree in gender with "sikkerhedsniveau" (neuter; review 3
	// da R13).
	if d, _ := Considerable.Def(); d.Name.DA != "Betydeligt" {
		t.Errorf("Considerable is %q in Danish, want Betydeligt", d.Name.DA)
	}
}

func TestRequiredMeasures(t *testing.T) {
	tests := []struct {
		level  Level
		want   []MeasureID
		reason string
	}{
		{
			level:  VeryLow,
			want:   []MeasureID{MeasureAccessControl},
			reason: "even the lowest level limits access to those who need it (seed 004 C.2.2)",
		},
		{
			level:  Basic,
			want:   []MeasureID{MeasureEncryptionInTransit, MeasureAccessControl},
			reason: "basic adds encryption in transit (seed 004 C.2.6)",
		},
		{
			level:  Considerable,
			want:   []MeasureID{MeasureEncryptionAtRest, MeasureEncryptionInTransit, MeasureMFAInternet, MeasureAccessControl, MeasureLogging},
			reason: "considerable adds encryption at rest, MFA over the internet and logging (seed 004 C.2.5, C.2.7, C.2.10)",
		},
		{
			level:  High,
			want:   []MeasureID{MeasureEncryptionAtRest, MeasureEncryptionInTransit, MeasureMFAInternet, MeasureAccessControl, MeasureLogging},
			reason: "seed 004 treats considerable and high alike",
		},
		{
			level:  "medium",
			want:   nil,
			reason: "an unknown level calls for nothing",
		},
	}
	for _, tt := range tests {
		got := tt.level.RequiredMeasures()
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q.RequiredMeasures() mismatch (-want +got) (%s):\n%s", tt.level, tt.reason, diff)
		}
	}
}

// TestRequiredMeasuresMonotonic checks that a higher level never calls for
// less than a lower one, and that each list is in catalogue order.
func TestRequiredMeasuresMonotonic(t *testing.T) {
	var below []MeasureID
	for _, d := range Levels {
		got := d.ID.RequiredMeasures()
		for _, id := range below {
			if !slices.Contains(got, id) {
				t.Errorf("%s drops %s, which a lower level requires", d.ID, id)
			}
		}
		last := -1
		for _, id := range got {
			i := catalogueIndex(id)
			if i <= last {
				t.Errorf("%s.RequiredMeasures() is not in catalogue order at %s", d.ID, id)
			}
			last = i
		}
		below = got
	}
}

func TestRequiredMeasuresIsACopy(t *testing.T) {
	got := High.RequiredMeasures()
	got[0] = "tampered"
	if High.RequiredMeasures()[0] == "tampered" {
		t.Error("changing the returned slice changed the level's measures")
	}
}

func catalogueIndex(id MeasureID) int {
	for i, d := range Catalogue {
		if d.ID == id {
			return i
		}
	}
	return -1
}
