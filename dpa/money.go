package dpa

import (
	"errors"
	"fmt"

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

// MarshalJSON writes {"amount": "950.00", "currency": "NOK"}.
func (m Money) MarshalJSON() ([]byte, error) {
	return marshal(moneyJSON{Amount: m.AmountString(), Currency: m.Currency})
}

// UnmarshalJSON reads {"amount": "950.00", "currency": "NOK"}; the amount
// must be a string holding a decimal number and the currency three capital
// letters.
func (m *Money) UnmarshalJSON(b []byte) error {
	var v moneyJSON
	if err := unmarshal(b, &v); err != nil {
		return err
	}
	d, err := decimal.NewFromString(v.Amount)
	if err != nil || !decimalPattern.MatchString(v.Amount) {
		return fmt.Errorf("%w: amount %q is not a decimal number such as \"950.00\"", ErrMoney, v.Amount)
	}
	if !currencyPattern.MatchString(v.Currency) {
		return fmt.Errorf("%w: currency %q is not an ISO 4217 code such as \"NOK\"", ErrMoney, v.Currency)
	}
	*m = Money{Amount: d, Currency: v.Currency}
	return nil
}
