package checksum

import "testing"

func TestLuhn(t *testing.T) {
	for _, tc := range []struct {
		in     string
		want   bool
		reason string
	}{
		{"5560360793", true, "Saab AB, DOMAIN.md §4.3"},
		{"2120000142", true, "Stockholms stad"},
		{"1234567897", true, "python-stdnum test number"},
		{"5560360794", false, "last digit changed"},
		{"6408233234", true, "Skatteverket's personnummer example"},
		{"", false, "empty input has no check digit"},
	} {
		if got := Luhn(tc.in); got != tc.want {
			t.Errorf("Luhn(%q) = %v, want %v (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestMod11(t *testing.T) {
	no := []int{3, 2, 7, 6, 5, 4, 3, 2}
	for _, tc := range []struct {
		in     string
		check  int
		ok     bool
		reason string
	}{
		{"12345678", 5, true, "Brønnøysund's example 123456785: sum 138, 138 mod 11 = 6, 11-6 = 5"},
		{"98807791", 7, true, "988 077 917"},
		{"97476067", 3, true, "974 760 673"},
	} {
		c, ok := Mod11(tc.in, no)
		if c != tc.check || ok != tc.ok {
			t.Errorf("Mod11(%q) = %d, %v; want %d, %v (%s)", tc.in, c, ok, tc.check, tc.ok, tc.reason)
		}
	}
	// A remainder of 1 gives check 10, which is never issued.
	if _, ok := Mod11("10000000", []int{1, 0, 0, 0, 0, 0, 0, 0}); ok {
		t.Error("Mod11 with remainder 1 must report a number that is not issued")
	}
}

func TestMod11Zero(t *testing.T) {
	dk := []int{2, 7, 6, 5, 4, 3, 2, 1}
	for _, tc := range []struct {
		in     string
		want   bool
		reason string
	}{
		{"13748136", true, "Erhvervsstyrelsen's example"},
		{"13585628", true, "valid CVR"},
		{"13585627", false, "check digit off by one"},
		{"1358562", false, "too short"},
	} {
		if got := Mod11Zero(tc.in, dk); got != tc.want {
			t.Errorf("Mod11Zero(%q) = %v, want %v (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}
