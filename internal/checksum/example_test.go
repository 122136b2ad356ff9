package checksum_test

import (
	"fmt"

	"github.com/dpakit/dpakit/internal/checksum"
)

// The check digit of Brønnøysundregistrene's example organisasjonsnummer
// 123456785 is its last digit, 5.
func ExampleMod11() {
	check, ok := checksum.Mod11("12345678", []int{3, 2, 7, 6, 5, 4, 3, 2})
	fmt.Println(check, ok)
	// Output: 5 true
}
