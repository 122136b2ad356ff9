// Package checksum holds the check-digit algorithms of Nordic identifiers
// (DOMAIN.md §4.2–4.3). Each function takes ASCII digits only and reports
// whether the check digit is right; callers check length and characters.
package checksum

// Luhn reports whether the digits pass the Luhn (mod 10) check, as Swedish
// organisationsnummer and personnummer do.
func Luhn(digits string) bool {
	sum := 0
	double := false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return len(digits) > 0 && sum%10 == 0
}

// Mod11 returns the mod-11 check digit of digits under weights:
// 11 − (Σ dᵢwᵢ mod 11), with 11 giving 0. ok is false when the result is 10,
// which such schemes never issue.
func Mod11(digits string, weights []int) (check int, ok bool) {
	sum := 0
	for i := 0; i < len(weights) && i < len(digits); i++ {
		sum += int(digits[i]-'0') * weights[i]
	}
	c := 11 - sum%11
	switch c {
	case 11:
		return 0, true
	case 10:
		return 0, false
	}
	return c, true
}

// Mod11Zero reports whether Σ dᵢwᵢ over all digits is divisible by 11, the
// form of the Danish CVR check.
func Mod11Zero(digits string, weights []int) bool {
	if len(digits) != len(weights) {
		return false
	}
	sum := 0
	for i := range weights {
		sum += int(digits[i]-'0') * weights[i]
	}
	return sum%11 == 0
}

// AllDigits reports whether s is non-empty and only ASCII digits.
func AllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
