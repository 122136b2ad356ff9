package dpa

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/locale"
	"github.com/shopspring/decimal"
)

// Money is an amount in a currency, such as a fee of NOK 950.00 per hour.
// The amount is a decimal, never a float, and keeps the scale it was
// written with: "950.00" stays "950.00". In JSON it is
// {"amount": "950.00", "currency": "NOK"}.
type Money struct {
	Amount   decimal.Decimal // the amount
	Currency string          // ISO 4217 code, such as SEK, NOK, DKK or EUR
}

// IsZero reports whether no amount was given.
func (m Money) IsZero() bool {
	return m.Currency == "" && m.Amount.IsZero() && m.Amount.Exponent() == 0
}

// String returns "950.00 NOK".
func (m Money) String() string { return m.AmountString() + " " + m.Currency }

// In returns the amount in language l's format with the currency's symbol
// in that language, as the rendered agreement writes it: "950,00 kr" in
// Norwegian, "NOK 950.00" in English. It makes a Money a finding message
// argument like every other model value.
func (m Money) In(l i18n.Lang) string {
	if m.IsZero() {
		return ""
	}
	return locale.For(l).Money(m.AmountString(), m.Currency)
}

// AmountString returns the amount with the scale it was given with.
func (m Money) AmountString() string {
	if e := m.Amount.Exponent(); e < 0 {
		return m.Amount.StringFixed(-e)
	}
	return m.Amount.String()
}

type moneyJSON struct {
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
}

// ErrMoney is wrapped by errors about malformed money.
var ErrMoney = errors.New("dpa: invalid money")

// The longest amount [Money.UnmarshalJSON] accepts: at most MaxAmountDigits
// digits before the decimal point and MaxAmountDecimals after it, leading
// and trailing zeros included, and an optional minus sign. No agreement
// comes near either: 40 digits is 10^40, more than fifteen orders of
// magnitude beyond the world's yearly output counted in the smallest unit
// of the weakest currency, and 20 decimals are more than any currency's minor unit
// (ISO 4217 has at most four) or any token's (18). The limit is checked on
// the text before it is parsed, because parsing a decimal of n digits takes
// time quadratic in n: a million digits took seconds.
const (
	MaxAmountDigits   = 40 // digits before the decimal point
	MaxAmountDecimals = 20 // digits after the decimal point
)

// decimalPattern is what a [Money]'s amount must match: the decimal
// syntax and the limits on its length together, as the committed JSON
// Schema states them (TestSchemaMoneyPatterns holds the two equal).
// amountLength checks the limits first, for a clearer error and
// without parsing.
var decimalPattern = regexp.MustCompile(fmt.Sprintf(`^-?[0-9]{1,%d}(\.[0-9]{1,%d})?$`, MaxAmountDigits, MaxAmountDecimals))

// MarshalJSON writes {"amount": "950.00", "currency": "NOK"}.
func (m Money) MarshalJSON() ([]byte, error) {
	return marshal(moneyJSON{Amount: m.AmountString(), Currency: m.Currency})
}

// UnmarshalJSON reads {"amount": "950.00", "currency": "NOK"}; the amount
// must be a string holding a decimal number of at most [MaxAmountDigits]
// digits before the point and [MaxAmountDecimals] after it, and the
// currency three capital letters. A nil m has nowhere to put the money:
// the error wraps [ErrMoney].
func (m *Money) UnmarshalJSON(b []byte) error {
	if m == nil {
		return fmt.Errorf("%w: UnmarshalJSON into a nil *Money", ErrMoney)
	}
	var v moneyJSON
	if err := unmarshal(b, &v); err != nil {
		return err
	}
	d, err := moneyFrom(v)
	if err != nil {
		return err
	}
	*m = d
	return nil
}

// moneyFrom checks the amount and currency read as v and returns them as
// Money; Decode's fast path calls it too.
func moneyFrom(v moneyJSON) (Money, error) {
	if err := amountLength(v.Amount); err != nil {
		return Money{}, err
	}
	d, err := decimal.NewFromString(v.Amount)
	if err != nil || !decimalPattern.MatchString(v.Amount) {
		return Money{}, fmt.Errorf("%w: amount %q is not a decimal number such as \"950.00\"", ErrMoney, v.Amount)
	}
	if !currencyPattern.MatchString(v.Currency) {
		return Money{}, fmt.Errorf("%w: currency %q is not an ISO 4217 code such as \"NOK\"", ErrMoney, v.Currency)
	}
	return Money{Amount: d, Currency: v.Currency}, nil
}

// amountLength refuses an amount with more digits than MaxAmountDigits
// before the point or MaxAmountDecimals after it, in time linear in its
// length and without quoting it whole.
func amountLength(s string) error {
	whole, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	switch {
	case len(whole) > MaxAmountDigits:
		return fmt.Errorf("%w: amount %s has %d characters before the decimal point, at most %d are allowed",
			ErrMoney, abbreviate(s), len(whole), MaxAmountDigits)
	case len(frac) > MaxAmountDecimals:
		return fmt.Errorf("%w: amount %s has %d characters after the decimal point, at most %d are allowed",
			ErrMoney, abbreviate(s), len(frac), MaxAmountDecimals)
	}
	return nil
}

// abbreviate quotes the start of a long amount.
func abbreviate(s string) string {
	const keep = 12
	if len(s) <= keep {
		return strconv.Quote(s)
	}
	return strconv.Quote(s[:keep]) + "…"
}
