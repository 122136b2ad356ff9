//go:build linux && amd64 && !purego

package bytescan

import (
	"syscall"
	"testing"
	"unsafe"
)

// TestPageEnd places texts of every length up to 40 bytes at the very end
// of a readable page followed by one that may not be read, and at the very
// start of a page that follows one that may not be read: the sixteen-byte
// loads of the assembly searches must stay inside the text's own page or
// pages (a load outside is a fault), and still find every byte.
func TestPageEnd(t *testing.T) {
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
	for _, sc := range searches {
		for n := 0; n <= 40; n++ {
			for _, at := range []int{0, page - n} { // the page's start, its end
				b := readable[at : at+n]
				for pos := -1; pos < n; pos++ {
					for i := range b {
						b[i] = sc.fill
					}
					if pos >= 0 {
						b[pos] = sc.hit
					}
					s := string(b) // a copy on the heap, for the expected value
					if got, want := sc.asm(unsafe.String(unsafe.SliceData(b), len(b))), plain(s, sc.match); got != want {
						t.Fatalf("%s at %d, length %d, hit at %d: %d, want %d", sc.name, at, n, pos, got, want)
					}
				}
			}
		}
		// PlainRun reads whole steps of sixteen bytes only.
		for n := 0; n <= 40; n++ {
			b := readable[page-n:]
			for i := range b {
				b[i] = 'a'
			}
			if k, _ := PlainRun(unsafe.String(unsafe.SliceData(b), len(b))); k > n {
				t.Fatalf("PlainRun at the page's end, length %d: %d", n, k)
			}
		}
	}
}
