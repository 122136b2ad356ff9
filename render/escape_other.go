//go:build !amd64 || purego

package render

// indexHTMLSpecial returns the index of the first byte of s that esc
// replaces (& < > " '), or -1.
func indexHTMLSpecial(s string) int { return indexHTMLSpecialGeneric(s) }
