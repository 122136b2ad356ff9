package holiday_test

import (
	"fmt"
	"time"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/civil/holiday"
)

func ExampleEaster() {
	fmt.Println(holiday.Easter(2027))
	// Output: 2027-03-28
}

func ExampleFor() {
	se, ok := holiday.For("SE")
	fmt.Println(se.Country(), ok)
	fmt.Println(se.Sources()[0].Title)
	_, ok = holiday.For("FI")
	fmt.Println(ok)
	// Output:
	// SE true
	// Lag (1989:253) om allmänna helgdagar
	// false
}

func ExampleCountries() {
	fmt.Println(holiday.Countries())
	// Output: [DK NO SE]
}

func ExampleKind_String() {
	fmt.Println(holiday.TreatedAsHoliday)
	// Output: treated as a public holiday
}

func ExampleCalendar_Holiday() {
	dk, _ := holiday.For("DK")
	d, ok := dk.Holiday(civil.D(2026, time.June, 5))
	fmt.Println(d.Name, d.Kind, ok)
	// Output: grundlovsdag treated as a public holiday true
}

func ExampleCalendar_WorkingDay() {
	no, _ := holiday.For("NO")
	fmt.Println(no.WorkingDay(civil.D(2026, time.May, 1)))
	fmt.Println(no.WorkingDay(civil.D(2026, time.December, 24)))
	// Output:
	// false
	// true
}

// A period whose last day is Good Friday 2027 ends on the Tuesday after
// Easter in Sweden; where no calendar is known, only weekends move it.
func ExampleCalendar_WorkingDayFrom() {
	se, _ := holiday.For("SE")
	fmt.Println(se.WorkingDayFrom(civil.D(2027, time.March, 26)))
	var weekendsOnly *holiday.Calendar
	fmt.Println(weekendsOnly.WorkingDayFrom(civil.D(2027, time.March, 26)))
	// Output:
	// 2027-03-30 <nil>
	// 2027-03-26 <nil>
}

func ExampleCalendar_Year() {
	se, _ := holiday.For("SE")
	for _, d := range se.Year(2026)[9:12] {
		fmt.Println(d.Date, d.Name, "-", d.Kind)
	}
	// Output:
	// 2026-06-19 midsommarafton - treated as a public holiday
	// 2026-06-20 midsommardagen - public holiday
	// 2026-10-31 alla helgons dag - public holiday
}

func ExampleCalendar_Country() {
	no, _ := holiday.For("no")
	fmt.Println(no.Country())
	// Output: NO
}

func ExampleCalendar_Sources() {
	no, _ := holiday.For("NO")
	for _, s := range no.Sources() {
		fmt.Println(s.URL)
	}
	// Output:
	// https://lovdata.no/dokument/NL/lov/1995-02-24-12
	// https://lovdata.no/dokument/NL/lov/1947-04-26-1
	// https://lovdata.no/dokument/NL/lov/1915-08-13-5/KAPITTEL_10
}
