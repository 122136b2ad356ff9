package holiday_test

import (
	"errors"
	"testing"
	"time"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/civil/holiday"
)

func TestEaster(t *testing.T) {
	// Easter Sundays as the almanacs give them.
	for _, tc := range []struct {
		year  int
		month time.Month
		day   int
	}{
		{1818, time.March, 22}, {1943, time.April, 25}, {2000, time.April, 23}, {2008, time.March, 23},
		{2011, time.April, 24}, {2019, time.April, 21}, {2023, time.April, 9}, {2024, time.March, 31},
		{2025, time.April, 20}, {2026, time.April, 5}, {2027, time.March, 28}, {2028, time.April, 16},
		{2029, time.April, 1}, {2030, time.April, 21}, {2038, time.April, 25}, {2285, time.March, 22},
	} {
		if got, want := holiday.Easter(tc.year), civil.D(tc.year, tc.month, tc.day); got != want {
			t.Errorf("Easter(%d) = %v, want %v", tc.year, got, want)
		}
	}
	// Every Easter is a Sunday from 22 March to 25 April.
	for y := 1583; y <= 9999; y++ {
		e := holiday.Easter(y)
		if !e.Valid() || e.Weekday() != time.Sunday || e.Before(civil.D(y, time.March, 22)) || e.After(civil.D(y, time.April, 25)) {
			t.Fatalf("Easter(%d) = %v (%v)", y, e, e.Weekday())
		}
	}
	for _, y := range []int{0, -1, 10000} {
		if e := holiday.Easter(y); !e.IsZero() {
			t.Errorf("Easter(%d) = %v, want the zero Date", y, e)
		}
	}
}

// day is a holiday for the tables: "2026-04-03 långfredagen".
type day struct {
	date string
	name string
	kind holiday.Kind
}

const (
	P = holiday.PublicHoliday
	T = holiday.TreatedAsHoliday
)

func TestYear(t *testing.T) {
	for _, tc := range []struct {
		country string
		year    int
		want    []day
	}{
		{"SE", 2026, []day{
			{"2026-01-01", "nyårsdagen", P}, {"2026-01-06", "trettondedag jul", P}, {"2026-04-03", "långfredagen", P},
			{"2026-04-05", "påskdagen", P}, {"2026-04-06", "annandag påsk", P}, {"2026-05-01", "första maj", P},
			{"2026-05-14", "Kristi himmelsfärdsdag", P}, {"2026-05-24", "pingstdagen", P}, {"2026-06-06", "nationaldagen", P},
			{"2026-06-19", "midsommarafton", T}, {"2026-06-20", "midsommardagen", P}, {"2026-10-31", "alla helgons dag", P},
			{"2026-12-24", "julafton", T}, {"2026-12-25", "juldagen", P}, {"2026-12-26", "annandag jul", P}, {"2026-12-31", "nyårsafton", T},
		}},
		// 2027: alla helgons dag in November, midsommar on the last days it can.
		{"SE", 2027, []day{
			{"2027-01-01", "nyårsdagen", P}, {"2027-01-06", "trettondedag jul", P}, {"2027-03-26", "långfredagen", P},
			{"2027-03-28", "påskdagen", P}, {"2027-03-29", "annandag påsk", P}, {"2027-05-01", "första maj", P},
			{"2027-05-06", "Kristi himmelsfärdsdag", P}, {"2027-05-16", "pingstdagen", P}, {"2027-06-06", "nationaldagen", P},
			{"2027-06-25", "midsommarafton", T}, {"2027-06-26", "midsommardagen", P}, {"2027-11-06", "alla helgons dag", P},
			{"2027-12-24", "julafton", T}, {"2027-12-25", "juldagen", P}, {"2027-12-26", "annandag jul", P}, {"2027-12-31", "nyårsafton", T},
		}},
		// 2004: annandag pingst, no national day yet.
		{"SE", 2004, []day{
			{"2004-01-01", "nyårsdagen", P}, {"2004-01-06", "trettondedag jul", P}, {"2004-04-09", "långfredagen", P},
			{"2004-04-11", "påskdagen", P}, {"2004-04-12", "annandag påsk", P}, {"2004-05-01", "första maj", P},
			{"2004-05-20", "Kristi himmelsfärdsdag", P}, {"2004-05-30", "pingstdagen", P}, {"2004-05-31", "annandag pingst", P},
			{"2004-06-25", "midsommarafton", T}, {"2004-06-26", "midsommardagen", P}, {"2004-11-06", "alla helgons dag", P},
			{"2004-12-24", "julafton", T}, {"2004-12-25", "juldagen", P}, {"2004-12-26", "annandag jul", P}, {"2004-12-31", "nyårsafton", T},
		}},
		{"NO", 2026, []day{
			{"2026-01-01", "nyttårsdag", P}, {"2026-04-02", "skjærtorsdag", P}, {"2026-04-03", "langfredag", P},
			{"2026-04-05", "første påskedag", P}, {"2026-04-06", "annen påskedag", P}, {"2026-05-01", "1. mai", T},
			{"2026-05-14", "Kristi himmelfartsdag", P}, {"2026-05-17", "17. mai", T}, {"2026-05-24", "første pinsedag", P},
			{"2026-05-25", "annen pinsedag", P}, {"2026-12-25", "første juledag", P}, {"2026-12-26", "annen juledag", P},
		}},
		// 2023: the last store bededag.
		{"DK", 2023, []day{
			{"2023-01-01", "nytårsdag", P}, {"2023-04-06", "skærtorsdag", P}, {"2023-04-07", "langfredag", P},
			{"2023-04-09", "påskedag", P}, {"2023-04-10", "2. påskedag", P}, {"2023-05-05", "store bededag", P},
			{"2023-05-18", "Kristi himmelfartsdag", P}, {"2023-05-28", "pinsedag", P}, {"2023-05-29", "2. pinsedag", P},
			{"2023-06-05", "grundlovsdag", T}, {"2023-12-24", "juleaftensdag", T}, {"2023-12-25", "juledag", P},
			{"2023-12-26", "2. juledag", P}, {"2023-12-31", "nytårsaftensdag", T},
		}},
		{"DK", 2024, []day{
			{"2024-01-01", "nytårsdag", P}, {"2024-03-28", "skærtorsdag", P}, {"2024-03-29", "langfredag", P},
			{"2024-03-31", "påskedag", P}, {"2024-04-01", "2. påskedag", P},
			{"2024-05-09", "Kristi himmelfartsdag", P}, {"2024-05-19", "pinsedag", P}, {"2024-05-20", "2. pinsedag", P},
			{"2024-06-05", "grundlovsdag", T}, {"2024-12-24", "juleaftensdag", T}, {"2024-12-25", "juledag", P},
			{"2024-12-26", "2. juledag", P}, {"2024-12-31", "nytårsaftensdag", T},
		}},
	} {
		c, ok := holiday.For(tc.country)
		if !ok {
			t.Fatalf("For(%q): no calendar", tc.country)
		}
		got := c.Year(tc.year)
		if len(got) != len(tc.want) {
			t.Errorf("%s %d: %d holidays, want %d: %v", tc.country, tc.year, len(got), len(tc.want), got)
			continue
		}
		for i, w := range tc.want {
			g := got[i]
			if g.Date.String() != w.date || g.Name != w.name || g.Kind != w.kind || g.English == "" {
				t.Errorf("%s %d #%d: %v %q %v (%q), want %s %q %v", tc.country, tc.year, i, g.Date, g.Name, g.Kind, g.English, w.date, w.name, w.kind)
			}
			if h, ok := c.Holiday(g.Date); !ok || h.Date != g.Date {
				t.Errorf("%s: Holiday(%v) = %v, %v", tc.country, g.Date, h, ok)
			}
			if c.WorkingDay(g.Date) {
				t.Errorf("%s: %v (%s) is a working day", tc.country, g.Date, g.Name)
			}
		}
	}
}

// TestCoinciding: two holidays on one date are both listed.
func TestCoinciding(t *testing.T) {
	se, _ := holiday.For("SE")
	var names []string
	for _, d := range se.Year(2008) {
		if d.Date == civil.D(2008, time.May, 1) {
			names = append(names, d.Name)
		}
	}
	if len(names) != 2 {
		t.Errorf("1 May 2008 in Sweden: %v, want första maj and Kristi himmelsfärdsdag", names)
	}
}

func TestWorkingDayFrom(t *testing.T) {
	se, _ := holiday.For("se")
	no, _ := holiday.For("NO")
	dk, _ := holiday.For("Dk")
	var none *holiday.Calendar
	for _, tc := range []struct {
		name     string
		c        *holiday.Calendar
		from, to string
	}{
		{"a Tuesday stays", se, "2026-12-01", "2026-12-01"},
		{"a Saturday goes to Monday", se, "2026-12-05", "2026-12-07"},
		{"Swedish Easter: Good Friday to Tuesday", se, "2027-03-26", "2027-03-30"},
		{"Swedish Christmas: julafton to the 28th", se, "2026-12-24", "2026-12-28"},
		{"nyårsafton 2027 (Friday) to 3 January", se, "2027-12-31", "2028-01-03"},
		{"midsommarafton to Monday", se, "2027-06-25", "2027-06-28"},
		{"Norwegian Easter: Maundy Thursday to Tuesday", no, "2027-03-25", "2027-03-30"},
		{"Norwegian Christmas Eve is a working day", no, "2026-12-24", "2026-12-24"},
		{"17 May 2027 (Monday) to Tuesday", no, "2027-05-17", "2027-05-18"},
		{"Danish grundlovsdag 2026 (Friday) to Monday", dk, "2026-06-05", "2026-06-08"},
		{"store bededag 2023", dk, "2023-05-05", "2023-05-08"},
		{"no store bededag in 2024", dk, "2024-04-26", "2024-04-26"},
		{"unknown country: weekends only", none, "2026-12-25", "2026-12-25"},
		{"unknown country: Sunday to Monday", none, "2026-12-27", "2026-12-28"},
	} {
		from, _ := civil.ParseDate(tc.from)
		got, err := tc.c.WorkingDayFrom(from)
		if err != nil || got.String() != tc.to {
			t.Errorf("%s: WorkingDayFrom(%s) = %v, %v; want %s", tc.name, tc.from, got, err, tc.to)
		}
	}
	// 9999-12-31 is a Friday and New Year's Eve: no working day follows.
	if _, err := se.WorkingDayFrom(civil.D(9999, time.December, 31)); !errors.Is(err, civil.ErrOutOfRange) {
		t.Errorf("9999-12-31: %v, want ErrOutOfRange", err)
	}
	if _, err := se.WorkingDayFrom(civil.Date{}); !errors.Is(err, civil.ErrDate) {
		t.Errorf("zero Date: %v, want ErrDate", err)
	}
}

func TestFor(t *testing.T) {
	for _, c := range holiday.Countries() {
		cal, ok := holiday.For(c)
		if !ok || cal.Country() != c {
			t.Errorf("For(%q) = %v, %v", c, cal.Country(), ok)
		}
		srcs := cal.Sources()
		if len(srcs) == 0 {
			t.Errorf("%s: no sources", c)
		}
		for _, s := range srcs {
			if s.Title == "" || len(s.URL) < len("https://") || s.URL[:8] != "https://" {
				t.Errorf("%s: source %+v", c, s)
			}
		}
	}
	for _, c := range []string{"", "FI", "S", "SEE", "\xc3\x85", "se\x00"} {
		if cal, ok := holiday.For(c); ok || cal != nil {
			t.Errorf("For(%q) = %v, true", c, cal.Country())
		}
	}
	var none *holiday.Calendar
	if none.Country() != "" || none.Sources() != nil || none.Year(2026) != nil {
		t.Error("a nil calendar has a country, sources or holidays")
	}
	if _, ok := none.Holiday(civil.D(2026, time.December, 25)); ok {
		t.Error("a nil calendar has Christmas")
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[holiday.Kind]string{P: "public holiday", T: "treated as a public holiday", 0: "Kind(0)"} {
		if got := k.String(); got != want {
			t.Errorf("%d: %q, want %q", k, got, want)
		}
	}
}

func BenchmarkWorkingDayFrom(b *testing.B) {
	se, _ := holiday.For("SE")
	d := civil.D(2026, time.December, 24)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := se.WorkingDayFrom(d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWorkingDayFromEveryDay checks, for every day of 1990 to 2110 in
// every calendar, that WorkingDayFrom gives the first day on or after it
// that is neither a weekend day nor in the year's list of holidays.
func TestWorkingDayFromEveryDay(t *testing.T) {
	for _, country := range append(holiday.Countries(), "") {
		c, _ := holiday.For(country)
		off := map[civil.Date]bool{}
		for y := 1990; y <= 2111; y++ {
			for _, d := range c.Year(y) {
				off[d.Date] = true
			}
		}
		for d := civil.D(1990, time.January, 1); d.Year <= 2110; d, _ = d.AddDays(1) {
			want := d
			for wd := want.Weekday(); wd == time.Saturday || wd == time.Sunday || off[want]; wd = want.Weekday() {
				want, _ = want.AddDays(1)
			}
			if got, err := c.WorkingDayFrom(d); err != nil || got != want {
				t.Fatalf("%q: WorkingDayFrom(%v) = %v, %v; want %v", country, d, got, err, want)
			}
			_, isHoliday := c.Holiday(d)
			if isHoliday != off[d] {
				t.Fatalf("%q: Holiday(%v) = %v; the year's list says %v", country, d, isHoliday, off[d])
			}
		}
	}
}
