//go:build amd64 && !purego

#include "textflag.h"

// Sixteen '0' and sixteen 9.
DATA digits<>+0(SB)/8, $0x3030303030303030
DATA digits<>+8(SB)/8, $0x3030303030303030
DATA digits<>+16(SB)/8, $0x0909090909090909
DATA digits<>+24(SB)/8, $0x0909090909090909
GLOBL digits<>(SB), RODATA|NOPTR, $32

// MATCH sets a bit in AX for each of the sixteen bytes in X0 that is an
// ASCII digit: b is one when b-'0', as an unsigned byte, is at most 9, that
// is when min(b-'0', 9) == b-'0' (PSUBB, PMINUB, PCMPEQB, PMOVMSKB).
#define MATCH \
	PSUBB X1, X0; \
	MOVO X0, X3; \
	PMINUB X2, X3; \
	PCMPEQB X0, X3; \
	PMOVMSKB X3, AX

// func indexDigit(s string) int
//
// Sixteen bytes a step. The last step of a text of sixteen bytes or more
// loads the last sixteen, overlapping the step before, and drops the bits of
// the bytes already tested. A shorter text is loaded sixteen bytes at once
// from its start, or from its end when the start lies in the last fifteen
// bytes of a memory page, so that the load never touches a page the text
// does not (TestIndexDigitPageEnd); the bits of the bytes outside it are
// dropped.
TEXT ·indexDigit(SB), NOSPLIT, $0-24
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	MOVQ SI, DI                 // the start, to compute the index
	LEAQ (SI)(BX*1), R11        // the end
	MOVOU digits<>+0(SB), X1
	MOVOU digits<>+16(SB), X2
	CMPQ BX, $16
	JB   short

loop:
	MOVQ R11, DX
	SUBQ SI, DX                 // the bytes left
	CMPQ DX, $16
	JB   last
	MOVOU (SI), X0
	MATCH
	TESTL AX, AX
	JNZ  found
	ADDQ $16, SI
	JMP  loop

last:
	TESTQ DX, DX
	JZ   none
	MOVOU -16(R11), X0
	MATCH
	MOVQ $16, CX
	SUBQ DX, CX
	SHRL CX, AX                 // bit 0 is now the byte at SI
	TESTL AX, AX
	JZ   none

found:
	BSFL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+16(FP)
	RET

short:
	TESTQ BX, BX
	JZ   none
	MOVQ SI, AX
	ANDQ $0xFFF, AX
	CMPQ AX, $0xFF0
	JA   shortend
	MOVOU (SI), X0
	MATCH
	MOVQ BX, CX
	MOVL $1, DX
	SHLL CX, DX
	DECL DX
	ANDL DX, AX                 // the text's own bytes
	TESTL AX, AX
	JZ   none
	BSFL AX, AX
	MOVQ AX, ret+16(FP)
	RET

shortend:
	MOVOU -16(R11), X0
	MATCH
	MOVQ $16, CX
	SUBQ BX, CX
	SHRL CX, AX                 // bit 0 is now the text's first byte
	TESTL AX, AX
	JZ   none
	BSFL AX, AX
	MOVQ AX, ret+16(FP)
	RET

none:
	MOVQ $-1, ret+16(FP)
	RET
