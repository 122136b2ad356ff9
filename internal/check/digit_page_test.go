//go:build linux && amd64 && !purego

package check

import (
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestIndexDigitPageEnd places texts of every length up to 40 bytes at the
// very end of a readable page followed by one that may not be read, and at
// the very start of a page that follows one that may not be read: the
// sixteen-byte loads of the assembly digit search must stay inside the
// text's own page or pages, and still find every digit.
func TestIndexDigitPageEnd(t *testing.T) {
	page := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 3*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip("mmap:", err)
	}
	defer syscall.Munmap(mem)
	if err := syscall.Mprotect(mem[:page], syscall.PROT_NONE); err != nil {
		t.Skip("mprotect:", err)
	}
	if err := syscall.Mprotect(mem[2*page:], syscall.PROT_NONE); err != nil {
		t.Skip("mprotect:", err)
	}
	readable := mem[page : 2*page]
	plain := func(s string) int { return strings.IndexAny(s, "0123456789") }
	for n := 0; n <= 40; n++ {
		for _, at := range []int{0, page - n} { // the page's start, its end
			b := readable[at : at+n]
			for pos := -1; pos < n; pos++ {
				for i := range b {
					b[i] = 'x'
				}
				if pos >= 0 {
					b[pos] = '7'
				}
				s := string(b) // a copy on the heap, for the expected value
				if got, want := indexDigit(unsafe.String(unsafe.SliceData(b), len(b))), plain(s); got != want {
					t.Fatalf("at %d, length %d, '<' at %d: indexHTMLSpecial = %d, want %d", at, n, pos, got, want)
				}
			}
		}
	}
}
