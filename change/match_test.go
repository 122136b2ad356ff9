package change

import "testing"

// TestMatch checks the JSON Pointer patterns of Rules: exact segments, "*"
// for one segment, "/**" for any rest or none, and the near misses (a longer or
// shorter segment, a prefix that is not a whole segment).
func TestMatch(t *testing.T) {
	for _, c := range []struct {
		pattern, path string
		want          bool
	}{
		{"/version", "/version", true},
		{"/version", "/versions", false},
		{"/versions", "/version", false},
		{"/version", "/version/x", false},
		{"/annexes/b/entries/*", "/annexes/b/entries/0", true},
		{"/annexes/b/entries/*", "/annexes/b/entries/12", true},
		{"/annexes/b/entries/*", "/annexes/b/entries/0/name", false},
		{"/annexes/b/entries/*/name", "/annexes/b/entries/3/name", true},
		{"/annexes/b/entries/*/name", "/annexes/b/entries/3/names", false},
		{"/annexes/b/entries/*/name", "/annexes/b/entries//name", true},
		{"/controllers/*/address/**", "/controllers/0/address/city", true},
		{"/controllers/*/address/**", "/controllers/0/address", true}, // the whole member
		{"/controllers/*/address/**", "/controllers/0/addresses/city", false},
		{"/**", "/anything/at/all", true},
		{"/**", "", true},
		{"/a", "", false},
		{"/a", "a", false},
		{"/annexes/b", "/annexes/bb", false},
	} {
		if got := match(c.pattern, c.path); got != c.want {
			t.Errorf("match(%q, %q) = %v, want %v", c.pattern, c.path, got, c.want)
		}
	}
}
