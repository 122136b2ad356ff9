// Package civil holds the calendar value types every agreement uses: a civil
// [Date] without time of day or zone, and a [Period] such as "24 hours" or
// "1 month" with calendar arithmetic.
//
// # Dates
//
// A Date is written in JSON as "2026-11-22". The zero Date means "not given";
// it encodes as an empty string (optional fields leave it out altogether),
// and validation reports it where a date is required. A Date names a day in
// years 1 to 9999, the years ISO 8601 writes with four digits: arithmetic
// that would leave them returns an error wrapping [ErrOutOfRange] instead of
// a date, and a Date that is not valid prints as "%!Date(…)", never as a
// plausible day.
//
// # Periods
//
// A Period is a whole number of hours, days, weeks, months or years. Periods in
// hours, days and weeks compare exactly with each other, and so do months and
// years; a month against days does not, so [Period.Compare] says whether the
// answer is exact and [Period.Bounds] gives the shortest and longest length a
// period can have in hours. Adding months to a date clamps to the end of the
// month: 31 January plus one month is the last day of February.
package civil
