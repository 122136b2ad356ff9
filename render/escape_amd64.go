//go:build amd64 && !purego

package render

// indexHTMLSpecial returns the index of the first byte of s that esc
// replaces (& < > " '), or -1. Every piece of text of an HTML document
// passes through it, so on amd64 it is written in assembly with SSE2,
// which every amd64 processor has: 16 bytes compared with the five bytes
// at once.
//
//go:noescape
func indexHTMLSpecial(s string) int
