//go:build !race

package docx

const raceEnabled = false
