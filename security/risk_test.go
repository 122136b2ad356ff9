package security

import "testing"

func TestRiskScore(t *testing.T) {
	tests := []struct {
		name      string
		risk      Risk
		wantScore int
		wantLevel Level
		reason    string
	}{
		{
			name:      "few-ordinary",
			risk:      Risk{Subjects: Under1000},
			wantScore: 1, wantLevel: VeryLow,
			reason: "DOMAIN.md §5.3: fewer than 1 000 data subjects with ordinary data only is 1 point",
		},
		{
			name:      "mid-cpr",
			risk:      Risk{Subjects: From1000To10000, Confidential: true},
			wantScore: 4, wantLevel: Basic,
			reason: "DOMAIN.md §5.3: 1 000–10 000 data subjects (2) with CPR numbers (2) is 4 points",
		},
		{
			name:      "many-art9",
			risk:      Risk{Subjects: Over10000, SpecialCategories: true},
			wantScore: 6, wantLevel: Considerable,
			reason: "DOMAIN.md §5.3: more than 10 000 data subjects (3) with Art. 9 data (3) is 6 points",
		},
		{
			name:      "mid-art9-cpr-profiling",
			risk:      Risk{Subjects: From1000To10000, SpecialCategories: true, Confidential: true, SpecialProcessing: true},
			wantScore: 9, wantLevel: High,
			reason: "DOMAIN.md §5.3: 2 + 3 + 2 + 2 is 9 points",
		},
		{
			name:      "seed-004",
			risk:      Risk{Subjects: From1000To10000, SpecialCategories: true, Confidential: true},
			wantScore: 7, wantLevel: High,
			reason: "seed 004 Bilag C.2 ticks 1 000–10 000, ordinary, Art. 9 and confidential data, and marks Høj",
		},
		{
			name:      "edge-2",
			risk:      Risk{Subjects: From1000To10000},
			wantScore: 2, wantLevel: VeryLow,
			reason: "2 points is the top of very low",
		},
		{
			name:      "edge-3",
			risk:      Risk{Subjects: Under1000, Confidential: true},
			wantScore: 3, wantLevel: Basic,
			reason: "3 points is the bottom of basic",
		},
		{
			name:      "edge-3-many",
			risk:      Risk{Subjects: Over10000},
			wantScore: 3, wantLevel: Basic,
			reason: "many data subjects alone already reach basic",
		},
		{
			name:      "edge-4",
			risk:      Risk{Subjects: Under1000, SpecialCategories: true},
			wantScore: 4, wantLevel: Basic,
			reason: "4 points is the top of basic",
		},
		{
			name:      "edge-5",
			risk:      Risk{Subjects: Under1000, Confidential: true, SpecialProcessing: true},
			wantScore: 5, wantLevel: Considerable,
			reason: "5 points is the bottom of considerable",
		},
		{
			name:      "edge-6",
			risk:      Risk{Subjects: From1000To10000, Confidential: true, SpecialProcessing: true},
			wantScore: 6, wantLevel: Considerable,
			reason: "6 points is the top of considerable",
		},
		{
			name:      "edge-7",
			risk:      Risk{Subjects: Over10000, Confidential: true, SpecialProcessing: true},
			wantScore: 7, wantLevel: High,
			reason: "7 points is the bottom of high",
		},
		{
			name:      "max",
			risk:      Risk{Subjects: Over10000, SpecialCategories: true, Confidential: true, SpecialProcessing: true},
			wantScore: 10, wantLevel: High,
			reason: "every factor at once is the maximum, 10 points",
		},
		{
			name:      "no-band",
			risk:      Risk{SpecialCategories: true, Confidential: true},
			wantScore: 0, wantLevel: "",
			reason: "without the number of data subjects there is no score, whatever else is ticked",
		},
		{
			name:      "bad-band",
			risk:      Risk{Subjects: "lots", SpecialProcessing: true},
			wantScore: 0, wantLevel: "",
			reason: "an unknown band gives no score",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.risk.Score(); got != tt.wantScore {
				t.Errorf("%+v.Score() = %d, want %d (%s)", tt.risk, got, tt.wantScore, tt.reason)
			}
			if got := tt.risk.Level(); got != tt.wantLevel {
				t.Errorf("%+v.Level() = %q, want %q (%s)", tt.risk, got, tt.wantLevel, tt.reason)
			}
		})
	}
}

// TestRiskLevelMatchesTable checks every reachable score against the bands
// of the Levels table, so that the code and the table cannot drift apart.
func TestRiskLevelMatchesTable(t *testing.T) {
	for _, band := range []SubjectBand{Under1000, From1000To10000, Over10000} {
		for bits := range 8 {
			r := Risk{Subjects: band, SpecialCategories: bits&1 != 0, Confidential: bits&2 != 0, SpecialProcessing: bits&4 != 0}
			s := r.Score()
			d, ok := r.Level().Def()
			if !ok {
				t.Errorf("%+v: score %d has no level", r, s)
				continue
			}
			if s < d.MinScore || s > d.MaxScore {
				t.Errorf("%+v: score %d gives %s, whose table range is %d-%d", r, s, d.ID, d.MinScore, d.MaxScore)
			}
		}
	}
}

func TestLevelForScore(t *testing.T) {
	tests := []struct {
		score  int
		want   Level
		reason string
	}{
		{0, "", "0 is no score"},
		{-1, "", "negative scores do not exist"},
		{11, "", "the scheme cannot exceed 10 points"},
		{1, VeryLow, "lowest possible score"},
		{2, VeryLow, "top of very low"},
		{3, Basic, "bottom of basic"},
		{4, Basic, "top of basic"},
		{5, Considerable, "bottom of considerable"},
		{6, Considerable, "top of considerable"},
		{7, High, "bottom of high"},
		{10, High, "highest possible score"},
	}
	for _, tt := range tests {
		if got := LevelForScore(tt.score); got != tt.want {
			t.Errorf("LevelForScore(%d) = %q, want %q (%s)", tt.score, got, tt.want, tt.reason)
		}
	}
}

func TestBandFor(t *testing.T) {
	tests := []struct {
		n      int
		want   SubjectBand
		reason string
	}{
		{-1, "", "a negative count is not a count"},
		{0, Under1000, "no data subjects yet is still under 1 000"},
		{999, Under1000, "the last count under 1 000"},
		{1000, From1000To10000, "seed 004 writes the middle band as 1000 - 10.000, so 1 000 belongs to it"},
		{10000, From1000To10000, "10 000 is the top of the middle band"},
		{10001, Over10000, "the first count over 10 000"},
	}
	for _, tt := range tests {
		got := BandFor(tt.n)
		if got != tt.want {
			t.Errorf("BandFor(%d) = %q, want %q (%s)", tt.n, got, tt.want, tt.reason)
		}
		if d, ok := got.Def(); ok && d.Points != got.Points() {
			t.Errorf("SubjectBands[%s].Points = %d, but Points() = %d", got, d.Points, got.Points())
		}
	}
}
