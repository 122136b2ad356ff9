// Package org describes the organisations in an agreement: their
// organisation numbers ([ID]) with the Swedish, Norwegian and Danish check
// digits, their postal [Address] and their [Contact] persons.
//
// # Organisation numbers
//
// An ID names its scheme and holds the number. Swedish organisationsnummer
// (10 digits, Luhn, third digit at least 2), Norwegian organisasjonsnummer
// (9 digits, mod 11 with weights 3,2,7,6,5,4,3,2) and Danish CVR numbers
// (8 digits, weighted sum divisible by 11) are checked; any other scheme is
// kept as free text. [ID.Normalize] strips spaces, hyphens and dots, the
// VAT prefixes and suffixes (SE…01, NO…MVA, DK…) and the Swedish
// 12-digit "16" prefix, so that people can paste what they have.
package org
