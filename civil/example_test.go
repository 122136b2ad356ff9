package civil_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
)

func ExampleParseDate() {
	d, err := civil.ParseDate("2028-02-29")
	fmt.Println(d, err)
	_, err = civil.ParseDate("2026-02-29")
	fmt.Println(err)
	// Output:
	// 2028-02-29 <nil>
	// civil: invalid date "2026-02-29": no such day
}

func ExampleDate_AddMonths() {
	d := civil.D(2026, time.January, 31)
	fmt.Println(d.AddMonths(1))
	fmt.Println(civil.D(2028, time.January, 31).AddMonths(1))
	fmt.Println(d.AddMonths(13))
	_, err := civil.D(9999, time.December, 31).AddMonths(1)
	fmt.Println(errors.Is(err, civil.ErrOutOfRange))
	// Output:
	// 2026-02-28 <nil>
	// 2028-02-29 <nil>
	// 2027-02-28 <nil>
	// true
}

// A Date beyond the calendar can be built by hand, but it does not print as
// a plausible date.
func ExampleDate_String() {
	fmt.Println(civil.D(2026, time.November, 22))
	fmt.Println(civil.D(89408, time.March, 17))
	fmt.Printf("%q\n", civil.Date{})
	// Output:
	// 2026-11-22
	// %!Date(89408-03-17)
	// ""
}

func ExamplePeriod_In() {
	for _, l := range i18n.Langs {
		// %q shows the no-break space (U+00A0) that keeps number and unit together.
		fmt.Printf("%s: %q, %q\n", l, civil.Of(1, civil.Months).In(l), civil.Of(1000, civil.Days).In(l))
	}
	// Output:
	// en: "1\u00a0month", "1,000\u00a0days"
	// sv: "1\u00a0månad", "1\u00a0000\u00a0dagar"
	// nb: "1\u00a0måned", "1\u00a0000\u00a0dager"
	// da: "1\u00a0måned", "1.000\u00a0dage"
}

func ExamplePeriod_Compare() {
	fmt.Println(civil.Of(24, civil.Hours).Compare(civil.Of(1, civil.Days)))
	fmt.Println(civil.Of(1, civil.Months).Compare(civil.Of(40, civil.Days)))
	fmt.Println(civil.Of(1, civil.Months).Compare(civil.Of(30, civil.Days)))
	// Output:
	// 0 true
	// -1 true
	// 1 false
}

func ExamplePeriod_AddTo() {
	loc, err := time.LoadLocation("Europe/Stockholm")
	if err != nil {
		panic(err)
	}
	// The clocks go forward in Sweden on 29 March 2026.
	start := time.Date(2026, time.March, 28, 12, 0, 0, 0, loc)
	day, _ := civil.Of(1, civil.Days).AddTo(start)
	hours, _ := civil.Of(24, civil.Hours).AddTo(start)
	fmt.Println(day.Format(time.DateTime))
	fmt.Println(hours.Format(time.DateTime))
	// Output:
	// 2026-03-29 12:00:00
	// 2026-03-29 13:00:00
}

func ExampleDate_Weekday() {
	fmt.Println(civil.D(2026, time.December, 1).Weekday())
	fmt.Println(civil.D(2027, time.March, 26).Weekday())
	// Output:
	// Tuesday
	// Friday
}
